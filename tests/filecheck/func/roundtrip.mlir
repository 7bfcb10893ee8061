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

// CHECK-LABEL: func.func @indirect(%arg0: (i32) -> i32, %arg1: i32, %arg2: f32, %arg3: () -> (), %arg4: (i32, f32) -> (i32, f32), %arg5: () -> ((i32) -> i32)) -> i32 {
// CHECK-NEXT:    %0 = call_indirect %arg0(%arg1) : (i32) -> i32
// CHECK-NEXT:    %1:2 = call_indirect %arg4(%arg1, %arg2) {test.tag} : (i32, f32) -> (i32, f32)
// CHECK-NEXT:    call_indirect %arg3() : () -> ()
// CHECK-NEXT:    %2 = call_indirect %arg5() : () -> ((i32) -> i32)
// CHECK-NEXT:    %3 = call_indirect %2(%0) {arg_attrs = [{test.arg}], res_attrs = [{}]} : (i32) -> i32
// CHECK-NEXT:    return %3 : i32
func.func @indirect(%fn: (i32) -> i32, %a: i32, %b: f32, %d: () -> (),
                    %pair: (i32, f32) -> (i32, f32), %make: () -> ((i32) -> i32)) -> i32 {
  %r = func.call_indirect %fn(%a) : (i32) -> i32
  %x:2 = call_indirect %pair(%a, %b) {test.tag} : (i32, f32) -> (i32, f32)
  func.call_indirect %d() : () -> ()
  %k = func.call_indirect %make() : () -> ((i32) -> i32)
  %s = "func.call_indirect"(%k, %r) <{arg_attrs = [{test.arg}], res_attrs = [{}]}> : ((i32) -> i32, i32) -> i32
  return %s : i32
}

// CHECK-LABEL: func.func @no_inline_call
// CHECK:         call @decl(%arg0) <no_inline> : (i32) -> i32
func.func @no_inline_call(%a: i32) -> i32 {
  %r = func.call @decl(%a) <no_inline> : (i32) -> i32
  return %r : i32
}
