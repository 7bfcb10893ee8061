// RUN: pyir-opt %s --allow-unregistered-dialect --split-input-file --sccp | FileCheck %s
// RUN: pyir-opt %s --allow-unregistered-dialect --split-input-file --pass-pipeline='builtin.module(func.func(sccp))' | FileCheck %s --check-prefix=INTRA

// Folds through arith; constants are made anew at the start of the entry block (the last
// made first) and the ops whose results were all replaced are erased.
// CHECK-LABEL: func.func @straight_line
// CHECK-NEXT:    %[[C3:.*]] = arith.constant 3 : i32
// CHECK-NEXT:    %[[C2:.*]] = arith.constant 2 : i32
// CHECK-NEXT:    %[[C1:.*]] = arith.constant 1 : i32
// CHECK-NEXT:    %[[X:.*]] = arith.addi %arg0, %[[C1]] : i32
// CHECK-NEXT:    return %[[C3]], %[[X]] : i32, i32
func.func @straight_line(%a: i32) -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %s = arith.addi %c1, %c2 : i32
  %t = arith.addi %a, %c1 : i32
  return %s, %t : i32, i32
}

// -----

// A constant branch condition: only the taken edge is live, so the argument of ^bb2 is 1.
// The branch itself stays for canonicalize.
// CHECK-LABEL: func.func @constant_branch
// CHECK-NEXT:    %[[C1:.*]] = arith.constant 1 : i32
// CHECK-NEXT:    %[[T:.*]] = arith.constant true
// CHECK-NEXT:    cf.cond_br %[[T]], ^bb1, ^bb2(%arg0 : i32)
// CHECK:       ^bb2(%{{.*}}: i32):
// CHECK-NEXT:    return %[[C1]] : i32
func.func @constant_branch(%arg0 : i32) -> i32 {
  %cond = arith.constant true
  %1 = arith.constant 1 : i32
  cf.cond_br %cond, ^bb1, ^bb2(%arg0 : i32)
^bb1:
  cf.br ^bb2(%1 : i32)
^bb2(%arg : i32):
  return %arg : i32
}

// -----

// An unknown condition: both edges live, the argument is overdefined.
// CHECK-LABEL: func.func @unknown_branch
// CHECK:       ^bb2(%[[ARG:.*]]: i32):
// CHECK-NEXT:    return %[[ARG]] : i32
func.func @unknown_branch(%arg0 : i32, %arg1 : i1) -> i32 {
  %1 = arith.constant 1 : i32
  cf.cond_br %arg1, ^bb1, ^bb2(%arg0 : i32)
^bb1:
  cf.br ^bb2(%1 : i32)
^bb2(%arg : i32):
  return %arg : i32
}

// -----

// A loop whose back edge never runs: the induction variable stays 1. Ops in the dead
// block keep their operands.
// CHECK-LABEL: func.func @loop
// CHECK-NEXT:    %[[F:.*]] = arith.constant false
// CHECK-NEXT:    %[[C0:.*]] = arith.constant 0 : i32
// CHECK-NEXT:    %[[C1:.*]] = arith.constant 1 : i32
// CHECK-NEXT:    cf.br ^bb1(%[[C1]] : i32)
// CHECK-NEXT:  ^bb1(%{{.*}}: i32):
// CHECK-NEXT:    cf.cond_br %[[F]], ^bb2, ^bb3
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    %[[N:.*]] = arith.addi %[[C1]], %[[C1]] : i32
// CHECK-NEXT:    cf.br ^bb1(%[[N]] : i32)
// CHECK-NEXT:  ^bb3:
// CHECK-NEXT:    return %[[C1]] : i32
func.func @loop() -> i32 {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  cf.br ^bb1(%c1 : i32)
^bb1(%iv: i32):
  %cond = arith.cmpi sle, %iv, %c0 : i32
  cf.cond_br %cond, ^bb2, ^bb3
^bb2:
  %next = arith.addi %iv, %c1 : i32
  cf.br ^bb1(%next : i32)
^bb3:
  return %iv : i32
}

// -----

// cf.switch on a constant takes the matching case.
// CHECK-LABEL: func.func @switch
// CHECK-NEXT:    %[[C9:.*]] = arith.constant 9 : i32
// CHECK:       ^bb2(%{{.*}}: i32):
// CHECK-NEXT:    return %[[C9]] : i32
func.func @switch() -> i32 {
  %c7 = arith.constant 7 : i32
  %c9 = arith.constant 9 : i32
  cf.switch %c7 : i32, [
    default: ^bb1,
    7: ^bb2(%c9 : i32)
  ]
^bb1:
  return %c7 : i32
^bb2(%a: i32):
  return %a : i32
}

// -----

// Interprocedural: a private callee sees its only caller's constant argument, and the
// call's result is the constant the callee returns (the call stays: it has effects).
// Run on each function alone, nothing crosses the call.
// CHECK-LABEL: func.func private @private
// CHECK-NEXT:    %[[C2:.*]] = arith.constant 2 : i32
// CHECK-NEXT:    %[[C1:.*]] = arith.constant 1 : i32
// CHECK-NEXT:    return %[[C2]] : i32
// CHECK-LABEL: func.func @caller
// CHECK-NEXT:    %[[D2:.*]] = arith.constant 2 : i32
// CHECK-NEXT:    %[[D1:.*]] = arith.constant 1 : i32
// CHECK-NEXT:    call @private(%[[D1]]) : (i32) -> i32
// CHECK-NEXT:    return %[[D2]] : i32
// INTRA-LABEL: func.func private @private
// INTRA:         arith.addi %arg0
// INTRA-LABEL: func.func @caller
// INTRA:         %[[R:.*]] = call @private
// INTRA-NEXT:    return %[[R]]
func.func private @private(%arg0 : i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = arith.addi %arg0, %c1 : i32
  return %r : i32
}
func.func @caller() -> i32 {
  %1 = arith.constant 1 : i32
  %result = call @private(%1) : (i32) -> i32
  return %result : i32
}

// -----

// A public callee may have callers we cannot see: its argument stays unknown.
// CHECK-LABEL: func.func @public
// CHECK-NEXT:    return %arg0 : i32
// CHECK-LABEL: func.func @public_caller
// CHECK:         %[[R:.*]] = call @public
// CHECK-NEXT:    return %[[R]] : i32
func.func @public(%arg0 : i32) -> i32 {
  return %arg0 : i32
}
func.func @public_caller() -> i32 {
  %1 = arith.constant 1 : i32
  %result = call @public(%1) : (i32) -> i32
  return %result : i32
}

// -----

// Ops with regions and unregistered ops are overdefined; constants used inside a region
// that may be isolated from above are made inside it.
// CHECK-LABEL: func.func @regions
// CHECK:         "test.region"() ({
// CHECK-NEXT:      %[[C3:.*]] = arith.constant 3 : i32
// CHECK-NEXT:      "test.use"(%[[C3]]) : (i32) -> ()
// CHECK:         %[[U:.*]] = "test.op"
// CHECK-NEXT:    return %[[U]] : i32
func.func @regions() -> i32 {
  %c1 = arith.constant 1 : i32
  "test.region"() ({
    %three = arith.constant 3 : i32
    %x = arith.muli %three, %c1 : i32
    "test.use"(%x) : (i32) -> ()
  }) : () -> ()
  %u = "test.op"(%c1) : (i32) -> i32
  return %u : i32
}
