// RUN: pyir-opt %s | FileCheck %s

// memref.transpose result types are compared by their canonical strided layout, as MLIR
// does: the stride of a size-1 dim still counts (it is part of the layout expression),
// and a strided layout equal to the identity one (`strided<[1, 1]>` on 4x1) is the
// identity. iree-opt accepts each of these.

// CHECK-LABEL: func.func @unit_dims(
// CHECK: memref.transpose %arg0 (d0, d1) -> (d1, d0) : memref<1x8xf32> to memref<8x1xf32, strided<[1, 8]>>
// CHECK: memref.transpose %arg1 (d0, d1) -> (d1, d0) : memref<1x8xf32, strided<[3, 1]>> to memref<8x1xf32, strided<[1, 3]>>
// CHECK: memref.transpose %arg2 (d0, d1) -> (d0, d1) : memref<4x1xf32> to memref<4x1xf32, strided<[1, 1]>>
// CHECK: memref.transpose %arg3 (d0, d1) -> (d1, d0) : memref<?x1xf32> to memref<1x?xf32, strided<[1, 1]>>
// CHECK: memref.transpose %arg4 (d0, d1, d2) -> (d2, d0, d1) : memref<4x8x1xf32> to memref<1x4x8xf32, strided<[1, 8, 1]>>
func.func @unit_dims(%a: memref<1x8xf32>, %b: memref<1x8xf32, strided<[3, 1]>>, %c: memref<4x1xf32>, %d: memref<?x1xf32>, %e: memref<4x8x1xf32>) {
  %0 = memref.transpose %a (d0, d1) -> (d1, d0) : memref<1x8xf32> to memref<8x1xf32, strided<[1, 8]>>
  %1 = memref.transpose %b (d0, d1) -> (d1, d0) : memref<1x8xf32, strided<[3, 1]>> to memref<8x1xf32, strided<[1, 3]>>
  %2 = memref.transpose %c (d0, d1) -> (d0, d1) : memref<4x1xf32> to memref<4x1xf32, strided<[1, 1]>>
  %3 = memref.transpose %d (d0, d1) -> (d1, d0) : memref<?x1xf32> to memref<1x?xf32, strided<[1, 1]>>
  %4 = memref.transpose %e (d0, d1, d2) -> (d2, d0, d1) : memref<4x8x1xf32> to memref<1x4x8xf32, strided<[1, 8, 1]>>
  return
}
