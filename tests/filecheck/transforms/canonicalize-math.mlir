// RUN: pyir-opt %s --canonicalize | FileCheck %s

// Folders of the math dialect (each output is what `mlir-opt --canonicalize` prints).

// sin of an f32 constant: the C library's sinf, bit for bit.
// CHECK-LABEL: func.func @sin_f32
// CHECK-NEXT:    %cst = arith.constant 0.644217669 : f32
// CHECK-NEXT:    return %cst : f32
// CHECK-NEXT:  }
func.func @sin_f32() -> f32 {
  %c = arith.constant 0.7 : f32
  %r = math.sin %c : f32
  return %r : f32
}

// exp of an f64 constant: the C library's exp.
// CHECK-LABEL: func.func @exp_f64
// CHECK-NEXT:    %cst = arith.constant 2.7182818284590451 : f64
// CHECK-NEXT:    return %cst : f64
// CHECK-NEXT:  }
func.func @exp_f64() -> f64 {
  %c = arith.constant 1.0 : f64
  %r = math.exp %c : f64
  return %r : f64
}

// libm-backed folds are f32/f64 only: f16 stays.
// CHECK-LABEL: func.func @sin_f16_no_fold
// CHECK-NEXT:    %cst = arith.constant 7.001950e-01 : f16
// CHECK-NEXT:    %0 = math.sin %cst : f16
// CHECK-NEXT:    return %0 : f16
// CHECK-NEXT:  }
func.func @sin_f16_no_fold() -> f16 {
  %c = arith.constant 0.7 : f16
  %r = math.sin %c : f16
  return %r : f16
}

// log (log2, log10, sqrt, rsqrt) of a negative value does not fold.
// CHECK-LABEL: func.func @log_negative_no_fold
// CHECK-NEXT:    %cst = arith.constant -2.000000e+00 : f32
// CHECK-NEXT:    %0 = math.log %cst : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @log_negative_no_fold() -> f32 {
  %c = arith.constant -2.0 : f32
  %r = math.log %c : f32
  return %r : f32
}

// sqrt and rsqrt (1 / sqrt, correctly rounded).
// CHECK-LABEL: func.func @sqrt_rsqrt
// CHECK-NEXT:    %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant 5.000000e-01 : f32
// CHECK-NEXT:    return %cst, %cst_0 : f32, f32
// CHECK-NEXT:  }
func.func @sqrt_rsqrt() -> (f32, f32) {
  %c = arith.constant 4.0 : f32
  %0 = math.sqrt %c : f32
  %1 = math.rsqrt %c : f32
  return %0, %1 : f32, f32
}

// absf, ceil, floor, roundeven, copysign fold for every float type.
// CHECK-LABEL: func.func @exact_ops_f16
// CHECK-NEXT:    %cst = arith.constant 2.500000e+00 : f16
// CHECK-NEXT:    %cst_0 = arith.constant -2.000000e+00 : f16
// CHECK-NEXT:    %cst_1 = arith.constant -3.000000e+00 : f16
// CHECK-NEXT:    %cst_2 = arith.constant -1.000000e+00 : f16
// CHECK-NEXT:    return %cst, %cst_0, %cst_1, %cst_0, %cst_2 : f16, f16, f16, f16, f16
// CHECK-NEXT:  }
func.func @exact_ops_f16() -> (f16, f16, f16, f16, f16) {
  %a = arith.constant -2.5 : f16
  %b = arith.constant 1.0 : f16
  %0 = math.absf %a : f16
  %1 = math.ceil %a : f16
  %2 = math.floor %a : f16
  %3 = math.roundeven %a : f16
  %4 = math.copysign %b, %a : f16
  return %0, %1, %2, %3, %4 : f16, f16, f16, f16, f16
}

// atan2(0, 0) is NaN, for every float type.
// CHECK-LABEL: func.func @atan2_zero_zero
// CHECK-NEXT:    %cst = arith.constant 0x7E00 : f16
// CHECK-NEXT:    return %cst : f16
// CHECK-NEXT:  }
func.func @atan2_zero_zero() -> f16 {
  %z = arith.constant 0.0 : f16
  %r = math.atan2 %z, %z : f16
  return %r : f16
}

// fpowi multiplies by squaring; a negative exponent divides 1 by the power.
// CHECK-LABEL: func.func @fpowi
// CHECK-NEXT:    %cst = arith.constant 2.500000e-01 : f32
// CHECK-NEXT:    return %cst : f32
// CHECK-NEXT:  }
func.func @fpowi() -> f32 {
  %a = arith.constant 2.0 : f32
  %n = arith.constant -2 : i32
  %r = math.fpowi %a, %n : f32, i32
  return %r : f32
}

// absi, ctlz, cttz, ctpop, ipowi on integer constants.
// CHECK-LABEL: func.func @integers
// CHECK-NEXT:    %c40_i32 = arith.constant 40 : i32
// CHECK-NEXT:    %c30_i32 = arith.constant 30 : i32
// CHECK-NEXT:    %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT:    %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT:    %c27_i32 = arith.constant 27 : i32
// CHECK-NEXT:    return %c40_i32, %c30_i32, %c3_i32, %c2_i32, %c27_i32 : i32, i32, i32, i32, i32
// CHECK-NEXT:  }
func.func @integers() -> (i32, i32, i32, i32, i32) {
  %a = arith.constant -40 : i32
  %b = arith.constant 3 : i32
  %0 = math.absi %a : i32
  %1 = math.ctlz %b : i32
  %2 = math.cttz %a : i32
  %3 = math.ctpop %b : i32
  %4 = math.ipowi %b, %b : i32
  return %0, %1, %2, %3, %4 : i32, i32, i32, i32, i32
}

// 0 to a negative power is left alone.
// CHECK-LABEL: func.func @ipowi_zero_negative_no_fold
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT:    %0 = math.ipowi %c0_i32, %c-1_i32 : i32
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @ipowi_zero_negative_no_fold() -> i32 {
  %z = arith.constant 0 : i32
  %m = arith.constant -1 : i32
  %r = math.ipowi %z, %m : i32
  return %r : i32
}

// isnan / isinf / isfinite / isnormal fold scalars and splats.
// CHECK-LABEL: func.func @classify
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %false = arith.constant false
// CHECK-NEXT:    %cst = arith.constant dense<true> : vector<2xi1>
// CHECK-NEXT:    return %true, %false, %cst : i1, i1, vector<2xi1>
// CHECK-NEXT:  }
func.func @classify() -> (i1, i1, vector<2xi1>) {
  %nan = arith.constant 0x7FC00000 : f32
  %v = arith.constant dense<0.5> : vector<2xf32>
  %0 = math.isnan %nan : f32
  %1 = math.isinf %nan : f32
  %2 = math.isfinite %v : vector<2xf32>
  return %0, %1, %2 : i1, i1, vector<2xi1>
}

// every folder applies element-wise to dense constants.
// CHECK-LABEL: func.func @dense
// CHECK-NEXT:    %cst = arith.constant dense<[1.000000e+00, 2.71828175]> : tensor<2xf32>
// CHECK-NEXT:    return %cst : tensor<2xf32>
// CHECK-NEXT:  }
func.func @dense() -> tensor<2xf32> {
  %c = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %r = math.exp %c : tensor<2xf32>
  return %r : tensor<2xf32>
}

// sincos folds both results.
// CHECK-LABEL: func.func @sincos
// CHECK-NEXT:    %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:    return %cst, %cst_0 : f32, f32
// CHECK-NEXT:  }
func.func @sincos() -> (f32, f32) {
  %c = arith.constant 0.0 : f32
  %s, %co = math.sincos %c : f32
  return %s, %co : f32, f32
}

// fma does not fold (nor does clampf).
// CHECK-LABEL: func.func @fma_no_fold
// CHECK-NEXT:    %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:    %0 = math.fma %cst, %cst, %cst : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @fma_no_fold() -> f32 {
  %a = arith.constant 2.0 : f32
  %r = math.fma %a, %a, %a : f32
  return %r : f32
}
