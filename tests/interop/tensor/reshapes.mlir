// tensor.collapse_shape and tensor.expand_shape: groups, output_shape with dynamic
// entries, the empty reassociation of 0-d tensors.

func.func @reshapes(%t: tensor<2x3x?xf32>, %i: index, %s: tensor<f32>) {
  %0 = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x?xf32> into tensor<6x?xf32>
  %1 = tensor.expand_shape %0 [[0, 1], [2, 3]] output_shape [2, 3, %i, 4] {test.attr} : tensor<6x?xf32> into tensor<2x3x?x4xf32>
  %2 = tensor.expand_shape %s [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
  %3 = tensor.collapse_shape %2 [] : tensor<1x1xf32> into tensor<f32>
  return
}
