// memref views and reshapes: subviews of identity, strided and affine-map layouts (static
// and dynamic offsets, sizes and strides, zero strides, rank reductions that need the
// strides to decide which unit dimension was dropped, memory spaces), reinterpret_cast
// (from ranked and unranked sources), view, expand_shape with output_shape (identity and
// strided sources) and collapse_shape (contiguous groups, unit dimensions, rank 0).
#map = affine_map<(d0, d1)[s0] -> (d0 * s0 + d1 + 7)>
func.func @subviews(%m: memref<8x16xf32>, %i: index, %j: index,
                    %s: memref<4x5x3xf32, strided<[?, 3, 1], offset: 2>>,
                    %a: memref<8x16xf32, #map>, %sp: memref<8x16xi8, 2>,
                    %u: memref<1x1x4xf32>) {
  %0 = memref.subview %m[%i, 4] [2, %j] [1, 2] : memref<8x16xf32> to memref<2x?xf32, strided<[16, 2], offset: ?>>
  %1 = memref.subview %m[0, 4] [1, 8] [1, 1] : memref<8x16xf32> to memref<8xf32, strided<[1], offset: 4>>
  %2 = memref.subview %m[2, 0] [4, 1] [1, 1] : memref<8x16xf32> to memref<4xf32, strided<[16], offset: 32>>
  %3 = memref.subview %s[0, 1, 0] [2, 3, 1] [%i, 1, 2] : memref<4x5x3xf32, strided<[?, 3, 1], offset: 2>> to memref<2x3x1xf32, strided<[?, 3, 2], offset: 5>>
  %4 = memref.subview %s[%i, 1, 0] [2, 3, 1] [0, 1, 2] : memref<4x5x3xf32, strided<[?, 3, 1], offset: 2>> to memref<2x3xf32, strided<[0, 3], offset: ?>>
  %5 = memref.subview %a[1, 1] [2, 2] [1, 1] : memref<8x16xf32, #map> to memref<2x2xf32, strided<[?, 1], offset: ?>>
  %6 = memref.subview %sp[0, 0] [4, 4] [2, 2] {test.attr} : memref<8x16xi8, 2> to memref<4x4xi8, strided<[32, 2]>, 2>
  %7 = memref.subview %u[0, 0, 0] [1, 1, 4] [1, 1, 1] : memref<1x1x4xf32> to memref<1x4xf32, strided<[4, 1]>>
  %8 = memref.subview %m[0, 0] [1, 1] [1, 1] : memref<8x16xf32> to memref<f32>
  %9 = memref.subview %m[%i, %j] [%i, %j] [%i, %j] : memref<8x16xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return
}
func.func @casts(%m: memref<8x16xf32>, %u: memref<*xf32>, %i: index, %buf: memref<2048xi8>, %b3: memref<64xi8, 3>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [%i, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xf32>
  %1 = memref.reinterpret_cast %u to offset: [%i], sizes: [10, %i], strides: [%i, 1] : memref<*xf32> to memref<10x?xf32, strided<[?, 1], offset: ?>>
  %2 = memref.reinterpret_cast %m to offset: [3], sizes: [], strides: [] {test.attr} : memref<8x16xf32> to memref<f32, strided<[], offset: 3>>
  %3 = memref.view %buf[%i][%i] : memref<2048xi8> to memref<?x4xf32>
  %4 = memref.view %buf[%i][] : memref<2048xi8> to memref<4x4xf32>
  %5 = memref.view %b3[%i][%i, %i] {test.attr} : memref<64xi8, 3> to memref<?x?xi16, 3>
  return
}
func.func @reshapes(%d: memref<?x?xf32>, %m: memref<8x16xf32>, %i: index,
                    %s: memref<?xf32, strided<[4], offset: 2>>,
                    %t: memref<8x1x16xf32, strided<[64, 64, 2]>>, %one: memref<1x1xf32>) {
  %0 = memref.expand_shape %d [[0, 1], [2]] output_shape [%i, 4, %i] : memref<?x?xf32> into memref<?x4x?xf32>
  %1 = memref.expand_shape %s [[0, 1]] output_shape [%i, 16] : memref<?xf32, strided<[4], offset: 2>> into memref<?x16xf32, strided<[64, 4], offset: 2>>
  %2 = memref.expand_shape %m [[0, 1], [2, 3]] output_shape [2, 4, 4, 4] {test.attr} : memref<8x16xf32> into memref<2x4x4x4xf32>
  %3 = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<128xf32>
  %4 = memref.collapse_shape %d [[0, 1]] : memref<?x?xf32> into memref<?xf32>
  %5 = memref.collapse_shape %t [[0, 1], [2]] : memref<8x1x16xf32, strided<[64, 64, 2]>> into memref<8x16xf32, strided<[64, 2]>>
  %6 = memref.collapse_shape %one [] : memref<1x1xf32> into memref<f32>
  %7 = memref.expand_shape %6 [] output_shape [1, 1] : memref<f32> into memref<1x1xf32>
  return
}
