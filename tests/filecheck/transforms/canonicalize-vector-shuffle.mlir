// RUN: pyir-opt %s --canonicalize | FileCheck %s

// vector.bitcast and vector.shuffle folds and patterns.

// A bitcast to its own type or back to its source's type disappears; chained bitcasts
// become one.
// CHECK-LABEL: func.func @bitcasts
// CHECK-NEXT:    %[[C:.*]] = vector.bitcast %arg0 : vector<4xf32> to vector<8xi16>
// CHECK-NEXT:    return %arg0, %arg0, %[[C]]
func.func @bitcasts(%a: vector<4xf32>) -> (vector<4xf32>, vector<4xf32>, vector<8xi16>) {
  %0 = vector.bitcast %a : vector<4xf32> to vector<4xf32>
  %1 = vector.bitcast %a : vector<4xf32> to vector<4xi32>
  %2 = vector.bitcast %1 : vector<4xi32> to vector<4xf32>
  %3 = vector.bitcast %1 : vector<4xi32> to vector<8xi16>
  return %0, %2, %3 : vector<4xf32>, vector<4xf32>, vector<8xi16>
}

// Splat constants: f16 -> f32 repeats the 16-bit pattern, integer -> wider integer the
// narrow one (3 -> 0x03030303); int -> float and narrowing casts stay.
// CHECK-LABEL: func.func @bitcast_constants
// CHECK-DAG:     %[[F:.*]] = arith.constant dense<0.00782680511> : vector<2xf32>
// CHECK-DAG:     %[[I:.*]] = arith.constant dense<50529027> : vector<2xi32>
// CHECK-DAG:     %[[K:.*]] = vector.bitcast %{{.*}} : vector<2xi32> to vector<8xi8>
// CHECK:         return %[[F]], %[[I]], %[[K]]
func.func @bitcast_constants() -> (vector<2xf32>, vector<2xi32>, vector<8xi8>) {
  %h = arith.constant dense<1.0> : vector<4xf16>
  %0 = vector.bitcast %h : vector<4xf16> to vector<2xf32>
  %b = arith.constant dense<3> : vector<8xi8>
  %1 = vector.bitcast %b : vector<8xi8> to vector<2xi32>
  %w = arith.constant dense<3> : vector<2xi32>
  %2 = vector.bitcast %w : vector<2xi32> to vector<8xi8>
  return %0, %1, %2 : vector<2xf32>, vector<2xi32>, vector<8xi8>
}

// A shuffle that picks one operand whole is it; constants shuffle into a constant (a
// poison entry reads the first element of v1).
// CHECK-LABEL: func.func @shuffle_folds
// CHECK-DAG:     %[[C:.*]] = arith.constant dense<[4, 1, 1]> : vector<3xi32>
// CHECK:         return %arg0, %arg1, %[[C]]
func.func @shuffle_folds(%a: vector<4xf32>, %b: vector<2xf32>) -> (vector<4xf32>, vector<2xf32>, vector<3xi32>) {
  %0 = vector.shuffle %a, %b [0, 1, 2, 3] : vector<4xf32>, vector<2xf32>
  %1 = vector.shuffle %a, %b [4, 5] : vector<4xf32>, vector<2xf32>
  %x = arith.constant dense<[1, 2]> : vector<2xi32>
  %y = arith.constant dense<[3, 4]> : vector<2xi32>
  %2 = vector.shuffle %x, %y [3, 0, -1] : vector<2xi32>, vector<2xi32>
  return %0, %1, %2 : vector<4xf32>, vector<2xf32>, vector<3xi32>
}

// An operand the mask never reads becomes poison; with neither read, the result is.
// CHECK-LABEL: func.func @shuffle_unused
// CHECK-DAG:     %[[P2:.*]] = ub.poison : vector<2xf32>
// CHECK-DAG:     %[[P4:.*]] = ub.poison : vector<4xf32>
// CHECK-DAG:     %[[S:.*]] = vector.shuffle %[[P4]], %arg1 [4, 5, 4] : vector<4xf32>, vector<2xf32>
// CHECK-DAG:     %[[T:.*]] = vector.shuffle %arg0, %[[P2]] [1, -1] : vector<4xf32>, vector<2xf32>
// CHECK:         return %[[S]], %[[P2]], %[[T]]
func.func @shuffle_unused(%a: vector<4xf32>, %b: vector<2xf32>) -> (vector<3xf32>, vector<2xf32>, vector<2xf32>) {
  %0 = vector.shuffle %a, %b [4, 5, 4] : vector<4xf32>, vector<2xf32>
  %1 = vector.shuffle %a, %b [-1, -1] : vector<4xf32>, vector<2xf32>
  %2 = vector.shuffle %a, %b [1, -1] : vector<4xf32>, vector<2xf32>
  return %0, %1, %2 : vector<3xf32>, vector<2xf32>, vector<2xf32>
}

// Shuffles of broadcasts of one scalar are a broadcast; the interleaving mask is
// vector.interleave; a one-entry shuffle of 0-d vectors is a shape_cast.
// CHECK-LABEL: func.func @shuffle_patterns
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg0 : f32 to vector<3xf32>
// CHECK-DAG:     %[[I:.*]] = vector.interleave %arg1, %arg2 : vector<4xf32> -> vector<8xf32>
// CHECK-DAG:     %[[Z:.*]] = vector.shape_cast %arg3 : vector<f32> to vector<1xf32>
// CHECK:         return %[[B]], %[[I]], %[[Z]]
func.func @shuffle_patterns(%s: f32, %a: vector<4xf32>, %b: vector<4xf32>, %z: vector<f32>) -> (vector<3xf32>, vector<8xf32>, vector<1xf32>) {
  %x = vector.broadcast %s : f32 to vector<2xf32>
  %y = vector.broadcast %s : f32 to vector<4xf32>
  %0 = vector.shuffle %x, %y [0, 5, 1] : vector<2xf32>, vector<4xf32>
  %1 = vector.shuffle %a, %b [0, 4, 1, 5, 2, 6, 3, 7] : vector<4xf32>, vector<4xf32>
  %2 = vector.shuffle %z, %z [0] : vector<f32>, vector<f32>
  return %0, %1, %2 : vector<3xf32>, vector<8xf32>, vector<1xf32>
}

// A scalar extract from a 1-D shuffle reads the operand the entry picks.
// CHECK-LABEL: func.func @extract_from_shuffle
// CHECK-DAG:     %[[P:.*]] = ub.poison : f32
// CHECK-DAG:     %[[E1:.*]] = vector.extract %arg1[1] : f32 from vector<2xf32>
// CHECK-DAG:     %[[E0:.*]] = vector.extract %arg0[0] : f32 from vector<4xf32>
// CHECK:         return %[[E1]], %[[E0]], %[[P]]
func.func @extract_from_shuffle(%a: vector<4xf32>, %b: vector<2xf32>) -> (f32, f32, f32) {
  %0 = vector.shuffle %a, %b [5, 0, -1] : vector<4xf32>, vector<2xf32>
  %1 = vector.extract %0[0] : f32 from vector<3xf32>
  %2 = vector.extract %0[1] : f32 from vector<3xf32>
  %3 = vector.extract %0[2] : f32 from vector<3xf32>
  return %1, %2, %3 : f32, f32, f32
}
