// canonicalize: scf.if on constant conditions, scf.for with zero and one trips, forwarded
// and unused iteration arguments removed; pure loops without uses erased.
func.func @f(%a: f32, %b: f32, %n: index) -> (f32, f32, f32, f32) {
  %true = arith.constant true
  %false = arith.constant false
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %0 = scf.if %true -> (f32) {
    %s = arith.addf %a, %b : f32
    scf.yield %s : f32
  } else {
    scf.yield %b : f32
  }
  %1 = scf.if %false -> (f32) {
    scf.yield %a : f32
  } else {
    %m = arith.mulf %a, %b : f32
    scf.yield %m : f32
  }
  %2 = scf.for %i = %c4 to %c1 step %c1 iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  %3 = scf.for %i = %c0 to %c1 step %c1 iter_args(%x = %b) -> (f32) {
    %y = arith.mulf %x, %x : f32
    scf.yield %y : f32
  }
  %4:2 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %dead = %b) -> (f32, f32) {
    %y = arith.addf %x, %a : f32
    %z = arith.mulf %dead, %a : f32
    scf.yield %y, %z : f32, f32
  }
  %5:2 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %pass = %b) -> (f32, f32) {
    %y = arith.addf %x, %pass : f32
    scf.yield %y, %pass : f32, f32
  }
  %r = arith.addf %4#0, %5#1 : f32
  %r2 = arith.addf %r, %5#0 : f32
  "test.use"(%4#0, %5#0, %5#1) : (f32, f32, f32) -> ()
  return %0, %1, %2, %3 : f32, f32, f32, f32
}
