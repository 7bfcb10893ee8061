// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// vector.transpose: 2-d, 3-d, 0-d and scalable vectors; the permutation is a dense i64
// array printed bare.

// CHECK-LABEL: func.func @transpose
// CHECK-NEXT:    vector.transpose %arg0, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
// CHECK-NEXT:    vector.transpose %arg1, [2, 0, 1] : vector<2x3x4xi32> to vector<4x2x3xi32>
// CHECK-NEXT:    vector.transpose %arg2, [] : vector<f32> to vector<f32>
// CHECK-NEXT:    vector.transpose %arg3, [1, 0] {tag} : vector<2x[4]xf32> to vector<[4]x2xf32>
// GENERIC: "vector.transpose"(%arg0) <{permutation = array<i64: 1, 0>}> : (vector<2x3xf32>) -> vector<3x2xf32>
func.func @transpose(%a: vector<2x3xf32>, %b: vector<2x3x4xi32>, %c: vector<f32>, %d: vector<2x[4]xf32>) {
  %0 = vector.transpose %a, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  %1 = vector.transpose %b, [2, 0, 1] : vector<2x3x4xi32> to vector<4x2x3xi32>
  %2 = vector.transpose %c, [] : vector<f32> to vector<f32>
  %3 = vector.transpose %d, [1, 0] {tag} : vector<2x[4]xf32> to vector<[4]x2xf32>
  return
}
