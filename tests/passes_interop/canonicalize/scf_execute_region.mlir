// scf.execute_region: single blocks inlined (no_inline kept unless the body is only its
// yield), multi-block bodies in a function inlined with cf.br, results every yield
// forwards from outside replaced; scf.if's condition known inside its regions.
func.func @single(%a: i32) -> i32 {
  %x = scf.execute_region -> i32 {
    %y = arith.addi %a, %a : i32
    scf.yield %y : i32
  }
  return %x : i32
}
func.func @noinline(%a: i32) -> i32 {
  %x = scf.execute_region -> i32 no_inline {
    scf.yield %a : i32
  }
  return %x : i32
}
func.func @in_for(%a: i32, %n: index) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %a) -> (i32) {
    %x = scf.execute_region -> i32 {
      %y = arith.addi %acc, %a : i32
      scf.yield %y : i32
    }
    scf.yield %x : i32
  }
  return %r : i32
}
func.func @multi(%c: i1, %a: i32, %b: i32) -> i32 {
  %x = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %a : i32
  ^bb2:
    scf.yield %b : i32
  }
  return %x : i32
}
func.func @multi_in_for(%c: i1, %a: i32, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %x = scf.execute_region -> i32 {
      cf.cond_br %c, ^bb1, ^bb2
    ^bb1:
      scf.yield %a : i32
    ^bb2:
      scf.yield %a : i32
    }
    "test.use"(%x) : (i32) -> ()
  }
  return
}
func.func @noinline_body(%a: i32) -> i32 {
  %x = scf.execute_region -> i32 no_inline {
    %y = arith.addi %a, %a : i32
    scf.yield %y : i32
  }
  return %x : i32
}
func.func @multi_noinline(%c: i1, %a: i32, %b: i32) -> i32 {
  %x = scf.execute_region -> i32 no_inline {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %a : i32
  ^bb2:
    scf.yield %b : i32
  }
  return %x : i32
}
func.func @multi_in_if(%c: i1, %a: i32, %b: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %x = scf.execute_region -> i32 {
      cf.cond_br %c, ^bb1, ^bb2
    ^bb1:
      %s = arith.addi %a, %b : i32
      scf.yield %s : i32
    ^bb2:
      "test.side"() : () -> ()
      scf.yield %b : i32
    }
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}
