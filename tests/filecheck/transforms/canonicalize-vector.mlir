// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// A broadcast to its own type is its source; of a constant scalar or splat, a splat
// constant; of a broadcast, one broadcast. A non-splat constant stays broadcast.
// CHECK-LABEL: func.func @broadcasts
// CHECK-DAG:     %[[SPLAT:.*]] = arith.constant dense<1.000000e+00> : vector<2x4xf32>
// CHECK-DAG:     %[[NS:.*]] = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg1 : f32 to vector<2x4xf32>
// CHECK-DAG:     %[[B2:.*]] = vector.broadcast %[[NS]] : vector<4xi32> to vector<2x4xi32>
// CHECK:         return %arg0, %[[SPLAT]], %[[B]], %[[B2]]
func.func @broadcasts(%a: vector<4xf32>, %s: f32) -> (vector<4xf32>, vector<2x4xf32>, vector<2x4xf32>, vector<2x4xi32>) {
  %0 = vector.broadcast %a : vector<4xf32> to vector<4xf32>
  %c = arith.constant 1.0 : f32
  %1 = vector.broadcast %c : f32 to vector<2x4xf32>
  %i = vector.broadcast %s : f32 to vector<4xf32>
  %2 = vector.broadcast %i : vector<4xf32> to vector<2x4xf32>
  %n = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %3 = vector.broadcast %n : vector<4xi32> to vector<2x4xi32>
  return %0, %1, %2, %3 : vector<4xf32>, vector<2x4xf32>, vector<2x4xf32>, vector<2x4xi32>
}

// Extracts of constants are constants; extracts of extracts merge their positions;
// constant dynamic positions become static.
// CHECK-LABEL: func.func @extract_folds
// CHECK-DAG:     %[[C3:.*]] = arith.constant 3 : i32
// CHECK-DAG:     %[[ROW:.*]] = arith.constant dense<[3, 4]> : vector<2xi32>
// CHECK-DAG:     %[[E:.*]] = vector.extract %arg0[1, 2, 3] : f32 from vector<3x4x5xf32>
// CHECK-DAG:     %[[D:.*]] = vector.extract %arg0[1, 2, 0] : f32 from vector<3x4x5xf32>
// CHECK:         return %[[C3]], %[[ROW]], %[[E]], %[[D]]
func.func @extract_folds(%b: vector<3x4x5xf32>) -> (i32, vector<2xi32>, f32, f32) {
  %d = arith.constant dense<[[1, 2], [3, 4]]> : vector<2x2xi32>
  %0 = vector.extract %d[1, 0] : i32 from vector<2x2xi32>
  %1 = vector.extract %d[1] : vector<2xi32> from vector<2x2xi32>
  %r = vector.extract %b[1] : vector<4x5xf32> from vector<3x4x5xf32>
  %2 = vector.extract %r[2, 3] : f32 from vector<4x5xf32>
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %3 = vector.extract %b[%c1, %c2, 0] : f32 from vector<3x4x5xf32>
  return %0, %1, %2, %3 : i32, vector<2xi32>, f32, f32
}

// Extracting what an insert stored gives the stored value; from inside it, an extract
// of the stored value; elsewhere, an extract from the insert's destination.
// CHECK-LABEL: func.func @extract_of_insert
// CHECK-DAG:     %[[IN:.*]] = vector.extract %arg0[3] : f32 from vector<4xf32>
// CHECK-DAG:     %[[OUT:.*]] = vector.extract %arg1[2] : vector<4xf32> from vector<3x4xf32>
// CHECK:         return %arg0, %[[IN]], %[[OUT]]
func.func @extract_of_insert(%a: vector<4xf32>, %b: vector<3x4xf32>) -> (vector<4xf32>, f32, vector<4xf32>) {
  %0 = vector.insert %a, %b[1] : vector<4xf32> into vector<3x4xf32>
  %1 = vector.extract %0[1] : vector<4xf32> from vector<3x4xf32>
  %2 = vector.extract %0[1, 3] : f32 from vector<3x4xf32>
  %3 = vector.extract %0[2] : vector<4xf32> from vector<3x4xf32>
  return %1, %2, %3 : vector<4xf32>, f32, vector<4xf32>
}

// Extracts of broadcasts: the source, an extract from the source, or a smaller
// broadcast.
// CHECK-LABEL: func.func @extract_of_broadcast
// CHECK-DAG:     %[[E:.*]] = vector.extract %arg1[2] : f32 from vector<4xf32>
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg1 : vector<4xf32> to vector<2x4xf32>
// CHECK:         return %arg0, %[[E]], %[[B]]
func.func @extract_of_broadcast(%s: f32, %a: vector<4xf32>, %i: index) -> (f32, f32, vector<2x4xf32>) {
  %0 = vector.broadcast %s : f32 to vector<4xf32>
  %1 = vector.extract %0[%i] : f32 from vector<4xf32>
  %b = vector.broadcast %a : vector<4xf32> to vector<3x2x4xf32>
  %2 = vector.extract %b[%i, 1, 2] : f32 from vector<3x2x4xf32>
  %3 = vector.extract %b[1] : vector<2x4xf32> from vector<3x2x4xf32>
  return %1, %2, %3 : f32, f32, vector<2x4xf32>
}

// Inserting a constant into a constant is a constant; a scalar into a one-element
// vector is a broadcast; a dynamic position stays.
// CHECK-LABEL: func.func @inserts
// CHECK-DAG:     %[[C:.*]] = arith.constant dense<[0, 0, 7, 0]> : vector<4xi32>
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg0 : f32 to vector<1x1xf32>
// CHECK-DAG:     %[[D:.*]] = vector.insert %arg0, %arg2 [%arg3] : f32 into vector<1xf32>
// CHECK:         return %[[C]], %[[B]], %[[D]]
func.func @inserts(%a: f32, %b: vector<1x1xf32>, %c: vector<1xf32>, %i: index) -> (vector<4xi32>, vector<1x1xf32>, vector<1xf32>) {
  %z = arith.constant dense<0> : vector<4xi32>
  %v = arith.constant 7 : i32
  %0 = vector.insert %v, %z[2] : i32 into vector<4xi32>
  %1 = vector.insert %a, %b[0, 0] : f32 into vector<1x1xf32>
  %2 = vector.insert %a, %c[%i] : f32 into vector<1xf32>
  return %0, %1, %2 : vector<4xi32>, vector<1x1xf32>, vector<1xf32>
}

// A reduction of one element is an extract, combined with the accumulator; an add of a
// contraction with a zero accumulator accumulates into the contraction.
// CHECK-LABEL: func.func @reductions
// CHECK:         %[[E:.*]] = vector.extract %arg0[0] : f32 from vector<1xf32>
// CHECK-NEXT:    %[[M:.*]] = arith.maxnumf %[[E]], %arg1 fastmath<nnan> : f32
// CHECK-NEXT:    %[[C:.*]] = vector.contract {{.*}} %arg2, %arg2, %arg1 : vector<4xf32>, vector<4xf32> into f32
// CHECK-NEXT:    return %[[M]], %[[C]]
func.func @reductions(%a: vector<1xf32>, %acc: f32, %v: vector<4xf32>) -> (f32, f32) {
  %0 = vector.reduction <maxnumf>, %a, %acc fastmath<nnan> : vector<1xf32> into f32
  %z = arith.constant 0.0 : f32
  %1 = vector.contract {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"], kind = #vector.kind<add>} %v, %v, %z : vector<4xf32>, vector<4xf32> into f32
  %2 = arith.addf %1, %acc : f32
  return %0, %2 : f32, f32
}

// Transfers: in_bounds inferred for constant indices into static dims; memref.cast and
// all-true masks dropped; a dynamic index stays possibly out of bounds.
// CHECK-LABEL: func.func @transfers
// CHECK:         vector.transfer_read %arg0[%{{.*}}], %{{.*}} {in_bounds = [true]} : memref<8xf32>, vector<4xf32>
// CHECK-NEXT:    vector.transfer_read %arg0[%arg1], %{{.*}} : memref<8xf32>, vector<4xf32>
// CHECK-NEXT:    vector.transfer_write %{{.*}}, %arg0[%{{.*}}] {in_bounds = [true]} : vector<4xf32>, memref<8xf32>
func.func @transfers(%m: memref<8xf32>, %i: index) {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %k = arith.constant dense<true> : vector<4xi1>
  %c = memref.cast %m : memref<8xf32> to memref<?xf32>
  %0 = vector.transfer_read %c[%c0], %p : memref<?xf32>, vector<4xf32>
  %1 = vector.transfer_read %m[%i], %p, %k : memref<8xf32>, vector<4xf32>
  vector.transfer_write %1, %m[%c0] : vector<4xf32>, memref<8xf32>
  "test.use"(%0) : (vector<4xf32>) -> ()
  return
}

// On tensors: a read of what was just written is the written vector; writing back what
// was just read is the tensor; a write overwritten by the next one is skipped.
// CHECK-LABEL: func.func @tensor_forwarding
// CHECK-NEXT:    %[[W:.*]] = vector.transfer_write %arg2, %arg0[%arg3] : vector<4xf32>, tensor<8xf32>
// CHECK-NEXT:    return %arg1, %arg0, %[[W]]
func.func @tensor_forwarding(%t: tensor<8xf32>, %v: vector<4xf32>, %u: vector<4xf32>, %i: index) -> (vector<4xf32>, tensor<8xf32>, tensor<8xf32>) {
  %p = arith.constant 0.0 : f32
  %w = vector.transfer_write %v, %t[%i] {in_bounds = [true]} : vector<4xf32>, tensor<8xf32>
  %r = vector.transfer_read %w[%i], %p {in_bounds = [true]} : tensor<8xf32>, vector<4xf32>
  %r2 = vector.transfer_read %t[%i], %p : tensor<8xf32>, vector<4xf32>
  %back = vector.transfer_write %r2, %t[%i] : vector<4xf32>, tensor<8xf32>
  %w1 = vector.transfer_write %v, %t[%i] : vector<4xf32>, tensor<8xf32>
  %w2 = vector.transfer_write %u, %w1[%i] : vector<4xf32>, tensor<8xf32>
  return %r, %back, %w2 : vector<4xf32>, tensor<8xf32>, tensor<8xf32>
}
