// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// CHECK-LABEL: func.func @dma
// CHECK:         memref.dma_start %arg0[%arg4, %arg4], %arg1[%arg4, %arg4], %arg5, %arg2[%arg4] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK:         memref.dma_start %arg0[%arg4, %arg4], %arg1[%arg4, %arg4], %arg5, %arg2[%arg4], %arg5, %arg4 : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK:         memref.dma_start %arg3[], %arg1[%arg4, %arg4], %arg5, %arg2[%arg4] : memref<f16>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK:         memref.dma_wait %arg2[%arg4], %arg5 {test.attr} : memref<1xi32>
func.func @dma(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>,
               %s0: memref<f16>, %i: index, %n: index) {
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %n, %i : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_start %s0[], %dst[%i, %i], %n, %tag[%i] : memref<f16>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_wait %tag[%i], %n {test.attr} : memref<1xi32>
  return
}
