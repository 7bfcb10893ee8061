// memref alloca_scope (with and without results, implicit and explicit terminator,
// nested, discardable attributes), realloc (static and dynamic result, alignment) and
// prefetch (read/write, every locality, data/instr caches, rank 0 and 2).
// interop: custom form drops locations (elided implicit alloca_scope.return).
func.func @scopes(%n: index) -> index {
  memref.alloca_scope {
    %a = memref.alloca(%n) : memref<?xf32>
    "test.use"(%a) : (memref<?xf32>) -> ()
  }
  %r = memref.alloca_scope -> (index) {
    %x = arith.addi %n, %n : index
    memref.alloca_scope.return %x : index
  } {test.attr}
  %p:2 = memref.alloca_scope -> (index, f32) {
    %c = arith.constant 1.0 : f32
    memref.alloca_scope {
      memref.alloca_scope.return
    }
    memref.alloca_scope.return %r, %c : index, f32
  }
  return %p#0 : index
}
func.func @reallocs(%m: memref<4xf32>, %g: memref<4xi8, 1>, %n: index) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xf32>
  %1 = memref.realloc %m(%n) : memref<4xf32> to memref<?xf32>
  %2 = memref.realloc %g alignment = 16 {test.attr} : memref<4xi8, 1> to memref<2xi8, 1>
  %3 = memref.realloc %m(%n) alignment = 64 : memref<4xf32> to memref<?xf32>
  return
}
func.func @prefetches(%m: memref<4x?xf32>, %z: memref<f16, 2>, %i: index) {
  memref.prefetch %m[%i, %i], read, locality<0>, data : memref<4x?xf32>
  memref.prefetch %m[%i, %i], write, locality<1>, instr : memref<4x?xf32>
  memref.prefetch %z[], read, locality<2>, instr : memref<f16, 2>
  memref.prefetch %m[%i, %i], write, locality<3>, data : memref<4x?xf32>
  return
}
