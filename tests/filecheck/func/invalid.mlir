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
