// canonicalize, the rest of the vector patterns: arith.cmpi of vector.step against a
// constant splat where every lane compares alike -> a splat i1 constant
// (StepCompareFolder; ult/uge, ule/ugt, eq/ne, index and i8 steps, scalable steps, the
// step on the right moved left by arith.cmpi's own canonicalization, several users);
// interleave of the two in-order results of one deinterleave -> its source;
// extract_strided_slice through a chain of insert_strided_slice. Negative cases: lanes
// comparing differently, signed predicates, non-splat or non-constant bounds, negative
// bounds, the step compared with itself, swapped or mixed deinterleave results,
// poison interleaves, multi_reduction / reduction of constants, partially overlapping
// and rank-changing inserts; and, as MLIR does, no write forwarding into a read or
// write masked by vector.mask (RAW, WAW), while in_bounds inference, memref.cast
// folding, write-of-read and contract/reduction patterns do apply to masked ops.
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
func.func @ult_all_true() -> vector<4xi1> {
  %c = arith.constant dense<4> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ult, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @uge_all_false() -> vector<4xi1> {
  %c = arith.constant dense<7> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi uge, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @ule_true() -> vector<4xi1> {
  %c = arith.constant dense<3> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ule, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @ugt_false() -> vector<4xi1> {
  %c = arith.constant dense<3> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ugt, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @eq_false() -> vector<4xi1> {
  %c = arith.constant dense<4> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi eq, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @ne_true() -> vector<4xi1> {
  %c = arith.constant dense<9> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ne, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @ult_mixed() -> vector<4xi1> {
  %c = arith.constant dense<3> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ult, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @eq_mixed() -> vector<4xi1> {
  %c = arith.constant dense<3> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi eq, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @slt_no() -> vector<4xi1> {
  %c = arith.constant dense<4> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi slt, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @ugt_swapped() -> vector<4xi1> {
  %c = arith.constant dense<4> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ugt, %c, %s : vector<4xindex>
  return %r : vector<4xi1> }
func.func @nonsplat(%x: vector<4xindex>) -> vector<4xi1> {
  %c = arith.constant dense<[4,5,6,7]> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ult, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @dyn(%x: vector<4xindex>) -> vector<4xi1> {
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ult, %s, %x : vector<4xindex>
  return %r : vector<4xi1> }
func.func @scalable() -> vector<[4]xi1> {
  %c = arith.constant dense<4> : vector<[4]xindex>
  %s = vector.step : vector<[4]xindex>
  %r = arith.cmpi ult, %s, %c : vector<[4]xindex>
  return %r : vector<[4]xi1> }
func.func @two_uses(%x: vector<4xindex>) -> (vector<4xi1>, vector<4xi1>, vector<4xindex>) {
  %c = arith.constant dense<2> : vector<4xindex>
  %d = arith.constant dense<8> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ult, %s, %c : vector<4xindex>
  %q = arith.cmpi ult, %s, %d : vector<4xindex>
  %a = arith.addi %s, %x : vector<4xindex>
  return %r, %q, %a : vector<4xi1>, vector<4xi1>, vector<4xindex> }
func.func @large() -> vector<4xi1> {
  %c = arith.constant dense<-1> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ult, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @i8_true() -> vector<4xi1> {
  %c = arith.constant dense<4> : vector<4xi8>
  %s = vector.step : vector<4xi8>
  %r = arith.cmpi ult, %s, %c : vector<4xi8>
  return %r : vector<4xi1> }
func.func @i8_neg() -> vector<4xi1> {
  %c = arith.constant dense<200> : vector<4xi8>
  %s = vector.step : vector<4xi8>
  %r = arith.cmpi ult, %s, %c : vector<4xi8>
  return %r : vector<4xi1> }
func.func @self() -> vector<4xi1> {
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ult, %s, %s : vector<4xindex>
  return %r : vector<4xi1> }
func.func @big_index() -> vector<4xi1> {
  %c = arith.constant dense<9223372036854775807> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ugt, %s, %c : vector<4xindex>
  return %r : vector<4xi1> }
func.func @dil_il_swapped(%a: vector<8xf32>) -> vector<8xf32> {
  %1, %2 = vector.deinterleave %a : vector<8xf32> -> vector<4xf32>
  %0 = vector.interleave %2, %1 : vector<4xf32> -> vector<8xf32>
  return %0 : vector<8xf32> }
func.func @dil_il_two(%a: vector<8xf32>, %b: vector<8xf32>) -> vector<8xf32> {
  %1, %2 = vector.deinterleave %a : vector<8xf32> -> vector<4xf32>
  %3, %4 = vector.deinterleave %b : vector<8xf32> -> vector<4xf32>
  %0 = vector.interleave %1, %4 : vector<4xf32> -> vector<8xf32>
  return %0 : vector<8xf32> }
func.func @dil_il_2d(%a: vector<2x[8]xf32>) -> vector<2x[8]xf32> {
  %1, %2 = vector.deinterleave %a : vector<2x[8]xf32> -> vector<2x[4]xf32>
  %0 = vector.interleave %1, %2 : vector<2x[4]xf32> -> vector<2x[8]xf32>
  return %0 : vector<2x[8]xf32> }
func.func @il_poison() -> vector<8xf32> {
  %p = ub.poison : vector<4xf32>
  %0 = vector.interleave %p, %p : vector<4xf32> -> vector<8xf32>
  return %0 : vector<8xf32> }
func.func @dil_poison() -> (vector<4xf32>, vector<4xf32>) {
  %p = ub.poison : vector<8xf32>
  %1, %2 = vector.deinterleave %p : vector<8xf32> -> vector<4xf32>
  return %1, %2 : vector<4xf32>, vector<4xf32> }
func.func @dil_il_0d(%a: vector<2xf32>) -> vector<2xf32> {
  %1, %2 = vector.deinterleave %a : vector<2xf32> -> vector<1xf32>
  %0 = vector.interleave %1, %2 : vector<1xf32> -> vector<2xf32>
  return %0 : vector<2xf32> }
func.func @mr_const(%acc: vector<4xf32>) -> vector<4xf32> {
  %c = arith.constant dense<1.0> : vector<4x8xf32>
  %0 = vector.multi_reduction <add>, %c, %acc [1] : vector<4x8xf32> to vector<4xf32>
  return %0 : vector<4xf32> }
func.func @mr_const_acc() -> vector<4xf32> {
  %c = arith.constant dense<1.0> : vector<4x8xf32>
  %a = arith.constant dense<0.0> : vector<4xf32>
  %0 = vector.multi_reduction <add>, %c, %a [1] : vector<4x8xf32> to vector<4xf32>
  return %0 : vector<4xf32> }
func.func @red_const() -> f32 {
  %c = arith.constant dense<1.0> : vector<8xf32>
  %0 = vector.reduction <add>, %c : vector<8xf32> into f32
  return %0 : f32 }
func.func @il_dil(%a: vector<4xf32>, %b: vector<4xf32>) -> (vector<4xf32>, vector<4xf32>) {
  %0 = vector.interleave %a, %b : vector<4xf32> -> vector<8xf32>
  %1, %2 = vector.deinterleave %0 : vector<8xf32> -> vector<4xf32>
  return %1, %2 : vector<4xf32>, vector<4xf32> }
func.func @dil_il(%a: vector<8xf32>) -> vector<8xf32> {
  %1, %2 = vector.deinterleave %a : vector<8xf32> -> vector<4xf32>
  %0 = vector.interleave %1, %2 : vector<4xf32> -> vector<8xf32>
  return %0 : vector<8xf32> }
func.func @dil_const() -> (vector<4xi32>, vector<4xi32>) {
  %c = arith.constant dense<[0,1,2,3,4,5,6,7]> : vector<8xi32>
  %1, %2 = vector.deinterleave %c : vector<8xi32> -> vector<4xi32>
  return %1, %2 : vector<4xi32>, vector<4xi32> }
func.func @il_const() -> vector<8xi32> {
  %c = arith.constant dense<[0,1,2,3]> : vector<4xi32>
  %d = arith.constant dense<7> : vector<4xi32>
  %0 = vector.interleave %c, %d : vector<4xi32> -> vector<8xi32>
  return %0 : vector<8xi32> }
func.func @dil_splat() -> (vector<4xi32>, vector<4xi32>) {
  %c = arith.constant dense<3> : vector<8xi32>
  %1, %2 = vector.deinterleave %c : vector<8xi32> -> vector<4xi32>
  return %1, %2 : vector<4xi32>, vector<4xi32> }
func.func @dil_bcast(%x: f32) -> (vector<4xf32>, vector<4xf32>) {
  %c = vector.broadcast %x : f32 to vector<8xf32>
  %1, %2 = vector.deinterleave %c : vector<8xf32> -> vector<4xf32>
  return %1, %2 : vector<4xf32>, vector<4xf32> }
func.func @il_same(%a: vector<4xf32>) -> vector<8xf32> {
  %0 = vector.interleave %a, %a : vector<4xf32> -> vector<8xf32>
  return %0 : vector<8xf32> }
func.func @contained(%a: vector<2x4xf32>, %b: vector<8x16xf32>) -> vector<1x2xf32> {
  %0 = vector.insert_strided_slice %a, %b offsets = [2, 4], strides = [1, 1] : vector<2x4xf32> into vector<8x16xf32>
  %1 = vector.extract_strided_slice %0 offsets = [3, 5], sizes = [1, 2], strides = [1, 1] : vector<8x16xf32> to vector<1x2xf32>
  return %1 : vector<1x2xf32> }
func.func @disjoint(%a: vector<2x4xf32>, %b: vector<8x16xf32>) -> vector<1x2xf32> {
  %0 = vector.insert_strided_slice %a, %b offsets = [2, 4], strides = [1, 1] : vector<2x4xf32> into vector<8x16xf32>
  %1 = vector.extract_strided_slice %0 offsets = [0, 0], sizes = [1, 2], strides = [1, 1] : vector<8x16xf32> to vector<1x2xf32>
  return %1 : vector<1x2xf32> }
func.func @chain(%a: vector<2x4xf32>, %c: vector<2x4xf32>, %b: vector<8x16xf32>) -> vector<1x2xf32> {
  %0 = vector.insert_strided_slice %a, %b offsets = [2, 4], strides = [1, 1] : vector<2x4xf32> into vector<8x16xf32>
  %1 = vector.insert_strided_slice %c, %0 offsets = [0, 0], strides = [1, 1] : vector<2x4xf32> into vector<8x16xf32>
  %2 = vector.extract_strided_slice %1 offsets = [3, 6], sizes = [1, 2], strides = [1, 1] : vector<8x16xf32> to vector<1x2xf32>
  return %2 : vector<1x2xf32> }
func.func @partial(%a: vector<2x4xf32>, %b: vector<8x16xf32>) -> vector<2x2xf32> {
  %0 = vector.insert_strided_slice %a, %b offsets = [2, 4], strides = [1, 1] : vector<2x4xf32> into vector<8x16xf32>
  %1 = vector.extract_strided_slice %0 offsets = [3, 6], sizes = [2, 2], strides = [1, 1] : vector<8x16xf32> to vector<2x2xf32>
  return %1 : vector<2x2xf32> }
func.func @rank_diff(%a: vector<4xf32>, %b: vector<8x16xf32>) -> vector<1x2xf32> {
  %0 = vector.insert_strided_slice %a, %b offsets = [2, 4], strides = [1] : vector<4xf32> into vector<8x16xf32>
  %1 = vector.extract_strided_slice %0 offsets = [2, 5], sizes = [1, 2], strides = [1, 1] : vector<8x16xf32> to vector<1x2xf32>
  return %1 : vector<1x2xf32> }
func.func @fewer_offsets(%a: vector<2x16xf32>, %b: vector<8x16xf32>) -> vector<1x16xf32> {
  %0 = vector.insert_strided_slice %a, %b offsets = [2, 0], strides = [1, 1] : vector<2x16xf32> into vector<8x16xf32>
  %1 = vector.extract_strided_slice %0 offsets = [3], sizes = [1], strides = [1] : vector<8x16xf32> to vector<1x16xf32>
  return %1 : vector<1x16xf32> }
func.func @disjoint_then_partial(%a: vector<2x4xf32>, %c: vector<2x4xf32>, %b: vector<8x16xf32>) -> vector<2x2xf32> {
  %0 = vector.insert_strided_slice %a, %b offsets = [2, 4], strides = [1, 1] : vector<2x4xf32> into vector<8x16xf32>
  %1 = vector.insert_strided_slice %c, %0 offsets = [6, 0], strides = [1, 1] : vector<2x4xf32> into vector<8x16xf32>
  %2 = vector.extract_strided_slice %1 offsets = [3, 6], sizes = [2, 2], strides = [1, 1] : vector<8x16xf32> to vector<2x2xf32>
  return %2 : vector<2x2xf32> }
func.func @waw_masked(%t: tensor<4xf32>, %v: vector<4xf32>, %w: vector<4xf32>, %m: vector<4xi1>) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %0 = vector.mask %m { vector.transfer_write %v, %t[%c0] : vector<4xf32>, tensor<4xf32> } : vector<4xi1> -> tensor<4xf32>
  %1 = vector.transfer_write %w, %0[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32>
  return %1 : tensor<4xf32> }
func.func @waw_masked_second(%t: tensor<4xf32>, %v: vector<4xf32>, %w: vector<4xf32>, %m: vector<4xi1>) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %0 = vector.transfer_write %v, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32>
  %1 = vector.mask %m { vector.transfer_write %w, %0[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32> } : vector<4xi1> -> tensor<4xf32>
  return %1 : tensor<4xf32> }
func.func @raw_masked(%t: tensor<4xf32>, %v: vector<4xf32>, %m: vector<4xi1>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.mask %m { vector.transfer_write %v, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32> } : vector<4xi1> -> tensor<4xf32>
  %1 = vector.transfer_read %0[%c0], %p {in_bounds = [true]} : tensor<4xf32>, vector<4xf32>
  return %1 : vector<4xf32> }
func.func @raw_read_masked(%t: tensor<4xf32>, %v: vector<4xf32>, %m: vector<4xi1>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.transfer_write %v, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32>
  %1 = vector.mask %m { vector.transfer_read %0[%c0], %p {in_bounds = [true]} : tensor<4xf32>, vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %1 : vector<4xf32> }
func.func @raw_unmasked(%t: tensor<4xf32>, %v: vector<4xf32>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.transfer_write %v, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32>
  %1 = vector.transfer_read %0[%c0], %p {in_bounds = [true]} : tensor<4xf32>, vector<4xf32>
  return %1 : vector<4xf32> }
func.func @war_masked(%t: tensor<4xf32>, %m: vector<4xi1>) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.mask %m { vector.transfer_read %t[%c0], %p {in_bounds = [true]} : tensor<4xf32>, vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  %1 = vector.transfer_write %0, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32>
  return %1 : tensor<4xf32> }
func.func @war_masked_w(%t: tensor<4xf32>, %m: vector<4xi1>) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.transfer_read %t[%c0], %p {in_bounds = [true]} : tensor<4xf32>, vector<4xf32>
  %1 = vector.mask %m { vector.transfer_write %0, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32> } : vector<4xi1> -> tensor<4xf32>
  return %1 : tensor<4xf32> }
func.func @contract_masked_zero(%a: vector<4x8xf32>, %b: vector<4x8xf32>, %m: vector<4x8xi1>) -> vector<4xf32> {
  %z = arith.constant dense<0.0> : vector<4xf32>
  %0 = vector.mask %m { vector.contract {indexing_maps = [#map, #map, #map1], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %z : vector<4x8xf32>, vector<4x8xf32> into vector<4xf32> } : vector<4x8xi1> -> vector<4xf32>
  return %0 : vector<4xf32> }
func.func @contract_masked_add(%a: vector<4x8xf32>, %b: vector<4x8xf32>, %c: vector<4xf32>, %d: vector<4xf32>, %m: vector<4x8xi1>) -> vector<4xf32> {
  %z = arith.constant dense<0.0> : vector<4xf32>
  %0 = vector.mask %m { vector.contract {indexing_maps = [#map, #map, #map1], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %z : vector<4x8xf32>, vector<4x8xf32> into vector<4xf32> } : vector<4x8xi1> -> vector<4xf32>
  %1 = arith.addf %0, %d : vector<4xf32>
  return %1 : vector<4xf32> }
func.func @contract_add(%a: vector<4x8xf32>, %b: vector<4x8xf32>, %d: vector<4xf32>) -> vector<4xf32> {
  %z = arith.constant dense<0.0> : vector<4xf32>
  %0 = vector.contract {indexing_maps = [#map, #map, #map1], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %z : vector<4x8xf32>, vector<4x8xf32> into vector<4xf32>
  %1 = arith.addf %0, %d : vector<4xf32>
  return %1 : vector<4xf32> }
func.func @inb_masked(%t: memref<8xf32>, %m: vector<4xi1>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.mask %m { vector.transfer_read %t[%c0], %p : memref<8xf32>, vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %0 : vector<4xf32> }
func.func @inb_masked_w(%t: memref<8xf32>, %v: vector<4xf32>, %m: vector<4xi1>) {
  %c0 = arith.constant 0 : index
  vector.mask %m { vector.transfer_write %v, %t[%c0] : vector<4xf32>, memref<8xf32> } : vector<4xi1>
  return }
func.func @cast_masked(%t: memref<8xf32>, %m: vector<4xi1>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %c = memref.cast %t : memref<8xf32> to memref<?xf32>
  %0 = vector.mask %m { vector.transfer_read %c[%c0], %p {in_bounds=[true]} : memref<?xf32>, vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %0 : vector<4xf32> }
func.func @raw_bcast_masked(%t: tensor<4x4xf32>, %v: vector<4xf32>, %m: vector<4x4xi1>) -> vector<4x4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.transfer_write %v, %t[%c0, %c0] {in_bounds = [true]} : vector<4xf32>, tensor<4x4xf32>
  %1 = vector.mask %m { vector.transfer_read %0[%c0, %c0], %p {in_bounds = [true, true], permutation_map = affine_map<(d0, d1) -> (d0, d1)>} : tensor<4x4xf32>, vector<4x4xf32> } : vector<4x4xi1> -> vector<4x4xf32>
  return %1 : vector<4x4xf32> }
func.func @waw_disjoint_masked(%t: tensor<8xf32>, %v: vector<4xf32>, %w: vector<4xf32>, %m: vector<4xi1>) -> tensor<8xf32> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %0 = vector.transfer_write %v, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<8xf32>
  %1 = vector.transfer_write %v, %0[%c4] {in_bounds = [true]} : vector<4xf32>, tensor<8xf32>
  %2 = vector.mask %m { vector.transfer_write %w, %1[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<8xf32> } : vector<4xi1> -> tensor<8xf32>
  return %2 : tensor<8xf32> }
func.func @raw_disjoint_masked(%t: tensor<8xf32>, %v: vector<4xf32>, %m: vector<4xi1>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.transfer_write %v, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<8xf32>
  %1 = vector.transfer_write %v, %0[%c4] {in_bounds = [true]} : vector<4xf32>, tensor<8xf32>
  %2 = vector.mask %m { vector.transfer_read %1[%c0], %p {in_bounds = [true]} : tensor<8xf32>, vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %2 : vector<4xf32> }
func.func @mr_unit_masked(%a: vector<4x1xf32>, %acc: vector<4xf32>, %m: vector<4x1xi1>) -> vector<4xf32> {
  %0 = vector.mask %m { vector.multi_reduction <add>, %a, %acc [1] : vector<4x1xf32> to vector<4xf32> } : vector<4x1xi1> -> vector<4xf32>
  return %0 : vector<4xf32> }
func.func @mr_none_masked(%a: vector<4xf32>, %acc: vector<4xf32>, %m: vector<4xi1>) -> vector<4xf32> {
  %0 = vector.mask %m { vector.multi_reduction <add>, %a, %acc [] : vector<4xf32> to vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %0 : vector<4xf32> }
func.func @red1_masked(%a: vector<1xf32>, %acc: f32, %m: vector<1xi1>) -> f32 {
  %0 = vector.mask %m { vector.reduction <add>, %a, %acc : vector<1xf32> into f32 } : vector<1xi1> -> f32
  return %0 : f32 }
func.func @mr_unit_all_masked(%a: vector<1x1xf32>, %acc: f32, %m: vector<1x1xi1>) -> f32 {
  %0 = vector.mask %m { vector.multi_reduction <add>, %a, %acc [0, 1] : vector<1x1xf32> to f32 } : vector<1x1xi1> -> f32
  return %0 : f32 }
