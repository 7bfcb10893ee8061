// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// affine.prefetch / affine.dma_start / affine.dma_wait: memref.cast operands of a ranked
// source are folded away; prefetch subscripts are simplified (SimplifyAffineOp), dma maps
// are not; an unused dma_wait only reads its tag, so it is dead.

// CHECK-LABEL: func.func @prefetch_cast(
// CHECK-NOT: memref.cast
// CHECK: affine.prefetch %arg0[symbol(%arg1), %arg2], read, locality<3>, data : memref<4x4xf32>
func.func @prefetch_cast(%m: memref<4x4xf32>, %i: index) {
  %c = memref.cast %m : memref<4x4xf32> to memref<?x?xf32>
  affine.for %j = 0 to 4 {
    affine.prefetch %c[%i, %j], read, locality<3>, data : memref<?x?xf32>
  }
  return
}

// A cast from an unranked memref stays.
// CHECK-LABEL: func.func @prefetch_unranked(
// CHECK-NEXT: %[[C:.*]] = memref.cast %arg0 : memref<*xf32> to memref<?xf32>
// CHECK-NEXT: affine.prefetch %[[C]][symbol(%arg1)], write, locality<1>, instr : memref<?xf32>
func.func @prefetch_unranked(%m: memref<*xf32>, %i: index) {
  %c = memref.cast %m : memref<*xf32> to memref<?xf32>
  affine.prefetch %c[%i], write, locality<1>, instr : memref<?xf32>
  return
}

// CHECK-LABEL: func.func @prefetch_compose(
// CHECK-NEXT: affine.for %[[J:.*]] = 0 to 10 {
// CHECK-NEXT: affine.prefetch %arg0[%[[J]] * 2 + 4], read, locality<2>, data : memref<100xf32>
func.func @prefetch_compose(%m: memref<100xf32>) {
  %c3 = arith.constant 3 : index
  affine.for %j = 0 to 10 {
    %a = affine.apply affine_map<(d0) -> (d0 * 2 + 1)>(%j)
    affine.prefetch %m[%a + %c3], read, locality<2>, data : memref<100xf32>
  }
  return
}

// CHECK-LABEL: func.func @dma_cast(
// CHECK-NEXT: affine.dma_start %arg0[%arg3, %arg3 + 1], %arg1[%arg3, 0], %arg2[0], %arg4 : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK-NEXT: return
func.func @dma_cast(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %num: index) {
  %s = memref.cast %src : memref<40x128xf32> to memref<?x?xf32>
  %d = memref.cast %dst : memref<2x1024xf32, 1> to memref<?x1024xf32, 1>
  %t = memref.cast %tag : memref<1xi32> to memref<?xi32>
  affine.dma_start %s[%i, %i + 1], %d[%i, 0], %t[0], %num : memref<?x?xf32>, memref<?x1024xf32, 1>, memref<?xi32>
  affine.dma_wait %t[0], %num : memref<?xi32>
  return
}

// CHECK-LABEL: func.func @dma_no_simplify(
// CHECK: %[[A:.*]] = affine.apply
// CHECK-NEXT: affine.dma_start %arg0[%[[A]], %c1], %arg1[%{{.*}}, %{{.*}}], %arg2[%c1 - 1], %arg3
func.func @dma_no_simplify(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %num: index) {
  %c1 = arith.constant 1 : index
  affine.for %i = 0 to 2 {
    %a = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    affine.dma_start %src[%a, %c1], %dst[%i, %i], %tag[%c1 - 1], %num : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  }
  return
}
