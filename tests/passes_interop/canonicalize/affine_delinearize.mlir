// canonicalize, affine.delinearize_index: constant linear index over a static basis folded
// (with and without an outer bound, negative indices), constant basis operands moved into
// the static basis, a single result folded to the input, unit basis entries giving 0
// (DropUnitExtentBasis, also for vectors of index), delinearize of a disjoint linearize
// cancelled on the matching basis tail (static and dynamic entries), a delinearize split
// where its last entries span the last linearize index. Negative cases: a dynamic basis,
// a linearize that is not disjoint, a tail that overshoots the last linearize entry.
func.func @const_fold() -> (index, index, index) {
  %c22 = arith.constant 22 : index
  %0:3 = affine.delinearize_index %c22 into (2, 3, 5) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}
func.func @const_fold_no_outer() -> (index, index) {
  %c22 = arith.constant 22 : index
  %0:2 = affine.delinearize_index %c22 into (5) : index, index
  return %0#0, %0#1 : index, index
}
func.func @const_fold_neg() -> (index, index) {
  %c = arith.constant -7 : index
  %0:2 = affine.delinearize_index %c into (5) : index, index
  return %0#0, %0#1 : index, index
}
func.func @const_basis(%x: index) -> (index, index) {
  %c5 = arith.constant 5 : index
  %0:2 = affine.delinearize_index %x into (%c5) : index, index
  return %0#0, %0#1 : index, index
}
func.func @const_basis_and_idx() -> (index, index) {
  %c5 = arith.constant 5 : index
  %c22 = arith.constant 22 : index
  %0:2 = affine.delinearize_index %c22 into (%c5) : index, index
  return %0#0, %0#1 : index, index
}
func.func @single(%x: index) -> index {
  %0 = affine.delinearize_index %x into (5) : index
  return %0 : index
}
func.func @single_dyn(%x: index, %n: index) -> index {
  %0 = affine.delinearize_index %x into (%n) : index
  return %0 : index
}
func.func @empty(%x: index) -> index {
  %0 = affine.delinearize_index %x into () : index
  return %0 : index
}
func.func @unit(%x: index, %n: index) -> (index, index, index, index) {
  %0:4 = affine.delinearize_index %x into (1, %n, 1, 8) : index, index, index, index
  return %0#0, %0#1, %0#2, %0#3 : index, index, index, index
}
func.func @unit_all(%x: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (1, 1) : index, index
  return %0#0, %0#1 : index, index
}
func.func @unit_no_outer(%x: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (1) : index, index
  return %0#0, %0#1 : index, index
}
func.func @unit_dyn_const(%x: index, %n: index) -> (index, index, index) {
  %c1 = arith.constant 1 : index
  %0:3 = affine.delinearize_index %x into (%n, %c1) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}
func.func @no_fold(%x: index, %n: index) -> (index, index, index) {
  %0:3 = affine.delinearize_index %x into (%n, 4) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}
func.func @cancel(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (4, 8) : index
  %0:2 = affine.delinearize_index %l into (4, 8) : index, index
  return %0#0, %0#1 : index, index
}
func.func @cancel_not_disjoint(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index [%i, %j] by (4, 8) : index
  %0:2 = affine.delinearize_index %l into (4, 8) : index, index
  return %0#0, %0#1 : index, index
}
func.func @cancel_tail(%i: index, %j: index, %k: index) -> (index, index, index) {
  %l = affine.linearize_index disjoint [%i, %j, %k] by (3, 4, 8) : index
  %0:3 = affine.delinearize_index %l into (2, 6, 8) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}
func.func @cancel_no_outer(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (8) : index
  %0:2 = affine.delinearize_index %l into (8) : index, index
  return %0#0, %0#1 : index, index
}
func.func @cancel_mixed_outer(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (4, 8) : index
  %0:2 = affine.delinearize_index %l into (8) : index, index
  return %0#0, %0#1 : index, index
}
func.func @split(%z: index, %y: index, %x: index) -> (index, index, index, index) {
  %0 = affine.linearize_index disjoint [%z, %y, %x] by (3, 2, 32) : index
  %1:4 = affine.delinearize_index %0 into (2, 3, 8, 4) : index, index, index, index
  return %1#0, %1#1, %1#2, %1#3 : index, index, index, index
}
func.func @cancel_dyn(%i: index, %j: index, %n: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (4, %n) : index
  %0:2 = affine.delinearize_index %l into (4, %n) : index, index
  return %0#0, %0#1 : index, index
}
func.func @cancel_dyn_const_vs_static(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (4, 8) : index
  %0:3 = affine.delinearize_index %l into (2, 2, 8) : index, index, index
  return %0#0, %0#2 : index, index
}
func.func @split_dyn(%z: index, %y: index, %x: index, %n: index) -> (index, index, index, index) {
  %0 = affine.linearize_index disjoint [%z, %y, %x] by (%n, 2, 32) : index
  %1:4 = affine.delinearize_index %0 into (%n, 2, 8, 4) : index, index, index, index
  return %1#0, %1#1, %1#2, %1#3 : index, index, index, index
}
func.func @split_overshoot(%y: index, %x: index) -> (index, index, index) {
  %0 = affine.linearize_index disjoint [%y, %x] by (2, 30) : index
  %1:3 = affine.delinearize_index %0 into (2, 8, 4) : index, index, index
  return %1#0, %1#1, %1#2 : index, index, index
}
func.func @vec_unit(%x: vector<4xindex>) -> (vector<4xindex>, vector<4xindex>) {
  %0:2 = affine.delinearize_index %x into (1, 8) : vector<4xindex>, vector<4xindex>
  return %0#0, %0#1 : vector<4xindex>, vector<4xindex>
}
func.func @vec_single(%x: vector<4xindex>) -> vector<4xindex> {
  %0 = affine.delinearize_index %x into (8) : vector<4xindex>
  return %0 : vector<4xindex>
}
