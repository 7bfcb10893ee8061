// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// tensor.gather / tensor.scatter round-trip through their custom and generic forms.

// CHECK-LABEL: func.func @gather
// CHECK-NEXT:    %gather = tensor.gather %arg0[%arg1] gather_dims([0, 1]) unique : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
// CHECK-NEXT:    %gather_0 = tensor.gather %arg0[%arg1] gather_dims([0, 1]) {tag} : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x6xf32>
// GENERIC:       "tensor.gather"(%{{.*}}, %{{.*}}) <{gather_dims = array<i64: 0, 1>, unique}> : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
// GENERIC:       "tensor.gather"(%{{.*}}, %{{.*}}) <{gather_dims = array<i64: 0, 1>}> {tag} : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x6xf32>
func.func @gather(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) -> (tensor<1x2x1x1x6xf32>, tensor<1x2x6xf32>) {
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) unique : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  %1 = tensor.gather %s[%i] gather_dims([0, 1]) {tag} : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x6xf32>
  return %0, %1 : tensor<1x2x1x1x6xf32>, tensor<1x2x6xf32>
}

// CHECK-LABEL: func.func @scatter
// CHECK-NEXT:    %scatter = tensor.scatter %arg0 into %arg1[%arg2] scatter_dims([1]) unique : (tensor<3x4x1xf32>, tensor<4x5xf32>, tensor<3x1xi32>) -> tensor<4x5xf32>
// GENERIC:       "tensor.scatter"(%{{.*}}, %{{.*}}, %{{.*}}) <{scatter_dims = array<i64: 1>, unique}> : (tensor<3x4x1xf32>, tensor<4x5xf32>, tensor<3x1xi32>) -> tensor<4x5xf32>
func.func @scatter(%s: tensor<3x4x1xf32>, %d: tensor<4x5xf32>, %i: tensor<3x1xi32>) -> tensor<4x5xf32> {
  %0 = tensor.scatter %s into %d[%i] scatter_dims([1]) unique : (tensor<3x4x1xf32>, tensor<4x5xf32>, tensor<3x1xi32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}
