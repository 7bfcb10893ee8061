// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// Adjacent ifs on one condition merge; results of the first used in the second become
// the values its branches yield.
// CHECK-LABEL: func.func @combine_same(
// CHECK-NEXT:  %0:2 = scf.if %arg0 -> (i32, i32) {
// CHECK-NEXT:    %1 = "test.then"() : () -> i32
// CHECK-NEXT:    %2 = "test.use"(%1) : (i32) -> i32
// CHECK-NEXT:    scf.yield %1, %2 : i32, i32
// CHECK-NEXT:  } else {
// CHECK-NEXT:    %1 = "test.else"() : () -> i32
// CHECK-NEXT:    scf.yield %1, %arg1 : i32, i32
// CHECK-NEXT:  }
// CHECK-NEXT:  return %0#0, %0#1 : i32, i32
func.func @combine_same(%c: i1, %a: i32) -> (i32, i32) {
  %r = scf.if %c -> i32 {
    %x = "test.then"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.else"() : () -> i32
    scf.yield %y : i32
  }
  %s = scf.if %c -> i32 {
    %z = "test.use"(%r) : (i32) -> i32
    scf.yield %z : i32
  } else {
    scf.yield %a : i32
  }
  return %r, %s : i32, i32
}

// An if on `%c xor true` merges into one on %c, on the else side.
// CHECK-LABEL: func.func @combine_negated(
// CHECK-NEXT:  scf.if %arg0 {
// CHECK-NEXT:    "test.a"() : () -> ()
// CHECK-NEXT:  } else {
// CHECK-NEXT:    "test.b"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  return
func.func @combine_negated(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %n {
    "test.b"() : () -> ()
  }
  return
}

// Different conditions, or an op in between: no merge.
// CHECK-LABEL: func.func @no_combine(
// CHECK-NEXT:  scf.if %arg0 {
// CHECK-NEXT:    "test.a"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  scf.if %arg1 {
// CHECK-NEXT:    "test.b"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  "test.x"() : () -> ()
// CHECK-NEXT:  scf.if %arg1 {
// CHECK-NEXT:    "test.c"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  return
func.func @no_combine(%c: i1, %d: i1) {
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %d {
    "test.b"() : () -> ()
  }
  "test.x"() : () -> ()
  scf.if %d {
    "test.c"() : () -> ()
  }
  return
}

// An if holding only an if is one if on the conjunction.
// CHECK-LABEL: func.func @nested(
// CHECK-NEXT:  %0 = arith.andi %arg0, %arg1 : i1
// CHECK-NEXT:  scf.if %0 {
// CHECK-NEXT:    "test.op"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  return
func.func @nested(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      "test.op"() : () -> ()
    }
  }
  return
}

// A result taken from the inner if needs the same value on both false paths; one the
// outer if yields from outside becomes a select on the outer condition.
// CHECK-LABEL: func.func @nested_results(
// CHECK-NEXT:  %0 = arith.andi %arg0, %arg1 : i1
// CHECK-NEXT:  %1 = arith.select %arg0, %arg2, %arg3 : i32
// CHECK-NEXT:  %2 = scf.if %0 -> (i32) {
// CHECK-NEXT:    %3 = "test.op"() : () -> i32
// CHECK-NEXT:    scf.yield %3 : i32
// CHECK-NEXT:  } else {
// CHECK-NEXT:    scf.yield %arg3 : i32
// CHECK-NEXT:  }
// CHECK-NEXT:  return %2, %1 : i32, i32
func.func @nested_results(%a: i1, %b: i1, %x: i32, %y: i32) -> (i32, i32) {
  %r:2 = scf.if %a -> (i32, i32) {
    %i = scf.if %b -> i32 {
      %z = "test.op"() : () -> i32
      scf.yield %z : i32
    } else {
      scf.yield %y : i32
    }
    scf.yield %i, %x : i32, i32
  } else {
    scf.yield %y, %y : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// The else branch of the outer if does something: no merge.
// CHECK-LABEL: func.func @nested_busy_else(
// CHECK-NEXT:  scf.if %arg0 {
// CHECK-NEXT:    scf.if %arg1 {
// CHECK-NEXT:      "test.op"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:  } else {
// CHECK-NEXT:    "test.other"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  return
func.func @nested_busy_else(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      "test.op"() : () -> ()
    }
  } else {
    "test.other"() : () -> ()
  }
  return
}

// An if on a negation with an else swaps its branches; without an else it stays.
// CHECK-LABEL: func.func @swap(
// CHECK-NEXT:  %true = arith.constant true
// CHECK-NEXT:  %0 = arith.xori %arg0, %true : i1
// CHECK-NEXT:  scf.if %arg0 {
// CHECK-NEXT:    "test.b"() : () -> ()
// CHECK-NEXT:  } else {
// CHECK-NEXT:    "test.a"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  "test.x"() : () -> ()
// CHECK-NEXT:  scf.if %0 {
// CHECK-NEXT:    "test.c"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  return
func.func @swap(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    "test.a"() : () -> ()
  } else {
    "test.b"() : () -> ()
  }
  "test.x"() : () -> ()
  scf.if %n {
    "test.c"() : () -> ()
  }
  return
}

// Results fed the same values by every yield are one; unused results go.
// CHECK-LABEL: func.func @duplicate_results(
// CHECK-NEXT:  %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:    %1 = "test.a"() : () -> i32
// CHECK-NEXT:    scf.yield %1 : i32
// CHECK-NEXT:  } else {
// CHECK-NEXT:    %1 = "test.b"() : () -> i32
// CHECK-NEXT:    scf.yield %1 : i32
// CHECK-NEXT:  }
// CHECK-NEXT:  return %0, %0 : i32, i32
func.func @duplicate_results(%c: i1) -> (i32, i32) {
  %r:3 = scf.if %c -> (i32, i32, i32) {
    %a = "test.a"() : () -> i32
    scf.yield %a, %a, %a : i32, i32, i32
  } else {
    %b = "test.b"() : () -> i32
    scf.yield %b, %b, %b : i32, i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// The same for scf.execute_region kept by no_inline; a forwarded result is its value.
// CHECK-LABEL: func.func @execute_region_results(
// CHECK-NEXT:  %0 = scf.execute_region -> i32 no_inline {
// CHECK-NEXT:    %1 = "test.a"() : () -> i32
// CHECK-NEXT:    scf.yield %1 : i32
// CHECK-NEXT:  }
// CHECK-NEXT:  return %0, %0, %arg0 : i32, i32, i32
func.func @execute_region_results(%x: i32) -> (i32, i32, i32) {
  %r:4 = scf.execute_region -> (i32, i32, i32, i32) no_inline {
    %a = "test.a"() : () -> i32
    scf.yield %a, %a, %x, %a : i32, i32, i32, i32
  }
  return %r#0, %r#1, %r#2 : i32, i32, i32
}

// Constants yielded by both branches: true/false is the condition, false/true its
// negation, other constants a select; the if keeps its side effects only.
// CHECK-LABEL: func.func @constants(
// CHECK-NEXT:  %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT:  %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:  %true = arith.constant true
// CHECK-NEXT:  %0 = arith.xori %arg0, %true : i1
// CHECK-NEXT:  %1 = arith.select %arg0, %c1_i32, %c2_i32 : i32
// CHECK-NEXT:  scf.if %arg0 {
// CHECK-NEXT:    "test.side"() : () -> ()
// CHECK-NEXT:  }
// CHECK-NEXT:  return %arg0, %0, %1 : i1, i1, i32
func.func @constants(%c: i1) -> (i1, i1, i32) {
  %r:3 = scf.if %c -> (i1, i1, i32) {
    %t = arith.constant true
    %f = arith.constant false
    %k = arith.constant 1 : i32
    "test.side"() : () -> ()
    scf.yield %t, %f, %k : i1, i1, i32
  } else {
    %t = arith.constant true
    %f = arith.constant false
    %k = arith.constant 2 : i32
    scf.yield %f, %t, %k : i1, i1, i32
  }
  return %r#0, %r#1, %r#2 : i1, i1, i32
}

// A poison condition is left alone.
// CHECK-LABEL: func.func @poison_condition(
// CHECK-NEXT:  %0 = ub.poison : i1
// CHECK-NEXT:  %1 = scf.if %0 -> (i32) {
// CHECK-NEXT:    %2 = "test.a"() : () -> i32
// CHECK-NEXT:    scf.yield %2 : i32
// CHECK-NEXT:  } else {
// CHECK-NEXT:    %2 = "test.b"() : () -> i32
// CHECK-NEXT:    scf.yield %2 : i32
// CHECK-NEXT:  }
// CHECK-NEXT:  return %1 : i32
func.func @poison_condition() -> i32 {
  %p = ub.poison : i1
  %r = scf.if %p -> i32 {
    %x = "test.a"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.b"() : () -> i32
    scf.yield %y : i32
  }
  return %r : i32
}

// A multi-block execute_region inside another (multi-block, so kept) execute_region
// moves its blocks into it: yields become branches to the rest of the enclosing block.
// CHECK-LABEL: func.func @execute_region_nested(
// CHECK:       scf.for
// CHECK-NEXT:  %0 = scf.execute_region -> i32 {
// CHECK-NEXT:  %1 = "test.cond0"() : () -> i1
// CHECK-NEXT:  cf.cond_br %1, ^bb1, ^bb5
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:  %2 = "test.cond"() : () -> i1
// CHECK-NEXT:  cf.cond_br %2, ^bb2, ^bb3
// CHECK-NEXT:  ^bb2:  // pred: ^bb1
// CHECK-NEXT:  %3 = "test.a"() : () -> i32
// CHECK-NEXT:  cf.br ^bb4(%3 : i32)
// CHECK-NEXT:  ^bb3:  // pred: ^bb1
// CHECK-NEXT:  %4 = "test.b"() : () -> i32
// CHECK-NEXT:  cf.br ^bb4(%4 : i32)
// CHECK-NEXT:  ^bb4(%5: i32):  // 2 preds: ^bb2, ^bb3
// CHECK-NEXT:  scf.yield %5 : i32
// CHECK-NEXT:  ^bb5:  // pred: ^bb0
// CHECK-NEXT:  %6 = "test.c"() : () -> i32
// CHECK-NEXT:  scf.yield %6 : i32
// CHECK-NEXT:  }
// CHECK-NEXT:  "test.use"(%0) : (i32) -> ()
func.func @execute_region_nested(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %o = scf.execute_region -> i32 {
      %c = "test.cond0"() : () -> i1
      cf.cond_br %c, ^a, ^b
    ^a:
      %r = scf.execute_region -> i32 {
        %d = "test.cond"() : () -> i1
        cf.cond_br %d, ^bb1, ^bb2
      ^bb1:
        %x = "test.a"() : () -> i32
        scf.yield %x : i32
      ^bb2:
        %y = "test.b"() : () -> i32
        scf.yield %y : i32
      }
      scf.yield %r : i32
    ^b:
      %z = "test.c"() : () -> i32
      scf.yield %z : i32
    }
    "test.use"(%o) : (i32) -> ()
  }
  return
}
