// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// CHECK-LABEL: func.func @atomics
// CHECK:         %[[X:.*]] = memref.generic_atomic_rmw %arg0[%arg2] : memref<10xf32> {
// CHECK-NEXT:    ^bb0(%[[CUR:.*]]: f32):
// CHECK-NEXT:      %[[C:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:      %[[INC:.*]] = arith.addf %[[C]], %[[CUR]] : f32
// CHECK-NEXT:      memref.atomic_yield %[[INC]] : f32
// CHECK-NEXT:    }
// CHECK:         memref.generic_atomic_rmw %arg1[] : memref<i32> {
// CHECK:         } {test.attr}
func.func @atomics(%m: memref<10xf32>, %z: memref<i32>, %i: index) -> f32 {
  %x = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
  ^bb0(%cur : f32):
    %c1 = arith.constant 1.0 : f32
    %inc = arith.addf %c1, %cur : f32
    memref.atomic_yield %inc : f32
  }
  %y = memref.generic_atomic_rmw %z[] : memref<i32> {
  ^bb0(%cur : i32):
    memref.atomic_yield %cur : i32
  } {test.attr}
  return %x : f32
}

// CHECK-LABEL: func.func @pointers
// CHECK:         %intptr = memref.extract_aligned_pointer_as_index %arg0 : memref<10xf32> -> index
// CHECK:         %intptr_0 = memref.extract_aligned_pointer_as_index %arg1 : memref<*xi8, 2> -> index {test.attr}
func.func @pointers(%m: memref<10xf32>, %u: memref<*xi8, 2>) -> (index, index) {
  %p = memref.extract_aligned_pointer_as_index %m : memref<10xf32> -> index
  %q = memref.extract_aligned_pointer_as_index %u : memref<*xi8, 2> -> index {test.attr}
  return %p, %q : index, index
}
