// Canonicalization of memref.dma_start and memref.dma_wait: casts of ranked memrefs fold
// into them (not casts of unranked ones); unused, they stay (they have effects).
// memref.distinct_objects has no folds (a single operand stays); unused, it is dead.
func.func @dma_casts(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  %c = memref.cast %src : memref<40x128xf32> to memref<?x?xf32>
  %d = memref.cast %dst : memref<2x1024xf32, 1> to memref<2x?xf32, 1>
  memref.dma_start %c[%i, %i], %d[%i, %i], %n, %tag[%i] : memref<?x?xf32>, memref<2x?xf32, 1>, memref<1xi32>
  %t = memref.cast %tag : memref<1xi32> to memref<?xi32>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %t[%i], %n, %i : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<?xi32>
  memref.dma_wait %t[%i], %n : memref<?xi32>
  return
}
func.func @dma_unranked(%u: memref<*xi32>, %i: index, %n: index) {
  %t = memref.cast %u : memref<*xi32> to memref<?xi32>
  memref.dma_wait %t[%i], %n : memref<?xi32>
  return
}
func.func @distinct(%a: memref<4xf32>, %b: memref<8xi32, 1>) -> memref<4xf32> {
  %0:2 = memref.distinct_objects %a, %b : memref<4xf32>, memref<8xi32, 1>
  %1 = memref.distinct_objects %b : memref<8xi32, 1>
  return %0#0 : memref<4xf32>
}
