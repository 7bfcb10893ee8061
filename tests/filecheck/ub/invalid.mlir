// RUN: pyir-opt --split-input-file --verify-diagnostics %s

// One case per verifier rule of the ub ops. (MLIR rejects a non-poison `value` written in
// `<{...}>` while converting properties, with "invalid properties ..."; pyir reports the
// attribute constraint instead.)

func.func @two_results() {
  // expected-error @+1 {{'ub.poison' op requires one result}}
  "ub.poison"() <{value = #ub.poison}> : () -> (i32, i32)
  return
}

// -----

func.func @not_poison() {
  // expected-error @+1 {{'ub.poison' op attribute 'value' failed to satisfy constraint: poison attribute}}
  %0 = "ub.poison"() <{value = 1 : i32}> : () -> i32
  return
}

// -----

func.func @not_poison_custom() {
  // expected-error @+1 {{'ub.poison' op attribute 'value' failed to satisfy constraint: poison attribute}}
  %0 = ub.poison <1 : i32> : i32
  return
}

// -----

func.func @no_type() {
  // expected-error @+1 {{expected one of ':', '<', '{', but got 'i32'}}
  %0 = ub.poison i32
  return
}

// -----

func.func @not_last() {
  // expected-error @+1 {{'ub.unreachable' op must be the last operation in the parent block}}
  ub.unreachable
  return
}

// -----

func.func @operand(%x: i32) {
  // expected-error @+1 {{'ub.unreachable' op requires zero operands}}
  "ub.unreachable"(%x) : (i32) -> ()
}

// -----

func.func @result() {
  // expected-error @+1 {{'ub.unreachable' op requires zero results}}
  %x = "ub.unreachable"() : () -> (i32)
}
