// inline (default-pipeline empty): inlined ops take callsite locations, stacked when a
// callee was itself inlined into another callee first; block arguments too.
func.func private @leaf(%a: i32) -> i32 {
  %c3 = arith.constant 3 : i32
  %r = arith.muli %a, %c3 : i32
  return %r : i32
}
func.func private @mid(%a: i32) -> i32 {
  %r = call @leaf(%a) : (i32) -> i32
  %s = call @leaf(%r) : (i32) -> i32
  return %s : i32
}
func.func @top(%a: i32) -> i32 {
  %r = call @mid(%a) : (i32) -> i32
  return %r : i32
}
func.func private @loop(%a: i32, %n: i32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%i: i32):
  %c = arith.cmpi slt, %i, %n : i32
  cf.cond_br %c, ^bb2, ^bb3
^bb2:
  %j = arith.addi %i, %i : i32
  cf.br ^bb1(%j : i32)
^bb3:
  return %i : i32
}
func.func @loop_caller(%a: i32, %n: i32) -> i32 {
  %r = call @loop(%a, %n) : (i32, i32) -> i32
  %s = call @loop(%r, %n) : (i32, i32) -> i32
  return %s : i32
}
