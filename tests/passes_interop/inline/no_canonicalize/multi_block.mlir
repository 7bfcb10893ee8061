// inline (default-pipeline empty): a multi-block callee: the block after the call takes
// the results as arguments, each return becomes a cf.br to it; inlined twice.
func.func private @abs(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %neg = arith.cmpi slt, %a, %c0 : i32
  cf.cond_br %neg, ^bb1, ^bb2
^bb1:
  %n = arith.subi %c0, %a : i32
  return %n : i32
^bb2:
  return %a : i32
}
func.func @caller(%x: i32, %y: i32) -> i32 {
  %r = call @abs(%x) : (i32) -> i32
  %s = arith.addi %r, %y : i32
  %t = call @abs(%s) : (i32) -> i32
  return %t : i32
}
