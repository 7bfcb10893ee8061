// RUN: pyir-opt %s --split-input-file --verify-diagnostics

func.func @esm_element_type(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.extract_strided_metadata' op inferred type(s) 'memref<f32>', 'index', 'index', 'index', 'index', 'index' are incompatible with return type(s) of operation 'memref<f64>', 'index', 'index', 'index', 'index', 'index'}}
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f64>, index, index, index, index, index
  return
}

// -----

func.func @esm_count(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.extract_strided_metadata' op inferred type(s) 'memref<f32>', 'index', 'index', 'index', 'index', 'index' are incompatible with return type(s) of operation 'memref<f32>', 'index', 'index', 'index'}}
  %b, %o, %sz, %st = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index
  return
}

// -----

func.func @msc_element_type(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.memory_space_cast' op operand type 'memref<4x8xf32>' and result type 'memref<4x8xf64, 1>' are cast incompatible}}
  %c = memref.memory_space_cast %m : memref<4x8xf32> to memref<4x8xf64, 1>
  return
}

// -----

func.func @msc_unranked(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.memory_space_cast' op operand type 'memref<4x8xf32>' and result type 'memref<*xf32, 1>' are cast incompatible}}
  %c = memref.memory_space_cast %m : memref<4x8xf32> to memref<*xf32, 1>
  return
}

// -----

func.func @msc_shape(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.memory_space_cast' op operand type 'memref<4x8xf32>' and result type 'memref<4x?xf32, 1>' are cast incompatible}}
  %c = memref.memory_space_cast %m : memref<4x8xf32> to memref<4x?xf32, 1>
  return
}

// -----

func.func @align_not_power_of_two(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.assume_alignment' op alignment must be power of 2}}
  %c = memref.assume_alignment %m, 3 : memref<4x8xf32>
  return
}

// -----

func.func @align_zero(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.assume_alignment' op attribute 'alignment' failed to satisfy constraint: 32-bit signless integer attribute whose value is positive}}
  %c = memref.assume_alignment %m, 0 : memref<4x8xf32>
  return
}

// -----

func.func @align_unranked(%m: memref<*xf32>) {
  // expected-error @+1 {{custom op 'memref.assume_alignment' invalid kind of type specified: expected builtin.memref, but found 'memref<*xf32>'}}
  %c = memref.assume_alignment %m, 4 : memref<*xf32>
  return
}

// -----

func.func @transpose_not_permutation(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.transpose' op expected a permutation map}}
  %t = memref.transpose %m (i, j) -> (i, i) : memref<4x8xf32> to memref<4x4xf32>
  return
}

// -----

func.func @transpose_rank(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.transpose' op expected a permutation map of same rank as the input}}
  %t = memref.transpose %m (i) -> (i) : memref<4x8xf32> to memref<4x8xf32>
  return
}

// -----

func.func @transpose_layout(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.transpose' op result type 'memref<8x4xf32>' is not equivalent to the canonical transposed input type 'memref<8x4xf32, affine_map<(d0, d1) -> (d0 + d1 * 8)>>'}}
  %t = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf32>
  return
}

// -----

func.func @transpose_element_type(%m: memref<4x8xf32>) {
  // expected-error @+1 {{'memref.transpose' op result type 'memref<8x4xf64, strided<[1, 8]>>' is not equivalent to the canonical transposed input type 'memref<8x4xf32, affine_map<(d0, d1) -> (d0 + d1 * 8)>>'}}
  %t = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf64, strided<[1, 8]>>
  return
}

// -----

func.func @reshape_dynamic_length(%m: memref<4xf32>, %s: memref<?xindex>) {
  // expected-error @+1 {{'memref.reshape' op cannot use shape operand with dynamic length to reshape to statically-ranked memref type}}
  %r = memref.reshape %m(%s) : (memref<4xf32>, memref<?xindex>) -> memref<?x?xf32>
  return
}

// -----

func.func @reshape_element_type(%m: memref<4xf32>, %s: memref<2xindex>) {
  // expected-error @+1 {{'memref.reshape' op element types of source and destination memref types should be the same}}
  %r = memref.reshape %m(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf64>
  return
}

// -----

func.func @reshape_rank(%m: memref<4xf32>, %s: memref<2xindex>) {
  // expected-error @+1 {{'memref.reshape' op length of shape operand differs from the result's memref rank}}
  %r = memref.reshape %m(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?xf32>
  return
}

// -----

func.func @reshape_source_layout(%m: memref<4xf32, strided<[2]>>, %s: memref<2xindex>) {
  // expected-error @+1 {{'memref.reshape' op source memref type should have identity affine map}}
  %r = memref.reshape %m(%s) : (memref<4xf32, strided<[2]>>, memref<2xindex>) -> memref<?x?xf32>
  return
}

// -----

func.func @reshape_result_layout(%m: memref<4xf32>, %s: memref<2xindex>) {
  // expected-error @+1 {{'memref.reshape' op result memref type should have identity affine map}}
  %r = memref.reshape %m(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32, strided<[?, 1]>>
  return
}

// -----

func.func @distinct_types(%a: memref<4xf32>) {
  // expected-error @+1 {{'memref.distinct_objects' op operand types and result types must match}}
  %0 = "memref.distinct_objects"(%a) : (memref<4xf32>) -> memref<8xf32>
  return
}

// -----

func.func @distinct_empty() {
  // expected-error @+1 {{'memref.distinct_objects' op expected at least one operand}}
  "memref.distinct_objects"() : () -> ()
  return
}

// -----

func.func @distinct_unranked(%a: memref<*xf32>) {
  // expected-error @+1 {{'memref.distinct_objects' op operand #0 must be variadic of memref of any non-token type values, but got 'memref<*xf32>'}}
  %0 = memref.distinct_objects %a : memref<*xf32>
  return
}
