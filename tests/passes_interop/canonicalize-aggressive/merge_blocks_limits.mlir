// region-simplify=aggressive: blocks that must not merge (loop back edges, values used
// outside the block, ops with regions, different attributes) and in-block operand order.
func.func @loop(%c: i1, %a: i32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %y = arith.addi %x, %a : i32
  cf.cond_br %c, ^bb1(%y : i32), ^bb2(%x : i32)
^bb2(%r: i32):
  return %r : i32
}

func.func @inner_order(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = arith.addi %a, %b : i32
  %x2 = arith.muli %x, %a : i32
  cf.br ^bb3(%x2 : i32)
^bb2:
  %y = arith.addi %a, %b : i32
  %y2 = arith.muli %a, %y : i32
  cf.br ^bb3(%y2 : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @used_outside(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = arith.addi %a, %b : i32
  cf.cond_br %d, ^bb3, ^bb4
^bb2:
  %y = arith.addi %a, %b : i32
  cf.cond_br %d, ^bb3, ^bb4
^bb3:
  return %a : i32
^bb4:
  return %b : i32
}

func.func @nested(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = "test.region"() ({
    "test.yield"(%a) : (i32) -> ()
  }) : () -> i32
  cf.br ^bb3(%x : i32)
^bb2:
  %y = "test.region"() ({
    "test.yield"(%a) : (i32) -> ()
  }) : () -> i32
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @three(%f: i32, %a: i32, %b: i32, %d: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1,
    1: ^bb2,
    2: ^bb3,
    3: ^bb4
  ]
^bb1:
  %x = arith.addi %a, %b : i32
  cf.br ^bb5(%x : i32)
^bb2:
  %y = arith.addi %a, %d : i32
  cf.br ^bb5(%y : i32)
^bb3:
  %z = arith.addi %b, %d : i32
  cf.br ^bb5(%z : i32)
^bb4:
  %w = arith.subi %b, %d : i32
  cf.br ^bb5(%w : i32)
^bb5(%r: i32):
  return %r : i32
}

func.func @attrs(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = arith.addi %a, %b overflow<nsw> : i32
  cf.br ^bb3(%x : i32)
^bb2:
  %y = arith.addi %a, %b : i32
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}
