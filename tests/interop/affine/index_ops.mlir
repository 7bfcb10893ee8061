// affine.delinearize_index and affine.linearize_index: static, dynamic and mixed bases,
// with and without an outer bound, empty bases, `disjoint`, vectors of index, attributes
// after the basis, hex and negative-free integers.
func.func @delinearize(%idx: index, %n: index, %v: vector<4xindex>) -> (index, index, index, vector<4xindex>) {
  %0:2 = affine.delinearize_index %idx into (%n, 16) : index, index
  %1:3 = affine.delinearize_index %idx into (4, %n) : index, index, index
  %2 = affine.delinearize_index %idx into () : index
  %3:2 = affine.delinearize_index %v into (0x10) {tag = "x"} : vector<4xindex>, vector<4xindex>
  return %0#1, %1#2, %2, %3#0 : index, index, index, vector<4xindex>
}
func.func @linearize(%i: index, %j: index, %n: index, %v: vector<2xindex>) -> (index, index, index, index, vector<2xindex>) {
  %0 = affine.linearize_index disjoint [%i, %j] by (4, 8) : index
  %1 = affine.linearize_index [%i, %j] by (%n) : index
  %2 = affine.linearize_index [] by () : index
  %3 = affine.linearize_index disjoint [%i, %j, %i] by (%n, 2, %n) {tag} : index
  %4 = affine.linearize_index [%v, %v] by (3) : vector<2xindex>
  return %0, %1, %2, %3, %4 : index, index, index, index, vector<2xindex>
}
