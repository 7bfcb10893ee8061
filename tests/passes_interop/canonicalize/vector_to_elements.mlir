// canonicalize, vector.to_elements and the rewrites that produce it: to_elements of a
// from_elements (its elements), of a scalar broadcast (the scalar, 0-d included), of a
// vector broadcast (to_elements of the source, remapped through unit and leading dims);
// from_elements of every to_elements result in order (the source); chains of inserts
// (scalars, vectors, mixed, overlapping, 3-d) that cover the dest -> to_elements +
// from_elements; insert of a broadcast scalar into a broadcast of the same scalar.
// Negative cases: to_elements of a constant or poison, from_elements of to_elements
// results reshaped, permuted or partial, partial chains, chains whose inner insert has
// another use or a dynamic position, inserts of different or vector splats.
func.func @fe(%a: f32, %b: f32) -> (f32, f32) {
  %0 = vector.from_elements %a, %b : vector<2xf32>
  %1:2 = vector.to_elements %0 : vector<2xf32>
  return %1#0, %1#1 : f32, f32 }
func.func @bc(%a: f32) -> (f32, f32) {
  %0 = vector.broadcast %a : f32 to vector<2xf32>
  %1:2 = vector.to_elements %0 : vector<2xf32>
  return %1#0, %1#1 : f32, f32 }
func.func @bcv(%a: vector<2xf32>) -> (f32, f32, f32, f32) {
  %0 = vector.broadcast %a : vector<2xf32> to vector<2x2xf32>
  %1:4 = vector.to_elements %0 : vector<2x2xf32>
  return %1#0, %1#1, %1#2, %1#3 : f32, f32, f32, f32 }
func.func @bcv1(%a: vector<2x1xf32>) -> (f32, f32, f32, f32, f32, f32) {
  %0 = vector.broadcast %a : vector<2x1xf32> to vector<3x2x1xf32>
  %1:6 = vector.to_elements %0 : vector<3x2x1xf32>
  return %1#0, %1#1, %1#2, %1#3, %1#4, %1#5 : f32, f32, f32, f32, f32, f32 }
func.func @bcv2(%a: vector<1x2xf32>) -> (f32, f32, f32, f32, f32, f32) {
  %0 = vector.broadcast %a : vector<1x2xf32> to vector<3x2xf32>
  %1:6 = vector.to_elements %0 : vector<3x2xf32>
  return %1#0, %1#1, %1#2, %1#3, %1#4, %1#5 : f32, f32, f32, f32, f32, f32 }
func.func @cst() -> (f32, f32) {
  %0 = arith.constant dense<[1.0, 2.0]> : vector<2xf32>
  %1:2 = vector.to_elements %0 : vector<2xf32>
  return %1#0, %1#1 : f32, f32 }
func.func @poison() -> (f32, f32) {
  %0 = ub.poison : vector<2xf32>
  %1:2 = vector.to_elements %0 : vector<2xf32>
  return %1#0, %1#1 : f32, f32 }
func.func @roundtrip(%a: vector<2x2xf32>) -> vector<2x2xf32> {
  %1:4 = vector.to_elements %a : vector<2x2xf32>
  %2 = vector.from_elements %1#0, %1#1, %1#2, %1#3 : vector<2x2xf32>
  return %2 : vector<2x2xf32> }
func.func @roundtrip_shape(%a: vector<2x2xf32>) -> vector<4xf32> {
  %1:4 = vector.to_elements %a : vector<2x2xf32>
  %2 = vector.from_elements %1#0, %1#1, %1#2, %1#3 : vector<4xf32>
  return %2 : vector<4xf32> }
func.func @roundtrip_perm(%a: vector<2xf32>) -> vector<2xf32> {
  %1:2 = vector.to_elements %a : vector<2xf32>
  %2 = vector.from_elements %1#1, %1#0 : vector<2xf32>
  return %2 : vector<2xf32> }
func.func @roundtrip_sub(%a: vector<4xf32>) -> vector<2xf32> {
  %1:4 = vector.to_elements %a : vector<4xf32>
  %2 = vector.from_elements %1#0, %1#1 : vector<2xf32>
  return %2 : vector<2xf32> }
func.func @ex_of(%a: vector<4xf32>) -> f32 {
  %1:4 = vector.to_elements %a : vector<4xf32>
  return %1#2 : f32 }
func.func @unused(%a: vector<4xf32>) {
  %1:4 = vector.to_elements %a : vector<4xf32>
  return }
func.func @zero_d(%a: f32) -> f32 {
  %0 = vector.broadcast %a : f32 to vector<f32>
  %1 = vector.to_elements %0 : vector<f32>
  return %1 : f32 }
func.func @overwrite(%a: vector<2xf32>, %b: vector<2xf32>, %c: vector<2xf32>, %d: vector<2x2xf32>) -> vector<2x2xf32> {
  %0 = vector.insert %a, %d[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[0] : vector<2xf32> into vector<2x2xf32>
  %2 = vector.insert %c, %1[1] : vector<2xf32> into vector<2x2xf32>
  return %2 : vector<2x2xf32> }
func.func @overwrite_scalar(%a: vector<2xf32>, %b: f32, %c: vector<2xf32>, %d: vector<2x2xf32>) -> vector<2x2xf32> {
  %0 = vector.insert %a, %d[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[0, 1] : f32 into vector<2x2xf32>
  %2 = vector.insert %c, %1[1] : vector<2xf32> into vector<2x2xf32>
  return %2 : vector<2x2xf32> }
func.func @three_d(%a: vector<2x2xf32>, %b: vector<2xf32>, %c: vector<2xf32>, %d: vector<2x2x2xf32>) -> vector<2x2x2xf32> {
  %0 = vector.insert %a, %d[0] : vector<2x2xf32> into vector<2x2x2xf32>
  %1 = vector.insert %b, %0[1, 0] : vector<2xf32> into vector<2x2x2xf32>
  %2 = vector.insert %c, %1[1, 1] : vector<2xf32> into vector<2x2x2xf32>
  return %2 : vector<2x2x2xf32> }
func.func @partial(%a: vector<2xf32>, %d: vector<2x2xf32>) -> vector<2x2xf32> {
  %0 = vector.insert %a, %d[0] : vector<2xf32> into vector<2x2xf32>
  return %0 : vector<2x2xf32> }
func.func @multi_use(%a: vector<2xf32>, %b: vector<2xf32>, %d: vector<2x2xf32>) -> (vector<2x2xf32>, vector<2x2xf32>) {
  %0 = vector.insert %a, %d[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[1] : vector<2xf32> into vector<2x2xf32>
  return %0, %1 : vector<2x2xf32>, vector<2x2xf32> }
func.func @dyn(%a: vector<2xf32>, %b: vector<2xf32>, %d: vector<2x2xf32>, %i: index) -> vector<2x2xf32> {
  %0 = vector.insert %a, %d[%i] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[1] : vector<2xf32> into vector<2x2xf32>
  %2 = vector.insert %a, %1[0] : vector<2xf32> into vector<2x2xf32>
  return %2 : vector<2x2xf32> }
func.func @one_d_full(%a: f32, %b: f32, %d: vector<2xf32>) -> vector<2xf32> {
  %0 = vector.insert %a, %d[0] : f32 into vector<2xf32>
  %1 = vector.insert %b, %0[1] : f32 into vector<2xf32>
  return %1 : vector<2xf32> }
func.func @zero_d_ins(%a: f32, %d: vector<f32>) -> vector<f32> {
  %0 = vector.insert %a, %d[] : f32 into vector<f32>
  return %0 : vector<f32> }
func.func @splat_splat(%a: f32) -> vector<2x4xf32> {
  %0 = vector.broadcast %a : f32 to vector<4xf32>
  %1 = vector.broadcast %a : f32 to vector<2x4xf32>
  %2 = vector.insert %0, %1[1] : vector<4xf32> into vector<2x4xf32>
  return %2 : vector<2x4xf32> }
func.func @splat_diff(%a: f32, %b: f32) -> vector<2x4xf32> {
  %0 = vector.broadcast %a : f32 to vector<4xf32>
  %1 = vector.broadcast %b : f32 to vector<2x4xf32>
  %2 = vector.insert %0, %1[1] : vector<4xf32> into vector<2x4xf32>
  return %2 : vector<2x4xf32> }
func.func @splat_vec(%a: vector<4xf32>) -> vector<2x4xf32> {
  %0 = vector.broadcast %a : vector<4xf32> to vector<1x4xf32>
  %1 = vector.broadcast %a : vector<4xf32> to vector<2x1x4xf32>
  %2 = vector.insert %0, %1[1] : vector<1x4xf32> into vector<2x1x4xf32>
  %3 = vector.shape_cast %2 : vector<2x1x4xf32> to vector<2x4xf32>
  return %3 : vector<2x4xf32> }
func.func @ins_vec_chain(%a: vector<2xf32>, %b: vector<2xf32>) -> vector<2x2xf32> {
  %p = ub.poison : vector<2x2xf32>
  %0 = vector.insert %a, %p[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[1] : vector<2xf32> into vector<2x2xf32>
  return %1 : vector<2x2xf32> }
func.func @ins_vec_chain_mixed(%a: vector<2xf32>, %b: f32, %c: f32, %d: vector<2x2xf32>) -> vector<2x2xf32> {
  %0 = vector.insert %a, %d[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[1, 0] : f32 into vector<2x2xf32>
  %2 = vector.insert %c, %1[1, 1] : f32 into vector<2x2xf32>
  return %2 : vector<2x2xf32> }
func.func @ins_chain_poison_pos(%a: vector<2xf32>, %b: vector<2xf32>, %d: vector<2x2xf32>) -> vector<2x2xf32> {
  %0 = vector.insert %a, %d[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[1] : vector<2xf32> into vector<2x2xf32>
  return %1 : vector<2x2xf32> }
func.func @to_elements_chain(%a: vector<2xf32>, %b: vector<2xf32>) -> (f32, f32) {
  %p = ub.poison : vector<2x2xf32>
  %0 = vector.insert %a, %p[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[1] : vector<2xf32> into vector<2x2xf32>
  %2:4 = vector.to_elements %1 : vector<2x2xf32>
  return %2#1, %2#2 : f32, f32 }
