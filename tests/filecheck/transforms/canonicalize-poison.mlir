// RUN: pyir-opt %s --canonicalize | FileCheck %s

// Poison under the canonicalizer: ub.poison is a constant, and arith and math folds
// propagate it as MLIR's do (each output is what `mlir-opt --canonicalize` prints).

// Equal ub.poison ops merge and unused ones are erased, like constants.
// CHECK-LABEL: func.func @poison_dedup
// CHECK-NEXT:    %0 = ub.poison : i32
// CHECK-NEXT:    return %0, %0 : i32, i32
// CHECK-NEXT:  }
func.func @poison_dedup() -> (i32, i32) {
  %0 = ub.poison : i32
  %1 = ub.poison : i32
  %2 = ub.poison : f32
  return %0, %1 : i32, i32
}

// An arith op with a poison operand folds to poison.
// CHECK-LABEL: func.func @addi_poison
// CHECK-NEXT:    %0 = ub.poison : i32
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @addi_poison(%x: i32) -> i32 {
  %p = ub.poison : i32
  %0 = arith.addi %x, %p : i32
  return %0 : i32
}

// The op's own identities come first: x * 0 is 0 and x - x is 0, even for poison.
// CHECK-LABEL: func.func @identity_first
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    return %c0_i32, %c0_i32 : i32, i32
// CHECK-NEXT:  }
func.func @identity_first(%x: i32) -> (i32, i32) {
  %p = ub.poison : i32
  %c0 = arith.constant 0 : i32
  %0 = arith.muli %p, %c0 : i32
  %1 = arith.subi %p, %p : i32
  return %0, %1 : i32, i32
}

// Division of poison by zero is poison (the poison rule runs before the zero check).
// CHECK-LABEL: func.func @divsi_by_zero
// CHECK-NEXT:    %0 = ub.poison : i32
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @divsi_by_zero(%x: i32) -> i32 {
  %p = ub.poison : i32
  %c0 = arith.constant 0 : i32
  %0 = arith.divsi %p, %c0 : i32
  return %0 : i32
}

// Float ops on vectors too.
// CHECK-LABEL: func.func @mulf_poison
// CHECK-NEXT:    %0 = ub.poison : vector<4xf32>
// CHECK-NEXT:    return %0 : vector<4xf32>
// CHECK-NEXT:  }
func.func @mulf_poison(%x: vector<4xf32>) -> vector<4xf32> {
  %p = ub.poison : vector<4xf32>
  %0 = arith.mulf %x, %p fastmath<fast> : vector<4xf32>
  return %0 : vector<4xf32>
}

// Every cast of poison is poison (of the result type).
// CHECK-LABEL: func.func @casts
// CHECK-NEXT:    %0 = ub.poison : i64
// CHECK-NEXT:    %1 = ub.poison : f32
// CHECK-NEXT:    return %0, %1 : i64, f32
// CHECK-NEXT:  }
func.func @casts(%x: i32) -> (i64, f32) {
  %p = ub.poison : i32
  %0 = arith.extsi %p : i32 to i64
  %1 = arith.sitofp %p : i32 to f32
  return %0, %1 : i64, f32
}

// The extended ops give poison for both results.
// CHECK-LABEL: func.func @extended
// CHECK-NEXT:    %0 = ub.poison : i32
// CHECK-NEXT:    %1 = ub.poison : i1
// CHECK-NEXT:    return %0, %1 : i32, i1
// CHECK-NEXT:  }
func.func @extended(%x: i32) -> (i32, i1) {
  %p = ub.poison : i32
  %0, %1 = arith.addui_extended %x, %p : i32, i1
  return %0, %1 : i32, i1
}

// select with a poison side is its other side.
// CHECK-LABEL: func.func @select_side
// CHECK-NEXT:    return %arg1, %arg1 : i32, i32
// CHECK-NEXT:  }
func.func @select_side(%c: i1, %x: i32) -> (i32, i32) {
  %p = ub.poison : i32
  %0 = arith.select %c, %p, %x : i32
  %1 = arith.select %c, %x, %p : i32
  return %0, %1 : i32, i32
}

// A poison condition does not fold (MLIR leaves it).
// CHECK-LABEL: func.func @select_condition
// CHECK-NEXT:    %0 = ub.poison : i1
// CHECK-NEXT:    %1 = arith.select %0, %arg0, %arg1 : i32
// CHECK-NEXT:    return %1 : i32
// CHECK-NEXT:  }
func.func @select_condition(%x: i32, %y: i32) -> i32 {
  %p = ub.poison : i1
  %0 = arith.select %p, %x, %y : i32
  return %0 : i32
}

// Shifts never fold to poison.
// CHECK-LABEL: func.func @shift_no_fold
// CHECK-NEXT:    %0 = ub.poison : i32
// CHECK-NEXT:    %1 = arith.shli %arg0, %0 : i32
// CHECK-NEXT:    %2 = arith.shrui %0, %arg0 : i32
// CHECK-NEXT:    return %1, %2 : i32, i32
// CHECK-NEXT:  }
func.func @shift_no_fold(%x: i32) -> (i32, i32) {
  %p = ub.poison : i32
  %0 = arith.shli %x, %p : i32
  %1 = arith.shrui %p, %x : i32
  return %0, %1 : i32, i32
}

// Comparisons with poison do not fold either.
// CHECK-LABEL: func.func @cmpi_no_fold
// CHECK-NEXT:    %0 = ub.poison : i32
// CHECK-NEXT:    %1 = arith.cmpi slt, %arg0, %0 : i32
// CHECK-NEXT:    return %1 : i1
// CHECK-NEXT:  }
func.func @cmpi_no_fold(%x: i32) -> i1 {
  %p = ub.poison : i32
  %0 = arith.cmpi slt, %x, %p : i32
  return %0 : i1
}

// math ops fold poison, except fma, clampf and the classification ops.
// CHECK-LABEL: func.func @math
// CHECK-NEXT:    %0 = ub.poison : f32
// CHECK-NEXT:    %1 = math.fma %0, %arg0, %arg0 : f32
// CHECK-NEXT:    return %0, %0, %1 : f32, f32, f32
// CHECK-NEXT:  }
func.func @math(%x: f32) -> (f32, f32, f32) {
  %p = ub.poison : f32
  %0 = math.sin %p : f32
  %1 = math.powf %x, %p : f32
  %2 = math.fma %p, %x, %x : f32
  return %0, %1, %2 : f32, f32, f32
}

// Classification ops keep a poison operand.
// CHECK-LABEL: func.func @math_isnan_no_fold
// CHECK-NEXT:    %0 = ub.poison : f32
// CHECK-NEXT:    %1 = math.isnan %0 : f32
// CHECK-NEXT:    return %1 : i1
// CHECK-NEXT:  }
func.func @math_isnan_no_fold() -> i1 {
  %p = ub.poison : f32
  %0 = math.isnan %p : f32
  return %0 : i1
}
