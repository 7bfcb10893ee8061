// canonicalize, memref.subview: constant offsets/sizes/strides made static with a cast back
// (also rank-reducing; negative offsets stay), identity and trivial subviews, subview of a
// cast that loses information, no-op subview of a subview, layout-only casts into copy; zero
// strides and out-of-bounds sizes stay dynamic.
func.func @copy_layout_cast(%a: memref<4xf32>, %b: memref<4xf32>) {
  %c = memref.cast %a : memref<4xf32> to memref<4xf32, strided<[?], offset: ?>>
  memref.copy %c, %b : memref<4xf32, strided<[?], offset: ?>> to memref<4xf32>
  return
}
func.func @subview_const(%m: memref<8x8xf32>) -> memref<?x?xf32, strided<[8, 1], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %s = memref.subview %m[%c2, %c0] [%c4, %c4] [1, 1] : memref<8x8xf32> to memref<?x?xf32, strided<[8, 1], offset: ?>>
  return %s : memref<?x?xf32, strided<[8, 1], offset: ?>>
}
func.func @subview_const_strides(%m: memref<8x8xf32>, %o: index) -> memref<4x4xf32, strided<[?, ?], offset: ?>> {
  %c2 = arith.constant 2 : index
  %s = memref.subview %m[%o, %o] [4, 4] [%c2, %c2] : memref<8x8xf32> to memref<4x4xf32, strided<[?, ?], offset: ?>>
  return %s : memref<4x4xf32, strided<[?, ?], offset: ?>>
}
func.func @subview_rank_reduced(%m: memref<8x8xf32>) -> memref<?xf32, strided<[1], offset: ?>> {
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %s = memref.subview %m[%c1, 0] [1, %c4] [1, 1] : memref<8x8xf32> to memref<?xf32, strided<[1], offset: ?>>
  return %s : memref<?xf32, strided<[1], offset: ?>>
}
func.func @subview_identity(%m: memref<8x8xf32>) -> (memref<8x8xf32>, memref<8x8xf32, strided<[8, 1]>>) {
  %s = memref.subview %m[0, 0] [8, 8] [1, 1] : memref<8x8xf32> to memref<8x8xf32>
  %t = memref.subview %m[0, 0] [8, 8] [1, 1] : memref<8x8xf32> to memref<8x8xf32, strided<[8, 1]>>
  return %s, %t : memref<8x8xf32>, memref<8x8xf32, strided<[8, 1]>>
}
func.func @subview_of_cast(%m: memref<8x8xf32>, %o: index, %n: index) -> memref<?x?xf32, strided<[?, 1], offset: ?>> {
  %c = memref.cast %m : memref<8x8xf32> to memref<?x?xf32>
  %s = memref.subview %c[%o, %o] [%n, %n] [1, 1] : memref<?x?xf32> to memref<?x?xf32, strided<[?, 1], offset: ?>>
  return %s : memref<?x?xf32, strided<[?, 1], offset: ?>>
}
func.func @subview_of_subview(%m: memref<8x8xf32>, %o: index, %n: index) -> memref<?x?xf32, strided<[8, 1], offset: ?>> {
  %s = memref.subview %m[%o, %o] [%n, %n] [1, 1] : memref<8x8xf32> to memref<?x?xf32, strided<[8, 1], offset: ?>>
  %t = memref.subview %s[0, 0] [%n, %n] [1, 1] : memref<?x?xf32, strided<[8, 1], offset: ?>> to memref<?x?xf32, strided<[8, 1], offset: ?>>
  return %t : memref<?x?xf32, strided<[8, 1], offset: ?>>
}
func.func @subview_dynamic_source(%m: memref<?x8xf32>, %n: index) -> memref<?x8xf32, strided<[8, 1]>> {
  %s = memref.subview %m[0, 0] [%n, 8] [1, 1] : memref<?x8xf32> to memref<?x8xf32, strided<[8, 1]>>
  return %s : memref<?x8xf32, strided<[8, 1]>>
}
func.func @subview_negative(%m: memref<8x8xf32>, %n: index) -> memref<?x4xf32, strided<[8, 1], offset: ?>> {
  %cm1 = arith.constant -1 : index
  %s = memref.subview %m[%cm1, 0] [%n, 4] [1, 1] : memref<8x8xf32> to memref<?x4xf32, strided<[8, 1], offset: ?>>
  return %s : memref<?x4xf32, strided<[8, 1], offset: ?>>
}
func.func @subview_zero_stride(%m: memref<8x8xf32>) -> memref<4x4xf32, strided<[?, 1]>> {
  %c0 = arith.constant 0 : index
  %s = memref.subview %m[0, 0] [4, 4] [%c0, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[?, 1]>>
  return %s : memref<4x4xf32, strided<[?, 1]>>
}
func.func @subview_oob(%m: memref<8x8xf32>) -> memref<?x4xf32, strided<[8, 1]>> {
  %c9 = arith.constant 9 : index
  %s = memref.subview %m[0, 0] [%c9, 4] [1, 1] : memref<8x8xf32> to memref<?x4xf32, strided<[8, 1]>>
  return %s : memref<?x4xf32, strided<[8, 1]>>
}
