// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// vector.step: index and integer element types, fixed and scalable.

// CHECK-LABEL: func.func @step
// CHECK-NEXT:    vector.step : vector<4xindex>
// CHECK-NEXT:    vector.step : vector<[8]xi32>
// CHECK-NEXT:    vector.step {tag} : vector<16xi8>
func.func @step() {
  %0 = vector.step : vector<4xindex>
  %1 = vector.step : vector<[8]xi32>
  %2 = vector.step {tag} : vector<16xi8>
  return
}
