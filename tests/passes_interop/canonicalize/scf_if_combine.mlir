// scf.if merging (MLIR's CombineIfs, CombineNestedIfs and the scf.if fold): adjacent ifs
// on the same condition, on a condition and its `xor true` negation (either order), with
// and without results and else branches, first-if results used in the second; nested ifs
// becoming one if on `arith.andi` (results taken from the inner if, results turned into
// arith.select, three levels); an if on `%c xor true` with an else swapping its branches.
// Must not merge: different conditions, `xor` with a non-constant, an op in between,
// busy else branches, an extra op around the inner if, mismatching false-path values,
// an if on a negation without an else branch.
func.func @combine_same(%c: i1, %a: i32, %b: i32) -> (i32, i32) {
  %r = scf.if %c -> i32 {
    %x = arith.addi %a, %b : i32
    scf.yield %x : i32
  } else {
    %y = arith.muli %a, %b : i32
    scf.yield %y : i32
  }
  %s = scf.if %c -> i32 {
    %z = arith.subi %r, %a : i32
    scf.yield %z : i32
  } else {
    %w = arith.divsi %r, %a : i32
    scf.yield %w : i32
  }
  return %r, %s : i32, i32
}
func.func @combine_neg(%c: i1) {
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
func.func @combine_neg2(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    "test.a"() : () -> ()
  } else {
    "test.c"() : () -> ()
  }
  scf.if %c {
    "test.b"() : () -> ()
  }
  return
}
func.func @prev_res_next_noelse(%c: i1, %a: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %x = "test.op"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.op2"() : () -> i32
    scf.yield %y : i32
  }
  scf.if %c {
    "test.use"(%r) : (i32) -> ()
    scf.if %c {
      "test.use2"(%r) : (i32) -> ()
    }
  }
  return %r : i32
}
func.func @prev_noelse_next_else(%c: i1) -> i32 {
  scf.if %c {
    "test.a"() : () -> ()
  }
  %r = scf.if %c -> i32 {
    %x = "test.op"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.op2"() : () -> i32
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @neg_results(%c: i1) -> (i32, i32) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  %r = scf.if %c -> i32 {
    %x = "test.op"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.op2"() : () -> i32
    scf.yield %y : i32
  }
  %s = scf.if %n -> i32 {
    %z = "test.op3"(%r) : (i32) -> i32
    scf.yield %z : i32
  } else {
    %w = "test.op4"(%r) : (i32) -> i32
    scf.yield %w : i32
  }
  return %r, %s : i32, i32
}
func.func @neg_noelse_prev_res(%c: i1) -> i32 {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  %r = scf.if %c -> i32 {
    %x = "test.op"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.op2"() : () -> i32
    scf.yield %y : i32
  }
  scf.if %n {
    "test.use"(%r) : (i32) -> ()
  }
  return %r : i32
}
func.func @different(%c: i1, %d: i1) {
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %d {
    "test.b"() : () -> ()
  }
  return
}
func.func @xor_not_true(%c: i1, %d: i1) {
  %n = arith.xori %c, %d : i1
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %n {
    "test.b"() : () -> ()
  }
  return
}
func.func @xor_true_lhs(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %true, %c : i1
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %n {
    "test.b"() : () -> ()
  }
  return
}
func.func @three(%c: i1) {
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %c {
    "test.b"() : () -> ()
  } else {
    "test.e"() : () -> ()
  }
  scf.if %c {
    "test.d"() : () -> ()
  }
  return
}
func.func @attrs(%c: i1) {
  scf.if %c {
    "test.a"() : () -> ()
  } {foo = 1}
  scf.if %c {
    "test.b"() : () -> ()
  } {bar = 2}
  return
}
func.func @between(%c: i1) {
  scf.if %c {
    "test.a"() : () -> ()
  }
  "test.x"() : () -> ()
  scf.if %c {
    "test.b"() : () -> ()
  }
  return
}
func.func @in_loop(%c: i1, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    scf.if %c {
      "test.a"(%i) : (index) -> ()
    }
    scf.if %c {
      "test.b"(%i) : (index) -> ()
    }
  }
  return
}
func.func @nested(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      "test.op"() : () -> ()
    }
  }
  return
}
func.func @nested_res(%a: i1, %b: i1, %x: i32, %y: i32) -> i32 {
  %r = scf.if %a -> i32 {
    %i = scf.if %b -> i32 {
      %z = "test.op"() : () -> i32
      scf.yield %z : i32
    } else {
      scf.yield %y : i32
    }
    scf.yield %i : i32
  } else {
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @outer_else_yield_only(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      "test.op"() : () -> ()
    }
  } else {
  }
  return
}
func.func @outer_else_busy(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      "test.op"() : () -> ()
    }
  } else {
    "test.other"() : () -> ()
  }
  return
}
func.func @inner_else_busy(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      "test.op"() : () -> ()
    } else {
      "test.other"() : () -> ()
    }
  }
  return
}
func.func @two_ops(%a: i1, %b: i1) {
  scf.if %a {
    "test.pre"() : () -> ()
    scf.if %b {
      "test.op"() : () -> ()
    }
  }
  return
}
func.func @res_mismatch(%a: i1, %b: i1, %x: i32, %y: i32) -> i32 {
  %r = scf.if %a -> i32 {
    %i = scf.if %b -> i32 {
      %z = "test.op"() : () -> i32
      scf.yield %z : i32
    } else {
      scf.yield %x : i32
    }
    scf.yield %i : i32
  } else {
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @res_select(%a: i1, %b: i1, %x: i32, %y: i32) -> i32 {
  %r = scf.if %a -> i32 {
    scf.if %b {
      "test.op"() : () -> ()
    }
    scf.yield %x : i32
  } else {
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @res_mixed(%a: i1, %b: i1, %x: i32, %y: i32) -> (i32, i32, i32) {
  %r:3 = scf.if %a -> (i32, i32, i32) {
    %i = scf.if %b -> i32 {
      %z = "test.op"() : () -> i32
      scf.yield %z : i32
    } else {
      scf.yield %y : i32
    }
    scf.yield %x, %i, %x : i32, i32, i32
  } else {
    scf.yield %y, %y, %x : i32, i32, i32
  }
  return %r#0, %r#1, %r#2 : i32, i32, i32
}
func.func @nested_same_cond(%a: i1) {
  scf.if %a {
    scf.if %a {
      "test.op"() : () -> ()
    }
  }
  return
}
func.func @triple(%a: i1, %b: i1, %c: i1) {
  scf.if %a {
    scf.if %b {
      scf.if %c {
        "test.op"() : () -> ()
      }
    }
  }
  return
}
func.func @inner_res_unused(%a: i1, %b: i1, %y: i32) {
  scf.if %a {
    %i = scf.if %b -> i32 {
      %z = "test.op"() : () -> i32
      scf.yield %z : i32
    } else {
      scf.yield %y : i32
    }
  }
  return
}
func.func @swap(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    "test.a"() : () -> ()
  } else {
    "test.b"() : () -> ()
  }
  return
}
func.func @swap_res(%c: i1) -> i32 {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  %r = scf.if %n -> i32 {
    %x = "test.a"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.b"() : () -> i32
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @swap_noelse(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    "test.a"() : () -> ()
  }
  return
}
func.func @swap_double(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  %m = arith.xori %n, %true : i1
  scf.if %m {
    "test.a"() : () -> ()
  } else {
    "test.b"() : () -> ()
  }
  return
}
func.func @swap_vec(%c: i1, %v: vector<2xi1>) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    "test.a"(%n) : (i1) -> ()
  } else {
    "test.b"(%n) : (i1) -> ()
  }
  return
}
