// memref.generic_atomic_rmw (integer and float elements, rank 0 and 2, nested pure ops,
// a discardable attribute) with memref.atomic_yield, and
// memref.extract_aligned_pointer_as_index of ranked and unranked memrefs.
func.func @atomics(%m: memref<10xf32>, %z: memref<i32>, %t: memref<4x?xi64, 1>, %i: index) -> f32 {
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
  %w = memref.generic_atomic_rmw %t[%i, %i] : memref<4x?xi64, 1> {
  ^bb0(%cur : i64):
    %c = arith.constant 3 : i64
    %s = arith.muli %cur, %c : i64
    memref.atomic_yield %s : i64
  }
  return %x : f32
}
func.func @pointers(%m: memref<10xf32>, %u: memref<*xi8, 2>) -> (index, index) {
  %p = memref.extract_aligned_pointer_as_index %m : memref<10xf32> -> index
  %q = memref.extract_aligned_pointer_as_index %u : memref<*xi8, 2> -> index {test.attr}
  return %p, %q : index, index
}
