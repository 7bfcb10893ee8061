// Canonicalization of the memref metadata ops: extract_strided_metadata constants,
// reinterpret_cast of extract_strided_metadata, memory_space_cast chains,
// assume_alignment, transpose and dim of memref.reshape. The cases where
// DimOfMemRefReshape fires are in tests/filecheck/transforms/canonicalize-memref-metadata.mlir
// only: the memref.load it builds holds `invariant = false, nontemporal = false`, which
// MLIR's custom form elides and its parser does not restore, so the custom print of the
// result cannot reparse to the same generic form.
func.func @esm_static(%m: memref<4x8xf32, strided<[16, 1], offset: 3>>) -> (memref<f32>, index, index, index, index, index) {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32, strided<[16, 1], offset: 3>> -> memref<f32>, index, index, index, index, index
  return %b, %o, %sz#0, %sz#1, %st#0, %st#1 : memref<f32>, index, index, index, index, index
}
func.func @esm_partial_use(%m: memref<4x8xf32>, %i: index) -> index {
  %x = arith.addi %i, %i : index
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  %y = arith.addi %x, %st#0 : index
  %z = arith.addi %y, %sz#0 : index
  return %z : index
}
func.func @esm_dynamic(%m: memref<4x?xf32, strided<[?, 1], offset: ?>>) -> (index, index, index, index, index) {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, index, index, index
  return %o, %sz#0, %sz#1, %st#0, %st#1 : index, index, index, index, index
}
func.func @esm_rank0(%m: memref<f32, strided<[], offset: ?>>) -> (memref<f32>, index) {
  %b, %o = memref.extract_strided_metadata %m : memref<f32, strided<[], offset: ?>> -> memref<f32>, index
  return %b, %o : memref<f32>, index
}
func.func @esm_unused(%m: memref<4x8xf32>) {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  return
}
func.func @rc_of_esm_noop(%m: memref<4x?xf32, strided<[?, 1], offset: ?>>) -> memref<4x?xf32, strided<[?, 1], offset: ?>> {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %b to offset: [%o], sizes: [4, %sz#1], strides: [%st#0, 1] : memref<f32> to memref<4x?xf32, strided<[?, 1], offset: ?>>
  return %r : memref<4x?xf32, strided<[?, 1], offset: ?>>
}
func.func @rc_of_esm_cast(%m: memref<4x8xf32>) -> memref<?x8xf32> {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %b to offset: [0], sizes: [%sz#0, 8], strides: [8, 1] : memref<f32> to memref<?x8xf32>
  return %r : memref<?x8xf32>
}
func.func @rc_of_esm_other(%m: memref<4x8xf32>, %n: index) -> memref<?x4xf32, strided<[4, 1], offset: 2>> {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %b to offset: [2], sizes: [%n, 4], strides: [4, 1] : memref<f32> to memref<?x4xf32, strided<[4, 1], offset: 2>>
  return %r : memref<?x4xf32, strided<[4, 1], offset: 2>>
}
func.func @rc_of_esm_other_dyn(%m: memref<4x?xf32, strided<[?, 1], offset: ?>>) -> memref<?xf32, strided<[1], offset: ?>> {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %b to offset: [%o], sizes: [%sz#1], strides: [1] : memref<f32> to memref<?xf32, strided<[1], offset: ?>>
  return %r : memref<?xf32, strided<[1], offset: ?>>
}
func.func @msc_chain(%g: memref<4xf32, 1>) -> (memref<4xf32, 2>, memref<4xf32, 1>) {
  %c = memref.memory_space_cast %g : memref<4xf32, 1> to memref<4xf32>
  %d = memref.memory_space_cast %c : memref<4xf32> to memref<4xf32, 2>
  %e = memref.memory_space_cast %c : memref<4xf32> to memref<4xf32, 1>
  return %d, %e : memref<4xf32, 2>, memref<4xf32, 1>
}
func.func @msc_identity(%g: memref<*xf32, 1>) -> memref<*xf32, 1> {
  %c = memref.memory_space_cast %g : memref<*xf32, 1> to memref<*xf32, 1>
  return %c : memref<*xf32, 1>
}
func.func @msc_unranked_chain(%g: memref<*xf32, 1>) -> memref<*xf32, 3> {
  %c = memref.memory_space_cast %g : memref<*xf32, 1> to memref<*xf32>
  %d = memref.memory_space_cast %c : memref<*xf32> to memref<*xf32, 3>
  return %d : memref<*xf32, 3>
}
func.func @msc_keep(%g: memref<4xf32, 1>) -> memref<4xf32> {
  %c = memref.memory_space_cast %g : memref<4xf32, 1> to memref<4xf32>
  return %c : memref<4xf32>
}
func.func @aa_same(%g: memref<4xf32>) -> memref<4xf32> {
  %a = memref.assume_alignment %g, 16 : memref<4xf32>
  %b = memref.assume_alignment %a, 16 : memref<4xf32>
  return %b : memref<4xf32>
}
func.func @aa_different(%g: memref<4xf32>) -> memref<4xf32> {
  %a = memref.assume_alignment %g, 16 : memref<4xf32>
  %b = memref.assume_alignment %a, 8 : memref<4xf32>
  return %b : memref<4xf32>
}
func.func @aa_unused(%g: memref<4xf32>) {
  %a = memref.assume_alignment %g, 16 : memref<4xf32>
  return
}
func.func @tr_identity(%m: memref<4x8xf32>) -> memref<4x8xf32> {
  %t = memref.transpose %m (i, j) -> (i, j) : memref<4x8xf32> to memref<4x8xf32>
  return %t : memref<4x8xf32>
}
func.func @tr_identity_other_type(%m: memref<4x8xf32>) -> memref<4x8xf32, strided<[8, 1]>> {
  %t = memref.transpose %m (i, j) -> (i, j) : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  return %t : memref<4x8xf32, strided<[8, 1]>>
}
func.func @tr_twice(%m: memref<4x8xf32>) -> memref<4x8xf32> {
  %u = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf32, strided<[1, 8]>>
  %v = memref.transpose %u (i, j) -> (j, i) : memref<8x4xf32, strided<[1, 8]>> to memref<4x8xf32, strided<[8, 1]>>
  %w = memref.cast %v : memref<4x8xf32, strided<[8, 1]>> to memref<4x8xf32>
  return %w : memref<4x8xf32>
}
func.func @tr_compose3(%m: memref<2x3x4xf32>) -> memref<3x4x2xf32, strided<[4, 1, 12]>> {
  %u = memref.transpose %m (i, j, k) -> (k, i, j) : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
  %v = memref.transpose %u (i, j, k) -> (k, i, j) : memref<4x2x3xf32, strided<[1, 12, 4]>> to memref<3x4x2xf32, strided<[4, 1, 12]>>
  return %v : memref<3x4x2xf32, strided<[4, 1, 12]>>
}
func.func @tr_keep(%m: memref<?x8xf32>) -> memref<8x?xf32, strided<[1, 8]>> {
  %u = memref.transpose %m (i, j) -> (j, i) : memref<?x8xf32> to memref<8x?xf32, strided<[1, 8]>>
  return %u : memref<8x?xf32, strided<[1, 8]>>
}
func.func @dim_reshape_static(%g: memref<4xf32>, %s: memref<2xindex>) -> index {
  %c0 = arith.constant 0 : index
  %r = memref.reshape %g(%s) : (memref<4xf32>, memref<2xindex>) -> memref<2x2xf32>
  %d = memref.dim %r, %c0 : memref<2x2xf32>
  return %d : index
}
func.func @dim_reshape_late_index(%g: memref<4xf32>, %s: memref<2xindex>, %i: index) -> index {
  %r = memref.reshape %g(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %j = arith.addi %i, %i : index
  %d = memref.dim %r, %j : memref<?x?xf32>
  return %d : index
}
func.func @reshape_unused(%g: memref<4xf32>, %s: memref<2xindex>) {
  %r = memref.reshape %g(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>
  return
}
func.func @esm_affine(%m: memref<4x8xf32, affine_map<(d0, d1) -> (d0 * 8 + d1 + 2)>>) -> (index, index, index) {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32, affine_map<(d0, d1) -> (d0 * 8 + d1 + 2)>> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %b to offset: [%o], sizes: [%sz#0, %sz#1], strides: [%st#0, %st#1] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %c = memref.cast %r : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<*xf32>
  "test.use"(%c) : (memref<*xf32>) -> ()
  return %o, %sz#0, %st#1 : index, index, index
}
func.func @transpose_chain_dyn(%m: memref<?x?xf32, strided<[?, ?], offset: ?>>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %a = memref.transpose %m (i, j) -> (j, i) : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %b = memref.transpose %a (i, j) -> (j, i) : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %b : memref<?x?xf32, strided<[?, ?], offset: ?>>
}
func.func @msc_cast_chain(%g: memref<4xf32, 1>) -> memref<?xf32, 2> {
  %c = memref.cast %g : memref<4xf32, 1> to memref<?xf32, 1>
  %d = memref.memory_space_cast %c : memref<?xf32, 1> to memref<?xf32, 2>
  return %d : memref<?xf32, 2>
}
