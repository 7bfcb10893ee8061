// canonicalize, affine semi-affine maps (MLIR's simplifyAffineExpr on products and
// divisions by symbols): terms are ordered by dim / symbol position with a dim before the
// products and symbols of its position (`s0 * -3 + s0 * s1`), then other products, then
// the constant; a division by a symbol that divides its operand is simplified (mod -> 0,
// floordiv / ceildiv -> the quotient); `(x - x mod s) mod s` is 0; maps already in plain
// flat form stay as written.
func.func @semi_symbols(%a: index, %b: index) -> (index, index) {
  %0 = affine.apply affine_map<()[s0, s1] -> (s0 * s1 - s0 * 3)>()[%a, %b]
  %1 = affine.apply affine_map<()[s0, s1] -> (s1 * s0 + s0 * 2 + s1)>()[%a, %b]
  return %0, %1 : index, index
}
func.func @semi_in_loop(%a: index, %b: index, %m: memref<?xindex>) {
  affine.for %i = 0 to 10 {
    affine.for %j = 0 to 10 {
      %0 = affine.apply affine_map<(d0, d1)[s0, s1] -> (d1 * s1 + d0 * s0 + d1 + d0 + s1 + s0 + 7)>(%i, %j)[%a, %b]
      %1 = affine.apply affine_map<(d0)[s0] -> ((d0 * s0) floordiv s0)>(%i)[%a]
      %2 = affine.apply affine_map<(d0)[s0] -> ((d0 * s0 + s0 * 4) mod s0)>(%i)[%a]
      %3 = affine.apply affine_map<(d0)[s0] -> ((d0 * s0 + s0) ceildiv s0)>(%i)[%a]
      %4 = affine.apply affine_map<(d0)[s0] -> ((d0 - d0 mod s0) mod s0)>(%i)[%a]
      %5 = affine.apply affine_map<(d0, d1)[s0, s1] -> (d0 mod s1 + d1 floordiv s0 + d0 floordiv 4 + d1 mod 3)>(%i, %j)[%a, %b]
      %6 = affine.apply affine_map<(d0)[s0, s1] -> ((d0 * s0) floordiv s1 + d0)>(%i)[%a, %b]
      %7 = affine.apply affine_map<(d0)[s0] -> (d0 * s0 + 3 + d0 * s0 * 2)>(%i)[%a]
      %8 = affine.apply affine_map<(d0)[s0] -> (((d0 * s0) * s0) floordiv s0)>(%i)[%a]
      %9 = affine.apply affine_map<(d0)[s0] -> ((d0 floordiv s0) floordiv 2)>(%i)[%a]
      %10 = affine.apply affine_map<(d0)[s0] -> ((d0 * 2 + 4) floordiv s0 + (d0 + 2) floordiv s0)>(%i)[%a]
      %11 = affine.apply affine_map<(d0)[s0] -> ((d0 * s0 + d0) mod s0)>(%i)[%a]
      %12 = affine.apply affine_map<(d0, d1)[s0] -> (d1 * s0 + d0 * s0 - d1)>(%i, %j)[%a]
      %13 = affine.apply affine_map<(d0)[s0, s1] -> ((d0 + s0) * s1 + d0 * 2)>(%i)[%a, %b]
      "test.use"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13) : (index, index, index, index, index, index, index, index, index, index, index, index, index, index) -> ()
    }
  }
  return
}
func.func @semi_min_max_bounds(%a: index, %b: index, %m: memref<?xf32>) {
  affine.for %i = 0 to affine_map<()[s0, s1] -> (s1 * s0 - s0 * 3)>()[%a, %b] {
    %0 = affine.min affine_map<(d0)[s0, s1] -> (s0 * s1 - s0 * 3, d0 * s0 + d0)>(%i)[%a, %b]
    %1 = affine.max affine_map<(d0)[s0] -> ((d0 * s0) floordiv s0, 0)>(%i)[%a]
    %v = affine.load %m[%i * symbol(%a) + %i * 2] : memref<?xf32>
    affine.store %v, %m[(%i * symbol(%a)) floordiv symbol(%a)] : memref<?xf32>
    "test.use"(%0, %1) : (index, index) -> ()
  }
  return
}
func.func @minmax(%i: index, %j: index, %n: index) -> (index, index, index, index, index) {
  %0 = affine.min affine_map<(d0)[s0] -> (s0 * s0, d0 * 2, 8)>(%i)[%n]
  %1 = affine.max affine_map<(d0, d1) -> (d0 floordiv 2, d1 mod 3, d0 + d1)>(%i, %j)
  %2 = affine.min affine_map<(d0) -> (d0 * 2 - 1, d0 + d0 - 1)>(%i)
  %3 = affine.min affine_map<(d0)[s0] -> (d0 * s0, s0 * d0 + 1)>(%i)[%n]
  %c5 = arith.constant 5 : index
  %4 = affine.max affine_map<(d0)[s0] -> (d0 mod s0, d0 floordiv s0)>(%c5)[%n]
  return %0, %1, %2, %3, %4 : index, index, index, index, index
}
func.func @loads(%m: memref<?x?xf32>, %i: index, %n: index) -> f32 {
  %c2 = arith.constant 2 : index
  %a = affine.apply affine_map<(d0)[s0] -> (d0 * s0)>(%i)[%n]
  %b = affine.apply affine_map<(d0) -> (d0 floordiv 2)>(%a)
  %v = affine.load %m[%b, %a * symbol(%c2)] : memref<?x?xf32>
  affine.store %v, %m[%b mod 4, %a] : memref<?x?xf32>
  return %v : f32
}
