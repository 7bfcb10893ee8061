// scf.if: results yielded from outside become arith.select (all or some), unused results
// dropped, true/false results become the condition or its negation, empty else removed.
func.func @to_select(%c: i1, %a: i32, %b: i32) -> i32 {
  %r = scf.if %c -> i32 {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @partial_select(%c: i1, %a: i32, %b: i32) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    %x = arith.addi %a, %b : i32
    scf.yield %a, %x : i32, i32
  } else {
    scf.yield %b, %a : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @unused(%c: i1, %a: i32, %b: i32) -> i32 {
  %r:2 = scf.if %c -> (i32, i32) {
    %x = arith.addi %a, %b : i32
    "test.side"() : () -> ()
    scf.yield %x, %a : i32, i32
  } else {
    "test.side"() : () -> ()
    scf.yield %b, %b : i32, i32
  }
  return %r#1 : i32
}
func.func @cond_value(%c: i1) -> (i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %r:2 = scf.if %c -> (i1, i1) {
    "test.side"() : () -> ()
    scf.yield %t, %f : i1, i1
  } else {
    "test.side"() : () -> ()
    scf.yield %f, %t : i1, i1
  }
  return %r#0, %r#1 : i1, i1
}
func.func @empty_else(%c: i1) {
  scf.if %c {
    "test.side"() : () -> ()
  } else {
  }
  return
}
