// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func @ifs
// CHECK-NEXT:    %0 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT:    return %0 : f32
func.func @ifs(%a: f32, %b: f32) -> f32 {
  %true = arith.constant true
  %0 = scf.if %true -> (f32) {
    %s = arith.addf %a, %b : f32
    scf.yield %s : f32
  } else {
    scf.yield %b : f32
  }
  return %0 : f32
}

// CHECK-LABEL: func.func @loops
// CHECK:         %[[SQ:.*]] = arith.mulf %arg1, %arg1 : f32
// CHECK:         %[[L:.*]] = scf.for %{{.*}} = %{{.*}} to %arg2 step %{{.*}} iter_args(%[[X:.*]] = %arg0) -> (f32) {
// CHECK-NEXT:      %[[Y:.*]] = arith.addf %[[X]], %arg1 : f32
// CHECK-NEXT:      scf.yield %[[Y]] : f32
// CHECK:         return %arg0, %[[SQ]], %[[L]], %arg1 : f32, f32, f32, f32
func.func @loops(%a: f32, %b: f32, %n: index) -> (f32, f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %0 = scf.for %i = %c4 to %c1 step %c1 iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  %1 = scf.for %i = %c0 to %c1 step %c1 iter_args(%x = %b) -> (f32) {
    %y = arith.mulf %x, %x : f32
    scf.yield %y : f32
  }
  %2:2 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %pass = %b) -> (f32, f32) {
    %y = arith.addf %x, %pass : f32
    scf.yield %y, %pass : f32, f32
  }
  return %0, %1, %2#0, %2#1 : f32, f32, f32, f32
}

// A single-block scf.execute_region is inlined; no_inline keeps it.
// CHECK-LABEL: func.func @execute_region
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT:    %1 = scf.execute_region -> i32 no_inline {
// CHECK-NEXT:      %2 = arith.muli %0, %0 : i32
// CHECK-NEXT:      scf.yield %2 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %1 : i32
func.func @execute_region(%a: i32) -> i32 {
  %x = scf.execute_region -> i32 {
    %y = arith.addi %a, %a : i32
    scf.yield %y : i32
  }
  %z = scf.execute_region -> i32 no_inline {
    %w = arith.muli %x, %x : i32
    scf.yield %w : i32
  }
  return %z : i32
}

// Inside `scf.if %c`, %c is true in the then region and false in the else region.
// CHECK-LABEL: func.func @condition_propagation
// CHECK:         %[[F:.*]] = arith.constant false
// CHECK:         %[[T:.*]] = arith.constant true
// CHECK:         scf.if %arg0 {
// CHECK-NEXT:      "test.use"(%[[T]]) : (i1) -> ()
// CHECK-NEXT:    } else {
// CHECK-NEXT:      "test.use"(%[[F]]) : (i1) -> ()
func.func @condition_propagation(%c: i1) {
  scf.if %c {
    "test.use"(%c) : (i1) -> ()
  } else {
    "test.use"(%c) : (i1) -> ()
  }
  return
}

// Results yielded from outside the if become selects; the others stay in a new if.
// CHECK-LABEL: func.func @if_to_select
// CHECK-NEXT:    %[[S:.*]] = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:    %[[R:.*]] = scf.if %arg0 -> (i32) {
// CHECK-NEXT:      %[[X:.*]] = arith.addi %arg1, %arg2 : i32
// CHECK-NEXT:      scf.yield %[[X]] : i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg1 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[S]], %[[R]] : i32, i32
func.func @if_to_select(%c: i1, %a: i32, %b: i32) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    %x = arith.addi %a, %b : i32
    scf.yield %a, %x : i32, i32
  } else {
    scf.yield %b, %a : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// scf.index_switch on a constant is the case it selects.
// CHECK-LABEL: func.func @switch_constant
// CHECK-NEXT:    %[[C:.*]] = arith.constant 20 : i32
// CHECK-NEXT:    return %[[C]] : i32
func.func @switch_constant() -> i32 {
  %c1 = arith.constant 1 : index
  %r = scf.index_switch %c1 -> i32
  case 0 {
    %a = arith.constant 10 : i32
    scf.yield %a : i32
  }
  case 1 {
    %b = arith.constant 20 : i32
    scf.yield %b : i32
  }
  default {
    %d = arith.constant 30 : i32
    scf.yield %d : i32
  }
  return %r : i32
}
