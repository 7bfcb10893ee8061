// RUN: pyir-opt %s --canonicalize | FileCheck %s

// Poison in the vector dialect, as MLIR folds it: the result becomes a ub.poison of the
// result type (materialized by the vector dialect).

// broadcast, extract, shape_cast and transpose of poison are poison.
// CHECK-LABEL: func.func @of_poison
// CHECK-DAG:     %[[B:.*]] = ub.poison : vector<4xf32>
// CHECK-DAG:     %[[E:.*]] = ub.poison : f32
// CHECK-DAG:     %[[S:.*]] = ub.poison : vector<2x2xf32>
// CHECK-DAG:     %[[T:.*]] = ub.poison : vector<3x2xf32>
// CHECK-NOT:     vector.
// CHECK:         return %[[B]], %[[E]], %[[S]], %[[T]]
func.func @of_poison() -> (vector<4xf32>, f32, vector<2x2xf32>, vector<3x2xf32>) {
  %ps = ub.poison : f32
  %pv = ub.poison : vector<4xf32>
  %pm = ub.poison : vector<2x3xf32>
  %0 = vector.broadcast %ps : f32 to vector<4xf32>
  %1 = vector.extract %pv[1] : f32 from vector<4xf32>
  %2 = vector.shape_cast %pv : vector<4xf32> to vector<2x2xf32>
  %3 = vector.transpose %pm, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  return %0, %1, %2, %3 : vector<4xf32>, f32, vector<2x2xf32>, vector<3x2xf32>
}

// Position -1 (static, or a constant index operand) reads or writes nowhere: poison.
// CHECK-LABEL: func.func @poison_index
// CHECK-DAG:     %[[E:.*]] = ub.poison : f32
// CHECK-DAG:     %[[I:.*]] = ub.poison : vector<4xf32>
// CHECK-DAG:     %[[R:.*]] = ub.poison : vector<3xf32>
// CHECK:         return %[[E]], %[[I]], %[[R]], %[[E]]
func.func @poison_index(%a: vector<4xf32>, %b: f32, %m: vector<4x3xf32>, %i: index)
    -> (f32, vector<4xf32>, vector<3xf32>, f32) {
  %c = arith.constant -1 : index
  %0 = vector.extract %a[%c] : f32 from vector<4xf32>
  %1 = vector.insert %b, %a[-1] : f32 into vector<4xf32>
  %2 = vector.extract %m[-1] : vector<3xf32> from vector<4x3xf32>
  %3 = vector.extract %m[%i, -1] : f32 from vector<4x3xf32>
  return %0, %1, %2, %3 : f32, vector<4xf32>, vector<3xf32>, f32
}

// from_elements of poison only is a broadcast of poison, hence poison; one poison
// element among others stays.
// CHECK-LABEL: func.func @from_elements_poison
// CHECK-DAG:     %[[P:.*]] = ub.poison : vector<2xf32>
// CHECK-DAG:     %[[S:.*]] = ub.poison : f32
// CHECK:         %[[M:.*]] = vector.from_elements %arg0, %[[S]] : vector<2xf32>
// CHECK:         return %[[P]], %[[M]]
func.func @from_elements_poison(%a: f32) -> (vector<2xf32>, vector<2xf32>) {
  %p = ub.poison : f32
  %0 = vector.from_elements %p, %p : vector<2xf32>
  %1 = vector.from_elements %a, %p : vector<2xf32>
  return %0, %1 : vector<2xf32>, vector<2xf32>
}

// MLIR does not fold these: extract_strided_slice of poison, insert of poison into
// poison, an out-of-range constant index, a poison index operand.
// CHECK-LABEL: func.func @not_folded
// CHECK:         vector.extract_strided_slice
// CHECK:         vector.insert
// CHECK:         vector.extract %arg0[%{{.*}}] : f32 from vector<4xf32>
// CHECK:         vector.extract %arg0[%{{.*}}] : f32 from vector<4xf32>
func.func @not_folded(%a: vector<4xf32>) -> (vector<2xf32>, vector<4xf32>, f32, f32) {
  %pv = ub.poison : vector<4xf32>
  %ps = ub.poison : f32
  %pi = ub.poison : index
  %c7 = arith.constant 7 : index
  %0 = vector.extract_strided_slice %pv offsets = [1], sizes = [2], strides = [1] : vector<4xf32> to vector<2xf32>
  %1 = vector.insert %ps, %pv[1] : f32 into vector<4xf32>
  %2 = vector.extract %a[%c7] : f32 from vector<4xf32>
  %3 = vector.extract %a[%pi] : f32 from vector<4xf32>
  return %0, %1, %2, %3 : vector<2xf32>, vector<4xf32>, f32, f32
}

// A transpose that moves only unit dims moves no element: with the same type it is the
// source, and next to a shape_cast it is one.
// CHECK-LABEL: func.func @unit_transposes
// CHECK-DAG:     %[[A:.*]] = vector.shape_cast %arg1 : vector<1x4xf32> to vector<4xf32>
// CHECK-DAG:     %[[B:.*]] = vector.shape_cast %arg2 : vector<4xf32> to vector<4x1xf32>
// CHECK-DAG:     %[[C:.*]] = vector.transpose %arg3, [1, 0] : vector<2x2xf32> to vector<2x2xf32>
// CHECK:         return %arg0, %[[A]], %[[B]], %[[C]]
func.func @unit_transposes(%a: vector<1x4x1xf32>, %b: vector<1x4xf32>, %c: vector<4xf32>, %d: vector<2x2xf32>)
    -> (vector<1x4x1xf32>, vector<4xf32>, vector<4x1xf32>, vector<2x2xf32>) {
  %0 = vector.transpose %a, [2, 1, 0] : vector<1x4x1xf32> to vector<1x4x1xf32>
  %1 = vector.transpose %b, [1, 0] : vector<1x4xf32> to vector<4x1xf32>
  %2 = vector.shape_cast %1 : vector<4x1xf32> to vector<4xf32>
  %3 = vector.shape_cast %c : vector<4xf32> to vector<1x4xf32>
  %4 = vector.transpose %3, [1, 0] : vector<1x4xf32> to vector<4x1xf32>
  %5 = vector.transpose %d, [1, 0] : vector<2x2xf32> to vector<2x2xf32>
  return %0, %2, %4, %5 : vector<1x4x1xf32>, vector<4xf32>, vector<4x1xf32>, vector<2x2xf32>
}
