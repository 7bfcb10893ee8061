// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// affine.vector_load and affine.vector_store in their custom forms, as iree-opt prints
// them: subscripts inline over SSA names, attributes before the memref and vector types.

// CHECK-LABEL: func.func @vector_access(
// CHECK-SAME: %[[M:.*]]: memref<16x32xf32>, %[[I:.*]]: index, %[[J:.*]]: index, %[[N:.*]]: index
// CHECK: %[[V:.*]] = affine.vector_load %[[M]][%[[I]] floordiv 2, %[[J]] mod 4 + symbol(%[[N]])] {tag} : memref<16x32xf32>, vector<2x4xf32>
// CHECK: affine.vector_store %[[V]], %[[M]][%[[I]] * 3 - 1, 5] : memref<16x32xf32>, vector<2x4xf32>
// CHECK: affine.for %[[K:.*]] = 0 to 16 {
// CHECK: %[[W:.*]] = affine.vector_load %[[M]][%[[K]], %[[K]] + 1] : memref<16x32xf32>, vector<8xf32>
// CHECK: affine.vector_store %[[W]], %[[M]][%[[K]], symbol(%[[N]])] {nontemporal} : memref<16x32xf32>, vector<8xf32>
func.func @vector_access(%m: memref<16x32xf32>, %i: index, %j: index, %n: index) {
  %v = affine.vector_load %m[%i floordiv 2, %j mod 4 + symbol(%n)] {tag} : memref<16x32xf32>, vector<2x4xf32>
  affine.vector_store %v, %m[%i * 3 - 1, 5] : memref<16x32xf32>, vector<2x4xf32>
  affine.for %k = 0 to 16 {
    %w = affine.vector_load %m[%k, %k + 1] : memref<16x32xf32>, vector<8xf32>
    affine.vector_store %w, %m[%k, symbol(%n)] {nontemporal} : memref<16x32xf32>, vector<8xf32>
  }
  return
}
