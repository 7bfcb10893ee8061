// RUN: pyir-opt %s --canonicalize | FileCheck %s

// vector.to_elements folds, and the insert chains that become from_elements.

// to_elements of a from_elements is its elements; of a scalar broadcast, the scalar.
// CHECK-LABEL: func.func @to_elements_folds
// CHECK-NEXT:    return %arg0, %arg1, %arg2, %arg2
func.func @to_elements_folds(%a: f32, %b: f32, %s: f32) -> (f32, f32, f32, f32) {
  %0 = vector.from_elements %a, %b : vector<2xf32>
  %1:2 = vector.to_elements %0 : vector<2xf32>
  %2 = vector.broadcast %s : f32 to vector<2xf32>
  %3:2 = vector.to_elements %2 : vector<2xf32>
  return %1#0, %1#1, %3#0, %3#1 : f32, f32, f32, f32
}

// to_elements of a vector broadcast reads the source's elements where the broadcast
// copies them from (leading dims dropped, unit dims read 0).
// CHECK-LABEL: func.func @to_elements_of_broadcast
// CHECK-NEXT:    %[[E:.*]]:2 = vector.to_elements %arg0 : vector<1x2xf32>
// CHECK-NEXT:    return %[[E]]#0, %[[E]]#1, %[[E]]#0, %[[E]]#1, %[[E]]#0, %[[E]]#1
func.func @to_elements_of_broadcast(%a: vector<1x2xf32>) -> (f32, f32, f32, f32, f32, f32) {
  %0 = vector.broadcast %a : vector<1x2xf32> to vector<3x2xf32>
  %1:6 = vector.to_elements %0 : vector<3x2xf32>
  return %1#0, %1#1, %1#2, %1#3, %1#4, %1#5 : f32, f32, f32, f32, f32, f32
}

// from_elements of all the results of one to_elements, in order and with its source's
// type, is that source; reshaped or permuted it stays. Constants stay as they are.
// CHECK-LABEL: func.func @from_to_elements
// CHECK:         %[[E:.*]]:2 = vector.to_elements %arg1 : vector<2xf32>
// CHECK:         %[[P:.*]] = vector.from_elements %[[E]]#1, %[[E]]#0 : vector<2xf32>
// CHECK:         vector.to_elements %{{.*}} : vector<2xi32>
// CHECK:         return %arg0, %[[P]]
func.func @from_to_elements(%a: vector<2x2xf32>, %b: vector<2xf32>) -> (vector<2x2xf32>, vector<2xf32>, i32) {
  %0:4 = vector.to_elements %a : vector<2x2xf32>
  %1 = vector.from_elements %0#0, %0#1, %0#2, %0#3 : vector<2x2xf32>
  %2:2 = vector.to_elements %b : vector<2xf32>
  %3 = vector.from_elements %2#1, %2#0 : vector<2xf32>
  %c = arith.constant dense<[1, 2]> : vector<2xi32>
  %4:2 = vector.to_elements %c : vector<2xi32>
  return %1, %3, %4#1 : vector<2x2xf32>, vector<2xf32>, i32
}

// A chain of inserts that writes every element is a from_elements; inserted vectors
// are read through to_elements, and later inserts win (%arg0's row is overwritten).
// CHECK-LABEL: func.func @insert_chain
// CHECK-NEXT:    %[[B:.*]]:2 = vector.to_elements %arg1 : vector<2xf32>
// CHECK-NEXT:    %[[C:.*]]:2 = vector.to_elements %arg2 : vector<2xf32>
// CHECK-NEXT:    %[[R:.*]] = vector.from_elements %[[B]]#0, %arg3, %[[C]]#0, %[[C]]#1 : vector<2x2xf32>
// CHECK-NEXT:    return %[[R]]
func.func @insert_chain(%a: vector<2xf32>, %b: vector<2xf32>, %c: vector<2xf32>, %s: f32, %d: vector<2x2xf32>) -> vector<2x2xf32> {
  %0 = vector.insert %a, %d[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %b, %0[0] : vector<2xf32> into vector<2x2xf32>
  %2 = vector.insert %s, %1[0, 1] : f32 into vector<2x2xf32>
  %3 = vector.insert %c, %2[1] : vector<2xf32> into vector<2x2xf32>
  return %3 : vector<2x2xf32>
}

// Chains that stay: one row written, an inner insert with another use.
// CHECK-LABEL: func.func @insert_chain_kept
// CHECK-NOT:     from_elements
// CHECK-COUNT-3: vector.insert
func.func @insert_chain_kept(%a: vector<2xf32>, %b: vector<2xf32>, %d: vector<2x2xf32>) -> (vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>) {
  %0 = vector.insert %a, %d[0] : vector<2xf32> into vector<2x2xf32>
  %1 = vector.insert %a, %d[1] : vector<2xf32> into vector<2x2xf32>
  %2 = vector.insert %b, %1[0] : vector<2xf32> into vector<2x2xf32>
  return %0, %1, %2 : vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>
}

// Inserting a broadcast scalar into a broadcast of the same scalar is that broadcast.
// CHECK-LABEL: func.func @insert_splat_into_splat
// CHECK-NEXT:    %[[B:.*]] = vector.broadcast %arg0 : f32 to vector<2x4xf32>
// CHECK-NEXT:    return %[[B]]
func.func @insert_splat_into_splat(%a: f32) -> vector<2x4xf32> {
  %0 = vector.broadcast %a : f32 to vector<4xf32>
  %1 = vector.broadcast %a : f32 to vector<2x4xf32>
  %2 = vector.insert %0, %1[1] : vector<4xf32> into vector<2x4xf32>
  return %2 : vector<2x4xf32>
}
