// tensor.gather / tensor.scatter canonicalization: gather of a splat constant folds to a
// splat of its (static) result type; nothing else folds (dynamic result, non-splat
// constant, casts feeding gather / scatter, scatter of constants).

func.func @gather_splat(%i: tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32> {
  %cst = arith.constant dense<1.5> : tensor<4x5x6xf32>
  %0 = tensor.gather %cst[%i] gather_dims([0, 1]) unique : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  return %0 : tensor<1x2x1x1x6xf32>
}

func.func @gather_splat_rank_reduced(%i: tensor<3x1xi32>) -> tensor<3x5xi8> {
  %cst = arith.constant dense<7> : tensor<4x5xi8>
  %0 = tensor.gather %cst[%i] gather_dims([0]) : (tensor<4x5xi8>, tensor<3x1xi32>) -> tensor<3x5xi8>
  return %0 : tensor<3x5xi8>
}

func.func @gather_splat_dynamic_result(%i: tensor<?x1xindex>) -> tensor<?x5xi8> {
  %cst = arith.constant dense<7> : tensor<4x5xi8>
  %0 = tensor.gather %cst[%i] gather_dims([0]) : (tensor<4x5xi8>, tensor<?x1xindex>) -> tensor<?x5xi8>
  return %0 : tensor<?x5xi8>
}

func.func @gather_non_splat(%i: tensor<1x1xindex>) -> tensor<1x2xi32> {
  %cst = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %0 = tensor.gather %cst[%i] gather_dims([0]) : (tensor<2x2xi32>, tensor<1x1xindex>) -> tensor<1x2xi32>
  return %0 : tensor<1x2xi32>
}

func.func @gather_constant_indices(%s: tensor<4x5xf32>) -> tensor<2x5xf32> {
  %i = arith.constant dense<[[0], [3]]> : tensor<2x1xindex>
  %0 = tensor.gather %s[%i] gather_dims([0]) : (tensor<4x5xf32>, tensor<2x1xindex>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

func.func @gather_of_cast(%s: tensor<4x5xf32>, %i: tensor<2x1xindex>) -> tensor<2x?xf32> {
  %c = tensor.cast %s : tensor<4x5xf32> to tensor<4x?xf32>
  %0 = tensor.gather %c[%i] gather_dims([0]) : (tensor<4x?xf32>, tensor<2x1xindex>) -> tensor<2x?xf32>
  return %0 : tensor<2x?xf32>
}

func.func @gather_unused(%s: tensor<4x5xf32>, %i: tensor<2x1xindex>) {
  %0 = tensor.gather %s[%i] gather_dims([0]) : (tensor<4x5xf32>, tensor<2x1xindex>) -> tensor<2x5xf32>
  return
}

func.func @scatter_splats(%i: tensor<1x1xindex>) -> tensor<4x5xf32> {
  %src = arith.constant dense<2.0> : tensor<1x5xf32>
  %dst = arith.constant dense<2.0> : tensor<4x5xf32>
  %0 = tensor.scatter %src into %dst[%i] scatter_dims([0]) unique : (tensor<1x5xf32>, tensor<4x5xf32>, tensor<1x1xindex>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

func.func @scatter_of_casts(%s: tensor<1x5xf32>, %d: tensor<4x5xf32>, %i: tensor<1x1xindex>) -> tensor<4x?xf32> {
  %c = tensor.cast %s : tensor<1x5xf32> to tensor<1x?xf32>
  %e = tensor.cast %d : tensor<4x5xf32> to tensor<4x?xf32>
  %0 = tensor.scatter %c into %e[%i] scatter_dims([0]) unique : (tensor<1x?xf32>, tensor<4x?xf32>, tensor<1x1xindex>) -> tensor<4x?xf32>
  return %0 : tensor<4x?xf32>
}

func.func @scatter_unused(%s: tensor<1x5xf32>, %d: tensor<4x5xf32>, %i: tensor<1x1xindex>) {
  %0 = tensor.scatter %s into %d[%i] scatter_dims([0]) unique : (tensor<1x5xf32>, tensor<4x5xf32>, tensor<1x1xindex>) -> tensor<4x5xf32>
  return
}

func.func @dim_of_gather(%s: tensor<4x?xf32>, %i: tensor<?x1xindex>) -> index {
  %c0 = arith.constant 0 : index
  %0 = tensor.gather %s[%i] gather_dims([0]) : (tensor<4x?xf32>, tensor<?x1xindex>) -> tensor<?x?xf32>
  %d = tensor.dim %0, %c0 : tensor<?x?xf32>
  return %d : index
}
