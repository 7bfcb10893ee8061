// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// CHECK-DAG: #[[$MINOR:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[$PERM:.*]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-DAG: #[[$BCAST:.*]] = affine_map<(d0, d1, d2) -> (0, d2)>
// CHECK-DAG: #[[$MK:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$KN:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[$MN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[$ID1:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[$SCALAR:.*]] = affine_map<(d0) -> ()>

// CHECK-LABEL: func.func @broadcast
// CHECK-NEXT:    vector.broadcast %{{.*}} : f32 to vector<4x4xf32>
// CHECK-NEXT:    vector.broadcast %{{.*}} : vector<4xf32> to vector<3x4xf32>
// CHECK-NEXT:    vector.broadcast %{{.*}} : vector<1xf32> to vector<[2]xf32>
// CHECK-NEXT:    vector.broadcast %{{.*}} : f32 to vector<f32>
// CHECK-NEXT:    vector.broadcast %{{.*}} {tag} : vector<f32> to vector<2x3xf32>
func.func @broadcast(%a: f32, %v: vector<4xf32>, %u: vector<1xf32>) {
  %0 = vector.broadcast %a : f32 to vector<4x4xf32>
  %1 = vector.broadcast %v : vector<4xf32> to vector<3x4xf32>
  %2 = vector.broadcast %u : vector<1xf32> to vector<[2]xf32>
  %3 = vector.broadcast %a : f32 to vector<f32>
  %4 = vector.broadcast %3 {tag} : vector<f32> to vector<2x3xf32>
  return
}

// CHECK-LABEL: func.func @fma
// CHECK-NEXT:    vector.fma %arg0, %arg0, %arg0 : vector<[4]xf32>
// CHECK-NEXT:    vector.fma %arg1, %arg1, %arg1 : vector<f64>
func.func @fma(%a: vector<[4]xf32>, %b: vector<f64>) {
  %0 = vector.fma %a, %a, %a : vector<[4]xf32>
  %1 = vector.fma %b, %b, %b : vector<f64>
  return
}

// CHECK-LABEL: func.func @extract_insert
// CHECK-NEXT:    %[[E0:.*]] = vector.extract %arg0[0] : vector<4xf32> from vector<3x4xf32>
// CHECK-NEXT:    vector.extract %arg0[%arg2, 3] : f32 from vector<3x4xf32>
// CHECK-NEXT:    vector.extract %arg0[-1, %arg2] : f32 from vector<3x4xf32>
// CHECK-NEXT:    vector.extract %arg0[] : vector<3x4xf32> from vector<3x4xf32>
// CHECK-NEXT:    vector.extract %arg3[] : f32 from vector<f32>
// CHECK-NEXT:    vector.extract %arg4[1] {tag} : vector<[8]xi8> from vector<2x[8]xi8>
// CHECK-NEXT:    vector.insert %arg1, %arg0 [1, 2] : f32 into vector<3x4xf32>
// CHECK-NEXT:    vector.insert %[[E0]], %arg0 [%arg2] : vector<4xf32> into vector<3x4xf32>
// CHECK-NEXT:    vector.insert %arg1, %arg3 [] : f32 into vector<f32>
// CHECK-NEXT:    vector.insert %arg1, %arg0 [-1, %arg2] : f32 into vector<3x4xf32>
func.func @extract_insert(%v: vector<3x4xf32>, %a: f32, %i: index, %z: vector<f32>, %s: vector<2x[8]xi8>) {
  %0 = vector.extract %v[0] : vector<4xf32> from vector<3x4xf32>
  %1 = vector.extract %v[%i, 3] : f32 from vector<3x4xf32>
  %2 = vector.extract %v[-1, %i] : f32 from vector<3x4xf32>
  %3 = vector.extract %v[] : vector<3x4xf32> from vector<3x4xf32>
  %4 = vector.extract %z[] : f32 from vector<f32>
  %5 = vector.extract %s[1] {tag} : vector<[8]xi8> from vector<2x[8]xi8>
  %6 = vector.insert %a, %v[1, 2] : f32 into vector<3x4xf32>
  %7 = vector.insert %0, %v [%i] : vector<4xf32> into vector<3x4xf32>
  %8 = vector.insert %a, %z [] : f32 into vector<f32>
  %9 = vector.insert %a, %v [-1, %i] : f32 into vector<3x4xf32>
  return
}

// CHECK-LABEL: func.func @load_store
// CHECK-NEXT:    %[[L:.*]] = vector.load %arg0[%arg1, %arg1] : memref<?x?xf32>, vector<8xf32>
// CHECK-NEXT:    vector.load %arg0[%arg1, %arg1] alignment = 16 nontemporal = true : memref<?x?xf32>, vector<8xf32>
// CHECK-NEXT:    vector.load %arg0[%arg1, %arg1] alignment = 4 {tag} : memref<?x?xf32>, vector<2x8xf32>
// CHECK-NEXT:    vector.load %arg2[] : memref<f32>, vector<f32>
// CHECK-NEXT:    vector.store %[[L]], %arg0[%arg1, %arg1] : memref<?x?xf32>, vector<8xf32>
// CHECK-NEXT:    vector.store %[[L]], %arg0[%arg1, %arg1] nontemporal = true : memref<?x?xf32>, vector<8xf32>
func.func @load_store(%m: memref<?x?xf32>, %i: index, %z: memref<f32>) {
  %0 = vector.load %m[%i, %i] : memref<?x?xf32>, vector<8xf32>
  %1 = vector.load %m[%i, %i] nontemporal = true alignment = 16 : memref<?x?xf32>, vector<8xf32>
  %2 = vector.load %m[%i, %i] alignment = 4 nontemporal = false {tag} : memref<?x?xf32>, vector<2x8xf32>
  %3 = vector.load %z[] : memref<f32>, vector<f32>
  vector.store %0, %m[%i, %i] : memref<?x?xf32>, vector<8xf32>
  vector.store %0, %m[%i, %i] nontemporal = true : memref<?x?xf32>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @transfer
// CHECK-NEXT:    %[[R:.*]] = vector.transfer_read %arg0[%arg1, %arg1], %arg2 : memref<?x?xf32>, vector<4xf32>
// CHECK-NEXT:    vector.transfer_read %arg0[%arg1, %arg1], %arg2 {in_bounds = [true], permutation_map = #[[$MINOR]]} : memref<?x?xf32>, vector<4xf32>
// CHECK-NEXT:    %[[R3:.*]] = vector.transfer_read %arg3[%arg1, %arg1, %arg1], %arg2, %arg5 {permutation_map = #[[$PERM]]} : memref<?x?x?xf32>, vector<4x5xf32>
// CHECK-NEXT:    vector.transfer_read %arg3[%arg1, %arg1, %arg1], %arg2 {in_bounds = [true, false], permutation_map = #[[$BCAST]]} : memref<?x?x?xf32>, vector<4x5xf32>
// CHECK-NEXT:    vector.transfer_read %arg4[%arg1, %arg1], %arg2, %arg6 {in_bounds = [true]} : tensor<?x?xf32>, vector<4xf32>
// CHECK-NEXT:    vector.transfer_write %[[R]], %arg0[%arg1, %arg1] : vector<4xf32>, memref<?x?xf32>
// CHECK-NEXT:    vector.transfer_write %[[R3]], %arg3[%arg1, %arg1, %arg1], %arg5 {permutation_map = #[[$PERM]]} : vector<4x5xf32>, memref<?x?x?xf32>
// CHECK-NEXT:    %{{.*}} = vector.transfer_write %[[R]], %arg4[%arg1, %arg1], %arg6 {in_bounds = [true], tag} : vector<4xf32>, tensor<?x?xf32>
func.func @transfer(%m: memref<?x?xf32>, %i: index, %p: f32, %m3: memref<?x?x?xf32>,
                    %t: tensor<?x?xf32>, %k: vector<5x4xi1>, %k1: vector<4xi1>) {
  %0 = vector.transfer_read %m[%i, %i], %p : memref<?x?xf32>, vector<4xf32>
  %1 = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (d0)>, in_bounds = [true]} : memref<?x?xf32>, vector<4xf32>
  %2 = vector.transfer_read %m3[%i, %i, %i], %p, %k {permutation_map = affine_map<(d0, d1, d2) -> (d2, d0)>} : memref<?x?x?xf32>, vector<4x5xf32>
  %3 = vector.transfer_read %m3[%i, %i, %i], %p {permutation_map = affine_map<(d0, d1, d2) -> (0, d2)>, in_bounds = [true, false]} : memref<?x?x?xf32>, vector<4x5xf32>
  %4 = vector.transfer_read %t[%i, %i], %p, %k1 {in_bounds = [true]} : tensor<?x?xf32>, vector<4xf32>
  vector.transfer_write %0, %m[%i, %i] {in_bounds = [false]} : vector<4xf32>, memref<?x?xf32>
  vector.transfer_write %2, %m3[%i, %i, %i], %k {permutation_map = affine_map<(d0, d1, d2) -> (d2, d0)>} : vector<4x5xf32>, memref<?x?x?xf32>
  %5 = vector.transfer_write %0, %t[%i, %i], %k1 {in_bounds = [true], tag} : vector<4xf32>, tensor<?x?xf32>
  return
}

// CHECK-LABEL: func.func @transfer_0d
// CHECK-NEXT:    vector.transfer_read %arg0[], %arg1 : tensor<f32>, vector<f32>
// CHECK-NEXT:    vector.transfer_read %arg0[], %arg1 {permutation_map = #{{.*}}} : tensor<f32>, vector<1xf32>
// CHECK-NEXT:    vector.transfer_write %{{.*}}, %arg0[] : vector<f32>, tensor<f32>
func.func @transfer_0d(%t: tensor<f32>, %p: f32) {
  %0 = vector.transfer_read %t[], %p : tensor<f32>, vector<f32>
  %1 = vector.transfer_read %t[], %p {permutation_map = affine_map<() -> (0)>} : tensor<f32>, vector<1xf32>
  %2 = vector.transfer_write %0, %t[] : vector<f32>, tensor<f32>
  return
}

// CHECK-LABEL: func.func @reduction
// CHECK-NEXT:    %[[S:.*]] = vector.reduction <add>, %arg0 : vector<16xf32> into f32
// CHECK-NEXT:    vector.reduction <maxnumf>, %arg0, %[[S]] fastmath<nnan,ninf> : vector<16xf32> into f32
// CHECK-NEXT:    vector.reduction <mul>, %arg0 fastmath<fast> {tag} : vector<16xf32> into f32
// CHECK-NEXT:    vector.reduction <xor>, %arg1 : vector<[4]xi8> into i8
// CHECK-NEXT:    vector.reduction <minimumf>, %arg2 : vector<f64> into f64
func.func @reduction(%v: vector<16xf32>, %w: vector<[4]xi8>, %z: vector<f64>) {
  %0 = vector.reduction <add>, %v : vector<16xf32> into f32
  %1 = vector.reduction <maxnumf>, %v, %0 fastmath<ninf,nnan> : vector<16xf32> into f32
  %2 = vector.reduction #vector.kind<mul>, %v fastmath<fast> {tag} : vector<16xf32> into f32
  %3 = vector.reduction <xor>, %w : vector<[4]xi8> into i8
  %4 = vector.reduction <minimumf>, %z fastmath<none> : vector<f64> into f64
  return
}

#matmul = {
  indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>,
                   affine_map<(m, n, k) -> (m, n)>],
  iterator_types = ["parallel", "parallel", "reduction"]
}

// CHECK-LABEL: func.func @contract
// CHECK-NEXT:    vector.contract {indexing_maps = [#[[$MK]], #[[$KN]], #[[$MN]]], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %arg0, %arg1, %arg2 : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
// CHECK-NEXT:    vector.contract {fastmath = #arith.fastmath<fast>, indexing_maps = [#[[$MK]], #[[$KN]], #[[$MN]]], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxnumf>} %arg0, %arg1, %arg2 {tag} : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
// CHECK-NEXT:    vector.contract {indexing_maps = [#[[$ID1]], #[[$ID1]], #[[$SCALAR]]], iterator_types = ["reduction"], kind = #vector.kind<add>} %arg3, %arg3, %arg4 : vector<3xf32>, vector<3xf32> into f32
// CHECK-NEXT:    vector.contract {indexing_maps = [#[[$MK]], #[[$KN]], #[[$MN]]], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %arg5, %arg6, %arg7 : vector<4x3xi8>, vector<3x7xi8> into vector<4x7xi32>
func.func @contract(%a: vector<4x3xf32>, %b: vector<3x7xf32>, %c: vector<4x7xf32>, %d: vector<3xf32>, %s: f32,
                    %ia: vector<4x3xi8>, %ib: vector<3x7xi8>, %ic: vector<4x7xi32>) {
  %0 = vector.contract #matmul %a, %b, %c : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
  %1 = vector.contract {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>],
                        iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxnumf>}
         %a, %b, %c {fastmath = #arith.fastmath<fast>, tag} : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
  %2 = vector.contract {indexing_maps = [affine_map<(k) -> (k)>, affine_map<(k) -> (k)>, affine_map<(k) -> ()>],
                        iterator_types = ["reduction"]} %d, %d, %s : vector<3xf32>, vector<3xf32> into f32
  %3 = vector.contract #matmul %ia, %ib, %ic : vector<4x3xi8>, vector<3x7xi8> into vector<4x7xi32>
  return
}
