// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// extract of constants and of from_elements at constant indices; an out-of-range index and
// a dynamic index stay.
// CHECK-LABEL: func.func @extract_constants
// CHECK-DAG:     %[[C5:.*]] = arith.constant 5 : index
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[D:.*]] = arith.constant dense<{{\[}}[1, 2], [3, 4]]> : tensor<2x2xi32>
// CHECK-DAG:     %[[THREE:.*]] = arith.constant 3 : i32
// CHECK:         %[[OOB:.*]] = tensor.extract %[[D]][%[[C5]], %[[C0]]] : tensor<2x2xi32>
// CHECK-NEXT:    return %[[THREE]], %[[OOB]], %arg1 : i32, i32, i32
func.func @extract_constants(%a: i32, %b: i32) -> (i32, i32, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %cst = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %e = tensor.extract %cst[%c1, %c0] : tensor<2x2xi32>
  %f = tensor.extract %cst[%c5, %c0] : tensor<2x2xi32>
  %t = tensor.from_elements %a, %b : tensor<2xi32>
  %g = tensor.extract %t[%c1] : tensor<2xi32>
  return %e, %f, %g : i32, i32, i32
}

// extract reads through insert (same constant index), cast and index_cast.
// CHECK-LABEL: func.func @extract_through
// CHECK:         %[[E:.*]] = tensor.extract %arg2[%arg3] : tensor<4xf32>
// CHECK-NEXT:    %[[X:.*]] = tensor.extract %arg4[%arg3] : tensor<4xi32>
// CHECK-NEXT:    %[[I:.*]] = arith.index_cast %[[X]] : i32 to index
// CHECK-NEXT:    return %arg0, %[[E]], %[[I]] : f32, f32, index
func.func @extract_through(%v: f32, %t: tensor<4xf32>, %s: tensor<4xf32>, %i: index, %u: tensor<4xi32>) -> (f32, f32, index) {
  %c1 = arith.constant 1 : index
  %r = tensor.insert %v into %t[%c1] : tensor<4xf32>
  %a = tensor.extract %r[%c1] : tensor<4xf32>
  %c = tensor.cast %s : tensor<4xf32> to tensor<?xf32>
  %b = tensor.extract %c[%i] : tensor<?xf32>
  %x = arith.index_cast %u : tensor<4xi32> to tensor<4xindex>
  %y = tensor.extract %x[%i] : tensor<4xindex>
  return %a, %b, %y : f32, f32, index
}

// from_elements and splat of constants are dense constants; a dynamic splat stays.
// CHECK-LABEL: func.func @constant_tensors
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG:     %[[FE:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-DAG:     %[[SP:.*]] = arith.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK:         %[[DYN:.*]] = tensor.splat %[[ONE]][%arg0] : tensor<?xf32>
// CHECK-NEXT:    return %[[FE]], %[[SP]], %[[DYN]]
func.func @constant_tensors(%n: index) -> (tensor<2xf32>, tensor<4xf32>, tensor<?xf32>) {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %a = tensor.from_elements %one, %two : tensor<2xf32>
  %b = tensor.splat %one : tensor<4xf32>
  %c = tensor.splat %one[%n] : tensor<?xf32>
  return %a, %b, %c : tensor<2xf32>, tensor<4xf32>, tensor<?xf32>
}

// Casts: a chain keeps one cast unless the middle type adds a runtime check.
// CHECK-LABEL: func.func @cast_chains
// CHECK-NEXT:    %[[A:.*]] = tensor.cast %arg0 : tensor<?x?xf32> to tensor<4x?xf32>
// CHECK-NEXT:    %[[B:.*]] = tensor.cast %[[A]] : tensor<4x?xf32> to tensor<?x?xf32>
// CHECK-NEXT:    return %arg1, %[[B]]
func.func @cast_chains(%u: tensor<?x?xf32>, %t: tensor<4xf32>) -> (tensor<4xf32>, tensor<?x?xf32>) {
  %a = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %b = tensor.cast %a : tensor<?xf32> to tensor<4xf32>
  %c = tensor.cast %u : tensor<?x?xf32> to tensor<4x?xf32>
  %d = tensor.cast %c : tensor<4x?xf32> to tensor<?x?xf32>
  return %b, %d : tensor<4xf32>, tensor<?x?xf32>
}

// empty with a constant size gets a static type and a cast back; dim of empty is its size.
// CHECK-LABEL: func.func @empty
// CHECK-NEXT:    %[[E:.*]] = tensor.empty(%arg0) : tensor<4x?xf32>
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[E]] : tensor<4x?xf32> to tensor<?x?xf32>
// CHECK-NEXT:    return %[[C]], %arg0
func.func @empty(%n: index) -> (tensor<?x?xf32>, index) {
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %e = tensor.empty(%c4, %n) : tensor<?x?xf32>
  %d = tensor.dim %e, %c1 : tensor<?x?xf32>
  return %e, %d : tensor<?x?xf32>, index
}

// Constant slice operands become static; the identity slice is its source.
// CHECK-LABEL: func.func @slices
// CHECK-NEXT:    %[[S:.*]] = tensor.extract_slice %arg0[1, 0] [4, 4] [1, 1] : tensor<8x8xf32> to tensor<4x4xf32>
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[S]] : tensor<4x4xf32> to tensor<?x?xf32>
// CHECK-NEXT:    return %[[C]], %arg0
func.func @slices(%t: tensor<8x8xf32>) -> (tensor<?x?xf32>, tensor<8x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %s = tensor.extract_slice %t[%c1, %c0] [%c4, %c4] [%c1, %c1] : tensor<8x8xf32> to tensor<?x?xf32>
  %u = tensor.extract_slice %t[0, 0] [8, 8] [1, 1] : tensor<8x8xf32> to tensor<8x8xf32>
  return %s, %u : tensor<?x?xf32>, tensor<8x8xf32>
}

// insert_slice of an extract_slice of the dest at the same place is the dest; extracting
// what was just inserted is the inserted tensor.
// CHECK-LABEL: func.func @insert_extract
// CHECK-NEXT:    return %arg0, %arg2
func.func @insert_extract(%t: tensor<8x8xf32>, %o: index, %v: tensor<2x4xf32>) -> (tensor<8x8xf32>, tensor<2x4xf32>) {
  %e = tensor.extract_slice %t[%o, 0] [2, 4] [1, 1] : tensor<8x8xf32> to tensor<2x4xf32>
  %i = tensor.insert_slice %e into %t[%o, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<8x8xf32>
  %j = tensor.insert_slice %v into %t[%o, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<8x8xf32>
  %f = tensor.extract_slice %j[%o, 0] [2, 4] [1, 1] : tensor<8x8xf32> to tensor<2x4xf32>
  return %i, %f : tensor<8x8xf32>, tensor<2x4xf32>
}

// Zero padding is a cast (or nothing); with nofold it stays.
// CHECK-LABEL: func.func @pad
// CHECK-NEXT:    %[[P:.*]] = tensor.pad %arg0 nofold low[0, 0] high[0, 0]
// CHECK:         return %arg0, %[[P]]
func.func @pad(%t: tensor<4x?xf32>, %v: f32) -> (tensor<4x?xf32>, tensor<4x?xf32>) {
  %p = tensor.pad %t low[0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x?xf32> to tensor<4x?xf32>
  %q = tensor.pad %t nofold low[0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x?xf32> to tensor<4x?xf32>
  return %p, %q : tensor<4x?xf32>, tensor<4x?xf32>
}

// collapse/expand: inverses cancel, chains compose, constants are reshaped.
// CHECK-LABEL: func.func @reshapes
// CHECK-DAG:     %[[K:.*]] = arith.constant dense<{{\[}}[1, 2], [3, 4]]> : tensor<2x2xi32>
// CHECK-DAG:     %[[C:.*]] = tensor.collapse_shape %arg0 {{\[}}[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
// CHECK:         return %arg0, %[[C]], %[[K]]
func.func @reshapes(%t: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<24xf32>, tensor<2x2xi32>) {
  %a = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %b = tensor.expand_shape %a [[0, 1], [2]] output_shape [2, 3, 4] : tensor<6x4xf32> into tensor<2x3x4xf32>
  %c = tensor.collapse_shape %a [[0, 1]] : tensor<6x4xf32> into tensor<24xf32>
  %cst = arith.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %k = tensor.expand_shape %cst [[0, 1]] output_shape [2, 2] : tensor<4xi32> into tensor<2x2xi32>
  return %b, %c, %k : tensor<2x3x4xf32>, tensor<24xf32>, tensor<2x2xi32>
}
