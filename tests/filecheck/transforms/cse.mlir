// RUN: pyir-opt %s --cse | FileCheck %s

// CHECK-LABEL: func.func @dup
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.muli %0, %0 : i32
// CHECK-NEXT:    return %1 : i32
func.func @dup(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %b, %a : i32
  %dead = arith.subi %a, %b : i32
  %2 = arith.muli %0, %1 : i32
  return %2 : i32
}
