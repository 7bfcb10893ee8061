// sccp: straight-line arith folds, selects, unused results, constants materialized at the
// entry block's start (the last made first), ops left dead erased, scf/unregistered
// region ops overdefined with constants made in regions that may be isolated.
func.func @no_control_flow(%arg0: i32) -> i32 {
  %cond = arith.constant true
  %cst_1 = arith.constant 1 : i32
  %select = arith.select %cond, %cst_1, %arg0 : i32
  return %select : i32
}
func.func @unused_consts(%a: i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %s = arith.addi %c1, %c2 : i32
  %t = arith.addi %a, %c1 : i32
  return
}
func.func @nested(%c: i1, %x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = scf.if %c -> i32 {
    %t = arith.addi %c1, %c1 : i32
    scf.yield %t : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}
func.func @loop(%lb: index, %ub: index, %st: index, %init: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = scf.for %i = %lb to %ub step %st iter_args(%acc = %init) -> i32 {
    %two = arith.addi %c1, %c1 : i32
    %n = arith.addi %acc, %two : i32
    scf.yield %n : i32
  }
  "test.region"() ({
    %three = arith.constant 3 : i32
    %x = arith.muli %three, %c1 : i32
    "test.use"(%x) : (i32) -> ()
  }) : () -> ()
  return %r : i32
}
func.func @inplace_fold(%x: i32) -> i32 {
  %c5 = arith.constant 5 : i32
  %y = arith.addi %c5, %x : i32
  %c0 = arith.constant 0 : i32
  %z = arith.addi %y, %c0 : i32
  %w = arith.muli %x, %c0 : i32
  %v = arith.subi %x, %x : i32
  return %z : i32
}
