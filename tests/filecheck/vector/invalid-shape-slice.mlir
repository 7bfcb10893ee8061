// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier errors of vector.shape_cast, from_elements, transpose, step,
// extract_strided_slice, insert_strided_slice and to_elements (messages as MLIR's).

func.func @case1(%a: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.shape_cast' op has different number of elements at source (6) and result (5)}}
  %0 = vector.shape_cast %a : vector<2x3xf32> to vector<5xf32>
  return
}

// -----

func.func @case2(%a: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.shape_cast' op source element type ('f32') does not match result element type ('i32')}}
  %0 = vector.shape_cast %a : vector<2x3xf32> to vector<6xi32>
  return
}

// -----

func.func @case3(%a: vector<2x[3]xf32>) {
  // expected-error @+1 {{'vector.shape_cast' op has different number of scalable dims at source (1) and result (0)}}
  %0 = vector.shape_cast %a : vector<2x[3]xf32> to vector<6xf32>
  return
}

// -----

func.func @case4(%a: f32) {
  // expected-error @+1 {{custom op 'vector.from_elements' number of operands and types do not match: got 1 operands and 2 types}}
  %0 = vector.from_elements %a : vector<2xf32>
  return
}

// -----

func.func @case5(%a: f32) {
  // expected-error @+1 {{custom op 'vector.from_elements' 'dest' must be fixed-length vector of any non-token type values, but got 'vector<[2]xf32>'}}
  %0 = vector.from_elements %a, %a : vector<[2]xf32>
  return
}

// -----

func.func @case6(%a: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.transpose' op transposition length mismatch: 1}}
  %0 = vector.transpose %a, [1] : vector<2x3xf32> to vector<3x2xf32>
  return
}

// -----

func.func @case7(%a: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.transpose' op duplicate position index: 1}}
  %0 = vector.transpose %a, [1, 1] : vector<2x3xf32> to vector<3x2xf32>
  return
}

// -----

func.func @case8(%a: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.transpose' op transposition index out of range: 2}}
  %0 = vector.transpose %a, [1, 2] : vector<2x3xf32> to vector<3x2xf32>
  return
}

// -----

func.func @case9(%a: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.transpose' op dimension size mismatch at: 1}}
  %0 = vector.transpose %a, [1, 0] : vector<2x3xf32> to vector<2x3xf32>
  return
}

// -----

func.func @case10(%a: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.transpose' op failed to verify that operand and result have same element type}}
  %0 = vector.transpose %a, [1, 0] : vector<2x3xf32> to vector<3x2xi32>
  return
}

// -----

func.func @case11(%a: vector<2x3xf32>) {
  // expected-error @+1 {{'vector.transpose' op vector result rank mismatch: 3}}
  %0 = vector.transpose %a, [1, 0] : vector<2x3xf32> to vector<3x2x1xf32>
  return
}

// -----

func.func @case12() {
  // expected-error @+1 {{'vector.step' op result #0 must be vector of index or signless integer of at least 8 bits values of ranks 1, but got 'vector<2x4xindex>'}}
  %0 = vector.step : vector<2x4xindex>
  return
}

// -----

func.func @case13(%a: f32) {
  // expected-error @+1 {{'vector.from_elements' op failed to verify that shaped type 'dest' matches 'elements' element count and types}}
  %0 = "vector.from_elements"(%a) : (f32) -> vector<2xf32>
  return
}

// -----

func.func @case14(%a: f32) {
  // expected-error @+1 {{'vector.from_elements' op failed to verify that shaped type 'dest' matches 'elements' element count and types}}
  %0 = "vector.from_elements"(%a, %a) : (f32, f32) -> vector<2xi32>
  return
}

// -----

func.func @case15(%a: f32) {
  // expected-error @+1 {{'vector.from_elements' op result #0 must be fixed-length vector of any non-token type values, but got 'vector<[2]xf32>'}}
  %0 = "vector.from_elements"(%a, %a) : (f32, f32) -> vector<[2]xf32>
  return
}

// -----

func.func @case16(%a: vector<2xf32>) {
  // expected-error @+1 {{'vector.from_elements' op failed to verify that shaped type 'dest' matches 'elements' element count and types}}
  %0 = "vector.from_elements"(%a) : (vector<2xf32>) -> vector<1xf32>
  return
}

// -----

func.func @case17(%a: vector<2xf32>) {
  // expected-error @+1 {{'vector.shape_cast' op source element type ('f32') does not match result element type ('i32')}}
  %0 = "vector.shape_cast"(%a) : (vector<2xf32>) -> vector<1x2xi32>
  return
}

// -----

func.func @case18(%a: vector<2xf32>) {
  // expected-error @+1 {{'vector.transpose' op failed to verify that operand and result have same element type}}
  %0 = "vector.transpose"(%a) <{permutation = array<i64: 0>}> : (vector<2xf32>) -> vector<2x1xi32>
  return
}

// -----

func.func @case19(%a: vector<2xf32>) {
  // expected-error @+1 {{'vector.transpose' op requires attribute 'permutation'}}
  %0 = "vector.transpose"(%a) : (vector<2xf32>) -> vector<2xf32>
  return
}

// -----

func.func @case20(%a: vector<2xf32>) {
  // expected-error @+1 {{'vector.transpose' op transposition index out of range: -1}}
  %0 = "vector.transpose"(%a) <{permutation = array<i64: -1>}> : (vector<2xf32>) -> vector<2xf32>
  return
}

// -----

func.func @case21() {
  // expected-error @+1 {{'vector.step' op result #0 must be vector of index or signless integer of at least 8 bits values of ranks 1, but got 'vector<4xi4>'}}
  %0 = "vector.step"() : () -> vector<4xi4>
  return
}

// -----

func.func @case22() {
  // expected-error @+1 {{'vector.step' op result #0 must be vector of index or signless integer of at least 8 bits values of ranks 1, but got 'vector<4xf32>'}}
  %0 = "vector.step"() : () -> vector<4xf32>
  return
}

// -----

func.func @case23() {
  // expected-error @+1 {{'vector.step' op result #0 must be vector of index or signless integer of at least 8 bits values of ranks 1, but got 'vector<4xui8>'}}
  %0 = "vector.step"() : () -> vector<4xui8>
  return
}

// -----

func.func @case24(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected offsets, sizes and strides attributes of same size}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2, 1], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case25(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected offsets, sizes and strides attributes of same size}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case26(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected offsets, sizes and strides attributes of same size}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 4], strides = [1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case27(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected sum(offsets, sizes) dimension 1 to be confined to [1, 9)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 5], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case28(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected offsets dimension 1 to be confined to [0, 8)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 9], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case29(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected offsets dimension 1 to be confined to [0, 8)}}
  %2 = vector.extract_strided_slice %b offsets = [0, -1], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case30(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected sizes dimension 1 to be confined to [1, 9)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 0], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case31(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected sizes dimension 1 to be confined to [1, 9)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 9], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case32(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected strides to be confined to [1, 2)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 4], strides = [1, 2] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case33(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected result type to be 'vector<2x4xf32>'}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x3xf32>
  return
}

// -----

func.func @case34(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op failed to verify that operand and result have same element type}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xi32>
  return
}

// -----

func.func @case35(%b: vector<4x[8]xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected size at idx=1 to match the corresponding base size from the input vector (4 vs 8)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 4], strides = [1, 1] : vector<4x[8]xf32> to vector<2x[4]xf32>
  return
}

// -----

func.func @case36(%b: vector<[4]x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected size at idx=0 to match the corresponding base size from the input vector (2 vs 4)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 0], sizes = [2, 8], strides = [1, 1] : vector<[4]x8xf32> to vector<[2]x8xf32>
  return
}

// -----

func.func @case37(%b: vector<[4]x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected result type to be 'vector<[2]x8xf32>'}}
  %2 = vector.extract_strided_slice %b offsets = [0, 0], sizes = [2, 8], strides = [1, 1] : vector<[4]x8xf32> to vector<2x8xf32>
  return
}

// -----

func.func @case38(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected result type to be 'vector<2x4xf32>'}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4x1xf32>
  return
}

// -----

func.func @case39(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op attribute 'offsets' failed to satisfy constraint: 64-bit integer array attribute}}
  %2 = "vector.extract_strided_slice"(%b) <{offsets = [0 : i32], sizes = [2], strides = [1]}> : (vector<4x8xf32>) -> vector<2x8xf32>
  return
}

// -----

func.func @case40(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected offsets attribute of rank no greater than vector rank}}
  %2 = vector.extract_strided_slice %b offsets = [0, 0, 0], sizes = [1, 1, 1], strides = [1, 1, 1] : vector<4x8xf32> to vector<1x1xf32>
  return
}

// -----

func.func @case41(%a: vector<2x4xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected offsets of same size as destination vector rank}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 2, 0], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case42(%a: vector<2x4xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected strides of same size as source vector rank}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 2], strides = [1] : vector<2x4xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case43(%a: vector<2x4xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected sum(offsets, source vector shape) dimension 1 to be confined to [1, 9)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 5], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case44(%a: vector<2x4xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected offsets dimension 1 to be confined to [0, 8)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 8], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case45(%a: vector<2x4xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected strides to be confined to [1, 2)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 2], strides = [1, 2] : vector<2x4xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case46(%a: vector<4xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected offsets of same size as destination vector rank}}
  %3 = vector.insert_strided_slice %a, %b offsets = [1], strides = [1] : vector<4xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case47(%a: vector<4x4x4xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected offsets of same size as destination vector rank}}
  %3 = vector.insert_strided_slice %a, %b offsets = [1, 1, 1], strides = [1, 1, 1] : vector<4x4x4xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case48(%a: vector<2x4xi32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op failed to verify that operand #0 and result have same element type}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 2], strides = [1, 1] : vector<2x4xi32> into vector<4x8xf32>
  return
}

// -----

func.func @case49(%a: vector<2x[4]xf32>, %b: vector<4x[8]xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected size at idx=1 to match the corresponding base size from the input vector (4 vs 8)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 0], strides = [1, 1] : vector<2x[4]xf32> into vector<4x[8]xf32>
  return
}

// -----

func.func @case50(%a: vector<2x8xf32>, %b: vector<4x[8]xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op mismatching scalable flags (at source vector idx=1)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 0], strides = [1, 1] : vector<2x8xf32> into vector<4x[8]xf32>
  return
}

// -----

func.func @case51(%a: vector<2x[8]xf32>, %b: vector<4x[8]xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected sum(offsets, source vector shape) dimension 1 to be confined to [1, 9)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 1], strides = [1, 1] : vector<2x[8]xf32> into vector<4x[8]xf32>
  return
}

// -----

func.func @case52(%a: vector<2x8xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected sum(offsets, source vector shape) dimension 0 to be confined to [1, 5)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [3, 0], strides = [1, 1] : vector<2x8xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case53(%a: vector<2x8xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op failed to verify that all of {dest, result} have same type}}
  %3 = "vector.insert_strided_slice"(%a, %b) <{offsets = [0, 0], strides = [1, 1]}> : (vector<2x8xf32>, vector<4x8xf32>) -> vector<4x9xf32>
  return
}

// -----

func.func @case54(%a: vector<f32>, %b: vector<f32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op operand #0 must be vector of any non-token type values, but got 'vector<f32>'}}
  %3 = vector.insert_strided_slice %a, %b offsets = [], strides = [] : vector<f32> into vector<f32>
  return
}

// -----

func.func @case55(%b: vector<f32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op operand #0 must be vector of any non-token type values, but got 'vector<f32>'}}
  %2 = vector.extract_strided_slice %b offsets = [], sizes = [], strides = [] : vector<f32> to vector<f32>
  return
}

// -----

func.func @case56(%a: vector<2x2x4xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected source rank to be no greater than destination rank}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 2], strides = [1, 1, 1] : vector<2x2x4xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case57(%a: vector<2x[8]xf32>, %b: vector<4x[8]xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected offsets dimension 0 to be confined to [0, 4)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [5, 0], strides = [1, 1] : vector<2x[8]xf32> into vector<4x[8]xf32>
  return
}

// -----

func.func @case58(%a: vector<2x8xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected offsets dimension 0 to be confined to [0, 4)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [-1, 0], strides = [1, 1] : vector<2x8xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case59(%a: vector<2x8xf32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected strides to be confined to [1, 2)}}
  %3 = vector.insert_strided_slice %a, %b offsets = [0, 0], strides = [0, 1] : vector<2x8xf32> into vector<4x8xf32>
  return
}

// -----

func.func @case60(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected strides to be confined to [1, 2)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [2, 4], strides = [0, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case61(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected sizes dimension 0 to be confined to [1, 5)}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2], sizes = [5, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case62(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op expected offsets, sizes and strides attributes of same size}}
  %2 = vector.extract_strided_slice %b offsets = [0, 2, 3], sizes = [5, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return
}

// -----

func.func @case63(%b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract_strided_slice' op failed to verify that operand and result have same element type}}
  %2 = "vector.extract_strided_slice"(%b) <{offsets = [0, 2], sizes = [2, 4], strides = [1, 1]}> : (vector<4x8xf32>) -> vector<2x4xi32>
  return
}

// -----

func.func @case64(%a: vector<2x8xi32>, %b: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op failed to verify that operand #0 and result have same element type}}
  %3 = "vector.insert_strided_slice"(%a, %b) <{offsets = [0, 0], strides = [1, 1]}> : (vector<2x8xi32>, vector<4x8xf32>) -> vector<4x9xf32>
  return
}

// -----

func.func @to_elements_count(%v: vector<2x2xf32>) {
  // expected-error @+1 {{operation defines 4 results but was provided 3 to bind}}
  %0:3 = vector.to_elements %v : vector<2x2xf32>
  return
}

// -----

func.func @to_elements_types(%v: vector<2xf32>) {
  // expected-error @+1 {{'vector.to_elements' op failed to verify that shaped type 'source' matches 'elements' element count and types}}
  %0:2 = "vector.to_elements"(%v) : (vector<2xf32>) -> (f32, i32)
  return
}

// -----

func.func @to_elements_generic_count(%v: vector<2xf32>) {
  // expected-error @+1 {{'vector.to_elements' op failed to verify that shaped type 'source' matches 'elements' element count and types}}
  %0:3 = "vector.to_elements"(%v) : (vector<2xf32>) -> (f32, f32, f32)
  return
}

// -----

func.func @to_elements_scalar(%v: f32) {
  // expected-error @+1 {{'vector.to_elements' op operand #0 must be vector of any non-token type values, but got 'f32'}}
  %0 = "vector.to_elements"(%v) : (f32) -> (f32)
  return
}
