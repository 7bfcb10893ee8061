// vector ops that rearrange elements: shape_cast (fixed, 0-d, scalable), from_elements
// (1-d, n-d, 0-d), to_elements (n-d, 0-d, scalable), transpose (2-d, 3-d, 0-d,
// scalable), step (index, integer, scalable), extract_strided_slice and
// insert_strided_slice (full and leading-dims slices, lower-rank sources, scalable dims
// taken whole), each also with a discardable attribute.

func.func @shape_cast(%a: vector<2x3xf32>, %b: vector<f32>, %c: vector<2x[4]xi8>) -> vector<6xf32> {
  %0 = vector.shape_cast %a : vector<2x3xf32> to vector<6xf32>
  %1 = vector.shape_cast %b : vector<f32> to vector<1x1xf32>
  %2 = vector.shape_cast %c {tag = "t"} : vector<2x[4]xi8> to vector<[8]xi8>
  return %0 : vector<6xf32>
}

func.func @from_elements(%a: f32, %i: index) -> vector<2xf32> {
  %0 = vector.from_elements %a, %a : vector<2xf32>
  %1 = vector.from_elements %i, %i, %i, %i : vector<2x2xindex>
  %2 = vector.from_elements %a {tag} : vector<f32>
  return %0 : vector<2xf32>
}

func.func @transpose(%a: vector<2x3xf32>, %b: vector<2x3x4xi32>, %c: vector<f32>,
                     %d: vector<2x[4]xf32>) -> vector<3x2xf32> {
  %0 = vector.transpose %a, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  %1 = vector.transpose %b, [2, 0, 1] : vector<2x3x4xi32> to vector<4x2x3xi32>
  %2 = vector.transpose %c, [] : vector<f32> to vector<f32>
  %3 = vector.transpose %d, [1, 0] {tag} : vector<2x[4]xf32> to vector<[4]x2xf32>
  return %0 : vector<3x2xf32>
}

func.func @step() -> vector<4xindex> {
  %0 = vector.step : vector<4xindex>
  %1 = vector.step : vector<[8]xi32>
  %2 = vector.step {tag} : vector<16xi8>
  return %0 : vector<4xindex>
}

func.func @strided_slices(%a: vector<4x8xf32>, %b: vector<4x[4]xi8>, %s: vector<2x4xf32>,
                          %r: vector<4xf32>, %t: vector<[4]xi8>) -> vector<4x8xf32> {
  %0 = vector.extract_strided_slice %a offsets = [0, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  %1 = vector.extract_strided_slice %a offsets = [3], sizes = [1], strides = [1] : vector<4x8xf32> to vector<1x8xf32>
  %2 = vector.extract_strided_slice %b offsets = [1, 0], sizes = [2, 4], strides = [1, 1] {tag} : vector<4x[4]xi8> to vector<2x[4]xi8>
  %3 = vector.insert_strided_slice %s, %a offsets = [0, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %4 = vector.insert_strided_slice %r, %3 offsets = [3, 4], strides = [1] : vector<4xf32> into vector<4x8xf32>
  %5 = vector.insert_strided_slice %t, %b offsets = [1, 0], strides = [1] {tag} : vector<[4]xi8> into vector<4x[4]xi8>
  return %4 : vector<4x8xf32>
}

func.func @to_elements(%a: vector<2x2xf32>, %b: vector<i8>, %c: vector<[2]xindex>) -> (f32, i8) {
  %0:4 = vector.to_elements %a : vector<2x2xf32>
  %1 = vector.to_elements %b : vector<i8>
  %2:2 = vector.to_elements %c {tag} : vector<[2]xindex>
  return %0#3, %1 : f32, i8
}
