// canonicalize, vector.transfer_read / transfer_write / load / store: in_bounds inferred
// for constant indices into static dims (and broadcast dims), all-true constant masks
// dropped, memref.cast and tensor.cast looked through, read-after-write forwarding on
// tensors (through disjoint writes), write-after-read and read-init-write folding,
// write-after-write. Negative cases: dynamic dims or indices, out-of-bounds writes
// blocking forwarding, mixed masks, a 0-d transfer, an overwritten write with another
// user.
func.func @inb(%m: memref<8x8xf32>, %d: memref<?x8xf32>, %i: index) -> (vector<4xf32>, vector<4xf32>, vector<8xf32>, vector<4x4xf32>, vector<4xf32>) {
  %c0 = arith.constant 0 : index
  %c6 = arith.constant 6 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.transfer_read %m[%c0, %c0], %p : memref<8x8xf32>, vector<4xf32>
  %1 = vector.transfer_read %m[%c0, %c6], %p : memref<8x8xf32>, vector<4xf32>
  %2 = vector.transfer_read %d[%c0, %c0], %p : memref<?x8xf32>, vector<8xf32>
  %3 = vector.transfer_read %m[%c0, %c0], %p {permutation_map = affine_map<(d0, d1) -> (0, d1)>} : memref<8x8xf32>, vector<4x4xf32>
  %4 = vector.transfer_read %m[%c0, %i], %p : memref<8x8xf32>, vector<4xf32>
  return %0, %1, %2, %3, %4 : vector<4xf32>, vector<4xf32>, vector<8xf32>, vector<4x4xf32>, vector<4xf32>
}
func.func @wr(%v: vector<4xf32>, %m: memref<8x8xf32>) {
  %c0 = arith.constant 0 : index
  vector.transfer_write %v, %m[%c0, %c0] : vector<4xf32>, memref<8x8xf32>
  return
}
func.func @cast(%m: memref<8xf32>, %v: vector<4xf32>) -> (vector<4xf32>, vector<4xf32>) {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %c = memref.cast %m : memref<8xf32> to memref<?xf32>
  %0 = vector.transfer_read %c[%c0], %p : memref<?xf32>, vector<4xf32>
  vector.transfer_write %v, %c[%c0] : vector<4xf32>, memref<?xf32>
  %1 = vector.load %c[%c0] : memref<?xf32>, vector<4xf32>
  vector.store %v, %c[%c0] : memref<?xf32>, vector<4xf32>
  return %0, %1 : vector<4xf32>, vector<4xf32>
}
func.func @raw(%t: tensor<8xf32>, %v: vector<4xf32>, %i: index) -> vector<4xf32> {
  %p = arith.constant 0.0 : f32
  %w = vector.transfer_write %v, %t[%i] {in_bounds = [true]} : vector<4xf32>, tensor<8xf32>
  %r = vector.transfer_read %w[%i], %p {in_bounds = [true]} : tensor<8xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
func.func @raw_disjoint(%t: tensor<8xf32>, %v: vector<4xf32>, %u: vector<4xf32>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %p = arith.constant 0.0 : f32
  %w = vector.transfer_write %v, %t[%c0] : vector<4xf32>, tensor<8xf32>
  %w2 = vector.transfer_write %u, %w[%c4] : vector<4xf32>, tensor<8xf32>
  %r = vector.transfer_read %w2[%c0], %p : tensor<8xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
func.func @war(%t: tensor<8xf32>, %i: index) -> tensor<8xf32> {
  %p = arith.constant 0.0 : f32
  %r = vector.transfer_read %t[%i], %p : tensor<8xf32>, vector<4xf32>
  %w = vector.transfer_write %r, %t[%i] : vector<4xf32>, tensor<8xf32>
  return %w : tensor<8xf32>
}
func.func @readinit(%t: tensor<4xf32>, %u: tensor<4xf32>) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %r = vector.transfer_read %t[%c0], %p : tensor<4xf32>, vector<4xf32>
  %w = vector.transfer_write %r, %u[%c0] : vector<4xf32>, tensor<4xf32>
  return %w : tensor<4xf32>
}
func.func @waw(%t: tensor<8xf32>, %v: vector<4xf32>, %u: vector<4xf32>, %i: index) -> tensor<8xf32> {
  %w = vector.transfer_write %v, %t[%i] : vector<4xf32>, tensor<8xf32>
  %w2 = vector.transfer_write %u, %w[%i] : vector<4xf32>, tensor<8xf32>
  return %w2 : tensor<8xf32>
}
func.func @mask(%m: memref<8xf32>, %i: index) -> vector<4xf32> {
  %p = arith.constant 0.0 : f32
  %k = arith.constant dense<true> : vector<4xi1>
  %r = vector.transfer_read %m[%i], %p, %k : memref<8xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
func.func @waw_disjoint(%t: tensor<8xf32>, %v: vector<4xf32>, %u: vector<4xf32>, %i: index) -> tensor<8xf32> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %w = vector.transfer_write %v, %t[%c0] : vector<4xf32>, tensor<8xf32>
  %w1 = vector.transfer_write %u, %w[%c4] : vector<4xf32>, tensor<8xf32>
  %w2 = vector.transfer_write %u, %w1[%c0] : vector<4xf32>, tensor<8xf32>
  return %w2 : tensor<8xf32>
}
func.func @waw_used(%t: tensor<8xf32>, %v: vector<4xf32>, %u: vector<4xf32>, %i: index) -> (tensor<8xf32>, tensor<8xf32>) {
  %w = vector.transfer_write %v, %t[%i] : vector<4xf32>, tensor<8xf32>
  %w2 = vector.transfer_write %u, %w[%i] : vector<4xf32>, tensor<8xf32>
  return %w, %w2 : tensor<8xf32>, tensor<8xf32>
}
func.func @raw_oob(%t: tensor<8xf32>, %v: vector<4xf32>, %i: index) -> vector<4xf32> {
  %p = arith.constant 0.0 : f32
  %w = vector.transfer_write %v, %t[%i] : vector<4xf32>, tensor<8xf32>
  %r = vector.transfer_read %w[%i], %p : tensor<8xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
func.func @tcast(%t: tensor<8xf32>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %c = tensor.cast %t : tensor<8xf32> to tensor<?xf32>
  %r = vector.transfer_read %c[%c0], %p : tensor<?xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
func.func @zero_d(%m: memref<f32>) -> vector<f32> {
  %p = arith.constant 0.0 : f32
  %r = vector.transfer_read %m[], %p : memref<f32>, vector<f32>
  return %r : vector<f32>
}
func.func @mask_mixed(%m: memref<8xf32>, %i: index) -> vector<4xf32> {
  %p = arith.constant 0.0 : f32
  %k = arith.constant dense<[true, false, true, true]> : vector<4xi1>
  %r = vector.transfer_read %m[%i], %p, %k : memref<8xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
func.func @wmask(%m: memref<8xf32>, %v: vector<4xf32>, %i: index) {
  %k = arith.constant dense<true> : vector<4xi1>
  vector.transfer_write %v, %m[%i], %k : vector<4xf32>, memref<8xf32>
  return
}
func.func @perm(%m: memref<8x8xf32>) -> vector<4x2xf32> {
  %c0 = arith.constant 0 : index
  %c7 = arith.constant 7 : index
  %p = arith.constant 0.0 : f32
  %r = vector.transfer_read %m[%c0, %c7], %p {permutation_map = affine_map<(d0, d1) -> (d0, d1)>} : memref<8x8xf32>, vector<4x2xf32>
  return %r : vector<4x2xf32>
}
func.func @bcast_only(%m: memref<8x8xf32>, %i: index) -> vector<4xf32> {
  %p = arith.constant 0.0 : f32
  %r = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (0)>} : memref<8x8xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
func.func @bcast_oob(%m: memref<8x8xf32>, %i: index) -> vector<4x4xf32> {
  %p = arith.constant 0.0 : f32
  %r = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (0, d1)>} : memref<8x8xf32>, vector<4x4xf32>
  return %r : vector<4x4xf32>
}
func.func @load_in(%m: memref<8xf32>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %r = vector.load %m[%c0] : memref<8xf32>, vector<4xf32>
  return %r : vector<4xf32>
}
func.func @war_zero_d(%t: tensor<f32>, %p: f32) -> tensor<f32> {
  %r = vector.transfer_read %t[], %p : tensor<f32>, vector<f32>
  %w = vector.transfer_write %r, %t[] : vector<f32>, tensor<f32>
  return %w : tensor<f32>
}
