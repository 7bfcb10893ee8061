// canonicalize: IEEE float folds (single rounding, infinities, NaN, signed zeros, f16),
// identities (x + -0.0, x * 1.0), negf of constants, remf.
func.func @f(%x: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f16) {
  %a = arith.constant 0.1 : f32
  %b = arith.constant 0.2 : f32
  %z = arith.constant 0.0 : f32
  %nz = arith.constant -0.0 : f32
  %one = arith.constant 1.0 : f32
  %big = arith.constant 3.0e38 : f32
  %h1 = arith.constant 0.1 : f16
  %h2 = arith.constant 0.2 : f16
  %0 = arith.addf %a, %b : f32
  %1 = arith.divf %one, %z : f32
  %2 = arith.mulf %big, %big : f32
  %3 = arith.subf %z, %z : f32
  %4 = arith.divf %z, %z : f32
  %5 = arith.addf %x, %nz : f32
  %6 = arith.mulf %one, %x : f32
  %7 = arith.negf %a : f32
  %8 = arith.remf %big, %b : f32
  %9 = arith.addf %nz, %nz : f32
  %10 = arith.addf %h1, %h2 : f16
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f16
}

// Identities answer before constant folding: the existing zero constant survives.
func.func @g() -> (f32, f32) {
  %a = arith.constant 0.1 : f32
  %z = arith.constant 0.0 : f32
  %0 = arith.addf %a, %a : f32
  %3 = arith.subf %z, %z : f32
  return %0, %3 : f32, f32
}
