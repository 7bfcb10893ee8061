// canonicalize, affine.load of memref.get_global: a constant global folds at constant
// indices (any indices for a splat). Negative cases: a non-constant global, a dynamic
// index into a non-splat constant (which only gets its index promoted to a symbol).
memref.global "private" constant @cst : memref<2x3xf32> = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]>
memref.global "private" constant @splat : memref<4xi32> = dense<7>
memref.global "private" @var : memref<4xi32> = dense<7>
func.func @load_global(%i: index) -> (f32, i32, i32, f32) {
  %g = memref.get_global @cst : memref<2x3xf32>
  %s = memref.get_global @splat : memref<4xi32>
  %v = memref.get_global @var : memref<4xi32>
  %0 = affine.load %g[1, 2] : memref<2x3xf32>
  %1 = affine.load %s[%i] : memref<4xi32>
  %2 = affine.load %v[0] : memref<4xi32>
  %3 = affine.load %g[%i, 2] : memref<2x3xf32>
  return %0, %1, %2, %3 : f32, i32, i32, f32
}
