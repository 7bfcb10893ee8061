// convert-scf-to-cf on scf.parallel (a nest of loops carrying the reductions, whose
// bodies land in the innermost loop) and scf.forall without shared_outs (its static
// bounds materialized as constants; the mapping attribute disappears with the loop).
func.func @reductions(%lb: index, %ub: index, %s: index, %x: f32) -> (f32, i32) {
  %i0 = arith.constant 0 : i32
  %r:2 = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%s, %s) init (%x, %i0) -> (f32, i32) {
    %v = "test.val"(%i, %j) : (index, index) -> f32
    %w = arith.index_cast %i : index to i32
    scf.reduce(%v, %w : f32, i32) {
    ^bb0(%a: f32, %b: f32):
      %sum = arith.addf %a, %b : f32
      scf.reduce.return %sum : f32
    }, {
    ^bb0(%a: i32, %b: i32):
      %m = arith.maxsi %a, %b : i32
      scf.reduce.return %m : i32
    }
  }
  return %r#0, %r#1 : f32, i32
}

func.func @three_dims(%lb: index, %ub: index, %s: index, %x: f32) -> f32 {
  %r = scf.parallel (%i, %j, %k) = (%lb, %lb, %lb) to (%ub, %ub, %ub) step (%s, %s, %s) init (%x) -> f32 {
    %v = "test.val"(%i, %j, %k) : (index, index, index) -> f32
    scf.reduce(%v : f32) {
    ^bb0(%a: f32, %b: f32):
      %m = arith.maximumf %a, %b : f32
      scf.reduce.return %m : f32
    }
  }
  return %r : f32
}

func.func @no_reductions(%lb: index, %ub: index, %s: index) {
  scf.parallel (%i) = (%lb) to (%ub) step (%s) {
    "test.op"(%i) : (index) -> ()
  }
  return
}

func.func @forall(%n: index) {
  scf.forall (%i, %j) in (4, %n) {
    "test.op"(%i, %j) : (index, index) -> ()
  }
  scf.forall (%i) = (2) to (%n) step (3) {
    "test.op"(%i) : (index) -> ()
  } {mapping = [#gpu.thread<x>]}
  return
}
