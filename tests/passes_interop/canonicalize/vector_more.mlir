// canonicalize, vector.extract_strided_slice / insert_strided_slice and the insert chain
// patterns: insert of a vector with as many elements (broadcast -> shape_cast), scalar
// insert chains that initialize every element (from_elements), slices to their own type,
// of constants (splat, dense, i1, f16), of broadcasts (scalar, sliced, unit dims), of
// slices (full and partial offsets), through insert_strided_slice chains (contained,
// disjoint then contained), unit-leading slices -> extract + shape_cast; inserts of the
// dest type, of a slice of the dest, of a splat into the same splat, of constants; extract
// from a slice. Negative cases: partial insert chains, a dynamic position or a reused
// intermediate in the chain, a disjoint-only or partially overlapping slice of inserts,
// a slice of unit sizes in every dim, a slice of the dest at other offsets, a scalar
// insert into a splat, vector.step, scalable slices.
func.func @ins_bc(%a: vector<4xf32>, %d: vector<1x4xf32>) -> vector<1x4xf32> {
  %0 = vector.insert %a, %d [0] : vector<4xf32> into vector<1x4xf32>
  return %0 : vector<1x4xf32> }
func.func @ins_full(%a: f32, %b: f32, %d: vector<2xf32>) -> vector<2xf32> {
  %0 = vector.insert %a, %d [0] : f32 into vector<2xf32>
  %1 = vector.insert %b, %0 [1] : f32 into vector<2xf32>
  return %1 : vector<2xf32> }
func.func @ins_partial(%a: f32, %b: f32, %d: vector<3xf32>) -> vector<3xf32> {
  %0 = vector.insert %a, %d [0] : f32 into vector<3xf32>
  %1 = vector.insert %b, %0 [1] : f32 into vector<3xf32>
  return %1 : vector<3xf32> }
func.func @ins_over(%a: f32, %b: f32, %d: vector<2xf32>) -> vector<2xf32> {
  %0 = vector.insert %a, %d [0] : f32 into vector<2xf32>
  %1 = vector.insert %b, %0 [0] : f32 into vector<2xf32>
  %2 = vector.insert %a, %1 [1] : f32 into vector<2xf32>
  return %2 : vector<2xf32> }
func.func @ins_splat(%a: f32) -> vector<2xf32> {
  %d = vector.broadcast %a : f32 to vector<2xf32>
  %0 = vector.insert %a, %d [0] : f32 into vector<2xf32>
  return %0 : vector<2xf32> }
func.func @ess_id(%a: vector<4x8xf32>) -> vector<4x8xf32> {
  %0 = vector.extract_strided_slice %a offsets = [0, 0], sizes = [4, 8], strides = [1, 1] : vector<4x8xf32> to vector<4x8xf32>
  return %0 : vector<4x8xf32> }
func.func @ess_const() -> vector<2x2xi32> {
  %c = arith.constant dense<[[1, 2, 3], [4, 5, 6], [7, 8, 9]]> : vector<3x3xi32>
  %0 = vector.extract_strided_slice %c offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<3x3xi32> to vector<2x2xi32>
  return %0 : vector<2x2xi32> }
func.func @ess_splat() -> vector<2x2xi32> {
  %c = arith.constant dense<3> : vector<3x3xi32>
  %0 = vector.extract_strided_slice %c offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<3x3xi32> to vector<2x2xi32>
  return %0 : vector<2x2xi32> }
func.func @ess_bcast(%a: f32) -> vector<2x2xf32> {
  %b = vector.broadcast %a : f32 to vector<3x3xf32>
  %0 = vector.extract_strided_slice %b offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<3x3xf32> to vector<2x2xf32>
  return %0 : vector<2x2xf32> }
func.func @ess_bcast2(%a: vector<3xf32>) -> vector<2x2xf32> {
  %b = vector.broadcast %a : vector<3xf32> to vector<3x3xf32>
  %0 = vector.extract_strided_slice %b offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<3x3xf32> to vector<2x2xf32>
  return %0 : vector<2x2xf32> }
func.func @ess_bcast3(%a: vector<1x3xf32>) -> vector<2x3xf32> {
  %b = vector.broadcast %a : vector<1x3xf32> to vector<3x3xf32>
  %0 = vector.extract_strided_slice %b offsets = [1, 0], sizes = [2, 3], strides = [1, 1] : vector<3x3xf32> to vector<2x3xf32>
  return %0 : vector<2x3xf32> }
func.func @ess_ess(%a: vector<8x8xf32>) -> vector<2x2xf32> {
  %0 = vector.extract_strided_slice %a offsets = [1, 2], sizes = [4, 4], strides = [1, 1] : vector<8x8xf32> to vector<4x4xf32>
  %1 = vector.extract_strided_slice %0 offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<4x4xf32> to vector<2x2xf32>
  return %1 : vector<2x2xf32> }
func.func @ess_contig(%a: vector<4x8xf32>) -> vector<1x8xf32> {
  %0 = vector.extract_strided_slice %a offsets = [2], sizes = [1], strides = [1] : vector<4x8xf32> to vector<1x8xf32>
  return %0 : vector<1x8xf32> }
func.func @ess_contig2(%a: vector<4x8xf32>) -> vector<1x1xf32> {
  %0 = vector.extract_strided_slice %a offsets = [2, 3], sizes = [1, 1], strides = [1, 1] : vector<4x8xf32> to vector<1x1xf32>
  return %0 : vector<1x1xf32> }
func.func @ess_iss(%a: vector<2x4xf32>, %d: vector<4x8xf32>) -> vector<2x4xf32> {
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %1 = vector.extract_strided_slice %0 offsets = [1, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return %1 : vector<2x4xf32> }
func.func @ess_iss2(%a: vector<2x4xf32>, %d: vector<4x8xf32>) -> vector<1x2xf32> {
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %1 = vector.extract_strided_slice %0 offsets = [2, 3], sizes = [1, 2], strides = [1, 1] : vector<4x8xf32> to vector<1x2xf32>
  return %1 : vector<1x2xf32> }
func.func @ess_iss3(%a: vector<2x4xf32>, %d: vector<4x8xf32>) -> vector<1x2xf32> {
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %1 = vector.extract_strided_slice %0 offsets = [0, 0], sizes = [1, 2], strides = [1, 1] : vector<4x8xf32> to vector<1x2xf32>
  return %1 : vector<1x2xf32> }
func.func @iss_id(%a: vector<4x8xf32>, %d: vector<4x8xf32>) -> vector<4x8xf32> {
  %0 = vector.insert_strided_slice %a, %d offsets = [0, 0], strides = [1, 1] : vector<4x8xf32> into vector<4x8xf32>
  return %0 : vector<4x8xf32> }
func.func @iss_ess(%d: vector<4x8xf32>) -> vector<4x8xf32> {
  %a = vector.extract_strided_slice %d offsets = [1, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  return %0 : vector<4x8xf32> }
func.func @iss_const() -> vector<2x3xi32> {
  %a = arith.constant dense<[9, 8]> : vector<2xi32>
  %d = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : vector<2x3xi32>
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 1], strides = [1] : vector<2xi32> into vector<2x3xi32>
  return %0 : vector<2x3xi32> }
func.func @iss_splat(%s: f32) -> vector<4x8xf32> {
  %a = vector.broadcast %s : f32 to vector<2x4xf32>
  %d = vector.broadcast %s : f32 to vector<4x8xf32>
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  return %0 : vector<4x8xf32> }
func.func @step() -> vector<4xindex> {
  %0 = vector.step : vector<4xindex>
  return %0 : vector<4xindex> }
func.func @ess_ess_partial(%a: vector<8x8x4xf32>) -> vector<2x4x4xf32> {
  %0 = vector.extract_strided_slice %a offsets = [1], sizes = [4], strides = [1] : vector<8x8x4xf32> to vector<4x8x4xf32>
  %1 = vector.extract_strided_slice %0 offsets = [1, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8x4xf32> to vector<2x4x4xf32>
  return %1 : vector<2x4x4xf32> }
func.func @ess_ess_partial2(%a: vector<8x8x4xf32>) -> vector<2x6x4xf32> {
  %0 = vector.extract_strided_slice %a offsets = [1, 2], sizes = [4, 6], strides = [1, 1] : vector<8x8x4xf32> to vector<4x6x4xf32>
  %1 = vector.extract_strided_slice %0 offsets = [1], sizes = [2], strides = [1] : vector<4x6x4xf32> to vector<2x6x4xf32>
  return %1 : vector<2x6x4xf32> }
func.func @ext_ess(%a: vector<8x8xf32>) -> f32 {
  %0 = vector.extract_strided_slice %a offsets = [1, 2], sizes = [4, 4], strides = [1, 1] : vector<8x8xf32> to vector<4x4xf32>
  %1 = vector.extract %0[1, 1] : f32 from vector<4x4xf32>
  return %1 : f32 }
func.func @ext_ess2(%a: vector<8x8xf32>) -> vector<8xf32> {
  %0 = vector.extract_strided_slice %a offsets = [1], sizes = [4], strides = [1] : vector<8x8xf32> to vector<4x8xf32>
  %1 = vector.extract %0[2] : vector<8xf32> from vector<4x8xf32>
  return %1 : vector<8xf32> }
func.func @ext_ess3(%a: vector<8x8xf32>) -> vector<4xf32> {
  %0 = vector.extract_strided_slice %a offsets = [1, 2], sizes = [4, 4], strides = [1, 1] : vector<8x8xf32> to vector<4x4xf32>
  %1 = vector.extract %0[2] : vector<4xf32> from vector<4x4xf32>
  return %1 : vector<4xf32> }
func.func @ext_dyn_unit(%a: vector<1x4xf32>, %i: index) -> vector<4xf32> {
  %1 = vector.extract %a[%i] : vector<4xf32> from vector<1x4xf32>
  return %1 : vector<4xf32> }
func.func @ext_sc_scal(%a: vector<2x[4]xf32>) -> vector<[4]xf32> {
  %0 = vector.shape_cast %a : vector<2x[4]xf32> to vector<2x1x[4]xf32>
  %1 = vector.extract %0[1, 0] : vector<[4]xf32> from vector<2x1x[4]xf32>
  return %1 : vector<[4]xf32> }
func.func @ins_chain_dyn(%a: f32, %b: f32, %d: vector<2xf32>, %i: index) -> vector<2xf32> {
  %0 = vector.insert %a, %d [%i] : f32 into vector<2xf32>
  %1 = vector.insert %b, %0 [1] : f32 into vector<2xf32>
  %2 = vector.insert %b, %1 [0] : f32 into vector<2xf32>
  return %2 : vector<2xf32> }
func.func @ins_chain_uses(%a: f32, %b: f32, %d: vector<2xf32>) -> (vector<2xf32>, vector<2xf32>) {
  %0 = vector.insert %a, %d [0] : f32 into vector<2xf32>
  %1 = vector.insert %b, %0 [1] : f32 into vector<2xf32>
  return %0, %1 : vector<2xf32>, vector<2xf32> }
func.func @ins_2d(%a: f32, %b: f32, %d: vector<2x1xf32>) -> vector<2x1xf32> {
  %0 = vector.insert %a, %d [0, 0] : f32 into vector<2x1xf32>
  %1 = vector.insert %b, %0 [1, 0] : f32 into vector<2x1xf32>
  return %1 : vector<2x1xf32> }
func.func @ins_vec_bc(%a: vector<1x4xf32>, %d: vector<1x1x4xf32>) -> vector<1x1x4xf32> {
  %0 = vector.insert %a, %d [0] : vector<1x4xf32> into vector<1x1x4xf32>
  return %0 : vector<1x1x4xf32> }
func.func @fe_consts_mixed(%x: f32) -> vector<2xf32> {
  %a = arith.constant 1.0 : f32
  %0 = vector.from_elements %a, %x : vector<2xf32>
  return %0 : vector<2xf32> }
func.func @ess_scal(%a: vector<4x[8]xf32>) -> vector<2x[8]xf32> {
  %0 = vector.extract_strided_slice %a offsets = [1, 0], sizes = [2, 8], strides = [1, 1] : vector<4x[8]xf32> to vector<2x[8]xf32>
  return %0 : vector<2x[8]xf32> }
func.func @ess_bcast_partial(%a: vector<3x4xf32>) -> vector<2x2x4xf32> {
  %b = vector.broadcast %a : vector<3x4xf32> to vector<2x3x4xf32>
  %0 = vector.extract_strided_slice %b offsets = [0, 1], sizes = [2, 2], strides = [1, 1] : vector<2x3x4xf32> to vector<2x2x4xf32>
  return %0 : vector<2x2x4xf32> }
func.func @ess_bcast_unit(%a: vector<1x4xf32>) -> vector<2x2xf32> {
  %b = vector.broadcast %a : vector<1x4xf32> to vector<3x4xf32>
  %0 = vector.extract_strided_slice %b offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<3x4xf32> to vector<2x2xf32>
  return %0 : vector<2x2xf32> }
func.func @iss_chain(%a: vector<2x4xf32>, %c: vector<2x4xf32>, %d: vector<4x8xf32>) -> vector<2x2xf32> {
  %0 = vector.insert_strided_slice %a, %d offsets = [0, 0], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %1 = vector.insert_strided_slice %c, %0 offsets = [2, 4], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %2 = vector.extract_strided_slice %1 offsets = [0, 1], sizes = [2, 2], strides = [1, 1] : vector<4x8xf32> to vector<2x2xf32>
  return %2 : vector<2x2xf32> }
func.func @iss_partial(%a: vector<2x4xf32>, %d: vector<4x8xf32>) -> vector<2x4xf32> {
  %0 = vector.insert_strided_slice %a, %d offsets = [0, 0], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %2 = vector.extract_strided_slice %0 offsets = [0, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  return %2 : vector<2x4xf32> }
func.func @iss_lowrank(%a: vector<4xf32>, %d: vector<4x8xf32>) -> vector<1x4xf32> {
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 0], strides = [1] : vector<4xf32> into vector<4x8xf32>
  %2 = vector.extract_strided_slice %0 offsets = [1, 0], sizes = [1, 4], strides = [1, 1] : vector<4x8xf32> to vector<1x4xf32>
  return %2 : vector<1x4xf32> }
func.func @iss_const_lowrank() -> vector<2x2x3xi32> {
  %a = arith.constant dense<[[9, 8]]> : vector<1x2xi32>
  %d = arith.constant dense<0> : vector<2x2x3xi32>
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 1, 1], strides = [1, 1] : vector<1x2xi32> into vector<2x2x3xi32>
  return %0 : vector<2x2x3xi32> }
func.func @iss_ess_diff(%d: vector<4x8xf32>) -> vector<4x8xf32> {
  %a = vector.extract_strided_slice %d offsets = [1, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  %0 = vector.insert_strided_slice %a, %d offsets = [1, 3], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  return %0 : vector<4x8xf32> }
func.func @t_const_i1() -> vector<3x2xi1> {
  %c = arith.constant dense<true> : vector<2x3xi1>
  %1 = vector.transpose %c, [1, 0] : vector<2x3xi1> to vector<3x2xi1>
  return %1 : vector<3x2xi1> }
func.func @sc_const_i1() -> vector<3x2xi1> {
  %c = arith.constant dense<[[true, false, true], [false, false, true]]> : vector<2x3xi1>
  %1 = vector.shape_cast %c : vector<2x3xi1> to vector<3x2xi1>
  return %1 : vector<3x2xi1> }
func.func @ess_const_f16() -> vector<2xf16> {
  %c = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf16>
  %1 = vector.extract_strided_slice %c offsets = [1], sizes = [2], strides = [1] : vector<4xf16> to vector<2xf16>
  return %1 : vector<2xf16> }
func.func @fe_idx() -> vector<2xindex> {
  %a = arith.constant 1 : index
  %b = arith.constant 7 : index
  %0 = vector.from_elements %a, %b : vector<2xindex>
  return %0 : vector<2xindex> }
func.func @ext_step() -> index {
  %0 = vector.step : vector<4xindex>
  %1 = vector.extract %0[2] : index from vector<4xindex>
  return %1 : index }
