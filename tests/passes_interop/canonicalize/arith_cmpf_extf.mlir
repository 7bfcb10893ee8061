// canonicalize: cmpf of constants for ordered and unordered predicates (NaN on one side),
// extf of constants (signed zero, infinity, f16 -> f32).
func.func @f() -> (i1, i1, i1, i1, i1, i1, i1, i1, f64, f64, f32) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant 2.5 : f32
  %n = arith.constant 0x7FC00000 : f32
  %h = arith.constant 0.1 : f16
  %z = arith.constant -0.0 : f32
  %i = arith.constant 0x7F800000 : f32
  %0 = arith.cmpf olt, %a, %b : f32
  %1 = arith.cmpf ogt, %a, %b : f32
  %2 = arith.cmpf ueq, %a, %n : f32
  %3 = arith.cmpf oeq, %n, %n : f32
  %4 = arith.cmpf une, %a, %a : f32
  %5 = arith.cmpf ord, %a, %b : f32
  %6 = arith.cmpf uno, %n, %a : f32
  %7 = arith.cmpf one, %a, %b : f32
  %8 = arith.extf %z : f32 to f64
  %9 = arith.extf %i : f32 to f64
  %10 = arith.extf %h : f16 to f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : i1, i1, i1, i1, i1, i1, i1, i1, f64, f64, f32
}
