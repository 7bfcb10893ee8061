// The tensor ops in generic form: operandSegmentSizes, the static_* dense i64 properties
// with the dynamic sentinel, reassociation arrays, the concat dim, pad's nofold, result
// names absent, and nested regions with block arguments.

func.func @generic(%t: tensor<8x?xf32>, %i: index, %f: f32) -> tensor<?x?xf32> {
  %0 = "tensor.extract_slice"(%t, %i, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, -9223372036854775808>, static_strides = array<i64: 1, 1>}> : (tensor<8x?xf32>, index, index) -> tensor<4x?xf32>
  %1 = "tensor.insert_slice"(%0, %t, %i) <{operandSegmentSizes = array<i32: 1, 1, 0, 1, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, -9223372036854775808>, static_strides = array<i64: 1, 1>}> {test.attr} : (tensor<4x?xf32>, tensor<8x?xf32>, index) -> tensor<8x?xf32>
  %2 = "tensor.pad"(%1, %i) <{nofold, operandSegmentSizes = array<i32: 1, 0, 1>, static_high = array<i64: 2, -9223372036854775808>, static_low = array<i64: 1, 0>}> ({
  ^bb0(%a: index, %b: index):
    "tensor.yield"(%f) : (f32) -> ()
  }) : (tensor<8x?xf32>, index) -> tensor<11x?xf32>
  %3 = "tensor.collapse_shape"(%2) <{reassociation = [[0, 1]]}> : (tensor<11x?xf32>) -> tensor<?xf32>
  %4 = "tensor.expand_shape"(%3, %i, %i) <{reassociation = [[0, 1]], static_output_shape = array<i64: -9223372036854775808, -9223372036854775808>}> : (tensor<?xf32>, index, index) -> tensor<?x?xf32>
  %5 = "tensor.concat"(%4, %4) <{dim = 1 : i64}> : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  %6 = "tensor.generate"(%i) ({
  ^bb0(%a: index, %b: index):
    %e = "tensor.extract"(%5, %a, %b) : (tensor<?x?xf32>, index, index) -> f32
    "tensor.yield"(%e) : (f32) -> ()
  }) : (index) -> tensor<?x4xf32>
  %7 = "tensor.cast"(%6) : (tensor<?x4xf32>) -> tensor<?x?xf32>
  %8 = "tensor.empty"(%i) : (index) -> tensor<?x4xf32>
  %9 = "tensor.splat"(%f, %i) : (f32, index) -> tensor<?x4xf32>
  %10 = "tensor.dim"(%9, %i) : (tensor<?x4xf32>, index) -> index
  %11 = "tensor.from_elements"(%10, %10) : (index, index) -> tensor<2xindex>
  %12 = "tensor.reshape"(%8, %11) : (tensor<?x4xf32>, tensor<2xindex>) -> tensor<?x?xf32>
  %13 = "tensor.insert"(%f, %12, %i, %i) : (f32, tensor<?x?xf32>, index, index) -> tensor<?x?xf32>
  %14 = "tensor.rank"(%13) : (tensor<?x?xf32>) -> index
  %15 = "tensor.bitcast"(%13) : (tensor<?x?xf32>) -> tensor<?x?xi32>
  return %7 : tensor<?x?xf32>
}
