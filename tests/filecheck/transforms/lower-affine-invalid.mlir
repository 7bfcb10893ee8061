// RUN: pyir-opt %s --lower-affine --split-input-file --verify-diagnostics

func.func @negative_modulo(%i: index) -> index {
  // expected-error @+2 {{modulo by non-positive value is not supported}}
  // expected-error @+1 {{division by non-positive value is not supported}}
  %0 = affine.apply affine_map<(d0) -> (d0 mod -2 + d0 floordiv -3)>(%i)
  return %0 : index
}

// -----

func.func @no_identity(%m: memref<4xf32>) -> f32 {
  // expected-error @+1 {{Reduction operation type not supported}}
  %r = affine.parallel (%k) = (0) to (10) reduce ("assign") -> (f32) {
    %v = affine.load %m[0] : memref<4xf32>
    affine.yield %v : f32
  }
  return %r : f32
}
