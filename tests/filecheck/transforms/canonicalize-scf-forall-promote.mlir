// RUN: pyir-opt %s --canonicalize | FileCheck %s

// A one-trip scf.forall is promoted: the k-th parallel write gives result k (MLIR's
// positional mapping), writes past the last result are dropped.

// CHECK-LABEL: func.func @two_writes_one_output
// CHECK-NEXT:    %inserted_slice = tensor.insert_slice %arg1 into %arg0[0] [4] [1]
// CHECK-NEXT:    return %inserted_slice
func.func @two_writes_one_output(%t: tensor<8xf32>, %a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<8xf32> {
  %r = scf.forall (%i) in (1) shared_outs(%o = %t) -> (tensor<8xf32>) {
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %a into %o[0] [4] [1] : tensor<4xf32> into tensor<8xf32>
      tensor.parallel_insert_slice %b into %o[4] [4] [1] : tensor<4xf32> into tensor<8xf32>
    }
  }
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @swapped
// CHECK-NEXT:    %inserted_slice = tensor.insert_slice %arg2 into %arg1[0] [4] [1]
// CHECK-NEXT:    %inserted_slice_0 = tensor.insert_slice %arg2 into %arg0[4] [4] [1]
// CHECK-NEXT:    return %inserted_slice, %inserted_slice_0
func.func @swapped(%t: tensor<8xf32>, %u: tensor<8xf32>, %a: tensor<4xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = scf.forall (%i) in (1) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<8xf32>) {
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %a into %p[0] [4] [1] : tensor<4xf32> into tensor<8xf32>
      tensor.parallel_insert_slice %a into %o[4] [4] [1] : tensor<4xf32> into tensor<8xf32>
    }
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}

// The positional mapping would mistype the results (MLIR then fails to verify): kept.
// CHECK-LABEL: func.func @swapped_types
// CHECK:         scf.forall
func.func @swapped_types(%t: tensor<8xf32>, %u: tensor<6xf32>, %a: tensor<4xf32>) -> (tensor<8xf32>, tensor<6xf32>) {
  %r:2 = scf.forall (%i) in (1) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<6xf32>) {
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %a into %p[0] [4] [1] : tensor<4xf32> into tensor<6xf32>
      tensor.parallel_insert_slice %a into %o[4] [4] [1] : tensor<4xf32> into tensor<8xf32>
    }
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<6xf32>
}
