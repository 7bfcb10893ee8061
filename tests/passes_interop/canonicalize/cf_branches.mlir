// Region simplification and cf branch patterns: select from identical successors, pass-through branches, unreachable blocks, dead loop arguments.
func.func @f(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c weights([3, 5]), ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%a : i32)
^bb2:
  cf.br ^bb3(%b : i32)
^bb3(%x: i32):
  return %x : i32
^bb4:
  cf.br ^bb3(%a : i32)
}
func.func @g(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x: i32):
  return %x : i32
}
func.func @h(%a: i32, %b: i32) -> i32 {
  cf.br ^bb1(%a, %b : i32, i32)
^bb1(%x: i32, %y: i32):
  cf.br ^bb2(%x, %y : i32, i32)
^bb2(%p: i32, %q: i32):
  "test.foo"() : () -> ()
  cf.br ^bb2(%q, %p : i32, i32)
}
