// canonicalize: scf.while. WhileConditionTruth (an after argument receiving the condition
// is true), WhileCmpCond (an arith.cmpi in the after region repeating or negating the
// condition's comparison is true or false), WhileOpAlignBeforeArgs (condition forwarding
// the before arguments permuted), and the region-branch patterns that replace MLIR's
// older while patterns: loop-invariant before arguments, condition values from outside,
// unused results and arguments, duplicated arguments and results. Negative cases:
// values computed in the before region, comparisons with other predicates or operands,
// condition forwarding a before argument twice. A constant-false condition runs the
// before region once (region-branch inlining); a constant-true one stays.
func.func @condition_truth(%a: i32) -> i1 {
  %0:2 = scf.while (%x = %a) : (i32) -> (i32, i1) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %c : i32, i1
  } do {
  ^bb0(%p: i32, %q: i1):
    %s = "test.step"(%p, %q) : (i32, i1) -> i32
    scf.yield %s : i32
  }
  return %0#1 : i1
}
func.func @cmp_cond(%a: i32, %n: i32) -> i32 {
  %0 = scf.while (%x = %a) : (i32) -> i32 {
    %c = arith.cmpi slt, %x, %n : i32
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%p: i32):
    %c2 = arith.cmpi slt, %p, %n : i32
    %c3 = arith.cmpi sge, %p, %n : i32
    %c4 = arith.cmpi sgt, %p, %n : i32
    %c5 = arith.cmpi slt, %n, %p : i32
    %s = "test.step"(%p, %c2, %c3, %c4, %c5) : (i32, i1, i1, i1, i1) -> i32
    scf.yield %s : i32
  }
  return %0 : i32
}
func.func @cmp_cond_rhs(%a: index, %n: index) -> index {
  %0 = scf.while (%x = %a) : (index) -> index {
    %c = arith.cmpi ult, %n, %x : index
    scf.condition(%c) %x : index
  } do {
  ^bb0(%p: index):
    %c2 = arith.cmpi ult, %n, %p : index
    %c3 = arith.cmpi uge, %n, %p : index
    %c4 = arith.cmpi ult, %p, %n : index
    %s = "test.step"(%p, %c2, %c3, %c4) : (index, i1, i1, i1) -> index
    scf.yield %s : index
  }
  return %0 : index
}
func.func @align_before_args(%a: i32, %b: f32) -> (i32, f32) {
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, f32) -> (f32, i32) {
    %c = "test.cond"(%x, %y) : (i32, f32) -> i1
    scf.condition(%c) %y, %x : f32, i32
  } do {
  ^bb0(%p: f32, %q: i32):
    %s:2 = "test.step"(%p, %q) : (f32, i32) -> (i32, f32)
    scf.yield %s#0, %s#1 : i32, f32
  }
  return %0#1, %0#0 : i32, f32
}
func.func @no_align_twice(%a: i32, %b: i32) -> (i32, i32) {
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%x, %y) : (i32, i32) -> i1
    scf.condition(%c) %y, %y : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %s:2 = "test.step"(%p, %q) : (i32, i32) -> (i32, i32)
    scf.yield %s#0, %s#1 : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}
func.func @invariant_before_arg(%a: i32, %b: i32) -> i32 {
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%x, %y) : (i32, i32) -> i1
    scf.condition(%c) %x, %y : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %s = "test.step"(%p, %q) : (i32, i32) -> i32
    scf.yield %s, %q : i32, i32
  }
  return %0#0 : i32
}
func.func @yield_init(%a: i32, %b: i32) -> i32 {
  %0 = scf.while (%x = %a, %y = %b) : (i32, i32) -> i32 {
    %c = "test.cond"(%x, %y) : (i32, i32) -> i1
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%p: i32):
    %s = "test.step"(%p) : (i32) -> i32
    scf.yield %s, %b : i32, i32
  }
  return %0 : i32
}
func.func @outside_condition_arg(%a: i32, %b: i32) -> (i32, i32) {
  %0:2 = scf.while (%x = %a) : (i32) -> (i32, i32) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %b : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %s = "test.step"(%p, %q) : (i32, i32) -> i32
    scf.yield %s : i32
  }
  return %0#0, %0#1 : i32, i32
}
func.func @unused(%a: i32, %b: i32) -> i32 {
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%x) : (i32) -> i1
    %v = "test.val"() : () -> i32
    scf.condition(%c) %x, %v : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %s = "test.step"(%p) : (i32) -> i32
    %t = "test.other"() : () -> i32
    scf.yield %s, %t : i32, i32
  }
  return %0#0 : i32
}
func.func @duplicates(%a: i32) -> (i32, i32) {
  %0:2 = scf.while (%x = %a, %y = %a) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%x, %y) : (i32, i32) -> i1
    scf.condition(%c) %x, %y : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %s = "test.step"(%p, %q) : (i32, i32) -> i32
    scf.yield %s, %s : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}
func.func @duplicated_results(%a: i32) -> (i32, i32, i32) {
  %0:3 = scf.while (%x = %a) : (i32) -> (i32, i32, i32) {
    %c = "test.cond"(%x) : (i32) -> i1
    %v = "test.val"(%x) : (i32) -> i32
    scf.condition(%c) %v, %x, %v : i32, i32, i32
  } do {
  ^bb0(%p: i32, %q: i32, %r: i32):
    %s = "test.step"(%p, %q, %r) : (i32, i32, i32) -> i32
    scf.yield %s : i32
  }
  return %0#0, %0#1, %0#2 : i32, i32, i32
}
func.func @kept(%a: i32, %b: i32) -> (i32, i32) {
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%x, %y) : (i32, i32) -> i1
    %v = "test.val"(%x) : (i32) -> i32
    scf.condition(%c) %v, %y : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %s:2 = "test.step"(%p, %q) : (i32, i32) -> (i32, i32)
    scf.yield %s#0, %s#1 : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}
func.func @false_cond(%a: i32) -> i32 {
  %false = arith.constant false
  %0 = scf.while (%x = %a) : (i32) -> i32 {
    "test.use"(%x) : (i32) -> ()
    scf.condition(%false) %x : i32
  } do {
  ^bb0(%p: i32):
    %s = "test.step"(%p) : (i32) -> i32
    scf.yield %s : i32
  }
  return %0 : i32
}
func.func @true_cond(%a: i32, %b: i32) -> i32 {
  %true = arith.constant true
  %0:2 = scf.while (%x = %a) : (i32) -> (i32, i32) {
    %v = "test.val"(%x) : (i32) -> i32
    scf.condition(%true) %x, %v : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %s = "test.step"(%p, %q) : (i32, i32) -> i32
    scf.yield %s : i32
  }
  return %0#0 : i32
}
func.func @while_false_args(%a: i32, %b: i32) -> (i32, i32) {
  %false = arith.constant false
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %v = "test.val"(%x) : (i32) -> i32
    scf.condition(%false) %y, %v : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    scf.yield %p, %q : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}

// Both WhileConditionTruth and WhileCmpCond on one loop, with a constant already in the
// after region: the new constants are built before the loop (after the hoisted ones),
// truth first, then the comparisons in use-list order.
func.func @while_truth_cmp_ge_lt(%init: i32, %b: i32) -> i32 {
  %r:2 = scf.while (%x = %init) : (i32) -> (i1, i32) {
    %c = arith.cmpi slt, %x, %b : i32
    scf.condition(%c) %c, %x : i1, i32
  } do {
  ^bb0(%f: i1, %y: i32):
    %ge = arith.cmpi sge, %y, %b : i32
    %lt = arith.cmpi slt, %y, %b : i32
    "test.use"(%f, %ge, %lt) : (i1, i1, i1) -> ()
    %one = arith.constant 1 : i32
    %n = arith.addi %y, %one : i32
    scf.yield %n : i32
  }
  return %r#1 : i32
}

func.func @while_truth_cmp_lt_ge(%init: i32, %b: i32) -> i32 {
  %r:2 = scf.while (%x = %init) : (i32) -> (i1, i32) {
    %c = arith.cmpi slt, %x, %b : i32
    scf.condition(%c) %c, %x : i1, i32
  } do {
  ^bb0(%f: i1, %y: i32):
    %lt = arith.cmpi slt, %y, %b : i32
    %ge = arith.cmpi sge, %y, %b : i32
    "test.use"(%f, %ge, %lt) : (i1, i1, i1) -> ()
    %one = arith.constant 1 : i32
    %n = arith.addi %y, %one : i32
    scf.yield %n : i32
  }
  return %r#1 : i32
}

func.func @while_truth_cmp_fwd_last(%init: i32, %b: i32) -> i32 {
  %r:2 = scf.while (%x = %init) : (i32) -> (i32, i1) {
    %c = arith.cmpi slt, %b, %x : i32
    scf.condition(%c) %x, %c : i32, i1
  } do {
  ^bb0(%y: i32, %f: i1):
    %ge = arith.cmpi sge, %b, %y : i32
    %lt = arith.cmpi slt, %b, %y : i32
    "test.use"(%ge, %f, %lt) : (i1, i1, i1) -> ()
    %one = arith.constant 1 : i32
    %n = arith.addi %y, %one : i32
    scf.yield %n : i32
  }
  return %r#0 : i32
}

func.func @while_truth_cmp_rhs_lt_ge(%init: i32, %b: i32) -> i32 {
  %r:2 = scf.while (%x = %init) : (i32) -> (i32, i1) {
    %c = arith.cmpi slt, %x, %b : i32
    scf.condition(%c) %x, %c : i32, i1
  } do {
  ^bb0(%y: i32, %f: i1):
    %lt = arith.cmpi slt, %y, %b : i32
    %ge = arith.cmpi sge, %y, %b : i32
    "test.use"(%lt, %ge, %f) : (i1, i1, i1) -> ()
    %one = arith.constant 1 : i32
    %n = arith.addi %y, %one : i32
    scf.yield %n : i32
  }
  return %r#0 : i32
}

func.func @while_truth_after_constant(%init: i32, %b: i32) -> i32 {
  %r:2 = scf.while (%x = %init) : (i32) -> (i1, i32) {
    %c = arith.cmpi slt, %x, %b : i32
    scf.condition(%c) %c, %x : i1, i32
  } do {
  ^bb0(%f: i1, %y: i32):
    "test.use"(%f) : (i1) -> ()
    %one = arith.constant 1 : i32
    %n = arith.addi %y, %one : i32
    scf.yield %n : i32
  }
  return %r#1 : i32
}

func.func @while_cmp_after_constant(%init: i32, %b: i32) -> i32 {
  %r:2 = scf.while (%x = %init) : (i32) -> (i1, i32) {
    %c = arith.cmpi slt, %x, %b : i32
    scf.condition(%c) %c, %x : i1, i32
  } do {
  ^bb0(%f: i1, %y: i32):
    %ge = arith.cmpi sge, %y, %b : i32
    "test.use"(%ge) : (i1) -> ()
    %one = arith.constant 1 : i32
    %n = arith.addi %y, %one : i32
    scf.yield %n : i32
  }
  return %r#1 : i32
}
