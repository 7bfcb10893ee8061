// canonicalize, tensor slices, pad and reshapes: extract_slice of a splat, identity slices,
// constant offsets/sizes/strides (negative and out-of-bounds stay), slices through casts,
// extract of insert and insert of extract at the same place, zero-size inserts, source casts,
// zero padding (nofold stays), collapse/expand inverses and of constants.
func.func @slice_splat() -> tensor<2x3xf32> {
  %cst = arith.constant dense<1.5> : tensor<8x8xf32>
  %s = tensor.extract_slice %cst[0, 1] [2, 3] [1, 1] : tensor<8x8xf32> to tensor<2x3xf32>
  return %s : tensor<2x3xf32>
}
func.func @slice_dense_not_folded() -> tensor<1xi32> {
  %cst = arith.constant dense<[1, 2, 3]> : tensor<3xi32>
  %s = tensor.extract_slice %cst[1] [1] [1] : tensor<3xi32> to tensor<1xi32>
  return %s : tensor<1xi32>
}
func.func @slice_identity(%t: tensor<8x8xf32>, %u: tensor<?x8xf32>, %n: index) -> (tensor<8x8xf32>, tensor<?x8xf32>) {
  %s = tensor.extract_slice %t[0, 0] [8, 8] [1, 1] : tensor<8x8xf32> to tensor<8x8xf32>
  %r = tensor.extract_slice %u[0, 0] [%n, 8] [1, 1] : tensor<?x8xf32> to tensor<?x8xf32>
  return %s, %r : tensor<8x8xf32>, tensor<?x8xf32>
}
func.func @slice_const(%t: tensor<8x8xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %s = tensor.extract_slice %t[%c1, %c0] [%c4, %c4] [%c1, %c1] : tensor<8x8xf32> to tensor<?x?xf32>
  return %s : tensor<?x?xf32>
}
func.func @slice_const_rank_reduced(%t: tensor<8x8x8xf32>, %n: index) -> tensor<?x?xf32> {
  %c1 = arith.constant 1 : index
  %s = tensor.extract_slice %t[0, 0, 0] [%n, 1, %c1] [1, 1, 1] : tensor<8x8x8xf32> to tensor<?x?xf32>
  return %s : tensor<?x?xf32>
}
func.func @slice_zero_stride(%t: tensor<8x8xf32>) -> tensor<?x4xf32> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %s = tensor.extract_slice %t[0, 0] [%c4, 4] [%c0, 1] : tensor<8x8xf32> to tensor<?x4xf32>
  return %s : tensor<?x4xf32>
}
func.func @slice_oob(%t: tensor<8x8xf32>) -> tensor<?x4xf32> {
  %c9 = arith.constant 9 : index
  %s = tensor.extract_slice %t[0, 0] [%c9, 4] [1, 1] : tensor<8x8xf32> to tensor<?x4xf32>
  return %s : tensor<?x4xf32>
}
func.func @slice_neg(%t: tensor<8x8xf32>, %n: index) -> tensor<?x4xf32> {
  %c = arith.constant -1 : index
  %c1 = arith.constant 1 : index
  %s = tensor.extract_slice %t[%c, %c1] [%n, 4] [1, 1] : tensor<8x8xf32> to tensor<?x4xf32>
  return %s : tensor<?x4xf32>
}
func.func @slice_of_cast(%t: tensor<8x8xf32>, %o: index, %n: index) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<8x8xf32> to tensor<?x?xf32>
  %s = tensor.extract_slice %c[%o, %o] [%n, %n] [1, 1] : tensor<?x?xf32> to tensor<?x?xf32>
  return %s : tensor<?x?xf32>
}
func.func @slice_of_cast_more_static(%t: tensor<?x?xf32>, %o: index, %n: index) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<?x?xf32> to tensor<8x8xf32>
  %s = tensor.extract_slice %c[%o, %o] [%n, %n] [1, 1] : tensor<8x8xf32> to tensor<?x?xf32>
  return %s : tensor<?x?xf32>
}
func.func @cast_of_slice(%t: tensor<?x?xf32>, %o: index, %n: index) -> tensor<4x?xf32> {
  %s = tensor.extract_slice %t[%o, %o] [%n, %n] [1, 1] : tensor<?x?xf32> to tensor<?x?xf32>
  %c = tensor.cast %s : tensor<?x?xf32> to tensor<4x?xf32>
  return %c : tensor<4x?xf32>
}
func.func @extract_of_insert(%t: tensor<8x8xf32>, %v: tensor<2x?xf32>, %o: index, %n: index) -> (tensor<2x?xf32>, tensor<2x?xf32>) {
  %i = tensor.insert_slice %v into %t[%o, 0] [2, %n] [1, 1] : tensor<2x?xf32> into tensor<8x8xf32>
  %e = tensor.extract_slice %i[%o, 0] [2, %n] [1, 1] : tensor<8x8xf32> to tensor<2x?xf32>
  %f = tensor.extract_slice %i[%o, 1] [2, %n] [1, 1] : tensor<8x8xf32> to tensor<2x?xf32>
  return %e, %f : tensor<2x?xf32>, tensor<2x?xf32>
}
func.func @insert_identity(%t: tensor<8x8xf32>, %v: tensor<8x8xf32>, %w: tensor<?x8xf32>, %n: index) -> (tensor<8x8xf32>, tensor<?x8xf32>) {
  %i = tensor.insert_slice %v into %t[0, 0] [8, 8] [1, 1] : tensor<8x8xf32> into tensor<8x8xf32>
  %j = tensor.insert_slice %w into %w[0, 0] [%n, 8] [1, 1] : tensor<?x8xf32> into tensor<?x8xf32>
  return %i, %j : tensor<8x8xf32>, tensor<?x8xf32>
}
func.func @insert_zero_size(%t: tensor<8x8xf32>, %v: tensor<0x4xf32>) -> tensor<8x8xf32> {
  %i = tensor.insert_slice %v into %t[0, 0] [0, 4] [1, 1] : tensor<0x4xf32> into tensor<8x8xf32>
  return %i : tensor<8x8xf32>
}
func.func @insert_of_extract(%t: tensor<8x8xf32>, %o: index) -> tensor<8x8xf32> {
  %e = tensor.extract_slice %t[%o, 0] [2, 4] [1, 1] : tensor<8x8xf32> to tensor<2x4xf32>
  %i = tensor.insert_slice %e into %t[%o, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<8x8xf32>
  return %i : tensor<8x8xf32>
}
func.func @insert_after_insert(%t: tensor<8x8xf32>, %a: tensor<2x4xf32>, %b: tensor<2x4xf32>, %o: index) -> tensor<8x8xf32> {
  %i = tensor.insert_slice %a into %t[%o, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<8x8xf32>
  %j = tensor.insert_slice %b into %i[%o, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<8x8xf32>
  return %j : tensor<8x8xf32>
}
func.func @insert_const(%t: tensor<8x8xf32>, %v: tensor<?x?xf32>) -> tensor<8x8xf32> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %i = tensor.insert_slice %v into %t[%c2, %c0] [%c2, %c4] [1, 1] : tensor<?x?xf32> into tensor<8x8xf32>
  return %i : tensor<8x8xf32>
}
func.func @insert_source_cast(%t: tensor<8x8xf32>, %v: tensor<?x4xf32>, %o: index) -> tensor<8x8xf32> {
  %c2 = arith.constant 2 : index
  %i = tensor.insert_slice %v into %t[%o, 0] [%c2, 4] [1, 1] : tensor<?x4xf32> into tensor<8x8xf32>
  return %i : tensor<8x8xf32>
}
func.func @pad_zero(%t: tensor<4x?xf32>, %v: f32, %u: tensor<?x?xf32>) -> (tensor<4x?xf32>, tensor<?x?xf32>, tensor<4x?xf32>) {
  %c0 = arith.constant 0 : index
  %p = tensor.pad %t low[0, 0] high[0, %c0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x?xf32> to tensor<4x?xf32>
  %q = tensor.pad %u low[0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  %r = tensor.pad %t nofold low[0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x?xf32> to tensor<4x?xf32>
  return %p, %q, %r : tensor<4x?xf32>, tensor<?x?xf32>, tensor<4x?xf32>
}
func.func @pad_static_same(%t: tensor<4x4xf32>, %v: f32) -> tensor<4x4xf32> {
  %p = tensor.pad %t low[0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x4xf32> to tensor<4x4xf32>
  return %p : tensor<4x4xf32>
}
func.func @reshapes(%t: tensor<2x3x4xf32>, %u: tensor<?x4xf32>, %n: index) -> (tensor<2x3x4xf32>, tensor<?x4xf32>, tensor<6x4xf32>) {
  %c = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %e = tensor.expand_shape %c [[0, 1], [2]] output_shape [2, 3, 4] : tensor<6x4xf32> into tensor<2x3x4xf32>
  %x = tensor.expand_shape %u [[0, 1], [2]] output_shape [%n, 2, 4] : tensor<?x4xf32> into tensor<?x2x4xf32>
  %y = tensor.collapse_shape %x [[0, 1], [2]] : tensor<?x2x4xf32> into tensor<?x4xf32>
  %z = tensor.collapse_shape %t [[0], [1, 2]] : tensor<2x3x4xf32> into tensor<2x12xf32>
  %w = tensor.expand_shape %z [[0, 1], [2]] output_shape [1, 2, 12] : tensor<2x12xf32> into tensor<1x2x12xf32>
  "test.use"(%w) : (tensor<1x2x12xf32>) -> ()
  return %e, %y, %c : tensor<2x3x4xf32>, tensor<?x4xf32>, tensor<6x4xf32>
}
func.func @reshape_const() -> (tensor<2x2xi32>, tensor<4xi32>) {
  %cst = arith.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %e = tensor.expand_shape %cst [[0, 1]] output_shape [2, 2] : tensor<4xi32> into tensor<2x2xi32>
  %s = arith.constant dense<7> : tensor<2x2xi32>
  %c = tensor.collapse_shape %s [[0, 1]] : tensor<2x2xi32> into tensor<4xi32>
  return %e, %c : tensor<2x2xi32>, tensor<4xi32>
}
