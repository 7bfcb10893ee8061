// lower-affine: memref.cast operands of prefetch / dma_start / dma_wait folded during the
// conversion (the ops fold before they are lowered).
func.func @p(%m: memref<4x4xf32>, %i: index, %tag: memref<1xi32>, %n: index) {
  %c = memref.cast %m : memref<4x4xf32> to memref<?x?xf32>
  %t = memref.cast %tag : memref<1xi32> to memref<?xi32>
  affine.prefetch %c[%i, %i], read, locality<3>, data : memref<?x?xf32>
  affine.dma_start %c[%i, 0], %m[0, %i], %t[0], %n : memref<?x?xf32>, memref<4x4xf32>, memref<?xi32>
  affine.dma_wait %t[0], %n : memref<?xi32>
  return
}
