// tensor.parallel_insert_slice inside scf.forall.in_parallel: static and dynamic offsets,
// sizes and strides, a rank-reducing source, a discardable attribute, and the generic form.
// interop: custom form drops locations (of the loop and shared_outs block arguments).
func.func @parallel_insert(%t: tensor<?x?xf32>, %u: tensor<8x16x4xf32>, %n: index) -> (tensor<?x?xf32>, tensor<8x16x4xf32>) {
  %r:2 = scf.forall (%i) in (%n) shared_outs(%o = %t, %p = %u) -> (tensor<?x?xf32>, tensor<8x16x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    %v = "test.slice"(%i) : (index) -> tensor<?x4xf32>
    %w = "test.slice"(%i) : (index) -> tensor<4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<?x?xf32>
      tensor.parallel_insert_slice %v into %p[%i, %n, 0][1, %n, 4][1, %n, 1] {test.attr} : tensor<?x4xf32> into tensor<8x16x4xf32>
      tensor.parallel_insert_slice %w into %p[%i, 0, 0] [1, 1, 4] [1, 1, 1] : tensor<4xf32> into tensor<8x16x4xf32>
      "tensor.parallel_insert_slice"(%s, %o, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>}> : (tensor<1x4xf32>, tensor<?x?xf32>, index) -> ()
    }
  }
  return %r#0, %r#1 : tensor<?x?xf32>, tensor<8x16x4xf32>
}
