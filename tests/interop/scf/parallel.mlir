// scf.parallel and scf.reduce: one and two induction variables, no reductions (implicit
// scf.reduce, printed with a trailing space), init values with one and two reductions
// (their regions' block arguments printed), scf.reduce.return, a discardable attribute
// and the generic form with operandSegmentSizes.
// interop: custom form drops locations (of the induction variables and implicit scf.reduce).
func.func @parallels(%lb: index, %ub: index, %st: index, %x: f32, %i: i32) -> f32 {
  scf.parallel (%a, %b) = (%lb, %lb) to (%ub, %ub) step (%st, %st) {
    "test.op"(%a, %b) : (index, index) -> ()
  } {tag}
  %r = scf.parallel (%a) = (%lb) to (%ub) step (%st) init (%x) -> f32 {
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %m: f32):
      %s = arith.addf %l, %m : f32
      scf.reduce.return %s : f32
    }
  }
  %p:2 = scf.parallel (%a) = (%lb) to (%ub) step (%st) init (%x, %i) -> (f32, i32) {
    scf.reduce(%r, %i : f32, i32) {
    ^bb0(%l: f32, %m: f32):
      scf.reduce.return %l : f32
    }, {
    ^bb0(%l: i32, %m: i32):
      scf.reduce.return %m : i32
    }
  }
  "scf.parallel"(%lb, %ub, %st) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
  ^bb0(%k: index):
    "scf.reduce"() : () -> ()
  }) : (index, index, index) -> ()
  return %p#0 : f32
}
