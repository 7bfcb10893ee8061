// canonicalize, tensor destination-style ops: FoldTensorCastProducerOp (tensor.insert into
// a tensor.cast that only drops static sizes inserts into the cast's source, the result cast
// back; a cast to a more static type stays, as do block arguments), and DimOfDestStyleOp
// (tensor.dim of insert / insert_slice is tensor.dim of the dest, also for a dynamic index).
func.func @insert_into_cast(%t: tensor<4x?xf32>, %x: f32, %i: index) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %r = tensor.insert %x into %c[%i, %i] : tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
func.func @insert_into_cast_more_static(%t: tensor<?xf32>, %x: f32, %i: index) -> tensor<4xf32> {
  %c = tensor.cast %t : tensor<?xf32> to tensor<4xf32>
  %r = tensor.insert %x into %c[%i] : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @insert_into_cast_chain(%t: tensor<4xf32>, %x: f32, %y: f32, %i: index) -> tensor<?xf32> {
  %c = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %r = tensor.insert %x into %c[%i] : tensor<?xf32>
  %s = tensor.insert %y into %r[%i] : tensor<?xf32>
  return %s : tensor<?xf32>
}
func.func @insert_block_arg(%t: tensor<?xf32>, %x: f32, %i: index) -> tensor<?xf32> {
  %r = tensor.insert %x into %t[%i] : tensor<?xf32>
  return %r : tensor<?xf32>
}
func.func @dim_of_insert(%t: tensor<?x?xf32>, %s: tensor<2x2xf32>, %x: f32, %i: index, %k: index) -> (index, index) {
  %r = tensor.insert %x into %t[%i, %i] : tensor<?x?xf32>
  %a = tensor.dim %r, %k : tensor<?x?xf32>
  %q = tensor.insert_slice %s into %t[0, 0] [2, 2] [1, 1] : tensor<2x2xf32> into tensor<?x?xf32>
  %b = tensor.dim %q, %k : tensor<?x?xf32>
  return %a, %b : index, index
}
