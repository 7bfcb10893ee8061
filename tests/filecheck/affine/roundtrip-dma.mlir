// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// affine.prefetch, affine.dma_start and affine.dma_wait in their custom forms, as
// iree-opt prints them: subscripts are affine expressions over the SSA names.

// CHECK-LABEL: func.func @prefetch(
// CHECK-NEXT: affine.prefetch %arg0[%arg1, %arg2 + 5], read, locality<3>, data : memref<400x400xi32>
// CHECK-NEXT: affine.prefetch %arg0[%arg1 floordiv 2, symbol(%arg2)], write, locality<0>, instr {foo = 1 : i64} : memref<400x400xi32>
func.func @prefetch(%m: memref<400x400xi32>, %i: index, %j: index) {
  affine.prefetch %m[%i, %j + 5], read, locality<3>, data : memref<400x400xi32>
  affine.prefetch %m[%i floordiv 2, symbol(%j)], write, locality<0>, instr {foo = 1} : memref<400x400xi32>
  return
}

// CHECK-LABEL: func.func @dma(
// CHECK-NEXT: affine.dma_start %arg0[%arg3, %arg3 + 1], %arg1[%arg3, 0], %arg2[0], %arg4 : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK-NEXT: affine.dma_start %arg0[%arg3, %arg3], %arg1[%arg3, 0], %arg2[%arg3], %arg4, %arg5, %arg6 : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK-NEXT: affine.dma_wait %arg2[%arg3 + 1], %arg4 : memref<1xi32>
func.func @dma(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %num: index, %s: index, %n: index) {
  affine.dma_start %src[%i, %i + 1], %dst[%i, 0], %tag[0], %num : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  affine.dma_start %src[%i, %i], %dst[%i, 0], %tag[%i], %num, %s, %n : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  affine.dma_wait %tag[%i + 1], %num : memref<1xi32>
  return
}

// CHECK-LABEL: func.func @dma_0d(
// CHECK-NEXT: affine.dma_start %arg0[], %arg1[], %arg2[], %arg3 : memref<f32>, memref<f32, 1>, memref<i32>
// CHECK-NEXT: affine.dma_wait %arg2[], %arg3 : memref<i32>
func.func @dma_0d(%src: memref<f32>, %dst: memref<f32, 1>, %tag: memref<i32>, %num: index) {
  affine.dma_start %src[], %dst[], %tag[], %num : memref<f32>, memref<f32, 1>, memref<i32>
  affine.dma_wait %tag[], %num : memref<i32>
  return
}
