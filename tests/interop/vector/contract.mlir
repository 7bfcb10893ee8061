// vector.reduction (every kind class, with and without an accumulator, fastmath flags,
// 0-d and scalable vectors, the `#vector.kind<...>` long form) and vector.contract
// (matmul through an attribute alias, a dot product into a scalar, a batched contraction,
// integer inputs with a wider accumulator, non-default kind and fastmath, and
// discardable attributes).

#matmul = {
  indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>,
                   affine_map<(m, n, k) -> (m, n)>],
  iterator_types = ["parallel", "parallel", "reduction"]
}

func.func @reduction(%v: vector<16xf32>, %w: vector<[4]xi8>, %z: vector<f64>, %x: vector<8xindex>) -> f32 {
  %0 = vector.reduction <add>, %v : vector<16xf32> into f32
  %1 = vector.reduction <maxnumf>, %v, %0 fastmath<ninf,nnan> : vector<16xf32> into f32
  %2 = vector.reduction #vector.kind<mul>, %v fastmath<fast> {tag} : vector<16xf32> into f32
  %3 = vector.reduction <xor>, %w : vector<[4]xi8> into i8
  %4 = vector.reduction <minimumf>, %z fastmath<none> : vector<f64> into f64
  %5 = vector.reduction <maxui>, %x : vector<8xindex> into index
  %6 = vector.reduction <minimumnumf>, %v, %1 : vector<16xf32> into f32
  return %6 : f32
}

func.func @contract(%a: vector<4x3xf32>, %b: vector<3x7xf32>, %c: vector<4x7xf32>,
                    %d: vector<3xf32>, %s: f32, %ia: vector<4x3xi8>, %ib: vector<3x7xi8>,
                    %ic: vector<4x7xi32>, %ba: vector<2x4x3xf16>, %bb: vector<2x3x5xf16>,
                    %bc: vector<2x4x5xf32>) {
  %0 = vector.contract #matmul %a, %b, %c : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
  %1 = vector.contract {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>],
                        iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxnumf>}
         %a, %b, %0 {fastmath = #arith.fastmath<nnan,contract>, tag} : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>
  %2 = vector.contract {indexing_maps = [affine_map<(k) -> (k)>, affine_map<(k) -> (k)>, affine_map<(k) -> ()>],
                        iterator_types = ["reduction"]} %d, %d, %s : vector<3xf32>, vector<3xf32> into f32
  %3 = vector.contract #matmul %ia, %ib, %ic : vector<4x3xi8>, vector<3x7xi8> into vector<4x7xi32>
  %4 = vector.contract {indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, k, n)>, affine_map<(b, m, n, k) -> (b, m, n)>],
                        iterator_types = ["parallel", "parallel", "parallel", "reduction"], kind = #vector.kind<add>}
         %ba, %bb, %bc : vector<2x4x3xf16>, vector<2x3x5xf16> into vector<2x4x5xf32>
  return
}
