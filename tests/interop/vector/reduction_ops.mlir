// vector.multi_reduction (partial, full to a scalar, no dims, scalable, with a discardable
// attribute), vector.outerproduct (vector rhs, scalar rhs (AXPY), with an accumulator and
// kind, scalable rhs) and vector.deinterleave (1-d, n-d scalable).

func.func @multi_reduction(%v: vector<4x8x2xf32>, %acc: vector<4xf32>, %s: f32,
                           %vi: vector<[4]x8xi32>, %acci: vector<[4]xi32>) -> f32 {
  %0 = vector.multi_reduction <add>, %v, %acc [1, 2] : vector<4x8x2xf32> to vector<4xf32>
  %1 = vector.multi_reduction <maximumf>, %v, %s {tag} [0, 1, 2] : vector<4x8x2xf32> to f32
  %2 = vector.multi_reduction <xor>, %vi, %acci [1] : vector<[4]x8xi32> to vector<[4]xi32>
  %3 = vector.multi_reduction <mul>, %v, %v [] : vector<4x8x2xf32> to vector<4x8x2xf32>
  return %1 : f32
}

func.func @outerproduct(%a: vector<4xf32>, %b: vector<8xf32>, %c: vector<4x8xf32>, %s: f32,
                        %bs: vector<[8]xf32>, %ai: vector<4xi32>, %ci: vector<4x4xi32>) {
  %0 = vector.outerproduct %a, %b : vector<4xf32>, vector<8xf32>
  %1 = vector.outerproduct %a, %b, %c {kind = #vector.kind<maxnumf>, tag} : vector<4xf32>, vector<8xf32>
  %2 = vector.outerproduct %a, %s : vector<4xf32>, f32
  %3 = vector.outerproduct %a, %s, %a {kind = #vector.kind<mul>} : vector<4xf32>, f32
  %4 = vector.outerproduct %a, %bs : vector<4xf32>, vector<[8]xf32>
  %5 = vector.outerproduct %ai, %ai, %ci {kind = #vector.kind<xor>} : vector<4xi32>, vector<4xi32>
  return
}

func.func @deinterleave(%w: vector<8xi32>, %x: vector<2x[8]xf16>) -> vector<4xi32> {
  %0, %1 = vector.deinterleave %w : vector<8xi32> -> vector<4xi32>
  %2, %3 = vector.deinterleave %x {tag} : vector<2x[8]xf16> -> vector<2x[4]xf16>
  return %1 : vector<4xi32>
}
