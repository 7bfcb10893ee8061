// canonicalize, tensor expand_shape / collapse_shape pairs: collapse(expand) composed into one
// collapse, one expand (dynamic sizes multiplied with arith.muli nsw) or a cast; expand(collapse)
// composed when each band collapses unambiguously (unit dims, dynamic dims, rank 0); inverse
// pairs with two dynamic dims folded when MLIR can prove them; collapse / expand of a cast that
// drops static sizes; non-composable pairs and dim of reshapes stay.
func.func @collapse_of_expand(%t: tensor<12x5xf32>) -> tensor<60xf32> {
  %a = tensor.expand_shape %t [[0, 1], [2]] output_shape [3, 4, 5] : tensor<12x5xf32> into tensor<3x4x5xf32>
  %b = tensor.collapse_shape %a [[0, 1, 2]] : tensor<3x4x5xf32> into tensor<60xf32>
  return %b : tensor<60xf32>
}
func.func @collapse_of_expand_higher(%t: tensor<60xf32>) -> tensor<12x5xf32> {
  %a = tensor.expand_shape %t [[0, 1, 2]] output_shape [3, 4, 5] : tensor<60xf32> into tensor<3x4x5xf32>
  %b = tensor.collapse_shape %a [[0, 1], [2]] : tensor<3x4x5xf32> into tensor<12x5xf32>
  return %b : tensor<12x5xf32>
}
func.func @collapse_of_expand_dyn(%t: tensor<?xf32>, %n: index) -> tensor<?x5xf32> {
  %a = tensor.expand_shape %t [[0, 1, 2]] output_shape [%n, 4, 5] : tensor<?xf32> into tensor<?x4x5xf32>
  %b = tensor.collapse_shape %a [[0, 1], [2]] : tensor<?x4x5xf32> into tensor<?x5xf32>
  return %b : tensor<?x5xf32>
}
func.func @collapse_of_expand_same_rank(%t: tensor<?x?xf32>, %n: index, %m: index) -> tensor<?x?xf32> {
  %a = tensor.expand_shape %t [[0], [1, 2]] output_shape [%n, %m, 4] : tensor<?x?xf32> into tensor<?x?x4xf32>
  %b = tensor.collapse_shape %a [[0], [1, 2]] : tensor<?x?x4xf32> into tensor<?x?xf32>
  return %b : tensor<?x?xf32>
}
func.func @collapse_of_expand_cast(%t: tensor<6x2xf32>) -> tensor<2x6xf32> {
  %a = tensor.expand_shape %t [[0, 1], [2]] output_shape [2, 3, 2] : tensor<6x2xf32> into tensor<2x3x2xf32>
  %b = tensor.collapse_shape %a [[0], [1, 2]] : tensor<2x3x2xf32> into tensor<2x6xf32>
  return %b : tensor<2x6xf32>
}
func.func @expand_of_collapse(%t: tensor<2x3x4xf32>) -> tensor<6x2x2xf32> {
  %a = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %b = tensor.expand_shape %a [[0], [1, 2]] output_shape [6, 2, 2] : tensor<6x4xf32> into tensor<6x2x2xf32>
  return %b : tensor<6x2x2xf32>
}
func.func @expand_of_collapse_lower(%t: tensor<2x3x4x5xf32>) -> tensor<6x20xf32> {
  %a = tensor.collapse_shape %t [[0, 1, 2, 3]] : tensor<2x3x4x5xf32> into tensor<120xf32>
  %b = tensor.expand_shape %a [[0, 1]] output_shape [6, 20] : tensor<120xf32> into tensor<6x20xf32>
  return %b : tensor<6x20xf32>
}
func.func @expand_of_collapse_higher(%t: tensor<6x20xf32>) -> tensor<2x3x4x5xf32> {
  %a = tensor.collapse_shape %t [[0, 1]] : tensor<6x20xf32> into tensor<120xf32>
  %b = tensor.expand_shape %a [[0, 1, 2, 3]] output_shape [2, 3, 4, 5] : tensor<120xf32> into tensor<2x3x4x5xf32>
  return %b : tensor<2x3x4x5xf32>
}
func.func @expand_of_collapse_dyn(%t: tensor<?x3x4xf32>, %n: index) -> tensor<?x12xf32> {
  %a = tensor.collapse_shape %t [[0, 1, 2]] : tensor<?x3x4xf32> into tensor<?xf32>
  %b = tensor.expand_shape %a [[0, 1]] output_shape [%n, 12] : tensor<?xf32> into tensor<?x12xf32>
  return %b : tensor<?x12xf32>
}
func.func @expand_of_collapse_no(%t: tensor<2x6xf32>) -> tensor<4x3xf32> {
  %a = tensor.collapse_shape %t [[0, 1]] : tensor<2x6xf32> into tensor<12xf32>
  %b = tensor.expand_shape %a [[0, 1]] output_shape [4, 3] : tensor<12xf32> into tensor<4x3xf32>
  return %b : tensor<4x3xf32>
}
func.func @dim_expand(%t: tensor<?x5xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %a = tensor.expand_shape %t [[0, 1], [2]] output_shape [%n, 4, 5] : tensor<?x5xf32> into tensor<?x4x5xf32>
  %d = tensor.dim %a, %c0 : tensor<?x4x5xf32>
  return %d : index
}
func.func @dim_collapse(%t: tensor<?x4x5xf32>) -> index {
  %c0 = arith.constant 0 : index
  %a = tensor.collapse_shape %t [[0, 1], [2]] : tensor<?x4x5xf32> into tensor<?x5xf32>
  %d = tensor.dim %a, %c0 : tensor<?x5xf32>
  return %d : index
}
func.func @collapse_of_cast(%t: tensor<2x3x4xf32>) -> tensor<?x4xf32> {
  %c = tensor.cast %t : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %a = tensor.collapse_shape %c [[0, 1], [2]] : tensor<?x?x4xf32> into tensor<?x4xf32>
  return %a : tensor<?x4xf32>
}
func.func @static_expand(%t: tensor<?xf32>) -> tensor<?x4xf32> {
  %c3 = arith.constant 3 : index
  %a = tensor.expand_shape %t [[0, 1]] output_shape [%c3, 4] : tensor<?xf32> into tensor<?x4xf32>
  return %a : tensor<?x4xf32>
}
func.func @coe_unit(%t: tensor<?x?x?xi64>, %a: index, %b: index, %c: index) -> tensor<?x?xi64> {
  %0 = tensor.expand_shape %t [[0], [1], [2, 3]] output_shape [%a, %b, %c, 1] : tensor<?x?x?xi64> into tensor<?x?x?x1xi64>
  %1 = tensor.collapse_shape %0 [[0, 1], [2, 3]] : tensor<?x?x?x1xi64> into tensor<?x?xi64>
  return %1 : tensor<?x?xi64>
}
func.func @coe_two_dyn(%t: tensor<?xf32>, %a: index, %b: index) -> tensor<?x5xf32> {
  %0 = tensor.expand_shape %t [[0, 1, 2, 3]] output_shape [%a, 2, %b, 5] : tensor<?xf32> into tensor<?x2x?x5xf32>
  %1 = tensor.collapse_shape %0 [[0, 1, 2], [3]] : tensor<?x2x?x5xf32> into tensor<?x5xf32>
  return %1 : tensor<?x5xf32>
}
func.func @eoc_scalar(%t: tensor<1x1xf32>) -> tensor<1x1x1xf32> {
  %0 = tensor.collapse_shape %t [] : tensor<1x1xf32> into tensor<f32>
  %1 = tensor.expand_shape %0 [] output_shape [1, 1, 1] : tensor<f32> into tensor<1x1x1xf32>
  return %1 : tensor<1x1x1xf32>
}
func.func @eoc_scalar_down(%t: tensor<1x1x1xf32>) -> tensor<1x1xf32> {
  %0 = tensor.collapse_shape %t [] : tensor<1x1x1xf32> into tensor<f32>
  %1 = tensor.expand_shape %0 [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
  return %1 : tensor<1x1xf32>
}
func.func @eoc_ambiguous(%t: tensor<?x?x?xf32>, %a: index, %b: index) -> tensor<?x?xf32> {
  %0 = tensor.collapse_shape %t [[0, 1, 2]] : tensor<?x?x?xf32> into tensor<?xf32>
  %1 = tensor.expand_shape %0 [[0, 1]] output_shape [%a, %b] : tensor<?xf32> into tensor<?x?xf32>
  return %1 : tensor<?x?xf32>
}
func.func @eoc_units(%t: tensor<2x1x3xf32>) -> tensor<2x3xf32> {
  %0 = tensor.collapse_shape %t [[0, 1, 2]] : tensor<2x1x3xf32> into tensor<6xf32>
  %1 = tensor.expand_shape %0 [[0, 1]] output_shape [2, 3] : tensor<6xf32> into tensor<2x3xf32>
  return %1 : tensor<2x3xf32>
}
func.func @eoc_mixed(%t: tensor<?x2x3x6x?xf32>, %a: index, %b: index) -> tensor<?x6x?xf32> {
  %0 = tensor.collapse_shape %t [[0, 1, 2, 3, 4]] : tensor<?x2x3x6x?xf32> into tensor<?xf32>
  %1 = tensor.expand_shape %0 [[0, 1, 2]] output_shape [%a, 6, %b] : tensor<?xf32> into tensor<?x6x?xf32>
  return %1 : tensor<?x6x?xf32>
}
func.func @eoc_dyn_static(%t: tensor<?x2x3x5xf32>, %a: index) -> tensor<?x15xf32> {
  %0 = tensor.collapse_shape %t [[0, 1, 2, 3]] : tensor<?x2x3x5xf32> into tensor<?xf32>
  %1 = tensor.expand_shape %0 [[0, 1]] output_shape [%a, 15] : tensor<?xf32> into tensor<?x15xf32>
  return %1 : tensor<?x15xf32>
}
func.func @fold_two_dyn_expand_collapse(%t: tensor<?x?xf32>, %a: index, %b: index) -> tensor<?x?xf32> {
  %0 = tensor.expand_shape %t [[0, 1], [2]] output_shape [%a, 4, %b] : tensor<?x?xf32> into tensor<?x4x?xf32>
  %1 = tensor.collapse_shape %0 [[0, 1], [2]] : tensor<?x4x?xf32> into tensor<?x?xf32>
  return %1 : tensor<?x?xf32>
}
func.func @fold_two_dyn_collapse_expand(%t: tensor<?x4x?xf32>, %a: index, %b: index) -> tensor<?x4x?xf32> {
  %0 = tensor.collapse_shape %t [[0, 1], [2]] : tensor<?x4x?xf32> into tensor<?x?xf32>
  %1 = tensor.expand_shape %0 [[0, 1], [2]] output_shape [%a, 4, %b] : tensor<?x?xf32> into tensor<?x4x?xf32>
  return %1 : tensor<?x4x?xf32>
}
func.func @fold_two_dyn_same_group(%t: tensor<?x?x4xf32>, %a: index, %b: index) -> tensor<?x?x4xf32> {
  %0 = tensor.collapse_shape %t [[0, 1], [2]] : tensor<?x?x4xf32> into tensor<?x4xf32>
  %1 = tensor.expand_shape %0 [[0, 1], [2]] output_shape [%a, %b, 4] : tensor<?x4xf32> into tensor<?x?x4xf32>
  return %1 : tensor<?x?x4xf32>
}
func.func @collapse_cast_partial(%t: tensor<2x?x4xf32>) -> tensor<?x4xf32> {
  %c = tensor.cast %t : tensor<2x?x4xf32> to tensor<?x?x4xf32>
  %a = tensor.collapse_shape %c [[0, 1], [2]] : tensor<?x?x4xf32> into tensor<?x4xf32>
  return %a : tensor<?x4xf32>
}
func.func @collapse_cast_more_static(%t: tensor<?x?x4xf32>) -> tensor<6x4xf32> {
  %c = tensor.cast %t : tensor<?x?x4xf32> to tensor<2x3x4xf32>
  %a = tensor.collapse_shape %c [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  return %a : tensor<6x4xf32>
}
func.func @static_expand_dyn_src(%t: tensor<?x8xf32>, %n: index) -> tensor<?x?x4xf32> {
  %c2 = arith.constant 2 : index
  %c = tensor.cast %t : tensor<?x8xf32> to tensor<?x?xf32>
  %b = tensor.expand_shape %c [[0], [1, 2]] output_shape [%n, %c2, 4] : tensor<?x?xf32> into tensor<?x?x4xf32>
  return %b : tensor<?x?x4xf32>
}
func.func @expand_collapse_cst(%t: tensor<2x3xf32>) -> tensor<6xf32> {
  %cst = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %a = tensor.collapse_shape %cst [[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
  return %a : tensor<6xf32>
}
func.func @r0a(%t: tensor<f32>) -> tensor<1xf32> {
  %a = tensor.expand_shape %t [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
  %b = tensor.collapse_shape %a [[0, 1]] : tensor<1x1xf32> into tensor<1xf32>
  return %b : tensor<1xf32>
}
func.func @r0b(%t: tensor<1x1xf32>) -> tensor<f32> {
  %a = tensor.expand_shape %t [[0], [1, 2]] output_shape [1, 1, 1] : tensor<1x1xf32> into tensor<1x1x1xf32>
  %b = tensor.collapse_shape %a [] : tensor<1x1x1xf32> into tensor<f32>
  return %b : tensor<f32>
}
func.func @r0c(%t: tensor<1xf32>) -> tensor<1x1xf32> {
  %a = tensor.collapse_shape %t [] : tensor<1xf32> into tensor<f32>
  %b = tensor.expand_shape %a [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
  return %b : tensor<1x1xf32>
}
func.func @r0d(%t: tensor<?x1xf32>, %n: index) -> tensor<?xf32> {
  %a = tensor.expand_shape %t [[0], [1, 2]] output_shape [%n, 1, 1] : tensor<?x1xf32> into tensor<?x1x1xf32>
  %b = tensor.collapse_shape %a [[0, 1, 2]] : tensor<?x1x1xf32> into tensor<?xf32>
  return %b : tensor<?xf32>
}
func.func @r0e(%t: tensor<?xf32>, %n: index, %m: index) -> tensor<?x?xf32> {
  %a = tensor.expand_shape %t [[0, 1, 2]] output_shape [%n, %m, 4] : tensor<?xf32> into tensor<?x?x4xf32>
  %b = tensor.collapse_shape %a [[0], [1, 2]] : tensor<?x?x4xf32> into tensor<?x?xf32>
  return %b : tensor<?x?xf32>
}
