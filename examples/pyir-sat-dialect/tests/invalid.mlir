// One case per rule the sat ops check, each with the error it must produce.
// RUN: pyir-opt %s --split-input-file --verify-diagnostics

func.func @add_of_floats(%x: f32) {
  // expected-error @+1 {{'sat.add' op operand #0 must be signless integer, but got 'f32'}}
  %r = "sat.add"(%x, %x) : (f32, f32) -> f32
  return
}

// -----

func.func @trunc_to_wider(%x: i8) {
  // expected-error @+1 {{'sat.trunc' op result type i16 must be narrower than operand type i8}}
  %r = sat.trunc %x : i8 to i16
  return
}

// -----

func.func @clamp_bounds_reversed(%x: i32) {
  // expected-error @+1 {{'sat.clamp' op lower bound 5 is greater than upper bound -5}}
  %r = sat.clamp %x to [5, -5] : i32
  return
}

// -----

func.func @clamp_bounds_too_wide(%x: i8) {
  // expected-error @+1 {{'sat.clamp' op bounds [0, 300] do not fit in i8}}
  %r = sat.clamp %x to [0, 300] : i8
  return
}

// -----

func.func @clamp_bound_beyond_i64(%x: i8) {
  // expected-error @+1 {{bound 9223372036854775808 does not fit in a signed 64-bit integer}}
  %r = sat.clamp %x to [0, 9223372036854775808] : i8
  return
}

// -----

func.func @clamp_without_bounds(%x: i8) {
  // expected-error @+1 {{'sat.clamp' op requires attribute 'lo'}}
  %r = "sat.clamp"(%x) : (i8) -> i8
  return
}
