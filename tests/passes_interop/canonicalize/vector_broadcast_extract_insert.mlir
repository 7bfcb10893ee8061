// canonicalize, vector.broadcast / vector.extract / vector.insert: broadcast to its own
// type, of a constant (splat) and of a broadcast; extract with no position, of a constant
// (splat at any position, dense at static ones), of an extract, through insert chains
// (same position, prefix, disjoint), of a broadcast (to the source, an extract of it, or
// a smaller broadcast); constant dynamic positions made static; insert with no position,
// of a constant into a constant, of a scalar into a one-element vector. Negative cases:
// a non-splat constant broadcast, dynamic positions blocking the insert chain walk, an
// out-of-range constant position, a dynamic insert into a one-element vector, a splat
// insert into a splat, scalable vectors.
func.func @bcast_same(%a: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.broadcast %a : vector<4xf32> to vector<4xf32>
  return %0 : vector<4xf32>
}
func.func @bcast_bcast(%a: f32) -> vector<2x4xf32> {
  %0 = vector.broadcast %a : f32 to vector<4xf32>
  %1 = vector.broadcast %0 : vector<4xf32> to vector<2x4xf32>
  return %1 : vector<2x4xf32>
}
func.func @bcast_const() -> vector<2x4xf32> {
  %c = arith.constant 1.0 : f32
  %1 = vector.broadcast %c : f32 to vector<2x4xf32>
  return %1 : vector<2x4xf32>
}
func.func @bcast_const_vec() -> vector<2x4xf32> {
  %c = arith.constant dense<2.0> : vector<4xf32>
  %1 = vector.broadcast %c : vector<4xf32> to vector<2x4xf32>
  return %1 : vector<2x4xf32>
}
func.func @bcast_const_nonsplat() -> vector<2x4xi32> {
  %c = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %1 = vector.broadcast %c : vector<4xi32> to vector<2x4xi32>
  return %1 : vector<2x4xi32>
}
func.func @bcast_unit(%a: vector<1x4xf32>) -> vector<1x4xf32> {
  %1 = vector.broadcast %a : vector<1x4xf32> to vector<1x4xf32>
  return %1 : vector<1x4xf32>
}
func.func @extract_bcast(%a: f32) -> f32 {
  %0 = vector.broadcast %a : f32 to vector<2x4xf32>
  %1 = vector.extract %0[1, 2] : f32 from vector<2x4xf32>
  return %1 : f32
}
func.func @extract_bcast_vec(%a: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.broadcast %a : vector<4xf32> to vector<3x2x4xf32>
  %1 = vector.extract %0[1, 1] : vector<4xf32> from vector<3x2x4xf32>
  return %1 : vector<4xf32>
}
func.func @extract_bcast_vec2(%a: vector<4xf32>) -> vector<2x4xf32> {
  %0 = vector.broadcast %a : vector<4xf32> to vector<3x2x4xf32>
  %1 = vector.extract %0[1] : vector<2x4xf32> from vector<3x2x4xf32>
  return %1 : vector<2x4xf32>
}
func.func @extract_bcast_elem(%a: vector<4xf32>) -> f32 {
  %0 = vector.broadcast %a : vector<4xf32> to vector<3x4xf32>
  %1 = vector.extract %0[1, 2] : f32 from vector<3x4xf32>
  return %1 : f32
}
func.func @extract_insert(%a: vector<4xf32>, %b: vector<3x4xf32>) -> (vector<4xf32>, vector<4xf32>) {
  %0 = vector.insert %a, %b[1] : vector<4xf32> into vector<3x4xf32>
  %1 = vector.extract %0[1] : vector<4xf32> from vector<3x4xf32>
  %2 = vector.extract %0[2] : vector<4xf32> from vector<3x4xf32>
  return %1, %2 : vector<4xf32>, vector<4xf32>
}
func.func @extract_insert_sub(%a: vector<4xf32>, %b: vector<3x4xf32>) -> f32 {
  %0 = vector.insert %a, %b[1] : vector<4xf32> into vector<3x4xf32>
  %1 = vector.extract %0[1, 3] : f32 from vector<3x4xf32>
  return %1 : f32
}
func.func @extract_chain(%b: vector<3x4x5xf32>) -> f32 {
  %0 = vector.extract %b[1] : vector<4x5xf32> from vector<3x4x5xf32>
  %1 = vector.extract %0[2, 3] : f32 from vector<4x5xf32>
  return %1 : f32
}
func.func @extract_const() -> (f32, i32, vector<2xi32>) {
  %c = arith.constant dense<3.0> : vector<4xf32>
  %0 = vector.extract %c[2] : f32 from vector<4xf32>
  %d = arith.constant dense<[[1, 2], [3, 4]]> : vector<2x2xi32>
  %1 = vector.extract %d[1, 0] : i32 from vector<2x2xi32>
  %2 = vector.extract %d[1] : vector<2xi32> from vector<2x2xi32>
  return %0, %1, %2 : f32, i32, vector<2xi32>
}
func.func @extract_dyn(%b: vector<3x4xf32>) -> f32 {
  %c1 = arith.constant 1 : index
  %0 = vector.extract %b[%c1, 2] : f32 from vector<3x4xf32>
  return %0 : f32
}
func.func @insert_dyn(%a: f32, %b: vector<3x4xf32>) -> vector<3x4xf32> {
  %c1 = arith.constant 1 : index
  %0 = vector.insert %a, %b[%c1, 2] : f32 into vector<3x4xf32>
  return %0 : vector<3x4xf32>
}
func.func @insert_const() -> vector<4xi32> {
  %c = arith.constant dense<0> : vector<4xi32>
  %v = arith.constant 7 : i32
  %0 = vector.insert %v, %c[2] : i32 into vector<4xi32>
  return %0 : vector<4xi32>
}
func.func @extract_nopos(%b: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.extract %b[] : vector<4xf32> from vector<4xf32>
  return %0 : vector<4xf32>
}
func.func @extract_dyn_bcast(%a: f32, %i: index) -> f32 {
  %0 = vector.broadcast %a : f32 to vector<4xf32>
  %1 = vector.extract %0[%i] : f32 from vector<4xf32>
  return %1 : f32
}
func.func @insert_scalar_full(%a: f32, %b: vector<1xf32>) -> vector<1xf32> {
  %0 = vector.insert %a, %b[0] : f32 into vector<1xf32>
  return %0 : vector<1xf32>
}
func.func @bcast_scalable() -> vector<[4]xf32> {
  %c = arith.constant 1.0 : f32
  %1 = vector.broadcast %c : f32 to vector<[4]xf32>
  return %1 : vector<[4]xf32>
}
func.func @bcast_dup(%a: vector<4xf32>) -> vector<3x2x4xf32> {
  %0 = vector.broadcast %a : vector<4xf32> to vector<2x4xf32>
  %1 = vector.broadcast %0 : vector<2x4xf32> to vector<3x2x4xf32>
  return %1 : vector<3x2x4xf32>
}
func.func @ins11(%a: f32, %b: vector<1x1xf32>) -> vector<1x1xf32> {
  %0 = vector.insert %a, %b[0, 0] : f32 into vector<1x1xf32>
  return %0 : vector<1x1xf32>
}
func.func @ins_dyn(%a: f32, %b: vector<1xf32>, %i: index) -> vector<1xf32> {
  %0 = vector.insert %a, %b[%i] : f32 into vector<1xf32>
  return %0 : vector<1xf32>
}
func.func @ins_scalable(%a: f32, %b: vector<[1]xf32>) -> vector<[1]xf32> {
  %0 = vector.insert %a, %b[0] : f32 into vector<[1]xf32>
  return %0 : vector<[1]xf32>
}
func.func @ext_dyn_vec(%a: vector<4xf32>, %i: index) -> f32 {
  %0 = vector.broadcast %a : vector<4xf32> to vector<3x4xf32>
  %1 = vector.extract %0[%i, 2] : f32 from vector<3x4xf32>
  return %1 : f32
}
func.func @ext_dyn_vec2(%a: vector<1x4xf32>, %i: index, %j: index) -> f32 {
  %0 = vector.broadcast %a : vector<1x4xf32> to vector<5x3x4xf32>
  %1 = vector.extract %0[%i, %j, 2] : f32 from vector<5x3x4xf32>
  return %1 : f32
}
func.func @ext_unit_bcast(%a: vector<3x1xf32>) -> f32 {
  %0 = vector.broadcast %a : vector<3x1xf32> to vector<3x4xf32>
  %1 = vector.extract %0[2, 3] : f32 from vector<3x4xf32>
  return %1 : f32
}
func.func @ext_ins_disjoint(%a: vector<4xf32>, %b: vector<3x4xf32>, %c: f32) -> (f32, vector<4xf32>) {
  %0 = vector.insert %a, %b[1] : vector<4xf32> into vector<3x4xf32>
  %1 = vector.insert %c, %0[2, 1] : f32 into vector<3x4xf32>
  %2 = vector.extract %1[1, 2] : f32 from vector<3x4xf32>
  %3 = vector.extract %1[2] : vector<4xf32> from vector<3x4xf32>
  return %2, %3 : f32, vector<4xf32>
}
func.func @ext_ins_dyn(%a: vector<4xf32>, %b: vector<3x4xf32>, %i: index) -> vector<4xf32> {
  %0 = vector.insert %a, %b[%i] : vector<4xf32> into vector<3x4xf32>
  %1 = vector.extract %0[1] : vector<4xf32> from vector<3x4xf32>
  return %1 : vector<4xf32>
}
func.func @ext_splat_dyn(%i: index) -> f32 {
  %c = arith.constant dense<3.0> : vector<4xf32>
  %0 = vector.extract %c[%i] : f32 from vector<4xf32>
  return %0 : f32
}
func.func @ext_oob(%b: vector<4xf32>) -> f32 {
  %c7 = arith.constant 7 : index
  %0 = vector.extract %b[%c7] : f32 from vector<4xf32>
  return %0 : f32
}
func.func @ins_vec_const() -> vector<2x2xf32> {
  %c = arith.constant dense<0.0> : vector<2x2xf32>
  %v = arith.constant dense<[1.0, 2.0]> : vector<2xf32>
  %0 = vector.insert %v, %c[1] : vector<2xf32> into vector<2x2xf32>
  return %0 : vector<2x2xf32>
}
func.func @ext_chain_dyn(%b: vector<3x4x5xf32>, %i: index) -> f32 {
  %0 = vector.extract %b[%i] : vector<4x5xf32> from vector<3x4x5xf32>
  %1 = vector.extract %0[2, 3] : f32 from vector<4x5xf32>
  return %1 : f32
}
func.func @insert_splat_into_splat(%a: f32) -> vector<4xf32> {
  %b = vector.broadcast %a : f32 to vector<4xf32>
  %0 = vector.insert %a, %b[2] : f32 into vector<4xf32>
  return %0 : vector<4xf32>
}
func.func @insert_const_large(%v: i32) -> (vector<512xi32>, vector<512xi32>, vector<512xi32>) {
  %c = arith.constant dense<0> : vector<512xi32>
  %s = arith.constant 7 : i32
  %0 = vector.insert %s, %c[2] : i32 into vector<512xi32>
  %1 = vector.insert %s, %c[3] : i32 into vector<512xi32>
  return %0, %0, %1 : vector<512xi32>, vector<512xi32>, vector<512xi32>
}
