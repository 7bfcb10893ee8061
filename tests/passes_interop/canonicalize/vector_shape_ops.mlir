// canonicalize, vector.shape_cast / transpose / from_elements and what produces or reads
// them: shape_cast to its own type, of a constant (splat and dense), of a shape_cast, of a
// broadcast (to its source, a shape_cast or a broadcast), of a from_elements; broadcast
// adding only unit dims -> shape_cast, of a shape_cast; transpose identity, of a
// transpose, of a splat constant, of a broadcast (scalar and only-broadcast dims);
// from_elements of constants, of one value (broadcast), of in-order extracts (the source,
// a row, plus shape_cast); extract from transpose, from_elements, shape_cast; extract
// dropping unit dims -> shape_cast. Negative cases: a non-splat transpose constant, unit
// dim transposes, transposes moving non-broadcast dims, shape_casts of broadcasts that
// are not broadcastable, partial or out-of-order extracts, dynamic extract positions,
// scalar extracts from one-element vectors.
func.func @sc_id(%a: vector<2x3xf32>) -> vector<2x3xf32> {
  %0 = vector.shape_cast %a : vector<2x3xf32> to vector<2x3xf32>
  return %0 : vector<2x3xf32> }
func.func @sc_sc(%a: vector<2x3xf32>) -> vector<3x2xf32> {
  %0 = vector.shape_cast %a : vector<2x3xf32> to vector<6xf32>
  %1 = vector.shape_cast %0 : vector<6xf32> to vector<3x2xf32>
  return %1 : vector<3x2xf32> }
func.func @sc_sc_back(%a: vector<2x3xf32>) -> vector<2x3xf32> {
  %0 = vector.shape_cast %a : vector<2x3xf32> to vector<6xf32>
  %1 = vector.shape_cast %0 : vector<6xf32> to vector<2x3xf32>
  return %1 : vector<2x3xf32> }
func.func @sc_const() -> vector<3x2xi32> {
  %c = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : vector<2x3xi32>
  %1 = vector.shape_cast %c : vector<2x3xi32> to vector<3x2xi32>
  return %1 : vector<3x2xi32> }
func.func @sc_splat() -> vector<3x2xi32> {
  %c = arith.constant dense<7> : vector<2x3xi32>
  %1 = vector.shape_cast %c : vector<2x3xi32> to vector<3x2xi32>
  return %1 : vector<3x2xi32> }
func.func @sc_bcast(%a: vector<3xf32>) -> vector<1x1x3xf32> {
  %0 = vector.broadcast %a : vector<3xf32> to vector<1x3xf32>
  %1 = vector.shape_cast %0 : vector<1x3xf32> to vector<1x1x3xf32>
  return %1 : vector<1x1x3xf32> }
func.func @sc_bcast_s(%a: f32) -> vector<6xf32> {
  %0 = vector.broadcast %a : f32 to vector<2x3xf32>
  %1 = vector.shape_cast %0 : vector<2x3xf32> to vector<6xf32>
  return %1 : vector<6xf32> }
func.func @sc_bcast_v(%a: vector<3xf32>) -> vector<6xf32> {
  %0 = vector.broadcast %a : vector<3xf32> to vector<2x3xf32>
  %1 = vector.shape_cast %0 : vector<2x3xf32> to vector<6xf32>
  return %1 : vector<6xf32> }
func.func @sc_bcast_back(%a: vector<3xf32>) -> vector<3xf32> {
  %0 = vector.broadcast %a : vector<3xf32> to vector<1x3xf32>
  %1 = vector.shape_cast %0 : vector<1x3xf32> to vector<3xf32>
  return %1 : vector<3xf32> }
func.func @bcast_unit(%a: vector<3xf32>) -> vector<1x3xf32> {
  %0 = vector.broadcast %a : vector<3xf32> to vector<1x3xf32>
  return %0 : vector<1x3xf32> }
func.func @bcast_unit2(%a: vector<3x1xf32>) -> vector<1x3x1xf32> {
  %0 = vector.broadcast %a : vector<3x1xf32> to vector<1x3x1xf32>
  return %0 : vector<1x3x1xf32> }
func.func @bcast_unit3(%a: f32) -> vector<1xf32> {
  %0 = vector.broadcast %a : f32 to vector<1xf32>
  return %0 : vector<1xf32> }
func.func @bcast_sc(%a: vector<6xf32>) -> vector<4x2x3xf32> {
  %0 = vector.shape_cast %a : vector<6xf32> to vector<2x3xf32>
  %1 = vector.broadcast %0 : vector<2x3xf32> to vector<4x2x3xf32>
  return %1 : vector<4x2x3xf32> }
func.func @bcast_sc2(%a: vector<3xf32>) -> vector<4x3xf32> {
  %0 = vector.shape_cast %a : vector<3xf32> to vector<1x3xf32>
  %1 = vector.broadcast %0 : vector<1x3xf32> to vector<4x3xf32>
  return %1 : vector<4x3xf32> }
func.func @sc_0d(%a: vector<f32>) -> vector<1xf32> {
  %0 = vector.shape_cast %a : vector<f32> to vector<1xf32>
  return %0 : vector<1xf32> }
func.func @sc_fe(%a: f32, %b: f32) -> vector<2x1xf32> {
  %0 = vector.from_elements %a, %b : vector<2xf32>
  %1 = vector.shape_cast %0 : vector<2xf32> to vector<2x1xf32>
  return %1 : vector<2x1xf32> }
func.func @t_id(%a: vector<2x3xf32>) -> vector<2x3xf32> {
  %0 = vector.transpose %a, [0, 1] : vector<2x3xf32> to vector<2x3xf32>
  return %0 : vector<2x3xf32> }
func.func @t_t(%a: vector<2x3x4xf32>) -> vector<3x4x2xf32> {
  %0 = vector.transpose %a, [2, 0, 1] : vector<2x3x4xf32> to vector<4x2x3xf32>
  %1 = vector.transpose %0, [2, 0, 1] : vector<4x2x3xf32> to vector<3x4x2xf32>
  return %1 : vector<3x4x2xf32> }
func.func @t_t_id(%a: vector<2x3xf32>) -> vector<2x3xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  %1 = vector.transpose %0, [1, 0] : vector<3x2xf32> to vector<2x3xf32>
  return %1 : vector<2x3xf32> }
func.func @t_splat() -> vector<3x2xi32> {
  %c = arith.constant dense<7> : vector<2x3xi32>
  %1 = vector.transpose %c, [1, 0] : vector<2x3xi32> to vector<3x2xi32>
  return %1 : vector<3x2xi32> }
func.func @t_const() -> vector<3x2xi32> {
  %c = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : vector<2x3xi32>
  %1 = vector.transpose %c, [1, 0] : vector<2x3xi32> to vector<3x2xi32>
  return %1 : vector<3x2xi32> }
func.func @t_unit(%a: vector<1x3xf32>) -> vector<3x1xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<1x3xf32> to vector<3x1xf32>
  return %0 : vector<3x1xf32> }
func.func @t_unit2(%a: vector<2x1x3xf32>) -> vector<2x3x1xf32> {
  %0 = vector.transpose %a, [0, 2, 1] : vector<2x1x3xf32> to vector<2x3x1xf32>
  return %0 : vector<2x3x1xf32> }
func.func @t_bcast(%a: f32) -> vector<3x2xf32> {
  %0 = vector.broadcast %a : f32 to vector<2x3xf32>
  %1 = vector.transpose %0, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  return %1 : vector<3x2xf32> }
func.func @t_bcast2(%a: vector<3xf32>) -> vector<3x2xf32> {
  %0 = vector.broadcast %a : vector<3xf32> to vector<2x3xf32>
  %1 = vector.transpose %0, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  return %1 : vector<3x2xf32> }
func.func @t_bcast3(%a: vector<1x3xf32>) -> vector<4x3x2xf32> {
  %0 = vector.broadcast %a : vector<1x3xf32> to vector<2x4x3xf32>
  %1 = vector.transpose %0, [1, 2, 0] : vector<2x4x3xf32> to vector<4x3x2xf32>
  return %1 : vector<4x3x2xf32> }
func.func @t_bcast4(%a: vector<3x1xf32>) -> vector<4x2x3xf32> {
  %0 = vector.broadcast %a : vector<3x1xf32> to vector<2x3x4xf32>
  %1 = vector.transpose %0, [2, 0, 1] : vector<2x3x4xf32> to vector<4x2x3xf32>
  return %1 : vector<4x2x3xf32> }
func.func @t_sc(%a: vector<6xf32>) -> vector<3x2xf32> {
  %0 = vector.shape_cast %a : vector<6xf32> to vector<2x3xf32>
  %1 = vector.transpose %0, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  return %1 : vector<3x2xf32> }
func.func @ext_t(%a: vector<2x3xf32>) -> f32 {
  %0 = vector.transpose %a, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  %1 = vector.extract %0[2, 1] : f32 from vector<3x2xf32>
  return %1 : f32 }
func.func @ext_t2(%a: vector<2x3x4xf32>) -> vector<4xf32> {
  %0 = vector.transpose %a, [1, 0, 2] : vector<2x3x4xf32> to vector<3x2x4xf32>
  %1 = vector.extract %0[2, 1] : vector<4xf32> from vector<3x2x4xf32>
  return %1 : vector<4xf32> }
func.func @ext_t3(%a: vector<2x3xf32>) -> vector<2xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  %1 = vector.extract %0[2] : vector<2xf32> from vector<3x2xf32>
  return %1 : vector<2xf32> }
func.func @t_0d(%a: vector<f32>) -> vector<f32> {
  %0 = vector.transpose %a, [] : vector<f32> to vector<f32>
  return %0 : vector<f32> }
func.func @t_sc2(%a: vector<[4]x1xf32>) -> vector<1x[4]xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<[4]x1xf32> to vector<1x[4]xf32>
  return %0 : vector<1x[4]xf32> }
func.func @fe_const() -> vector<2x2xi32> {
  %a = arith.constant 1 : i32
  %b = arith.constant 2 : i32
  %0 = vector.from_elements %a, %b, %b, %a : vector<2x2xi32>
  return %0 : vector<2x2xi32> }
func.func @fe_splat_const() -> vector<3xf32> {
  %a = arith.constant 1.0 : f32
  %0 = vector.from_elements %a, %a, %a : vector<3xf32>
  return %0 : vector<3xf32> }
func.func @fe_splat(%a: f32) -> vector<3xf32> {
  %0 = vector.from_elements %a, %a, %a : vector<3xf32>
  return %0 : vector<3xf32> }
func.func @fe_one(%a: f32) -> vector<1xf32> {
  %0 = vector.from_elements %a : vector<1xf32>
  return %0 : vector<1xf32> }
func.func @fe_0d(%a: f32) -> vector<f32> {
  %0 = vector.from_elements %a : vector<f32>
  return %0 : vector<f32> }
func.func @fe_ext(%v: vector<3xf32>) -> vector<3xf32> {
  %a = vector.extract %v[0] : f32 from vector<3xf32>
  %b = vector.extract %v[1] : f32 from vector<3xf32>
  %c = vector.extract %v[2] : f32 from vector<3xf32>
  %0 = vector.from_elements %a, %b, %c : vector<3xf32>
  return %0 : vector<3xf32> }
func.func @fe_ext2(%v: vector<2x2xf32>) -> vector<4xf32> {
  %a = vector.extract %v[0, 0] : f32 from vector<2x2xf32>
  %b = vector.extract %v[0, 1] : f32 from vector<2x2xf32>
  %c = vector.extract %v[1, 0] : f32 from vector<2x2xf32>
  %d = vector.extract %v[1, 1] : f32 from vector<2x2xf32>
  %0 = vector.from_elements %a, %b, %c, %d : vector<4xf32>
  return %0 : vector<4xf32> }
func.func @fe_ext3(%v: vector<2x3xf32>) -> vector<3xf32> {
  %a = vector.extract %v[1, 0] : f32 from vector<2x3xf32>
  %b = vector.extract %v[1, 1] : f32 from vector<2x3xf32>
  %c = vector.extract %v[1, 2] : f32 from vector<2x3xf32>
  %0 = vector.from_elements %a, %b, %c : vector<3xf32>
  return %0 : vector<3xf32> }
func.func @fe_ext4(%v: vector<3xf32>) -> vector<3xf32> {
  %a = vector.extract %v[0] : f32 from vector<3xf32>
  %b = vector.extract %v[2] : f32 from vector<3xf32>
  %c = vector.extract %v[1] : f32 from vector<3xf32>
  %0 = vector.from_elements %a, %b, %c : vector<3xf32>
  return %0 : vector<3xf32> }
func.func @fe_ext5(%v: vector<4xf32>) -> vector<2xf32> {
  %a = vector.extract %v[1] : f32 from vector<4xf32>
  %b = vector.extract %v[2] : f32 from vector<4xf32>
  %0 = vector.from_elements %a, %b : vector<2xf32>
  return %0 : vector<2xf32> }
func.func @ext_fe(%a: f32, %b: f32) -> f32 {
  %0 = vector.from_elements %a, %b : vector<2xf32>
  %1 = vector.extract %0[1] : f32 from vector<2xf32>
  return %1 : f32 }
func.func @ext_fe2(%a: f32, %b: f32) -> vector<2xf32> {
  %0 = vector.from_elements %a, %b, %b, %a : vector<2x2xf32>
  %1 = vector.extract %0[1] : vector<2xf32> from vector<2x2xf32>
  return %1 : vector<2xf32> }
func.func @ext_fe3(%a: f32, %b: f32, %i: index) -> f32 {
  %0 = vector.from_elements %a, %b : vector<2xf32>
  %1 = vector.extract %0[%i] : f32 from vector<2xf32>
  return %1 : f32 }
func.func @ext_sc(%a: vector<6xf32>) -> f32 {
  %0 = vector.shape_cast %a : vector<6xf32> to vector<2x3xf32>
  %1 = vector.extract %0[1, 1] : f32 from vector<2x3xf32>
  return %1 : f32 }
func.func @ext_sc2(%a: vector<2x6xf32>) -> vector<3xf32> {
  %0 = vector.shape_cast %a : vector<2x6xf32> to vector<4x3xf32>
  %1 = vector.extract %0[3] : vector<3xf32> from vector<4x3xf32>
  return %1 : vector<3xf32> }
func.func @ext_sc3(%a: vector<12xf32>) -> vector<3xf32> {
  %0 = vector.shape_cast %a : vector<12xf32> to vector<4x3xf32>
  %1 = vector.extract %0[3] : vector<3xf32> from vector<4x3xf32>
  return %1 : vector<3xf32> }
func.func @ext_sc4(%a: vector<3x4xf32>) -> vector<4xf32> {
  %0 = vector.shape_cast %a : vector<3x4xf32> to vector<3x1x4xf32>
  %1 = vector.extract %0[2, 0] : vector<4xf32> from vector<3x1x4xf32>
  return %1 : vector<4xf32> }
func.func @ext_unit(%a: vector<1x4xf32>) -> vector<4xf32> {
  %1 = vector.extract %a[0] : vector<4xf32> from vector<1x4xf32>
  return %1 : vector<4xf32> }
func.func @ext_unit2(%a: vector<1xf32>) -> f32 {
  %1 = vector.extract %a[0] : f32 from vector<1xf32>
  return %1 : f32 }
func.func @b1(%a: vector<[4]xf32>) -> vector<1x[4]xf32> {
  %0 = vector.broadcast %a : vector<[4]xf32> to vector<1x[4]xf32>
  return %0 : vector<1x[4]xf32> }
func.func @b2(%a: vector<f32>) -> vector<1xf32> {
  %0 = vector.broadcast %a : vector<f32> to vector<1xf32>
  return %0 : vector<1xf32> }
func.func @b3(%a: vector<1xf32>) -> vector<1x1xf32> {
  %0 = vector.broadcast %a : vector<1xf32> to vector<1x1xf32>
  return %0 : vector<1x1xf32> }
func.func @tb1(%a: vector<3xf32>) -> vector<4x2x3xf32> {
  %0 = vector.broadcast %a : vector<3xf32> to vector<2x4x3xf32>
  %1 = vector.transpose %0, [1, 0, 2] : vector<2x4x3xf32> to vector<4x2x3xf32>
  return %1 : vector<4x2x3xf32> }
func.func @tb2(%a: vector<1x1xf32>) -> vector<4x2xf32> {
  %0 = vector.broadcast %a : vector<1x1xf32> to vector<2x4xf32>
  %1 = vector.transpose %0, [1, 0] : vector<2x4xf32> to vector<4x2xf32>
  return %1 : vector<4x2xf32> }
func.func @tb3(%a: vector<2x1xf32>) -> vector<4x2xf32> {
  %0 = vector.broadcast %a : vector<2x1xf32> to vector<2x4xf32>
  %1 = vector.transpose %0, [1, 0] : vector<2x4xf32> to vector<4x2xf32>
  return %1 : vector<4x2xf32> }
func.func @tb4(%a: vector<1x3xf32>) -> vector<3x2x4xf32> {
  %0 = vector.broadcast %a : vector<1x3xf32> to vector<2x4x3xf32>
  %1 = vector.transpose %0, [2, 0, 1] : vector<2x4x3xf32> to vector<3x2x4xf32>
  return %1 : vector<3x2x4xf32> }
func.func @tb5(%a: vector<1x3xf32>) -> vector<4x2x3xf32> {
  %0 = vector.broadcast %a : vector<1x3xf32> to vector<2x4x3xf32>
  %1 = vector.transpose %0, [1, 0, 2] : vector<2x4x3xf32> to vector<4x2x3xf32>
  return %1 : vector<4x2x3xf32> }
func.func @tb6(%a: vector<4x1xf32>) -> vector<2x4x3xf32> {
  %0 = vector.broadcast %a : vector<4x1xf32> to vector<2x4x3xf32>
  %1 = vector.transpose %0, [0, 1, 2] : vector<2x4x3xf32> to vector<2x4x3xf32>
  return %1 : vector<2x4x3xf32> }
func.func @tb7(%a: vector<1x1x3xf32>) -> vector<4x2x3xf32> {
  %0 = vector.broadcast %a : vector<1x1x3xf32> to vector<2x4x3xf32>
  %1 = vector.transpose %0, [1, 0, 2] : vector<2x4x3xf32> to vector<4x2x3xf32>
  return %1 : vector<4x2x3xf32> }
func.func @fe1(%v: vector<2x2x2xf32>) -> vector<2x1xf32> {
  %a = vector.extract %v[1, 0, 0] : f32 from vector<2x2x2xf32>
  %b = vector.extract %v[1, 0, 1] : f32 from vector<2x2x2xf32>
  %0 = vector.from_elements %a, %b : vector<2x1xf32>
  return %0 : vector<2x1xf32> }
func.func @fe2(%v: vector<3xf32>) -> vector<1xf32> {
  %a = vector.extract %v[1] : f32 from vector<3xf32>
  %0 = vector.from_elements %a : vector<1xf32>
  return %0 : vector<1xf32> }
func.func @fe3(%v: vector<1xf32>) -> vector<1xf32> {
  %a = vector.extract %v[0] : f32 from vector<1xf32>
  %0 = vector.from_elements %a : vector<1xf32>
  return %0 : vector<1xf32> }
func.func @fe4(%v: vector<2x2xf32>) -> vector<4xf32> {
  %a = vector.extract %v[0, 0] : f32 from vector<2x2xf32>
  %b = vector.extract %v[0, 1] : f32 from vector<2x2xf32>
  %c = vector.extract %v[1, 0] : f32 from vector<2x2xf32>
  %d = vector.extract %v[1, 1] : f32 from vector<2x2xf32>
  %0 = vector.from_elements %a, %b, %c, %d : vector<4xf32>
  return %0 : vector<4xf32> }
func.func @fe5(%v: vector<2x4xf32>) -> vector<2xf32> {
  %a = vector.extract %v[1, 2] : f32 from vector<2x4xf32>
  %b = vector.extract %v[1, 3] : f32 from vector<2x4xf32>
  %0 = vector.from_elements %a, %b : vector<2xf32>
  return %0 : vector<2xf32> }
func.func @fe7(%v: vector<4xf32>, %w: vector<4xf32>) -> vector<2xf32> {
  %a = vector.extract %v[0] : f32 from vector<4xf32>
  %b = vector.extract %w[1] : f32 from vector<4xf32>
  %0 = vector.from_elements %a, %b : vector<2xf32>
  return %0 : vector<2xf32> }
func.func @fe8(%v: vector<2x3xf32>) -> vector<3xf32> {
  %r = vector.extract %v[1] : vector<3xf32> from vector<2x3xf32>
  %a = vector.extract %r[0] : f32 from vector<3xf32>
  %b = vector.extract %r[1] : f32 from vector<3xf32>
  %c = vector.extract %r[2] : f32 from vector<3xf32>
  %0 = vector.from_elements %a, %b, %c : vector<3xf32>
  return %0 : vector<3xf32> }
