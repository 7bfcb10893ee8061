// math folders on unusual operands, checked against MLIR's canonicalizer: unranked and
// dynamically shaped tensors (nothing folds, nothing crashes), index integers, and the exact
// float folds on f80, f128, tf32 (no libm fold), f4E2M1FN, f8E8M0FNU (no zero: floor(0.5) is
// its smallest value), f8E4M3FNUZ (no -0) and f8E3M4 (rounding a fraction gives NaN, as
// APFloat's add-and-subtract of 2**(p-1) overflows it).
func.func @e1(%t: tensor<*xf32>, %d: tensor<?xf32>) -> (tensor<*xf32>, tensor<?xf32>) {
  %0 = math.sin %t : tensor<*xf32>
  %1 = math.absf %d : tensor<?xf32>
  return %0, %1 : tensor<*xf32>, tensor<?xf32>
}
func.func @e3() -> (index, i64) {
  %c = arith.constant -5 : index
  %0 = math.ctlz %c : index
  %1 = arith.index_cast %c : index to i64
  return %0, %1 : index, i64
}
func.func @e5() -> (f80, f128, f8E8M0FNU, f4E2M1FN, tf32) {
  %a = arith.constant 1.5 : f80
  %b = arith.constant -2.5 : f128
  %c = arith.constant 0.5 : f8E8M0FNU
  %d = arith.constant -0.5 : f4E2M1FN
  %e = arith.constant 1.25 : tf32
  %0 = math.floor %a : f80
  %1 = math.roundeven %b : f128
  %2 = math.ceil %c : f8E8M0FNU
  %3 = math.absf %d : f4E2M1FN
  %4 = math.sin %e : tf32
  return %0, %1, %2, %3, %4 : f80, f128, f8E8M0FNU, f4E2M1FN, tf32
}
func.func @e6() -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E8M0FNU) {
  %a = arith.constant -0.5 : f8E4M3FNUZ
  %b = arith.constant 0x80 : f8E4M3FNUZ
  %c = arith.constant 0.5 : f8E8M0FNU
  %0 = math.absf %a : f8E4M3FNUZ
  %1 = math.floor %a : f8E4M3FNUZ
  %2 = math.floor %c : f8E8M0FNU
  return %0, %1, %2 : f8E4M3FNUZ, f8E4M3FNUZ, f8E8M0FNU
}
func.func @rounding_small_formats() -> (f8E3M4, f8E3M4, f8E8M0FNU, f8E8M0FNU, f8E4M3FNUZ) {
  %a = arith.constant 0x01 : f8E3M4
  %b = arith.constant 0x81 : f8E3M4
  %c = arith.constant 0x7E : f8E8M0FNU
  %d = arith.constant -0.25 : f8E4M3FNUZ
  %0 = math.ceil %a : f8E3M4
  %1 = math.floor %b : f8E3M4
  %2 = math.roundeven %c : f8E8M0FNU
  %3 = math.floor %c : f8E8M0FNU
  %4 = math.ceil %d : f8E4M3FNUZ
  return %0, %1, %2, %3, %4 : f8E3M4, f8E3M4, f8E8M0FNU, f8E8M0FNU, f8E4M3FNUZ
}
