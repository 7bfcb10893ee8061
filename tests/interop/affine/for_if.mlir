// affine.for and affine.if: constant, SSA and map bounds with max / min, steps,
// iter_args with results, nested loops using induction variables as dims, negative
// bounds, trailing attributes, if with symbols, else regions and results, implicit
// affine.yield.
// interop: custom form drops locations (of implicit affine.yield ops and iteration
// arguments).
func.func @loops(%m: memref<16x16xf32>, %n: index) {
  affine.for %i = 0 to 16 {
    affine.for %j = max affine_map<(d0)[s0] -> (d0, s0)>(%i)[%n] to min affine_map<(d0) -> (d0 + 4, 16)>(%i) step 2 {
      %v = affine.load %m[%i, %j] : memref<16x16xf32>
      affine.store %v, %m[%j, %i] : memref<16x16xf32>
    }
    affine.for %k = %n to affine_map<(d0) -> (d0)>(%i) {
    }
  }
  affine.for %i = -4 to 4 {
  } {unroll}
  return
}
func.func @reduce(%m: memref<16xf32>, %init: f32, %lo: index, %hi: index) -> (f32, index) {
  %c0 = arith.constant 0 : index
  %r:2 = affine.for %i = %lo to %hi step 4 iter_args(%acc = %init, %cnt = %c0) -> (f32, index) {
    %v = affine.load %m[%i] : memref<16xf32>
    %next = affine.apply affine_map<(d0) -> (d0 + 1)>(%cnt)
    affine.yield %v, %next : f32, index
  }
  return %r#0, %r#1 : f32, index
}
func.func @conditions(%m: memref<16xf32>, %a: index, %n: index) -> f32 {
  affine.if affine_set<(d0)[s0] : (d0 - 10 >= 0, s0 - d0 == 0)>(%a)[%n] {
    %v = affine.load %m[%a] : memref<16xf32>
  }
  affine.if affine_set<(d0) : (d0 >= 0)>(%a) {
  } else {
  }
  %r = affine.if affine_set<(d0) : (d0 >= 0)>(%a) -> f32 {
    %v = affine.load %m[%a] : memref<16xf32>
    affine.yield %v : f32
  } else {
    %v = affine.load %m[0] : memref<16xf32>
    affine.yield %v : f32
  }
  affine.for %i = 0 to 10 {
    affine.if affine_set<(d0)[s0] : (d0 + s0 - 5 >= 0)>(%i)[%n] {
      affine.store %r, %m[%i] : memref<16xf32>
    }
  }
  return %r : f32
}
