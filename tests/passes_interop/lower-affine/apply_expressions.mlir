// lower-affine: affine.apply expansion of every expression kind (add, mul, sub, neg,
// mod / floordiv / ceildiv by constants and by symbols, semi-affine products), nested
// expressions and repeated subexpressions, identity and constant maps, folding of
// all-constant operands and of a map that divides by zero (poison: left to the expansion).
#m = affine_map<(d0, d1)[s0] -> (d0 + 2 * d1 - s0 + 7)>
func.func @apply(%i: index, %j: index, %n: index) -> (index, index, index, index, index, index, index, index, index, index, index, index, index) {
  %0 = affine.apply #m(%i, %j)[%n]
  %1 = affine.apply affine_map<(d0) -> (d0)>(%i)
  %2 = affine.apply affine_map<() -> (42)>()
  %3 = affine.apply affine_map<(d0) -> (d0 mod 8)>(%i)
  %4 = affine.apply affine_map<(d0) -> (d0 floordiv 8)>(%i)
  %5 = affine.apply affine_map<(d0) -> (d0 ceildiv 8)>(%i)
  %6 = affine.apply affine_map<(d0)[s0] -> (d0 mod s0)>(%i)[%n]
  %7 = affine.apply affine_map<(d0)[s0] -> (d0 floordiv s0 + d0 ceildiv s0)>(%i)[%n]
  %8 = affine.apply affine_map<(d0)[s0] -> (d0 * s0 - s0 * 3)>(%i)[%n]
  %9 = affine.apply affine_map<(d0) -> (-d0)>(%i)
  %10 = affine.apply affine_map<(d0, d1) -> ((d0 + d1) mod 4 + (d0 + d1) floordiv 4)>(%i, %j)
  %c3 = arith.constant 3 : index
  %c0 = arith.constant 0 : index
  %11 = affine.apply affine_map<(d0) -> (d0 * 5 + 1)>(%c3)
  %12 = affine.apply affine_map<(d0)[s0] -> (d0 floordiv s0)>(%c3)[%c0]
  %13 = affine.apply affine_map<()[s0] -> (s0)>()[%n]
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : index, index, index, index, index, index, index, index, index, index, index, index, index
}
