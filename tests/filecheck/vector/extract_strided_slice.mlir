// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// vector.extract_strided_slice: full-rank and leading-dims slices, a scalable dim taken
// whole; offsets, sizes and strides are i64 array properties.

// CHECK-LABEL: func.func @extract_strided_slice
// CHECK-NEXT:    vector.extract_strided_slice %arg0 offsets = [0, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
// CHECK-NEXT:    vector.extract_strided_slice %arg0 offsets = [3], sizes = [1], strides = [1] : vector<4x8xf32> to vector<1x8xf32>
// CHECK-NEXT:    vector.extract_strided_slice %arg1 offsets = [1, 0], sizes = [2, 4], strides = [1, 1] {tag} : vector<4x[4]xi8> to vector<2x[4]xi8>
// GENERIC: "vector.extract_strided_slice"(%arg0) <{offsets = [0, 2], sizes = [2, 4], strides = [1, 1]}> : (vector<4x8xf32>) -> vector<2x4xf32>
func.func @extract_strided_slice(%a: vector<4x8xf32>, %b: vector<4x[4]xi8>) {
  %0 = vector.extract_strided_slice %a offsets = [0, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  %1 = vector.extract_strided_slice %a offsets = [3], sizes = [1], strides = [1] : vector<4x8xf32> to vector<1x8xf32>
  %2 = vector.extract_strided_slice %b offsets = [1, 0], sizes = [2, 4], strides = [1, 1] {tag} : vector<4x[4]xi8> to vector<2x[4]xi8>
  return
}
