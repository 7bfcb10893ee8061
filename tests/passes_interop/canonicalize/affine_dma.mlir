// canonicalize, affine.prefetch / affine.dma_start / affine.dma_wait: memref.cast operands
// of a ranked source folded away (each memref of a dma_start), prefetch subscripts
// simplified (SimplifyAffineOp: affine.apply producers composed, constants folded in,
// symbols promoted, duplicate operands merged); dma maps are not simplified; an unused
// dma_wait is dead (its only effect is a read of the tag). Negative cases: a cast from an
// unranked memref, dma_start subscripts with foldable producers.
func.func @prefetch_cast(%m: memref<4x4xf32>, %i: index) {
  %c = memref.cast %m : memref<4x4xf32> to memref<?x?xf32>
  affine.for %j = 0 to 4 {
    affine.prefetch %c[%i, %j], read, locality<3>, data : memref<?x?xf32>
  }
  return
}
func.func @prefetch_unranked(%m: memref<*xf32>, %i: index) {
  %c = memref.cast %m : memref<*xf32> to memref<?xf32>
  affine.prefetch %c[%i], write, locality<1>, instr : memref<?xf32>
  return
}
func.func @prefetch_compose(%m: memref<100xf32>) {
  %c3 = arith.constant 3 : index
  affine.for %j = 0 to 10 {
    %a = affine.apply affine_map<(d0) -> (d0 * 2 + 1)>(%j)
    affine.prefetch %m[%a + %c3], read, locality<2>, data : memref<100xf32>
  }
  return
}
func.func @prefetch_dup(%m: memref<100x100xf32>) {
  affine.for %j = 0 to 10 {
    affine.prefetch %m[%j, %j + 1], read, locality<2>, data : memref<100x100xf32>
  }
  return
}
func.func @prefetch_symbols(%m: memref<100x100xf32>, %i: index, %k: index) {
  affine.prefetch %m[%i, %k * 2], read, locality<0>, data {foo = 1} : memref<100x100xf32>
  return
}
func.func @dma_cast(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %num: index) {
  %s = memref.cast %src : memref<40x128xf32> to memref<?x?xf32>
  %d = memref.cast %dst : memref<2x1024xf32, 1> to memref<?x1024xf32, 1>
  %t = memref.cast %tag : memref<1xi32> to memref<?xi32>
  affine.dma_start %s[%i, %i + 1], %d[%i, 0], %t[0], %num : memref<?x?xf32>, memref<?x1024xf32, 1>, memref<?xi32>
  affine.dma_wait %t[0], %num : memref<?xi32>
  return
}
func.func @dma_strided_cast(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %num: index, %st: index, %per: index) {
  %t = memref.cast %tag : memref<1xi32> to memref<?xi32>
  affine.for %i = 0 to 2 {
    affine.dma_start %src[%i, 0], %dst[%i, 0], %t[%i], %num, %st, %per : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<?xi32>
    affine.dma_wait %t[%i], %num : memref<?xi32>
  }
  return
}
func.func @dma_no_simplify(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %num: index) {
  %c1 = arith.constant 1 : index
  affine.for %i = 0 to 2 {
    %a = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    affine.dma_start %src[%a, %c1], %dst[%i, %i], %tag[%c1 - 1], %num : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  }
  return
}
func.func @dma_wait_dead(%tag: memref<1xi32>, %num: index) {
  affine.dma_wait %tag[0], %num : memref<1xi32>
  return
}
func.func @dma_wait_unranked(%tag: memref<*xi32>, %num: index) {
  %t = memref.cast %tag : memref<*xi32> to memref<1xi32>
  affine.dma_wait %t[0], %num : memref<1xi32>
  "test.use"(%t) : (memref<1xi32>) -> ()
  return
}
