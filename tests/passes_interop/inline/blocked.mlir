// inline: calls that stay: into a declaration, into a body holding an op without an
// inliner interface (unregistered), and a multi-block callee called from inside an
// scf.if (a single-block region); a single-block callee is inlined into scf.if and
// scf.for bodies.
func.func private @decl(i32) -> i32
func.func private @opaque(%a: i32) -> i32 {
  %r = "test.opaque"(%a) : (i32) -> i32
  return %r : i32
}
func.func private @branchy(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  %z = arith.constant 0 : i32
  return %z : i32
}
func.func private @double(%a: i32) -> i32 {
  %r = arith.addi %a, %a : i32
  return %r : i32
}
func.func @caller(%c: i1, %c2: i1, %x: i32, %lb: index, %ub: index, %st: index) -> i32 {
  %b = call @decl(%x) : (i32) -> i32
  %d = call @opaque(%b) : (i32) -> i32
  %e = scf.if %c -> i32 {
    %f = func.call @branchy(%c2, %d) : (i1, i32) -> i32
    %g = func.call @double(%f) : (i32) -> i32
    scf.yield %g : i32
  } else {
    scf.yield %d : i32
  }
  %s = scf.for %i = %lb to %ub step %st iter_args(%acc = %e) -> i32 {
    %n = func.call @double(%acc) : (i32) -> i32
    scf.yield %n : i32
  }
  return %s : i32
}
