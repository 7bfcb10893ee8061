// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// vector.shape_cast: fixed, 0-d, scalable shapes and a discardable attribute.

// CHECK-LABEL: func.func @shape_cast
// CHECK-NEXT:    vector.shape_cast %arg0 : vector<2x3xf32> to vector<6xf32>
// CHECK-NEXT:    vector.shape_cast %arg1 : vector<f32> to vector<1x1xf32>
// CHECK-NEXT:    vector.shape_cast %arg2 : vector<2x[4]xi8> to vector<[8]xi8>
// CHECK-NEXT:    vector.shape_cast %arg0 {tag} : vector<2x3xf32> to vector<3x1x2xf32>
func.func @shape_cast(%a: vector<2x3xf32>, %b: vector<f32>, %c: vector<2x[4]xi8>) {
  %0 = vector.shape_cast %a : vector<2x3xf32> to vector<6xf32>
  %1 = vector.shape_cast %b : vector<f32> to vector<1x1xf32>
  %2 = vector.shape_cast %c : vector<2x[4]xi8> to vector<[8]xi8>
  %3 = vector.shape_cast %a {tag} : vector<2x3xf32> to vector<3x1x2xf32>
  return
}
