// RUN: pyir-opt %s --canonicalize | FileCheck %s

// vector.multi_reduction: no reduction dims -> the source; only unit dims reduced -> a
// shape_cast (or extract, for a scalar result) combined with the accumulator by the kind's
// arith op; a non-unit reduced dim keeps the op.

// CHECK-LABEL: func.func @none
// CHECK-NEXT:    return %arg0 : vector<4x8xf32>
func.func @none(%v: vector<4x8xf32>, %acc: vector<4x8xf32>) -> vector<4x8xf32> {
  %0 = vector.multi_reduction <add>, %v, %acc [] : vector<4x8xf32> to vector<4x8xf32>
  return %0 : vector<4x8xf32>
}

// CHECK-LABEL: func.func @unit
// CHECK-NEXT:    %0 = vector.shape_cast %arg0 : vector<4x1xf32> to vector<4xf32>
// CHECK-NEXT:    %1 = arith.addf %arg1, %0 : vector<4xf32>
// CHECK-NEXT:    return %1 : vector<4xf32>
func.func @unit(%v: vector<4x1xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<4x1xf32> to vector<4xf32>
  return %0 : vector<4xf32>
}

// CHECK-LABEL: func.func @unit_all
// CHECK-NEXT:    %0 = vector.extract %arg0[0, 0] : f32 from vector<1x1xf32>
// CHECK-NEXT:    %1 = arith.mulf %arg1, %0 : f32
// CHECK-NEXT:    return %1 : f32
func.func @unit_all(%v: vector<1x1xf32>, %acc: f32) -> f32 {
  %0 = vector.multi_reduction <mul>, %v, %acc [0, 1] : vector<1x1xf32> to f32
  return %0 : f32
}

// CHECK-LABEL: func.func @unit_i
// CHECK-NEXT:    %0 = vector.shape_cast %arg0 : vector<1x4x1xi32> to vector<4xi32>
// CHECK-NEXT:    %1 = arith.maxsi %arg1, %0 : vector<4xi32>
// CHECK-NEXT:    return %1 : vector<4xi32>
func.func @unit_i(%v: vector<1x4x1xi32>, %acc: vector<4xi32>) -> vector<4xi32> {
  %0 = vector.multi_reduction <maxsi>, %v, %acc [0, 2] : vector<1x4x1xi32> to vector<4xi32>
  return %0 : vector<4xi32>
}

// CHECK-LABEL: func.func @nonunit
// CHECK-NEXT:    %0 = vector.multi_reduction <maximumf>, %arg0, %arg1 [1] : vector<4x8xf32> to vector<4xf32>
// CHECK-NEXT:    return %0 : vector<4xf32>
func.func @nonunit(%v: vector<4x8xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.multi_reduction <maximumf>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32>
  return %0 : vector<4xf32>
}

// CHECK-LABEL: func.func @unit_scal
// CHECK-NEXT:    %0 = vector.shape_cast %arg0 : vector<[4]x1xf32> to vector<[4]xf32>
// CHECK-NEXT:    %1 = arith.addf %arg1, %0 : vector<[4]xf32>
// CHECK-NEXT:    return %1 : vector<[4]xf32>
func.func @unit_scal(%v: vector<[4]x1xf32>, %acc: vector<[4]xf32>) -> vector<[4]xf32> {
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<[4]x1xf32> to vector<[4]xf32>
  return %0 : vector<[4]xf32>
}

// CHECK-LABEL: func.func @unit_1d
// CHECK-NEXT:    %0 = vector.extract %arg0[0] : f32 from vector<1xf32>
// CHECK-NEXT:    %1 = arith.addf %arg1, %0 : f32
// CHECK-NEXT:    return %1 : f32
func.func @unit_1d(%v: vector<1xf32>, %acc: f32) -> f32 {
  %0 = vector.multi_reduction <add>, %v, %acc [0] : vector<1xf32> to f32
  return %0 : f32
}

// CHECK-LABEL: func.func @mixed
// CHECK-NEXT:    %0 = vector.multi_reduction <add>, %arg0, %arg1 [0, 1] : vector<1x8xf32> to f32
// CHECK-NEXT:    return %0 : f32
func.func @mixed(%v: vector<1x8xf32>, %acc: f32) -> f32 {
  %0 = vector.multi_reduction <add>, %v, %acc [0, 1] : vector<1x8xf32> to f32
  return %0 : f32
}

