// sccp: branches: constant conditions take one edge, unknown ones both; block arguments
// join what live edges pass; loops; cf.switch on a constant; a terminator without the
// BranchOpInterface makes its successors' arguments overdefined; dead blocks untouched.
func.func @simple_control_flow(%arg0 : i32) -> i32 {
  %cond = arith.constant true
  %1 = arith.constant 1 : i32
  cf.cond_br %cond, ^bb1, ^bb2(%arg0 : i32)
^bb1:
  cf.br ^bb2(%1 : i32)
^bb2(%arg : i32):
  return %arg : i32
}
func.func @simple_control_flow_overdefined(%arg0 : i32, %arg1 : i1) -> i32 {
  %1 = arith.constant 1 : i32
  cf.cond_br %arg1, ^bb1, ^bb2(%arg0 : i32)
^bb1:
  cf.br ^bb2(%1 : i32)
^bb2(%arg : i32):
  return %arg : i32
}
func.func @simple_control_flow_constant_overdefined(%arg0 : i32, %arg1 : i1) -> i32 {
  %1 = arith.constant 1 : i32
  %2 = arith.constant 2 : i32
  cf.cond_br %arg1, ^bb1, ^bb2(%arg0 : i32)
^bb1:
  cf.br ^bb2(%2 : i32)
^bb2(%arg : i32):
  return %arg : i32
}
func.func @unknown_terminator(%arg0 : i32, %arg1 : i1) -> i32 {
  %1 = arith.constant 1 : i32
  "foo.cond_br"() [^bb1, ^bb2] : () -> ()
^bb1:
  cf.br ^bb2(%1 : i32)
^bb2(%arg : i32):
  return %arg : i32
}
func.func @simple_loop(%arg0 : index, %arg1 : index, %arg2 : index) -> i32 {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  cf.br ^bb1(%c1 : i32)
^bb1(%iv: i32):
  %cond = arith.cmpi sle, %iv, %c0 : i32
  cf.cond_br %cond, ^bb2, ^bb3
^bb2:
  %next = arith.addi %iv, %c1 : i32
  cf.br ^bb1(%next : i32)
^bb3:
  return %iv : i32
}
func.func @loop_overdefined(%arg0: i1) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^bb1(%c0 : i32)
^bb1(%iv: i32):
  %next = arith.addi %iv, %c1 : i32
  cf.cond_br %arg0, ^bb1(%next : i32), ^bb2
^bb2:
  return %iv : i32
}
func.func @switch(%flag: i32) -> i32 {
  %c5 = arith.constant 5 : i32
  %c7 = arith.constant 7 : i32
  %c9 = arith.constant 9 : i32
  %c11 = arith.constant 11 : i32
  cf.switch %c7 : i32, [
    default: ^bb1(%c5 : i32),
    7: ^bb1(%c9 : i32),
    8: ^bb2
  ]
^bb1(%a: i32):
  return %a : i32
^bb2:
  return %c11 : i32
}
func.func @recheck_executable_edge(%cond0: i1) -> (i1, i1) {
  %true = arith.constant true
  %false = arith.constant false
  cf.cond_br %cond0, ^bb_1a, ^bb2(%true : i1)
^bb_1a:
  cf.br ^bb2(%false : i1)
^bb2(%x: i1):
  cf.cond_br %x, ^bb2_true, ^bb2_false
^bb2_true:
  %y = arith.constant true
  return %x, %y : i1, i1
^bb2_false:
  return %x, %x : i1, i1
}
func.func @dead_block_uses(%x: i32) -> i32 {
  %false = arith.constant false
  cf.cond_br %false, ^bb1, ^bb2
^bb1:
  %c5 = arith.constant 5 : i32
  %y = arith.addi %c5, %c5 : i32
  return %y : i32
^bb2:
  return %x : i32
}
func.func @br(%c: i1, %x: i32) -> i32 {
  %true = arith.constant true
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  cf.cond_br %true, ^bb1(%c1 : i32), ^bb2(%c2 : i32)
^bb1(%a: i32):
  %s = arith.addi %a, %c1 : i32
  cf.br ^bb3(%s : i32)
^bb2(%b: i32):
  %t = arith.addi %b, %x : i32
  cf.br ^bb3(%t : i32)
^bb3(%r: i32):
  return %r : i32
}
