// RUN: pyir-opt %s --canonicalize | FileCheck %s

// tensor.gather of a splat constant folds to a splat of its static result type; nothing
// else about gather / scatter folds in MLIR.

// CHECK-LABEL: func.func @gather_splat
// CHECK-NEXT:    %cst = arith.constant dense<1.500000e+00> : tensor<1x2x1x1x6xf32>
// CHECK-NEXT:    return %cst
func.func @gather_splat(%i: tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32> {
  %cst = arith.constant dense<1.5> : tensor<4x5x6xf32>
  %0 = tensor.gather %cst[%i] gather_dims([0, 1]) unique : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  return %0 : tensor<1x2x1x1x6xf32>
}

// CHECK-LABEL: func.func @gather_splat_rank_reduced
// CHECK-NEXT:    %cst = arith.constant dense<7> : tensor<3x5xi8>
// CHECK-NEXT:    return %cst
func.func @gather_splat_rank_reduced(%i: tensor<3x1xi32>) -> tensor<3x5xi8> {
  %cst = arith.constant dense<7> : tensor<4x5xi8>
  %0 = tensor.gather %cst[%i] gather_dims([0]) : (tensor<4x5xi8>, tensor<3x1xi32>) -> tensor<3x5xi8>
  return %0 : tensor<3x5xi8>
}

// A dynamic result has no splat constant.
// CHECK-LABEL: func.func @gather_splat_dynamic_result
// CHECK:         %gather = tensor.gather %cst[%arg0] gather_dims([0])
func.func @gather_splat_dynamic_result(%i: tensor<?x1xindex>) -> tensor<?x5xi8> {
  %cst = arith.constant dense<7> : tensor<4x5xi8>
  %0 = tensor.gather %cst[%i] gather_dims([0]) : (tensor<4x5xi8>, tensor<?x1xindex>) -> tensor<?x5xi8>
  return %0 : tensor<?x5xi8>
}

// CHECK-LABEL: func.func @gather_non_splat
// CHECK:         %gather = tensor.gather %cst[%arg0] gather_dims([0])
func.func @gather_non_splat(%i: tensor<1x1xindex>) -> tensor<1x2xi32> {
  %cst = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %0 = tensor.gather %cst[%i] gather_dims([0]) : (tensor<2x2xi32>, tensor<1x1xindex>) -> tensor<1x2xi32>
  return %0 : tensor<1x2xi32>
}

// Casts are not folded into gather / scatter (they are not destination-style ops).
// CHECK-LABEL: func.func @scatter_of_casts
// CHECK-NEXT:    %cast = tensor.cast %arg0
// CHECK-NEXT:    %cast_0 = tensor.cast %arg1
// CHECK-NEXT:    %scatter = tensor.scatter %cast into %cast_0[%arg2] scatter_dims([0]) unique
func.func @scatter_of_casts(%s: tensor<1x5xf32>, %d: tensor<4x5xf32>, %i: tensor<1x1xindex>) -> tensor<4x?xf32> {
  %c = tensor.cast %s : tensor<1x5xf32> to tensor<1x?xf32>
  %e = tensor.cast %d : tensor<4x5xf32> to tensor<4x?xf32>
  %0 = tensor.scatter %c into %e[%i] scatter_dims([0]) unique : (tensor<1x?xf32>, tensor<4x?xf32>, tensor<1x1xindex>) -> tensor<4x?xf32>
  return %0 : tensor<4x?xf32>
}

// Both are pure: unused ones are erased.
// CHECK-LABEL: func.func @unused
// CHECK-NEXT:    return
func.func @unused(%s: tensor<1x5xf32>, %d: tensor<4x5xf32>, %i: tensor<1x1xindex>) {
  %0 = tensor.scatter %s into %d[%i] scatter_dims([0]) unique : (tensor<1x5xf32>, tensor<4x5xf32>, tensor<1x1xindex>) -> tensor<4x5xf32>
  %1 = tensor.gather %d[%i] gather_dims([0]) : (tensor<4x5xf32>, tensor<1x1xindex>) -> tensor<1x5xf32>
  return
}
