// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// ComposeCollapseOfExpandOp: collapse(expand(x)) is one collapse when the expand's groups
// cover the collapse's ones, one expand the other way round (dynamic sizes multiplied).
// CHECK-LABEL: func.func @collapse_of_expand
// CHECK-NEXT:    %[[C:.*]] = tensor.collapse_shape %arg0 {{\[\[}}0, 1]] : tensor<12x5xf32> into tensor<60xf32>
// CHECK-NEXT:    return %[[C]]
func.func @collapse_of_expand(%t: tensor<12x5xf32>) -> tensor<60xf32> {
  %a = tensor.expand_shape %t [[0, 1], [2]] output_shape [3, 4, 5] : tensor<12x5xf32> into tensor<3x4x5xf32>
  %b = tensor.collapse_shape %a [[0, 1, 2]] : tensor<3x4x5xf32> into tensor<60xf32>
  return %b : tensor<60xf32>
}

// CHECK-LABEL: func.func @collapse_of_expand_dynamic
// CHECK-NEXT:    %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT:    %[[N:.*]] = arith.muli %arg1, %[[C4]] overflow<nsw> : index
// CHECK-NEXT:    %[[E:.*]] = tensor.expand_shape %arg0 {{\[\[}}0, 1]] output_shape [%[[N]], 5] : tensor<?xf32> into tensor<?x5xf32>
// CHECK-NEXT:    return %[[E]]
func.func @collapse_of_expand_dynamic(%t: tensor<?xf32>, %n: index) -> tensor<?x5xf32> {
  %a = tensor.expand_shape %t [[0, 1, 2]] output_shape [%n, 4, 5] : tensor<?xf32> into tensor<?x4x5xf32>
  %b = tensor.collapse_shape %a [[0, 1], [2]] : tensor<?x4x5xf32> into tensor<?x5xf32>
  return %b : tensor<?x5xf32>
}

// Groups that straddle each other stay.
// CHECK-LABEL: func.func @collapse_of_expand_kept
// CHECK-NEXT:    tensor.expand_shape
// CHECK-NEXT:    tensor.collapse_shape
func.func @collapse_of_expand_kept(%t: tensor<6x2xf32>) -> tensor<2x6xf32> {
  %a = tensor.expand_shape %t [[0, 1], [2]] output_shape [2, 3, 2] : tensor<6x2xf32> into tensor<2x3x2xf32>
  %b = tensor.collapse_shape %a [[0], [1, 2]] : tensor<2x3x2xf32> into tensor<2x6xf32>
  return %b : tensor<2x6xf32>
}

// ComposeExpandOfCollapseOp: each intermediate dim's band collapses into the other's.
// CHECK-LABEL: func.func @expand_of_collapse
// CHECK-NEXT:    %[[C:.*]] = tensor.collapse_shape %arg0 {{\[\[}}0, 1], [2, 3]] : tensor<2x3x4x5xf32> into tensor<6x20xf32>
// CHECK-NEXT:    %[[D:.*]] = tensor.collapse_shape %arg1 {{\[\[}}0], [1, 2]] : tensor<?x3x4xf32> into tensor<?x12xf32>
// CHECK-NEXT:    return %[[C]], %[[D]]
func.func @expand_of_collapse(%t: tensor<2x3x4x5xf32>, %u: tensor<?x3x4xf32>, %n: index) -> (tensor<6x20xf32>, tensor<?x12xf32>) {
  %a = tensor.collapse_shape %t [[0, 1, 2, 3]] : tensor<2x3x4x5xf32> into tensor<120xf32>
  %b = tensor.expand_shape %a [[0, 1]] output_shape [6, 20] : tensor<120xf32> into tensor<6x20xf32>
  %c = tensor.collapse_shape %u [[0, 1, 2]] : tensor<?x3x4xf32> into tensor<?xf32>
  %d = tensor.expand_shape %c [[0, 1]] output_shape [%n, 12] : tensor<?xf32> into tensor<?x12xf32>
  return %b, %d : tensor<6x20xf32>, tensor<?x12xf32>
}

// An ambiguous split of dynamic dims stays.
// CHECK-LABEL: func.func @expand_of_collapse_ambiguous
// CHECK-NEXT:    tensor.collapse_shape
// CHECK-NEXT:    tensor.expand_shape
func.func @expand_of_collapse_ambiguous(%t: tensor<?x?x?xf32>, %a: index, %b: index) -> tensor<?x?xf32> {
  %0 = tensor.collapse_shape %t [[0, 1, 2]] : tensor<?x?x?xf32> into tensor<?xf32>
  %1 = tensor.expand_shape %0 [[0, 1]] output_shape [%a, %b] : tensor<?xf32> into tensor<?x?xf32>
  return %1 : tensor<?x?xf32>
}

// An expand then collapse with the same groups folds even with two dynamic dims.
// CHECK-LABEL: func.func @inverse_two_dynamic
// CHECK-NEXT:    return %arg0
func.func @inverse_two_dynamic(%t: tensor<?x?xf32>, %a: index, %b: index) -> tensor<?x?xf32> {
  %0 = tensor.expand_shape %t [[0, 1], [2]] output_shape [%a, 4, %b] : tensor<?x?xf32> into tensor<?x4x?xf32>
  %1 = tensor.collapse_shape %0 [[0, 1], [2]] : tensor<?x4x?xf32> into tensor<?x?xf32>
  return %1 : tensor<?x?xf32>
}

// FoldCollapseOfCastOp and ConvertToStaticExpandShape: reshapes look through casts that drop
// static sizes (constant output sizes become static), with a cast back.
// CHECK-LABEL: func.func @reshape_of_cast
// CHECK-NEXT:    %[[C:.*]] = tensor.collapse_shape %arg0 {{\[\[}}0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK-NEXT:    %[[X:.*]] = tensor.cast %[[C]] : tensor<6x4xf32> to tensor<?x4xf32>
// CHECK-NEXT:    %[[E:.*]] = tensor.expand_shape %arg1 {{\[\[}}0, 1]] output_shape [3, 4] : tensor<12xf32> into tensor<3x4xf32>
// CHECK-NEXT:    %[[Y:.*]] = tensor.cast %[[E]] : tensor<3x4xf32> to tensor<?x4xf32>
// CHECK-NEXT:    return %[[X]], %[[Y]]
func.func @reshape_of_cast(%t: tensor<2x3x4xf32>, %u: tensor<12xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>) {
  %c3 = arith.constant 3 : index
  %c = tensor.cast %t : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %a = tensor.collapse_shape %c [[0, 1], [2]] : tensor<?x?x4xf32> into tensor<?x4xf32>
  %d = tensor.cast %u : tensor<12xf32> to tensor<?xf32>
  %b = tensor.expand_shape %d [[0, 1]] output_shape [%c3, 4] : tensor<?xf32> into tensor<?x4xf32>
  return %a, %b : tensor<?x4xf32>, tensor<?x4xf32>
}

// DimOfReshapeOp: dim of tensor.reshape reads its shape operand.
// CHECK-LABEL: func.func @dim_of_reshape
// CHECK:         %[[E:.*]] = tensor.extract %arg1[%{{.*}}] : tensor<2xi32>
// CHECK-NEXT:    %[[I:.*]] = arith.index_cast %[[E]] : i32 to index
// CHECK-NEXT:    return %[[I]]
func.func @dim_of_reshape(%t: tensor<*xf32>, %s: tensor<2xi32>) -> index {
  %c1 = arith.constant 1 : index
  %r = tensor.reshape %t(%s) : (tensor<*xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  %d = tensor.dim %r, %c1 : tensor<?x?xf32>
  return %d : index
}

// InsertSliceOpCastFolder: casts of the source / dest that drop static sizes are looked
// through; the sizes take the source's static sizes; the dest's cast moves to the result.
// CHECK-LABEL: func.func @insert_slice_of_casts
// CHECK-NEXT:    %[[I:.*]] = tensor.insert_slice %arg0 into %arg1[0, 1] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x8xf32>
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[I]] : tensor<8x8xf32> to tensor<?x8xf32>
// CHECK-NEXT:    return %[[C]]
func.func @insert_slice_of_casts(%s: tensor<4x4xf32>, %d: tensor<8x8xf32>, %n: index) -> tensor<?x8xf32> {
  %a = tensor.cast %s : tensor<4x4xf32> to tensor<?x4xf32>
  %b = tensor.cast %d : tensor<8x8xf32> to tensor<?x8xf32>
  %r = tensor.insert_slice %a into %b[0, 1] [%n, 4] [1, 1] : tensor<?x4xf32> into tensor<?x8xf32>
  return %r : tensor<?x8xf32>
}

// InferConcatOperandTypes / InferConcatResultType: static sizes one input gives flow to the
// other inputs and to the result, through casts.
// CHECK-LABEL: func.func @concat_static_sizes
// CHECK-NEXT:    %[[A:.*]] = tensor.cast %arg0 : tensor<4x?xf32> to tensor<4x5xf32>
// CHECK-NEXT:    %[[R:.*]] = tensor.concat dim(0) %[[A]], %arg1 : (tensor<4x5xf32>, tensor<?x5xf32>) -> tensor<?x5xf32>
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[R]] : tensor<?x5xf32> to tensor<?x?xf32>
// CHECK-NEXT:    return %[[C]]
func.func @concat_static_sizes(%a: tensor<4x?xf32>, %b: tensor<?x5xf32>) -> tensor<?x?xf32> {
  %r = tensor.concat dim(0) %a, %b : (tensor<4x?xf32>, tensor<?x5xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// Nothing to infer: unchanged.
// CHECK-LABEL: func.func @concat_kept
// CHECK-NEXT:    tensor.concat dim(0) %arg0, %arg1 : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
func.func @concat_kept(%a: tensor<?xf32>, %b: tensor<?xf32>) -> tensor<?xf32> {
  %r = tensor.concat dim(0) %a, %b : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// A negative constant size or padding that would make a negative static size is left
// alone (MLIR builds an invalid type there).
// CHECK-LABEL: func.func @negative_sizes_kept
// CHECK:         tensor.expand_shape %{{.*}} {{\[\[}}0, 1]] output_shape [%{{.*}}, 4] : tensor<?xf32> into tensor<?x4xf32>
// CHECK:         tensor.pad %arg1 low[%{{.*}}] high[0]
// CHECK:         } : tensor<2xf32> to tensor<?xf32>
func.func @negative_sizes_kept(%t: tensor<12xf32>, %u: tensor<2xf32>, %v: f32) -> (tensor<?x4xf32>, tensor<?xf32>) {
  %c = arith.constant -3 : index
  %d = tensor.cast %t : tensor<12xf32> to tensor<?xf32>
  %a = tensor.expand_shape %d [[0, 1]] output_shape [%c, 4] : tensor<?xf32> into tensor<?x4xf32>
  %m = arith.constant -5 : index
  %p = tensor.pad %u low[%m] high[0] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<2xf32> to tensor<?xf32>
  return %a, %p : tensor<?x4xf32>, tensor<?xf32>
}
