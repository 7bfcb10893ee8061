// canonicalize, memref collapse_shape / expand_shape: inverse pairs fold, chains of one kind
// compose (not with layouts); reinterpret_cast through cast / zero-offset subview, and to
// the source's own type.
func.func @memref_reshapes(%m: memref<2x3x4xf32>, %u: memref<?x4xf32>, %n: index) -> (memref<2x3x4xf32>, memref<24xf32>, memref<?x4xf32>) {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  %c = memref.collapse_shape %a [[0, 1]] : memref<6x4xf32> into memref<24xf32>
  %x = memref.expand_shape %u [[0, 1], [2]] output_shape [%n, 2, 4] : memref<?x4xf32> into memref<?x2x4xf32>
  %y = memref.collapse_shape %x [[0, 1], [2]] : memref<?x2x4xf32> into memref<?x4xf32>
  return %b, %c, %y : memref<2x3x4xf32>, memref<24xf32>, memref<?x4xf32>
}
func.func @memref_strided_collapse(%m: memref<2x3x4xf32, strided<[12, 4, 1]>>) -> memref<24xf32, strided<[1]>> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32, strided<[12, 4, 1]>> into memref<6x4xf32, strided<[4, 1]>>
  %c = memref.collapse_shape %a [[0, 1]] : memref<6x4xf32, strided<[4, 1]>> into memref<24xf32, strided<[1]>>
  return %c : memref<24xf32, strided<[1]>>
}
func.func @reinterpret(%m: memref<4x4xf32>, %n: index) -> (memref<16xf32>, memref<4x4xf32>, memref<16xf32, strided<[1], offset: 2>>) {
  %c = memref.cast %m : memref<4x4xf32> to memref<?x?xf32>
  %a = memref.reinterpret_cast %c to offset: [0], sizes: [16], strides: [1] : memref<?x?xf32> to memref<16xf32>
  %b = memref.reinterpret_cast %m to offset: [0], sizes: [4, 4], strides: [4, 1] : memref<4x4xf32> to memref<4x4xf32>
  %s = memref.subview %m[0, 0] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32, strided<[4, 1]>>
  %d = memref.reinterpret_cast %s to offset: [2], sizes: [16], strides: [1] : memref<2x2xf32, strided<[4, 1]>> to memref<16xf32, strided<[1], offset: 2>>
  return %a, %b, %d : memref<16xf32>, memref<4x4xf32>, memref<16xf32, strided<[1], offset: 2>>
}
