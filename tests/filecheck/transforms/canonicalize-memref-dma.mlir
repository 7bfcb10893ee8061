// RUN: pyir-opt %s --canonicalize | FileCheck %s

// Casts of ranked memrefs fold into dma_start and dma_wait.
// CHECK-LABEL: func.func @dma_casts
// CHECK-NEXT:    memref.dma_start %arg0[%arg3, %arg3], %arg1[%arg3, %arg3], %arg4, %arg2[%arg3] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK-NEXT:    memref.dma_wait %arg2[%arg3], %arg4 : memref<1xi32>
// CHECK-NEXT:    return
func.func @dma_casts(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  %c = memref.cast %src : memref<40x128xf32> to memref<?x?xf32>
  %d = memref.cast %dst : memref<2x1024xf32, 1> to memref<2x?xf32, 1>
  memref.dma_start %c[%i, %i], %d[%i, %i], %n, %tag[%i] : memref<?x?xf32>, memref<2x?xf32, 1>, memref<1xi32>
  %t = memref.cast %tag : memref<1xi32> to memref<?xi32>
  memref.dma_wait %t[%i], %n : memref<?xi32>
  return
}

// Not a cast of an unranked memref.
// CHECK-LABEL: func.func @dma_unranked
// CHECK-NEXT:    %[[T:.*]] = memref.cast %arg0 : memref<*xi32> to memref<?xi32>
// CHECK-NEXT:    memref.dma_wait %[[T]][%arg1], %arg2 : memref<?xi32>
func.func @dma_unranked(%u: memref<*xi32>, %i: index, %n: index) {
  %t = memref.cast %u : memref<*xi32> to memref<?xi32>
  memref.dma_wait %t[%i], %n : memref<?xi32>
  return
}
