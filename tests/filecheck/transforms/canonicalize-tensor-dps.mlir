// RUN: pyir-opt %s --canonicalize | FileCheck %s

// FoldTensorCastProducerOp: a destination-style op (here tensor.insert) reads the source of
// a cast that only drops static sizes; its result gets that type and is cast back.
// CHECK-LABEL: func.func @insert_into_cast
// CHECK-NEXT:    %[[I:.*]] = tensor.insert %arg1 into %arg0[%arg2, %arg2] : tensor<4x?xf32>
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[I]] : tensor<4x?xf32> to tensor<?x?xf32>
// CHECK-NEXT:    return %[[C]]
func.func @insert_into_cast(%t: tensor<4x?xf32>, %x: f32, %i: index) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %r = tensor.insert %x into %c[%i, %i] : tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// The cast moves down a chain of inserts.
// CHECK-LABEL: func.func @insert_into_cast_chain
// CHECK-NEXT:    %[[A:.*]] = tensor.insert %arg1 into %arg0[%arg3] : tensor<4xf32>
// CHECK-NEXT:    %[[B:.*]] = tensor.insert %arg2 into %[[A]][%arg3] : tensor<4xf32>
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[B]] : tensor<4xf32> to tensor<?xf32>
// CHECK-NEXT:    return %[[C]]
func.func @insert_into_cast_chain(%t: tensor<4xf32>, %x: f32, %y: f32, %i: index) -> tensor<?xf32> {
  %c = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %r = tensor.insert %x into %c[%i] : tensor<?xf32>
  %s = tensor.insert %y into %r[%i] : tensor<?xf32>
  return %s : tensor<?xf32>
}

// A cast to a more static type stays.
// CHECK-LABEL: func.func @insert_into_cast_more_static
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %arg0 : tensor<?xf32> to tensor<4xf32>
// CHECK-NEXT:    tensor.insert %arg1 into %[[C]][%arg2] : tensor<4xf32>
func.func @insert_into_cast_more_static(%t: tensor<?xf32>, %x: f32, %i: index) -> tensor<4xf32> {
  %c = tensor.cast %t : tensor<?xf32> to tensor<4xf32>
  %r = tensor.insert %x into %c[%i] : tensor<4xf32>
  return %r : tensor<4xf32>
}

// DimOfDestStyleOp: dim of insert / insert_slice is dim of the dest, any index.
// CHECK-LABEL: func.func @dim_of_insert
// CHECK-NEXT:    %[[A:.*]] = tensor.dim %arg0, %arg4 : tensor<?x?xf32>
// CHECK-NEXT:    %[[B:.*]] = tensor.dim %arg0, %arg4 : tensor<?x?xf32>
// CHECK-NEXT:    return %[[A]], %[[B]]
func.func @dim_of_insert(%t: tensor<?x?xf32>, %s: tensor<2x2xf32>, %x: f32, %i: index, %k: index) -> (index, index) {
  %r = tensor.insert %x into %t[%i, %i] : tensor<?x?xf32>
  %a = tensor.dim %r, %k : tensor<?x?xf32>
  %q = tensor.insert_slice %s into %t[0, 0] [2, 2] [1, 1] : tensor<2x2xf32> into tensor<?x?xf32>
  %b = tensor.dim %q, %k : tensor<?x?xf32>
  return %a, %b : index, index
}
