// affine.apply, affine.min and affine.max: inline and aliased maps, dims and symbols,
// zero-input maps, maps shared between ops (one alias), attributes after the operands.
#shared = affine_map<(d0)[s0] -> (d0 + s0)>
func.func @apply(%a: index, %b: index, %n: index) -> (index, index, index, index) {
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 * 2 + s0)>(%a)[%n]
  %1 = affine.apply #shared(%b)[%n]
  %2 = affine.apply affine_map<() -> (42)>()
  %3 = affine.apply affine_map<(d0, d1) -> (d0 floordiv 4 + d1 mod 3 - d0 ceildiv 2)>(%a, %b) {tag = "x"}
  return %0, %1, %2, %3 : index, index, index, index
}
func.func @min_max(%a: index, %n: index) -> (index, index, index) {
  %c4 = arith.constant 4 : index
  %0 = affine.min affine_map<(d0)[s0] -> (d0, s0, 100)>(%a)[%n]
  %1 = affine.max affine_map<(d0) -> (d0 - 1, 0)>(%a)
  %2 = affine.min #shared(%a)[%c4]
  %3 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%0)[%1]
  return %2, %3, %0 : index, index, index
}
