// convert-scf-to-cf on scf.index_switch (cf.switch on the index cast to i64; cases with
// and without results, a switch with only a default region) and scf.execute_region
// (several blocks, results, no_inline, nested in a switch case).
func.func @switch(%i: index, %x: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 2 {
    scf.yield %x : i32
  }
  case 5 {
    %y = arith.addi %x, %x : i32
    scf.yield %y : i32
  }
  case -3 {
    %e = scf.execute_region -> i32 {
      %z = arith.subi %x, %x : i32
      scf.yield %z : i32
    }
    scf.yield %e : i32
  }
  default {
    %z = arith.muli %x, %x : i32
    scf.yield %z : i32
  }
  scf.index_switch %i
  default {
    "test.op"() : () -> ()
  }
  return %r : i32
}

func.func @execute_region(%x: i32, %c: i1) -> i32 {
  %r = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %x : i32
  ^bb2:
    %y = arith.addi %x, %x : i32
    scf.yield %y : i32
  }
  scf.execute_region no_inline {
    "test.op"() : () -> ()
    scf.yield
  }
  return %r : i32
}
