// RUN: pyir-opt --split-input-file --verify-diagnostics %s

func.func @f() -> i32 {
  %c = arith.constant 1 : i64
  // expected-error @+1 {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @f}}
  return %c : i64
}

// -----

func.func @g(%a: i32) -> i32 {
  // expected-error @+1 {{use of value '%a' expects different type than prior uses: 'f32' vs 'i32'}}
  %s = arith.addf %a, %a : f32
  return %s : f32
}

// -----

func.func @h(%a: i32) {
  // expected-error @+1 {{'func.return' op has 1 operands, but enclosing function (@h) returns 0}}
  return %a : i32
}

// -----

%x = arith.constant 1.0 : f32
// expected-error @+1 {{'arith.addi' op operand #0 must be signless-non-zero-bitwidth-integer-like, but got 'f32'}}
%r = "arith.addi"(%x, %x) : (f32, f32) -> f32

// -----

func.func @indirect_arg_type(%fn: (i32) -> i32, %b: f32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee input types match argument types}}
  %r = "func.call_indirect"(%fn, %b) : ((i32) -> i32, f32) -> i32
  return
}

// -----

func.func @indirect_arg_count(%fn: (i32) -> i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee input types match argument types}}
  %r = "func.call_indirect"(%fn) : ((i32) -> i32) -> i32
  return
}

// -----

func.func @indirect_result_type(%fn: (i32) -> i32, %a: i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee result types match result types}}
  %r = "func.call_indirect"(%fn, %a) : ((i32) -> i32, i32) -> f32
  return
}

// -----

func.func @indirect_result_count(%fn: (i32) -> i32, %a: i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee result types match result types}}
  "func.call_indirect"(%fn, %a) : ((i32) -> i32, i32) -> ()
  return
}

// -----

func.func @indirect_callee_not_a_function(%a: i32) {
  // expected-error @+1 {{'func.call_indirect' op operand #0 must be function type, but got 'i32'}}
  %r = "func.call_indirect"(%a, %a) : (i32, i32) -> i32
  return
}

// -----

func.func @indirect_no_callee() {
  // expected-error @+1 {{'func.call_indirect' op expected 1 or more operands, but found 0}}
  "func.call_indirect"() : () -> ()
  return
}

// -----

func.func @indirect_arg_attrs(%fn: (i32) -> i32, %a: i32) {
  // expected-error @+1 {{'func.call_indirect' op attribute 'arg_attrs' failed to satisfy constraint: Array of dictionary attributes}}
  %r = "func.call_indirect"(%fn, %a) <{arg_attrs = [1 : i32]}> : ((i32) -> i32, i32) -> i32
  return
}

// -----

func.func @indirect_res_attrs(%fn: (i32) -> i32, %a: i32) {
  // expected-error @+1 {{'func.call_indirect' op attribute 'res_attrs' failed to satisfy constraint: Array of dictionary attributes}}
  %r = "func.call_indirect"(%fn, %a) <{res_attrs = [{}, 3]}> : ((i32) -> i32, i32) -> i32
  return
}

// -----

func.func @indirect_custom_type_kind(%fn: (i32) -> i32, %a: i32) {
  // expected-error @+1 {{custom op 'func.call_indirect' invalid kind of type specified: expected builtin.function, but found 'i32'}}
  %r = func.call_indirect %fn(%a) : i32
  return
}

// -----

func.func @indirect_custom_operand_count(%fn: (i32) -> i32, %a: i32) {
  // expected-error @+1 {{custom op 'func.call_indirect' number of operands and types do not match: got 2 operands and 1 types}}
  %r = func.call_indirect %fn(%a, %a) : (i32) -> i32
  return
}

// -----

func.func @indirect_custom_operand_type(%fn: (i32) -> i32, %b: f32) {
  // expected-error @+1 {{use of value '%b' expects different type than prior uses: 'i32' vs 'f32'}}
  %r = func.call_indirect %fn(%b) : (i32) -> i32
  return
}

// -----

// expected-error @+1 {{custom op 'call_indirect' is unknown}}
call_indirect %fn() : () -> ()
