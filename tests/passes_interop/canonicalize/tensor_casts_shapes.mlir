// canonicalize, tensor casts and shapes: cast and bitcast chains (a cast adding a runtime
// check stays), empty/generate with constant sizes (negative stays), dim of empty / generate /
// extract_slice / cast, cast of empty, concat of one input.
func.func @cast_chain(%t: tensor<4xf32>, %u: tensor<?xf32>) -> (tensor<4xf32>, tensor<*xf32>, tensor<4xf32>) {
  %a = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %b = tensor.cast %a : tensor<?xf32> to tensor<4xf32>
  %c = tensor.cast %a : tensor<?xf32> to tensor<*xf32>
  %d = tensor.cast %u : tensor<?xf32> to tensor<4xf32>
  %e = tensor.cast %d : tensor<4xf32> to tensor<?xf32>
  %f = tensor.cast %e : tensor<?xf32> to tensor<4xf32>
  return %b, %c, %f : tensor<4xf32>, tensor<*xf32>, tensor<4xf32>
}
func.func @cast_chain_keeps_check(%u: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %d = tensor.cast %u : tensor<?x?xf32> to tensor<4x?xf32>
  %e = tensor.cast %d : tensor<4x?xf32> to tensor<?x?xf32>
  return %e : tensor<?x?xf32>
}
func.func @bitcast_chain(%t: tensor<4xi32>) -> (tensor<4xf32>, tensor<4xi32>) {
  %a = tensor.bitcast %t : tensor<4xi32> to tensor<4xui32>
  %b = tensor.bitcast %a : tensor<4xui32> to tensor<4xf32>
  %c = tensor.bitcast %t : tensor<4xi32> to tensor<4xi32>
  return %b, %c : tensor<4xf32>, tensor<4xi32>
}
func.func @empty_const(%n: index) -> (tensor<?x?xf32>, tensor<?xf32>) {
  %c4 = arith.constant 4 : index
  %cm = arith.constant -2 : index
  %e = tensor.empty(%c4, %n) : tensor<?x?xf32>
  %f = tensor.empty(%cm) : tensor<?xf32>
  return %e, %f : tensor<?x?xf32>, tensor<?xf32>
}
func.func @dim_of_empty(%n: index, %m: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %e = tensor.empty(%n, %m) : tensor<?x4x?xf32>
  %c2 = arith.constant 2 : index
  %d = tensor.dim %e, %c2 : tensor<?x4x?xf32>
  %f = tensor.dim %e, %c1 : tensor<?x4x?xf32>
  return %d, %f : index, index
}
func.func @cast_of_empty(%n: index) -> tensor<4x?xf32> {
  %e = tensor.empty(%n, %n) : tensor<?x?xf32>
  %c = tensor.cast %e : tensor<?x?xf32> to tensor<4x?xf32>
  return %c : tensor<4x?xf32>
}
func.func @generate_const(%n: index, %v: f32) -> tensor<?x?xf32> {
  %c3 = arith.constant 3 : index
  %g = tensor.generate %c3, %n {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32>
  return %g : tensor<?x?xf32>
}
func.func @dim_of_generate(%n: index, %v: f32) -> index {
  %c1 = arith.constant 1 : index
  %g = tensor.generate %n, %n {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32>
  %d = tensor.dim %g, %c1 : tensor<?x?xf32>
  "test.use"(%g) : (tensor<?x?xf32>) -> ()
  return %d : index
}
func.func @dim_of_slice(%t: tensor<?x?xf32>, %n: index, %m: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %s = tensor.extract_slice %t[0, 0] [%n, %m] [1, 1] : tensor<?x?xf32> to tensor<?x?xf32>
  %d = tensor.dim %s, %c0 : tensor<?x?xf32>
  %r = tensor.extract_slice %t[0, 0] [1, %m] [1, 1] : tensor<?x?xf32> to tensor<?xf32>
  %e = tensor.dim %r, %c0 : tensor<?xf32>
  return %d, %e : index, index
}
func.func @dim_of_cast(%t: tensor<4x?xf32>, %u: tensor<*xf32>) -> (index, index, index) {
  %c1 = arith.constant 1 : index
  %a = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %d = tensor.dim %a, %c1 : tensor<?x?xf32>
  %b = tensor.cast %u : tensor<*xf32> to tensor<?x?xf32>
  %e = tensor.dim %b, %c1 : tensor<?x?xf32>
  %f = tensor.dim %u, %c1 : tensor<*xf32>
  return %d, %e, %f : index, index, index
}
func.func @concat_one(%t: tensor<4xf32>) -> (tensor<4xf32>, tensor<?xf32>) {
  %a = tensor.concat dim(0) %t : (tensor<4xf32>) -> tensor<4xf32>
  %b = tensor.concat dim(0) %t : (tensor<4xf32>) -> tensor<?xf32>
  return %a, %b : tensor<4xf32>, tensor<?xf32>
}
func.func @concat_two(%t: tensor<4xf32>, %u: tensor<?xf32>) -> tensor<?xf32> {
  %a = tensor.concat dim(0) %t, %u : (tensor<4xf32>, tensor<?xf32>) -> tensor<?xf32>
  return %a : tensor<?xf32>
}
