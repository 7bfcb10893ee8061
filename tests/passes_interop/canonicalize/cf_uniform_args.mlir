// Block arguments set to one value by every predecessor, cf.switch on the same flag, blocks in nested regions.
func.func @a(%c: i1, %d: i1, %a: i32, %b: i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.x"() : () -> ()
  cf.cond_br %d, ^bb3(%a : i32), ^bb4
^bb2:
  "test.y"() : () -> ()
  cf.cond_br %d, ^bb3(%a : i32), ^bb4
^bb3(%z: i32):
  "test.use"(%z) : (i32) -> ()
  return
^bb4:
  return
}
func.func @b(%c: i1, %a: i32) {
  "test.x"() : () -> ()
  cf.br ^bb1(%a : i32)
^bb1(%z: i32):
  "test.use"(%z) : (i32) -> ()
  cf.cond_br %c, ^bb1(%z : i32), ^bb2
^bb2:
  return
}
func.func @c(%c: i1, %a: i32) {
  cf.cond_br %c, ^bb1(%a: i32), ^bb2
^bb1(%z: i32):
  "test.use"(%z) : (i32) -> ()
  return
^bb2:
  return
}
func.func @d(%c: i1, %a: i32) {
  cf.switch %a : i32, [ default: ^bb1(%a: i32), 3: ^bb2 ]
^bb1(%z: i32):
  "test.use"(%z) : (i32) -> ()
  return
^bb2:
  return
}
func.func @a2(%c: i1, %a: i32) {
  "test.region"() ({
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    "test.x"() : () -> ()
    cf.br ^bb3(%a : i32)
  ^bb2:
    "test.y"() : () -> ()
    cf.br ^bb3(%a : i32)
  ^bb3(%z: i32):
    "test.use"(%z) : (i32) -> ()
    "test.term"() : () -> ()
  }) : () -> ()
  return
}
func.func @s(%c: i32, %a: i32) {
    cf.switch %c : i32, [ default: ^bb1, 4: ^bb2 ]
  ^bb1:
    "test.x"() : () -> ()
    cf.switch %c : i32, [ default: ^bb3(%a : i32), 5: ^bb4 ]
  ^bb2:
    "test.y"() : () -> ()
    cf.switch %c : i32, [ default: ^bb3(%a : i32), 6: ^bb4 ]
  ^bb3(%z: i32):
    "test.use"(%z) : (i32) -> ()
    return
  ^bb4:
    return
}
func.func @m(%c: i1, %a: i32, %b: i32) {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    "test.x"() : () -> ()
    cf.br ^bb3(%a, %b : i32, i32)
  ^bb2:
    "test.y"() : () -> ()
    cf.br ^bb3(%a, %a : i32, i32)
  ^bb3(%z: i32, %w: i32):
    "test.use"(%z, %w) : (i32, i32) -> ()
    return
}
