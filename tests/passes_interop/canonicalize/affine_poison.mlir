// affine.apply whose constant operands divide by zero folds to ub.poison (floordiv,
// ceildiv, mod); a non-constant dividend, or affine.min/max, does not fold to poison.
func.func @floordiv_zero() -> index {
  %c0 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 floordiv s0)>(%c5)[%c0]
  return %0 : index
}
func.func @ceildiv_zero() -> index {
  %c0 = arith.constant 0 : index
  %c7 = arith.constant 7 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 ceildiv s0)>(%c7)[%c0]
  return %0 : index
}
func.func @mod_zero() -> index {
  %c0 = arith.constant 0 : index
  %c7 = arith.constant 7 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 mod s0 + 1)>(%c7)[%c0]
  return %0 : index
}
func.func @dynamic_dividend(%x: index) -> index {
  %c0 = arith.constant 0 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 floordiv s0)>(%x)[%c0]
  return %0 : index
}
func.func @two_uses(%x: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 mod s0)>(%c3)[%c0]
  %1 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%0)[%x]
  return %0, %1 : index, index
}
func.func @min_not_poison(%x: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %0 = affine.min affine_map<(d0)[s0] -> (d0 floordiv s0, 3)>(%c5)[%c0]
  %1 = affine.max affine_map<(d0)[s0] -> (d0 mod s0, d0)>(%x)[%c0]
  return %0, %1 : index, index
}
