// memref metadata ops: extract_strided_metadata (identity, strided with dynamic entries,
// rank 0, memory space), memory_space_cast (ranked and unranked), assume_alignment,
// transpose (static and dynamic strides, rank 3) and reshape (index and integer shapes,
// unranked result) and distinct_objects, each with and without a discardable attribute.
func.func @metadata(%m: memref<4x8xf32>, %s: memref<4x?xf32, strided<[?, 1], offset: ?>>,
                    %z: memref<f32, strided<[], offset: 3>>, %g: memref<4xf32, 1>) {
  %b0, %o0, %sz0:2, %st0:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  %b1, %o1, %sz1:2, %st1:2 = memref.extract_strided_metadata %s : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, index, index, index {test.attr}
  %b2, %o2 = memref.extract_strided_metadata %z : memref<f32, strided<[], offset: 3>> -> memref<f32>, index
  %b3, %o3, %sz3, %st3 = memref.extract_strided_metadata %g : memref<4xf32, 1> -> memref<f32, 1>, index, index, index
  return
}
func.func @casts(%g: memref<4xf32, 1>, %u: memref<*xi8, 2>) {
  %0 = memref.memory_space_cast %g : memref<4xf32, 1> to memref<4xf32>
  %1 = memref.memory_space_cast %u {test.attr} : memref<*xi8, 2> to memref<*xi8>
  %2 = memref.assume_alignment %g, 16 : memref<4xf32, 1>
  %3 = memref.assume_alignment %0, 64 {test.attr} : memref<4xf32>
  return
}
func.func @transposes(%m: memref<4x8xf32>, %s: memref<4x?xf32, strided<[?, 1], offset: ?>>,
                      %t: memref<2x3x4xf32>) {
  %0 = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf32, strided<[1, 8]>>
  %1 = memref.transpose %s (d0, d1) -> (d1, d0) {test.attr} : memref<4x?xf32, strided<[?, 1], offset: ?>> to memref<?x4xf32, strided<[1, ?], offset: ?>>
  %2 = memref.transpose %t (a, b, c) -> (c, a, b) : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
  %3 = memref.transpose %m (i, j) -> (i, j) : memref<4x8xf32> to memref<4x8xf32>
  return
}
func.func @reshapes(%m: memref<4xf32>, %s: memref<2xindex>, %si: memref<3xi32>,
                    %d: memref<?xindex>, %u: memref<*xf32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %1 = memref.reshape %m(%si) {test.attr} : (memref<4xf32>, memref<3xi32>) -> memref<1x2x2xf32>
  %2 = memref.reshape %m(%d) : (memref<4xf32>, memref<?xindex>) -> memref<*xf32>
  %3 = memref.reshape %u(%s) : (memref<*xf32>, memref<2xindex>) -> memref<2x2xf32>
  return
}
func.func @distinct(%a: memref<4xf32>, %b: memref<8xi32, 1>) -> (memref<4xf32>, memref<8xi32, 1>) {
  %0:2 = memref.distinct_objects %a, %b : memref<4xf32>, memref<8xi32, 1>
  %1 = memref.distinct_objects %a {test.attr} : memref<4xf32>
  return %0#0, %0#1 : memref<4xf32>, memref<8xi32, 1>
}
