// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// vector.to_elements: one result per element, in row-major order, of the source's
// element type (n-d, 0-d with a single result, scalable counted by its base size).

// CHECK-LABEL: func.func @to_elements
// CHECK-NEXT:    %[[A:.*]]:4 = vector.to_elements %arg0 : vector<2x2xf32>
// CHECK-NEXT:    %[[B:.*]] = vector.to_elements %arg1 : vector<i8>
// CHECK-NEXT:    vector.to_elements %arg2 {tag} : vector<[2]xindex>
// CHECK-NEXT:    return %[[A]]#3, %[[B]]
func.func @to_elements(%a: vector<2x2xf32>, %b: vector<i8>, %c: vector<[2]xindex>) -> (f32, i8) {
  %0:4 = vector.to_elements %a : vector<2x2xf32>
  %1 = vector.to_elements %b : vector<i8>
  %2:2 = vector.to_elements %c {tag} : vector<[2]xindex>
  return %0#3, %1 : f32, i8
}

// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// GENERIC: "vector.to_elements"(%arg0) : (vector<2x2xf32>) -> (f32, f32, f32, f32)
// GENERIC: "vector.to_elements"(%arg1) : (vector<i8>) -> i8
