// The remaining arith folds, checked against MLIR's canonicalizer:
// - convertf of constants folds when the conversion is exact (NaN payloads shifted), and
//   not for inexact values, lost payload bits, signaling NaNs or convertf chains;
// - scaling_extf of constants is extf(x) * extf(scale) (scalars and vectors), not when
//   the scale does not extend exactly to the result type; a NaN scale gives NaN;
// - scaling_truncf of constants is x / scale in x's type, then an exact truncf (with any
//   rounding mode); inexact, NaN-to-no-NaN-type and overflowing results do not fold, an
//   infinite quotient truncates to infinity;
// - f8E8M0FNU casts: extf of its NaN is the default NaN, truncf/sitofp/bitcast constants;
//   truncf of inexact values or 0.0 and fptosi of NaN do not fold;
// - shrui(x, x) and shrsi(x, x) are 0 (static shapes only); shli(x, x) is left alone;
//   shifts of 0 are 0, shrsi of -1 is -1;
// - divisions and remainders: 0 op x is 0, x / x is 1 and x % x is 0 (static shapes only;
//   0 / 0 is 0), for divsi, divui, ceildivsi, ceildivui, floordivsi, remsi, remui;
// - subf(-0.0, x) is negf(x) (keeping the fast-math flags); subf(0.0, x) stays.
func.func @convertf(%x: f16) -> (bf16, f16, bf16, f16, bf16) {
  %c = arith.constant 1.5 : f16
  %d = arith.constant 1.5 : bf16
  %e = arith.constant 3.0e4 : f16
  %0 = arith.convertf %c : f16 to bf16
  %1 = arith.convertf %d : bf16 to f16
  %2 = arith.convertf %x : f16 to bf16
  %3 = arith.convertf %2 : bf16 to f16
  %4 = arith.convertf %e : f16 to bf16
  return %0, %1, %2, %3, %4 : bf16, f16, bf16, f16, bf16
}
func.func @convertf_nan() -> (bf16, f16, bf16, bf16) {
  %h = arith.constant 0x7E00 : f16
  %b = arith.constant 0x7FC1 : bf16
  %h2 = arith.constant 0x7E01 : f16
  %hs = arith.constant 0x7D00 : f16
  %0 = arith.convertf %h : f16 to bf16
  %1 = arith.convertf %b : bf16 to f16
  %2 = arith.convertf %h2 : f16 to bf16
  %3 = arith.convertf %hs : f16 to bf16
  return %0, %1, %2, %3 : bf16, f16, bf16, bf16
}
func.func @scaling_extf() -> (f32, f32, f32, f32, f32, f32, f16, f32, f32) {
  %a = arith.constant 1.5 : f4E2M1FN
  %n = arith.constant -6.0 : f4E2M1FN
  %z = arith.constant 0.0 : f4E2M1FN
  %s4 = arith.constant 4.0 : f8E8M0FNU
  %snan = arith.constant 0xFF : f8E8M0FNU
  %smin = arith.constant 0x00 : f8E8M0FNU
  %smax = arith.constant 0xFE : f8E8M0FNU
  %h = arith.constant 65504.0 : f16
  %0 = arith.scaling_extf %a, %s4 : f4E2M1FN, f8E8M0FNU to f32
  %1 = arith.scaling_extf %n, %s4 : f4E2M1FN, f8E8M0FNU to f32
  %2 = arith.scaling_extf %z, %snan : f4E2M1FN, f8E8M0FNU to f32
  %3 = arith.scaling_extf %a, %smin : f4E2M1FN, f8E8M0FNU to f32
  %4 = arith.scaling_extf %a, %smax : f4E2M1FN, f8E8M0FNU to f32
  %5 = arith.scaling_extf %h, %s4 : f16, f8E8M0FNU to f32
  %6 = arith.scaling_extf %a, %s4 : f4E2M1FN, f8E8M0FNU to f16
  %7 = arith.scaling_extf %a, %snan : f4E2M1FN, f8E8M0FNU to f32
  %8 = arith.scaling_extf %h, %smax : f16, f8E8M0FNU to f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f32, f32, f32, f32, f32, f16, f32, f32
}
func.func @scaling_extf_no_fold(%x: f4E2M1FN, %s: f8E8M0FNU) -> (f16, f16, f32, f32) {
  %a = arith.constant 1.5 : f4E2M1FN
  %s4 = arith.constant 4.0 : f8E8M0FNU
  %smin = arith.constant 0x00 : f8E8M0FNU
  %smax = arith.constant 0xFE : f8E8M0FNU
  %0 = arith.scaling_extf %a, %smax : f4E2M1FN, f8E8M0FNU to f16
  %1 = arith.scaling_extf %a, %smin : f4E2M1FN, f8E8M0FNU to f16
  %2 = arith.scaling_extf %x, %s4 : f4E2M1FN, f8E8M0FNU to f32
  %3 = arith.scaling_extf %a, %s : f4E2M1FN, f8E8M0FNU to f32
  return %0, %1, %2, %3 : f16, f16, f32, f32
}
func.func @scaling_truncf() -> (f4E2M1FN, f4E2M1FN, f16, f16, f16) {
  %a = arith.constant 8.0 : f32
  %b = arith.constant 24.0 : f32
  %w = arith.constant 65536.0 : f32
  %y = arith.constant 3.0 : f32
  %one = arith.constant 1.0 : f32
  %s4 = arith.constant 4.0 : f8E8M0FNU
  %smin = arith.constant 0x00 : f8E8M0FNU
  %snan = arith.constant 0xFF : f8E8M0FNU
  %0 = arith.scaling_truncf %a, %s4 : f32, f8E8M0FNU to f4E2M1FN
  %1 = arith.scaling_truncf %b, %s4 toward_zero : f32, f8E8M0FNU to f4E2M1FN
  %2 = arith.scaling_truncf %w, %s4 : f32, f8E8M0FNU to f16
  %3 = arith.scaling_truncf %y, %smin : f32, f8E8M0FNU to f16
  %4 = arith.scaling_truncf %one, %snan : f32, f8E8M0FNU to f16
  return %0, %1, %2, %3, %4 : f4E2M1FN, f4E2M1FN, f16, f16, f16
}
func.func @scaling_truncf_no_fold(%x: f32) -> (f4E2M1FN, f4E2M1FN, f4E2M1FN, f4E2M1FN, f16, f16, f4E2M1FN, f4E2M1FN) {
  %b = arith.constant 7.0 : f32
  %c = arith.constant 100.0 : f32
  %z = arith.constant 0.0 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %y = arith.constant 3.0 : f32
  %w = arith.constant 65536.0 : f32
  %s4 = arith.constant 4.0 : f8E8M0FNU
  %snan = arith.constant 0xFF : f8E8M0FNU
  %smax = arith.constant 0xFE : f8E8M0FNU
  %s1 = arith.constant 0x70 : f8E8M0FNU
  %0 = arith.scaling_truncf %b, %s4 : f32, f8E8M0FNU to f4E2M1FN
  %1 = arith.scaling_truncf %c, %s4 : f32, f8E8M0FNU to f4E2M1FN
  %2 = arith.scaling_truncf %z, %snan : f32, f8E8M0FNU to f4E2M1FN
  %3 = arith.scaling_truncf %nan, %s4 : f32, f8E8M0FNU to f4E2M1FN
  %4 = arith.scaling_truncf %y, %smax : f32, f8E8M0FNU to f16
  %5 = arith.scaling_truncf %w, %s1 : f32, f8E8M0FNU to f16
  %6 = arith.scaling_truncf %b, %s4 to_nearest_even : f32, f8E8M0FNU to f4E2M1FN
  %7 = arith.scaling_truncf %x, %s4 : f32, f8E8M0FNU to f4E2M1FN
  return %0, %1, %2, %3, %4, %5, %6, %7 : f4E2M1FN, f4E2M1FN, f4E2M1FN, f4E2M1FN, f16, f16, f4E2M1FN, f4E2M1FN
}
func.func @scaling_vector() -> (vector<2xf32>, vector<2xf4E2M1FN>, vector<2xf4E2M1FN>) {
  %a = arith.constant dense<[1.0, 2.0]> : vector<2xf4E2M1FN>
  %s = arith.constant dense<[2.0, 4.0]> : vector<2xf8E8M0FNU>
  %b = arith.constant dense<[8.0, 4.0]> : vector<2xf32>
  %c = arith.constant dense<[8.0, 5.0]> : vector<2xf32>
  %0 = arith.scaling_extf %a, %s : vector<2xf4E2M1FN>, vector<2xf8E8M0FNU> to vector<2xf32>
  %1 = arith.scaling_truncf %b, %s : vector<2xf32>, vector<2xf8E8M0FNU> to vector<2xf4E2M1FN>
  %2 = arith.scaling_truncf %c, %s : vector<2xf32>, vector<2xf8E8M0FNU> to vector<2xf4E2M1FN>
  return %0, %1, %2 : vector<2xf32>, vector<2xf4E2M1FN>, vector<2xf4E2M1FN>
}
func.func @e8m0_casts() -> (f32, f8E8M0FNU, i8, f8E8M0FNU, f8E8M0FNU, f16, f8E8M0FNU) {
  %c = arith.constant 4.0 : f8E8M0FNU
  %f = arith.constant 8.0 : f32
  %i = arith.constant 3 : i8
  %j = arith.constant 5 : i32
  %0 = arith.extf %c : f8E8M0FNU to f32
  %1 = arith.truncf %f : f32 to f8E8M0FNU
  %2 = arith.bitcast %c : f8E8M0FNU to i8
  %3 = arith.bitcast %i : i8 to f8E8M0FNU
  %4 = arith.truncf %f to_nearest_even : f32 to f8E8M0FNU
  %5 = arith.extf %c : f8E8M0FNU to f16
  %6 = arith.sitofp %j : i32 to f8E8M0FNU
  return %0, %1, %2, %3, %4, %5, %6 : f32, f8E8M0FNU, i8, f8E8M0FNU, f8E8M0FNU, f16, f8E8M0FNU
}
func.func @e8m0_nan() -> (f16, bf16, f32, f64) {
  %n = arith.constant 0xFF : f8E8M0FNU
  %0 = arith.extf %n : f8E8M0FNU to f16
  %1 = arith.extf %n : f8E8M0FNU to bf16
  %2 = arith.extf %n : f8E8M0FNU to f32
  %3 = arith.extf %n : f8E8M0FNU to f64
  return %0, %1, %2, %3 : f16, bf16, f32, f64
}
func.func @e8m0_no_fold() -> (f8E8M0FNU, f8E8M0FNU, i32) {
  %n = arith.constant 0xFF : f8E8M0FNU
  %f = arith.constant 3.0 : f32
  %z = arith.constant 0.0 : f32
  %0 = arith.truncf %f : f32 to f8E8M0FNU
  %1 = arith.truncf %z : f32 to f8E8M0FNU
  %2 = arith.fptosi %n : f8E8M0FNU to i32
  return %0, %1, %2 : f8E8M0FNU, f8E8M0FNU, i32
}
func.func @shift_self(%x: i32, %v: vector<4xi32>, %i: index) -> (i32, i32, vector<4xi32>, index) {
  %cm1 = arith.constant -1 : i32
  %c7 = arith.constant 7 : i32
  %0 = arith.shrui %x, %x : i32
  %1 = arith.shrsi %cm1, %cm1 : i32
  %2 = arith.shrui %v, %v : vector<4xi32>
  %3 = arith.shrsi %i, %i exact : index
  return %0, %1, %2, %3 : i32, i32, vector<4xi32>, index
}
func.func @shift_self_no_fold(%x: i32, %t: tensor<?xi8>) -> (i32, tensor<?xi8>, tensor<?xi8>, i32) {
  %cm1 = arith.constant -1 : i32
  %0 = arith.shli %x, %x : i32
  %1 = arith.shrsi %t, %t : tensor<?xi8>
  %2 = arith.shli %t, %t : tensor<?xi8>
  %3 = arith.shli %cm1, %cm1 : i32
  return %0, %1, %2, %3 : i32, tensor<?xi8>, tensor<?xi8>, i32
}
func.func @shift_of_constant(%y: i32, %v: vector<2xi8>) -> (i32, i32, i32, i32, i32, i32, vector<2xi8>) {
  %c0 = arith.constant 0 : i32
  %cm1 = arith.constant -1 : i32
  %v0 = arith.constant dense<0> : vector<2xi8>
  %0 = arith.shli %c0, %y : i32
  %1 = arith.shrui %c0, %y : i32
  %2 = arith.shrsi %c0, %y : i32
  %3 = arith.shrsi %cm1, %y : i32
  %4 = arith.shrui %cm1, %y : i32
  %5 = arith.shli %cm1, %y : i32
  %6 = arith.shli %v0, %v : vector<2xi8>
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, i32, vector<2xi8>
}
func.func @div_self(%x: i32, %v: vector<2xi8>, %t: tensor<?xi16>) -> (i32, i32, i32, i32, i32, i32, i32, vector<2xi8>, tensor<?xi16>) {
  %0 = arith.divsi %x, %x : i32
  %1 = arith.divui %x, %x : i32
  %2 = arith.ceildivsi %x, %x : i32
  %3 = arith.ceildivui %x, %x : i32
  %4 = arith.floordivsi %x, %x : i32
  %5 = arith.remsi %x, %x : i32
  %6 = arith.remui %x, %x : i32
  %7 = arith.divui %v, %v : vector<2xi8>
  %8 = arith.divsi %t, %t : tensor<?xi16>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, i32, i32, i32, i32, i32, vector<2xi8>, tensor<?xi16>
}
func.func @div_of_zero(%x: i32, %v: vector<2xi32>) -> (i32, i32, i32, i32, i32, i32, i32, i32, vector<2xi32>) {
  %c0 = arith.constant 0 : i32
  %v0 = arith.constant dense<0> : vector<2xi32>
  %0 = arith.divsi %c0, %x : i32
  %1 = arith.divui %c0, %x : i32
  %2 = arith.ceildivsi %c0, %x : i32
  %3 = arith.ceildivui %c0, %x : i32
  %4 = arith.floordivsi %c0, %x : i32
  %5 = arith.remsi %c0, %x : i32
  %6 = arith.remui %c0, %x : i32
  %7 = arith.divsi %c0, %c0 : i32
  %8 = arith.remui %v0, %v : vector<2xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, i32, i32, i32, i32, i32, i32, vector<2xi32>
}
func.func @div_by_zero_no_fold(%x: i32) -> (i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.divsi %c5, %c0 : i32
  %1 = arith.remui %c5, %c0 : i32
  %2 = arith.divui %x, %c0 : i32
  return %0, %1, %2 : i32, i32, i32
}
func.func @subf_neg_zero(%x: f32, %v: vector<2xf16>) -> (f32, f32, vector<2xf16>, f32, f32, f32) {
  %nz = arith.constant -0.0 : f32
  %z = arith.constant 0.0 : f32
  %vnz = arith.constant dense<-0.0> : vector<2xf16>
  %0 = arith.subf %nz, %x : f32
  %1 = arith.subf %nz, %x fastmath<nnan,contract> : f32
  %2 = arith.subf %vnz, %v : vector<2xf16>
  %3 = arith.subf %z, %x : f32
  %4 = arith.subf %z, %x fastmath<nsz> : f32
  %5 = arith.subf %x, %nz : f32
  return %0, %1, %2, %3, %4, %5 : f32, f32, vector<2xf16>, f32, f32, f32
}
