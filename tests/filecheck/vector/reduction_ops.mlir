// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// Round trip of vector.multi_reduction, vector.outerproduct and vector.deinterleave.

// CHECK-LABEL: func.func @multi_reduction
// CHECK-NEXT:    %0 = vector.multi_reduction <add>, %arg0, %arg1 [1, 2] : vector<4x8x2xf32> to vector<4xf32>
// CHECK-NEXT:    %1 = vector.multi_reduction <maximumf>, %arg0, %arg2 {tag} [0, 1, 2] : vector<4x8x2xf32> to f32
// CHECK-NEXT:    %2 = vector.multi_reduction <xor>, %arg3, %arg4 [1] : vector<[4]x8xi32> to vector<[4]xi32>
// CHECK-NEXT:    %3 = vector.multi_reduction <mul>, %arg0, %arg0 [] : vector<4x8x2xf32> to vector<4x8x2xf32>
// CHECK-NEXT:    return %1 : f32
// CHECK-LABEL: func.func @outerproduct
// CHECK-NEXT:    %0 = vector.outerproduct %arg0, %arg1 : vector<4xf32>, vector<8xf32>
// CHECK-NEXT:    %1 = vector.outerproduct %arg0, %arg1, %arg2 {kind = #vector.kind<maxnumf>, tag} : vector<4xf32>, vector<8xf32>
// CHECK-NEXT:    %2 = vector.outerproduct %arg0, %arg3 : vector<4xf32>, f32
// CHECK-NEXT:    %3 = vector.outerproduct %arg0, %arg3, %arg0 {kind = #vector.kind<mul>} : vector<4xf32>, f32
// CHECK-NEXT:    %4 = vector.outerproduct %arg0, %arg4 : vector<4xf32>, vector<[8]xf32>
// CHECK-NEXT:    %5 = vector.outerproduct %arg5, %arg5, %arg6 {kind = #vector.kind<xor>} : vector<4xi32>, vector<4xi32>
// CHECK-NEXT:    return
// CHECK-LABEL: func.func @deinterleave
// CHECK-NEXT:    %res1, %res2 = vector.deinterleave %arg0 : vector<8xi32> -> vector<4xi32>
// CHECK-NEXT:    %res1_0, %res2_1 = vector.deinterleave %arg1 {tag} : vector<2x[8]xf16> -> vector<2x[4]xf16>
// CHECK-NEXT:    return %res2 : vector<4xi32>


func.func @multi_reduction(%v: vector<4x8x2xf32>, %acc: vector<4xf32>, %s: f32,
                           %vi: vector<[4]x8xi32>, %acci: vector<[4]xi32>) -> f32 {
  %0 = vector.multi_reduction <add>, %v, %acc [1, 2] : vector<4x8x2xf32> to vector<4xf32>
  %1 = vector.multi_reduction <maximumf>, %v, %s {tag} [0, 1, 2] : vector<4x8x2xf32> to f32
  %2 = vector.multi_reduction <xor>, %vi, %acci [1] : vector<[4]x8xi32> to vector<[4]xi32>
  %3 = vector.multi_reduction <mul>, %v, %v [] : vector<4x8x2xf32> to vector<4x8x2xf32>
  return %1 : f32
}

func.func @outerproduct(%a: vector<4xf32>, %b: vector<8xf32>, %c: vector<4x8xf32>, %s: f32,
                        %bs: vector<[8]xf32>, %ai: vector<4xi32>, %ci: vector<4x4xi32>) {
  %0 = vector.outerproduct %a, %b : vector<4xf32>, vector<8xf32>
  %1 = vector.outerproduct %a, %b, %c {kind = #vector.kind<maxnumf>, tag} : vector<4xf32>, vector<8xf32>
  %2 = vector.outerproduct %a, %s : vector<4xf32>, f32
  %3 = vector.outerproduct %a, %s, %a {kind = #vector.kind<mul>} : vector<4xf32>, f32
  %4 = vector.outerproduct %a, %bs : vector<4xf32>, vector<[8]xf32>
  %5 = vector.outerproduct %ai, %ai, %ci {kind = #vector.kind<xor>} : vector<4xi32>, vector<4xi32>
  return
}

func.func @deinterleave(%w: vector<8xi32>, %x: vector<2x[8]xf16>) -> vector<4xi32> {
  %0, %1 = vector.deinterleave %w : vector<8xi32> -> vector<4xi32>
  %2, %3 = vector.deinterleave %x {tag} : vector<2x[8]xf16> -> vector<2x[4]xf16>
  return %1 : vector<4xi32>
}
