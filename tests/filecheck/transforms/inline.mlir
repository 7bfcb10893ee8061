// RUN: pyir-opt %s --allow-unregistered-dialect --split-input-file --inline='default-pipeline=' | FileCheck %s
// RUN: pyir-opt %s --allow-unregistered-dialect --split-input-file --inline | FileCheck %s --check-prefix=CANON
// RUN: pyir-opt %s --allow-unregistered-dialect --split-input-file --inline='inlining-threshold=0' | FileCheck %s --check-prefix=NONE
// RUN: pyir-opt %s --allow-unregistered-dialect --split-input-file --inline | pyir-opt --allow-unregistered-dialect --mlir-print-op-generic | pyir-opt --allow-unregistered-dialect | FileCheck %s --check-prefix=CANON

// Single-block callee: inlined, the private callee erased.
// CHECK-LABEL: func.func @simple
// CHECK-NOT:     @add1
// CHECK:         %[[C1:.*]] = arith.constant 1 : i32
// CHECK-NEXT:    %[[R:.*]] = arith.addi %arg0, %[[C1]] : i32
// CHECK-NEXT:    return %[[R]] : i32
// CANON-LABEL: func.func @simple
// CANON-NEXT:    %[[C1:.*]] = arith.constant 1 : i32
// CANON-NEXT:    %[[R:.*]] = arith.addi %arg0, %[[C1]] : i32
// CANON-NEXT:    return %[[R]] : i32
// NONE: func.func private @add1
// NONE: call @add1(%arg0)
func.func private @add1(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = arith.addi %a, %c1 : i32
  return %r : i32
}
func.func @simple(%x: i32) -> i32 {
  %r = call @add1(%x) : (i32) -> i32
  return %r : i32
}

// -----

// A public callee stays after its calls are inlined.
// CHECK-LABEL: func.func @pub
// CHECK-LABEL: func.func @two_results
// CHECK-NEXT:    return %arg1, %arg0 : f32, i32
func.func @pub(%a: i32, %b: f32) -> (f32, i32) {
  return %b, %a : f32, i32
}
func.func @two_results(%x: i32, %y: f32) -> (f32, i32) {
  %r:2 = call @pub(%x, %y) : (i32, f32) -> (f32, i32)
  return %r#0, %r#1 : f32, i32
}

// -----

// Multi-block callee: the block after the call gets the results as arguments and each
// return becomes a branch to it.
// CHECK-LABEL: func.func @multi_block
// CHECK-NEXT:    %[[C0:.*]] = arith.constant 0 : i32
// CHECK-NEXT:    %[[NEG:.*]] = arith.cmpi slt, %arg0, %[[C0]] : i32
// CHECK-NEXT:    cf.cond_br %[[NEG]], ^bb1, ^bb2
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    %[[N:.*]] = arith.subi %[[C0]], %arg0 : i32
// CHECK-NEXT:    cf.br ^bb3(%[[N]] : i32)
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    cf.br ^bb3(%arg0 : i32)
// CHECK-NEXT:  ^bb3(%[[R:.*]]: i32):
// CHECK-NEXT:    %[[S:.*]] = arith.addi %[[R]], %arg1 : i32
// CHECK-NEXT:    return %[[S]] : i32
// CHECK-NOT:   @abs
func.func private @abs(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %neg = arith.cmpi slt, %a, %c0 : i32
  cf.cond_br %neg, ^bb1, ^bb2
^bb1:
  %n = arith.subi %c0, %a : i32
  return %n : i32
^bb2:
  return %a : i32
}
func.func @multi_block(%x: i32, %y: i32) -> i32 {
  %r = call @abs(%x) : (i32) -> i32
  %s = arith.addi %r, %y : i32
  return %s : i32
}

// -----

// Recursion is left alone: self-recursive and mutually recursive callees.
// CHECK-LABEL: func.func @self
// CHECK-NEXT:    call @self
// CHECK-LABEL: func.func private @even
// CHECK-NEXT:    call @odd
// CHECK-LABEL: func.func private @odd
// CHECK-NEXT:    call @even
// CHECK-LABEL: func.func @recursion
// CHECK-NEXT:    call @even
// CHECK-NEXT:    call @self
func.func @self(%a: i32) -> i32 {
  %r = call @self(%a) : (i32) -> i32
  return %r : i32
}
func.func private @even(%a: i32) -> i32 {
  %r = call @odd(%a) : (i32) -> i32
  return %r : i32
}
func.func private @odd(%a: i32) -> i32 {
  %r = call @even(%a) : (i32) -> i32
  return %r : i32
}
func.func @recursion(%a: i32) -> i32 {
  %r = call @even(%a) : (i32) -> i32
  %s = call @self(%r) : (i32) -> i32
  return %s : i32
}

// -----

// Not inlined: a `no_inline` call, a declaration, an unregistered op in the body, and a
// multi-block callee called from a single-block region.
// CHECK-LABEL: func.func private @leaf
// CHECK-LABEL: func.func private @decl
// CHECK-LABEL: func.func private @opaque
// CHECK-LABEL: func.func private @branchy
// CHECK-LABEL: func.func @not_inlined
// CHECK-NEXT:    %[[A:.*]] = call @leaf(%arg1) {{.*}}no_inline
// CHECK-NEXT:    %[[B:.*]] = call @decl(%[[A]])
// CHECK-NEXT:    %[[D:.*]] = call @opaque(%[[B]])
// CHECK-NEXT:    scf.if
// CHECK-NEXT:      func.call @branchy(%arg0, %[[D]])
func.func private @leaf(%a: i32) -> i32 {
  return %a : i32
}
func.func private @decl(i32) -> i32
func.func private @opaque(%a: i32) -> i32 {
  %r = "test.opaque"(%a) : (i32) -> i32
  return %r : i32
}
func.func private @branchy(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  %z = arith.constant 0 : i32
  return %z : i32
}
func.func @not_inlined(%c: i1, %x: i32) -> i32 {
  %a = "func.call"(%x) <{callee = @leaf, no_inline}> : (i32) -> i32
  %b = call @decl(%a) : (i32) -> i32
  %d = call @opaque(%b) : (i32) -> i32
  %e = scf.if %c -> i32 {
    %f = func.call @branchy(%c, %d) : (i1, i32) -> i32
    scf.yield %f : i32
  } else {
    scf.yield %d : i32
  }
  return %e : i32
}

// -----

// Bottom-up: @leaf is inlined into @mid first; canonicalize folds the constants; the
// last call of a private callee moves its body.
// CHECK-LABEL: func.func private @times9
// CHECK-NEXT:    %[[C3:.*]] = arith.constant 3 : i32
// CHECK-NEXT:    %[[A:.*]] = arith.muli %arg0, %[[C3]] : i32
// CHECK-NEXT:    %[[C3B:.*]] = arith.constant 3 : i32
// CHECK-NEXT:    %[[B:.*]] = arith.muli %[[A]], %[[C3B]] : i32
// CHECK-NEXT:    return %[[B]] : i32
// CHECK-LABEL: func.func @chain
// CHECK:         call_indirect
// CANON-NOT:   @times
// CANON-LABEL: func.func @chain
// CANON-NEXT:    %[[C9:.*]] = arith.constant 9 : i32
// CANON-NEXT:    %[[R:.*]] = arith.muli %arg0, %[[C9]] : i32
// CANON-NEXT:    return %[[R]] : i32
func.func private @times3(%a: i32) -> i32 {
  %c3 = arith.constant 3 : i32
  %r = arith.muli %a, %c3 : i32
  return %r : i32
}
func.func private @times9(%a: i32) -> i32 {
  %r = call @times3(%a) : (i32) -> i32
  %s = call @times3(%r) : (i32) -> i32
  return %s : i32
}
func.func @chain(%a: i32) -> i32 {
  %f = func.constant @times9 : (i32) -> i32
  %r = call_indirect %f(%a) : (i32) -> i32
  return %r : i32
}
