// vector.transfer_read / vector.transfer_write: default (minor identity) and explicit
// permutation maps (transposes, broadcast `0` results, 0-d and `() -> (0)`), masks whose
// type follows from the map, in_bounds flags (elided when all false), tensors (with a
// result) and memrefs, memrefs of vectors, and discardable attributes.

#transpose = affine_map<(d0, d1, d2) -> (d2, d0)>

func.func @read(%m: memref<?x?xf32>, %i: index, %p: f32, %m3: memref<?x?x?xf32>,
                %t: tensor<?x?xf32>, %k: vector<5x4xi1>, %k1: vector<4xi1>) {
  %0 = vector.transfer_read %m[%i, %i], %p : memref<?x?xf32>, vector<4xf32>
  %1 = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (d0)>, in_bounds = [true]} : memref<?x?xf32>, vector<4xf32>
  %2 = vector.transfer_read %m3[%i, %i, %i], %p, %k {permutation_map = #transpose} : memref<?x?x?xf32>, vector<4x5xf32>
  %3 = vector.transfer_read %m3[%i, %i, %i], %p {permutation_map = affine_map<(d0, d1, d2) -> (0, d2)>, in_bounds = [true, false]} : memref<?x?x?xf32>, vector<4x5xf32>
  %4 = vector.transfer_read %t[%i, %i], %p, %k1 {in_bounds = [true], tag} : tensor<?x?xf32>, vector<4xf32>
  %5 = vector.transfer_read %m[%i, %i], %p {in_bounds = [false, false]} : memref<?x?xf32>, vector<2x4xf32>
  return
}

func.func @write(%m: memref<?x?xf32>, %i: index, %m3: memref<?x?x?xf32>, %t: tensor<?x?xf32>,
                 %v: vector<4xf32>, %w: vector<4x5xf32>, %k: vector<5x4xi1>, %k1: vector<4xi1>) -> tensor<?x?xf32> {
  vector.transfer_write %v, %m[%i, %i] : vector<4xf32>, memref<?x?xf32>
  vector.transfer_write %w, %m3[%i, %i, %i], %k {permutation_map = #transpose} : vector<4x5xf32>, memref<?x?x?xf32>
  %0 = vector.transfer_write %v, %t[%i, %i], %k1 {in_bounds = [true]} : vector<4xf32>, tensor<?x?xf32>
  %1 = vector.transfer_write %v, %0[%i, %i] {permutation_map = affine_map<(d0, d1) -> (d0)>} : vector<4xf32>, tensor<?x?xf32>
  return %1 : tensor<?x?xf32>
}

func.func @zero_d(%t: tensor<f32>, %p: f32) -> tensor<f32> {
  %0 = vector.transfer_read %t[], %p : tensor<f32>, vector<f32>
  %1 = vector.transfer_read %t[], %p {permutation_map = affine_map<() -> (0)>} : tensor<f32>, vector<1xf32>
  %2 = vector.transfer_write %0, %t[] : vector<f32>, tensor<f32>
  return %2 : tensor<f32>
}

func.func @vector_elements(%m: memref<?x?xvector<4xf32>>, %i: index, %p: vector<4xf32>) {
  %0 = vector.transfer_read %m[%i, %i], %p : memref<?x?xvector<4xf32>>, vector<4xf32>
  %1 = vector.transfer_read %m[%i, %i], %p : memref<?x?xvector<4xf32>>, vector<2x3x4xf32>
  vector.transfer_write %1, %m[%i, %i] : vector<2x3x4xf32>, memref<?x?xvector<4xf32>>
  return
}
