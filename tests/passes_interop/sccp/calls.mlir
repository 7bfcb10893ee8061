// sccp: interprocedural: private callees get their callers' constant arguments, calls
// get the constants callees return (public callees too), declarations and non-call symbol
// uses make things unknown, recursion, several returns, nested modules.
func.func private @private(%arg0 : i32) -> i32 {
  return %arg0 : i32
}
func.func @simple_private() -> i32 {
  %1 = arith.constant 1 : i32
  %result = call @private(%1) : (i32) -> i32
  return %result : i32
}
func.func @public(%arg0 : i32) -> i32 {
  return %arg0 : i32
}
func.func @simple_public() -> i32 {
  %1 = arith.constant 1 : i32
  %result = call @public(%1) : (i32) -> i32
  return %result : i32
}
func.func private @ret_const() -> i32 {
  %c = arith.constant 42 : i32
  return %c : i32
}
func.func @use_public_ret() -> i32 {
  %r = call @ret_const() : () -> i32
  return %r : i32
}
func.func private @overdefined_args(%arg0 : i32) -> i32 {
  return %arg0 : i32
}
func.func @two_calls(%x: i32) -> (i32, i32) {
  %1 = arith.constant 1 : i32
  %a = call @overdefined_args(%1) : (i32) -> i32
  %b = call @overdefined_args(%x) : (i32) -> i32
  return %a, %b : i32, i32
}
func.func private @same_args(%arg0 : i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = arith.addi %arg0, %c1 : i32
  return %r : i32
}
func.func @two_same() -> (i32, i32) {
  %1 = arith.constant 1 : i32
  %2 = arith.constant 1 : i32
  %a = call @same_args(%1) : (i32) -> i32
  %b = call @same_args(%2) : (i32) -> i32
  return %a, %b : i32, i32
}
func.func private @dead_private(%arg0 : i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = arith.addi %c1, %c1 : i32
  return %r : i32
}
func.func private @ref_by_constant(%arg0 : i32) -> i32 {
  return %arg0 : i32
}
func.func @non_call_use() -> i32 {
  %f = func.constant @ref_by_constant : (i32) -> i32
  %1 = arith.constant 1 : i32
  %r = call @ref_by_constant(%1) : (i32) -> i32
  return %r : i32
}
func.func private @ext(i32) -> i32
func.func @call_ext() -> i32 {
  %1 = arith.constant 1 : i32
  %r = call @ext(%1) : (i32) -> i32
  return %r : i32
}
func.func private @recursive(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %cond = arith.cmpi eq, %a, %c0 : i32
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  %r = call @recursive(%a) : (i32) -> i32
  return %r : i32
}
func.func @call_recursive() -> i32 {
  %c0 = arith.constant 0 : i32
  %r = call @recursive(%c0) : (i32) -> i32
  return %r : i32
}
func.func private @multi_ret(%c: i1) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %c1 : i32
^bb2:
  return %c2 : i32
}
func.func @call_multi_ret(%c: i1) -> (i32, i32) {
  %true = arith.constant true
  %a = call @multi_ret(%true) : (i1) -> i32
  %b = call @multi_ret(%c) : (i1) -> i32
  return %a, %b : i32, i32
}
module @nested {
  func.func nested @nested_fn(%a: i32) -> i32 {
    return %a : i32
  }
  func.func @nested_caller() -> i32 {
    %c3 = arith.constant 3 : i32
    %r = call @nested_fn(%c3) : (i32) -> i32
    return %r : i32
  }
}
