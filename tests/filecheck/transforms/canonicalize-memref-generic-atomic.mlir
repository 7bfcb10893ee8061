// RUN: pyir-opt %s --canonicalize | FileCheck %s

// Constants leave the region; `x + 0` in the body folds; the op itself stays.
// CHECK-LABEL: func.func @hoist_and_fold
// CHECK-NEXT:    %[[C:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:    %[[X:.*]] = memref.generic_atomic_rmw %arg0[%arg1] : memref<10xf32> {
// CHECK-NEXT:    ^bb0(%[[CUR:.*]]: f32):
// CHECK-NEXT:      %[[INC:.*]] = arith.addf %[[CUR]], %[[C]] : f32
// CHECK-NEXT:      memref.atomic_yield %[[INC]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    memref.generic_atomic_rmw %arg2[] : memref<i64> {
// CHECK-NEXT:    ^bb0(%[[CUR2:.*]]: i64):
// CHECK-NEXT:      memref.atomic_yield %[[CUR2]] : i64
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[X]]
func.func @hoist_and_fold(%m: memref<10xf32>, %i: index, %z: memref<i64>) -> f32 {
  %x = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
  ^bb0(%cur : f32):
    %c1 = arith.constant 1.0 : f32
    %inc = arith.addf %c1, %cur : f32
    memref.atomic_yield %inc : f32
  }
  %y = memref.generic_atomic_rmw %z[] : memref<i64> {
  ^bb0(%cur : i64):
    %c0 = arith.constant 0 : i64
    %s = arith.addi %cur, %c0 : i64
    memref.atomic_yield %s : i64
  }
  return %x : f32
}

// An unused extract_aligned_pointer_as_index is dead.
// CHECK-LABEL: func.func @pointer_unused
// CHECK-NEXT:    return
func.func @pointer_unused(%m: memref<10xf32>) {
  %p = memref.extract_aligned_pointer_as_index %m : memref<10xf32> -> index
  return
}
