// lower-affine of vector-of-index affine.delinearize_index / affine.linearize_index: strides
// computed as index scalars and vector.broadcast to the operand type, a dense<0> splat and
// vector<..xi1> compares for the sign fix (fixed, multi-dim and scalable vectors), the
// single-index / single-result cases left to their folds.
func.func @delin_dyn(%x: vector<4xindex>, %n: index) -> (vector<4xindex>, vector<4xindex>, vector<4xindex>) {
  %0:3 = affine.delinearize_index %x into (%n, 16) : vector<4xindex>, vector<4xindex>, vector<4xindex>
  return %0#0, %0#1, %0#2 : vector<4xindex>, vector<4xindex>, vector<4xindex>
}
func.func @delin_static(%x: vector<4xindex>) -> (vector<4xindex>, vector<4xindex>) {
  %0:2 = affine.delinearize_index %x into (3, 16) : vector<4xindex>, vector<4xindex>
  return %0#0, %0#1 : vector<4xindex>, vector<4xindex>
}
func.func @lin_dyn(%i: vector<4xindex>, %j: vector<4xindex>, %n: index) -> vector<4xindex> {
  %0 = affine.linearize_index [%i, %j] by (%n, 16) : vector<4xindex>
  return %0 : vector<4xindex>
}
func.func @lin_disjoint(%i: vector<4xindex>, %j: vector<4xindex>, %n: index) -> vector<4xindex> {
  %0 = affine.linearize_index disjoint [%i, %j] by (16) : vector<4xindex>
  return %0 : vector<4xindex>
}
func.func @lin_disjoint3(%i: vector<4xindex>, %j: vector<4xindex>, %k: vector<4xindex>, %n: index) -> vector<4xindex> {
  %0 = affine.linearize_index disjoint [%i, %j, %k] by (%n, 16, 4) : vector<4xindex>
  return %0 : vector<4xindex>
}
func.func @lin_single(%i: vector<4xindex>) -> vector<4xindex> {
  %0 = affine.linearize_index [%i] by (4) : vector<4xindex>
  return %0 : vector<4xindex>
}
func.func @delin_single(%i: vector<4xindex>) -> vector<4xindex> {
  %0 = affine.delinearize_index %i into (4) : vector<4xindex>
  return %0 : vector<4xindex>
}
func.func @lin_2d(%i: vector<2x4xindex>, %j: vector<2x4xindex>, %n: index) -> vector<2x4xindex> {
  %0 = affine.linearize_index [%i, %j] by (%n) : vector<2x4xindex>
  return %0 : vector<2x4xindex>
}
func.func @delin_scalable(%i: vector<[4]xindex>) -> (vector<[4]xindex>, vector<[4]xindex>) {
  %0:2 = affine.delinearize_index %i into (4) : vector<[4]xindex>, vector<[4]xindex>
  return %0#0, %0#1 : vector<[4]xindex>, vector<[4]xindex>
}
