// canonicalize, tensor collapse_shape / expand_shape: chains of one kind composed (also to
// rank 0), inverse pairs with two dynamic dims kept, reshapes of splat / from_elements;
// tensor.reshape of a splat constant, of a reshape, to the same 1-D type or the same sizes.
func.func @collapse_collapse(%t: tensor<2x3x4x5xf32>) -> tensor<120xf32> {
  %a = tensor.collapse_shape %t [[0, 1], [2], [3]] : tensor<2x3x4x5xf32> into tensor<6x4x5xf32>
  %b = tensor.collapse_shape %a [[0, 1, 2]] : tensor<6x4x5xf32> into tensor<120xf32>
  return %b : tensor<120xf32>
}
func.func @expand_expand(%t: tensor<?x20xf32>, %n: index) -> tensor<?x2x4x5xf32> {
  %a = tensor.expand_shape %t [[0, 1], [2]] output_shape [%n, 2, 20] : tensor<?x20xf32> into tensor<?x2x20xf32>
  %b = tensor.expand_shape %a [[0], [1], [2, 3]] output_shape [%n, 2, 4, 5] : tensor<?x2x20xf32> into tensor<?x2x4x5xf32>
  return %b : tensor<?x2x4x5xf32>
}
func.func @collapse_to_scalar(%t: tensor<1x1x1xf32>) -> tensor<f32> {
  %a = tensor.collapse_shape %t [[0, 1], [2]] : tensor<1x1x1xf32> into tensor<1x1xf32>
  %b = tensor.collapse_shape %a [] : tensor<1x1xf32> into tensor<f32>
  return %b : tensor<f32>
}
func.func @expand_of_collapse_two_dynamic(%t: tensor<?x?x4xf32>, %n: index, %m: index) -> tensor<?x?x4xf32> {
  %a = tensor.collapse_shape %t [[0, 1], [2]] : tensor<?x?x4xf32> into tensor<?x4xf32>
  %b = tensor.expand_shape %a [[0, 1], [2]] output_shape [%n, %m, 4] : tensor<?x4xf32> into tensor<?x?x4xf32>
  return %b : tensor<?x?x4xf32>
}
func.func @reshape_splat_op(%v: f32) -> (tensor<2x2xf32>, tensor<4xf32>) {
  %s = tensor.splat %v : tensor<4xf32>
  %e = tensor.expand_shape %s [[0, 1]] output_shape [2, 2] : tensor<4xf32> into tensor<2x2xf32>
  %f = tensor.from_elements %v, %v, %v, %v : tensor<2x2xf32>
  %c = tensor.collapse_shape %f [[0, 1]] : tensor<2x2xf32> into tensor<4xf32>
  return %e, %c : tensor<2x2xf32>, tensor<4xf32>
}
func.func @reshape_splat(%s: tensor<2xi32>) -> tensor<2x2xf32> {
  %cst = arith.constant dense<1.0> : tensor<4xf32>
  %r = tensor.reshape %cst(%s) : (tensor<4xf32>, tensor<2xi32>) -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}
func.func @reshape_chain(%t: tensor<4xf32>, %s: tensor<2xi32>, %u: tensor<1xi32>) -> tensor<2x2xf32> {
  %a = tensor.reshape %t(%u) : (tensor<4xf32>, tensor<1xi32>) -> tensor<4xf32>
  %b = tensor.reshape %a(%s) : (tensor<4xf32>, tensor<2xi32>) -> tensor<2x2xf32>
  return %b : tensor<2x2xf32>
}
func.func @reshape_1d(%t: tensor<?xf32>, %u: tensor<1xindex>) -> tensor<?xf32> {
  %a = tensor.reshape %t(%u) : (tensor<?xf32>, tensor<1xindex>) -> tensor<?xf32>
  return %a : tensor<?xf32>
}
func.func @reshape_same_dims(%t: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %d = tensor.dim %t, %c0 : tensor<?x4xf32>
  %s = tensor.from_elements %d, %c4 : tensor<2xindex>
  %a = tensor.reshape %t(%s) : (tensor<?x4xf32>, tensor<2xindex>) -> tensor<?x4xf32>
  return %a : tensor<?x4xf32>
}
func.func @reshape_other_dims(%t: tensor<?x4xf32>, %n: index) -> tensor<?x4xf32> {
  %c4 = arith.constant 4 : index
  %s = tensor.from_elements %n, %c4 : tensor<2xindex>
  %a = tensor.reshape %t(%s) : (tensor<?x4xf32>, tensor<2xindex>) -> tensor<?x4xf32>
  return %a : tensor<?x4xf32>
}
