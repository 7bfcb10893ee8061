// math dialect folders on integer constants, classification ops and vectors/tensors:
// - absi, ctlz, cttz, ctpop fold with wraparound (absi(MIN) is MIN; ctlz/cttz of 0 is the
//   width); ipowi folds by squaring, leaves 0 to a negative power and i1 alone;
// - isnan, isinf, isfinite, isnormal fold scalars and splats, not other dense constants;
// - every folder applies element-wise to splat and dense constants (one element that does
//   not fold keeps the whole op), and sincos folds both results.
func.func @absi() -> (i8, i8, i32) {
  %a = arith.constant -5 : i8
  %b = arith.constant -128 : i8
  %c = arith.constant 7 : i32
  %0 = math.absi %a : i8
  %1 = math.absi %b : i8
  %2 = math.absi %c : i32
  return %0, %1, %2 : i8, i8, i32
}
func.func @bit_counts() -> (i32, i32, i32, i8, i8, i8) {
  %a = arith.constant 40 : i32
  %z = arith.constant 0 : i8
  %0 = math.ctlz %a : i32
  %1 = math.cttz %a : i32
  %2 = math.ctpop %a : i32
  %3 = math.ctlz %z : i8
  %4 = math.cttz %z : i8
  %5 = math.ctpop %z : i8
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i8, i8, i8
}
func.func @ipowi() -> (i32, i8, i32, i32, i32) {
  %m3 = arith.constant -3 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i8
  %c9 = arith.constant 9 : i8
  %m1 = arith.constant -1 : i32
  %m2 = arith.constant -2 : i32
  %0 = math.ipowi %m3, %c5 : i32
  %1 = math.ipowi %c3, %c9 : i8
  %2 = math.ipowi %m1, %m3 : i32
  %3 = math.ipowi %c5, %m2 : i32
  %4 = math.ipowi %m3, %m1 : i32
  return %0, %1, %2, %3, %4 : i32, i8, i32, i32, i32
}
func.func @ipowi_zero_negative_no_fold() -> i32 {
  %z = arith.constant 0 : i32
  %m1 = arith.constant -1 : i32
  %r = math.ipowi %z, %m1 : i32
  return %r : i32
}
func.func @ipowi_i1_no_fold() -> i1 {
  %t = arith.constant true
  %r = math.ipowi %t, %t : i1
  return %r : i1
}
func.func @classify_scalars() -> (i1, i1, i1, i1, i1, i1) {
  %nan = arith.constant 0x7FC00000 : f32
  %inf = arith.constant 0xFF800000 : f64
  %sub = arith.constant 1.0e-40 : f32
  %0 = math.isnan %nan : f32
  %1 = math.isinf %inf : f64
  %2 = math.isfinite %inf : f64
  %3 = math.isnormal %sub : f32
  %4 = math.isnan %sub : f32
  %5 = math.isfinite %sub : f32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
func.func @classify_f16() -> i1 {
  %a = arith.constant 0x7C00 : f16
  %r = math.isinf %a : f16
  return %r : i1
}
func.func @classify_splat() -> vector<4xi1> {
  %c = arith.constant dense<0.5> : vector<4xf32>
  %r = math.isnormal %c : vector<4xf32>
  return %r : vector<4xi1>
}
func.func @classify_dense_no_fold() -> vector<2xi1> {
  %c = arith.constant dense<[0.5, 0x7FC00000]> : vector<2xf32>
  %r = math.isnan %c : vector<2xf32>
  return %r : vector<2xi1>
}
func.func @sin_splat() -> vector<4xf32> {
  %c = arith.constant dense<0.5> : vector<4xf32>
  %r = math.sin %c : vector<4xf32>
  return %r : vector<4xf32>
}
func.func @exp_dense() -> tensor<3xf64> {
  %c = arith.constant dense<[0.5, 1.0, -2.0]> : tensor<3xf64>
  %r = math.exp %c : tensor<3xf64>
  return %r : tensor<3xf64>
}
func.func @log_dense_one_negative_no_fold() -> tensor<3xf32> {
  %c = arith.constant dense<[-0.5, 1.0, 2.0]> : tensor<3xf32>
  %r = math.log %c : tensor<3xf32>
  return %r : tensor<3xf32>
}
func.func @floor_dense_f16() -> tensor<3xf16> {
  %c = arith.constant dense<[-0.5, 1.5, 2.0]> : tensor<3xf16>
  %r = math.floor %c : tensor<3xf16>
  return %r : tensor<3xf16>
}
func.func @copysign_splat_and_dense() -> tensor<2xf32> {
  %a = arith.constant dense<[0.5, -1.0]> : tensor<2xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %r = math.copysign %a, %b : tensor<2xf32>
  return %r : tensor<2xf32>
}
func.func @int_dense() -> (tensor<2xi32>, vector<3xi16>) {
  %a = arith.constant dense<[1, 256]> : tensor<2xi32>
  %b = arith.constant dense<[3, 2]> : tensor<2xi32>
  %c = arith.constant dense<-7> : vector<3xi16>
  %0 = math.ipowi %a, %b : tensor<2xi32>
  %1 = math.absi %c : vector<3xi16>
  return %0, %1 : tensor<2xi32>, vector<3xi16>
}
func.func @fpowi_dense() -> tensor<2xf32> {
  %a = arith.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %n = arith.constant dense<[3, -2]> : tensor<2xi32>
  %r = math.fpowi %a, %n : tensor<2xf32>, tensor<2xi32>
  return %r : tensor<2xf32>
}
func.func @sincos_splat() -> (vector<2xf64>, vector<2xf64>) {
  %c = arith.constant dense<1.25> : vector<2xf64>
  %s, %co = math.sincos %c : vector<2xf64>
  return %s, %co : vector<2xf64>, vector<2xf64>
}
