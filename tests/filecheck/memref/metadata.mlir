// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// CHECK-LABEL: func.func @metadata
// CHECK:         %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg0 : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, index, index, index
// CHECK:         %base_buffer_0, %offset_1 = memref.extract_strided_metadata %arg1 : memref<f32> -> memref<f32>, index {test.attr}
func.func @metadata(%s: memref<4x?xf32, strided<[?, 1], offset: ?>>, %z: memref<f32>) {
  %b1, %o1, %sz1:2, %st1:2 = memref.extract_strided_metadata %s : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, index, index, index
  %b2, %o2 = memref.extract_strided_metadata %z : memref<f32> -> memref<f32>, index {test.attr}
  return
}

// CHECK-LABEL: func.func @casts
// CHECK:         %memspacecast = memref.memory_space_cast %arg0 : memref<4xf32, 1> to memref<4xf32>
// CHECK:         %memspacecast_0 = memref.memory_space_cast %arg1 {test.attr} : memref<*xi8, 2> to memref<*xi8>
// CHECK:         %assume_align = memref.assume_alignment %arg0, 16 : memref<4xf32, 1>
func.func @casts(%g: memref<4xf32, 1>, %u: memref<*xi8, 2>) {
  %0 = memref.memory_space_cast %g : memref<4xf32, 1> to memref<4xf32>
  %1 = memref.memory_space_cast %u {test.attr} : memref<*xi8, 2> to memref<*xi8>
  %2 = memref.assume_alignment %g, 16 : memref<4xf32, 1>
  return
}

// CHECK-LABEL: func.func @transposes
// CHECK:         %transpose = memref.transpose %arg0 (d0, d1) -> (d1, d0) : memref<4x8xf32> to memref<8x4xf32, strided<[1, 8]>>
// CHECK:         %transpose_0 = memref.transpose %arg1 (d0, d1, d2) -> (d2, d0, d1) {test.attr} : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
func.func @transposes(%m: memref<4x8xf32>, %t: memref<2x3x4xf32>) {
  %0 = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf32, strided<[1, 8]>>
  %1 = memref.transpose %t (a, b, c) -> (c, a, b) {test.attr} : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
  return
}

// CHECK-LABEL: func.func @reshapes
// CHECK:         %reshape = memref.reshape %arg0(%arg1) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>
// CHECK:         %reshape_0 = memref.reshape %arg0(%arg2) {test.attr} : (memref<4xf32>, memref<?xindex>) -> memref<*xf32>
func.func @reshapes(%m: memref<4xf32>, %s: memref<2xindex>, %d: memref<?xindex>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %1 = memref.reshape %m(%d) {test.attr} : (memref<4xf32>, memref<?xindex>) -> memref<*xf32>
  return
}

// CHECK-LABEL: func.func @distinct
// CHECK:         %[[D:.*]]:2 = memref.distinct_objects %arg0, %arg1 : memref<4xf32>, memref<8xi32, 1>
// CHECK:         memref.distinct_objects %arg0 {test.attr} : memref<4xf32>
func.func @distinct(%a: memref<4xf32>, %b: memref<8xi32, 1>) -> (memref<4xf32>, memref<8xi32, 1>) {
  %0:2 = memref.distinct_objects %a, %b : memref<4xf32>, memref<8xi32, 1>
  %1 = memref.distinct_objects %a {test.attr} : memref<4xf32>
  return %0#0, %0#1 : memref<4xf32>, memref<8xi32, 1>
}
