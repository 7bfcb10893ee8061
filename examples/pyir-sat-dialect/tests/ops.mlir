// The sat ops print as they are written, and survive a trip through the generic form.
// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s --mlir-print-op-generic | pyir-opt | FileCheck %s
// RUN: pyir-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @ops(%arg0: i8, %arg1: i8, %arg2: i32) -> i8 {
// CHECK-NEXT:    %0 = sat.add %arg0, %arg1 : i8
// CHECK-NEXT:    %1 = sat.trunc %arg2 : i32 to i8
// CHECK-NEXT:    %2 = sat.clamp %1 to [-10, 16] {note = "hex bound"} : i8
// CHECK-NEXT:    %3 = sat.add %0, %2 : i8
// CHECK-NEXT:    return %3 : i8

// GENERIC: "sat.add"(%arg0, %arg1) : (i8, i8) -> i8
// GENERIC: "sat.trunc"(%arg2) : (i32) -> i8
// GENERIC: "sat.clamp"(%1) <{hi = 16 : i64, lo = -10 : i64}> {note = "hex bound"} : (i8) -> i8
func.func @ops(%a: i8, %b: i8, %wide: i32) -> i8 {
  %sum = sat.add %a, %b : i8
  %narrow = sat.trunc %wide : i32 to i8
  %small = sat.clamp %narrow to [-10, 0x10] {note = "hex bound"} : i8
  %r = sat.add %sum, %small : i8
  return %r : i8
}
