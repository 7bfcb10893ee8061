// RUN: pyir-opt --split-input-file --verify-diagnostics %s

// One case per verifier rule of the math ops; the messages are MLIR's. (MLIR rejects a
// wrongly typed property written in `<{...}>` while converting it, with "invalid
// properties ..."; pyir reports the attribute constraint instead.)

func.func @float_operand(%a: i32) {
  // expected-error @+1 {{'math.sin' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = math.sin %a : i32
  return
}

// -----

func.func @int_operand(%x: f32) {
  // expected-error @+1 {{'math.absi' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = math.absi %x : f32
  return
}

// -----

func.func @same_type(%x: f32) {
  // expected-error @+1 {{'math.clampf' op requires the same type for all operands and results}}
  %0 = "math.clampf"(%x, %x, %x) : (f32, f32, f32) -> f64
  return
}

// -----

func.func @ipowi_same_type(%a: i32) {
  // expected-error @+1 {{'math.ipowi' op requires the same type for all operands and results}}
  %0 = "math.ipowi"(%a, %a) : (i32, i32) -> i64
  return
}

// -----

func.func @sincos_types(%x: f32) {
  // expected-error @+1 {{'math.sincos' op requires the same type for all operands and results}}
  %0:2 = "math.sincos"(%x) : (f32) -> (f32, f64)
  return
}

// -----

func.func @elementwise(%v: vector<4xf32>) {
  // expected-error @+1 {{'math.exp' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "math.exp"(%v) : (vector<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @classify_bool(%x: f32) {
  // expected-error @+1 {{'math.isnan' op result #0 must be bool-like, but got 'f32'}}
  %0 = "math.isnan"(%x) : (f32) -> f32
  return
}

// -----

func.func @classify_shape(%x: f32) {
  // expected-error @+1 {{'math.isinf' op failed to verify that result type has i1 element type and same shape as operands}}
  %0 = "math.isinf"(%x) : (f32) -> vector<4xi1>
  return
}

// -----

func.func @fpowi_exponent(%x: f32) {
  // expected-error @+1 {{'math.fpowi' op operand #1 must be signless-integer-like, but got 'f32'}}
  %0 = "math.fpowi"(%x, %x) : (f32, f32) -> f32
  return
}

// -----

func.func @fpowi_result(%x: f32, %n: i32) {
  // expected-error @+1 {{'math.fpowi' op failed to verify that all of {lhs, result} have same type}}
  %0 = "math.fpowi"(%x, %n) : (f32, i32) -> f64
  return
}

// -----

func.func @fpowi_shape(%v: vector<4xf32>, %n: i32) {
  // expected-error @+1 {{'math.fpowi' op requires the same shape for all operands and results}}
  %0 = "math.fpowi"(%v, %n) : (vector<4xf32>, i32) -> vector<4xf32>
  return
}

// -----

func.func @fastmath_attr(%x: f32) {
  // expected-error @+1 {{'math.sqrt' op attribute 'fastmath' failed to satisfy constraint}}
  %0 = "math.sqrt"(%x) <{fastmath = unit}> : (f32) -> f32
  return
}

// -----

func.func @clampf_syntax(%x: f32) {
  // expected-error @+1 {{expected}}
  %0 = math.clampf %x to (%x, %x) : f32
  return
}
