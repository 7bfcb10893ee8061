// arith cast folders and cast canonicalizations, checked against MLIR's canonicalizer:
// - constant sitofp/uitofp (rounded, overflow to inf), fptosi/fptoui (toward zero; NaN,
//   infinities and out-of-range values do not fold), exact-only truncf/extf (NaN payloads
//   shifted), bitcast, on scalars, splats and dense constants;
// - chains: extsi(extsi), extui(extui), extsi(extui), trunci(ext), trunci(trunci),
//   trunci(shrsi) -> trunci(shrui), index_cast(index_cast), index_cast(extsi),
//   bitcast(bitcast), truncf(sitofp/uitofp), extf(truncf) with contract flags;
// - negative cases: inexact truncf, truncf with a rounding mode over sitofp, truncf(extf),
//   index casts whose types do not round-trip.
func.func @int_to_float() -> (f32, f16, f64, f32, bf16) {
  %a = arith.constant -7 : i32
  %b = arith.constant 70000 : i32
  %c = arith.constant 16777217 : i64
  %d = arith.constant -1 : i8
  %0 = arith.sitofp %a : i32 to f32
  %1 = arith.sitofp %b : i32 to f16
  %2 = arith.sitofp %c : i64 to f64
  %3 = arith.uitofp %d : i8 to f32
  %4 = arith.sitofp %c : i64 to bf16
  return %0, %1, %2, %3, %4 : f32, f16, f64, f32, bf16
}
func.func @float_to_int() -> (i32, i32, i8, i8, i8) {
  %a = arith.constant -7.9 : f32
  %e = arith.constant 2.5 : f32
  %f = arith.constant 255.5 : f32
  %g = arith.constant -0.99 : f32
  %h = arith.constant -128.9 : f64
  %0 = arith.fptosi %a : f32 to i32
  %1 = arith.fptoui %e : f32 to i32
  %2 = arith.fptoui %f : f32 to i8
  %3 = arith.fptoui %g : f32 to i8
  %4 = arith.fptosi %h : f64 to i8
  return %0, %1, %2, %3, %4 : i32, i32, i8, i8, i8
}
func.func @float_to_int_invalid_no_fold() -> (i8, i8, i32, i8) {
  %b = arith.constant 300.0 : f32
  %c = arith.constant -1.0 : f32
  %d = arith.constant 0x7FC00000 : f32
  %i = arith.constant 0xFC00 : f16
  %0 = arith.fptosi %b : f32 to i8
  %1 = arith.fptoui %c : f32 to i8
  %2 = arith.fptosi %d : f32 to i32
  %3 = arith.fptoui %i : f16 to i8
  return %0, %1, %2, %3 : i8, i8, i32, i8
}
func.func @truncf_exact_folds() -> (f16, bf16, f16, f16, f16) {
  %a = arith.constant 0.5 : f32
  %b = arith.constant 0x7F800000 : f32
  %c = arith.constant 5.96046448E-8 : f32
  %n = arith.constant 0xFFC02000 : f32
  %0 = arith.truncf %a : f32 to f16
  %1 = arith.truncf %b : f32 to bf16
  %2 = arith.truncf %c : f32 to f16
  %3 = arith.truncf %n : f32 to f16
  %4 = arith.truncf %a upward : f32 to f16
  return %0, %1, %2, %3, %4 : f16, bf16, f16, f16, f16
}
func.func @truncf_inexact_no_fold() -> (f16, bf16, f16, f32, f16, f16) {
  %a = arith.constant 0.1 : f32
  %b = arith.constant 1.0e10 : f32
  %c = arith.constant 1.0e-10 : f64
  %s = arith.constant 0x7F800001 : f32
  %p = arith.constant 0x7FC00001 : f32
  %0 = arith.truncf %a : f32 to f16
  %1 = arith.truncf %a downward : f32 to bf16
  %2 = arith.truncf %b : f32 to f16
  %3 = arith.truncf %c : f64 to f32
  %4 = arith.truncf %s : f32 to f16
  %5 = arith.truncf %p : f32 to f16
  return %0, %1, %2, %3, %4, %5 : f16, bf16, f16, f32, f16, f16
}
func.func @extf_constants() -> (f32, f64, f16) {
  %a = arith.constant -0.0 : f16
  %n = arith.constant 0x7E01 : f16
  %e = arith.constant 0x7F : f8E4M3FN
  %0 = arith.extf %a : f16 to f32
  %1 = arith.extf %n : f16 to f64
  %2 = arith.extf %e : f8E4M3FN to f16
  return %0, %1, %2 : f32, f64, f16
}
func.func @bitcast_constants() -> (f32, i32, i16, tensor<2xi16>) {
  %a = arith.constant 1065353216 : i32
  %b = arith.constant 1.5 : f32
  %c = arith.constant 1.0 : bf16
  %h = arith.constant dense<[0.5, 2.0]> : tensor<2xf16>
  %0 = arith.bitcast %a : i32 to f32
  %1 = arith.bitcast %b : f32 to i32
  %2 = arith.bitcast %c : bf16 to i16
  %3 = arith.bitcast %h : tensor<2xf16> to tensor<2xi16>
  return %0, %1, %2, %3 : f32, i32, i16, tensor<2xi16>
}
func.func @dense_and_splat_casts() -> (vector<3xf32>, tensor<3xi8>, vector<3xi64>, vector<3xi8>, tensor<3xf16>) {
  %i = arith.constant dense<[1, -2, 300]> : vector<3xi32>
  %g = arith.constant dense<[1.5, -2.5, 3.0]> : tensor<3xf32>
  %s = arith.constant dense<7> : vector<3xi32>
  %0 = arith.sitofp %i : vector<3xi32> to vector<3xf32>
  %1 = arith.fptosi %g : tensor<3xf32> to tensor<3xi8>
  %2 = arith.extsi %i : vector<3xi32> to vector<3xi64>
  %3 = arith.trunci %s : vector<3xi32> to vector<3xi8>
  %4 = arith.truncf %g : tensor<3xf32> to tensor<3xf16>
  return %0, %1, %2, %3, %4 : vector<3xf32>, tensor<3xi8>, vector<3xi64>, vector<3xi8>, tensor<3xf16>
}
func.func @dense_one_element_invalid_no_fold() -> tensor<3xi8> {
  %f = arith.constant dense<[1.5, -2.5, 300.0]> : tensor<3xf32>
  %0 = arith.fptosi %f : tensor<3xf32> to tensor<3xi8>
  return %0 : tensor<3xi8>
}
func.func @integer_cast_constants() -> (i64, i64, index, i16) {
  %a = arith.constant -3 : i32
  %0 = arith.extsi %a : i32 to i64
  %1 = arith.extui %a : i32 to i64
  %2 = arith.index_castui %a : i32 to index
  %3 = arith.trunci %a : i32 to i16
  return %0, %1, %2, %3 : i64, i64, index, i16
}
func.func @bitcast_chains(%x: i32, %y: f16) -> (i32, f32, bf16) {
  %0 = arith.bitcast %x : i32 to f32
  %1 = arith.bitcast %0 : f32 to i32
  %2 = arith.bitcast %y : f16 to i16
  %3 = arith.bitcast %2 : i16 to bf16
  return %1, %0, %3 : i32, f32, bf16
}
func.func @index_cast_chains(%x: i32, %y: index) -> (i32, index, index, i64) {
  %0 = arith.index_cast %x : i32 to index
  %1 = arith.index_cast %0 : index to i32
  %2 = arith.index_cast %y : index to i64
  %3 = arith.index_cast %2 : i64 to index
  %e = arith.extsi %x : i32 to i64
  %4 = arith.index_cast %e : i64 to index
  %5 = arith.index_cast %0 : index to i64
  return %1, %3, %4, %5 : i32, index, index, i64
}
func.func @index_castui_chains(%x: i32) -> (i32, index, i64) {
  %0 = arith.index_castui %x : i32 to index
  %1 = arith.index_castui %0 : index to i32
  %e = arith.extui %x : i32 to i64
  %2 = arith.index_castui %e : i64 to index
  %3 = arith.index_castui %0 : index to i64
  return %1, %2, %3 : i32, index, i64
}
func.func @ext_chains(%x: i8) -> (i32, i32, i32) {
  %0 = arith.extui %x : i8 to i16
  %1 = arith.extui %0 : i16 to i32
  %2 = arith.extsi %x : i8 to i16
  %3 = arith.extsi %2 : i16 to i32
  %4 = arith.extsi %0 : i16 to i32
  return %1, %3, %4 : i32, i32, i32
}
func.func @trunc_of_ext(%x: i8) -> (i16, i8, i8, i8, i16) {
  %0 = arith.extui %x : i8 to i16
  %1 = arith.extui %0 : i16 to i32
  %5 = arith.extsi %x : i8 to i32
  %6 = arith.trunci %5 : i32 to i16
  %7 = arith.trunci %5 : i32 to i8
  %8 = arith.trunci %1 : i32 to i8
  %9 = arith.trunci %6 : i16 to i8
  %10 = arith.extui %x : i8 to i64
  %11 = arith.trunci %10 : i64 to i16
  return %6, %7, %8, %9, %11 : i16, i8, i8, i8, i16
}
func.func @trunc_of_wider_ext(%x: i32) -> i16 {
  %0 = arith.extsi %x : i32 to i64
  %1 = arith.trunci %0 : i64 to i16
  return %1 : i16
}
func.func @trunc_trunc(%x: i64) -> i8 {
  %0 = arith.trunci %x : i64 to i32
  %1 = arith.trunci %0 : i32 to i8
  return %1 : i8
}
func.func @trunc_of_shrsi(%x: i64) -> (i32, i32) {
  %c32 = arith.constant 32 : i64
  %c31 = arith.constant 31 : i64
  %0 = arith.shrsi %x, %c32 : i64
  %1 = arith.trunci %0 : i64 to i32
  %2 = arith.shrsi %x, %c31 : i64
  %3 = arith.trunci %2 : i64 to i32
  return %1, %3 : i32, i32
}
func.func @truncf_of_int_to_float(%i: i32) -> (bf16, f16, f16) {
  %s = arith.sitofp %i : i32 to f32
  %0 = arith.truncf %s : f32 to bf16
  %u = arith.uitofp %i : i32 to f32
  %1 = arith.truncf %u : f32 to f16
  %2 = arith.truncf %s toward_zero : f32 to f16
  return %0, %1, %2 : bf16, f16, f16
}
func.func @truncf_of_extf_no_fold(%x: f32) -> (f16, f32) {
  %e = arith.extf %x fastmath<contract> : f32 to f64
  %0 = arith.truncf %e fastmath<contract> : f64 to f16
  %1 = arith.truncf %e : f64 to f32
  return %0, %1 : f16, f32
}
func.func @extf_of_truncf(%x: f32) -> (f32, f32, f32) {
  %t = arith.truncf %x fastmath<contract> : f32 to f16
  %0 = arith.extf %t fastmath<contract> : f16 to f32
  %1 = arith.extf %t : f16 to f32
  %t2 = arith.truncf %x fastmath<fast> : f32 to f16
  %2 = arith.extf %t2 fastmath<fast> : f16 to f32
  return %0, %1, %2 : f32, f32, f32
}
