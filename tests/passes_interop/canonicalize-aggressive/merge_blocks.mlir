// region-simplify=aggressive: identical blocks merged (outside operands become leader
// arguments, redundant ones pruned), blocks that differ kept, and block arguments fed
// the same value by every predecessor dropped; cond_br and switch predecessors.
func.func @same(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = arith.addi %a, %b : i32
  cf.br ^bb3(%x : i32)
^bb2:
  %y = arith.addi %a, %b : i32
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @operands_differ(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = arith.muli %a, %a : i32
  cf.br ^bb3(%x : i32)
^bb2:
  %y = arith.muli %b, %b : i32
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @returns(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  return %b : i32
}

func.func @not_same(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = arith.addi %a, %b : i32
  cf.br ^bb3(%x : i32)
^bb2:
  %y = arith.subi %a, %b : i32
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @args(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2(%b : i32)
^bb1(%p: i32):
  %x = arith.addi %p, %a : i32
  cf.br ^bb3(%x : i32)
^bb2(%q: i32):
  %y = arith.addi %q, %a : i32
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @switch(%f: i32, %a: i32, %b: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1,
    1: ^bb2,
    2: ^bb3
  ]
^bb1:
  return %a : i32
^bb2:
  return %b : i32
^bb3:
  return %a : i32
}

func.func @redundant(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb1(%a, %a : i32, i32)
^bb1(%p: i32, %q: i32):
  %s = arith.addi %p, %q : i32
  return %s : i32
}

func.func @side_effects(%c: i1, %m: memref<i32>, %a: i32, %b: i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  memref.store %a, %m[] : memref<i32>
  cf.br ^bb3
^bb2:
  memref.store %b, %m[] : memref<i32>
  cf.br ^bb3
^bb3:
  return
}
