// memref.dma_start (ranks 0 to 2, memory spaces, with and without the two stride
// operands) and memref.dma_wait (with a discardable attribute).
func.func @dma(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>,
               %s0: memref<f16>, %d0: memref<8xf16, 2>, %t0: memref<i32>, %i: index, %n: index) {
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %n, %i : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_start %s0[], %d0[%i], %n, %t0[] : memref<f16>, memref<8xf16, 2>, memref<i32>
  memref.dma_wait %tag[%i], %n : memref<1xi32>
  memref.dma_wait %t0[], %n {test.attr} : memref<i32>
  return
}
