// vector.multi_reduction folds: no reduction dims -> the source; only unit dims reduced ->
// shape_cast (vector result) or extract (scalar result) combined with the accumulator
// (float, integer, scalable kept dims); a non-unit reduced dim keeps the op.

func.func @none(%v: vector<4x8xf32>, %acc: vector<4x8xf32>) -> vector<4x8xf32> {
  %0 = vector.multi_reduction <add>, %v, %acc [] : vector<4x8xf32> to vector<4x8xf32>
  return %0 : vector<4x8xf32>
}
func.func @unit(%v: vector<4x1xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<4x1xf32> to vector<4xf32>
  return %0 : vector<4xf32>
}
func.func @unit_all(%v: vector<1x1xf32>, %acc: f32) -> f32 {
  %0 = vector.multi_reduction <mul>, %v, %acc [0, 1] : vector<1x1xf32> to f32
  return %0 : f32
}
func.func @unit_i(%v: vector<1x4x1xi32>, %acc: vector<4xi32>) -> vector<4xi32> {
  %0 = vector.multi_reduction <maxsi>, %v, %acc [0, 2] : vector<1x4x1xi32> to vector<4xi32>
  return %0 : vector<4xi32>
}
func.func @nonunit(%v: vector<4x8xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.multi_reduction <maximumf>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32>
  return %0 : vector<4xf32>
}
func.func @unit_scal(%v: vector<[4]x1xf32>, %acc: vector<[4]xf32>) -> vector<[4]xf32> {
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<[4]x1xf32> to vector<[4]xf32>
  return %0 : vector<[4]xf32>
}
func.func @unit_1d(%v: vector<1xf32>, %acc: f32) -> f32 {
  %0 = vector.multi_reduction <add>, %v, %acc [0] : vector<1xf32> to f32
  return %0 : f32
}
func.func @mixed(%v: vector<1x8xf32>, %acc: f32) -> f32 {
  %0 = vector.multi_reduction <add>, %v, %acc [0, 1] : vector<1x8xf32> to f32
  return %0 : f32
}
