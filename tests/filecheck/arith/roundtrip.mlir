// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// Every arith op in its custom form, with every flag, predicate and rounding mode, and
// MLIR's result names for constants and the extended ops.

// CHECK-LABEL: func.func @integer(%arg0: i32, %arg1: i32, %arg2: index, %arg3: vector<4xi32>, %arg4: tensor<?x4xi8>) {
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.addi %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT:    %2 = arith.subi %arg0, %arg1 overflow<nuw> : i32
// CHECK-NEXT:    %3 = arith.muli %arg0, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT:    %4 = arith.shli %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT:    %5 = arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT:    %6 = arith.divsi %arg0, %arg1 exact : i32
// CHECK-NEXT:    %7 = arith.divui %arg0, %arg1 exact : i32
// CHECK-NEXT:    %8 = arith.ceildivsi %arg0, %arg1 : i32
// CHECK-NEXT:    %9 = arith.ceildivui %arg2, %arg2 : index
// CHECK-NEXT:    %10 = arith.floordivsi %arg0, %arg1 : i32
// CHECK-NEXT:    %11 = arith.remsi %arg0, %arg1 : i32
// CHECK-NEXT:    %12 = arith.remui %arg3, %arg3 : vector<4xi32>
// CHECK-NEXT:    %13 = arith.andi %arg0, %arg1 : i32
// CHECK-NEXT:    %14 = arith.ori %arg0, %arg1 : i32
// CHECK-NEXT:    %15 = arith.xori %arg4, %arg4 : tensor<?x4xi8>
// CHECK-NEXT:    %16 = arith.shrsi %arg0, %arg1 exact : i32
// CHECK-NEXT:    %17 = arith.shrui %arg0, %arg1 : i32
// CHECK-NEXT:    %18 = arith.maxsi %arg0, %arg1 : i32
// CHECK-NEXT:    %19 = arith.maxui %arg0, %arg1 : i32
// CHECK-NEXT:    %20 = arith.minsi %arg0, %arg1 : i32
// CHECK-NEXT:    %21 = arith.minui %arg2, %arg2 : index
// CHECK-NEXT:    %sum, %overflow = arith.addui_extended %arg0, %arg1 : i32, i1
// CHECK-NEXT:    %sum_0, %overflow_1 = arith.addui_extended %arg3, %arg3 : vector<4xi32>, vector<4xi1>
// CHECK-NEXT:    %diff, %borrow = arith.subui_extended %arg0, %arg1 : i32, i1
// CHECK-NEXT:    %low, %high = arith.mulsi_extended %arg0, %arg1 : i32
// CHECK-NEXT:    %low_2, %high_3 = arith.mului_extended %arg3, %arg3 {tag} : vector<4xi32>
// CHECK-NEXT:    return
func.func @integer(%a: i32, %b: i32, %i: index, %v: vector<4xi32>, %t: tensor<?x4xi8>) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b overflow<nsw> : i32
  %2 = arith.subi %a, %b overflow<nuw> : i32
  %3 = arith.muli %a, %b overflow<nsw, nuw> : i32
  %4 = arith.shli %a, %b overflow<nsw> : i32
  %5 = arith.divsi %a, %b : i32
  %6 = arith.divsi %a, %b exact : i32
  %7 = arith.divui %a, %b exact : i32
  %8 = arith.ceildivsi %a, %b : i32
  %9 = arith.ceildivui %i, %i : index
  %10 = arith.floordivsi %a, %b : i32
  %11 = arith.remsi %a, %b : i32
  %12 = arith.remui %v, %v : vector<4xi32>
  %13 = arith.andi %a, %b : i32
  %14 = arith.ori %a, %b : i32
  %15 = arith.xori %t, %t : tensor<?x4xi8>
  %16 = arith.shrsi %a, %b exact : i32
  %17 = arith.shrui %a, %b : i32
  %18 = arith.maxsi %a, %b : i32
  %19 = arith.maxui %a, %b : i32
  %20 = arith.minsi %a, %b : i32
  %21 = arith.minui %i, %i : index
  %sum, %overflow = arith.addui_extended %a, %b : i32, i1
  %22:2 = arith.addui_extended %v, %v : vector<4xi32>, vector<4xi1>
  %diff, %borrow = arith.subui_extended %a, %b : i32, i1
  %low, %high = arith.mulsi_extended %a, %b : i32
  %23:2 = arith.mului_extended %v, %v {tag} : vector<4xi32>
  return
}

// CHECK-LABEL: func.func @float(%arg0: f32, %arg1: f32, %arg2: vector<4xf16>, %arg3: tensor<*xbf16>) {
// CHECK-NEXT:    %0 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT:    %1 = arith.addf %arg0, %arg1 fastmath<fast> : f32
// CHECK-NEXT:    %2 = arith.subf %arg0, %arg1 fastmath<nnan,ninf> : f32
// CHECK-NEXT:    %3 = arith.mulf %arg2, %arg2 fastmath<reassoc,contract> : vector<4xf16>
// CHECK-NEXT:    %4 = arith.divf %arg3, %arg3 : tensor<*xbf16>
// CHECK-NEXT:    %5 = arith.remf %arg0, %arg1 : f32
// CHECK-NEXT:    %6 = arith.maximumf %arg0, %arg1 : f32
// CHECK-NEXT:    %7 = arith.minimumf %arg0, %arg1 fastmath<nsz> : f32
// CHECK-NEXT:    %8 = arith.maxnumf %arg0, %arg1 : f32
// CHECK-NEXT:    %9 = arith.minnumf %arg0, %arg1 : f32
// CHECK-NEXT:    %10 = arith.maximumnumf %arg0, %arg1 : f32
// CHECK-NEXT:    %11 = arith.minimumnumf %arg0, %arg1 : f32
// CHECK-NEXT:    %12 = arith.negf %arg0 fastmath<arcp,afn> : f32
// CHECK-NEXT:    %13 = arith.flush_denormals %arg0 : f32
// CHECK-NEXT:    %14 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT:    return
func.func @float(%x: f32, %y: f32, %v: vector<4xf16>, %t: tensor<*xbf16>) {
  %0 = arith.addf %x, %y : f32
  %1 = arith.addf %x, %y fastmath<fast> : f32
  %2 = arith.subf %x, %y fastmath<nnan,ninf> : f32
  %3 = arith.mulf %v, %v fastmath<reassoc,contract> : vector<4xf16>
  %4 = arith.divf %t, %t : tensor<*xbf16>
  %5 = arith.remf %x, %y : f32
  %6 = arith.maximumf %x, %y : f32
  %7 = arith.minimumf %x, %y fastmath<nsz> : f32
  %8 = arith.maxnumf %x, %y : f32
  %9 = arith.minnumf %x, %y : f32
  %10 = arith.maximumnumf %x, %y : f32
  %11 = arith.minimumnumf %x, %y : f32
  %12 = arith.negf %x fastmath<arcp,afn> : f32
  %13 = arith.flush_denormals %x : f32
  %14 = arith.addf %x, %y fastmath<none> : f32
  return
}

// CHECK-LABEL: func.func @compare(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: vector<2xf64>, %arg4: i1, %arg5: vector<2xi1>, %arg6: tensor<2xi32>, %arg7: tensor<2xi1>) {
// CHECK-NEXT:    %0 = arith.cmpi eq, %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.cmpi ne, %arg0, %arg1 : i32
// CHECK-NEXT:    %2 = arith.cmpi slt, %arg0, %arg1 : i32
// CHECK-NEXT:    %3 = arith.cmpi sle, %arg0, %arg1 : i32
// CHECK-NEXT:    %4 = arith.cmpi sgt, %arg0, %arg1 : i32
// CHECK-NEXT:    %5 = arith.cmpi sge, %arg0, %arg1 : i32
// CHECK-NEXT:    %6 = arith.cmpi ult, %arg0, %arg1 : i32
// CHECK-NEXT:    %7 = arith.cmpi ule, %arg0, %arg1 : i32
// CHECK-NEXT:    %8 = arith.cmpi ugt, %arg0, %arg1 : i32
// CHECK-NEXT:    %9 = arith.cmpi uge, %arg6, %arg6 : tensor<2xi32>
// CHECK-NEXT:    %10 = arith.cmpf false, %arg2, %arg2 : f32
// CHECK-NEXT:    %11 = arith.cmpf oeq, %arg2, %arg2 : f32
// CHECK-NEXT:    %12 = arith.cmpf ogt, %arg2, %arg2 : f32
// CHECK-NEXT:    %13 = arith.cmpf oge, %arg2, %arg2 : f32
// CHECK-NEXT:    %14 = arith.cmpf olt, %arg2, %arg2 : f32
// CHECK-NEXT:    %15 = arith.cmpf ole, %arg2, %arg2 : f32
// CHECK-NEXT:    %16 = arith.cmpf one, %arg2, %arg2 : f32
// CHECK-NEXT:    %17 = arith.cmpf ord, %arg2, %arg2 : f32
// CHECK-NEXT:    %18 = arith.cmpf ueq, %arg2, %arg2 : f32
// CHECK-NEXT:    %19 = arith.cmpf ugt, %arg2, %arg2 : f32
// CHECK-NEXT:    %20 = arith.cmpf uge, %arg2, %arg2 : f32
// CHECK-NEXT:    %21 = arith.cmpf ult, %arg2, %arg2 : f32
// CHECK-NEXT:    %22 = arith.cmpf ule, %arg2, %arg2 : f32
// CHECK-NEXT:    %23 = arith.cmpf une, %arg3, %arg3 fastmath<fast> : vector<2xf64>
// CHECK-NEXT:    %24 = arith.cmpf uno, %arg2, %arg2 : f32
// CHECK-NEXT:    %25 = arith.cmpf true, %arg2, %arg2 : f32
// CHECK-NEXT:    %26 = arith.select %arg4, %arg0, %arg1 : i32
// CHECK-NEXT:    %27 = arith.select %arg4, %arg3, %arg3 : vector<2xf64>
// CHECK-NEXT:    %28 = arith.select %arg5, %arg3, %arg3 : vector<2xi1>, vector<2xf64>
// CHECK-NEXT:    %29 = arith.select %arg7, %arg6, %arg6 {tag} : tensor<2xi1>, tensor<2xi32>
// CHECK-NEXT:    return
func.func @compare(%a: i32, %b: i32, %x: f32, %v: vector<2xf64>, %c: i1, %vc: vector<2xi1>, %t: tensor<2xi32>, %tc: tensor<2xi1>) {
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi ne, %a, %b : i32
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sle, %a, %b : i32
  %4 = arith.cmpi sgt, %a, %b : i32
  %5 = arith.cmpi sge, %a, %b : i32
  %6 = arith.cmpi ult, %a, %b : i32
  %7 = arith.cmpi ule, %a, %b : i32
  %8 = arith.cmpi ugt, %a, %b : i32
  %9 = arith.cmpi "uge", %t, %t : tensor<2xi32>
  %10 = arith.cmpf false, %x, %x : f32
  %11 = arith.cmpf oeq, %x, %x : f32
  %12 = arith.cmpf ogt, %x, %x : f32
  %13 = arith.cmpf oge, %x, %x : f32
  %14 = arith.cmpf olt, %x, %x : f32
  %15 = arith.cmpf ole, %x, %x : f32
  %16 = arith.cmpf one, %x, %x : f32
  %17 = arith.cmpf ord, %x, %x : f32
  %18 = arith.cmpf ueq, %x, %x : f32
  %19 = arith.cmpf ugt, %x, %x : f32
  %20 = arith.cmpf uge, %x, %x : f32
  %21 = arith.cmpf ult, %x, %x : f32
  %22 = arith.cmpf ule, %x, %x : f32
  %23 = arith.cmpf une, %v, %v fastmath<fast> : vector<2xf64>
  %24 = arith.cmpf uno, %x, %x : f32
  %25 = arith.cmpf true, %x, %x : f32
  %26 = arith.select %c, %a, %b : i32
  %27 = arith.select %c, %v, %v : vector<2xf64>
  %28 = arith.select %vc, %v, %v : vector<2xi1>, vector<2xf64>
  %29 = arith.select %tc, %t, %t {tag} : tensor<2xi1>, tensor<2xi32>
  return
}

// CHECK-LABEL: func.func @casts(%arg0: i32, %arg1: f32, %arg2: f16, %arg3: index, %arg4: vector<4xi16>, %arg5: memref<4xi32>, %arg6: vector<4xf4E2M1FN>, %arg7: vector<4xf8E8M0FNU>) {
// CHECK-NEXT:    %0 = arith.extui %arg0 : i32 to i64
// CHECK-NEXT:    %1 = arith.extui %arg0 nneg : i32 to i64
// CHECK-NEXT:    %2 = arith.extsi %arg4 : vector<4xi16> to vector<4xi32>
// CHECK-NEXT:    %3 = arith.trunci %arg0 : i32 to i8
// CHECK-NEXT:    %4 = arith.trunci %arg0 overflow<nsw, nuw> : i32 to i1
// CHECK-NEXT:    %5 = arith.extf %arg2 : f16 to f32
// CHECK-NEXT:    %6 = arith.extf %arg2 fastmath<contract> : f16 to f64
// CHECK-NEXT:    %7 = arith.truncf %arg1 : f32 to f16
// CHECK-NEXT:    %8 = arith.truncf %arg1 downward : f32 to bf16
// CHECK-NEXT:    %9 = arith.truncf %arg1 upward fastmath<fast> : f32 to f16
// CHECK-NEXT:    %10 = arith.truncf %arg1 toward_zero : f32 to f16
// CHECK-NEXT:    %11 = arith.truncf %arg1 to_nearest_away : f32 to f8E4M3FN
// CHECK-NEXT:    %12 = arith.truncf %arg1 to_nearest_even : f32 to f16
// CHECK-NEXT:    %13 = arith.convertf %arg2 : f16 to bf16
// CHECK-NEXT:    %14 = arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT:    %15 = arith.uitofp %arg0 nneg : i32 to f64
// CHECK-NEXT:    %16 = arith.fptosi %arg1 : f32 to i64
// CHECK-NEXT:    %17 = arith.fptoui %arg2 : f16 to i8
// CHECK-NEXT:    %18 = arith.index_cast %arg0 : i32 to index
// CHECK-NEXT:    %19 = arith.index_cast %arg3 : index to i64
// CHECK-NEXT:    %20 = arith.index_castui %arg3 nneg : index to i32
// CHECK-NEXT:    %21 = arith.index_cast %arg5 : memref<4xi32> to memref<4xindex>
// CHECK-NEXT:    %22 = arith.bitcast %arg1 : f32 to i32
// CHECK-NEXT:    %23 = arith.bitcast %arg4 : vector<4xi16> to vector<4xf16>
// CHECK-NEXT:    %24 = arith.scaling_extf %arg6, %arg7 : vector<4xf4E2M1FN>, vector<4xf8E8M0FNU> to vector<4xf32>
// CHECK-NEXT:    %25 = arith.scaling_truncf %24, %arg7 : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf4E2M1FN>
// CHECK-NEXT:    %26 = arith.scaling_truncf %24, %arg7 to_nearest_even fastmath<fast> : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf4E2M1FN>
// CHECK-NEXT:    return
func.func @casts(%a: i32, %x: f32, %h: f16, %i: index, %v: vector<4xi16>, %m: memref<4xi32>, %f4: vector<4xf4E2M1FN>, %s8: vector<4xf8E8M0FNU>) {
  %0 = arith.extui %a : i32 to i64
  %1 = arith.extui %a nneg : i32 to i64
  %2 = arith.extsi %v : vector<4xi16> to vector<4xi32>
  %3 = arith.trunci %a : i32 to i8
  %4 = arith.trunci %a overflow<nsw, nuw> : i32 to i1
  %5 = arith.extf %h : f16 to f32
  %6 = arith.extf %h fastmath<contract> : f16 to f64
  %7 = arith.truncf %x : f32 to f16
  %8 = arith.truncf %x downward : f32 to bf16
  %9 = arith.truncf %x upward fastmath<fast> : f32 to f16
  %10 = arith.truncf %x toward_zero : f32 to f16
  %11 = arith.truncf %x to_nearest_away : f32 to f8E4M3FN
  %12 = arith.truncf %x to_nearest_even : f32 to f16
  %13 = arith.convertf %h : f16 to bf16
  %14 = arith.sitofp %a : i32 to f32
  %15 = arith.uitofp %a nneg : i32 to f64
  %16 = arith.fptosi %x : f32 to i64
  %17 = arith.fptoui %h : f16 to i8
  %18 = arith.index_cast %a : i32 to index
  %19 = arith.index_cast %i : index to i64
  %20 = arith.index_castui %i nneg : index to i32
  %21 = arith.index_cast %m : memref<4xi32> to memref<4xindex>
  %22 = arith.bitcast %x : f32 to i32
  %23 = arith.bitcast %v : vector<4xi16> to vector<4xf16>
  %24 = arith.scaling_extf %f4, %s8 : vector<4xf4E2M1FN>, vector<4xf8E8M0FNU> to vector<4xf32>
  %25 = arith.scaling_truncf %24, %s8 : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf4E2M1FN>
  %26 = arith.scaling_truncf %24, %s8 to_nearest_even fastmath<fast> : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf4E2M1FN>
  return
}

// CHECK-LABEL: func.func @constants() {
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    %c-1_i64 = arith.constant -1 : i64
// CHECK-NEXT:    %c42_i8 = arith.constant 42 : i8
// CHECK-NEXT:    %c0 = arith.constant 0 : index
// CHECK-NEXT:    %c1 = arith.constant 1 : index
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %false = arith.constant false
// CHECK-NEXT:    %cst = arith.constant 1.500000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:    %cst_1 = arith.constant dense<[1, 2]> : vector<2xi32>
// CHECK-NEXT:    %cst_2 = arith.constant dense<1.000000e+00> : tensor<2x2xf16>
// CHECK-NEXT:    %cst_3 = arith.constant dense<true> : vector<4xi1>
// CHECK-NEXT:    %c0_i32_4 = arith.constant 0 : i32
// CHECK-NEXT:    %cst_5 = arith.constant 0x7FC00000 : f32
// CHECK-NEXT:    %cst_6 = arith.constant dense<7> : vector<[4]xi32>
// CHECK-NEXT:    return
func.func @constants() {
  %0 = arith.constant 0 : i32
  %1 = arith.constant -1 : i64
  %2 = arith.constant 42 : i8
  %3 = arith.constant 0 : index
  %4 = arith.constant 1 : index
  %5 = arith.constant true
  %6 = arith.constant false
  %7 = arith.constant 1.5 : f32
  %8 = arith.constant 0.0 : f32
  %9 = arith.constant dense<[1, 2]> : vector<2xi32>
  %10 = arith.constant dense<1.0> : tensor<2x2xf16>
  %11 = arith.constant dense<true> : vector<4xi1>
  %12 = arith.constant 0 : i32
  %13 = arith.constant 0x7FC00000 : f32
  %14 = arith.constant dense<7> : vector<[4]xi32>
  return
}
