// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// vector.from_elements: 1-d, n-d and 0-d results; the operand types come from the
// result's element type.

// CHECK-LABEL: func.func @from_elements
// CHECK-NEXT:    vector.from_elements %arg0, %arg0 : vector<2xf32>
// CHECK-NEXT:    vector.from_elements %arg1, %arg1, %arg1, %arg1 : vector<2x2xindex>
// CHECK-NEXT:    vector.from_elements %arg0 : vector<f32>
// CHECK-NEXT:    vector.from_elements %arg0 {tag} : vector<1x1xf32>
func.func @from_elements(%a: f32, %i: index) {
  %0 = vector.from_elements %a, %a : vector<2xf32>
  %1 = vector.from_elements %i, %i, %i, %i : vector<2x2xindex>
  %2 = vector.from_elements %a : vector<f32>
  %3 = vector.from_elements %a {tag} : vector<1x1xf32>
  return
}

// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// GENERIC: "vector.from_elements"(%arg0, %arg0) : (f32, f32) -> vector<2xf32>
