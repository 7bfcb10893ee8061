// memref element access and whole-buffer ops: load and store (alignment and nontemporal
// in either order; no nontemporal(false): MLIR's custom form drops it), atomic_rmw with every
// kind and both spellings of the kind, dim, rank, copy (ranked and unranked) and the
// casts MLIR allows (static to dynamic sizes and strides, ranked to unranked and back).
func.func @access(%m: memref<8x16xf32>, %i: index, %v: f32, %n: memref<4xi32>, %w: i32,
                  %z: memref<f16>, %h: f16) {
  %0 = memref.load %m[%i, %i] : memref<8x16xf32>
  %1 = memref.load %m[%i, %i] nontemporal(true) alignment(4) {test.attr} : memref<8x16xf32>
  %2 = memref.load %z[] : memref<f16>
  memref.store %v, %m[%i, %i] : memref<8x16xf32>
  memref.store %v, %m[%i, %i] alignment(16) nontemporal(true) : memref<8x16xf32>
  memref.store %h, %z[] : memref<f16>
  %3 = "memref.load"(%m, %i, %i) <{nontemporal = true}> : (memref<8x16xf32>, index, index) -> f32
  %inv = memref.load %m[%i, %i] alignment(8) invariant(true) nontemporal(true) : memref<8x16xf32>
  %a0 = memref.atomic_rmw addf %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  %a1 = memref.atomic_rmw addi %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a2 = memref.atomic_rmw andi %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a3 = memref.atomic_rmw assign %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a4 = memref.atomic_rmw maximumf %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  %a5 = memref.atomic_rmw maxnumf %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  %a6 = memref.atomic_rmw maxs %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a7 = memref.atomic_rmw maxu %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a8 = memref.atomic_rmw minimumf %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  %a9 = memref.atomic_rmw minnumf %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  %a10 = memref.atomic_rmw mins %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a11 = memref.atomic_rmw minu %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a12 = memref.atomic_rmw mulf %v, %m[%i, %i] {test.attr} : (f32, memref<8x16xf32>) -> f32
  %a13 = memref.atomic_rmw muli %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a14 = memref.atomic_rmw ori %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %a15 = memref.atomic_rmw "xori" %w, %n[%i] : (i32, memref<4xi32>) -> i32
  return
}
func.func @whole(%m: memref<8x16xf32>, %u: memref<*xf32>, %i: index, %s: memref<8x16xf32, strided<[32, 1], offset: 4>>) {
  %c1 = arith.constant 1 : index
  %0 = memref.dim %m, %c1 : memref<8x16xf32>
  %1 = memref.dim {test.attr} %u, %i : memref<*xf32>
  %2 = memref.rank %u : memref<*xf32>
  %3 = memref.rank %m {test.attr} : memref<8x16xf32>
  memref.copy %m, %m : memref<8x16xf32> to memref<8x16xf32>
  memref.copy %u, %m {test.attr} : memref<*xf32> to memref<8x16xf32>
  %4 = memref.cast %m : memref<8x16xf32> to memref<?x?xf32>
  %5 = memref.cast %u : memref<*xf32> to memref<4xf32>
  %6 = memref.cast %m : memref<8x16xf32> to memref<*xf32>
  %7 = memref.cast %m : memref<8x16xf32> to memref<8x16xf32, strided<[?, ?], offset: ?>>
  %8 = memref.cast %s : memref<8x16xf32, strided<[32, 1], offset: 4>> to memref<?x16xf32, strided<[?, 1], offset: ?>>
  %9 = memref.cast %4 {test.attr} : memref<?x?xf32> to memref<8x16xf32>
  return
}
