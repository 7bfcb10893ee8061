// Canonicalization around memref.generic_atomic_rmw (MLIR has no patterns for it: its
// region's constants are hoisted out, its pure body folds, and an unused one stays since
// it writes memory) and memref.extract_aligned_pointer_as_index (pure: dead when unused).
func.func @hoist_constant(%m: memref<10xf32>, %i: index) -> f32 {
  %x = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
  ^bb0(%cur : f32):
    %c1 = arith.constant 1.0 : f32
    %inc = arith.addf %c1, %cur : f32
    memref.atomic_yield %inc : f32
  }
  return %x : f32
}
func.func @fold_body(%m: memref<4x?xi64>, %i: index) -> i64 {
  %x = memref.generic_atomic_rmw %m[%i, %i] : memref<4x?xi64> {
  ^bb0(%cur : i64):
    %c0 = arith.constant 0 : i64
    %s = arith.addi %cur, %c0 : i64
    memref.atomic_yield %s : i64
  }
  return %x : i64
}
func.func @unused_stays(%m: memref<i32>) {
  %x = memref.generic_atomic_rmw %m[] : memref<i32> {
  ^bb0(%cur : i32):
    memref.atomic_yield %cur : i32
  }
  return
}
func.func @pointer_unused(%m: memref<10xf32>) {
  %p = memref.extract_aligned_pointer_as_index %m : memref<10xf32> -> index
  return
}
func.func @pointer_used(%m: memref<*xf32>) -> index {
  %p = memref.extract_aligned_pointer_as_index %m : memref<*xf32> -> index
  return %p : index
}
