// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// tensor.gather / tensor.scatter: MLIR's verifier and parser errors.

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{'tensor.gather' op gather_dims must be non-empty}}
  %0 = tensor.gather %s[%i] gather_dims([]) : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5xf32>, %i: tensor<1x2x3xindex>) {
// expected-error @+1 {{'tensor.gather' op gather_dims overflow source rank}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1, 2]) : (tensor<4x5xf32>, tensor<1x2x3xindex>) -> tensor<1x2x1x1xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x3xindex>) {
// expected-error @+1 {{'tensor.gather' op gather_dims length must match the size of last dimension of indices}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<1x2x3xindex>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{'tensor.gather' op gather_dims value must be non-negative}}
  %0 = tensor.gather %s[%i] gather_dims([-1, 1]) : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{'tensor.gather' op gather_dims value must be smaller than source rank}}
  %0 = tensor.gather %s[%i] gather_dims([0, 3]) : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{'tensor.gather' op gather_dims values must be strictly increasing}}
  %0 = tensor.gather %s[%i] gather_dims([1, 0]) : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{'tensor.gather' op result type mismatch: expected 'tensor<1x2x1x1x6xf32>' or its rank-reduced variant 'tensor<1x2x6xf32>' (got: 'tensor<1x2x1x6xf32>')}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x6xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xf32>) {
// expected-error @+1 {{'tensor.gather' op operand #1 must be ranked tensor of signless integer or index values, but got 'tensor<1x2x2xf32>'}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<1x2x2xf32>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{'tensor.gather' op result type mismatch: expected 'tensor<1x2x1x1x6xf32>' or its rank-reduced variant 'tensor<1x2x6xf32>' (got: 'tensor<1x2x1x1x6xi32>')}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xi32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{custom op 'tensor.gather' inherent attribute 'gather_dims' cannot be parsed from attr-dict when strict properties in assembly format is enabled}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) {gather_dims = array<i64: 0>} : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @a(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{custom op 'tensor.gather' number of operands and types do not match: got 2 operands and 1 types}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) : (tensor<4x5x6xf32>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @s(%s: tensor<1x2x1x1x6xf32>, %d: tensor<4x5x6xf32>, %i: tensor<1x2x2xi32>) {
// expected-error @+1 {{'tensor.scatter' op requires 'unique' attribute to be set}}
  %0 = tensor.scatter %s into %d[%i] scatter_dims([0, 1]) : (tensor<1x2x1x1x6xf32>, tensor<4x5x6xf32>, tensor<1x2x2xi32>) -> tensor<4x5x6xf32>
  return
}

// -----

func.func @s(%s: tensor<1x2x1x6xf32>, %d: tensor<4x5x6xf32>, %i: tensor<1x2x2xi32>) {
// expected-error @+1 {{'tensor.scatter' op source type mismatch: expected 'tensor<1x2x1x1x6xf32>' or its rank-reduced variant 'tensor<1x2x6xf32>' (got: 'tensor<1x2x1x6xf32>')}}
  %0 = tensor.scatter %s into %d[%i] scatter_dims([0, 1]) unique : (tensor<1x2x1x6xf32>, tensor<4x5x6xf32>, tensor<1x2x2xi32>) -> tensor<4x5x6xf32>
  return
}

// -----

func.func @s(%s: tensor<1x2x1x1x6xf32>, %d: tensor<4x5x6xf32>, %i: tensor<1x2x2xi32>) {
// expected-error @+1 {{'tensor.scatter' op scatter_dims value must be smaller than dest rank}}
  %0 = tensor.scatter %s into %d[%i] scatter_dims([0, 5]) unique : (tensor<1x2x1x1x6xf32>, tensor<4x5x6xf32>, tensor<1x2x2xi32>) -> tensor<4x5x6xf32>
  return
}

// -----

func.func @s(%s: tensor<1x2x1x1x6xf32>, %d: tensor<4x5x6xf32>, %i: tensor<1x2x2xi32>) {
// expected-error @+1 {{'tensor.scatter' op scatter_dims must be non-empty}}
  %0 = tensor.scatter %s into %d[%i] scatter_dims([]) unique : (tensor<1x2x1x1x6xf32>, tensor<4x5x6xf32>, tensor<1x2x2xi32>) -> tensor<4x5x6xf32>
  return
}

// -----

func.func @s(%s: tensor<*xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{'tensor.gather' op operand #0 must be ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) : (tensor<*xf32>, tensor<1x2x2xindex>) -> tensor<1x2x1x1x6xf32>
  return
}

// -----

func.func @s(%s: tensor<4x5x6xf32>, %i: tensor<1x2x2xindex>) {
// expected-error @+1 {{'tensor.gather' op result #0 must be ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
  %0 = tensor.gather %s[%i] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<1x2x2xindex>) -> tensor<*xf32>
  return
}

// -----

func.func @s(%s: tensor<4x?x6xf32>, %i: tensor<?x2xindex>) {
// expected-error @+1 {{'tensor.gather' op gather_dims length must match the size of last dimension of indices}}
  %0 = tensor.gather %s[%i] gather_dims([1]) : (tensor<4x?x6xf32>, tensor<?x2xindex>) -> tensor<?x4x6xf32>
  return
}
