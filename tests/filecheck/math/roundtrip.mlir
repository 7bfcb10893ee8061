// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// Every math op in its custom form, on scalars, vectors and tensors, with and without
// fast-math flags; `sincos` results take MLIR's names.

// CHECK-LABEL: func.func @float_unary(%arg0: f32, %arg1: vector<4xf16>, %arg2: tensor<?xf64>) {
// CHECK-NEXT:    %0 = math.absf %arg0 : f32
// CHECK-NEXT:    %1 = math.acos %arg0 : f32
// CHECK-NEXT:    %2 = math.acosh %arg0 : f32
// CHECK-NEXT:    %3 = math.asin %arg0 : f32
// CHECK-NEXT:    %4 = math.asinh %arg0 : f32
// CHECK-NEXT:    %5 = math.atan %arg0 : f32
// CHECK-NEXT:    %6 = math.atanh %arg0 : f32
// CHECK-NEXT:    %7 = math.cbrt %arg0 : f32
// CHECK-NEXT:    %8 = math.ceil %arg0 : f32
// CHECK-NEXT:    %9 = math.cos %arg0 : f32
// CHECK-NEXT:    %10 = math.cosh %arg0 : f32
// CHECK-NEXT:    %11 = math.erf %arg0 : f32
// CHECK-NEXT:    %12 = math.erfc %arg0 : f32
// CHECK-NEXT:    %13 = math.exp %arg0 : f32
// CHECK-NEXT:    %14 = math.exp2 %arg0 : f32
// CHECK-NEXT:    %15 = math.expm1 %arg0 : f32
// CHECK-NEXT:    %16 = math.floor %arg0 : f32
// CHECK-NEXT:    %17 = math.log %arg0 : f32
// CHECK-NEXT:    %18 = math.log10 %arg0 : f32
// CHECK-NEXT:    %19 = math.log1p %arg0 : f32
// CHECK-NEXT:    %20 = math.log2 %arg0 : f32
// CHECK-NEXT:    %21 = math.round %arg0 : f32
// CHECK-NEXT:    %22 = math.roundeven %arg0 : f32
// CHECK-NEXT:    %23 = math.rsqrt %arg0 : f32
// CHECK-NEXT:    %24 = math.sin %arg0 : f32
// CHECK-NEXT:    %25 = math.sinh %arg0 : f32
// CHECK-NEXT:    %26 = math.sqrt %arg1 fastmath<afn> : vector<4xf16>
// CHECK-NEXT:    %27 = math.tan %arg0 : f32
// CHECK-NEXT:    %28 = math.tanh %arg2 fastmath<fast> : tensor<?xf64>
// CHECK-NEXT:    %29 = math.trunc %arg0 {tag} : f32
// CHECK-NEXT:    %sin, %cos = math.sincos %arg0 fastmath<nnan> : f32
// CHECK-NEXT:    %sin_0, %cos_1 = math.sincos %arg1 : vector<4xf16>
// CHECK-NEXT:    return
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

// CHECK-LABEL: func.func @float_other(%arg0: f32, %arg1: f32, %arg2: f32, %arg3: i32, %arg4: vector<4xf32>, %arg5: vector<4xi32>) {
// CHECK-NEXT:    %0 = math.atan2 %arg0, %arg1 : f32
// CHECK-NEXT:    %1 = math.copysign %arg0, %arg1 : f32
// CHECK-NEXT:    %2 = math.powf %arg0, %arg1 fastmath<fast> : f32
// CHECK-NEXT:    %3 = math.fma %arg0, %arg1, %arg2 : f32
// CHECK-NEXT:    %4 = math.fma %arg4, %arg4, %arg4 fastmath<contract> : vector<4xf32>
// CHECK-NEXT:    %5 = math.fpowi %arg0, %arg3 : f32, i32
// CHECK-NEXT:    %6 = math.fpowi %arg4, %arg5 fastmath<fast> : vector<4xf32>, vector<4xi32>
// CHECK-NEXT:    %7 = math.clampf %arg0 to [%arg1, %arg2] : f32
// CHECK-NEXT:    %8 = math.clampf %arg4 to [%arg4, %arg4] fastmath<nnan,ninf> : vector<4xf32>
// CHECK-NEXT:    %9 = math.isfinite %arg0 : f32
// CHECK-NEXT:    %10 = math.isinf %arg0 fastmath<ninf> : f32
// CHECK-NEXT:    %11 = math.isnan %arg4 : vector<4xf32>
// CHECK-NEXT:    %12 = math.isnormal %arg0 : f32
// CHECK-NEXT:    return
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

// CHECK-LABEL: func.func @integer(%arg0: i32, %arg1: index, %arg2: vector<4xi8>) {
// CHECK-NEXT:    %0 = math.absi %arg0 : i32
// CHECK-NEXT:    %1 = math.ctlz %arg0 : i32
// CHECK-NEXT:    %2 = math.cttz %arg2 : vector<4xi8>
// CHECK-NEXT:    %3 = math.ctpop %arg1 : index
// CHECK-NEXT:    %4 = math.ipowi %arg0, %arg0 : i32
// CHECK-NEXT:    return
func.func @integer(%a: i32, %i: index, %v: vector<4xi8>) {
  %0 = math.absi %a : i32
  %1 = math.ctlz %a : i32
  %2 = math.cttz %v : vector<4xi8>
  %3 = math.ctpop %i : index
  %4 = math.ipowi %a, %a : i32
  return
}
