// canonicalize: the shape of the benchmark's `fold` workload (identities, constant
// additions and subtractions reassociated down to one add), plus dead ops.
func.func @fold(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %v0 = arith.addi %a, %c0 : i32
  %v1 = arith.muli %v0, %c1 : i32
  %k2 = arith.addi %c1, %c2 : i32
  %v2 = arith.addi %v1, %k2 : i32
  %v3 = arith.subi %v2, %c2 : i32
  %v4 = arith.addi %v3, %c0 : i32
  %v5 = arith.muli %v4, %c1 : i32
  %k6 = arith.addi %c1, %c2 : i32
  %v6 = arith.addi %v5, %k6 : i32
  %v7 = arith.subi %v6, %c2 : i32
  %dead = arith.muli %v7, %v7 : i32
  func.return %v7 : i32
}
