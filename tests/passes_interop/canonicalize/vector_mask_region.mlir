// vector.mask: an all-true mask (constant_mask, create_mask, dense<true>) moves the masked
// op out, also with a passthru and for ops without results; an empty body gives the
// yielded value, an arith.select with a passthru, or nothing; unknown / all-false masks
// keep the op; an all-true mask around an empty body gives the yielded values (passthru
// unused). Masked reductions of one element and masked multi_reductions of unit dims
// replace the whole vector.mask (the mask cast like the source, an arith.select added);
// a masked fold of the body op (multi_reduction with no reduction dims, gather with an
// all-false mask) leaves an empty mask that goes away.

func.func @all_true_constant_mask(%a: memref<8xf32>, %i: index, %p: f32) -> vector<8xf32> {
  %m = vector.constant_mask [8] : vector<8xi1>
  %r = vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @all_true_passthru(%a: memref<8xf32>, %i: index, %p: f32, %pt: vector<8xf32>) -> vector<8xf32> {
  %m = arith.constant dense<true> : vector<8xi1>
  %r = vector.mask %m, %pt { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @all_true_create_mask_write(%a: memref<8xf32>, %i: index, %v: vector<8xf32>) {
  %c8 = arith.constant 8 : index
  %m = vector.create_mask %c8 : vector<8xi1>
  vector.mask %m { vector.transfer_write %v, %a[%i] : vector<8xf32>, memref<8xf32> } : vector<8xi1>
  return
}
func.func @all_true_reduction(%v: vector<8xf32>) -> f32 {
  %m = vector.constant_mask [8] : vector<8xi1>
  %r = vector.mask %m { vector.reduction <add>, %v : vector<8xf32> into f32 } : vector<8xi1> -> f32
  return %r : f32
}
func.func @all_true_2d(%v: vector<4x8xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %m = vector.constant_mask [4, 8] : vector<4x8xi1>
  %r = vector.mask %m { vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32> } : vector<4x8xi1> -> vector<4xf32>
  return %r : vector<4xf32>
}
func.func @all_true_empty(%pt: vector<8xf32>) -> vector<8xf32> {
  %m = arith.constant dense<true> : vector<8xi1>
  %r = vector.mask %m { vector.yield %pt : vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @empty(%m: vector<8xi1>, %v: vector<8xf32>) -> vector<8xf32> {
  %r = vector.mask %m { vector.yield %v : vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @empty_passthru(%m: vector<8xi1>, %pt: vector<8xf32>, %v: vector<8xf32>) -> vector<8xf32> {
  %r = vector.mask %m, %pt { vector.yield %v : vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @empty_passthru_all_false(%pt: vector<8xf32>, %v: vector<8xf32>) -> vector<8xf32> {
  %m = vector.constant_mask [0] : vector<8xi1>
  %r = vector.mask %m, %pt { vector.yield %v : vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @empty_no_results(%m: vector<8xi1>) {
  vector.mask %m { } : vector<8xi1>
  return
}
func.func @unknown_mask(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32) -> vector<8xf32> {
  %r = vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @partial_mask(%a: memref<8xf32>, %i: index, %v: vector<8xf32>) {
  %m = vector.constant_mask [4] : vector<8xi1>
  vector.mask %m { vector.transfer_write %v, %a[%i] : vector<8xf32>, memref<8xf32> } : vector<8xi1>
  return
}
func.func @all_false_mask(%a: memref<8xf32>, %i: index, %p: f32) -> vector<8xf32> {
  %m = vector.constant_mask [0] : vector<8xi1>
  %r = vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @dynamic_create_mask(%a: memref<8xf32>, %i: index, %v: vector<8xf32>) {
  %m = vector.create_mask %i : vector<8xi1>
  vector.mask %m { vector.transfer_write %v, %a[%i] : vector<8xf32>, memref<8xf32> } : vector<8xi1>
  return
}
func.func @body_folds_in_place(%m: vector<8xi1>, %a: memref<8xf32>, %p: f32) -> vector<8xf32> {
  %c0 = arith.constant 0 : index
  %r = vector.mask %m { vector.transfer_read %a[%c0], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @body_reads_through_cast(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32) -> vector<8xf32> {
  %c = memref.cast %a : memref<8xf32> to memref<?xf32>
  %r = vector.mask %m { vector.transfer_read %c[%i], %p : memref<?xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
func.func @masked_reduction_one_element(%m: vector<1xi1>, %v: vector<1xf32>, %acc: f32) -> f32 {
  %r = vector.mask %m { vector.reduction <add>, %v, %acc : vector<1xf32> into f32 } : vector<1xi1> -> f32
  return %r : f32
}
func.func @masked_reduction_one_element_no_acc(%m: vector<1xi1>, %v: vector<1xi32>) -> i32 {
  %r = vector.mask %m { vector.reduction <xor>, %v : vector<1xi32> into i32 } : vector<1xi1> -> i32
  return %r : i32
}
func.func @masked_multi_reduction_unit(%m: vector<4x1xi1>, %v: vector<4x1xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %r = vector.mask %m { vector.multi_reduction <add>, %v, %acc [1] : vector<4x1xf32> to vector<4xf32> } : vector<4x1xi1> -> vector<4xf32>
  return %r : vector<4xf32>
}
func.func @masked_multi_reduction_unit_int(%m: vector<1x4xi1>, %v: vector<1x4xi32>, %acc: vector<4xi32>) -> vector<4xi32> {
  %r = vector.mask %m { vector.multi_reduction <mul>, %v, %acc [0] : vector<1x4xi32> to vector<4xi32> } : vector<1x4xi1> -> vector<4xi32>
  return %r : vector<4xi32>
}
func.func @masked_multi_reduction_unit_scalar(%m: vector<1x1xi1>, %v: vector<1x1xi32>, %acc: i32) -> i32 {
  %r = vector.mask %m { vector.multi_reduction <maxsi>, %v, %acc [0, 1] : vector<1x1xi32> to i32 } : vector<1x1xi1> -> i32
  return %r : i32
}
func.func @masked_multi_reduction_unit_all_true(%v: vector<4x1xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %m = vector.constant_mask [4, 1] : vector<4x1xi1>
  %r = vector.mask %m { vector.multi_reduction <add>, %v, %acc [1] : vector<4x1xf32> to vector<4xf32> } : vector<4x1xi1> -> vector<4xf32>
  return %r : vector<4xf32>
}
func.func @masked_multi_reduction_not_unit(%m: vector<4x8xi1>, %v: vector<4x8xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %r = vector.mask %m { vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32> } : vector<4x8xi1> -> vector<4xf32>
  return %r : vector<4xf32>
}
func.func @masked_multi_reduction_no_dims(%m: vector<4xi1>, %v: vector<4xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %r = vector.mask %m { vector.multi_reduction <add>, %v, %acc [] : vector<4xf32> to vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %r : vector<4xf32>
}
func.func @masked_gather_all_false(%m: vector<4xi1>, %a: memref<?xf32>, %i: index, %pt: vector<4xf32>, %iv: vector<4xindex>) -> vector<4xf32> {
  %f = arith.constant dense<false> : vector<4xi1>
  %r = vector.mask %m { vector.gather %a[%i][%iv], %f, %pt : memref<?xf32>, vector<4xindex>, vector<4xi1>, vector<4xf32> into vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %r : vector<4xf32>
}
func.func @masked_contract(%m: vector<4x8x2xi1>, %a: vector<4x2xf32>, %b: vector<2x8xf32>, %c: vector<4x8xf32>) -> vector<4x8xf32> {
  %r = vector.mask %m { vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x2xf32>, vector<2x8xf32> into vector<4x8xf32> } : vector<4x8x2xi1> -> vector<4x8xf32>
  return %r : vector<4x8xf32>
}
func.func @all_true_empty_passthru(%pt: vector<8xf32>, %v: vector<8xf32>) -> vector<8xf32> {
  %m = arith.constant dense<true> : vector<8xi1>
  %r = vector.mask %m, %pt { vector.yield %v : vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
