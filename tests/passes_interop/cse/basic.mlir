// cse: duplicates merged along dominance, commuted operands, attributes and effects
// keeping ops apart, nested regions, isolated functions, dead ops erased.
func.func @f(%a: i32, %b: i32, %c: i1) -> (i32, i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %b, %a : i32
  %2 = arith.subi %a, %b : i32
  %3 = arith.subi %b, %a : i32
  %4 = arith.addi %0, %1 overflow<nsw> : i32
  %5 = arith.addi %0, %1 : i32
  %6 = "test.effects"(%a) : (i32) -> i32
  %7 = "test.effects"(%a) : (i32) -> i32
  %8 = "test.region"() ({
    %9 = arith.addi %a, %b : i32
    "test.yield"(%9) : (i32) -> ()
  }) : () -> i32
  cf.cond_br %c, ^left, ^right
^left:
  %10 = arith.subi %b, %a : i32
  %11 = arith.muli %a, %a : i32
  cf.br ^join(%10, %11 : i32, i32)
^right:
  %12 = arith.muli %a, %a : i32
  cf.br ^join(%12, %12 : i32, i32)
^join(%x: i32, %y: i32):
  %13 = arith.muli %a, %a : i32
  "test.use"(%4, %5, %6, %7, %8, %x, %y) : (i32, i32, i32, i32, i32, i32, i32) -> ()
  return %13, %3, %2 : i32, i32, i32
}

func.func @g(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %c1 = arith.constant 1 : i32
  %c1b = arith.constant 1 : i32
  %c1c = arith.constant 1 : i64
  %1 = arith.addi %0, %c1 : i32
  %2 = arith.addi %0, %c1b : i32
  "test.use"(%1, %2, %c1c) : (i32, i32, i64) -> ()
  return %0 : i32
}
