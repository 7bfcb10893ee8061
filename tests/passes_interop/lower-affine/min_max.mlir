// lower-affine: affine.min / affine.max as left-to-right chains of arith.minsi /
// arith.maxsi; folding with constant operands (all constant: one constant; some constant:
// the folded results become constants in place); a one-symbol identity map; results
// that use an earlier (already lowered) affine.apply.
func.func @min_max(%i: index, %j: index, %n: index) -> (index, index, index, index, index, index) {
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %0 = affine.min affine_map<(d0, d1) -> (d0, d1, 10)>(%c3, %c5)
  %1 = affine.max affine_map<(d0, d1) -> (d0, d1, 10)>(%i, %n)
  %2 = affine.min affine_map<(d0, d1) -> (d0 + 1, d1 - 2)>(%c3, %n)
  %3 = affine.max affine_map<(d0)[s0] -> (d0 floordiv 2, s0 * 4, d0 - s0)>(%i)[%n]
  %a = affine.apply affine_map<(d0) -> (d0 + 16)>(%j)
  %4 = affine.min affine_map<(d0, d1) -> (d0, d1 mod 3)>(%a, %i)
  %5 = affine.min affine_map<()[s0] -> (s0)>()[%n]
  return %0, %1, %2, %3, %4, %5 : index, index, index, index, index, index
}
