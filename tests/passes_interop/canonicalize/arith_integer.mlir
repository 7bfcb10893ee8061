// canonicalize: arith integer folds (wraparound, identities, division by zero left
// alone), constants moved right on commutative ops, reassociation through add/sub/mul.
func.func @folds(%a: i32, %b: i8) -> (i32, i8, i32, i32, i32, i8) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c7 = arith.constant 7 : i32
  %m1 = arith.constant -1 : i32
  %i127 = arith.constant 127 : i8
  %i1 = arith.constant 1 : i8
  %0 = arith.addi %c0, %a : i32
  %1 = arith.muli %0, %c1 : i32
  %2 = arith.addi %i127, %i1 : i8
  %3 = arith.divsi %c7, %c0 : i32
  %4 = arith.andi %1, %m1 : i32
  %5 = arith.subi %4, %4 : i32
  %6 = arith.ori %5, %a : i32
  %7 = arith.xori %b, %b : i8
  return %6, %2, %3, %4, %5, %7 : i32, i8, i32, i32, i32, i8
}

func.func @reassociate(%a: i64, %b: index) -> (i64, index, i64) {
  %c2 = arith.constant 2 : i64
  %c5 = arith.constant 5 : i64
  %k3 = arith.constant 3 : index
  %0 = arith.addi %a, %c2 overflow<nsw> : i64
  %1 = arith.subi %0, %c5 overflow<nsw> : i64
  %2 = arith.subi %c2, %1 : i64
  %3 = arith.muli %2, %c5 : i64
  %4 = arith.muli %3, %c2 : i64
  %5 = arith.addi %b, %k3 : index
  %6 = arith.addi %5, %k3 : index
  %7 = arith.subi %c5, %0 : i64
  return %4, %6, %7 : i64, index, i64
}

func.func @shifts(%a: i16) -> (i16, i16, i16, i16) {
  %c0 = arith.constant 0 : i16
  %c3 = arith.constant 3 : i16
  %c20 = arith.constant 20 : i16
  %m = arith.constant -32768 : i16
  %0 = arith.shli %a, %c0 : i16
  %1 = arith.shrsi %m, %c3 : i16
  %2 = arith.shrui %m, %c3 : i16
  %3 = arith.shli %c3, %c20 : i16
  return %0, %1, %2, %3 : i16, i16, i16, i16
}
