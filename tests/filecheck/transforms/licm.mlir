// RUN: pyir-opt %s --allow-unregistered-dialect --loop-invariant-code-motion --split-input-file | FileCheck %s

// Invariant pure ops move before the loop in order; ops on the induction variable, ops
// with memory effects and unknown ops stay.
// CHECK-LABEL: func.func @basic
// CHECK-NEXT:    %c0 = arith.constant 0 : index
// CHECK-NEXT:    %c7_i32 = arith.constant 7 : i32
// CHECK-NEXT:    %0 = arith.addi %arg3, %arg4 : i32
// CHECK-NEXT:    %1 = arith.muli %0, %c7_i32 : i32
// CHECK-NEXT:    scf.for %arg6 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:      %2 = arith.index_cast %arg6 : index to i32
// CHECK-NEXT:      %3 = arith.addi %1, %2 : i32
// CHECK-NEXT:      %4 = memref.load %arg5[%c0] : memref<4xi32>
// CHECK-NEXT:      %5 = "test.unknown"(%0) : (i32) -> i32
// CHECK-NEXT:      "test.use"(%3, %4, %5) : (i32, i32, i32) -> ()
// CHECK-NEXT:    }
func.func @basic(%lb: index, %ub: index, %s: index, %x: i32, %y: i32, %m: memref<4xi32>) {
  %c0 = arith.constant 0 : index
  scf.for %i = %lb to %ub step %s {
    %cst = arith.constant 7 : i32
    %a = arith.addi %x, %y : i32
    %b = arith.muli %a, %cst : i32
    %iv = arith.index_cast %i : index to i32
    %c = arith.addi %b, %iv : i32
    %l = memref.load %m[%c0] : memref<4xi32>
    %u = "test.unknown"(%a) : (i32) -> i32
    "test.use"(%c, %l, %u) : (i32, i32, i32) -> ()
  }
  return
}

// -----

// Inner loops first: an op invariant in both loops leaves both.
// CHECK-LABEL: func.func @nested
// CHECK-NEXT:    %0 = arith.mulf %arg3, %arg4 : f32
// CHECK-NEXT:    scf.for %arg5
// CHECK-NEXT:      %1 = arith.index_cast %arg5 : index to i32
// CHECK-NEXT:      %2 = arith.addi %1, %1 : i32
// CHECK-NEXT:      scf.for %arg6
// CHECK-NEXT:        "test.use"(%0, %2) : (f32, i32) -> ()
func.func @nested(%lb: index, %ub: index, %s: index, %x: f32, %y: f32) {
  scf.for %i = %lb to %ub step %s {
    %ii = arith.index_cast %i : index to i32
    scf.for %j = %lb to %ub step %s {
      %inv = arith.mulf %x, %y : f32
      %mix = arith.addi %ii, %ii : i32
      "test.use"(%inv, %mix) : (f32, i32) -> ()
    }
  }
  return
}

// -----

// Division moves only with a constant divisor that cannot trap.
// CHECK-LABEL: func.func @division
// CHECK:         %0 = arith.divsi %arg3, %c3_i32 : i32
// CHECK-NEXT:    %1 = arith.divui %arg3, %c-1_i32 : i32
// CHECK-NEXT:    %2 = arith.remsi %arg3, %c-1_i32 : i32
// CHECK-NEXT:    scf.for
// CHECK-NEXT:      %3 = arith.divsi %arg3, %arg4 : i32
// CHECK-NEXT:      %4 = arith.divsi %arg3, %c-1_i32 : i32
// CHECK-NEXT:      %5 = arith.divui %arg3, %c0_i32 : i32
func.func @division(%lb: index, %ub: index, %s: index, %x: i32, %y: i32) {
  %c3 = arith.constant 3 : i32
  %c0 = arith.constant 0 : i32
  %cm1 = arith.constant -1 : i32
  scf.for %i = %lb to %ub step %s {
    %d1 = arith.divsi %x, %y : i32
    %d2 = arith.divsi %x, %c3 : i32
    %d3 = arith.divsi %x, %cm1 : i32
    %d4 = arith.divui %x, %cm1 : i32
    %d5 = arith.divui %x, %c0 : i32
    %r1 = arith.remsi %x, %cm1 : i32
    "test.use"(%d1, %d2, %d3, %d4, %d5, %r1) : (i32, i32, i32, i32, i32, i32) -> ()
  }
  return
}

// -----

// Ops with regions move whole when invariant and speculatable: scf.if, a step-1 loop;
// not a loop of unknown step nor a while.
// CHECK-LABEL: func.func @regions
// CHECK:         %0 = arith.cmpi slt, %arg3, %arg4 : i32
// CHECK-NEXT:    %1 = scf.if %0 -> (i32) {
// CHECK:         %2 = scf.for %arg5 = %c0 to %arg1 step %c1 iter_args
// CHECK:         scf.for %arg5 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:      %3 = scf.for %arg6 = %c0 to %arg1 step %arg2 iter_args
// CHECK:           %4 = scf.while
func.func @regions(%lb: index, %ub: index, %s: index, %x: i32, %y: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %lb to %ub step %s {
    %c = arith.cmpi slt, %x, %y : i32
    %if = scf.if %c -> i32 {
      scf.yield %x : i32
    } else {
      %z = arith.subi %x, %y : i32
      scf.yield %z : i32
    }
    %l1 = scf.for %j = %c0 to %ub step %c1 iter_args(%acc = %x) -> i32 {
      %q = arith.addi %acc, %y : i32
      scf.yield %q : i32
    }
    %l2 = scf.for %j = %c0 to %ub step %s iter_args(%acc = %x) -> i32 {
      %q = arith.addi %acc, %y : i32
      scf.yield %q : i32
    }
    %w = scf.while (%a = %x) : (i32) -> i32 {
      %cc = arith.cmpi slt, %a, %y : i32
      scf.condition(%cc) %a : i32
    } do {
    ^bb0(%a: i32):
      scf.yield %a : i32
    }
    "test.use"(%if, %l1, %l2, %w) : (i32, i32, i32, i32) -> ()
  }
  return
}

// -----

// Both regions of scf.while, and scf.parallel / scf.forall bodies.
// CHECK-LABEL: func.func @other_loops
// CHECK:         %c1 = arith.constant 1 : index
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.muli %arg0, %arg1 : i32
// CHECK-NEXT:    %2 = scf.while
// CHECK:         %3 = arith.subi %arg0, %arg1 : i32
// CHECK-NEXT:    scf.parallel
// CHECK:         %4 = arith.xori %arg0, %arg1 : i32
// CHECK-NEXT:    scf.forall
func.func @other_loops(%x: i32, %y: i32, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %w = scf.while (%a = %x) : (i32) -> i32 {
    %k = arith.addi %x, %y : i32
    %cc = arith.cmpi slt, %a, %k : i32
    scf.condition(%cc) %a : i32
  } do {
  ^bb0(%a: i32):
    %k2 = arith.muli %x, %y : i32
    %nx = arith.addi %a, %k2 : i32
    scf.yield %nx : i32
  }
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    %k = arith.subi %x, %y : i32
    "test.use"(%k) : (i32) -> ()
  }
  scf.forall (%i) in (4) {
    %k = arith.xori %x, %y : i32
    "test.use"(%k) : (i32) -> ()
  }
  return
}
