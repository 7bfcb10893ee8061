// canonicalize, vector.bitcast and vector.shuffle: bitcast to its own type, of a bitcast
// (round trip and chain), of splat constants f16 -> f32 (also scalable) and integer ->
// wider integer (i1, i4, i8, i16 sources); shuffle picking one operand whole, of poison and
// poison, of 1-D constants (with poison entries and a poison operand), 0-d operands (to
// broadcast, then shape_cast; [0, 1] to interleave), of two broadcasts of one scalar, the
// interleave mask, operands the mask never reads (to ub.poison); scalar extract from a 1-D
// shuffle. Negative cases: bitcast of non-splat, of int to float or narrower, bf16, poison,
// 0-d constants and broadcasts; shuffle of n-D constants, other masks, broadcasts of
// different scalars; extracts from n-D shuffles.
func.func @b3_nop(%a: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.bitcast %a : vector<4xf32> to vector<4xf32>
  return %0 : vector<4xf32> }
func.func @b3_cancel(%a: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.bitcast %a : vector<4xf32> to vector<4xi32>
  %1 = vector.bitcast %0 : vector<4xi32> to vector<4xf32>
  return %1 : vector<4xf32> }
func.func @b3_chain(%a: vector<4xf32>) -> vector<8xi16> {
  %0 = vector.bitcast %a : vector<4xf32> to vector<4xi32>
  %1 = vector.bitcast %0 : vector<4xi32> to vector<8xi16>
  return %1 : vector<8xi16> }
func.func @b3_f16_f32() -> vector<2xf32> {
  %c = arith.constant dense<1.0> : vector<4xf16>
  %0 = vector.bitcast %c : vector<4xf16> to vector<2xf32>
  return %0 : vector<2xf32> }
func.func @b3_i8_i32() -> vector<2xi32> {
  %c = arith.constant dense<-1> : vector<8xi8>
  %0 = vector.bitcast %c : vector<8xi8> to vector<2xi32>
  return %0 : vector<2xi32> }
func.func @b3_i8_i32b() -> vector<2xi32> {
  %c = arith.constant dense<3> : vector<8xi8>
  %0 = vector.bitcast %c : vector<8xi8> to vector<2xi32>
  return %0 : vector<2xi32> }
func.func @b3_i16_i64() -> vector<1xi64> {
  %c = arith.constant dense<258> : vector<4xi16>
  %0 = vector.bitcast %c : vector<4xi16> to vector<1xi64>
  return %0 : vector<1xi64> }
func.func @b3_i1_i8() -> vector<1xi8> {
  %c = arith.constant dense<true> : vector<8xi1>
  %0 = vector.bitcast %c : vector<8xi1> to vector<1xi8>
  return %0 : vector<1xi8> }
func.func @b3_i32_i8() -> vector<8xi8> {
  %c = arith.constant dense<3> : vector<2xi32>
  %0 = vector.bitcast %c : vector<2xi32> to vector<8xi8>
  return %0 : vector<8xi8> }
func.func @b3_i32_f32() -> vector<2xf32> {
  %c = arith.constant dense<3> : vector<2xi32>
  %0 = vector.bitcast %c : vector<2xi32> to vector<2xf32>
  return %0 : vector<2xf32> }
func.func @b3_f32_i32() -> vector<2xi32> {
  %c = arith.constant dense<1.0> : vector<2xf32>
  %0 = vector.bitcast %c : vector<2xf32> to vector<2xi32>
  return %0 : vector<2xi32> }
func.func @b3_i8_i32_nonsplat() -> vector<1xi32> {
  %c = arith.constant dense<[1, 2, 3, 4]> : vector<4xi8>
  %0 = vector.bitcast %c : vector<4xi8> to vector<1xi32>
  return %0 : vector<1xi32> }
func.func @b3_i16_f32() -> vector<1xf32> {
  %c = arith.constant dense<1> : vector<2xi16>
  %0 = vector.bitcast %c : vector<2xi16> to vector<1xf32>
  return %0 : vector<1xf32> }
func.func @b3_bf16_f32() -> vector<1xf32> {
  %c = arith.constant dense<1.0> : vector<2xbf16>
  %0 = vector.bitcast %c : vector<2xbf16> to vector<1xf32>
  return %0 : vector<1xf32> }
func.func @b3_poison() -> vector<4xi32> {
  %p = ub.poison : vector<4xf32>
  %0 = vector.bitcast %p : vector<4xf32> to vector<4xi32>
  return %0 : vector<4xi32> }
func.func @b3_zero_d() -> vector<i32> {
  %c = arith.constant dense<1.0> : vector<f32>
  %0 = vector.bitcast %c : vector<f32> to vector<i32>
  return %0 : vector<i32> }
func.func @b3_bcast(%s: f32) -> vector<4xi32> {
  %b = vector.broadcast %s : f32 to vector<4xf32>
  %0 = vector.bitcast %b : vector<4xf32> to vector<4xi32>
  return %0 : vector<4xi32> }
func.func @b3_f16_f32_scal() -> vector<[2]xf32> {
  %c = arith.constant dense<1.0> : vector<[4]xf16>
  %0 = vector.bitcast %c : vector<[4]xf16> to vector<[2]xf32>
  return %0 : vector<[2]xf32> }
func.func @b3_i4_i8() -> vector<1xi8> {
  %c = arith.constant dense<5> : vector<2xi4>
  %0 = vector.bitcast %c : vector<2xi4> to vector<1xi8>
  return %0 : vector<1xi8> }
func.func @s3_id1(%a: vector<4xf32>, %b: vector<2xf32>) -> (vector<4xf32>, vector<2xf32>) {
  %0 = vector.shuffle %a, %b [0, 1, 2, 3] : vector<4xf32>, vector<2xf32>
  %1 = vector.shuffle %a, %b [4, 5] : vector<4xf32>, vector<2xf32>
  return %0, %1 : vector<4xf32>, vector<2xf32> }
func.func @s3_not_id(%a: vector<4xf32>, %b: vector<2xf32>) -> (vector<3xf32>, vector<4xf32>) {
  %0 = vector.shuffle %a, %b [0, 1, 2] : vector<4xf32>, vector<2xf32>
  %1 = vector.shuffle %a, %b [1, 0, 2, 3] : vector<4xf32>, vector<2xf32>
  return %0, %1 : vector<3xf32>, vector<4xf32> }
func.func @s3_cst() -> (vector<3xi32>, vector<3xi32>, vector<2xi32>, vector<2xi32>) {
  %a = arith.constant dense<[1, 2]> : vector<2xi32>
  %b = arith.constant dense<[3, 4]> : vector<2xi32>
  %p = ub.poison : vector<2xi32>
  %0 = vector.shuffle %a, %b [3, 0, -1] : vector<2xi32>, vector<2xi32>
  %1 = vector.shuffle %p, %b [0, 3, 2] : vector<2xi32>, vector<2xi32>
  %2 = vector.shuffle %p, %p [0, 3] : vector<2xi32>, vector<2xi32>
  %3 = vector.shuffle %a, %p [-1, 3] : vector<2xi32>, vector<2xi32>
  return %0, %1, %2, %3 : vector<3xi32>, vector<3xi32>, vector<2xi32>, vector<2xi32> }
func.func @s3_cst_nd() -> vector<2x2xi32> {
  %a = arith.constant dense<[[1, 2]]> : vector<1x2xi32>
  %b = arith.constant dense<[[3, 4]]> : vector<1x2xi32>
  %0 = vector.shuffle %a, %b [1, 0] : vector<1x2xi32>, vector<1x2xi32>
  return %0 : vector<2x2xi32> }
func.func @s3_cst_f() -> vector<2xf32> {
  %a = arith.constant dense<[1.0, 2.0]> : vector<2xf32>
  %b = arith.constant dense<3.0> : vector<2xf32>
  %0 = vector.shuffle %a, %b [3, 1] : vector<2xf32>, vector<2xf32>
  return %0 : vector<2xf32> }
func.func @s3_zd(%a: vector<f32>, %b: vector<f32>) -> (vector<1xf32>, vector<1xf32>, vector<2xf32>) {
  %0 = vector.shuffle %a, %b [0] : vector<f32>, vector<f32>
  %1 = vector.shuffle %a, %b [1] : vector<f32>, vector<f32>
  %2 = vector.shuffle %a, %b [0, 1] : vector<f32>, vector<f32>
  return %0, %1, %2 : vector<1xf32>, vector<1xf32>, vector<2xf32> }
func.func @s3_splat(%s: f32, %t: f32) -> (vector<3xf32>, vector<3xf32>) {
  %a = vector.broadcast %s : f32 to vector<2xf32>
  %b = vector.broadcast %s : f32 to vector<4xf32>
  %c = vector.broadcast %t : f32 to vector<4xf32>
  %0 = vector.shuffle %a, %b [0, 5, 1] : vector<2xf32>, vector<4xf32>
  %1 = vector.shuffle %a, %c [0, 5, 1] : vector<2xf32>, vector<4xf32>
  return %0, %1 : vector<3xf32>, vector<3xf32> }
func.func @s3_interleave(%a: vector<4xf32>, %b: vector<4xf32>) -> (vector<8xf32>, vector<8xf32>, vector<4xf32>) {
  %0 = vector.shuffle %a, %b [0, 4, 1, 5, 2, 6, 3, 7] : vector<4xf32>, vector<4xf32>
  %1 = vector.shuffle %a, %b [4, 0, 5, 1, 6, 2, 7, 3] : vector<4xf32>, vector<4xf32>
  %2 = vector.shuffle %a, %b [0, 4, 1, 5] : vector<4xf32>, vector<4xf32>
  return %0, %1, %2 : vector<8xf32>, vector<8xf32>, vector<4xf32> }
func.func @s3_ex_sh(%a: vector<4xf32>, %b: vector<2xf32>) -> (f32, f32, f32) {
  %0 = vector.shuffle %a, %b [5, 0, -1] : vector<4xf32>, vector<2xf32>
  %1 = vector.extract %0[0] : f32 from vector<3xf32>
  %2 = vector.extract %0[1] : f32 from vector<3xf32>
  %3 = vector.extract %0[2] : f32 from vector<3xf32>
  return %1, %2, %3 : f32, f32, f32 }
func.func @s3_ex_sh_nd(%a: vector<2x3xf32>, %b: vector<2x3xf32>) -> (vector<3xf32>, f32) {
  %0 = vector.shuffle %a, %b [3, 0] : vector<2x3xf32>, vector<2x3xf32>
  %1 = vector.extract %0[0] : vector<3xf32> from vector<2x3xf32>
  %2 = vector.extract %0[1, 2] : f32 from vector<2x3xf32>
  return %1, %2 : vector<3xf32>, f32 }
func.func @s4_u(%a: vector<4xf32>, %b: vector<2xf32>) -> (vector<3xf32>, vector<3xf32>, vector<2xf32>, vector<2xf32>) {
  %0 = vector.shuffle %a, %b [4, 5, 4] : vector<4xf32>, vector<2xf32>
  %1 = vector.shuffle %a, %b [-1, 5, 4] : vector<4xf32>, vector<2xf32>
  %2 = vector.shuffle %a, %b [-1, -1] : vector<4xf32>, vector<2xf32>
  %3 = vector.shuffle %a, %b [1, -1] : vector<4xf32>, vector<2xf32>
  return %0, %1, %2, %3 : vector<3xf32>, vector<3xf32>, vector<2xf32>, vector<2xf32> }
func.func @s4_u2(%a: vector<2xf32>, %b: vector<2xf32>) -> (vector<2xf32>, vector<2xf32>, vector<4xf32>) {
  %0 = vector.shuffle %a, %b [0, 1] : vector<2xf32>, vector<2xf32>
  %1 = vector.shuffle %a, %a [2, 3] : vector<2xf32>, vector<2xf32>
  %2 = vector.shuffle %a, %b [0, 2, 1, -1] : vector<2xf32>, vector<2xf32>
  return %0, %1, %2 : vector<2xf32>, vector<2xf32>, vector<4xf32> }
func.func @s4_u3(%a: vector<2x3xf32>, %b: vector<2x3xf32>) -> vector<2x3xf32> {
  %0 = vector.shuffle %a, %b [1, 0] : vector<2x3xf32>, vector<2x3xf32>
  return %0 : vector<2x3xf32> }
func.func @s4_u4(%a: vector<f32>, %b: vector<f32>) -> vector<2xf32> {
  %0 = vector.shuffle %a, %b [0, 0] : vector<f32>, vector<f32>
  return %0 : vector<2xf32> }
func.func @s4_il0(%a: vector<2xf32>) -> vector<4xf32> {
  %0 = vector.shuffle %a, %a [0, 2, 1, 3] : vector<2xf32>, vector<2xf32>
  return %0 : vector<4xf32> }
