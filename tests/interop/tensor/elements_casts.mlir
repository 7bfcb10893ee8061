// tensor.extract / insert (0-d and ranked), tensor.dim (ranked, unranked, leading
// attr-dict), tensor.rank, tensor.cast / bitcast (to and from unranked), tensor.reshape
// and tensor.concat.

func.func @elements(%t: tensor<4x?xf32>, %i: index, %f: f32, %u: tensor<*xi8>, %s: tensor<f32>) {
  %0 = tensor.extract %t[%i, %i] : tensor<4x?xf32>
  %1 = tensor.extract %s[] {test.attr} : tensor<f32>
  %2 = tensor.insert %f into %t[%i, %i] : tensor<4x?xf32>
  %3 = tensor.insert %f into %s[] : tensor<f32>
  %4 = tensor.dim %t, %i : tensor<4x?xf32>
  %5 = tensor.dim {test.attr} %u, %i : tensor<*xi8>
  %6 = tensor.rank %u : tensor<*xi8>
  %7 = tensor.rank %s {test.attr} : tensor<f32>
  return
}


func.func @casts(%t: tensor<4x?xf32>, %u: tensor<*xf32>, %b: tensor<4xui32>, %s: tensor<2xi64>, %d: tensor<?xindex>) {
  %0 = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %1 = tensor.cast %t : tensor<4x?xf32> to tensor<*xf32>
  %2 = tensor.cast %u {test.attr} : tensor<*xf32> to tensor<4x5xf32>
  %3 = tensor.bitcast %b : tensor<4xui32> to tensor<4xi32>
  %4 = tensor.bitcast %b : tensor<4xui32> to tensor<?xf32>
  %5 = tensor.reshape %t(%s) : (tensor<4x?xf32>, tensor<2xi64>) -> tensor<2x?xf32>
  %6 = tensor.reshape %u(%d) {test.attr} : (tensor<*xf32>, tensor<?xindex>) -> tensor<*xf32>
  return
}


func.func @concat(%a: tensor<3x?xf32>, %b: tensor<3x2xf32>) {
  %0 = tensor.concat dim(1) %a, %b, %a : (tensor<3x?xf32>, tensor<3x2xf32>, tensor<3x?xf32>) -> tensor<3x10xf32>
  %1 = tensor.concat dim(0) %b {test.attr} : (tensor<3x2xf32>) -> tensor<?x2xf32>
  return
}

