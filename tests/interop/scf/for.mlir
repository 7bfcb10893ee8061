// scf.for: index and integer (i32, i64) induction variables, the `unsigned` comparison,
// no iter_args (implicit scf.yield) and one or several iter_args (explicit yield), nested
// loops using the outer induction variable, a discardable attribute and the generic form.
// interop: custom form drops locations (of the induction variables, iteration arguments
// and implicit yields).
func.func @loops(%lb: index, %ub: index, %st: index, %x: f32, %i: i32, %l: i64) -> f32 {
  scf.for %iv = %lb to %ub step %st {
    "test.op"(%iv) : (index) -> ()
  }
  %r = scf.for %iv = %lb to %ub step %st iter_args(%acc = %x) -> (f32) {
    %n = scf.for %jv = %iv to %ub step %st iter_args(%in = %acc) -> (f32) {
      scf.yield %in : f32
    }
    scf.yield %n : f32
  }
  %p:2 = scf.for %iv = %i to %i step %i iter_args(%a = %x, %b = %i) -> (f32, i32) : i32 {
    scf.yield %a, %iv : f32, i32
  }
  scf.for unsigned %iv = %l to %l step %l : i64 {
  } {tag = "u"}
  %u = scf.for unsigned %iv = %lb to %ub step %st iter_args(%a = %r) -> (f32) {
    scf.yield %a : f32
  }
  "scf.for"(%lb, %ub, %st) ({
  ^bb0(%g: index):
    "scf.yield"() : () -> ()
  }) : (index, index, index) -> ()
  return %u : f32
}
