// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// The custom forms of every cf op, checked against what iree-opt prints for the same input.

// CHECK-LABEL: func.func @br(%arg0: i32, %arg1: f32) -> i32 {
// CHECK-NEXT:   cf.br ^bb1(%arg0, %arg1 : i32, f32)
// CHECK-NEXT: ^bb1(%0: i32, %1: f32):  // pred: ^bb0
// CHECK-NEXT:   cf.br ^bb2 {tag}
// CHECK-NEXT: ^bb2:  // pred: ^bb1
// CHECK-NEXT:   return %0 : i32
// CHECK-NEXT: }
func.func @br(%a: i32, %b: f32) -> i32 {
  cf.br ^bb1(%a, %b : i32, f32)
^bb1(%x: i32, %y: f32):
  cf.br ^bb2 {tag}
^bb2:
  return %x : i32
}

// CHECK-LABEL: func.func @cond_br(%arg0: i1, %arg1: i32) {
// CHECK-NEXT:   cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2
// CHECK-NEXT: ^bb1(%0: i32):  // 3 preds: ^bb0, ^bb1, ^bb2
// CHECK-NEXT:   cf.cond_br %arg0 weights([3, 5]), ^bb2, ^bb1(%0 : i32) {tag = 1 : i32}
// CHECK-NEXT: ^bb2:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:   cf.cond_br %arg0 weights([0, 7]), ^bb1(%arg1 : i32), ^bb3(%arg1 : i32)
// CHECK-NEXT: ^bb3(%1: i32):  // pred: ^bb2
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @cond_br(%c: i1, %a: i32) {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.cond_br %c weights([3, 5]), ^bb2, ^bb1(%x : i32) {tag = 1 : i32}
^bb2:
  "cf.cond_br"(%c, %a, %a)[^bb1, ^bb3] <{branch_weights = array<i32: 0, 7>, operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb3(%y: i32):
  return
}

// CHECK-LABEL: func.func @switch(%arg0: i32, %arg1: i1, %arg2: i8, %arg3: f32) {
// CHECK-NEXT:   cf.switch %arg0 : i32, [
// CHECK-NEXT:     default: ^bb1(%arg3 : f32),
// CHECK-NEXT:     42: ^bb2,
// CHECK-NEXT:     -7: ^bb1(%arg3 : f32)
// CHECK-NEXT:   ]
// CHECK-NEXT: ^bb1(%0: f32):  // 3 preds: ^bb0, ^bb0, ^bb1
// CHECK-NEXT:   cf.switch %arg1 : i1, [
// CHECK-NEXT:     default: ^bb2,
// CHECK-NEXT:     -1: ^bb1(%0 : f32)
// CHECK-NEXT:   ] {note}
// CHECK-NEXT: ^bb2:  // 3 preds: ^bb0, ^bb1, ^bb2
// CHECK-NEXT:   cf.switch %arg2 : i8, [
// CHECK-NEXT:     default: ^bb3,
// CHECK-NEXT:     -1: ^bb3,
// CHECK-NEXT:     -128: ^bb2
// CHECK-NEXT:   ]
// CHECK-NEXT: ^bb3:  // 2 preds: ^bb2, ^bb2
// CHECK-NEXT:   cf.switch %arg0 : i32, [
// CHECK-NEXT:     default: ^bb4]
// CHECK-NEXT: ^bb4:  // pred: ^bb3
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @switch(%f: i32, %b: i1, %s: i8, %x: f32) {
  cf.switch %f : i32, [
    default: ^bb1(%x : f32),
    42: ^bb2,
    -7: ^bb1(%x : f32)
  ]
^bb1(%y: f32):
  cf.switch %b : i1, [
    default: ^bb2,
    1: ^bb1(%y : f32)
  ] {note}
^bb2:
  cf.switch %s : i8, [ default: ^bb3, 255: ^bb3, -128: ^bb2 ]
^bb3:
  cf.switch %f : i32, [
    default: ^bb4
  ]
^bb4:
  return
}

// CHECK-LABEL: func.func @assert(%arg0: i1) {
// CHECK-NEXT:   cf.assert %arg0, "quote \22 backslash \\ newline \0A"
// CHECK-NEXT:   cf.assert %arg0, "generic" {attr}
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @assert(%c: i1) {
  cf.assert %c, "quote \" backslash \\ newline \0A"
  "cf.assert"(%c) <{msg = "generic"}> {attr} : (i1) -> ()
  return
}
