// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier rules of affine.delinearize_index and affine.linearize_index; the messages
// are MLIR's.

func.func @delinearize_result_count(%idx: index) {
  // expected-error @+1 {{'affine.delinearize_index' op should return an index for each basis element and up to one extra index}}
  %0:3 = affine.delinearize_index %idx into (4) : index, index, index
  return
}

// -----

func.func @delinearize_zero_basis(%idx: index) {
  // expected-error @+1 {{'affine.delinearize_index' op no basis element may be statically non-positive}}
  %0:2 = affine.delinearize_index %idx into (0, 4) : index, index
  return
}

// -----

func.func @delinearize_negative_basis(%idx: index) {
  // expected-error @+1 {{'affine.delinearize_index' op no basis element may be statically non-positive}}
  %0:2 = affine.delinearize_index %idx into (-2) : index, index
  return
}

// -----

func.func @delinearize_dynamic_mismatch(%idx: index) {
  // expected-error @+1 {{'affine.delinearize_index' op mismatch between dynamic and static basis (kDynamic marker but no corresponding dynamic basis entry) -- this can only happen due to an incorrect fold/rewrite}}
  %0:2 = "affine.delinearize_index"(%idx) <{static_basis = array<i64: -9223372036854775808, 4>}> : (index) -> (index, index)
  return
}

// -----

func.func @delinearize_not_index(%idx: i32) {
  // expected-error @+1 {{'affine.delinearize_index' op operand #0 must be index or vector of index, but got 'i32'}}
  %0:2 = "affine.delinearize_index"(%idx) <{static_basis = array<i64: 4>}> : (i32) -> (index, index)
  return
}

// -----

func.func @linearize_index_count(%i: index, %j: index, %k: index) {
  // expected-error @+1 {{'affine.linearize_index' op should be passed a basis element for each index except possibly the first}}
  %0 = affine.linearize_index [%i, %j, %k] by (4) : index
  return
}

// -----

func.func @linearize_too_few_indices(%i: index) {
  // expected-error @+1 {{'affine.linearize_index' op should be passed a basis element for each index except possibly the first}}
  %0 = affine.linearize_index disjoint [%i] by (2, 4, 8) : index
  return
}

// -----

func.func @linearize_dynamic_mismatch(%i: index, %j: index) {
  // expected-error @+1 {{'affine.linearize_index' op mismatch between dynamic and static basis (kDynamic marker but no corresponding dynamic basis entry) -- this can only happen due to an incorrect fold/rewrite}}
  %0 = "affine.linearize_index"(%i, %j) <{operandSegmentSizes = array<i32: 2, 0>, static_basis = array<i64: -9223372036854775808, 4>}> : (index, index) -> index
  return
}

// -----

func.func @delinearize_type_mismatch(%idx: vector<4xindex>) {
  // expected-error @+1 {{'affine.delinearize_index' op failed to verify that linear_index type must match result types}}
  %0:2 = "affine.delinearize_index"(%idx) <{static_basis = array<i64: 4>}> : (vector<4xindex>) -> (vector<8xindex>, vector<8xindex>)
  return
}

// -----

func.func @delinearize_mixed_shapes(%idx: vector<4xindex>) {
  // expected-error @+1 {{'affine.delinearize_index' op all non-scalar operands/results must have the same shape and base type}}
  %0:2 = "affine.delinearize_index"(%idx) <{static_basis = array<i64: 4>}> : (vector<4xindex>) -> (vector<4xindex>, vector<8xindex>)
  return
}

// -----

func.func @delinearize_scalar_result(%idx: vector<4xindex>) {
  // expected-error @+1 {{'affine.delinearize_index' op if an operand is non-scalar, then all results must be non-scalar}}
  %0:2 = affine.delinearize_index %idx into (4) : vector<4xindex>, index
  return
}

// -----

func.func @delinearize_vector_result(%idx: index) {
  // expected-error @+1 {{'affine.delinearize_index' op if a result is non-scalar, then at least one operand must be non-scalar}}
  %0:2 = "affine.delinearize_index"(%idx) <{static_basis = array<i64: 4>}> : (index) -> (index, vector<8xindex>)
  return
}

// -----

func.func @linearize_type_mismatch(%i: vector<4xindex>, %j: index) {
  // expected-error @+1 {{'affine.linearize_index' op failed to verify that multi_index types must match result type}}
  %1 = "affine.linearize_index"(%i, %j) <{operandSegmentSizes = array<i32: 2, 0>, static_basis = array<i64: 8>}> : (vector<4xindex>, index) -> vector<4xindex>
  return
}

// -----

func.func @linearize_result_type(%i: index) {
  // expected-error @+1 {{'affine.linearize_index' op result #0 must be index or vector of index, but got 'i32'}}
  %0 = "affine.linearize_index"(%i) <{operandSegmentSizes = array<i32: 1, 0>, static_basis = array<i64: 4>}> : (index) -> i32
  return
}
