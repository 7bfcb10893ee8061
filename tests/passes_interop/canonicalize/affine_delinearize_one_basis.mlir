// canonicalize, affine.delinearize_index with a one-element basis (MLIR's
// DropDelinearizeOneBasisElement, subsumed by the single-result fold): `into (%n)` /
// `into (16)` / `into ()` / a constant basis operand with one result fold to the input
// (also for vectors of index); with the outer bound omitted (two results) the op stays
// unless the linear index is constant or the basis entry is 1. Negative cases: two-element
// bases with a dynamic entry, a static two-element basis over a non-constant index.
func.func @dyn_single(%x: index, %n: index) -> index {
  %0 = affine.delinearize_index %x into (%n) : index
  return %0 : index
}
func.func @dyn_outer_two(%x: index, %n: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (%n, 16) : index, index
  return %0#0, %0#1 : index, index
}
func.func @static_single(%x: index) -> (index) {
  %0 = affine.delinearize_index %x into (16) : index
  return %0 : index
}
func.func @dyn_no_outer(%x: index, %n: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (%n) : index, index
  return %0#0, %0#1 : index, index
}
func.func @static_no_outer(%x: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (16) : index, index
  return %0#0, %0#1 : index, index
}
func.func @static_then_dyn(%x: index, %n: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (16, %n) : index, index
  return %0#0, %0#1 : index, index
}
func.func @dyn_no_outer3(%x: index, %n: index) -> (index, index, index) {
  %0:3 = affine.delinearize_index %x into (%n, 4) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}
func.func @vector_dyn(%x: vector<4xindex>, %n: index) -> (vector<4xindex>, vector<4xindex>) {
  %0:2 = affine.delinearize_index %x into (%n, 16) : vector<4xindex>, vector<4xindex>
  return %0#0, %0#1 : vector<4xindex>, vector<4xindex>
}
func.func @static_two(%x: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (4, 16) : index, index
  return %0#0, %0#1 : index, index
}
func.func @vector_single(%x: vector<4xindex>, %n: index) -> vector<4xindex> {
  %0 = affine.delinearize_index %x into (%n) : vector<4xindex>
  return %0 : vector<4xindex>
}
func.func @empty_basis(%x: index) -> index {
  %0 = affine.delinearize_index %x into () : index
  return %0 : index
}
func.func @const_operand_single(%x: index) -> index {
  %c16 = arith.constant 16 : index
  %0 = affine.delinearize_index %x into (%c16) : index
  return %0 : index
}
func.func @const_operand_no_outer(%x: index) -> (index, index) {
  %c16 = arith.constant 16 : index
  %0:2 = affine.delinearize_index %x into (%c16) : index, index
  return %0#0, %0#1 : index, index
}
func.func @const_no_outer() -> (index, index) {
  %c16 = arith.constant 35 : index
  %0:2 = affine.delinearize_index %c16 into (16) : index, index
  return %0#0, %0#1 : index, index
}
func.func @const_outer() -> (index, index) {
  %c16 = arith.constant 35 : index
  %0:2 = affine.delinearize_index %c16 into (3, 16) : index, index
  return %0#0, %0#1 : index, index
}
func.func @unit_outer(%x: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (1, 16) : index, index
  return %0#0, %0#1 : index, index
}
func.func @unit_no_outer(%x: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (1) : index, index
  return %0#0, %0#1 : index, index
}
