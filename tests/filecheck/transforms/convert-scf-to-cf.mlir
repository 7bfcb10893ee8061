// RUN: pyir-opt %s --allow-unregistered-dialect --convert-scf-to-cf --split-input-file --verify-diagnostics | FileCheck %s
// RUN: pyir-opt %s --allow-unregistered-dialect --pass-pipeline="builtin.module(func.func(convert-scf-to-cf))" --split-input-file --verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @for_iter_args
// CHECK-NEXT:    cf.br ^bb1(%arg0, %arg3 : index, f32)
// CHECK-NEXT:  ^bb1(%0: index, %1: f32):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:    %2 = arith.cmpi slt, %0, %arg1 : index
// CHECK-NEXT:    cf.cond_br %2, ^bb2, ^bb3
// CHECK-NEXT:  ^bb2:  // pred: ^bb1
// CHECK-NEXT:    %3 = arith.addf %1, %1 : f32
// CHECK-NEXT:    %4 = arith.addi %0, %arg2 : index
// CHECK-NEXT:    cf.br ^bb1(%4, %3 : index, f32)
// CHECK-NEXT:  ^bb3:  // pred: ^bb1
// CHECK-NEXT:    return %1 : f32
func.func @for_iter_args(%lb: index, %ub: index, %s: index, %x: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%a = %x) -> (f32) {
    %n = arith.addf %a, %a : f32
    scf.yield %n : f32
  }
  return %r : f32
}

// -----

// CHECK-LABEL: func.func @for_unsigned
// CHECK:         %1 = arith.cmpi ult, %0, %arg1 : i32
// CHECK:         %2 = arith.addi %0, %arg2 : i32
// CHECK-NEXT:    cf.br ^bb1(%2 : i32)
func.func @for_unsigned(%lb: i32, %ub: i32, %s: i32) {
  scf.for unsigned %i = %lb to %ub step %s : i32 {
    "test.op"(%i) : (i32) -> ()
  }
  return
}

// -----

// The nested loop's blocks sit between the split halves of the outer body.
// CHECK-LABEL: func.func @for_nested
// CHECK:       ^bb2:  // pred: ^bb1
// CHECK-NEXT:    cf.br ^bb3(%arg0 : index)
// CHECK-NEXT:  ^bb3(%2: index):  // 2 preds: ^bb2, ^bb4
// CHECK:       ^bb4:  // pred: ^bb3
// CHECK-NEXT:    "test.op"(%0, %2) : (index, index) -> ()
// CHECK:       ^bb5:  // pred: ^bb3
// CHECK-NEXT:    "test.after"(%0) : (index) -> ()
// CHECK-NEXT:    %5 = arith.addi %0, %arg2 : index
// CHECK-NEXT:    cf.br ^bb1(%5 : index)
// CHECK-NEXT:  ^bb6:  // pred: ^bb1
// CHECK-NEXT:    return
func.func @for_nested(%lb: index, %ub: index, %s: index) {
  scf.for %i = %lb to %ub step %s {
    scf.for %j = %lb to %ub step %s {
      "test.op"(%i, %j) : (index, index) -> ()
    }
    "test.after"(%i) : (index) -> ()
  }
  return
}

// -----

// With results, the continuation block takes them and branches on to the rest.
// CHECK-LABEL: func.func @if_results
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:    cf.br ^bb3(%arg1 : i32)
// CHECK-NEXT:  ^bb2:  // pred: ^bb0
// CHECK-NEXT:    %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT:    cf.br ^bb3(%0 : i32)
// CHECK-NEXT:  ^bb3(%1: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:    cf.br ^bb4
// CHECK-NEXT:  ^bb4:  // pred: ^bb3
// CHECK-NEXT:    return %1 : i32
func.func @if_results(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    scf.yield %x : i32
  } else {
    %y = arith.addi %x, %x : i32
    scf.yield %y : i32
  }
  return %r : i32
}

// -----

// Without an else region the false edge goes to the continuation.
// CHECK-LABEL: func.func @if_no_else
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:    "test.op"() : () -> ()
// CHECK-NEXT:    cf.br ^bb2
// CHECK-NEXT:  ^bb2:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:    return
func.func @if_no_else(%c: i1) {
  scf.if %c {
    "test.op"() : () -> ()
  }
  return
}

// -----

// CHECK-LABEL: func.func @while_general
// CHECK-NEXT:    cf.br ^bb1(%arg0, %arg1 : i32, i32)
// CHECK-NEXT:  ^bb1(%0: i32, %1: i32):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:    %2 = arith.cmpi slt, %0, %1 : i32
// CHECK-NEXT:    cf.cond_br %2, ^bb2(%0, %1 : i32, i32), ^bb3
// CHECK-NEXT:  ^bb2(%3: i32, %4: i32):  // pred: ^bb1
// CHECK-NEXT:    %5 = arith.addi %3, %3 : i32
// CHECK-NEXT:    cf.br ^bb1(%5, %4 : i32, i32)
// CHECK-NEXT:  ^bb3:  // pred: ^bb1
// CHECK-NEXT:    return %0 : i32
func.func @while_general(%x: i32, %y: i32) -> i32 {
  %r:2 = scf.while (%a = %x, %b = %y) : (i32, i32) -> (i32, i32) {
    %c = arith.cmpi slt, %a, %b : i32
    scf.condition(%c) %a, %b : i32, i32
  } do {
  ^bb0(%a: i32, %b: i32):
    %n = arith.addi %a, %a : i32
    scf.yield %n, %b : i32, i32
  }
  return %r#0 : i32
}

// -----

// A forwarding `after` region: the `before` block loops on itself.
// CHECK-LABEL: func.func @do_while
// CHECK-NEXT:    cf.br ^bb1(%arg0 : i32)
// CHECK-NEXT:  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:    %1 = arith.cmpi slt, %0, %arg1 : i32
// CHECK-NEXT:    %2 = arith.addi %0, %0 : i32
// CHECK-NEXT:    cf.cond_br %1, ^bb1(%2 : i32), ^bb2
// CHECK-NEXT:  ^bb2:  // pred: ^bb1
// CHECK-NEXT:    return %2 : i32
func.func @do_while(%x: i32, %y: i32) -> i32 {
  %d = scf.while (%a = %x) : (i32) -> i32 {
    %c = arith.cmpi slt, %a, %y : i32
    %n = arith.addi %a, %a : i32
    scf.condition(%c) %n : i32
  } do {
  ^bb0(%a: i32):
    scf.yield %a : i32
  }
  return %d : i32
}

// -----

// CHECK-LABEL: func.func @index_switch
// CHECK-NEXT:    %0 = arith.index_cast %arg0 : index to i64
// CHECK-NEXT:    cf.switch %0 : i64, [
// CHECK-NEXT:      default: ^bb3,
// CHECK-NEXT:      2: ^bb1,
// CHECK-NEXT:      5: ^bb2
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:    cf.br ^bb4(%arg1 : i32)
// CHECK-NEXT:  ^bb2:  // pred: ^bb0
// CHECK-NEXT:    %1 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT:    cf.br ^bb4(%1 : i32)
// CHECK-NEXT:  ^bb3:  // pred: ^bb0
// CHECK-NEXT:    cf.br ^bb4(%arg2 : i32)
// CHECK-NEXT:  ^bb4(%2: i32):  // 3 preds: ^bb1, ^bb2, ^bb3
// CHECK-NEXT:    return %2 : i32
func.func @index_switch(%i: index, %x: i32, %y: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 2 {
    scf.yield %x : i32
  }
  case 5 {
    %z = arith.addi %x, %x : i32
    scf.yield %z : i32
  }
  default {
    scf.yield %y : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @execute_region
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:    cf.cond_br %arg1, ^bb2, ^bb3
// CHECK-NEXT:  ^bb2:  // pred: ^bb1
// CHECK-NEXT:    cf.br ^bb4(%arg0 : i32)
// CHECK-NEXT:  ^bb3:  // pred: ^bb1
// CHECK-NEXT:    cf.br ^bb4(%arg2 : i32)
// CHECK-NEXT:  ^bb4(%0: i32):  // 2 preds: ^bb2, ^bb3
// CHECK-NEXT:    return %0 : i32
func.func @execute_region(%x: i32, %c: i1, %y: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %x : i32
  ^bb2:
    scf.yield %y : i32
  }
  return %r : i32
}

// -----

// The reduction bodies follow the parallel body in the innermost loop.
// CHECK-LABEL: func.func @parallel
// CHECK-NEXT:    cf.br ^bb1(%arg0, %arg3 : index, f32)
// CHECK:       ^bb2:  // pred: ^bb1
// CHECK-NEXT:    cf.br ^bb3(%arg0, %1 : index, f32)
// CHECK:       ^bb4:  // pred: ^bb3
// CHECK-NEXT:    %6 = "test.val"(%0, %3) : (index, index) -> f32
// CHECK-NEXT:    %7 = arith.addf %4, %6 : f32
// CHECK-NEXT:    %8 = arith.addi %3, %arg2 : index
// CHECK-NEXT:    cf.br ^bb3(%8, %7 : index, f32)
// CHECK-NEXT:  ^bb5:  // pred: ^bb3
// CHECK-NEXT:    %9 = arith.addi %0, %arg2 : index
// CHECK-NEXT:    cf.br ^bb1(%9, %4 : index, f32)
// CHECK-NEXT:  ^bb6:  // pred: ^bb1
// CHECK-NEXT:    return %1 : f32
func.func @parallel(%lb: index, %ub: index, %s: index, %x: f32) -> f32 {
  %r = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%s, %s) init (%x) -> f32 {
    %v = "test.val"(%i, %j) : (index, index) -> f32
    scf.reduce(%v : f32) {
    ^bb0(%a: f32, %b: f32):
      %sum = arith.addf %a, %b : f32
      scf.reduce.return %sum : f32
    }
  }
  return %r : f32
}

// -----

// Static bounds become constants: lower bounds, upper bounds, then steps.
// CHECK-LABEL: func.func @forall
// CHECK-NEXT:    %c2 = arith.constant 2 : index
// CHECK-NEXT:    %c3 = arith.constant 3 : index
// CHECK-NEXT:    cf.br ^bb1(%c2 : index)
// CHECK:         %2 = arith.addi %0, %c3 : index
func.func @forall(%n: index) {
  scf.forall (%i) = (2) to (%n) step (3) {
    "test.op"(%i) : (index) -> ()
  }
  return
}

// -----

func.func @forall_with_outputs(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{failed to legalize operation 'scf.forall' that was explicitly marked illegal}}
  %r = scf.forall (%i) in (4) shared_outs(%o = %t) -> (tensor<4xf32>) {
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<4xf32>
}
