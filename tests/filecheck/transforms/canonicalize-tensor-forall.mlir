// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// InsertSliceOpConstantArgumentFolder: constant offsets and strides become static.
// CHECK-LABEL: func.func @constant_offsets
// CHECK:         scf.forall.in_parallel {
// CHECK-NEXT:      tensor.parallel_insert_slice %{{.*}} into %arg3[%arg2, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
func.func @constant_offsets(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, %c0] [1, 4] [%c1, %c1] : tensor<1x4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}

// Constant sizes too; the source gets the static type through a cast, which goes before
// scf.forall.in_parallel (that region holds only the parallel writes).
// CHECK-LABEL: func.func @constant_sizes
// CHECK:         %[[S:.*]] = "test.slice"
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[S]] : tensor<?x4xf32> to tensor<1x4xf32>
// CHECK-NEXT:    scf.forall.in_parallel {
// CHECK-NEXT:      tensor.parallel_insert_slice %[[C]] into %arg3[%arg2, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
func.func @constant_sizes(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %c1 = arith.constant 1 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<?x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [%c1, 4] [1, 1] : tensor<?x4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}

// InsertSliceOpCastFolder: a cast of the source that only drops static sizes is looked
// through; the sizes take the source's static sizes.
// CHECK-LABEL: func.func @source_cast
// CHECK:         %[[S:.*]] = "test.slice"
// CHECK-NEXT:    scf.forall.in_parallel {
// CHECK-NEXT:      tensor.parallel_insert_slice %[[S]] into %arg3[%arg2, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
func.func @source_cast(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    %c = tensor.cast %s : tensor<1x4xf32> to tensor<?x?xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %c into %o[%i, 0] [%n, %n] [1, 1] : tensor<?x?xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}

// Out-of-bounds and negative constants are not folded; dynamic lists stay.
// CHECK-LABEL: func.func @not_folded
// CHECK:         tensor.parallel_insert_slice %{{.*}} into %arg4[%c8, 0] [1, 4] [1, 1]
// CHECK-NEXT:    tensor.parallel_insert_slice %{{.*}} into %arg5[%arg3, %c-1] [1, 4] [1, 1]
// CHECK-NEXT:    tensor.parallel_insert_slice %{{.*}} into %arg6[%arg3, 0] [%arg1, %arg1] [1, 1]
func.func @not_folded(%t: tensor<8x4xf32>, %n: index, %u: tensor<?x?xf32>) -> (tensor<8x4xf32>, tensor<8x4xf32>, tensor<?x?xf32>) {
  %c8 = arith.constant 8 : index
  %cm1 = arith.constant -1 : index
  %r:3 = scf.forall (%i) in (%n) shared_outs(%o = %t, %p = %t, %q = %u) -> (tensor<8x4xf32>, tensor<8x4xf32>, tensor<?x?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    %d = "test.slice"(%i) : (index) -> tensor<?x?xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%c8, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
      tensor.parallel_insert_slice %s into %p[%i, %cm1] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
      tensor.parallel_insert_slice %d into %q[%i, 0] [%n, %n] [1, 1] : tensor<?x?xf32> into tensor<?x?xf32>
    }
  }
  return %r#0, %r#1, %r#2 : tensor<8x4xf32>, tensor<8x4xf32>, tensor<?x?xf32>
}

// DimOfForallOp: dim of a forall result is dim of its shared output; the result, now
// unused, is then dropped with its write (ForallOpIterArgsFolder).
// CHECK-LABEL: func.func @dim_of_forall
// CHECK:         scf.forall (%{{.*}}) in (%arg1) {
// CHECK-NOT:       shared_outs
// CHECK:         %[[D0:.*]] = tensor.dim %arg0, %c0 : tensor<?x?xf32>
// CHECK-NEXT:    %[[D1:.*]] = tensor.dim %arg0, %c1 : tensor<?x?xf32>
// CHECK-NEXT:    return %[[D0]], %[[D1]]
func.func @dim_of_forall(%t: tensor<?x?xf32>, %n: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<?x?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<?x?xf32>
    }
  }
  %d0 = tensor.dim %r, %c0 : tensor<?x?xf32>
  %d1 = tensor.dim %r, %c1 : tensor<?x?xf32>
  return %d0, %d1 : index, index
}

// With several outputs, the dim reads the output tied to its result.
// CHECK-LABEL: func.func @dim_of_forall_second
// CHECK:         %[[R:.*]]:2 = scf.forall
// CHECK:         %[[D:.*]] = tensor.dim %arg1, %c0 : tensor<?xf32>
// CHECK-NEXT:    "test.use"(%[[R]]#0, %[[R]]#1)
func.func @dim_of_forall_second(%t: tensor<?xf32>, %u: tensor<?xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %r:2 = scf.forall (%i) in (%n) shared_outs(%o = %t, %p = %u) -> (tensor<?xf32>, tensor<?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i] [4] [1] : tensor<4xf32> into tensor<?xf32>
      tensor.parallel_insert_slice %s into %p[%i] [4] [1] : tensor<4xf32> into tensor<?xf32>
    }
  }
  %d = tensor.dim %r#1, %c0 : tensor<?xf32>
  "test.use"(%r#0, %r#1) : (tensor<?xf32>, tensor<?xf32>) -> ()
  return %d : index
}

// DimOfDestStyleOp: dim of insert_slice / insert / a tensor transfer_write is dim of the
// dest.
// CHECK-LABEL: func.func @dim_of_dest_style
// CHECK-NEXT:    %[[C0:.*]] = arith.constant 0 : index
// CHECK-NEXT:    %[[A:.*]] = tensor.dim %arg0, %[[C0]]
// CHECK-NEXT:    %[[B:.*]] = tensor.dim %arg0, %[[C0]]
// CHECK-NEXT:    %[[C:.*]] = tensor.dim %arg0, %[[C0]]
// CHECK-NEXT:    return %[[A]], %[[B]], %[[C]]
func.func @dim_of_dest_style(%t: tensor<?xf32>, %s: tensor<4xf32>, %x: f32, %v: vector<4xf32>, %i: index) -> (index, index, index) {
  %c0 = arith.constant 0 : index
  %r = tensor.insert_slice %s into %t[0] [4] [1] : tensor<4xf32> into tensor<?xf32>
  %a = tensor.dim %r, %c0 : tensor<?xf32>
  %q = tensor.insert %x into %t[%i] : tensor<?xf32>
  %b = tensor.dim %q, %c0 : tensor<?xf32>
  %w = vector.transfer_write %v, %t[%i] : vector<4xf32>, tensor<?xf32>
  %c = tensor.dim %w, %c0 : tensor<?xf32>
  return %a, %b, %c : index, index, index
}

// Not for scf.for: its result need not have the shape of its init.
// CHECK-LABEL: func.func @dim_of_for
// CHECK:         %[[R:.*]] = scf.for
// CHECK:         tensor.dim %[[R]], %c0
func.func @dim_of_for(%t: tensor<?xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %t) -> (tensor<?xf32>) {
    %x = "test.op"(%a) : (tensor<?xf32>) -> tensor<?xf32>
    scf.yield %x : tensor<?xf32>
  }
  %d = tensor.dim %r, %c0 : tensor<?xf32>
  return %d : index
}
