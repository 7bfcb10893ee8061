// canonicalize, memref element access: memref.cast folded into load/store/atomic_rmw/dealloc/
// dim/copy/cast (not from unranked; into copy only when the cast loses information), dim of
// alloc/alloca/view/subview sizes, rank, alloc/alloca constant sizes (not negative), dead
// allocs, self/empty copies.
func.func @load_cast(%m: memref<4xf32>, %i: index) -> f32 {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %v = memref.load %c[%i] : memref<?xf32>
  return %v : f32
}
func.func @load_cast_more_static(%m: memref<?xf32>, %i: index) -> f32 {
  %c = memref.cast %m : memref<?xf32> to memref<4xf32>
  %v = memref.load %c[%i] : memref<4xf32>
  return %v : f32
}
func.func @load_cast_unranked(%m: memref<*xf32>, %i: index) -> f32 {
  %c = memref.cast %m : memref<*xf32> to memref<4xf32>
  %v = memref.load %c[%i] : memref<4xf32>
  return %v : f32
}
func.func @store_dealloc_cast(%m: memref<4xf32>, %i: index, %v: f32) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  memref.store %v, %c[%i] : memref<?xf32>
  memref.dealloc %c : memref<?xf32>
  return
}
func.func @atomic_cast(%m: memref<4xf32>, %i: index, %v: f32) -> f32 {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %r = memref.atomic_rmw addf %v, %c[%i] : (f32, memref<?xf32>) -> f32
  return %r : f32
}
func.func @cast_cast(%m: memref<4xf32>) -> (memref<4xf32>, memref<*xf32>) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %d = memref.cast %c : memref<?xf32> to memref<4xf32>
  %e = memref.cast %c : memref<?xf32> to memref<*xf32>
  return %d, %e : memref<4xf32>, memref<*xf32>
}
func.func @dim_alloc(%n: index, %k: index) -> (index, index, index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = memref.alloc(%n, %k) : memref<?x4x?xf32>
  %b = memref.alloca(%k) : memref<?xf32>
  %d0 = memref.dim %a, %c0 : memref<?x4x?xf32>
  %c2 = arith.constant 2 : index
  %d2 = memref.dim %a, %c2 : memref<?x4x?xf32>
  %e = memref.dim %b, %c0 : memref<?xf32>
  %d1 = memref.dim %a, %c1 : memref<?x4x?xf32>
  "test.use"(%a, %b) : (memref<?x4x?xf32>, memref<?xf32>) -> ()
  return %d0, %d2, %e, %d1 : index, index, index, index
}
func.func @dim_cast(%m: memref<?xf32>, %u: memref<*xf32>) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c = memref.cast %m : memref<?xf32> to memref<?xf32, strided<[?], offset: ?>>
  %d = memref.dim %c, %c0 : memref<?xf32, strided<[?], offset: ?>>
  %e = memref.dim %u, %c0 : memref<*xf32>
  return %d, %e : index, index
}
func.func @dim_subview(%m: memref<?x?xf32>, %n: index, %o: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = memref.subview %m[%o, 0] [%n, 1] [1, 1] : memref<?x?xf32> to memref<?xf32, strided<[?], offset: ?>>
  %d = memref.dim %s, %c0 : memref<?xf32, strided<[?], offset: ?>>
  %t = memref.subview %m[0, 0] [%n, %o] [1, 1] : memref<?x?xf32> to memref<?x?xf32, strided<[?, 1]>>
  %e = memref.dim %t, %c1 : memref<?x?xf32, strided<[?, 1]>>
  return %d, %e : index, index
}
func.func @dim_view(%buf: memref<2048xi8>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %v = memref.view %buf[%c0][%n] : memref<2048xi8> to memref<?x4xf32>
  %d = memref.dim %v, %c0 : memref<?x4xf32>
  return %d : index
}
func.func @alloc_const(%n: index) -> memref<?x?xf32> {
  %c4 = arith.constant 4 : index
  %a = memref.alloc(%c4, %n) alignment = 16 : memref<?x?xf32>
  return %a : memref<?x?xf32>
}
func.func @alloca_const_negative() -> (memref<?xf32>, memref<?xf32>) {
  %c4 = arith.constant 4 : index
  %cm1 = arith.constant -1 : index
  %a = memref.alloca(%c4) : memref<?xf32>
  %b = memref.alloca(%cm1) : memref<?xf32>
  return %a, %b : memref<?xf32>, memref<?xf32>
}
func.func @dead_alloc(%v: f32, %i: index) {
  %a = memref.alloc() : memref<4xf32>
  memref.store %v, %a[%i] : memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  %b = memref.alloca() : memref<4xf32>
  memref.store %v, %b[%i] : memref<4xf32>
  %c = memref.alloc() : memref<4xf32>
  %x = memref.load %c[%i] : memref<4xf32>
  "test.use"(%x) : (f32) -> ()
  return
}
func.func @copies(%a: memref<4xf32>, %b: memref<4xf32>, %e: memref<0xf32>, %f: memref<0xf32>) {
  memref.copy %a, %a : memref<4xf32> to memref<4xf32>
  %c = memref.cast %a : memref<4xf32> to memref<?xf32>
  %d = memref.cast %b : memref<4xf32> to memref<?xf32>
  memref.copy %c, %d : memref<?xf32> to memref<?xf32>
  memref.copy %e, %f : memref<0xf32> to memref<0xf32>
  memref.copy %a, %b : memref<4xf32> to memref<4xf32>
  return
}
func.func @copy_more_static(%a: memref<?xf32>, %b: memref<4xf32>) {
  %c = memref.cast %a : memref<?xf32> to memref<4xf32>
  memref.copy %c, %b : memref<4xf32> to memref<4xf32>
  return
}
