// RUN: pyir-opt %s --canonicalize="region-simplify=aggressive" | FileCheck %s
// RUN: pyir-opt %s --canonicalize | FileCheck %s --check-prefix=NORMAL

// Two blocks alike but for an operand from outside: one block, which takes the operand
// as a new argument from each predecessor.
// CHECK-LABEL: func.func @merge
// CHECK:         cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb1(%arg1 : i32),
// CHECK-NEXT:      1: ^bb1(%arg2 : i32)
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT:    return %0 : i32
// NORMAL-LABEL: func.func @merge
// NORMAL:         ^bb2:
// NORMAL-NEXT:      return %arg2 : i32
func.func @merge(%f: i32, %a: i32, %b: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1,
    1: ^bb2
  ]
^bb1:
  return %a : i32
^bb2:
  return %b : i32
}

// Different ops: nothing merges.
// CHECK-LABEL: func.func @keep
// CHECK:         arith.addi
// CHECK:         arith.subi
func.func @keep(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = arith.addi %a, %b : i32
  cf.br ^bb3(%x : i32)
^bb2:
  %y = arith.subi %a, %b : i32
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}
