// tensor.gather and tensor.scatter: full and rank-reduced shapes, `unique`, integer and
// index indices, dynamic sizes and a discardable attribute.
func.func @gather(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>, %j: tensor<?x1xi32>, %d: tensor<4x?xf16>) -> (tensor<1x2x1x1x6xf32>, tensor<1x2x6xf32>, tensor<?x?xf16>) {
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) unique : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  %1 = tensor.gather %s[%i] gather_dims([0, 2]) {tag = 3 : i32} : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x5xf32>
  %2 = tensor.gather %d[%j] gather_dims([0]) : (tensor<4x?xf16>, tensor<?x1xi32>) -> tensor<?x?xf16>
  %3 = tensor.gather %s[%i] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x6xf32>
  "test.use"(%1) : (tensor<1x2x5xf32>) -> ()
  return %0, %3, %2 : tensor<1x2x1x1x6xf32>, tensor<1x2x6xf32>, tensor<?x?xf16>
}

func.func @scatter(%s: tensor<1x2x1x1x6xf32>, %r: tensor<1x2x6xf32>, %d: tensor<4x5x6xf32>, %i: tensor<1x2x2xi64>) -> (tensor<4x5x6xf32>, tensor<4x5x6xf32>) {
  %0 = tensor.scatter %s into %d[%i] scatter_dims([0, 1]) unique : (tensor<1x2x1x1x6xf32>, tensor<4x5x6xf32>, tensor<1x2x2xi64>) -> tensor<4x5x6xf32>
  %1 = tensor.scatter %r into %0[%i] scatter_dims([0, 1]) unique {tag} : (tensor<1x2x6xf32>, tensor<4x5x6xf32>, tensor<1x2x2xi64>) -> tensor<4x5x6xf32>
  return %0, %1 : tensor<4x5x6xf32>, tensor<4x5x6xf32>
}
