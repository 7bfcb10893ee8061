// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier errors of vector.bitcast, vector.shuffle and vector.interleave (messages as
// MLIR's).

func.func @case1(%a: vector<4xf32>) {
  // expected-error @+1 {{'vector.bitcast' op source/result bitwidth of the minor 1-D vectors must be equal}}
  %0 = vector.bitcast %a : vector<4xf32> to vector<3xi32>
  return
}

// -----

func.func @case2(%a: vector<2x4xf32>) {
  // expected-error @+1 {{'vector.bitcast' op dimension size mismatch at: 0}}
  %0 = vector.bitcast %a : vector<2x4xf32> to vector<3x4xi32>
  return
}

// -----

func.func @case3(%a: vector<2x4xf32>) {
  // expected-error @+1 {{'vector.bitcast' op failed to verify that all of {source, result} have same rank}}
  %0 = vector.bitcast %a : vector<2x4xf32> to vector<8xi32>
  return
}

// -----

func.func @case4(%a: vector<f32>) {
  // expected-error @+1 {{'vector.bitcast' op source/result bitwidth of the 0-D vector element types must be equal}}
  %0 = vector.bitcast %a : vector<f32> to vector<i64>
  return
}

// -----

func.func @case5(%a: f32) {
  // expected-error @+1 {{'vector.bitcast' op operand #0 must be vector of non-zero-bitwidth type values, but got 'f32'}}
  %0 = "vector.bitcast"(%a) : (f32) -> vector<1xi32>
  return
}

// -----

func.func @case6(%a: vector<4xf32>, %b: vector<2xf32>) {
  // expected-error @+1 {{'vector.shuffle' op mask index #2 out of range}}
  %0 = vector.shuffle %a, %b [0, 6] : vector<4xf32>, vector<2xf32>
  return
}

// -----

func.func @case7(%a: vector<4xf32>, %b: vector<2xf32>) {
  // expected-error @+1 {{'vector.shuffle' op mask index #2 out of range}}
  %0 = vector.shuffle %a, %b [0, -2] : vector<4xf32>, vector<2xf32>
  return
}

// -----

func.func @case8(%a: vector<4xf32>, %b: vector<2xf32>) {
  // expected-error @+1 {{'vector.shuffle' op invalid mask length}}
  %0 = vector.shuffle %a, %b [] : vector<4xf32>, vector<2xf32>
  return
}

// -----

func.func @case9(%a: vector<4xf32>, %b: vector<2x2xf32>) {
  // expected-error @+1 {{'vector.shuffle' op rank mismatch}}
  %0 = vector.shuffle %a, %b [0] : vector<4xf32>, vector<2x2xf32>
  return
}

// -----

func.func @case10(%a: vector<4x2xf32>, %b: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.shuffle' op dimension mismatch}}
  %0 = vector.shuffle %a, %b [0] : vector<4x2xf32>, vector<2x3xf32>
  return
}

// -----

func.func @case11(%a: vector<4xf32>, %b: vector<2xi32>) {
  // expected-error @+1 {{'vector.shuffle' op failed to verify that second operand v2 and result have same element type}}
  %0 = vector.shuffle %a, %b [0] : vector<4xf32>, vector<2xi32>
  return
}

// -----

func.func @case12(%a: vector<[4]xf32>) {
  // expected-error @+1 {{'vector.shuffle' op operand #0 must be fixed-length vector of any non-token type values, but got 'vector<[4]xf32>'}}
  %0 = vector.shuffle %a, %a [0] : vector<[4]xf32>, vector<[4]xf32>
  return
}

// -----

func.func @case13(%a: vector<4xf32>, %b: vector<2xf32>) {
  // expected-error @+1 {{'vector.shuffle' op mask length mismatch}}
  %0 = "vector.shuffle"(%a, %b) <{mask = array<i64: 0, 1>}> : (vector<4xf32>, vector<2xf32>) -> vector<3xf32>
  return
}

// -----

func.func @case14(%a: vector<4xf32>) {
  // expected-error @+1 {{'vector.interleave' op failed to verify that type of 'result' is double the width of the inputs}}
  %0 = vector.interleave %a, %a : vector<4xf32> -> vector<6xf32>
  return
}

// -----

func.func @case15(%a: vector<4xf32>, %b: vector<4xi32>) {
  // expected-error @+1 {{'vector.interleave' op failed to verify that all of {lhs, rhs} have same type}}
  %0 = "vector.interleave"(%a, %b) : (vector<4xf32>, vector<4xi32>) -> vector<8xf32>
  return
}
