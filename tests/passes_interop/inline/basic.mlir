// inline: single-block callees (one and several results), the private callee erased once
// its calls are inlined, a public one kept, bottom-up through a chain of private callees,
// a call_indirect of a func.constant canonicalized into a call and then inlined, and a
// private function nothing calls erased.
func.func private @unused(%a: i32) -> i32 {
  return %a : i32
}
func.func private @times3(%a: i32) -> i32 {
  %c3 = arith.constant 3 : i32
  %r = arith.muli %a, %c3 : i32
  return %r : i32
}
func.func private @times9(%a: i32) -> i32 {
  %r = call @times3(%a) : (i32) -> i32
  %s = call @times3(%r) : (i32) -> i32
  return %s : i32
}
func.func @pub(%a: i32, %b: f32) -> (f32, i32) {
  return %b, %a : f32, i32
}
func.func @top(%a: i32, %b: f32) -> (f32, i32) {
  %f = func.constant @times9 : (i32) -> i32
  %r = call_indirect %f(%a) : (i32) -> i32
  %p:2 = call @pub(%r, %b) : (i32, f32) -> (f32, i32)
  return %p#0, %p#1 : f32, i32
}
func.func @no_calls() -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %s = arith.addi %c1, %c2 : i32
  return %s : i32
}
