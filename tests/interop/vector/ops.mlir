// vector ops on values and memory: broadcast (scalar, vector, 0-d, fixed unit dim to a
// scalable dim), fma, extract / insert with static, dynamic, poison (-1) and empty
// positions on fixed, scalable and 0-d vectors, load / store with the `alignment` and
// `nontemporal` clauses (in either order; an explicit `nontemporal = false`
// is not a fixed point of MLIR, so it is not here), 0-d memrefs and discardable attributes.

func.func @broadcast(%a: f32, %v: vector<4xf32>, %u: vector<1xf32>, %i: i8) -> vector<2x3xf32> {
  %0 = vector.broadcast %a : f32 to vector<4x4xf32>
  %1 = vector.broadcast %v : vector<4xf32> to vector<3x4xf32>
  %2 = vector.broadcast %u : vector<1xf32> to vector<[2]xf32>
  %3 = vector.broadcast %a : f32 to vector<f32>
  %4 = vector.broadcast %3 {tag = "t"} : vector<f32> to vector<2x3xf32>
  %5 = vector.broadcast %i : i8 to vector<[4]x2xi8>
  return %4 : vector<2x3xf32>
}

func.func @fma(%a: vector<[4]xf32>, %b: vector<f64>, %c: vector<2x3xbf16>) {
  %0 = vector.fma %a, %a, %a : vector<[4]xf32>
  %1 = vector.fma %b, %b, %b : vector<f64>
  %2 = vector.fma %c, %c, %c : vector<2x3xbf16>
  return
}

func.func @extract_insert(%v: vector<3x4xf32>, %a: f32, %i: index, %z: vector<f32>,
                          %s: vector<2x[8]xi8>) -> vector<3x4xf32> {
  %0 = vector.extract %v[0] : vector<4xf32> from vector<3x4xf32>
  %1 = vector.extract %v[%i, 3] : f32 from vector<3x4xf32>
  %2 = vector.extract %v[-1, %i] : f32 from vector<3x4xf32>
  %3 = vector.extract %v[] : vector<3x4xf32> from vector<3x4xf32>
  %4 = vector.extract %z[] : f32 from vector<f32>
  %5 = vector.extract %s[1] {tag} : vector<[8]xi8> from vector<2x[8]xi8>
  %6 = vector.extract %s[%i, %i] : i8 from vector<2x[8]xi8>
  %7 = vector.insert %a, %v[1, 2] : f32 into vector<3x4xf32>
  %8 = vector.insert %0, %7 [%i] : vector<4xf32> into vector<3x4xf32>
  %9 = vector.insert %a, %z [] : f32 into vector<f32>
  %10 = vector.insert %a, %8 [-1, %i] : f32 into vector<3x4xf32>
  %11 = vector.insert %5, %s [0] : vector<[8]xi8> into vector<2x[8]xi8>
  return %10 : vector<3x4xf32>
}

func.func @load_store(%m: memref<?x?xf32>, %i: index, %z: memref<f32>,
                      %s: memref<8x8xi32, strided<[16, 1], offset: 4>>) {
  %0 = vector.load %m[%i, %i] : memref<?x?xf32>, vector<8xf32>
  %1 = vector.load %m[%i, %i] nontemporal = true alignment = 16 : memref<?x?xf32>, vector<8xf32>
  %2 = vector.load %m[%i, %i] alignment = 4 {tag} : memref<?x?xf32>, vector<2x8xf32>
  %3 = vector.load %z[] : memref<f32>, vector<f32>
  %4 = vector.load %s[%i, %i] : memref<8x8xi32, strided<[16, 1], offset: 4>>, vector<[4]xi32>
  vector.store %0, %m[%i, %i] : memref<?x?xf32>, vector<8xf32>
  vector.store %0, %m[%i, %i] nontemporal = true : memref<?x?xf32>, vector<8xf32>
  vector.store %2, %m[%i, %i] alignment = 32 {tag = 1 : i32} : memref<?x?xf32>, vector<2x8xf32>
  vector.store %3, %z[] : memref<f32>, vector<f32>
  return
}
