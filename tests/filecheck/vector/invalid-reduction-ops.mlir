// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier errors of multi_reduction, outerproduct and deinterleave (messages as MLIR's).

func.func @case1(%v: vector<4x8xf32>, %acc: vector<8xf32>) {
  // expected-error @+1 {{'vector.multi_reduction' op destination type 'vector<8xf32>' is incompatible with source type 'vector<4x8xf32>'}}
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<8xf32>
  return
}

// -----

func.func @case2(%v: vector<4x8xf32>, %acc: vector<4xf32>) {
  // expected-error @+1 {{'vector.multi_reduction' op duplicate reduction dimension: 1}}
  %0 = vector.multi_reduction <add>, %v, %acc [1, 1] : vector<4x8xf32> to vector<4xf32>
  return
}

// -----

func.func @case3(%v: vector<4x8xf32>, %acc: vector<4xf32>) {
  // expected-error @+1 {{'vector.multi_reduction' op reduction dimension out of range: 2}}
  %0 = vector.multi_reduction <add>, %v, %acc [2] : vector<4x8xf32> to vector<4xf32>
  return
}

// -----

func.func @case4(%v: vector<4x8xf32>, %acc: vector<4xf16>) {
  // expected-error @+1 {{'vector.multi_reduction' op failed to verify that source operand and result have same element type}}
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<4xf16>
  return
}

// -----

func.func @case5(%v: vector<4x8xf32>, %acc: f32) {
  // expected-error @+1 {{'vector.multi_reduction' op destination type 'f32' is incompatible with source type 'vector<4x8xf32>'}}
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to f32
  return
}

// -----

func.func @case6(%v: vector<4x8xf32>, %acc: vector<4xf32>) {
  // expected-error @+1 {{'vector.multi_reduction' op failed to verify that all of {dest, acc} have same type}}
  %0 = "vector.multi_reduction"(%v, %acc) <{kind = #vector.kind<add>, reduction_dims = array<i64: 1>}> : (vector<4x8xf32>, vector<4xf32>) -> vector<8xf32>
  return
}

// -----

func.func @case7(%v: vector<4x8xf32>, %acc: vector<4xf32>) {
  // expected-error @+1 {{'vector.multi_reduction' op reduction dimension out of range: -1}}
  %0 = vector.multi_reduction <add>, %v, %acc [-1] : vector<4x8xf32> to vector<4xf32>
  return
}

// -----

func.func @case9(%a: vector<4xf32>, %b: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected #2 operand dim to match result dim #2}}
  %0 = "vector.outerproduct"(%a, %b) <{kind = #vector.kind<add>}> : (vector<4xf32>, vector<8xf32>) -> vector<4x4xf32>
  return
}

// -----

func.func @case10(%a: vector<4xf32>, %b: f32) {
  // expected-error @+1 {{'vector.outerproduct' op expected #1 operand dim to match result dim #1}}
  %0 = "vector.outerproduct"(%a, %b) <{kind = #vector.kind<add>}> : (vector<4xf32>, f32) -> vector<8xf32>
  return
}

// -----

func.func @case11(%a: vector<4x2xf32>, %b: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected 1-d vector for operand #1}}
  %0 = vector.outerproduct %a, %b : vector<4x2xf32>, vector<8xf32>
  return
}

// -----

func.func @case12(%a: vector<4xf32>, %b: vector<8x2xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected 1-d vector for operand #2}}
  %0 = vector.outerproduct %a, %b : vector<4xf32>, vector<8x2xf32>
  return
}

// -----

func.func @case13(%a: vector<4xf32>, %b: vector<8xf32>, %c: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op unsupported outerproduct type}}
  %0 = vector.outerproduct %a, %b, %c {kind = #vector.kind<xor>} : vector<4xf32>, vector<8xf32>
  return
}

// -----

func.func @case14(%a: vector<[4]xf32>, %b: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected either both or only #2 operand dim to be scalable}}
  %0 = "vector.outerproduct"(%a, %b) <{kind = #vector.kind<add>}> : (vector<[4]xf32>, vector<8xf32>) -> vector<4x8xf32>
  return
}

// -----

func.func @case15(%a: vector<4xi32>, %b: vector<4xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op failed to verify that rhs operand and result have same element type}}
  %0 = vector.outerproduct %a, %b : vector<4xi32>, vector<4xf32>
  return
}

// -----

func.func @case16(%w: vector<7xi32>) {
  // expected-error @+1 {{'vector.deinterleave' op failed to verify that the trailing dimension of the source vector has an even number of elements}}
  %0, %1 = vector.deinterleave %w : vector<7xi32> -> vector<3xi32>
  return
}

// -----

func.func @case17(%w: vector<8xi32>) {
  // expected-error @+1 {{'vector.deinterleave' op failed to verify that all of {res1, res2} have same type}}
  %0, %1 = "vector.deinterleave"(%w) : (vector<8xi32>) -> (vector<4xi32>, vector<8xi32>)
  return
}

// -----

func.func @case18(%w: vector<8xi32>) {
  // expected-error @+1 {{'vector.deinterleave' op failed to verify that the trailing dimension of the results is half the width of source trailing dimension}}
  %0, %1 = "vector.deinterleave"(%w) : (vector<8xi32>) -> (vector<2xi32>, vector<2xi32>)
  return
}

// -----

func.func @case19(%w: vector<i32>) {
  // expected-error @+1 {{'vector.deinterleave' op operand #0 must be vector of any non-token type values, but got 'vector<i32>'}}
  %0, %1 = "vector.deinterleave"(%w) : (vector<i32>) -> (vector<i32>, vector<i32>)
  return
}

// -----

func.func @case20(%w: vector<8xi32>) {
  // expected-error @+1 {{'vector.deinterleave' op failed to verify that the trailing dimension of the results is half the width of source trailing dimension}}
  %0, %1 = "vector.deinterleave"(%w) : (vector<8xi32>) -> (vector<4xf32>, vector<4xf32>)
  return
}
