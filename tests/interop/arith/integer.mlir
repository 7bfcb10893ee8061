// arith integer ops: wrapping arithmetic with overflow flags, divisions with `exact`,
// bit operations, min/max, and the extended ops (named results, vector forms).

func.func @integer(%a: i32, %b: i32, %i: index, %v: vector<4xi32>, %t: tensor<?x4xi8>) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b overflow<nsw> : i32
  %2 = arith.subi %a, %b overflow<nuw> : i32
  %3 = arith.muli %a, %b overflow<nsw, nuw> : i32
  %4 = arith.shli %a, %b overflow<nsw> : i32
  %5 = arith.divsi %a, %b : i32
  %6 = arith.divsi %a, %b exact : i32
  %7 = arith.divui %a, %b exact : i32
  %8 = arith.ceildivsi %a, %b : i32
  %9 = arith.ceildivui %i, %i : index
  %10 = arith.floordivsi %a, %b : i32
  %11 = arith.remsi %a, %b : i32
  %12 = arith.remui %v, %v : vector<4xi32>
  %13 = arith.andi %a, %b : i32
  %14 = arith.ori %a, %b : i32
  %15 = arith.xori %t, %t : tensor<?x4xi8>
  %16 = arith.shrsi %a, %b exact : i32
  %17 = arith.shrui %a, %b : i32
  %18 = arith.maxsi %a, %b : i32
  %19 = arith.maxui %a, %b : i32
  %20 = arith.minsi %a, %b : i32
  %21 = arith.minui %i, %i : index
  %sum, %overflow = arith.addui_extended %a, %b : i32, i1
  %22:2 = arith.addui_extended %v, %v : vector<4xi32>, vector<4xi1>
  %diff, %borrow = arith.subui_extended %a, %b : i32, i1
  %low, %high = arith.mulsi_extended %a, %b : i32
  %23:2 = arith.mului_extended %v, %v {tag} : vector<4xi32>
  return
}
