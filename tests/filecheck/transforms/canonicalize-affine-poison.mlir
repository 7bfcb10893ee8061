// RUN: pyir-opt %s --canonicalize | FileCheck %s

// A constant division by zero in affine.apply folds to ub.poison, as MLIR's
// AffineApplyOp::fold does.
// CHECK-LABEL: func.func @floordiv_zero
// CHECK-NEXT:    %0 = ub.poison : index
// CHECK-NEXT:    return %0 : index
func.func @floordiv_zero() -> index {
  %c0 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 floordiv s0)>(%c5)[%c0]
  return %0 : index
}

// CHECK-LABEL: func.func @mod_zero
// CHECK-NEXT:    %0 = ub.poison : index
func.func @mod_zero() -> index {
  %c0 = arith.constant 0 : index
  %c7 = arith.constant 7 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 mod s0 + 1)>(%c7)[%c0]
  return %0 : index
}

// A dynamic dividend is not constant: no poison.
// CHECK-LABEL: func.func @dynamic_dividend
// CHECK-NEXT:    %0 = affine.apply
// CHECK-NOT:     ub.poison
func.func @dynamic_dividend(%x: index) -> index {
  %c0 = arith.constant 0 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 floordiv s0)>(%x)[%c0]
  return %0 : index
}

// affine.min and affine.max only fold their map in place.
// CHECK-LABEL: func.func @min_not_poison
// CHECK-NEXT:    %0 = affine.min
// CHECK-NEXT:    %1 = affine.max
func.func @min_not_poison(%x: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %0 = affine.min affine_map<(d0)[s0] -> (d0 floordiv s0, 3)>(%c5)[%c0]
  %1 = affine.max affine_map<(d0)[s0] -> (d0 mod s0, d0)>(%x)[%c0]
  return %0, %1 : index, index
}
