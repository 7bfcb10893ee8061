// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// CHECK-LABEL: func.func private @decl(i32) -> (i32 {test.res})
func.func private @decl(i32) -> (i32 {test.res})

// CHECK-LABEL: func.func @chain(%arg0: i32, %arg1: i32 {test.arg = 1 : i64}) -> i32 attributes {test.fn} {
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.muli %0, %arg0 : i32
// CHECK-NEXT:    %2 = call @decl(%1) : (i32) -> i32
// CHECK-NEXT:    return %2 : i32
// CHECK-NEXT:  }
func.func @chain(%a: i32, %b: i32 {test.arg = 1}) -> i32 attributes {test.fn} {
  %s = arith.addi %a, %b : i32
  %m = arith.muli %s, %a : i32
  %r = func.call @decl(%m) : (i32) -> i32
  func.return %r : i32
}

// CHECK-LABEL: func.func @floats(%arg0: f32) -> (f32, f32)
// CHECK:         arith.addf %arg0, %arg0 : f32
// CHECK:         return %{{.*}}, %{{.*}} : f32, f32
func.func @floats(%x: f32) -> (f32, f32) {
  %c = arith.constant 1.5 : f32
  %y = arith.addf %x, %x : f32
  %z = arith.mulf %y, %c : f32
  return %y, %z : f32, f32
}
