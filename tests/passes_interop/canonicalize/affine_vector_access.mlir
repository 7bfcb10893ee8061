// canonicalize, affine.vector_load / affine.vector_store (SimplifyAffineOp): affine.apply
// producers composed into the subscript map, constant operands folded into it, values
// that are valid symbols promoted to symbols, duplicate operands merged. Negative cases:
// a memref.cast source is not folded (MLIR has no fold for these ops), an access whose map
// is already canonical is kept.
func.func @compose(%m: memref<100x100xf32>, %i: index, %j: index) -> vector<8xf32> {
  %c1 = arith.constant 1 : index
  %k = affine.apply affine_map<(d0) -> (d0 + 2)>(%i)
  %cast = memref.cast %m : memref<100x100xf32> to memref<?x?xf32>
  %v = affine.vector_load %cast[%k + symbol(%c1), %j] : memref<?x?xf32>, vector<8xf32>
  affine.vector_store %v, %cast[%k, %j * 2] : memref<?x?xf32>, vector<8xf32>
  return %v : vector<8xf32>
}
func.func @in_loop(%m: memref<16x32xf32>, %n: index) {
  affine.for %k = 0 to 16 {
    %a = affine.apply affine_map<(d0) -> (d0 * 2)>(%k)
    %w = affine.vector_load %m[%a, %k + %k] : memref<16x32xf32>, vector<8xf32>
    affine.vector_store %w, %m[%k, symbol(%n)] : memref<16x32xf32>, vector<8xf32>
  }
  return
}
func.func @canonical(%m: memref<16x32xf32>) {
  affine.for %k = 0 to 16 {
    %w = affine.vector_load %m[%k, %k + 1] : memref<16x32xf32>, vector<2x4xf32>
    affine.vector_store %w, %m[%k, 3] : memref<16x32xf32>, vector<2x4xf32>
  }
  return
}
