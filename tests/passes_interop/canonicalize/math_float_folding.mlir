// math dialect folders on float constants, checked against MLIR's canonicalizer:
// - libm-backed folds (sin, exp, log, powf, atan2, sqrt, rsqrt, round, trunc, ...) for f32
//   (single-precision C functions) and f64, which must give MLIR's exact bits;
// - the same ops left alone on f16/bf16, on negative operands of log/sqrt/rsqrt (also
//   -0.0) and on log1p below -1;
// - exact folds for every float type: absf, copysign, ceil, floor, roundeven;
// - atan2(0, 0) is NaN for every type; fpowi multiplies by squaring in the base's type;
// - fma and clampf never fold.
func.func @sin_f32() -> f32 {
  %c = arith.constant 0.7 : f32
  %r = math.sin %c : f32
  return %r : f32
}
func.func @sin_f64() -> f64 {
  %c = arith.constant 0.7 : f64
  %r = math.sin %c : f64
  return %r : f64
}
func.func @sin_f16_no_fold() -> f16 {
  %c = arith.constant 0.7 : f16
  %r = math.sin %c : f16
  return %r : f16
}
func.func @cos_tan_f32() -> (f32, f32) {
  %c = arith.constant 1.3 : f32
  %0 = math.cos %c : f32
  %1 = math.tan %c : f32
  return %0, %1 : f32, f32
}
func.func @hyperbolic_f64() -> (f64, f64, f64) {
  %c = arith.constant -2.25 : f64
  %0 = math.sinh %c : f64
  %1 = math.cosh %c : f64
  %2 = math.tanh %c : f64
  return %0, %1, %2 : f64, f64, f64
}
func.func @inverse_trig_f32() -> (f32, f32, f32, f32) {
  %c = arith.constant 0.3 : f32
  %0 = math.asin %c : f32
  %1 = math.acos %c : f32
  %2 = math.atan %c : f32
  %3 = math.atanh %c : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}
func.func @acos_out_of_domain_is_nan() -> (f32, f64) {
  %c = arith.constant 2.0 : f32
  %d = arith.constant 2.0 : f64
  %0 = math.acos %c : f32
  %1 = math.acos %d : f64
  return %0, %1 : f32, f64
}
func.func @inverse_hyperbolic_f64() -> (f64, f64) {
  %c = arith.constant 3.5 : f64
  %0 = math.asinh %c : f64
  %1 = math.acosh %c : f64
  return %0, %1 : f64, f64
}
func.func @exp_family_f32() -> (f32, f32, f32) {
  %c = arith.constant 1.75 : f32
  %0 = math.exp %c : f32
  %1 = math.exp2 %c : f32
  %2 = math.expm1 %c : f32
  return %0, %1, %2 : f32, f32, f32
}
func.func @exp_overflow_f32() -> f32 {
  %c = arith.constant 100.0 : f32
  %r = math.exp %c : f32
  return %r : f32
}
func.func @log_family_f64() -> (f64, f64, f64, f64) {
  %c = arith.constant 7.5 : f64
  %0 = math.log %c : f64
  %1 = math.log2 %c : f64
  %2 = math.log10 %c : f64
  %3 = math.log1p %c : f64
  return %0, %1, %2, %3 : f64, f64, f64, f64
}
func.func @log_zero_is_minus_inf() -> f32 {
  %c = arith.constant 0.0 : f32
  %r = math.log %c : f32
  return %r : f32
}
func.func @log_negative_no_fold() -> (f32, f32, f32) {
  %c = arith.constant -2.0 : f32
  %z = arith.constant -0.0 : f32
  %0 = math.log %c : f32
  %1 = math.log2 %z : f32
  %2 = math.log10 %c : f32
  return %0, %1, %2 : f32, f32, f32
}
func.func @log1p_guard() -> (f32, f32) {
  %m1 = arith.constant -1.0 : f32
  %m2 = arith.constant -2.0 : f32
  %0 = math.log1p %m1 : f32
  %1 = math.log1p %m2 : f32
  return %0, %1 : f32, f32
}
func.func @sqrt_rsqrt() -> (f32, f64, f32, f64) {
  %c = arith.constant 2.0 : f32
  %d = arith.constant 3.0 : f64
  %0 = math.sqrt %c : f32
  %1 = math.sqrt %d : f64
  %2 = math.rsqrt %c : f32
  %3 = math.rsqrt %d : f64
  return %0, %1, %2, %3 : f32, f64, f32, f64
}
func.func @sqrt_negative_no_fold() -> (f32, f32) {
  %c = arith.constant -4.0 : f32
  %z = arith.constant -0.0 : f32
  %0 = math.sqrt %c : f32
  %1 = math.rsqrt %z : f32
  return %0, %1 : f32, f32
}
func.func @rsqrt_zero_is_inf() -> f32 {
  %c = arith.constant 0.0 : f32
  %r = math.rsqrt %c : f32
  return %r : f32
}
func.func @cbrt_erf_erfc() -> (f32, f64, f32) {
  %c = arith.constant -27.5 : f32
  %d = arith.constant 0.25 : f64
  %0 = math.cbrt %c : f32
  %1 = math.erf %d : f64
  %2 = math.erfc %c : f32
  return %0, %1, %2 : f32, f64, f32
}
func.func @powf_and_atan2() -> (f32, f64, f32) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant -2.25 : f32
  %c = arith.constant 10.0 : f64
  %d = arith.constant 0.3 : f64
  %0 = math.powf %a, %b : f32
  %1 = math.powf %c, %d : f64
  %2 = math.atan2 %a, %b : f32
  return %0, %1, %2 : f32, f64, f32
}
func.func @powf_negative_base_nan() -> f32 {
  %a = arith.constant -2.0 : f32
  %b = arith.constant 0.5 : f32
  %r = math.powf %a, %b : f32
  return %r : f32
}
func.func @atan2_zero_zero_any_type() -> (f16, bf16, f32) {
  %h = arith.constant 0.0 : f16
  %b = arith.constant -0.0 : bf16
  %f = arith.constant 0.0 : f32
  %0 = math.atan2 %h, %h : f16
  %1 = math.atan2 %b, %b : bf16
  %2 = math.atan2 %f, %f : f32
  return %0, %1, %2 : f16, bf16, f32
}
func.func @binary_f16_no_fold() -> (f16, f16) {
  %a = arith.constant 1.5 : f16
  %b = arith.constant 2.0 : f16
  %0 = math.powf %a, %b : f16
  %1 = math.atan2 %a, %b : f16
  return %0, %1 : f16, f16
}
func.func @round_trunc() -> (f32, f32, f64, f64) {
  %a = arith.constant -2.5 : f32
  %b = arith.constant 2.5 : f64
  %0 = math.round %a : f32
  %1 = math.trunc %a : f32
  %2 = math.round %b : f64
  %3 = math.trunc %b : f64
  return %0, %1, %2, %3 : f32, f32, f64, f64
}
func.func @round_bf16_no_fold() -> bf16 {
  %a = arith.constant -2.5 : bf16
  %r = math.round %a : bf16
  return %r : bf16
}
func.func @exact_ops_every_type() -> (f16, bf16, f16, bf16, f16, f8E4M3FN) {
  %a = arith.constant -2.5 : f16
  %b = arith.constant 2.5 : bf16
  %c = arith.constant 0.5 : f8E4M3FN
  %0 = math.absf %a : f16
  %1 = math.ceil %b : bf16
  %2 = math.floor %a : f16
  %3 = math.roundeven %b : bf16
  %4 = math.copysign %a, %a : f16
  %5 = math.roundeven %c : f8E4M3FN
  return %0, %1, %2, %3, %4, %5 : f16, bf16, f16, bf16, f16, f8E4M3FN
}
func.func @rounding_keeps_zero_sign() -> (f32, f32, f32) {
  %a = arith.constant -0.4 : f32
  %b = arith.constant 0.4 : f32
  %0 = math.ceil %a : f32
  %1 = math.floor %b : f32
  %2 = math.roundeven %a : f32
  return %0, %1, %2 : f32, f32, f32
}
func.func @rounding_quiets_nan() -> f32 {
  %a = arith.constant 0x7F800001 : f32
  %r = math.ceil %a : f32
  return %r : f32
}
func.func @copysign_and_absf_nan() -> (f32, f32) {
  %n = arith.constant 0xFFC00000 : f32
  %one = arith.constant 1.0 : f32
  %0 = math.absf %n : f32
  %1 = math.copysign %one, %n : f32
  return %0, %1 : f32, f32
}
func.func @fpowi_by_squaring() -> (f32, f64, f32) {
  %a = arith.constant 0x40D755D8 : f32
  %b = arith.constant 1.1 : f64
  %n5 = arith.constant 5 : i32
  %m3 = arith.constant -3 : i32
  %0 = math.fpowi %a, %n5 : f32, i32
  %1 = math.fpowi %b, %m3 : f64, i32
  %2 = math.fpowi %a, %m3 : f32, i32
  return %0, %1, %2 : f32, f64, f32
}
func.func @fpowi_f16_no_fold() -> f16 {
  %a = arith.constant 2.0 : f16
  %n = arith.constant 3 : i32
  %r = math.fpowi %a, %n : f16, i32
  return %r : f16
}
func.func @sincos_f32() -> (f32, f32) {
  %a = arith.constant 0.5 : f32
  %s, %c = math.sincos %a : f32
  return %s, %c : f32, f32
}
func.func @fma_clampf_no_fold() -> (f32, f32) {
  %a = arith.constant 0.5 : f32
  %b = arith.constant 2.0 : f32
  %c = arith.constant 1.0 : f32
  %0 = math.fma %a, %b, %c : f32
  %1 = math.clampf %b to [%a, %c] : f32
  return %0, %1 : f32, f32
}
func.func @non_constant_no_fold(%x: f32) -> (f32, f32) {
  %0 = math.sin %x : f32
  %1 = math.absf %x : f32
  return %0, %1 : f32, f32
}
