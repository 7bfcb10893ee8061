// canonicalize, poison in the vector dialect: broadcast, extract, shape_cast and
// transpose of ub.poison fold to poison; extract / insert at position -1 (static, or a
// constant index operand) fold to poison; from_elements of poison only is poison (via
// broadcast); a chain broadcast -> transpose -> shape_cast -> extract of poison. Also the
// transposes that move only unit dims (folded to the source, or with a shape_cast into
// one shape_cast). Negative cases (MLIR leaves them): extract_strided_slice of poison,
// insert of poison into poison, insert of poison into a value, insert into poison,
// from_elements with some poison elements, extract at an out-of-range or poison index
// operand, transposes that permute non-unit dims or scalable unit dims.
func.func @bc() -> vector<4xf32> {
  %p = ub.poison : f32
  %0 = vector.broadcast %p : f32 to vector<4xf32>
  return %0 : vector<4xf32> }
func.func @ex() -> f32 {
  %p = ub.poison : vector<4xf32>
  %0 = vector.extract %p[1] : f32 from vector<4xf32>
  return %0 : f32 }
func.func @ex_neg(%a: vector<4xf32>) -> f32 {
  %0 = vector.extract %a[-1] : f32 from vector<4xf32>
  return %0 : f32 }
func.func @ins_neg(%a: vector<4xf32>, %b: f32) -> vector<4xf32> {
  %0 = vector.insert %b, %a[-1] : f32 into vector<4xf32>
  return %0 : vector<4xf32> }
func.func @sc() -> vector<2x2xf32> {
  %p = ub.poison : vector<4xf32>
  %0 = vector.shape_cast %p : vector<4xf32> to vector<2x2xf32>
  return %0 : vector<2x2xf32> }
func.func @tr() -> vector<3x2xf32> {
  %p = ub.poison : vector<2x3xf32>
  %0 = vector.transpose %p, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  return %0 : vector<3x2xf32> }
func.func @fe() -> vector<2xf32> {
  %p = ub.poison : f32
  %0 = vector.from_elements %p, %p : vector<2xf32>
  return %0 : vector<2xf32> }
func.func @fe_mixed(%a: f32) -> vector<2xf32> {
  %p = ub.poison : f32
  %0 = vector.from_elements %a, %p : vector<2xf32>
  return %0 : vector<2xf32> }
func.func @fe_mixed_c() -> vector<2xf32> {
  %p = ub.poison : f32
  %c = arith.constant 1.0 : f32
  %0 = vector.from_elements %c, %p : vector<2xf32>
  return %0 : vector<2xf32> }
func.func @ess() -> vector<2xf32> {
  %p = ub.poison : vector<4xf32>
  %0 = vector.extract_strided_slice %p offsets = [1], sizes = [2], strides = [1] : vector<4xf32> to vector<2xf32>
  return %0 : vector<2xf32> }
func.func @ins_pp() -> vector<4xf32> {
  %p = ub.poison : vector<4xf32>
  %q = ub.poison : f32
  %0 = vector.insert %q, %p[1] : f32 into vector<4xf32>
  return %0 : vector<4xf32> }
func.func @ins_p(%a: vector<4xf32>) -> vector<4xf32> {
  %q = ub.poison : f32
  %0 = vector.insert %q, %a[1] : f32 into vector<4xf32>
  return %0 : vector<4xf32> }
func.func @ins_into_p(%a: f32) -> vector<4xf32> {
  %p = ub.poison : vector<4xf32>
  %0 = vector.insert %a, %p[1] : f32 into vector<4xf32>
  return %0 : vector<4xf32> }
func.func @ex_dyn_m1(%a: vector<4xf32>) -> f32 {
  %c = arith.constant -1 : index
  %0 = vector.extract %a[%c] : f32 from vector<4xf32>
  return %0 : f32 }
func.func @ex_dyn_oob(%a: vector<4xf32>) -> f32 {
  %c = arith.constant 7 : index
  %0 = vector.extract %a[%c] : f32 from vector<4xf32>
  return %0 : f32 }
func.func @ex_dyn_poison(%a: vector<4xf32>) -> f32 {
  %c = ub.poison : index
  %0 = vector.extract %a[%c] : f32 from vector<4xf32>
  return %0 : f32 }
func.func @ins_dyn_m1(%a: vector<4xf32>, %b: f32) -> vector<4xf32> {
  %c = arith.constant -1 : index
  %0 = vector.insert %b, %a[%c] : f32 into vector<4xf32>
  return %0 : vector<4xf32> }
func.func @ex_m1_2d(%a: vector<4x3xf32>, %i: index) -> f32 {
  %0 = vector.extract %a[%i, -1] : f32 from vector<4x3xf32>
  return %0 : f32 }
func.func @ex_partial(%a: vector<4x3xf32>) -> vector<3xf32> {
  %0 = vector.extract %a[-1] : vector<3xf32> from vector<4x3xf32>
  return %0 : vector<3xf32> }
func.func @bc_v() -> vector<2x4xf32> {
  %p = ub.poison : vector<4xf32>
  %0 = vector.broadcast %p : vector<4xf32> to vector<2x4xf32>
  return %0 : vector<2x4xf32> }
func.func @chain() -> f32 {
  %p = ub.poison : vector<4xf32>
  %0 = vector.broadcast %p : vector<4xf32> to vector<2x4xf32>
  %1 = vector.transpose %0, [1, 0] : vector<2x4xf32> to vector<4x2xf32>
  %2 = vector.shape_cast %1 : vector<4x2xf32> to vector<8xf32>
  %3 = vector.extract %2[3] : f32 from vector<8xf32>
  return %3 : f32 }
func.func @tr_unit2(%a: vector<1x4xf32>) -> vector<4x1xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<1x4xf32> to vector<4x1xf32>
  return %0 : vector<4x1xf32> }
func.func @bc_idx() -> vector<4xindex> {
  %p = ub.poison : index
  %0 = vector.broadcast %p : index to vector<4xindex>
  return %0 : vector<4xindex> }
func.func @ins_into_p_chain(%a: f32, %b: f32) -> vector<2xf32> {
  %p = ub.poison : vector<2xf32>
  %0 = vector.insert %a, %p[0] : f32 into vector<2xf32>
  %1 = vector.insert %b, %0[1] : f32 into vector<2xf32>
  return %1 : vector<2xf32> }
func.func @ex_from_ins_p(%a: f32) -> f32 {
  %p = ub.poison : vector<2xf32>
  %0 = vector.insert %a, %p[0] : f32 into vector<2xf32>
  %1 = vector.extract %0[1] : f32 from vector<2xf32>
  return %1 : f32 }
func.func @ex_dense_m1() -> f32 {
  %c = arith.constant dense<[1.0, 2.0]> : vector<2xf32>
  %1 = vector.extract %c[-1] : f32 from vector<2xf32>
  return %1 : f32 }
func.func @tr_unit3(%a: vector<1x4x1xf32>) -> vector<1x4x1xf32> {
  %0 = vector.transpose %a, [2, 1, 0] : vector<1x4x1xf32> to vector<1x4x1xf32>
  return %0 : vector<1x4x1xf32> }
func.func @tr_22(%a: vector<2x2xf32>) -> vector<2x2xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<2x2xf32> to vector<2x2xf32>
  return %0 : vector<2x2xf32> }
func.func @tr_sc1(%a: vector<[1]x1xf32>) -> vector<1x[1]xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<[1]x1xf32> to vector<1x[1]xf32>
  return %0 : vector<1x[1]xf32> }
func.func @sc_tr(%a: vector<1x4xf32>) -> vector<4xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<1x4xf32> to vector<4x1xf32>
  %1 = vector.shape_cast %0 : vector<4x1xf32> to vector<4xf32>
  return %1 : vector<4xf32> }
func.func @tr_sc(%a: vector<4xf32>) -> vector<4x1xf32> {
  %0 = vector.shape_cast %a : vector<4xf32> to vector<1x4xf32>
  %1 = vector.transpose %0, [1, 0] : vector<1x4xf32> to vector<4x1xf32>
  return %1 : vector<4x1xf32> }
