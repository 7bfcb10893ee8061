// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// vector.bitcast (1-D, 0-d, scalable), vector.shuffle (1-D, 0-d operands, n-D with a
// poison entry; the result type is inferred) and vector.interleave.

// CHECK-LABEL: func.func @ops
// CHECK-NEXT:    vector.bitcast %arg0 : vector<4xf32> to vector<8xf16>
// CHECK-NEXT:    vector.bitcast %arg2 {tag} : vector<f32> to vector<i32>
// CHECK-NEXT:    vector.bitcast %arg4 : vector<2x[4]xi8> to vector<2x[1]xi32>
// CHECK-NEXT:    vector.shuffle %arg0, %arg1 [0, 4, 1, 5] : vector<4xf32>, vector<2xf32>
// CHECK-NEXT:    vector.shuffle %arg2, %arg2 [0, 1] : vector<f32>, vector<f32>
// CHECK-NEXT:    vector.shuffle %arg3, %arg3 [1, -1] {tag} : vector<2x3xf32>, vector<2x3xf32>
// CHECK-NEXT:    vector.interleave %arg0, %arg0 : vector<4xf32> -> vector<8xf32>
// CHECK-NEXT:    vector.interleave %arg2, %arg2 : vector<f32> -> vector<2xf32>
func.func @ops(%a: vector<4xf32>, %b: vector<2xf32>, %z: vector<f32>, %m: vector<2x3xf32>, %s: vector<2x[4]xi8>) {
  %0 = vector.bitcast %a : vector<4xf32> to vector<8xf16>
  %1 = vector.bitcast %z {tag} : vector<f32> to vector<i32>
  %2 = vector.bitcast %s : vector<2x[4]xi8> to vector<2x[1]xi32>
  %3 = vector.shuffle %a, %b [0, 4, 1, 5] : vector<4xf32>, vector<2xf32>
  %4 = vector.shuffle %z, %z [0, 1] : vector<f32>, vector<f32>
  %5 = vector.shuffle %m, %m [1, -1] {tag} : vector<2x3xf32>, vector<2x3xf32>
  %6 = vector.interleave %a, %a : vector<4xf32> -> vector<8xf32>
  %7 = vector.interleave %z, %z : vector<f32> -> vector<2xf32>
  return
}

// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// GENERIC: "vector.shuffle"(%arg0, %arg1) <{mask = array<i64: 0, 4, 1, 5>}> : (vector<4xf32>, vector<2xf32>) -> vector<4xf32>
// GENERIC: "vector.shuffle"(%arg3, %arg3) <{mask = array<i64: 1, -1>}> {tag} : (vector<2x3xf32>, vector<2x3xf32>) -> vector<2x3xf32>
