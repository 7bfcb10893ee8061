// loop-invariant-code-motion out of scf.for: pure ops on invariant values hoisted in
// order (users of hoisted ops follow them), ops on the induction variable or iteration
// values kept, memory effects and unknown ops kept, constants hoisted, nested loops
// handled innermost first (hoisted twice), iter_args loops.
func.func @basic(%lb: index, %ub: index, %s: index, %x: i32, %y: i32, %m: memref<4xi32>) -> i32 {
  %c0 = arith.constant 0 : index
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %x) -> (i32) {
    %cst = arith.constant 7 : i32
    %a = arith.addi %x, %y : i32
    %b = arith.muli %a, %cst : i32
    %iv = arith.index_cast %i : index to i32
    %c = arith.addi %b, %iv : i32
    %l = memref.load %m[%c0] : memref<4xi32>
    %d = arith.addi %l, %b : i32
    %u = "test.unknown"(%a) : (i32) -> i32
    %e = arith.addi %acc, %u : i32
    memref.store %d, %m[%c0] : memref<4xi32>
    %f = arith.addi %e, %c : i32
    scf.yield %f : i32
  }
  return %r : i32
}

func.func @nested(%lb: index, %ub: index, %s: index, %x: f32, %y: f32) {
  scf.for %i = %lb to %ub step %s {
    %ii = arith.index_cast %i : index to i32
    scf.for %j = %lb to %ub step %s {
      %inv = arith.mulf %x, %y : f32
      %neg = arith.negf %inv : f32
      %jj = arith.index_cast %j : index to i32
      %mix = arith.addi %ii, %ii : i32
      "test.use"(%neg, %jj, %mix) : (f32, i32, i32) -> ()
    }
  }
  return
}
