// vector.bitcast (1-D, 0-d, scalable, index), vector.shuffle (1-D, 0-d operands, n-D
// with a poison entry) and vector.interleave (1-D, 0-d, scalable), each also with a
// discardable attribute.

func.func @ops(%a: vector<4xf32>, %b: vector<2xf32>, %z: vector<f32>, %m: vector<2x3xf32>,
               %s: vector<2x[4]xi8>, %i: vector<4xindex>) -> vector<4xf32> {
  %0 = vector.bitcast %a : vector<4xf32> to vector<8xf16>
  %1 = vector.bitcast %z {tag} : vector<f32> to vector<i32>
  %2 = vector.bitcast %s : vector<2x[4]xi8> to vector<2x[1]xi32>
  %3 = vector.bitcast %i : vector<4xindex> to vector<4xi64>
  %4 = vector.shuffle %a, %b [0, 4, 1, 5] : vector<4xf32>, vector<2xf32>
  %5 = vector.shuffle %z, %z [0, 1] : vector<f32>, vector<f32>
  %6 = vector.shuffle %m, %m [1, -1] {tag} : vector<2x3xf32>, vector<2x3xf32>
  %7 = vector.interleave %a, %a : vector<4xf32> -> vector<8xf32>
  %8 = vector.interleave %z, %z {tag} : vector<f32> -> vector<2xf32>
  %9 = vector.interleave %s, %s : vector<2x[4]xi8> -> vector<2x[8]xi8>
  return %4 : vector<4xf32>
}
