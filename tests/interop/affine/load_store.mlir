// affine.load and affine.store: subscripts as affine expressions of SSA values printed
// inline (constants, negation, mod / floordiv / ceildiv, `symbol(%x)`, a value used
// twice), rank-0 memrefs, attributes before the type.
func.func @memory(%m: memref<16x16xf32>, %s: memref<f32>, %i: index, %j: index, %n: index) {
  %v = affine.load %m[%i + 3, %j * 2] : memref<16x16xf32>
  affine.store %v, %m[%i, %j + symbol(%n)] : memref<16x16xf32>
  %w = affine.load %m[(%i floordiv 2) mod 4, -%j + 15] {tag} : memref<16x16xf32>
  %x = affine.load %m[%i ceildiv 3, %i + %i] : memref<16x16xf32>
  affine.store %w, %m[0, 15] {nontemporal = true} : memref<16x16xf32>
  %y = affine.load %s[] : memref<f32>
  affine.store %y, %s[] : memref<f32>
  %z = affine.load %m[symbol(%n) * 2, %i * symbol(%n)] : memref<16x16xf32>
  return
}
