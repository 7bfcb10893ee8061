// vector.transfer_write into a tensor.cast that only drops static sizes writes into the
// cast's source and casts the result back (the tensor dialect's FoldTensorCastProducerOp);
// a cast that adds static sizes stays, and transfer_read reads through a cast by its fold.
func.func @write_into_cast(%t: tensor<8xf32>, %v: vector<4xf32>, %i: index) -> tensor<?xf32> {
  %c = tensor.cast %t : tensor<8xf32> to tensor<?xf32>
  %r = vector.transfer_write %v, %c[%i] : vector<4xf32>, tensor<?xf32>
  return %r : tensor<?xf32>
}
func.func @write_into_static_cast(%t: tensor<?xf32>, %v: vector<4xf32>, %i: index) -> tensor<8xf32> {
  %c = tensor.cast %t : tensor<?xf32> to tensor<8xf32>
  %r = vector.transfer_write %v, %c[%i] : vector<4xf32>, tensor<8xf32>
  return %r : tensor<8xf32>
}
func.func @read_from_cast(%t: tensor<8xf32>, %i: index) -> vector<4xf32> {
  %f = arith.constant 0.0 : f32
  %c = tensor.cast %t : tensor<8xf32> to tensor<?xf32>
  %r = vector.transfer_read %c[%i], %f : tensor<?xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
