// convert-scf-to-cf on scf.while: the general form (before and after blocks), the
// do-while form (an `after` region that only forwards its arguments), a while without
// results, and a while inside a loop.
func.func @general(%x: i32, %y: i32) -> (i32, i32) {
  %r:2 = scf.while (%a = %x, %b = %y) : (i32, i32) -> (i32, i32) {
    %c = arith.cmpi slt, %a, %b : i32
    scf.condition(%c) %a, %b : i32, i32
  } do {
  ^bb0(%a: i32, %b: i32):
    %n = arith.addi %a, %a : i32
    scf.yield %n, %b : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

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

func.func @no_results(%c: i1) {
  scf.while : () -> () {
    "test.before"() : () -> ()
    scf.condition(%c)
  } do {
    "test.after"() : () -> ()
    scf.yield
  }
  return
}

func.func @in_loop(%lb: index, %ub: index, %s: index, %x: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %x) -> (f32) {
    %w = scf.while (%a = %acc) : (f32) -> f32 {
      %c = arith.cmpf olt, %a, %x : f32
      scf.condition(%c) %a : f32
    } do {
    ^bb0(%a: f32):
      %m = arith.mulf %a, %a : f32
      scf.yield %m : f32
    }
    scf.yield %w : f32
  }
  return %r : f32
}
