// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier rules and custom-syntax errors of affine.vector_load and affine.vector_store;
// the messages are MLIR's.

func.func @load_element_type(%m: memref<100x100xf32>, %i: index) {
  // expected-error @+1 {{'affine.vector_load' op requires memref and vector types of the same elemental type}}
  %v = affine.vector_load %m[%i, %i] : memref<100x100xf32>, vector<8xf64>
  return
}

// -----

func.func @load_rank(%m: memref<100x100xf32>, %i: index) {
  // expected-error @+1 {{'affine.vector_load' op affine map num results must equal memref rank}}
  %v = affine.vector_load %m[%i] : memref<100x100xf32>, vector<8xf32>
  return
}

// -----

func.func @store_element_type(%m: memref<100x100xf32>, %i: index, %v: vector<8xf64>) {
  // expected-error @+1 {{'affine.vector_store' op requires memref and vector types of the same elemental type}}
  affine.vector_store %v, %m[%i, %i] : memref<100x100xf32>, vector<8xf64>
  return
}

// -----

func.func @load_scalar(%m: memref<100x100xf32>, %i: index) {
  // expected-error @+1 {{'affine.vector_load' op result #0 must be vector of any non-token type values, but got 'f32'}}
  %v = "affine.vector_load"(%m, %i, %i) <{map = affine_map<(d0, d1) -> (d0, d1)>}> : (memref<100x100xf32>, index, index) -> f32
  return
}

// -----

func.func @load_rank0_vector(%m: memref<100x100xf32>, %i: index) {
  // expected-error @+1 {{'affine.vector_load' op result #0 must be vector of any non-token type values, but got 'vector<f32>'}}
  %v = "affine.vector_load"(%m, %i, %i) <{map = affine_map<(d0, d1) -> (d0, d1)>}> : (memref<100x100xf32>, index, index) -> vector<f32>
  return
}

// -----

func.func @load_subscripts(%m: memref<100x100xf32>, %i: index) {
  // expected-error @+1 {{'affine.vector_load' op expects as many subscripts as affine map inputs}}
  %v = "affine.vector_load"(%m, %i) <{map = affine_map<(d0, d1) -> (d0, d1)>}> : (memref<100x100xf32>, index) -> vector<8xf32>
  return
}

// -----

func.func @store_scalar(%m: memref<100x100xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'affine.vector_store' op operand #0 must be vector of any non-token type values, but got 'f32'}}
  "affine.vector_store"(%v, %m, %i, %i) <{map = affine_map<(d0, d1) -> (d0, d1)>}> : (f32, memref<100x100xf32>, index, index) -> ()
  return
}

// -----

func.func @load_not_vector(%m: memref<100x100xf32>, %i: index) {
  // expected-error @+1 {{custom op 'affine.vector_load' invalid kind of type specified: expected builtin.vector, but found 'f32'}}
  %v = affine.vector_load %m[%i, %i] : memref<100x100xf32>, f32
  return
}

// -----

func.func @load_not_memref(%m: memref<100x100xf32>, %i: index) {
  // expected-error @+1 {{custom op 'affine.vector_load' invalid kind of type specified: expected builtin.memref, but found 'tensor<100x100xf32>'}}
  %v = affine.vector_load %m[%i, %i] : tensor<100x100xf32>, vector<8xf32>
  return
}
