// RUN: pyir-opt %s --canonicalize | FileCheck %s

// More arith canonicalizations: cmpf of an integer converted to float (CmpFIntToFPConst),
// convertf and the scaling casts of constants, f8E8M0FNU's NaN, shifts and divisions of
// a value by itself or of a constant, and subf from -0.0 (each output is what
// `mlir-opt --canonicalize` prints).

// CmpFIntToFPConst: cmpf of sitofp(x) against a float constant compares x (ult of a
// signed source is slt: the conversion never gives NaN).
// CHECK-LABEL: func.func @cmpf_sitofp
// CHECK-NEXT:    %c4_i32 = arith.constant 4 : i32
// CHECK-NEXT:    %0 = arith.cmpi slt, %arg0, %c4_i32 : i32
// CHECK-NEXT:    return %0 : i1
// CHECK-NEXT:  }
func.func @cmpf_sitofp(%x: i32) -> i1 {
  %f = arith.sitofp %x : i32 to f64
  %c = arith.constant 4.0 : f64
  %0 = arith.cmpf ult, %f, %c : f64
  return %0 : i1
}

// uitofp sources compare unsigned.
// CHECK-LABEL: func.func @cmpf_uitofp
// CHECK-NEXT:    %c100_i16 = arith.constant 100 : i16
// CHECK-NEXT:    %0 = arith.cmpi uge, %arg0, %c100_i16 : i16
// CHECK-NEXT:    return %0 : i1
// CHECK-NEXT:  }
func.func @cmpf_uitofp(%x: i16) -> i1 {
  %f = arith.uitofp %x : i16 to f32
  %c = arith.constant 100.0 : f32
  %0 = arith.cmpf oge, %f, %c : f32
  return %0 : i1
}

// A fractional constant moves the bound: (float)x < 4.4 is x <= 4, (float)x < -4.4 is
// x < -4, and (float)x == 4.4 is false.
// CHECK-LABEL: func.func @cmpf_fraction
// CHECK-NEXT:    %false = arith.constant false
// CHECK-NEXT:    %c-4_i32 = arith.constant -4 : i32
// CHECK-NEXT:    %c4_i32 = arith.constant 4 : i32
// CHECK-NEXT:    %0 = arith.cmpi sle, %arg0, %c4_i32 : i32
// CHECK-NEXT:    %1 = arith.cmpi slt, %arg0, %c-4_i32 : i32
// CHECK-NEXT:    return %0, %1, %false : i1, i1, i1
// CHECK-NEXT:  }
func.func @cmpf_fraction(%x: i32) -> (i1, i1, i1) {
  %f = arith.sitofp %x : i32 to f64
  %c = arith.constant 4.4 : f64
  %n = arith.constant -4.4 : f64
  %0 = arith.cmpf olt, %f, %c : f64
  %1 = arith.cmpf olt, %f, %n : f64
  %2 = arith.cmpf oeq, %f, %c : f64
  return %0, %1, %2 : i1, i1, i1
}

// A constant beyond the integer's range decides the compare; ord is always true.
// CHECK-LABEL: func.func @cmpf_out_of_range
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %false = arith.constant false
// CHECK-NEXT:    return %true, %false, %true : i1, i1, i1
// CHECK-NEXT:  }
func.func @cmpf_out_of_range(%x: i8) -> (i1, i1, i1) {
  %f = arith.sitofp %x : i8 to f32
  %big = arith.constant 300.0 : f32
  %inf = arith.constant 0xFF800000 : f32
  %0 = arith.cmpf olt, %f, %big : f32
  %1 = arith.cmpf ole, %f, %inf : f32
  %2 = arith.cmpf ord, %f, %big : f32
  return %0, %1, %2 : i1, i1, i1
}

// i32 does not fit f32's 24-bit significand: near 2^24 the rounding matters, so the
// compare stays.
// CHECK-LABEL: func.func @cmpf_wide_int_no_rewrite
// CHECK-NEXT:    %cst = arith.constant 0x4B800000 : f32
// CHECK-NEXT:    %0 = arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT:    %1 = arith.cmpf oeq, %0, %cst : f32
// CHECK-NEXT:    return %1 : i1
// CHECK-NEXT:  }
func.func @cmpf_wide_int_no_rewrite(%x: i32) -> i1 {
  %f = arith.sitofp %x : i32 to f32
  %c = arith.constant 16777216.0 : f32
  %0 = arith.cmpf oeq, %f, %c : f32
  return %0 : i1
}

// Only constants on the right are rewritten.
// CHECK-LABEL: func.func @cmpf_non_constant_no_rewrite
// CHECK-NEXT:    %0 = arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT:    %1 = arith.cmpf olt, %0, %arg1 : f32
// CHECK-NEXT:    return %1 : i1
// CHECK-NEXT:  }
func.func @cmpf_non_constant_no_rewrite(%x: i32, %y: f32) -> i1 {
  %f = arith.sitofp %x : i32 to f32
  %0 = arith.cmpf olt, %f, %y : f32
  return %0 : i1
}

// convertf of a constant folds when the value converts exactly (30000 needs more than
// bf16's 8 significand bits).
// CHECK-LABEL: func.func @convertf
// CHECK-NEXT:    %cst = arith.constant 3.000000e+04 : f16
// CHECK-NEXT:    %cst_0 = arith.constant 1.500000e+00 : bf16
// CHECK-NEXT:    %0 = arith.convertf %cst : f16 to bf16
// CHECK-NEXT:    return %cst_0, %0 : bf16, bf16
// CHECK-NEXT:  }
func.func @convertf() -> (bf16, bf16) {
  %c = arith.constant 1.5 : f16
  %e = arith.constant 3.0e4 : f16
  %0 = arith.convertf %c : f16 to bf16
  %1 = arith.convertf %e : f16 to bf16
  return %0, %1 : bf16, bf16
}

// scaling_extf of constants is extf(x) * extf(scale): 1.5 * 4.
// CHECK-LABEL: func.func @scaling_extf
// CHECK-NEXT:    %cst = arith.constant 6.000000e+00 : f32
// CHECK-NEXT:    return %cst : f32
// CHECK-NEXT:  }
func.func @scaling_extf() -> f32 {
  %a = arith.constant 1.5 : f4E2M1FN
  %s = arith.constant 4.0 : f8E8M0FNU
  %0 = arith.scaling_extf %a, %s : f4E2M1FN, f8E8M0FNU to f32
  return %0 : f32
}

// scaling_truncf of constants is x / scale, truncated exactly: 24 / 4 is 6; 7 / 4 is not
// an f4E2M1FN value.
// CHECK-LABEL: func.func @scaling_truncf
// CHECK-NEXT:    %cst = arith.constant 7.000000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant 4.000000e+00 : f8E8M0FNU
// CHECK-NEXT:    %cst_1 = arith.constant 6.000000e+00 : f4E2M1FN
// CHECK-NEXT:    %0 = arith.scaling_truncf %cst, %cst_0 : f32, f8E8M0FNU to f4E2M1FN
// CHECK-NEXT:    return %cst_1, %0 : f4E2M1FN, f4E2M1FN
// CHECK-NEXT:  }
func.func @scaling_truncf() -> (f4E2M1FN, f4E2M1FN) {
  %a = arith.constant 24.0 : f32
  %b = arith.constant 7.0 : f32
  %s = arith.constant 4.0 : f8E8M0FNU
  %0 = arith.scaling_truncf %a, %s : f32, f8E8M0FNU to f4E2M1FN
  %1 = arith.scaling_truncf %b, %s : f32, f8E8M0FNU to f4E2M1FN
  return %0, %1 : f4E2M1FN, f4E2M1FN
}

// f8E8M0FNU's NaN extends to the default NaN.
// CHECK-LABEL: func.func @e8m0_nan
// CHECK-NEXT:    %cst = arith.constant 0x7FC00000 : f32
// CHECK-NEXT:    return %cst : f32
// CHECK-NEXT:  }
func.func @e8m0_nan() -> f32 {
  %n = arith.constant 0xFF : f8E8M0FNU
  %0 = arith.extf %n : f8E8M0FNU to f32
  return %0 : f32
}

// shrui(x, x) and shrsi(x, x) are 0 (an amount >= the width is poison); shli(x, x) stays.
// CHECK-LABEL: func.func @shift_self
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    %cst = arith.constant dense<0> : vector<4xi32>
// CHECK-NEXT:    %0 = arith.shli %arg0, %arg0 : i32
// CHECK-NEXT:    return %c0_i32, %cst, %0 : i32, vector<4xi32>, i32
// CHECK-NEXT:  }
func.func @shift_self(%x: i32, %v: vector<4xi32>) -> (i32, vector<4xi32>, i32) {
  %0 = arith.shrui %x, %x : i32
  %1 = arith.shrsi %v, %v : vector<4xi32>
  %2 = arith.shli %x, %x : i32
  return %0, %1, %2 : i32, vector<4xi32>, i32
}

// A shift of 0 is 0; shrsi of -1 is -1 (shrui and shli of -1 stay).
// CHECK-LABEL: func.func @shift_of_constant
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT:    %0 = arith.shrui %c-1_i32, %arg0 : i32
// CHECK-NEXT:    return %c0_i32, %c-1_i32, %0 : i32, i32, i32
// CHECK-NEXT:  }
func.func @shift_of_constant(%y: i32) -> (i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %cm1 = arith.constant -1 : i32
  %0 = arith.shli %c0, %y : i32
  %1 = arith.shrsi %cm1, %y : i32
  %2 = arith.shrui %cm1, %y : i32
  return %0, %1, %2 : i32, i32, i32
}

// x / x is 1 and x % x is 0 (x = 0 is undefined); a dynamic shape has no constant.
// CHECK-LABEL: func.func @div_self
// CHECK-NEXT:    %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    %0 = arith.divsi %arg1, %arg1 : tensor<?xi16>
// CHECK-NEXT:    return %c1_i32, %c0_i32, %0 : i32, i32, tensor<?xi16>
// CHECK-NEXT:  }
func.func @div_self(%x: i32, %t: tensor<?xi16>) -> (i32, i32, tensor<?xi16>) {
  %0 = arith.divsi %x, %x : i32
  %1 = arith.remui %x, %x : i32
  %2 = arith.divsi %t, %t : tensor<?xi16>
  return %0, %1, %2 : i32, i32, tensor<?xi16>
}

// 0 / x and 0 % x are 0, checked first (0 % 0 is 0); a constant divided by 0 stays.
// CHECK-LABEL: func.func @div_of_zero
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    %c5_i32 = arith.constant 5 : i32
// CHECK-NEXT:    %0 = arith.divsi %c5_i32, %c0_i32 : i32
// CHECK-NEXT:    return %c0_i32, %c0_i32, %0 : i32, i32, i32
// CHECK-NEXT:  }
func.func @div_of_zero(%x: i32) -> (i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.ceildivui %c0, %x : i32
  %1 = arith.remsi %c0, %c0 : i32
  %2 = arith.divsi %c5, %c0 : i32
  return %0, %1, %2 : i32, i32, i32
}

// subf(-0.0, x) is negf(x) with the same flags; 0.0 - x is not (for x = 0).
// CHECK-LABEL: func.func @subf_neg_zero
// CHECK-NEXT:    %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:    %0 = arith.negf %arg0 fastmath<nnan> : f32
// CHECK-NEXT:    %1 = arith.subf %cst, %arg0 : f32
// CHECK-NEXT:    return %0, %1 : f32, f32
// CHECK-NEXT:  }
func.func @subf_neg_zero(%x: f32) -> (f32, f32) {
  %nz = arith.constant -0.0 : f32
  %z = arith.constant 0.0 : f32
  %0 = arith.subf %nz, %x fastmath<nnan> : f32
  %1 = arith.subf %z, %x : f32
  return %0, %1 : f32, f32
}
