// RUN: pyir-opt %s --canonicalize | FileCheck %s

// affine.delinearize_index: constant linear index over a static basis folded
// (with and without an outer bound, negative indices), constant basis operands moved into
// the static basis, a single result folded to the input, unit basis entries giving 0
// (DropUnitExtentBasis, also for vectors of index), delinearize of a disjoint linearize
// cancelled on the matching basis tail (static and dynamic entries), a delinearize split
// where its last entries span the last linearize index. Negative cases: a dynamic basis,
// a linearize that is not disjoint, a tail that overshoots the last linearize entry.

// CHECK-LABEL: func.func @const_fold(
// CHECK: %c1 = arith.constant 1 : index
// CHECK-NEXT: %c2 = arith.constant 2 : index
// CHECK-NEXT: return %c1, %c1, %c2 : index, index, index
func.func @const_fold() -> (index, index, index) {
  %c22 = arith.constant 22 : index
  %0:3 = affine.delinearize_index %c22 into (2, 3, 5) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}

// CHECK-LABEL: func.func @const_fold_no_outer(
// CHECK: %c4 = arith.constant 4 : index
// CHECK-NEXT: %c2 = arith.constant 2 : index
// CHECK-NEXT: return %c4, %c2 : index, index
func.func @const_fold_no_outer() -> (index, index) {
  %c22 = arith.constant 22 : index
  %0:2 = affine.delinearize_index %c22 into (5) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @const_fold_neg(
// CHECK: %c-2 = arith.constant -2 : index
// CHECK-NEXT: %c3 = arith.constant 3 : index
// CHECK-NEXT: return %c-2, %c3 : index, index
func.func @const_fold_neg() -> (index, index) {
  %c = arith.constant -7 : index
  %0:2 = affine.delinearize_index %c into (5) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @const_basis(
// CHECK: %0:2 = affine.delinearize_index %arg0 into (5) : index, index
// CHECK-NEXT: return %0#0, %0#1 : index, index
func.func @const_basis(%x: index) -> (index, index) {
  %c5 = arith.constant 5 : index
  %0:2 = affine.delinearize_index %x into (%c5) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @const_basis_and_idx(
// CHECK: %c4 = arith.constant 4 : index
// CHECK-NEXT: %c2 = arith.constant 2 : index
// CHECK-NEXT: return %c4, %c2 : index, index
func.func @const_basis_and_idx() -> (index, index) {
  %c5 = arith.constant 5 : index
  %c22 = arith.constant 22 : index
  %0:2 = affine.delinearize_index %c22 into (%c5) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @single(
// CHECK: return %arg0 : index
func.func @single(%x: index) -> index {
  %0 = affine.delinearize_index %x into (5) : index
  return %0 : index
}

// CHECK-LABEL: func.func @single_dyn(
// CHECK: return %arg0 : index
func.func @single_dyn(%x: index, %n: index) -> index {
  %0 = affine.delinearize_index %x into (%n) : index
  return %0 : index
}

// CHECK-LABEL: func.func @empty(
// CHECK: return %arg0 : index
func.func @empty(%x: index) -> index {
  %0 = affine.delinearize_index %x into () : index
  return %0 : index
}

// CHECK-LABEL: func.func @unit(
// CHECK: %c0 = arith.constant 0 : index
// CHECK-NEXT: %0:2 = affine.delinearize_index %arg0 into (%arg1, 8) : index, index
// CHECK-NEXT: return %c0, %0#0, %c0, %0#1 : index, index, index, index
func.func @unit(%x: index, %n: index) -> (index, index, index, index) {
  %0:4 = affine.delinearize_index %x into (1, %n, 1, 8) : index, index, index, index
  return %0#0, %0#1, %0#2, %0#3 : index, index, index, index
}

// CHECK-LABEL: func.func @unit_all(
// CHECK: %c0 = arith.constant 0 : index
// CHECK-NEXT: return %c0, %c0 : index, index
func.func @unit_all(%x: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (1, 1) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @unit_no_outer(
// CHECK: %c0 = arith.constant 0 : index
// CHECK-NEXT: return %arg0, %c0 : index, index
func.func @unit_no_outer(%x: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (1) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @unit_dyn_const(
// CHECK: %c0 = arith.constant 0 : index
// CHECK-NEXT: %0:2 = affine.delinearize_index %arg0 into (%arg1) : index, index
// CHECK-NEXT: return %0#0, %0#1, %c0 : index, index, index
func.func @unit_dyn_const(%x: index, %n: index) -> (index, index, index) {
  %c1 = arith.constant 1 : index
  %0:3 = affine.delinearize_index %x into (%n, %c1) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}

// CHECK-LABEL: func.func @no_fold(
// CHECK: %0:3 = affine.delinearize_index %arg0 into (%arg1, 4) : index, index, index
// CHECK-NEXT: return %0#0, %0#1, %0#2 : index, index, index
func.func @no_fold(%x: index, %n: index) -> (index, index, index) {
  %0:3 = affine.delinearize_index %x into (%n, 4) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}

// CHECK-LABEL: func.func @cancel(
// CHECK: return %arg0, %arg1 : index, index
func.func @cancel(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (4, 8) : index
  %0:2 = affine.delinearize_index %l into (4, 8) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @cancel_not_disjoint(
// CHECK: %0 = affine.linearize_index [%arg0, %arg1] by (4, 8) : index
// CHECK-NEXT: %1:2 = affine.delinearize_index %0 into (4, 8) : index, index
// CHECK-NEXT: return %1#0, %1#1 : index, index
func.func @cancel_not_disjoint(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index [%i, %j] by (4, 8) : index
  %0:2 = affine.delinearize_index %l into (4, 8) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @cancel_tail(
// CHECK: %0 = affine.linearize_index disjoint [%arg0, %arg1] by (3, 4) : index
// CHECK-NEXT: %1:2 = affine.delinearize_index %0 into (2, 6) : index, index
// CHECK-NEXT: return %1#0, %1#1, %arg2 : index, index, index
func.func @cancel_tail(%i: index, %j: index, %k: index) -> (index, index, index) {
  %l = affine.linearize_index disjoint [%i, %j, %k] by (3, 4, 8) : index
  %0:3 = affine.delinearize_index %l into (2, 6, 8) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}

// CHECK-LABEL: func.func @cancel_no_outer(
// CHECK: return %arg0, %arg1 : index, index
func.func @cancel_no_outer(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (8) : index
  %0:2 = affine.delinearize_index %l into (8) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @cancel_mixed_outer(
// CHECK: return %arg0, %arg1 : index, index
func.func @cancel_mixed_outer(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (4, 8) : index
  %0:2 = affine.delinearize_index %l into (8) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @split(
// CHECK: %0 = affine.linearize_index disjoint [%arg0, %arg1] by (3, 2) : index
// CHECK-NEXT: %1:2 = affine.delinearize_index %0 into (2, 3) : index, index
// CHECK-NEXT: %2:2 = affine.delinearize_index %arg2 into (8, 4) : index, index
// CHECK-NEXT: return %1#0, %1#1, %2#0, %2#1 : index, index, index, index
func.func @split(%z: index, %y: index, %x: index) -> (index, index, index, index) {
  %0 = affine.linearize_index disjoint [%z, %y, %x] by (3, 2, 32) : index
  %1:4 = affine.delinearize_index %0 into (2, 3, 8, 4) : index, index, index, index
  return %1#0, %1#1, %1#2, %1#3 : index, index, index, index
}

// CHECK-LABEL: func.func @cancel_dyn(
// CHECK: return %arg0, %arg1 : index, index
func.func @cancel_dyn(%i: index, %j: index, %n: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (4, %n) : index
  %0:2 = affine.delinearize_index %l into (4, %n) : index, index
  return %0#0, %0#1 : index, index
}

// CHECK-LABEL: func.func @cancel_dyn_const_vs_static(
// CHECK: %0:2 = affine.delinearize_index %arg0 into (2, 2) : index, index
// CHECK-NEXT: return %0#0, %arg1 : index, index
func.func @cancel_dyn_const_vs_static(%i: index, %j: index) -> (index, index) {
  %l = affine.linearize_index disjoint [%i, %j] by (4, 8) : index
  %0:3 = affine.delinearize_index %l into (2, 2, 8) : index, index, index
  return %0#0, %0#2 : index, index
}

// CHECK-LABEL: func.func @split_dyn(
// CHECK: %0:2 = affine.delinearize_index %arg2 into (8, 4) : index, index
// CHECK-NEXT: return %arg0, %arg1, %0#0, %0#1 : index, index, index, index
func.func @split_dyn(%z: index, %y: index, %x: index, %n: index) -> (index, index, index, index) {
  %0 = affine.linearize_index disjoint [%z, %y, %x] by (%n, 2, 32) : index
  %1:4 = affine.delinearize_index %0 into (%n, 2, 8, 4) : index, index, index, index
  return %1#0, %1#1, %1#2, %1#3 : index, index, index, index
}

// CHECK-LABEL: func.func @split_overshoot(
// CHECK: %0 = affine.linearize_index disjoint [%arg0, %arg1] by (2, 30) : index
// CHECK-NEXT: %1:3 = affine.delinearize_index %0 into (2, 8, 4) : index, index, index
// CHECK-NEXT: return %1#0, %1#1, %1#2 : index, index, index
func.func @split_overshoot(%y: index, %x: index) -> (index, index, index) {
  %0 = affine.linearize_index disjoint [%y, %x] by (2, 30) : index
  %1:3 = affine.delinearize_index %0 into (2, 8, 4) : index, index, index
  return %1#0, %1#1, %1#2 : index, index, index
}

// CHECK-LABEL: func.func @vec_unit(
// CHECK: %cst = arith.constant dense<0> : vector<4xindex>
// CHECK-NEXT: return %cst, %arg0 : vector<4xindex>, vector<4xindex>
func.func @vec_unit(%x: vector<4xindex>) -> (vector<4xindex>, vector<4xindex>) {
  %0:2 = affine.delinearize_index %x into (1, 8) : vector<4xindex>, vector<4xindex>
  return %0#0, %0#1 : vector<4xindex>, vector<4xindex>
}

// CHECK-LABEL: func.func @vec_single(
// CHECK: return %arg0 : vector<4xindex>
func.func @vec_single(%x: vector<4xindex>) -> vector<4xindex> {
  %0 = affine.delinearize_index %x into (8) : vector<4xindex>
  return %0 : vector<4xindex>
}

// A one-element basis with one result (DropDelinearizeOneBasisElement) is the input; with
// the outer bound omitted (two results) a dynamic / non-unit entry keeps the op.
// CHECK-LABEL: func.func @one_basis_dyn(
// CHECK-NEXT: return %arg0 : index
func.func @one_basis_dyn(%x: index, %n: index) -> index {
  %0 = affine.delinearize_index %x into (%n) : index
  return %0 : index
}

// CHECK-LABEL: func.func @one_basis_no_outer(
// CHECK-NEXT: %[[D:.*]]:2 = affine.delinearize_index %arg0 into (%arg1) : index, index
// CHECK-NEXT: return %[[D]]#0, %[[D]]#1
func.func @one_basis_no_outer(%x: index, %n: index) -> (index, index) {
  %0:2 = affine.delinearize_index %x into (%n) : index, index
  return %0#0, %0#1 : index, index
}
