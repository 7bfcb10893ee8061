// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// affine.delinearize_index and affine.linearize_index in their custom forms, as iree-opt
// prints them: the basis mixes integers and SSA values in parentheses, `disjoint` only
// when set, attributes before the result types.

// CHECK-LABEL: func.func @delinearize(
// CHECK-SAME: %[[IDX:.*]]: index, %[[N:.*]]: index, %[[V:.*]]: vector<4xindex>
// CHECK: affine.delinearize_index %[[IDX]] into (%[[N]], 16) : index, index
// CHECK: affine.delinearize_index %[[IDX]] into (4, %[[N]]) : index, index, index
// CHECK: affine.delinearize_index %[[IDX]] into () : index
// CHECK: affine.delinearize_index %[[V]] into (16) {tag = "x"} : vector<4xindex>, vector<4xindex>
func.func @delinearize(%idx: index, %n: index, %v: vector<4xindex>) -> (index, index, index, vector<4xindex>) {
  %0:2 = affine.delinearize_index %idx into (%n, 16) : index, index
  %1:3 = affine.delinearize_index %idx into (4, %n) : index, index, index
  %2 = affine.delinearize_index %idx into () : index
  %3:2 = affine.delinearize_index %v into (0x10) {tag = "x"} : vector<4xindex>, vector<4xindex>
  return %0#1, %1#2, %2, %3#0 : index, index, index, vector<4xindex>
}

// CHECK-LABEL: func.func @linearize(
// CHECK-SAME: %[[I:.*]]: index, %[[J:.*]]: index, %[[N:.*]]: index, %[[V:.*]]: vector<2xindex>
// CHECK: affine.linearize_index disjoint [%[[I]], %[[J]]] by (4, 8) : index
// CHECK: affine.linearize_index [%[[I]], %[[J]]] by (%[[N]]) : index
// CHECK: affine.linearize_index [] by () : index
// CHECK: affine.linearize_index disjoint [%[[I]], %[[J]], %[[I]]] by (%[[N]], 2, %[[N]]) {tag} : index
// CHECK: affine.linearize_index [%[[V]], %[[V]]] by (3) : vector<2xindex>
func.func @linearize(%i: index, %j: index, %n: index, %v: vector<2xindex>) -> (index, index, index, index, vector<2xindex>) {
  %0 = affine.linearize_index disjoint [%i, %j] by (4, 8) : index
  %1 = affine.linearize_index [%i, %j] by (%n) : index
  %2 = affine.linearize_index [] by () : index
  %3 = affine.linearize_index disjoint [%i, %j, %i] by (%n, 2, %n) {tag} : index
  %4 = affine.linearize_index [%v, %v] by (3) : vector<2xindex>
  return %0, %1, %2, %3, %4 : index, index, index, index, vector<2xindex>
}
