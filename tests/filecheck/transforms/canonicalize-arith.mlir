// RUN: pyir-opt %s --canonicalize | FileCheck %s

// Folders and canonicalization patterns of the arith dialect's casts, min/max, logic,
// comparisons, selects and extended ops (each output is what `mlir-opt --canonicalize`
// prints).

// sitofp/uitofp round (70000 overflows f16 to inf); fptosi/fptoui truncate toward zero.
// CHECK-LABEL: func.func @int_float_casts
// CHECK-NEXT:    %cst = arith.constant -7.000000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant 0x7C00 : f16
// CHECK-NEXT:    %c-7_i32 = arith.constant -7 : i32
// CHECK-NEXT:    %c-1_i8 = arith.constant -1 : i8
// CHECK-NEXT:    return %cst, %cst_0, %c-7_i32, %c-1_i8 : f32, f16, i32, i8
// CHECK-NEXT:  }
func.func @int_float_casts() -> (f32, f16, i32, i8) {
  %a = arith.constant -7 : i32
  %b = arith.constant 70000 : i32
  %c = arith.constant -7.9 : f32
  %d = arith.constant 255.5 : f32
  %0 = arith.sitofp %a : i32 to f32
  %1 = arith.uitofp %b : i32 to f16
  %2 = arith.fptosi %c : f32 to i32
  %3 = arith.fptoui %d : f32 to i8
  return %0, %1, %2, %3 : f32, f16, i32, i8
}

// a value out of the integer's range does not fold.
// CHECK-LABEL: func.func @fptosi_out_of_range_no_fold
// CHECK-NEXT:    %cst = arith.constant 3.000000e+02 : f32
// CHECK-NEXT:    %0 = arith.fptosi %cst : f32 to i8
// CHECK-NEXT:    return %0 : i8
// CHECK-NEXT:  }
func.func @fptosi_out_of_range_no_fold() -> i8 {
  %c = arith.constant 300.0 : f32
  %0 = arith.fptosi %c : f32 to i8
  return %0 : i8
}

// truncf folds only when nothing is lost (0.1 is not an f16).
// CHECK-LABEL: func.func @truncf_exact_only
// CHECK-NEXT:    %cst = arith.constant 1.000000e-01 : f32
// CHECK-NEXT:    %cst_0 = arith.constant 5.000000e-01 : f16
// CHECK-NEXT:    %0 = arith.truncf %cst : f32 to f16
// CHECK-NEXT:    return %cst_0, %0 : f16, f16
// CHECK-NEXT:  }
func.func @truncf_exact_only() -> (f16, f16) {
  %a = arith.constant 0.5 : f32
  %b = arith.constant 0.1 : f32
  %0 = arith.truncf %a : f32 to f16
  %1 = arith.truncf %b : f32 to f16
  return %0, %1 : f16, f16
}

// bitcast reinterprets the bits.
// CHECK-LABEL: func.func @bitcast_constant
// CHECK-NEXT:    %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:    return %cst : f32
// CHECK-NEXT:  }
func.func @bitcast_constant() -> f32 {
  %a = arith.constant 1065353216 : i32
  %0 = arith.bitcast %a : i32 to f32
  return %0 : f32
}

// extui(extui x), extsi(extui x), trunci(ext x), index_cast and bitcast round trips.
// CHECK-LABEL: func.func @cast_chains
// CHECK-NEXT:    %0 = arith.extui %arg0 : i8 to i32
// CHECK-NEXT:    %1 = arith.extui %arg0 : i8 to i32
// CHECK-NEXT:    return %0, %1, %arg0, %arg1, %arg1 : i32, i32, i8, i32, i32
// CHECK-NEXT:  }
func.func @cast_chains(%x: i8, %y: i32) -> (i32, i32, i8, i32, i32) {
  %0 = arith.extui %x : i8 to i16
  %1 = arith.extui %0 : i16 to i32
  %2 = arith.extsi %0 : i16 to i32
  %3 = arith.trunci %1 : i32 to i8
  %4 = arith.index_cast %y : i32 to index
  %5 = arith.index_cast %4 : index to i32
  %6 = arith.bitcast %y : i32 to f32
  %7 = arith.bitcast %6 : f32 to i32
  return %1, %2, %3, %5, %7 : i32, i32, i8, i32, i32
}

// trunci(shrsi(x, 32)) -> trunci(shrui(x, 32)): the kept bits are the same.
// CHECK-LABEL: func.func @trunc_of_shrsi
// CHECK-NEXT:    %c32_i64 = arith.constant 32 : i64
// CHECK-NEXT:    %0 = arith.shrui %arg0, %c32_i64 : i64
// CHECK-NEXT:    %1 = arith.trunci %0 : i64 to i32
// CHECK-NEXT:    return %1 : i32
// CHECK-NEXT:  }
func.func @trunc_of_shrsi(%x: i64) -> i32 {
  %c32 = arith.constant 32 : i64
  %0 = arith.shrsi %x, %c32 : i64
  %1 = arith.trunci %0 : i64 to i32
  return %1 : i32
}

// neutral constants (-inf for maximumf, NaN for maxnumf), -0 below +0, NaN wins in maximumf.
// CHECK-LABEL: func.func @float_min_max
// CHECK-NEXT:    %cst = arith.constant -0.000000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant 0x7FC00000 : f32
// CHECK-NEXT:    return %arg0, %arg0, %cst, %cst_0 : f32, f32, f32, f32
// CHECK-NEXT:  }
func.func @float_min_max(%x: f32) -> (f32, f32, f32, f32) {
  %ninf = arith.constant 0xFF800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %nz = arith.constant -0.0 : f32
  %z = arith.constant 0.0 : f32
  %0 = arith.maximumf %x, %ninf : f32
  %1 = arith.maxnumf %x, %nan : f32
  %2 = arith.minimumf %z, %nz : f32
  %3 = arith.maximumf %z, %nan : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// the type's extreme constants absorb or vanish.
// CHECK-LABEL: func.func @int_min_max
// CHECK-NEXT:    %c127_i8 = arith.constant 127 : i8
// CHECK-NEXT:    return %c127_i8, %arg0 : i8, i8
// CHECK-NEXT:  }
func.func @int_min_max(%x: i8) -> (i8, i8) {
  %max = arith.constant 127 : i8
  %z = arith.constant 0 : i8
  %0 = arith.maxsi %x, %max : i8
  %1 = arith.maxui %x, %z : i8
  return %0, %1 : i8, i8
}

// and(x, not x) is 0; xor(xor(x, y), y) is x.
// CHECK-LABEL: func.func @logic
// CHECK-NEXT:    %c0_i8 = arith.constant 0 : i8
// CHECK-NEXT:    return %c0_i8, %arg0 : i8, i8
// CHECK-NEXT:  }
func.func @logic(%x: i8, %y: i8) -> (i8, i8) {
  %ones = arith.constant -1 : i8
  %n = arith.xori %x, %ones : i8
  %0 = arith.andi %x, %n : i8
  %b = arith.xori %x, %y : i8
  %1 = arith.xori %b, %y : i8
  return %0, %1 : i8, i8
}

// (x * y) / y is x only when the multiplication is nuw (divui) or nsw (divsi).
// CHECK-LABEL: func.func @div_of_mul
// CHECK-NEXT:    %0 = arith.muli %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.divui %0, %arg1 : i32
// CHECK-NEXT:    return %arg0, %1 : i32, i32
// CHECK-NEXT:  }
func.func @div_of_mul(%x: i32, %y: i32) -> (i32, i32) {
  %m = arith.muli %x, %y overflow<nuw> : i32
  %0 = arith.divui %m, %y : i32
  %p = arith.muli %x, %y : i32
  %1 = arith.divui %p, %y : i32
  return %0, %1 : i32, i32
}

// ext(i1) != 0 is the i1; a constant moves right (slt -> sgt); ext/ext compares only for eq/ne.
// CHECK-LABEL: func.func @cmpi
// CHECK-NEXT:    %c5_i32 = arith.constant 5 : i32
// CHECK-NEXT:    %0 = arith.cmpi sgt, %arg1, %c5_i32 : i32
// CHECK-NEXT:    %1 = arith.extsi %arg2 : i8 to i32
// CHECK-NEXT:    %2 = arith.extsi %arg3 : i8 to i32
// CHECK-NEXT:    %3 = arith.cmpi eq, %arg2, %arg3 : i8
// CHECK-NEXT:    %4 = arith.cmpi slt, %1, %2 : i32
// CHECK-NEXT:    return %arg0, %0, %3, %4 : i1, i1, i1, i1
// CHECK-NEXT:  }
func.func @cmpi(%b: i1, %x: i32, %p: i8, %q: i8) -> (i1, i1, i1, i1) {
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %e = arith.extui %b : i1 to i32
  %0 = arith.cmpi ne, %e, %c0 : i32
  %1 = arith.cmpi slt, %c5, %x : i32
  %u = arith.extsi %p : i8 to i32
  %v = arith.extsi %q : i8 to i32
  %2 = arith.cmpi eq, %u, %v : i32
  %3 = arith.cmpi slt, %u, %v : i32
  return %0, %1, %2, %3 : i1, i1, i1, i1
}

// not(cmpi slt) is cmpi sge.
// CHECK-LABEL: func.func @not_cmpi
// CHECK-NEXT:    %0 = arith.cmpi sge, %arg0, %arg1 : i32
// CHECK-NEXT:    return %0 : i1
// CHECK-NEXT:  }
func.func @not_cmpi(%x: i32, %y: i32) -> i1 {
  %t = arith.constant true
  %c = arith.cmpi slt, %x, %y : i32
  %0 = arith.xori %c, %t : i1
  return %0 : i1
}

// select of a cmpi eq of its choices; not(cond) swaps the choices; 1/0 choices become extui; false/true become not.
// CHECK-LABEL: func.func @selects
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %0 = arith.select %arg0, %arg2, %arg1 : i32
// CHECK-NEXT:    %1 = arith.extui %arg0 : i1 to i64
// CHECK-NEXT:    %2 = arith.xori %arg0, %true : i1
// CHECK-NEXT:    return %arg2, %0, %1, %2 : i32, i32, i64, i1
// CHECK-NEXT:  }
func.func @selects(%c: i1, %x: i32, %y: i32) -> (i32, i32, i64, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %one = arith.constant 1 : i64
  %zero = arith.constant 0 : i64
  %eq = arith.cmpi eq, %x, %y : i32
  %0 = arith.select %eq, %x, %y : i32
  %n = arith.xori %c, %t : i1
  %1 = arith.select %n, %x, %y : i32
  %2 = arith.select %c, %one, %zero : i64
  %3 = arith.select %c, %f, %t : i1
  return %0, %1, %2, %3 : i32, i32, i64, i1
}

// addui_extended(x, 0) is x, false; an unused high half makes mulsi_extended a muli; mului_extended(x, 0) is 0, 0.
// CHECK-LABEL: func.func @extended
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    %false = arith.constant false
// CHECK-NEXT:    %0 = arith.muli %arg0, %arg1 : i32
// CHECK-NEXT:    return %arg0, %false, %0, %c0_i32 : i32, i1, i32, i32
// CHECK-NEXT:  }
func.func @extended(%x: i32, %y: i32) -> (i32, i1, i32, i32) {
  %z = arith.constant 0 : i32
  %s, %o = arith.addui_extended %x, %z : i32, i1
  %l, %h = arith.mulsi_extended %x, %y : i32
  %l2, %h2 = arith.mului_extended %x, %z : i32
  return %s, %o, %l, %h2 : i32, i1, i32, i32
}

// mulf(negf x, negf y) is mulf(x, y).
// CHECK-LABEL: func.func @negf_pairs
// CHECK-NEXT:    %0 = arith.mulf %arg0, %arg1 : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @negf_pairs(%x: f32, %y: f32) -> f32 {
  %a = arith.negf %x : f32
  %b = arith.negf %y : f32
  %0 = arith.mulf %a, %b : f32
  return %0 : f32
}

// x + y * -1 is x - y.
// CHECK-LABEL: func.func @add_mul_minus_one
// CHECK-NEXT:    %0 = arith.subi %arg0, %arg1 : i32
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @add_mul_minus_one(%x: i32, %y: i32) -> i32 {
  %m1 = arith.constant -1 : i32
  %m = arith.muli %y, %m1 : i32
  %0 = arith.addi %x, %m : i32
  return %0 : i32
}
