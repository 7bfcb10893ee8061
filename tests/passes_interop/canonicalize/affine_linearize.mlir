// canonicalize, affine.linearize_index: constant indices over a static basis folded (with
// and without an outer bound, int64 wrap-around), constant basis operands moved into the
// static basis, no index -> 0, a single index folded to itself, leading zeros dropped,
// unit basis entries dropped when disjoint or indexed by 0 (also for vectors of index), a
// run of delinearize results merged (whole delinearize, a portion with residual users,
// two runs, no outer bound, bounds known from `disjoint`, a dynamic product as
// affine.apply). Negative cases: a partly constant index, a unit entry with a non-zero
// index, a basis mismatch, swapped results.
func.func @const_fold() -> index {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %0 = affine.linearize_index [%c1, %c2, %c3] by (2, 3, 5) : index
  return %0 : index
}
func.func @const_fold_no_outer() -> index {
  %c7 = arith.constant 7 : index
  %c3 = arith.constant 3 : index
  %0 = affine.linearize_index [%c7, %c3] by (5) : index
  return %0 : index
}
func.func @partial_const(%i: index) -> index {
  %c3 = arith.constant 3 : index
  %0 = affine.linearize_index [%i, %c3] by (5) : index
  return %0 : index
}
func.func @const_basis(%i: index, %j: index) -> index {
  %c5 = arith.constant 5 : index
  %0 = affine.linearize_index [%i, %j] by (%c5) : index
  return %0 : index
}
func.func @single(%i: index) -> index {
  %0 = affine.linearize_index [%i] by (5) : index
  return %0 : index
}
func.func @single_no_basis(%i: index) -> index {
  %0 = affine.linearize_index [%i] by () : index
  return %0 : index
}
func.func @empty() -> index {
  %0 = affine.linearize_index [] by () : index
  return %0 : index
}
func.func @unit_disjoint(%i: index, %j: index, %k: index) -> index {
  %0 = affine.linearize_index disjoint [%i, %j, %k] by (4, 1, 8) : index
  return %0 : index
}
func.func @unit_not_disjoint(%i: index, %j: index, %k: index) -> index {
  %0 = affine.linearize_index [%i, %j, %k] by (4, 1, 8) : index
  return %0 : index
}
func.func @unit_zero(%i: index, %k: index) -> index {
  %c0 = arith.constant 0 : index
  %0 = affine.linearize_index [%i, %c0, %k] by (4, 1, 8) : index
  return %0 : index
}
func.func @unit_all(%i: index, %j: index) -> index {
  %0 = affine.linearize_index disjoint [%i, %j] by (1, 1) : index
  return %0 : index
}
func.func @leading_zero(%i: index, %j: index) -> index {
  %c0 = arith.constant 0 : index
  %0 = affine.linearize_index [%c0, %i, %j] by (3, 4, 8) : index
  return %0 : index
}
func.func @leading_zero_no_outer(%i: index, %j: index) -> index {
  %c0 = arith.constant 0 : index
  %0 = affine.linearize_index disjoint [%c0, %i, %j] by (4, 8) : index
  return %0 : index
}
func.func @cancel(%x: index) -> index {
  %0:2 = affine.delinearize_index %x into (4, 8) : index, index
  %1 = affine.linearize_index [%0#0, %0#1] by (4, 8) : index
  return %1 : index
}
func.func @cancel_no_outer(%x: index) -> index {
  %0:3 = affine.delinearize_index %x into (4, 8) : index, index, index
  %1 = affine.linearize_index [%0#0, %0#1, %0#2] by (4, 8) : index
  return %1 : index
}
func.func @cancel_portion(%x: index) -> (index, index) {
  %0:3 = affine.delinearize_index %x into (2, 4, 8) : index, index, index
  %1 = affine.linearize_index [%0#1, %0#2] by (4, 8) : index
  return %0#0, %1 : index, index
}
func.func @cancel_portion_uses(%x: index) -> (index, index, index) {
  %0:3 = affine.delinearize_index %x into (2, 4, 8) : index, index, index
  %1 = affine.linearize_index [%0#1, %0#2] by (4, 8) : index
  return %0#0, %0#2, %1 : index, index, index
}
func.func @cancel_mismatch(%x: index) -> index {
  %0:2 = affine.delinearize_index %x into (4, 8) : index, index
  %1 = affine.linearize_index [%0#0, %0#1] by (4, 16) : index
  return %1 : index
}
func.func @cancel_swapped(%x: index) -> index {
  %0:2 = affine.delinearize_index %x into (8, 8) : index, index
  %1 = affine.linearize_index [%0#1, %0#0] by (8, 8) : index
  return %1 : index
}
func.func @cancel_disjoint_infer(%x: index, %y: index) -> index {
  %0:3 = affine.delinearize_index %x into (4, 8) : index, index, index
  %1 = affine.linearize_index disjoint [%y, %0#0, %0#1, %0#2] by (3, 5, 4, 8) : index
  return %1 : index
}
func.func @vec_lin_unit(%i: vector<4xindex>, %j: vector<4xindex>) -> vector<4xindex> {
  %0 = affine.linearize_index disjoint [%i, %j] by (4, 1) : vector<4xindex>
  return %0 : vector<4xindex>
}
func.func @merge_two_runs(%x: index, %y: index) -> index {
  %0:2 = affine.delinearize_index %x into (4, 8) : index, index
  %1:2 = affine.delinearize_index %y into (2, 3) : index, index
  %2 = affine.linearize_index [%0#0, %0#1, %1#0, %1#1] by (4, 8, 2, 3) : index
  return %2 : index
}
func.func @merge_middle(%x: index, %y: index) -> (index, index, index) {
  %0:4 = affine.delinearize_index %x into (5, 4, 8, 3) : index, index, index, index
  %2 = affine.linearize_index disjoint [%y, %0#1, %0#2] by (7, 4, 8) : index
  return %0#0, %0#3, %2 : index, index, index
}
func.func @merge_no_outer(%x: index, %y: index) -> (index, index) {
  %0:3 = affine.delinearize_index %x into (4, 8) : index, index, index
  %2 = affine.linearize_index [%0#0, %0#1, %y] by (4, 3) : index
  return %0#2, %2 : index, index
}
func.func @merge_dyn(%x: index, %n: index) -> (index, index) {
  %0:3 = affine.delinearize_index %x into (2, %n, 8) : index, index, index
  %2 = affine.linearize_index [%0#1, %0#2] by (%n, 8) : index
  return %0#0, %2 : index, index
}
func.func @lin_zero_single() -> index {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %0 = affine.linearize_index [%c0] by (%c4) : index
  return %0 : index
}
func.func @lin_overflow() -> index {
  %c = arith.constant 9223372036854775807 : index
  %0 = affine.linearize_index [%c, %c] by (3) : index
  return %0 : index
}
func.func @vec_lin_all(%i: vector<4xindex>, %j: vector<4xindex>) -> vector<4xindex> {
  %0 = affine.linearize_index disjoint [%i, %j] by (1, 1) : vector<4xindex>
  return %0 : vector<4xindex>
}
