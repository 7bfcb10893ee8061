// vector mask ops: create_mask (n-d, 0-d, scalable), constant_mask (partial, 0-d, scalable
// none / all set), vscale, each also with a discardable attribute.

func.func @masks(%i: index, %j: index) -> (vector<4x3xi1>, index) {
  %0 = vector.create_mask %i, %j : vector<4x3xi1>
  %1 = vector.create_mask %i : vector<i1>
  %2 = vector.create_mask %i {tag} : vector<[4]xi1>
  %3 = vector.constant_mask [3, 2] : vector<4x3xi1>
  %4 = vector.constant_mask [1] : vector<i1>
  %5 = vector.constant_mask [0] {tag} : vector<[4]xi1>
  %6 = vector.constant_mask [4] : vector<[4]xi1>
  %7 = vector.vscale {tag}
  return %0, %7 : vector<4x3xi1>, index
}
