// cf.br and cf.cond_br: successors with and without operands (several values of several
// types), a branch back to an earlier block, branch weights, a discardable attribute and
// the generic form with operandSegmentSizes and branch_weights properties.
func.func @branches(%a: i32, %b: f32, %c: i1) -> i32 {
  cf.br ^bb1(%a, %b : i32, f32)
^bb1(%x: i32, %y: f32):
  cf.cond_br %c, ^bb2(%x : i32), ^bb3 {hint = "likely"}
^bb2(%z: i32):
  cf.cond_br %c weights([3, 5]), ^bb1(%z, %y : i32, f32), ^bb4(%z : i32)
^bb3:
  "cf.cond_br"(%c, %a, %a)[^bb4, ^bb4] <{branch_weights = array<i32: 0, 7>, operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb4(%r: i32):
  cf.br ^bb5 {tag}
^bb5:
  return %r : i32
}

func.func @self_loop(%c: i1) {
  cf.br ^bb1
^bb1:
  cf.cond_br %c, ^bb1, ^bb2
^bb2:
  return
}
