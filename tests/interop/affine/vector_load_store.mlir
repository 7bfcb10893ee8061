// affine.vector_load and affine.vector_store: subscripts as affine expressions of SSA
// values (symbols, floordiv / mod, constants), attributes, multi-dimensional vectors.
func.func @vector_access(%m: memref<16x32xf32>, %i: index, %j: index, %n: index) {
  %v = affine.vector_load %m[%i floordiv 2, %j mod 4 + symbol(%n)] {tag} : memref<16x32xf32>, vector<2x4xf32>
  affine.vector_store %v, %m[%i * 3 - 1, 5] : memref<16x32xf32>, vector<2x4xf32>
  %w = affine.vector_load %m[%i, %i + 1] : memref<16x32xf32>, vector<8xf32>
  affine.vector_store %w, %m[%j, symbol(%n)] {nontemporal} : memref<16x32xf32>, vector<8xf32>
  return
}
