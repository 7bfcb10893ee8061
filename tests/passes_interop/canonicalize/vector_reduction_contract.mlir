// canonicalize, vector.reduction / vector.contract / vector.fma: a reduction of a
// one-element or 0-d vector becomes an extract combined with the accumulator by the
// kind's arith op (fastmath kept); an add of a contraction with a zero accumulator
// accumulates into the contraction. Negative cases: a reduction of two elements, a
// contraction with a non-zero accumulator, fma of constants (MLIR does not fold it).
func.func @red1(%a: vector<1xf32>, %acc: f32) -> (f32, f32) {
  %0 = vector.reduction <add>, %a : vector<1xf32> into f32
  %1 = vector.reduction <maxnumf>, %a, %acc fastmath<nnan> : vector<1xf32> into f32
  return %0, %1 : f32, f32
}
func.func @red0(%a: vector<f32>, %acc: f32) -> f32 {
  %1 = vector.reduction <mul>, %a, %acc : vector<f32> into f32
  return %1 : f32
}
func.func @redi(%a: vector<1xi32>, %acc: i32) -> i32 {
  %1 = vector.reduction <minsi>, %a, %acc : vector<1xi32> into i32
  return %1 : i32
}
func.func @contract_add(%a: vector<4xf32>, %b: vector<4xf32>, %c: f32) -> f32 {
  %z = arith.constant 0.0 : f32
  %0 = vector.contract {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"], kind = #vector.kind<add>} %a, %b, %z : vector<4xf32>, vector<4xf32> into f32
  %1 = arith.addf %0, %c : f32
  return %1 : f32
}
func.func @red_scalable(%a: vector<[1]xf32>) -> f32 {
  %0 = vector.reduction <add>, %a : vector<[1]xf32> into f32
  return %0 : f32
}
func.func @red_many(%a: vector<2xf32>) -> f32 {
  %0 = vector.reduction <add>, %a : vector<2xf32> into f32
  return %0 : f32
}
func.func @contract_vec(%a: vector<2x4xf32>, %b: vector<4xf32>, %c: vector<2xf32>) -> vector<2xf32> {
  %z = arith.constant dense<0.0> : vector<2xf32>
  %0 = vector.contract {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %z : vector<2x4xf32>, vector<4xf32> into vector<2xf32>
  %1 = arith.addf %c, %0 : vector<2xf32>
  return %1 : vector<2xf32>
}
func.func @contract_nz(%a: vector<4xi32>, %b: vector<4xi32>, %c: i32) -> i32 {
  %z = arith.constant 1 : i32
  %0 = vector.contract {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"], kind = #vector.kind<add>} %a, %b, %z : vector<4xi32>, vector<4xi32> into i32
  %1 = arith.addi %0, %c : i32
  return %1 : i32
}
func.func @fma_constants() -> vector<4xf32> {
  %c = arith.constant dense<2.0> : vector<4xf32>
  %0 = vector.fma %c, %c, %c : vector<4xf32>
  return %0 : vector<4xf32>
}
