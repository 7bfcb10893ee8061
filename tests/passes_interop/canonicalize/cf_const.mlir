// cf.cond_br / cf.switch on constants, cf.assert of true, truth propagation, switch cases equal to the default, unreachable blocks.
func.func @cond_true(%a: i32, %b: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t, ^bb1(%a : i32), ^bb2(%b : i32)
^bb1(%x: i32):
  return %x : i32
^bb2(%y: i32):
  return %y : i32
}
func.func @switch_const(%a: i32) -> i32 {
  %c = arith.constant 5 : i32
  cf.switch %c : i32, [ default: ^bb1(%a : i32), 5: ^bb2, 7: ^bb1(%a : i32) ]
^bb1(%x: i32):
  return %x : i32
^bb2:
  %z = arith.constant 0 : i32
  return %z : i32
}
func.func @switch_drop(%f: i32, %a: i32) -> i32 {
  cf.switch %f : i32, [ default: ^bb1(%a : i32), 5: ^bb2, 7: ^bb1(%a : i32) ]
^bb1(%x: i32):
  "test.use"(%x) : (i32) -> ()
  return %x : i32
^bb2:
  %z = arith.constant 0 : i32
  return %z : i32
}
func.func @assert(%c: i1) {
  %t = arith.constant true
  cf.assert %t, "never"
  cf.assert %c, "maybe"
  return
}
func.func @truth(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.use"(%c) : (i1) -> ()
  return
^bb2:
  "test.use"(%c) : (i1) -> ()
  return
}
func.func @same_cond(%c: i1, %a: i32) {
  cf.cond_br %c, ^bb1, ^bb3
^bb1:
  "test.x"() : () -> ()
  cf.cond_br %c, ^bb2, ^bb3
^bb2:
  "test.y"() : () -> ()
  return
^bb3:
  "test.z"() : () -> ()
  return
}
func.func @loop(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  cf.br ^bb1(%c0, %c0 : index, index)
^bb1(%i: index, %dead: index):
  %cmp = arith.cmpi slt, %i, %n : index
  cf.cond_br %cmp, ^bb2, ^bb3
^bb2:
  %next = arith.addi %i, %c1 : index
  %d2 = arith.addi %dead, %c1 : index
  cf.br ^bb1(%next, %d2 : index, index)
^bb3:
  return %i : index
^bb4:
  cf.br ^bb3
}
