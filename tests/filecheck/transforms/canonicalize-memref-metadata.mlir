// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// The offset, sizes and strides that the source type makes static become constants;
// the dynamic ones stay results of extract_strided_metadata.
// CHECK-LABEL: func.func @esm_constants
// CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK:         %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg0
// CHECK:         return %offset, %[[C4]], %sizes#1, %strides#0, %[[C1]]
func.func @esm_constants(%m: memref<4x?xf32, strided<[?, 1], offset: ?>>) -> (index, index, index, index, index) {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, index, index, index
  return %o, %sz#0, %sz#1, %st#0, %st#1 : index, index, index, index, index
}

// An unused extract_strided_metadata is dead.
// CHECK-LABEL: func.func @esm_unused
// CHECK-NEXT:    return
func.func @esm_unused(%m: memref<4x8xf32>) {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  return
}

// reinterpret_cast rebuilding the same memref is the memref, or a cast of it.
// CHECK-LABEL: func.func @rc_of_esm_noop
// CHECK-NEXT:    return %arg0
func.func @rc_of_esm_noop(%m: memref<4x?xf32, strided<[?, 1], offset: ?>>) -> memref<4x?xf32, strided<[?, 1], offset: ?>> {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %b to offset: [%o], sizes: [4, %sz#1], strides: [%st#0, 1] : memref<f32> to memref<4x?xf32, strided<[?, 1], offset: ?>>
  return %r : memref<4x?xf32, strided<[?, 1], offset: ?>>
}

// CHECK-LABEL: func.func @rc_of_esm_cast
// CHECK-NEXT:    %[[C:.*]] = memref.cast %arg0 : memref<4x8xf32> to memref<?x8xf32>
// CHECK-NEXT:    return %[[C]]
func.func @rc_of_esm_cast(%m: memref<4x8xf32>) -> memref<?x8xf32> {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %b to offset: [0], sizes: [%sz#0, 8], strides: [8, 1] : memref<f32> to memref<?x8xf32>
  return %r : memref<?x8xf32>
}

// Otherwise the reinterpret_cast reads the memref instead of its base buffer.
// CHECK-LABEL: func.func @rc_of_esm_other
// CHECK-NEXT:    %[[R:.*]] = memref.reinterpret_cast %arg0 to offset: [2], sizes: [%arg1, 4], strides: [4, 1] : memref<4x8xf32> to
// CHECK-NEXT:    return %[[R]]
func.func @rc_of_esm_other(%m: memref<4x8xf32>, %n: index) -> memref<?x4xf32, strided<[4, 1], offset: 2>> {
  %b, %o, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %b to offset: [2], sizes: [%n, 4], strides: [4, 1] : memref<f32> to memref<?x4xf32, strided<[4, 1], offset: 2>>
  return %r : memref<?x4xf32, strided<[4, 1], offset: 2>>
}

// memory_space_cast chains start from the first source; a cast back is that source.
// CHECK-LABEL: func.func @msc_chain
// CHECK-NEXT:    %[[C:.*]] = memref.memory_space_cast %arg0 : memref<4xf32, 1> to memref<4xf32, 2>
// CHECK-NEXT:    return %[[C]], %arg0
func.func @msc_chain(%g: memref<4xf32, 1>) -> (memref<4xf32, 2>, memref<4xf32, 1>) {
  %c = memref.memory_space_cast %g : memref<4xf32, 1> to memref<4xf32>
  %d = memref.memory_space_cast %c : memref<4xf32> to memref<4xf32, 2>
  %e = memref.memory_space_cast %c : memref<4xf32> to memref<4xf32, 1>
  return %d, %e : memref<4xf32, 2>, memref<4xf32, 1>
}

// A single cast to another memory space stays.
// CHECK-LABEL: func.func @msc_keep
// CHECK-NEXT:    memref.memory_space_cast %arg0 : memref<4xf32, 1> to memref<4xf32>
func.func @msc_keep(%g: memref<4xf32, 1>) -> memref<4xf32> {
  %c = memref.memory_space_cast %g : memref<4xf32, 1> to memref<4xf32>
  return %c : memref<4xf32>
}

// The same alignment assumed twice is assumed once; different alignments stay.
// CHECK-LABEL: func.func @aa
// CHECK-NEXT:    %[[A:.*]] = memref.assume_alignment %arg0, 16 : memref<4xf32>
// CHECK-NEXT:    %[[B:.*]] = memref.assume_alignment %[[A]], 8 : memref<4xf32>
// CHECK-NEXT:    return %[[A]], %[[B]]
func.func @aa(%g: memref<4xf32>) -> (memref<4xf32>, memref<4xf32>) {
  %a = memref.assume_alignment %g, 16 : memref<4xf32>
  %b = memref.assume_alignment %a, 16 : memref<4xf32>
  %c = memref.assume_alignment %a, 8 : memref<4xf32>
  return %b, %c : memref<4xf32>, memref<4xf32>
}

// Transposing by the identity to the same type is the source; transposes compose.
// CHECK-LABEL: func.func @transposes
// CHECK-NEXT:    %[[T:.*]] = memref.transpose %arg1 (d0, d1, d2) -> (d1, d2, d0) : memref<2x3x4xf32> to memref<3x4x2xf32, strided<[4, 1, 12]>>
// CHECK-NEXT:    return %arg0, %[[T]]
func.func @transposes(%m: memref<4x8xf32>, %n: memref<2x3x4xf32>) -> (memref<4x8xf32>, memref<3x4x2xf32, strided<[4, 1, 12]>>) {
  %t = memref.transpose %m (i, j) -> (i, j) : memref<4x8xf32> to memref<4x8xf32>
  %u = memref.transpose %n (i, j, k) -> (k, i, j) : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
  %v = memref.transpose %u (i, j, k) -> (k, i, j) : memref<4x2x3xf32, strided<[1, 12, 4]>> to memref<3x4x2xf32, strided<[4, 1, 12]>>
  return %t, %v : memref<4x8xf32>, memref<3x4x2xf32, strided<[4, 1, 12]>>
}

// An identity transpose that changes the layout's spelling stays.
// CHECK-LABEL: func.func @transpose_identity_other_type
// CHECK-NEXT:    memref.transpose %arg0 (d0, d1) -> (d0, d1) : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
func.func @transpose_identity_other_type(%m: memref<4x8xf32>) -> memref<4x8xf32, strided<[8, 1]>> {
  %t = memref.transpose %m (i, j) -> (i, j) : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  return %t : memref<4x8xf32, strided<[8, 1]>>
}

// dim of a reshape loads the size from the shape operand (index_cast for integers).
// CHECK-LABEL: func.func @dim_reshape
// CHECK:         %[[L0:.*]] = memref.load %arg1[%arg3] : memref<2xindex>
// CHECK:         %[[L1:.*]] = memref.load %arg2[%arg3] : memref<2xi32>
// CHECK-NEXT:    %[[I:.*]] = arith.index_cast %[[L1]] : i32 to index
// CHECK-NEXT:    return %[[L0]], %[[I]]
func.func @dim_reshape(%g: memref<4xf32>, %s: memref<2xindex>, %si: memref<2xi32>, %i: index) -> (index, index) {
  %r = memref.reshape %g(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %d = memref.dim %r, %i : memref<?x?xf32>
  %r2 = memref.reshape %g(%si) : (memref<4xf32>, memref<2xi32>) -> memref<?x?xf32>
  %e = memref.dim %r2, %i : memref<?x?xf32>
  return %d, %e : index, index
}

// Not when the index is computed after the reshape.
// CHECK-LABEL: func.func @dim_reshape_late_index
// CHECK:         %[[R:.*]] = memref.reshape
// CHECK:         memref.dim %[[R]]
func.func @dim_reshape_late_index(%g: memref<4xf32>, %s: memref<2xindex>, %i: index) -> index {
  %r = memref.reshape %g(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %j = arith.addi %i, %i : index
  %d = memref.dim %r, %j : memref<?x?xf32>
  return %d : index
}

// In a nested block: an index defined there does not dominate the reshape; an outer
// one (defined in an enclosing region) does, and the load lands right after the reshape.
// CHECK-LABEL: func.func @dim_reshape_nested
// CHECK:         %[[R:.*]] = memref.reshape
// CHECK-NEXT:    %[[L:.*]] = memref.load %arg2[%arg3] : memref<2xindex>
// CHECK:         scf.if
// CHECK:           memref.dim %[[R]]
// CHECK:         } else {
// CHECK-NEXT:      scf.yield %[[L]] : index
func.func @dim_reshape_nested(%c: i1, %g: memref<4xf32>, %s: memref<2xindex>, %i: index) -> index {
  %r = memref.reshape %g(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %v = scf.if %c -> index {
    %j = arith.addi %i, %i : index
    %d = memref.dim %r, %j : memref<?x?xf32>
    scf.yield %d : index
  } else {
    %d = memref.dim %r, %i : memref<?x?xf32>
    scf.yield %d : index
  }
  return %v : index
}
