// scf.if and scf.execute_region edge cases: constants inside both branches (hoisted, then
// select / condition / negation), selects of tensors and memrefs, one value yielded by
// both branches, unused results (with side effects: kept as a result-less if; pure: all
// erased), a poison condition (left alone), static conditions without else and nested,
// condition propagation, an empty else with attributes; region-branch rules: results fed
// the same values by every yield merged (if, execute_region, in loops, multi-block
// regions), unused execute_region results removed, forwarded ones replaced; empty and
// pure ifs, ifs on unrelated comparisons (not merged), ifs nested in else branches (not
// merged), merged nested ifs side by side; scf.index_switch with one case (kept), one
// constant yielded by all regions, a constant selector matching no case or the smallest
// i64, ifs merged inside a case; a multi-block execute_region inside another one (inlined
// into it; kept with no_inline).
func.func @const_inside(%c: i1) -> (i1, i1, i32) {
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
    "test.side"() : () -> ()
    scf.yield %f, %t, %k : i1, i1, i32
  }
  return %r#0, %r#1, %r#2 : i1, i1, i32
}
func.func @tensor_select(%c: i1, %a: tensor<4xf32>, %b: tensor<4xf32>, %m: memref<?xf32>, %n: memref<?xf32>) -> (tensor<4xf32>, memref<?xf32>) {
  %r:2 = scf.if %c -> (tensor<4xf32>, memref<?xf32>) {
    scf.yield %a, %m : tensor<4xf32>, memref<?xf32>
  } else {
    scf.yield %b, %n : tensor<4xf32>, memref<?xf32>
  }
  return %r#0, %r#1 : tensor<4xf32>, memref<?xf32>
}
func.func @same_value(%c: i1, %a: i32) -> i32 {
  %r = scf.if %c -> i32 {
    "test.side"() : () -> ()
    scf.yield %a : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}
func.func @all_unused(%c: i1, %a: i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    %x = "test.op"() : () -> i32
    scf.yield %x, %x : i32, i32
  } else {
    %y = "test.op2"() : () -> i32
    scf.yield %y, %a : i32, i32
  }
  return
}
func.func @all_unused_pure(%c: i1, %a: i32) {
  %r = scf.if %c -> i32 {
    %x = arith.addi %a, %a : i32
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  return
}
func.func @poison_cond() -> i32 {
  %p = ub.poison : i1
  %r = scf.if %p -> i32 {
    %x = "test.op"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.op2"() : () -> i32
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @static_false_noelse() {
  %f = arith.constant false
  scf.if %f {
    "test.op"() : () -> ()
  }
  return
}
func.func @static_nested(%a: i32) -> i32 {
  %t = arith.constant true
  %r = scf.if %t -> i32 {
    %x = scf.if %t -> i32 {
      %y = arith.addi %a, %a : i32
      scf.yield %y : i32
    } else {
      scf.yield %a : i32
    }
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}
func.func @cond_prop(%c: i1) -> i1 {
  %r = scf.if %c -> i1 {
    %x = "test.op"(%c) : (i1) -> i1
    scf.yield %x : i1
  } else {
    %y = "test.op2"(%c) : (i1) -> i1
    scf.yield %y : i1
  }
  return %r : i1
}
func.func @i1_select(%c: i1, %d: i1) -> i1 {
  %t = arith.constant true
  %r = scf.if %c -> i1 {
    scf.yield %d : i1
  } else {
    scf.yield %t : i1
  }
  return %r : i1
}
func.func @empty_else_with_attr(%c: i1) {
  scf.if %c {
    "test.op"() : () -> ()
  } else {
  } {some.attr = 3 : i32}
  return
}
func.func @if_one_region_eq(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %a = "test.a"() : () -> i32
    scf.yield %x : i32
  } else {
    %b = "test.b"() : () -> i32
    scf.yield %x : i32
  }
  return %r : i32
}
func.func @dup_results(%c: i1) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    %a = "test.a"() : () -> i32
    scf.yield %a, %a : i32, i32
  } else {
    %b = "test.b"() : () -> i32
    scf.yield %b, %b : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @dup_outside(%c: i1, %a: i32, %b: i32) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    scf.yield %a, %a : i32, i32
  } else {
    scf.yield %b, %b : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @if_dup_bool(%c: i1, %d: i1) -> (i1, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %r:3 = scf.if %c -> (i1, i1, i1) {
    "test.side"() : () -> ()
    scf.yield %t, %d, %t : i1, i1, i1
  } else {
    "test.side2"() : () -> ()
    scf.yield %f, %f, %f : i1, i1, i1
  }
  return %r#0, %r#1, %r#2 : i1, i1, i1
}
func.func @if_dup_partial(%c: i1) -> (i32, i32, i32) {
  %r:3 = scf.if %c -> (i32, i32, i32) {
    %a = "test.a"() : () -> i32
    scf.yield %a, %a, %a : i32, i32, i32
  } else {
    %b = "test.b"() : () -> i32
    %e = "test.e"() : () -> i32
    scf.yield %b, %e, %b : i32, i32, i32
  }
  return %r#0, %r#1, %r#2 : i32, i32, i32
}
func.func @er_unused() {
  %r = scf.execute_region -> i32 no_inline {
    %a = "test.a"() : () -> i32
    scf.yield %a : i32
  }
  return
}
func.func @er_forward(%x: i32) -> (i32, i32) {
  %r:2 = scf.execute_region -> (i32, i32) no_inline {
    %a = "test.a"() : () -> i32
    scf.yield %a, %x : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @er_empty_noinline() {
  scf.execute_region no_inline {
    scf.yield
  }
  return
}
func.func @dup_er(%x: i32) -> (i32, i32) {
  %r:2 = scf.execute_region -> (i32, i32) no_inline {
    %a = "test.a"() : () -> i32
    scf.yield %a, %a : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @dup_er_forward(%a: i32) -> (i32, i32) {
  %r:3 = scf.execute_region -> (i32, i32, i32) no_inline {
    %x = "test.a"() : () -> i32
    scf.yield %x, %a, %x : i32, i32, i32
  }
  return %r#0, %r#2 : i32, i32
}
func.func @er_multi_in_loop(%n: index, %x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> i32 {
    %r:3 = scf.execute_region -> (i32, i32, i32) {
      %c = "test.cond"() : () -> i1
      cf.cond_br %c, ^bb1, ^bb2
    ^bb1:
      %a = "test.a"() : () -> i32
      scf.yield %a, %a, %x : i32, i32, i32
    ^bb2:
      %b = "test.b"() : () -> i32
      scf.yield %b, %b, %x : i32, i32, i32
    }
    %t = arith.addi %r#0, %r#1 : i32
    %u = arith.addi %t, %r#2 : i32
    scf.yield %u : i32
  }
  return %s : i32
}
func.func @er_multi_unused(%n: index, %x: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %r:2 = scf.execute_region -> (i32, i32) {
      %c = "test.cond"() : () -> i1
      cf.cond_br %c, ^bb1, ^bb2
    ^bb1:
      %a = "test.a"() : () -> i32
      scf.yield %a, %x : i32, i32
    ^bb2:
      %b = "test.b"() : () -> i32
      scf.yield %b, %x : i32, i32
    }
    "test.use"(%r#1) : (i32) -> ()
  }
  return
}
func.func @empty_then(%c: i1) {
  scf.if %c {
  } else {
    "test.b"() : () -> ()
  }
  return
}
func.func @empty_both(%c: i1) {
  scf.if %c {
  } else {
  }
  return
}
func.func @empty_then_neg(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
  } else {
    "test.b"() : () -> ()
  }
  return
}
func.func @pure_if(%c: i1, %a: i32) {
  scf.if %c {
    %x = arith.addi %a, %a : i32
  }
  return
}
func.func @cmp_cond(%a: i32, %b: i32) -> i32 {
  %c = arith.cmpi slt, %a, %b : i32
  %n = arith.cmpi sge, %a, %b : i32
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %n {
    "test.b"() : () -> ()
  }
  return %a : i32
}
func.func @nested_in_else(%a: i1, %b: i1) {
  scf.if %a {
    "test.x"() : () -> ()
  } else {
    scf.if %b {
      "test.op"() : () -> ()
    }
  }
  return
}
func.func @combine_then_nested(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      "test.op"() : () -> ()
    }
  }
  scf.if %a {
    scf.if %b {
      "test.op2"() : () -> ()
    }
  }
  return
}
func.func @single_case(%i: index) -> i32 {
  %r = scf.index_switch %i -> i32
  case 1 {
    %a = "test.a"() : () -> i32
    scf.yield %a : i32
  }
  default {
    %d = "test.op"() : () -> i32
    scf.yield %d : i32
  }
  return %r : i32
}
func.func @same_const(%i: index) -> i32 {
  %r = scf.index_switch %i -> i32
  case 1 {
    %a = arith.constant 5 : i32
    "test.a"() : () -> ()
    scf.yield %a : i32
  }
  default {
    %d = arith.constant 5 : i32
    scf.yield %d : i32
  }
  return %r : i32
}
func.func @arg_in_region(%i: index) -> index {
  %r = scf.index_switch %i -> index
  case 1 {
    "test.a"(%i) : (index) -> ()
    scf.yield %i : index
  }
  default {
    scf.yield %i : index
  }
  return %r : index
}
func.func @const_no_res(%i: index) {
  %c = arith.constant 7 : index
  scf.index_switch %c
  case 1 {
    "test.a"() : () -> ()
    scf.yield
  }
  default {
    "test.d"() : () -> ()
  }
  return
}
func.func @big_case() -> i32 {
  %c = arith.constant -9223372036854775808 : index
  %r = scf.index_switch %c -> i32
  case -9223372036854775808 {
    %a = "test.a"() : () -> i32
    scf.yield %a : i32
  }
  default {
    %d = "test.op"() : () -> i32
    scf.yield %d : i32
  }
  return %r : i32
}
func.func @if_in_switch(%i: index, %c: i1) {
  scf.index_switch %i
  case 1 {
    scf.if %c {
      "test.a"() : () -> ()
    }
    scf.if %c {
      "test.b"() : () -> ()
    }
    scf.yield
  }
  default {
  }
  return
}
func.func @er_in_er(%n: index) -> i32 {
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
  %k = arith.constant 0 : i32
  return %k : i32
}
func.func @er_in_er_noinline(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %o = scf.execute_region -> i32 {
      %r = scf.execute_region -> i32 no_inline {
        %d = "test.cond"() : () -> i1
        cf.cond_br %d, ^bb1, ^bb2
      ^bb1:
        %x = "test.a"() : () -> i32
        scf.yield %x : i32
      ^bb2:
        %y = "test.b"() : () -> i32
        scf.yield %y : i32
      }
      %c = "test.cond0"() : () -> i1
      cf.cond_br %c, ^a, ^b
    ^a:
      scf.yield %r : i32
    ^b:
      %z = "test.c"() : () -> i32
      scf.yield %z : i32
    }
    "test.use"(%o) : (i32) -> ()
  }
  return
}
