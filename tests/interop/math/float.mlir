// math float ops: every unary function, sincos (named results), binary and ternary ops,
// fpowi, clampf and the classification ops, with and without fast-math flags.

func.func @float_unary(%x: f32, %v: vector<4xf16>, %t: tensor<?xf64>) {
  %0 = math.absf %x : f32
  %1 = math.acos %x : f32
  %2 = math.acosh %x : f32
  %3 = math.asin %x : f32
  %4 = math.asinh %x : f32
  %5 = math.atan %x : f32
  %6 = math.atanh %x : f32
  %7 = math.cbrt %x : f32
  %8 = math.ceil %x : f32
  %9 = math.cos %x : f32
  %10 = math.cosh %x : f32
  %11 = math.erf %x : f32
  %12 = math.erfc %x : f32
  %13 = math.exp %x : f32
  %14 = math.exp2 %x : f32
  %15 = math.expm1 %x : f32
  %16 = math.floor %x : f32
  %17 = math.log %x : f32
  %18 = math.log10 %x : f32
  %19 = math.log1p %x : f32
  %20 = math.log2 %x : f32
  %21 = math.round %x : f32
  %22 = math.roundeven %x : f32
  %23 = math.rsqrt %x : f32
  %24 = math.sin %x : f32
  %25 = math.sinh %x : f32
  %26 = math.sqrt %v fastmath<afn> : vector<4xf16>
  %27 = math.tan %x : f32
  %28 = math.tanh %t fastmath<fast> : tensor<?xf64>
  %29 = math.trunc %x {tag} : f32
  %sin, %cos = math.sincos %x fastmath<nnan> : f32
  %30:2 = math.sincos %v : vector<4xf16>
  return
}

func.func @float_other(%x: f32, %y: f32, %z: f32, %n: i32, %v: vector<4xf32>, %vn: vector<4xi32>) {
  %0 = math.atan2 %x, %y : f32
  %1 = math.copysign %x, %y : f32
  %2 = math.powf %x, %y fastmath<fast> : f32
  %3 = math.fma %x, %y, %z : f32
  %4 = math.fma %v, %v, %v fastmath<contract> : vector<4xf32>
  %5 = math.fpowi %x, %n : f32, i32
  %6 = math.fpowi %v, %vn fastmath<fast> : vector<4xf32>, vector<4xi32>
  %7 = math.clampf %x to [%y, %z] : f32
  %8 = math.clampf %v to [%v, %v] fastmath<nnan,ninf> : vector<4xf32>
  %9 = math.isfinite %x : f32
  %10 = math.isinf %x fastmath<ninf> : f32
  %11 = math.isnan %v : vector<4xf32>
  %12 = math.isnormal %x : f32
  return
}
