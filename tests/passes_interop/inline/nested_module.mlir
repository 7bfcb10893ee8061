// inline: callables of a nested module are inlined within it; a private callee used only
// from outside any callable (a module-level attribute) stays alive.
module @inner {
  func.func private @g(%a: i32) -> i32 {
    %c1 = arith.constant 1 : i32
    %r = arith.addi %a, %c1 : i32
    return %r : i32
  }
  func.func @h(%a: i32) -> i32 {
    %r = call @g(%a) : (i32) -> i32
    return %r : i32
  }
}
func.func private @kept(%a: i32) -> i32 {
  return %a : i32
}
"test.holder"() {ref = @kept} : () -> ()
func.func @user(%a: i32) -> i32 {
  %r = call @kept(%a) : (i32) -> i32
  return %r : i32
}
