// scf.forall: the normalized `(%i) in (ubs)` form with static and dynamic upper bounds,
// the `= (lbs) to (ubs) step (steps)` form with mixed entries, zero loops, shared_outs
// with results (explicit scf.forall.in_parallel), a mapping attribute of dialect
// attributes (#gpu.thread, unregistered in pyir), a discardable attribute and the generic
// form. (Bounds given by arith.constant values are not here: MLIR's custom form folds
// them into the normalized form, so its own round trip changes the op.)
// interop: custom form drops locations (of the loop and shared_outs block arguments and
// the implicit scf.forall.in_parallel).
func.func @foralls(%n: index, %t: tensor<4xf32>, %u: tensor<8xi32>) -> tensor<4xf32> {
  scf.forall (%i, %j) in (4, %n) {
    "test.op"(%i, %j) : (index, index) -> ()
  }
  scf.forall (%i) = (%n) to (16) step (2) {
  } {mapping = [#gpu.thread<x>]}
  scf.forall (%i, %j) = (0, %n) to (%n, 8) step (%n, -1) {
  } {tag}
  scf.forall () in () {
  }
  %r:2 = scf.forall (%i) in (2) shared_outs(%o = %t, %p = %u) -> (tensor<4xf32>, tensor<8xi32>) {
    scf.forall.in_parallel {
    }
  }
  "scf.forall"(%n) <{operandSegmentSizes = array<i32: 0, 1, 0, 0>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: -9223372036854775808>}> ({
  ^bb0(%k: index):
    "scf.forall.in_parallel"() ({
    ^bb0:
    }) : () -> ()
  }) : (index) -> ()
  return %r#0 : tensor<4xf32>
}
