// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// vector.insert_strided_slice: same-rank and lower-rank sources, a scalable dim
// inserted whole.

// CHECK-LABEL: func.func @insert_strided_slice
// CHECK-NEXT:    vector.insert_strided_slice %arg0, %arg1 offsets = [0, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
// CHECK-NEXT:    vector.insert_strided_slice %arg2, %arg1 offsets = [3, 4], strides = [1] : vector<4xf32> into vector<4x8xf32>
// CHECK-NEXT:    vector.insert_strided_slice %arg3, %arg4 offsets = [1, 0], strides = [1] {tag} : vector<[4]xi8> into vector<2x[4]xi8>
// GENERIC: "vector.insert_strided_slice"(%arg0, %arg1) <{offsets = [0, 2], strides = [1, 1]}> : (vector<2x4xf32>, vector<4x8xf32>) -> vector<4x8xf32>
func.func @insert_strided_slice(%a: vector<2x4xf32>, %d: vector<4x8xf32>, %r: vector<4xf32>, %s: vector<[4]xi8>, %sd: vector<2x[4]xi8>) {
  %0 = vector.insert_strided_slice %a, %d offsets = [0, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %1 = vector.insert_strided_slice %r, %d offsets = [3, 4], strides = [1] : vector<4xf32> into vector<4x8xf32>
  %2 = vector.insert_strided_slice %s, %sd offsets = [1, 0], strides = [1] {tag} : vector<[4]xi8> into vector<2x[4]xi8>
  return
}
