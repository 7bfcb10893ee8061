// RUN: pyir-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: pyir-opt %s --allow-unregistered-dialect | pyir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s --allow-unregistered-dialect | pyir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s --allow-unregistered-dialect | FileCheck %s --check-prefix=GENERIC

// tensor.parallel_insert_slice: mixed static/dynamic lists, rank-reducing sources, a
// discardable attribute; it has no result.
// CHECK-LABEL: func.func @parallel_insert(%arg0: tensor<?x?xf32>, %arg1: tensor<8x16x4xf32>, %arg2: index)
// CHECK:         scf.forall.in_parallel {
// CHECK-NEXT:      tensor.parallel_insert_slice %{{.*}} into %arg4[%arg3, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<?x?xf32>
// CHECK-NEXT:      tensor.parallel_insert_slice %{{.*}} into %arg5[%arg3, %arg2, 0] [1, %arg2, 4] [1, %arg2, 1] {test.attr} : tensor<?x4xf32> into tensor<8x16x4xf32>
// CHECK-NEXT:    }
// GENERIC:       "tensor.parallel_insert_slice"(%{{.*}}, %arg4, %arg3) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>}> : (tensor<1x4xf32>, tensor<?x?xf32>, index) -> ()
// GENERIC-NEXT:  "tensor.parallel_insert_slice"(%{{.*}}, %arg5, %arg3, %arg2, %arg2, %arg2) <{operandSegmentSizes = array<i32: 1, 1, 2, 1, 1>, static_offsets = array<i64: -9223372036854775808, -9223372036854775808, 0>, static_sizes = array<i64: 1, -9223372036854775808, 4>, static_strides = array<i64: 1, -9223372036854775808, 1>}> {test.attr} : (tensor<?x4xf32>, tensor<8x16x4xf32>, index, index, index, index) -> ()
func.func @parallel_insert(%t: tensor<?x?xf32>, %u: tensor<8x16x4xf32>, %n: index) -> (tensor<?x?xf32>, tensor<8x16x4xf32>) {
  %r:2 = scf.forall (%i) in (%n) shared_outs(%o = %t, %p = %u) -> (tensor<?x?xf32>, tensor<8x16x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    %v = "test.slice"(%i) : (index) -> tensor<?x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<?x?xf32>
      tensor.parallel_insert_slice %v into %p[%i, %n, 0][1, %n, 4][1, %n, 1] {test.attr} : tensor<?x4xf32> into tensor<8x16x4xf32>
    }
  }
  return %r#0, %r#1 : tensor<?x?xf32>, tensor<8x16x4xf32>
}
