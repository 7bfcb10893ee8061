// CmpFIntToFPConst: cmpf of sitofp/uitofp against a scalar float constant becomes a cmpi
// of the integer against an integer constant, or a constant i1, checked against MLIR:
// - every predicate (ordered, unordered, ord/uno) for signed and unsigned sources;
// - integral constants, fractional constants (positive and negative, which adjust the
//   predicate or decide it), zero and -0.0;
// - constants beyond the integer's range (+-inf, huge values) decide the compare;
// - integers wider than the mantissa: left alone when the rounding could matter;
// - not rewritten: NaN constants, constants on the left, vectors, other producers.
func.func @signed_integral(%x: i32) -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %f = arith.sitofp %x : i32 to f64
  %c = arith.constant 4.0 : f64
  %0 = arith.cmpf oeq, %f, %c : f64
  %1 = arith.cmpf ueq, %f, %c : f64
  %2 = arith.cmpf ogt, %f, %c : f64
  %3 = arith.cmpf ugt, %f, %c : f64
  %4 = arith.cmpf oge, %f, %c : f64
  %5 = arith.cmpf uge, %f, %c : f64
  %6 = arith.cmpf olt, %f, %c : f64
  %7 = arith.cmpf ult, %f, %c : f64
  %8 = arith.cmpf ole, %f, %c : f64
  %9 = arith.cmpf ule, %f, %c : f64
  %10 = arith.cmpf one, %f, %c : f64
  %11 = arith.cmpf une, %f, %c : f64
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}
func.func @unsigned_integral(%x: i16) -> (i1, i1, i1, i1, i1, i1) {
  %f = arith.uitofp %x : i16 to f32
  %c = arith.constant 100.0 : f32
  %0 = arith.cmpf oeq, %f, %c : f32
  %1 = arith.cmpf ogt, %f, %c : f32
  %2 = arith.cmpf uge, %f, %c : f32
  %3 = arith.cmpf olt, %f, %c : f32
  %4 = arith.cmpf ule, %f, %c : f32
  %5 = arith.cmpf une, %f, %c : f32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
func.func @ord_uno(%x: i32, %y: i8) -> (i1, i1, i1, i1) {
  %f = arith.sitofp %x : i32 to f64
  %g = arith.uitofp %y : i8 to f32
  %c = arith.constant 1.5 : f64
  %d = arith.constant -3.0 : f32
  %0 = arith.cmpf ord, %f, %c : f64
  %1 = arith.cmpf uno, %f, %c : f64
  %2 = arith.cmpf ord, %g, %d : f32
  %3 = arith.cmpf uno, %g, %d : f32
  return %0, %1, %2, %3 : i1, i1, i1, i1
}
func.func @signed_fraction_pos(%x: i32) -> (i1, i1, i1, i1, i1, i1) {
  %f = arith.sitofp %x : i32 to f64
  %c = arith.constant 4.4 : f64
  %0 = arith.cmpf oeq, %f, %c : f64
  %1 = arith.cmpf une, %f, %c : f64
  %2 = arith.cmpf olt, %f, %c : f64
  %3 = arith.cmpf ole, %f, %c : f64
  %4 = arith.cmpf ogt, %f, %c : f64
  %5 = arith.cmpf oge, %f, %c : f64
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
func.func @signed_fraction_neg(%x: i32) -> (i1, i1, i1, i1, i1, i1) {
  %f = arith.sitofp %x : i32 to f64
  %c = arith.constant -4.4 : f64
  %0 = arith.cmpf ueq, %f, %c : f64
  %1 = arith.cmpf one, %f, %c : f64
  %2 = arith.cmpf ult, %f, %c : f64
  %3 = arith.cmpf ule, %f, %c : f64
  %4 = arith.cmpf ugt, %f, %c : f64
  %5 = arith.cmpf uge, %f, %c : f64
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
func.func @unsigned_fraction(%x: i32) -> (i1, i1, i1, i1, i1, i1, i1, i1) {
  %f = arith.uitofp %x : i32 to f64
  %c = arith.constant 4.4 : f64
  %n = arith.constant -0.5 : f64
  %0 = arith.cmpf olt, %f, %c : f64
  %1 = arith.cmpf ole, %f, %c : f64
  %2 = arith.cmpf ogt, %f, %c : f64
  %3 = arith.cmpf oge, %f, %c : f64
  %4 = arith.cmpf olt, %f, %n : f64
  %5 = arith.cmpf ole, %f, %n : f64
  %6 = arith.cmpf ogt, %f, %n : f64
  %7 = arith.cmpf oge, %f, %n : f64
  return %0, %1, %2, %3, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1, i1, i1
}
func.func @zeros(%x: i32) -> (i1, i1, i1, i1) {
  %f = arith.sitofp %x : i32 to f32
  %g = arith.uitofp %x : i32 to f64
  %z = arith.constant 0.0 : f32
  %nz = arith.constant -0.0 : f64
  %0 = arith.cmpf olt, %f, %z : f32
  %1 = arith.cmpf oeq, %f, %z : f32
  %2 = arith.cmpf oge, %g, %nz : f64
  %3 = arith.cmpf ult, %g, %nz : f64
  return %0, %1, %2, %3 : i1, i1, i1, i1
}
func.func @out_of_range_signed(%x: i8) -> (i1, i1, i1, i1, i1, i1, i1, i1) {
  %f = arith.sitofp %x : i8 to f32
  %big = arith.constant 300.0 : f32
  %small = arith.constant -300.0 : f32
  %inf = arith.constant 0x7F800000 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %0 = arith.cmpf olt, %f, %big : f32
  %1 = arith.cmpf ogt, %f, %big : f32
  %2 = arith.cmpf une, %f, %big : f32
  %3 = arith.cmpf ogt, %f, %small : f32
  %4 = arith.cmpf ole, %f, %small : f32
  %5 = arith.cmpf oeq, %f, %small : f32
  %6 = arith.cmpf olt, %f, %inf : f32
  %7 = arith.cmpf oge, %f, %ninf : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1, i1, i1
}
func.func @out_of_range_unsigned(%x: i8) -> (i1, i1, i1, i1, i1, i1) {
  %f = arith.uitofp %x : i8 to f32
  %big = arith.constant 256.0 : f32
  %neg = arith.constant -1.0 : f32
  %inf = arith.constant 0x7F800000 : f32
  %0 = arith.cmpf ule, %f, %big : f32
  %1 = arith.cmpf uge, %f, %big : f32
  %2 = arith.cmpf ogt, %f, %neg : f32
  %3 = arith.cmpf olt, %f, %neg : f32
  %4 = arith.cmpf one, %f, %neg : f32
  %5 = arith.cmpf ult, %f, %inf : f32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
func.func @edges(%x: i8) -> (i1, i1, i1, i1) {
  %f = arith.sitofp %x : i8 to f32
  %g = arith.uitofp %x : i8 to f32
  %max = arith.constant 127.0 : f32
  %min = arith.constant -128.0 : f32
  %umax = arith.constant 255.0 : f32
  %0 = arith.cmpf oeq, %f, %max : f32
  %1 = arith.cmpf olt, %f, %min : f32
  %2 = arith.cmpf oge, %g, %umax : f32
  %3 = arith.cmpf oeq, %g, %min : f32
  return %0, %1, %2, %3 : i1, i1, i1, i1
}
func.func @wide_int(%x: i64, %y: i32) -> (i1, i1, i1, i1, i1, i1) {
  %f = arith.sitofp %x : i64 to f64
  %g = arith.sitofp %y : i32 to f32
  %h = arith.uitofp %y : i32 to f16
  %small = arith.constant 1000.0 : f64
  %large = arith.constant 1.0e18 : f64
  %mid = arith.constant 16777216.0 : f32
  %huge = arith.constant 1.0e30 : f32
  %inf = arith.constant 0x7C00 : f16
  %two = arith.constant 2.0 : f16
  %0 = arith.cmpf olt, %f, %small : f64
  %1 = arith.cmpf olt, %f, %large : f64
  %2 = arith.cmpf oeq, %g, %mid : f32
  %3 = arith.cmpf olt, %g, %huge : f32
  %4 = arith.cmpf olt, %h, %inf : f16
  %5 = arith.cmpf olt, %h, %two : f16
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
func.func @small_types(%x: i4, %y: i1) -> (i1, i1, i1, i1) {
  %f = arith.sitofp %x : i4 to f16
  %g = arith.uitofp %y : i1 to bf16
  %h = arith.sitofp %y : i1 to f32
  %c = arith.constant 3.0 : f16
  %d = arith.constant 1.0 : bf16
  %e = arith.constant -1.0 : f32
  %0 = arith.cmpf ogt, %f, %c : f16
  %1 = arith.cmpf oeq, %g, %d : bf16
  %2 = arith.cmpf oeq, %h, %e : f32
  %3 = arith.cmpf ogt, %h, %e : f32
  return %0, %1, %2, %3 : i1, i1, i1, i1
}
func.func @no_rewrite(%x: i32, %v: vector<4xi32>, %a: f32) -> (i1, i1, vector<4xi1>, i1, i1, i1) {
  %f = arith.sitofp %x : i32 to f32
  %vf = arith.sitofp %v : vector<4xi32> to vector<4xf32>
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 2.0 : f32
  %vc = arith.constant dense<2.0> : vector<4xf32>
  %0 = arith.cmpf olt, %f, %nan : f32
  %1 = arith.cmpf olt, %c, %f : f32
  %2 = arith.cmpf olt, %vf, %vc : vector<4xf32>
  %3 = arith.cmpf olt, %a, %c : f32
  %4 = arith.cmpf olt, %f, %a : f32
  %5 = arith.cmpf true, %f, %a : f32
  return %0, %1, %2, %3, %4, %5 : i1, i1, vector<4xi1>, i1, i1, i1
}
func.func @fastmath(%x: i32) -> i1 {
  %f = arith.sitofp %x : i32 to f32
  %c = arith.constant 2.0 : f32
  %0 = arith.cmpf olt, %f, %c fastmath<fast> : f32
  return %0 : i1
}
