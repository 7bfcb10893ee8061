// lower-affine: affine.prefetch, affine.dma_start (with and without the stride pair, 0-d
// memrefs) and affine.dma_wait to their memref counterparts at the expanded subscripts.
func.func @p(%m: memref<400x400xi32>, %i: index, %j: index) {
  affine.prefetch %m[%i, %j + 5], read, locality<3>, data : memref<400x400xi32>
  affine.prefetch %m[%i, %j], write, locality<0>, instr : memref<400x400xi32>
  affine.for %k = 0 to 4 {
    affine.prefetch %m[%k floordiv 2, %j * 3], read, locality<1>, data : memref<400x400xi32>
  }
  return
}
func.func @d(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %num: index, %s: index, %n: index) {
  affine.dma_start %src[%i, %i + 1], %dst[%i, 0], %tag[0], %num : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  affine.dma_start %src[%i, %i], %dst[%i, 0], %tag[%i], %num, %s, %n : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  affine.dma_wait %tag[%i + 1], %num : memref<1xi32>
  return
}
func.func @d0(%src: memref<f32>, %dst: memref<f32, 1>, %tag: memref<i32>, %num: index) {
  affine.dma_start %src[], %dst[], %tag[], %num : memref<f32>, memref<f32, 1>, memref<i32>
  affine.dma_wait %tag[], %num : memref<i32>
  return
}
