// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// memref.transpose with size-1 dims: a different stride on a size-1 dim is a different
// layout (as iree-opt reports it).

func.func @unit_stride_differs(%m: memref<1x8xf32>) {
  // expected-error @+1 {{'memref.transpose' op result type 'memref<8x1xf32, strided<[1, 3]>>' is not equivalent to the canonical transposed input type 'memref<8x1xf32, affine_map<(d0, d1) -> (d0 + d1 * 8)>>'}}
  %t = memref.transpose %m (d0, d1) -> (d1, d0) : memref<1x8xf32> to memref<8x1xf32, strided<[1, 3]>>
  return
}

// -----

func.func @unit_identity_layout(%m: memref<1x8xf32>) {
  // expected-error @+1 {{'memref.transpose' op result type 'memref<8x1xf32>' is not equivalent to the canonical transposed input type 'memref<8x1xf32, affine_map<(d0, d1) -> (d0 + d1 * 8)>>'}}
  %t = memref.transpose %m (d0, d1) -> (d1, d0) : memref<1x8xf32> to memref<8x1xf32>
  return
}

// -----

func.func @unit_dim_identity_perm(%m: memref<4x1xf32>) {
  // expected-error @+1 {{'memref.transpose' op result type 'memref<4x1xf32, strided<[1, 7]>>' is not equivalent to the canonical transposed input type 'memref<4x1xf32>'}}
  %t = memref.transpose %m (d0, d1) -> (d0, d1) : memref<4x1xf32> to memref<4x1xf32, strided<[1, 7]>>
  return
}

// -----

func.func @dynamic_unit(%m: memref<?x1xf32>) {
  // expected-error @+1 {{'memref.transpose' op result type 'memref<1x?xf32, strided<[5, 1]>>' is not equivalent}}
  %t = memref.transpose %m (d0, d1) -> (d1, d0) : memref<?x1xf32> to memref<1x?xf32, strided<[5, 1]>>
  return
}
