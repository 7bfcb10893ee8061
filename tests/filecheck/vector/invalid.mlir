// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// -- vector.broadcast

func.func @broadcast_rank(%a: vector<4x4xf32>) {
  // expected-error @+1 {{'vector.broadcast' op source rank higher than destination rank}}
  %0 = vector.broadcast %a : vector<4x4xf32> to vector<4xf32>
  return
}

// -----

func.func @broadcast_dim(%a: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.broadcast' op dimension mismatch (4 vs. 1)}}
  %0 = vector.broadcast %a : vector<4x8xf32> to vector<1x8xf32>
  return
}

// -----

func.func @broadcast_scalable(%a: vector<[1]xf32>) {
  // expected-error @+1 {{'vector.broadcast' op dimension mismatch ([1] vs. [4])}}
  %0 = vector.broadcast %a : vector<[1]xf32> to vector<[4]xf32>
  return
}

// -----

func.func @broadcast_fixed_to_scalable(%a: vector<2xf32>) {
  // expected-error @+1 {{'vector.broadcast' op dimension mismatch (2 vs. [2])}}
  %0 = vector.broadcast %a : vector<2xf32> to vector<[2]xf32>
  return
}

// -----

func.func @broadcast_not_vector(%a: memref<4xf32>) {
  // expected-error @+1 {{'vector.broadcast' op source type is not a vector}}
  %0 = vector.broadcast %a : memref<4xf32> to vector<4xf32>
  return
}

// -----

func.func @broadcast_element(%a: f32) {
  // expected-error @+1 {{'vector.broadcast' op failed to verify that source operand and result have same element type}}
  %0 = "vector.broadcast"(%a) : (f32) -> vector<4xi32>
  return
}

// -----

func.func @broadcast_result(%a: f32) {
  // expected-error @+1 {{'vector.broadcast' op result #0 must be vector of any non-token type values, but got 'f32'}}
  %0 = "vector.broadcast"(%a) : (f32) -> f32
  return
}

// -- vector.fma

// -----

func.func @fma_int(%a: vector<4xi32>) {
  // expected-error @+1 {{'vector.fma' op operand #0 must be vector of floating-point values, but got 'vector<4xi32>'}}
  %0 = "vector.fma"(%a, %a, %a) : (vector<4xi32>, vector<4xi32>, vector<4xi32>) -> vector<4xi32>
  return
}

// -----

func.func @fma_types(%a: vector<4xf32>, %b: vector<4xf64>) {
  // expected-error @+1 {{'vector.fma' op failed to verify that all of {lhs, rhs, acc, result} have same type}}
  %0 = "vector.fma"(%a, %a, %b) : (vector<4xf32>, vector<4xf32>, vector<4xf64>) -> vector<4xf32>
  return
}

// -- vector.extract

// -----

func.func @extract_source(%a: f32) {
  // expected-error @+1 {{'vector.extract' op operand #0 must be vector of any non-token type values, but got 'f32'}}
  %0 = "vector.extract"(%a) <{static_position = array<i64>}> : (f32) -> f32
  return
}

// -----

func.func @extract_index_type(%a: vector<4xf32>, %i: i32) {
  // expected-error @+1 {{'vector.extract' op operand #1 must be variadic of index, but got 'i32'}}
  %0 = "vector.extract"(%a, %i) <{static_position = array<i64: -9223372036854775808>}> : (vector<4xf32>, i32) -> f32
  return
}

// -----

func.func @extract_no_position(%a: vector<4xf32>) {
  // expected-error @+1 {{'vector.extract' op requires attribute 'static_position'}}
  %0 = "vector.extract"(%a) : (vector<4xf32>) -> f32
  return
}

// -----

func.func @extract_element(%a: vector<4xf32>) {
  // expected-error @+1 {{'vector.extract' op failed to verify that operand and result have same element type}}
  %0 = "vector.extract"(%a) <{static_position = array<i64: 0>}> : (vector<4xf32>) -> f64
  return
}

// -----

func.func @extract_0d_result(%a: vector<f32>) {
  // expected-error @+1 {{expected a scalar instead of a 0-d vector as the result type}}
  %0 = vector.extract %a[] : vector<f32> from vector<f32>
  return
}

// -----

func.func @extract_markers(%a: vector<4xf32>, %i: index) {
  // expected-error @+1 {{'vector.extract' op mismatch between dynamic and static positions (kDynamic marker but no corresponding dynamic position) -- this can only happen due to an incorrect fold/rewrite}}
  %0 = "vector.extract"(%a, %i) <{static_position = array<i64: 0>}> : (vector<4xf32>, index) -> f32
  return
}

// -----

func.func @extract_rank(%a: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.extract' op expected position attribute of rank no greater than vector rank}}
  %0 = vector.extract %a[0, 0, 0, 0] : f32 from vector<4x8x16xf32>
  return
}

// -----

func.func @extract_out_of_range(%a: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.extract' op expected position attribute #3 to be a non-negative integer smaller than the corresponding vector dimension or poison (-1)}}
  %0 = vector.extract %a[0, 0, -5] : f32 from vector<4x8x16xf32>
  return
}

// -----

func.func @extract_inferred(%a: vector<4xf32>) {
  // expected-error @+1 {{'vector.extract' op inferred type(s) 'f32' are incompatible with return type(s) of operation 'vector<1xf32>'}}
  %0 = vector.extract %a[0] : vector<1xf32> from vector<4xf32>
  return
}

// -----

func.func @extract_inferred_scalable(%a: vector<4x[8]xf32>) {
  // expected-error @+1 {{'vector.extract' op inferred type(s) 'vector<[8]xf32>' are incompatible with return type(s) of operation 'vector<8xf32>'}}
  %0 = vector.extract %a[0] : vector<8xf32> from vector<4x[8]xf32>
  return
}

// -----

func.func @extract_strict_properties(%a: vector<4x8xf32>) {
  // expected-error @+1 {{custom op 'vector.extract' inherent attribute 'static_position' cannot be parsed from attr-dict when strict properties in assembly format is enabled}}
  %0 = vector.extract %a[0] {static_position = array<i64: 1>} : vector<8xf32> from vector<4x8xf32>
  return
}

// -- vector.insert

// -----

func.func @insert_rank(%a: f32, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.insert' op expected position attribute of rank no greater than dest vector rank}}
  %0 = vector.insert %a, %b [3, 3, 3, 3] : f32 into vector<4x8x16xf32>
  return
}

// -----

func.func @insert_vector_rank(%a: vector<4xf32>, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.insert' op expected position attribute rank + source rank to match dest vector rank}}
  %0 = vector.insert %a, %b [3] : vector<4xf32> into vector<4x8x16xf32>
  return
}

// -----

func.func @insert_scalar_rank(%a: f32, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.insert' op expected position attribute rank to match the dest vector rank}}
  %0 = vector.insert %a, %b [3, 3] : f32 into vector<4x8x16xf32>
  return
}

// -----

func.func @insert_out_of_range(%a: f32, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.insert' op expected position attribute #1 to be a non-negative integer smaller than the corresponding dest vector dimension}}
  %0 = vector.insert %a, %b [4, 7, 15] : f32 into vector<4x8x16xf32>
  return
}

// -----

func.func @insert_0d_value(%a: vector<f32>, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{expected a scalar instead of a 0-d vector as the source operand}}
  %0 = vector.insert %a, %b [0, 0, 0] : vector<f32> into vector<4x8x16xf32>
  return
}

// -----

func.func @insert_element(%a: vector<8xf64>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert' op failed to verify that source operand and result have same element type}}
  %0 = vector.insert %a, %b [0] : vector<8xf64> into vector<4x8xf32>
  return
}

// -----

func.func @insert_result(%a: vector<8xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert' op failed to verify that all of {dest, result} have same type}}
  %0 = "vector.insert"(%a, %b) <{static_position = array<i64: 0>}> : (vector<8xf32>, vector<4x8xf32>) -> vector<4x9xf32>
  return
}

// -----

// MLIR does not check this one (and crashes printing the op); pyir does.
func.func @insert_markers(%a: f32, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert' op mismatch between dynamic and static positions}}
  %0 = "vector.insert"(%a, %b) <{static_position = array<i64: 0, -9223372036854775808>}> : (f32, vector<4x8xf32>) -> vector<4x8xf32>
  return
}

// -- vector.load / vector.store

// -----

func.func @load_base(%m: tensor<4xf32>, %i: index) {
  // expected-error @+1 {{'vector.load' op operand #0 must be memref of any non-token type values, but got 'tensor<4xf32>'}}
  %0 = "vector.load"(%m, %i) : (tensor<4xf32>, index) -> vector<4xf32>
  return
}

// -----

func.func @load_stride(%m: memref<4x4xf32, strided<[1, 4]>>, %i: index) {
  // expected-error @+1 {{'vector.load' op most minor memref dim must have unit stride}}
  %0 = vector.load %m[%i, %i] : memref<4x4xf32, strided<[1, 4]>>, vector<4xf32>
  return
}

// -----

func.func @load_affine_stride(%m: memref<4x4xf32, affine_map<(d0, d1) -> (d1 * 4 + d0)>>, %i: index) {
  // expected-error @+1 {{'vector.load' op most minor memref dim must have unit stride}}
  %0 = vector.load %m[%i, %i] : memref<4x4xf32, affine_map<(d0, d1) -> (d1 * 4 + d0)>>, vector<2xf32>
  return
}

// -----

func.func @load_rank(%m: memref<?xf32>, %i: index) {
  // expected-error @+1 {{'vector.load' op destination memref has lower rank than the result vector}}
  %0 = vector.load %m[%i] : memref<?xf32>, vector<16x16xf32>
  return
}

// -----

func.func @load_vector_memref(%m: memref<4xvector<4xf32>>, %i: index) {
  // expected-error @+1 {{'vector.load' op base memref and result vector types should match}}
  %0 = vector.load %m[%i] : memref<4xvector<4xf32>>, vector<8xf32>
  return
}

// -----

func.func @load_element(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'vector.load' op base and result element types should match}}
  %0 = vector.load %m[%i] : memref<4xf32>, vector<4xf64>
  return
}

// -----

func.func @load_indices(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'vector.load' op requires 1 indices}}
  %0 = vector.load %m[%i, %i] : memref<4xf32>, vector<4xf32>
  return
}

// -----

func.func @load_alignment(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'vector.load' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  %0 = vector.load %m[%i] alignment = 3 : memref<4xf32>, vector<4xf32>
  return
}

// -----

func.func @load_strict_properties(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{custom op 'vector.load' inherent attribute 'nontemporal' cannot be parsed from attr-dict when strict properties in assembly format is enabled}}
  %0 = vector.load %m[%i] {nontemporal = true} : memref<4xf32>, vector<4xf32>
  return
}

// -----

func.func @store_rank(%m: memref<?xi8>, %v: vector<16x16xi8>, %i: index) {
  // expected-error @+1 {{'vector.store' op source memref has lower rank than the vector to store}}
  vector.store %v, %m[%i] : memref<?xi8>, vector<16x16xi8>
  return
}

// -----

func.func @store_vector_memref(%m: memref<200x100xvector<4xf32>>, %i: index, %v: vector<8xf32>) {
  // expected-error @+1 {{'vector.store' op base memref and valueToStore vector types should match}}
  vector.store %v, %m[%i, %i] : memref<200x100xvector<4xf32>>, vector<8xf32>
  return
}

// -----

func.func @store_element(%m: memref<?xf64>, %v: vector<16xf32>, %i: index) {
  // expected-error @+1 {{'vector.store' op base and valueToStore element type should match}}
  vector.store %v, %m[%i] : memref<?xf64>, vector<16xf32>
  return
}

// -----

func.func @store_indices(%m: memref<?xf32>, %v: vector<16xf32>) {
  // expected-error @+1 {{'vector.store' op requires 1 indices}}
  vector.store %v, %m[] : memref<?xf32>, vector<16xf32>
  return
}

// -----

func.func @store_value(%m: memref<4xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'vector.store' op operand #0 must be vector of any non-token type values, but got 'f32'}}
  "vector.store"(%v, %m, %i) : (f32, memref<4xf32>, index) -> ()
  return
}

// -- vector.transfer_read / vector.transfer_write

// -----

func.func @read_two_types(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{requires two types}}
  %0 = vector.transfer_read %m[%i, %i], %p : memref<?x?xf32>
  return
}

// -----

func.func @read_source_kind(%v: vector<4x3xf32>, %i: index, %p: vector<4x3xf32>) {
  // expected-error @+1 {{requires memref or ranked tensor type}}
  %0 = vector.transfer_read %v[%i, %i], %p : vector<4x3xf32>, vector<1x1x2x3xf32>
  return
}

// -----

func.func @read_vector_kind(%m: memref<4x3xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{requires vector type}}
  %0 = vector.transfer_read %m[%i, %i], %p : memref<4x3xf32>, f32
  return
}

// -----

func.func @read_default_map(%m: memref<?xindex>, %i: index) {
  // expected-error @+1 {{expected a custom permutation_map when rank(source) != rank(destination)}}
  %0 = vector.transfer_read %m[%i], %i : memref<?xindex>, vector<3x4xindex>
  return
}

// -----

func.func @read_mask_rank(%m: memref<1xi32>, %i: index, %p: i32, %k: vector<1x32xi1>) {
  // expected-error @+1 {{expected the same rank for the vector and the results of the permutation map}}
  %0 = vector.transfer_read %m[%i], %p, %k {permutation_map = affine_map<(d0) -> (d0, 0, 0)>} : memref<1xi32>, vector<1x32xi32>
  return
}

// -----

func.func @read_mask_vector_element(%m: memref<?x?xvector<2x3xf32>>, %i: index, %p: vector<2x3xf32>, %k: vector<2x3xi1>) {
  // expected-error @+1 {{does not support masks with vector element type}}
  %0 = vector.transfer_read %m[%i, %i], %p, %k {permutation_map = affine_map<(d0, d1) -> (d0, d1)>} : memref<?x?xvector<2x3xf32>>, vector<1x1x2x3xf32>
  return
}

// -----

func.func @read_mask_type(%m: memref<?x?x?xf32>, %i: index, %p: f32) {
  %c1 = arith.constant 1 : i1
  %mask = vector.broadcast %c1 : i1 to vector<3x8x7xi1>
  // expected-error @+1 {{expects different type than prior uses: 'vector<3x7xi1>' vs 'vector<3x8x7xi1>'}}
  %0 = vector.transfer_read %m[%i, %i, %i], %p, %mask {permutation_map = affine_map<(d0, d1, d2) -> (d0, 0, d2)>} : memref<?x?x?xf32>, vector<3x8x7xf32>
  return
}

// -----

func.func @read_indices(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires 2 indices}}
  %0 = vector.transfer_read %m[%i, %i, %i], %p {permutation_map = affine_map<() -> (0)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @read_masked_attr(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op masked attribute has been removed. Use in_bounds instead.}}
  %0 = vector.transfer_read %m[%i, %i], %p {masked = [true]} : memref<?x?xf32>, vector<4xf32>
  return
}

// -----

func.func @read_source_type(%v: vector<4xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires source to be a memref or ranked tensor type}}
  %0 = "vector.transfer_read"(%v, %i, %p) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 1, 1, 0>, permutation_map = affine_map<(d0) -> (d0)>}> : (vector<4xf32>, index, f32) -> vector<4xf32>
  return
}

// -----

func.func @read_minor_bitwidth(%m: memref<?x?xvector<6xf32>>, %i: index, %p: vector<6xf32>) {
  // expected-error @+1 {{'vector.transfer_read' op requires the bitwidth of the minor 1-D vector to be an integral multiple of the bitwidth of the minor 1-D vector of the source}}
  %0 = vector.transfer_read %m[%i, %i], %p : memref<?x?xvector<6xf32>>, vector<3xf32>
  return
}

// -----

func.func @read_element_bitwidth(%m: memref<?xi32>, %i: index, %p: i32) {
  // expected-error @+1 {{'vector.transfer_read' op requires the bitwidth of the minor 1-D vector to be an integral multiple of the bitwidth of the source element type}}
  %0 = vector.transfer_read %m[%i], %p : memref<?xi32>, vector<3xi8>
  return
}

// -----

func.func @read_element_rank(%m: memref<?x?xvector<4x3xf32>>, %i: index, %p: vector<4x3xf32>) {
  // expected-error @+1 {{'vector.transfer_read' op requires source vector element and vector result ranks to match.}}
  %0 = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (d0, d1)>} : memref<?x?xvector<4x3xf32>>, vector<3xf32>
  return
}

// -----

func.func @read_map_results(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a permutation_map with result dims of the same rank as the vector type}}
  %0 = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (d0, d1)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @read_map_symbols(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires permutation_map without symbols}}
  %0 = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1)[s0] -> (d1)>} : memref<?x?xf32>, vector<4xf32>
  return
}

// -----

func.func @read_map_inputs(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a permutation_map with input dims of the same rank as the source type}}
  %0 = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0) -> (d0)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @read_mask_mismatch(%m: memref<?x?xf32>, %i: index, %p: f32, %k: vector<4xi1>) {
  // expected-error @+1 {{'vector.transfer_read' op inferred mask type ('vector<4x4xi1>') and mask operand type ('vector<4xi1>') don't match}}
  %0 = "vector.transfer_read"(%m, %i, %i, %p, %k) <{in_bounds = [false, false], operandSegmentSizes = array<i32: 1, 2, 1, 1>, permutation_map = affine_map<(d0, d1) -> (d1, d0)>}> : (memref<?x?xf32>, index, index, f32, vector<4xi1>) -> vector<4x4xf32>
  return
}

// -----

func.func @read_in_bounds_size(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op expects the in_bounds attr of same rank as permutation_map results: affine_map<(d0, d1) -> (d1)> vs inBounds of size: 2}}
  %0 = vector.transfer_read %m[%i, %i], %p {in_bounds = [true, true]} : memref<?x?xf32>, vector<4xf32>
  return
}

// -----

func.func @read_in_bounds_kind(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op attribute 'in_bounds' failed to satisfy constraint: 1-bit boolean array attribute}}
  %0 = vector.transfer_read %m[%i, %i], %p {in_bounds = [1]} : memref<?x?xf32>, vector<4xf32>
  return
}

// -----

func.func @read_padding_vector(%m: memref<?x?xvector<4xf32>>, %i: index, %p: vector<4xf64>) {
  // expected-error @+1 {{'vector.transfer_read' op requires source element type and padding type to match.}}
  %0 = "vector.transfer_read"(%m, %i, %i, %p) <{in_bounds = [], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = affine_map<(d0, d1) -> ()>}> : (memref<?x?xvector<4xf32>>, index, index, vector<4xf64>) -> vector<4xf32>
  return
}

// -----

func.func @read_padding(%m: memref<?x?xf32>, %i: index, %p: f64) {
  // expected-error @+1 {{'vector.transfer_read' op requires formal padding and source of the same elemental type}}
  %0 = "vector.transfer_read"(%m, %i, %i, %p) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = affine_map<(d0, d1) -> (d1)>}> : (memref<?x?xf32>, index, index, f64) -> vector<4xf32>
  return
}

// -----

func.func @read_padding_valid(%m: memref<?x?xf32>, %i: index, %p: memref<f32>) {
  // expected-error @+1 {{'vector.transfer_read' op requires valid padding vector elemental type}}
  %0 = "vector.transfer_read"(%m, %i, %i, %p) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = affine_map<(d0, d1) -> (d1)>}> : (memref<?x?xf32>, index, index, memref<f32>) -> vector<4xf32>
  return
}

// -----

func.func @read_projected(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a projected permutation_map (at most one dim or the zero constant can appear in each result)}}
  %0 = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (d0 + d1)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @read_nonzero_constant(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a projected permutation_map (at most one dim or the zero constant can appear in each result)}}
  %0 = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (1)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @read_permutation(%m: memref<?x?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a permutation_map that is a permutation (found one dim used more than once)}}
  %0 = vector.transfer_read %m[%i, %i, %i], %p {permutation_map = affine_map<(d0, d1, d2) -> (d0, d0)>} : memref<?x?x?xf32>, vector<3x7xf32>
  return
}

// -----

func.func @read_no_map(%m: memref<?x?xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires attribute 'permutation_map'}}
  %0 = "vector.transfer_read"(%m, %i, %i, %p) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 2, 1, 0>}> : (memref<?x?xf32>, index, index, f32) -> vector<4xf32>
  return
}

// -----

func.func @read_mask_element(%m: memref<?x?xf32>, %i: index, %p: f32, %k: vector<4xi32>) {
  // expected-error @+1 {{'vector.transfer_read' op operand #4 must be vector of 1-bit signless integer values, but got 'vector<4xi32>'}}
  %0 = "vector.transfer_read"(%m, %i, %i, %p, %k) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 2, 1, 1>, permutation_map = affine_map<(d0, d1) -> (d1)>}> : (memref<?x?xf32>, index, index, f32, vector<4xi32>) -> vector<4xf32>
  return
}

// -----

func.func @write_results(%m: memref<?x?xf32>, %i: index, %v: vector<4xf32>) {
  // expected-error @+1 {{'vector.transfer_write' op expected the number of tensor results (1) to be equal to the number of output tensors (0)}}
  %0 = "vector.transfer_write"(%v, %m, %i, %i) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = affine_map<(d0, d1) -> (d1)>}> : (vector<4xf32>, memref<?x?xf32>, index, index) -> tensor<?x?xf32>
  return
}

// -----

func.func @write_result_type(%t: tensor<?x?xf32>, %i: index, %v: vector<4xf32>) {
  // expected-error @+1 {{'vector.transfer_write' op expected type of operand #1 ('tensor<?x?xf32>') to match type of corresponding result ('tensor<4x?xf32>')}}
  %0 = "vector.transfer_write"(%v, %t, %i, %i) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = affine_map<(d0, d1) -> (d1)>}> : (vector<4xf32>, tensor<?x?xf32>, index, index) -> tensor<4x?xf32>
  return
}

// -----

func.func @write_broadcast(%m: memref<?xf32>, %v: vector<7xf32>, %i: index) {
  // expected-error @+1 {{'vector.transfer_write' op should not have broadcast dimensions}}
  vector.transfer_write %v, %m[%i] {permutation_map = affine_map<(d0) -> (0)>} : vector<7xf32>, memref<?xf32>
  return
}

// -----

func.func @write_indices(%m: memref<?x?xf32>, %v: vector<128xf32>, %i: index) {
  // expected-error @+1 {{'vector.transfer_write' op requires 2 indices}}
  vector.transfer_write %v, %m[%i] {permutation_map = affine_map<() -> (0)>} : vector<128xf32>, memref<?x?xf32>
  return
}

// -----

func.func @write_vector_kind(%m: memref<vector<4x3xf32>>, %i: index) {
  // expected-error @+1 {{requires vector type}}
  vector.transfer_write %m, %m[%i, %i] : memref<vector<4x3xf32>>, vector<4x3xf32>
  return
}

// -----

func.func @write_permutation(%m: memref<?x?x?xf32>, %v: vector<3x7xf32>, %i: index) {
  // expected-error @+1 {{'vector.transfer_write' op requires a permutation_map that is a permutation (found one dim used more than once)}}
  vector.transfer_write %v, %m[%i, %i, %i] {permutation_map = affine_map<(d0, d1, d2) -> (d0, d0)>} : vector<3x7xf32>, memref<?x?x?xf32>
  return
}

// -- vector.reduction

// -----

func.func @reduction_element(%v: vector<16xf32>) {
  // expected-error @+1 {{'vector.reduction' op failed to verify that source operand and result have same element type}}
  %0 = vector.reduction <add>, %v : vector<16xf32> into i32
  return
}

// -----

func.func @reduction_acc(%v: vector<16xf32>, %a: f64) {
  // expected-error @+1 {{'vector.reduction' op failed to verify that dest and acc have the same type}}
  %0 = "vector.reduction"(%v, %a) <{kind = #vector.kind<add>}> : (vector<16xf32>, f64) -> f32
  return
}

// -----

func.func @reduction_rank(%v: vector<4x16xf32>) {
  // expected-error @+1 {{'vector.reduction' op unsupported reduction rank: 2}}
  %0 = vector.reduction <add>, %v : vector<4x16xf32> into f32
  return
}

// -----

func.func @reduction_float_kind(%v: vector<16xf32>) {
  // expected-error @+1 {{'vector.reduction' op unsupported reduction type ''f32'' for kind 'xor'}}
  %0 = vector.reduction <xor>, %v : vector<16xf32> into f32
  return
}

// -----

func.func @reduction_int_kind(%v: vector<16xi32>) {
  // expected-error @+1 {{'vector.reduction' op unsupported reduction type ''i32'' for kind 'maxnumf'}}
  %0 = vector.reduction <maxnumf>, %v : vector<16xi32> into i32
  return
}

// -----

func.func @reduction_source(%a: f32) {
  // expected-error @+1 {{'vector.reduction' op operand #0 must be vector of non-zero-bitwidth type values, but got 'f32'}}
  %0 = "vector.reduction"(%a) <{kind = #vector.kind<add>}> : (f32) -> f32
  return
}

// -----

func.func @reduction_no_kind(%v: vector<4xf32>) {
  // expected-error @+1 {{'vector.reduction' op requires attribute 'kind'}}
  %0 = "vector.reduction"(%v) : (vector<4xf32>) -> f32
  return
}

// -----

func.func @reduction_third_operand(%v: vector<16xf32>, %a: f32) {
  // expected-error @+1 {{expected one of ':', 'fastmath', '{', but got ','}}
  %0 = vector.reduction <add>, %v, %a, %a : vector<16xf32> into f32
  return
}

// -----

func.func @reduction_strict_properties(%v: vector<4xf32>) {
  // expected-error @+1 {{custom op 'vector.reduction' inherent attribute 'fastmath' cannot be parsed from attr-dict when strict properties in assembly format is enabled}}
  %0 = vector.reduction <add>, %v {fastmath = #arith.fastmath<fast>} : vector<4xf32> into f32
  return
}

// -- vector.contract

// -----

#maps = [
  affine_map<(b0, f0, f1, c0, c1) -> (c0, b0, c1, f0)>,
  affine_map<(b0, f0, f1, c0, c1) -> (b0, c1, c0, f1)>,
  affine_map<(b0, f0, f1, c0, c1) -> (b0, f0, f1)>,
  affine_map<(b0, f0, f1, c0, c1) -> (b0, f0, f1)>
]
func.func @contract_map_count(%a: vector<7x8x16x15xf32>, %b: vector<8x16x7x5xf32>, %c: vector<8x15x5xf32>) {
  // expected-error @+1 {{'vector.contract' op expected an indexing map for each vector operand}}
  %0 = vector.contract {indexing_maps = #maps, iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} %a, %b, %c
      : vector<7x8x16x15xf32>, vector<8x16x7x5xf32> into vector<8x15x5xf32>
  return
}

// -----

func.func @contract_not_projected(%a: vector<7x8x16x15xf32>, %b: vector<8x16x7x5xf32>, %c: vector<8x15x5xf32>) {
  // expected-error @+1 {{'vector.contract' op expected indexing map 0 to be a projected permutation of its inputs}}
  %0 = vector.contract {indexing_maps = [affine_map<(b0, f0, f1, c0, c1) -> (c0, c0, c1, f0)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, c1, c0, f1)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, f0, f1)>],
                        iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} %a, %b, %c
      : vector<7x8x16x15xf32>, vector<8x16x7x5xf32> into vector<8x15x5xf32>
  return
}

// -----

func.func @contract_symbols(%a: vector<7x8x16x15xf32>, %b: vector<8x16x7x5xf32>, %c: vector<8x15x5xf32>) {
  // expected-error @+1 {{'vector.contract' op expected indexing map 1 to have no symbols}}
  %0 = vector.contract {indexing_maps = [affine_map<(b0, f0, f1, c0, c1) -> (c0, b0, c1, f0)>, affine_map<(b0, f0, f1, c0, c1)[s0] -> (b0, s0, c0, f1)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, f0, f1)>],
                        iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} %a, %b, %c
      : vector<7x8x16x15xf32>, vector<8x16x7x5xf32> into vector<8x15x5xf32>
  return
}

// -----

func.func @contract_inputs(%a: vector<7x8x16x15xf32>, %b: vector<8x16x7x5xf32>, %c: vector<8x15x5xf32>) {
  // expected-error @+1 {{'vector.contract' op expected indexing map 2 to have 5 number of inputs}}
  %0 = vector.contract {indexing_maps = [affine_map<(b0, f0, f1, c0, c1) -> (c0, b0, c1, f0)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, c1, c0, f1)>, affine_map<(b0, f0, f1, c1) -> (b0, f0, f1)>],
                        iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} %a, %b, %c
      : vector<7x8x16x15xf32>, vector<8x16x7x5xf32> into vector<8x15x5xf32>
  return
}

// -----

func.func @contract_outputs(%a: vector<7x8x16x15xf32>, %b: vector<8x16x7x5xf32>, %c: vector<8x15x5xf32>) {
  // expected-error @+1 {{'vector.contract' op expected indexing map 1 to have 4 number of outputs}}
  %0 = vector.contract {indexing_maps = [affine_map<(b0, f0, f1, c0, c1) -> (c0, b0, c1, f0)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, c1, f1)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, f0, f1)>],
                        iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} %a, %b, %c
      : vector<7x8x16x15xf32>, vector<8x16x7x5xf32> into vector<8x15x5xf32>
  return
}

// -----

func.func @contract_no_contracting(%a: vector<7x8x16x15xf32>, %b: vector<8x16x7x5xf32>, %c: vector<8x15x5xf32>) {
  // expected-error @+1 {{'vector.contract' op expected at least one contracting dimension pair}}
  %0 = vector.contract {indexing_maps = [affine_map<(b0, f0, f1, b1, b2) -> (b1, b0, b2, f0)>, affine_map<(b0, f0, f1, b1, b2) -> (b0, b2, b1, f1)>, affine_map<(b0, f0, f1, b1, b2) -> (b0, f0, f1)>],
                        iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} %a, %b, %c
      : vector<7x8x16x15xf32>, vector<8x16x7x5xf32> into vector<8x15x5xf32>
  return
}

// -----

func.func @contract_contracting_dims(%a: vector<7x8x16x15xf32>, %b: vector<8x16x7x5xf32>, %c: vector<8x15x5xf32>) {
  // expected-error @+1 {{'vector.contract' op invalid contracting dimension map}}
  %0 = vector.contract {indexing_maps = [affine_map<(b0, f0, f1, c0, c1) -> (c1, b0, c0, f0)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, c1, c0, f1)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, f0, f1)>],
                        iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} %a, %b, %c
      : vector<7x8x16x15xf32>, vector<8x16x7x5xf32> into vector<8x15x5xf32>
  return
}

// -----

func.func @contract_batch_dims(%a: vector<7x8x16x15xf32>, %b: vector<8x16x7x5xf32>, %c: vector<8x15x5xf32>) {
  // expected-error @+1 {{'vector.contract' op invalid batch dimension map}}
  %0 = vector.contract {indexing_maps = [affine_map<(b0, f0, f1, c0, c1) -> (c0, b0, c1, f0)>, affine_map<(b0, f0, f1, c0, c1) -> (f1, c1, c0, b0)>, affine_map<(b0, f0, f1, c0, c1) -> (b0, f0, f1)>],
                        iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} %a, %b, %c
      : vector<7x8x16x15xf32>, vector<8x16x7x5xf32> into vector<8x15x5xf32>
  return
}

// -----

func.func @contract_acc_shape(%a: vector<2x1xf32>, %b: vector<1x3xf32>, %c: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.contract' op invalid accumulator/result vector shape, expected: 'vector<3x2xf32>'}}
  %0 = vector.contract {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (n, m)>],
                        iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c
      : vector<2x1xf32>, vector<1x3xf32> into vector<2x3xf32>
  return
}

// -----

func.func @contract_scalar_acc(%a: vector<3xf32>, %b: vector<3xf32>, %c: vector<3xf32>) {
  // expected-error @+1 {{'vector.contract' op invalid accumulator/result vector shape}}
  %0 = vector.contract {indexing_maps = [affine_map<(k) -> (k)>, affine_map<(k) -> (k)>, affine_map<(k) -> (k)>],
                        iterator_types = ["reduction"]} %a, %b, %c
      : vector<3xf32>, vector<3xf32> into vector<3xf32>
  return
}

// -----

func.func @contract_unused_dim(%a: vector<1x2xi32>, %b: vector<2xi32>, %c: vector<1xi32>) {
  // expected-error @+1 {{'vector.contract' op expected all dimensions to be either a LHS or a RHS dimension}}
  %0 = vector.contract {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2)>, affine_map<(d0, d1, d2) -> (d1)>],
                        iterator_types = ["reduction", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c
      : vector<1x2xi32>, vector<2xi32> into vector<1xi32>
  return
}

// -----

func.func @contract_kind(%a: vector<4x3xi32>, %b: vector<3x7xi32>, %c: vector<4x7xi32>) {
  // expected-error @+1 {{'vector.contract' op unsupported contraction type}}
  %0 = vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                        iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxnumf>} %a, %b, %c
      : vector<4x3xi32>, vector<3x7xi32> into vector<4x7xi32>
  return
}

// -----

func.func @contract_non_invertible(%a: vector<4x3xf32>, %b: vector<3x4xf32>, %c: f32) {
  // expected-error @+1 {{'vector.contract' op invalid indexing maps are non-invertible: ((d0, d1, d2) -> (d0, d2, d2, d0))}}
  %0 = vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, i)>, affine_map<(i, j, k) -> ()>],
                        iterator_types = ["reduction", "parallel", "reduction"]} %a, %b, %c
      : vector<4x3xf32>, vector<3x4xf32> into f32
  return
}

// -----

func.func @contract_signless(%a: vector<16x32xsi8>, %b: vector<32x16xsi8>, %c: vector<16x16xsi32>) {
  // expected-error @+1 {{'vector.contract' op only supports signless integer types}}
  %0 = vector.contract {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
                        iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c
      : vector<16x32xsi8>, vector<32x16xsi8> into vector<16x16xsi32>
  return
}

// -----

func.func @contract_operand_elements(%a: vector<4x3xf32>, %b: vector<3x7xf64>, %c: vector<4x7xf32>) {
  // expected-error @+1 {{'vector.contract' op failed to verify that lhs and rhs have same element type}}
  %0 = vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                        iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c
      : vector<4x3xf32>, vector<3x7xf64> into vector<4x7xf32>
  return
}

// -----

func.func @contract_acc_element(%a: vector<4x3xf32>, %b: vector<3x7xf32>, %c: vector<4x7xf32>) {
  // expected-error @+1 {{'vector.contract' op failed to verify that third operand acc and result have same element type}}
  %0 = "vector.contract"(%a, %b, %c) <{indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = [#vector.iterator_type<parallel>, #vector.iterator_type<parallel>, #vector.iterator_type<reduction>]}> : (vector<4x3xf32>, vector<3x7xf32>, vector<4x7xf32>) -> vector<4x7xf64>
  return
}

// -----

func.func @contract_lhs(%a: f32, %b: vector<3x7xf32>, %c: vector<4x7xf32>) {
  // expected-error @+1 {{'vector.contract' op operand #0 must be vector of non-zero-bitwidth type values, but got 'f32'}}
  %0 = "vector.contract"(%a, %b, %c) <{indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = [#vector.iterator_type<parallel>, #vector.iterator_type<parallel>, #vector.iterator_type<reduction>]}> : (f32, vector<3x7xf32>, vector<4x7xf32>) -> vector<4x7xf32>
  return
}

// -----

func.func @contract_iterator_kind(%a: vector<4x3xf32>, %b: vector<3x7xf32>, %c: vector<4x7xf32>) {
  // expected-error @+1 {{'vector.contract' op attribute 'iterator_types' failed to satisfy constraint: Iterator type should be an enum.}}
  %0 = "vector.contract"(%a, %b, %c) <{indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"]}> : (vector<4x3xf32>, vector<3x7xf32>, vector<4x7xf32>) -> vector<4x7xf32>
  return
}

// -----

func.func @contract_no_maps(%a: vector<4x3xf32>, %b: vector<3x7xf32>, %c: vector<4x7xf32>) {
  // expected-error @+1 {{'vector.contract' op requires attribute 'indexing_maps'}}
  %0 = vector.contract {iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
  return
}

// -----

func.func @contract_no_iterators(%a: vector<1x2xi32>, %b: vector<2xi32>, %c: vector<1xi32>) {
  // expected-error @+1 {{'vector.contract' expected "iterator_types" array attribute}}
  %0 = vector.contract {} %a, %b, %c : vector<1x2xi32>, vector<2xi32> into vector<1xi32>
  return
}

// -----

func.func @contract_unknown_iterator(%a: vector<4x3xf32>, %b: vector<3x7xf32>, %c: vector<4x7xf32>) {
  // expected-error @+1 {{unexpected iterator_type (foo)}}
  %0 = vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "foo"]} %a, %b, %c : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
  return
}

// -----

func.func @contract_one_mask(%a: vector<4x3xf32>, %b: vector<3x7xf32>, %c: vector<4x7xf32>, %m: vector<4x3xi1>) {
  // expected-error @+1 {{expected zero or exactly 2 vector mask operands}}
  %0 = vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c, %m : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
  return
}

// -----

func.func @contract_masks(%a: vector<4x3xf32>, %b: vector<3x7xf32>, %c: vector<4x7xf32>, %m: vector<4x3xi1>, %n: vector<3x7xi1>) {
  // expected-error @+1 {{'vector.contract' op expected 3 operands, but found 5}}
  %0 = vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c, %m, %n : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
  return
}
