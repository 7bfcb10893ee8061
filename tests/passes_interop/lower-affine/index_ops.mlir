// lower-affine: affine.delinearize_index to floordivsi / remsi / select / divsi and
// affine.linearize_index to muli / addi (static, dynamic and mixed bases, with and without
// an outer bound, nsw / nuw flags on the strides, `disjoint`), the folds the conversion
// applies first (a constant basis operand, a constant index, a single result, no index),
// and linearize terms ordered by the number of enclosing loops they are invariant in.
func.func @delin_static(%x: index) -> (index, index, index) {
  %0:3 = affine.delinearize_index %x into (2, 3, 5) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}
func.func @delin_no_outer(%x: index) -> (index, index, index) {
  %0:3 = affine.delinearize_index %x into (3, 5) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}
func.func @delin_dyn(%x: index, %n: index, %m: index) -> (index, index, index, index) {
  %0:4 = affine.delinearize_index %x into (%n, 4, %m, 2) : index, index, index, index
  return %0#0, %0#1, %0#2, %0#3 : index, index, index, index
}
func.func @delin_dyn2(%x: index, %n: index, %m: index) -> (index, index, index) {
  %0:3 = affine.delinearize_index %x into (%n, %m) : index, index, index
  return %0#0, %0#1, %0#2 : index, index, index
}
func.func @delin_const_basis(%x: index) -> (index, index) {
  %c5 = arith.constant 5 : index
  %0:2 = affine.delinearize_index %x into (%c5) : index, index
  return %0#0, %0#1 : index, index
}
func.func @delin_const() -> (index, index) {
  %c22 = arith.constant 22 : index
  %0:2 = affine.delinearize_index %c22 into (5) : index, index
  return %0#0, %0#1 : index, index
}
func.func @delin_single(%x: index) -> index {
  %0 = affine.delinearize_index %x into (5) : index
  return %0 : index
}
func.func @lin_static(%i: index, %j: index, %k: index) -> index {
  %0 = affine.linearize_index [%i, %j, %k] by (2, 3, 5) : index
  return %0 : index
}
func.func @lin_dyn(%i: index, %j: index, %k: index, %n: index, %m: index) -> index {
  %0 = affine.linearize_index disjoint [%i, %j, %k] by (%n, 3, %m) : index
  return %0 : index
}
func.func @lin_dyn_nd(%i: index, %j: index, %k: index, %n: index, %m: index) -> index {
  %0 = affine.linearize_index [%i, %j, %k] by (%n, %m) : index
  return %0 : index
}
func.func @lin_empty() -> index {
  %0 = affine.linearize_index [] by () : index
  return %0 : index
}
func.func @lin_single(%i: index) -> index {
  %0 = affine.linearize_index [%i] by (4) : index
  return %0 : index
}
func.func @lin_loops(%a: index, %m: memref<64xindex>) {
  affine.for %i = 0 to 4 {
    affine.for %j = 0 to 4 {
      %0 = affine.linearize_index [%j, %i, %a] by (4, 4, 4) : index
      memref.store %0, %m[%0] : memref<64xindex>
    }
  }
  scf.for %i = %a to %a step %a {
    %c = arith.constant true
    scf.if %c {
      %0 = affine.linearize_index disjoint [%i, %a] by (4, 16) : index
      memref.store %0, %m[%0] : memref<64xindex>
    }
  }
  return
}
