// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// CHECK: #[[$MAP:.*]] = affine_map<()[s0] -> (s0 + 1)>

// FoldSourceTensorCast: a cast that only drops static sizes is looked through; the pad gets
// the more static result type and a cast back to the old one.
// CHECK-LABEL: func.func @source_cast
// CHECK-NEXT:    %[[P:.*]] = tensor.pad %arg0 low[1, 2] high[3, 4] {
// CHECK:         } : tensor<4x5xf32> to tensor<8x11xf32>
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[P]] : tensor<8x11xf32> to tensor<?x?xf32>
// CHECK-NEXT:    return %[[C]]
func.func @source_cast(%t: tensor<4x5xf32>, %v: f32) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<4x5xf32> to tensor<?x?xf32>
  %p = tensor.pad %c low[1, 2] high[3, 4] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  return %p : tensor<?x?xf32>
}

// A cast to a more static type is not looked through.
// CHECK-LABEL: func.func @source_cast_more_static
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %arg0 : tensor<?xf32> to tensor<4xf32>
// CHECK-NEXT:    tensor.pad %[[C]]
func.func @source_cast_more_static(%t: tensor<?xf32>, %v: f32) -> tensor<7xf32> {
  %c = tensor.cast %t : tensor<?xf32> to tensor<4xf32>
  %p = tensor.pad %c low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<7xf32>
  return %p : tensor<7xf32>
}

// FoldTargetTensorCast: a cast to a more static type, the pad's only use, becomes its type.
// CHECK-LABEL: func.func @target_cast
// CHECK-NEXT:    %[[P:.*]] = tensor.pad %arg0 low[1, 2] high[3, 4] {
// CHECK:         } : tensor<?x?xf32> to tensor<8x9xf32>
// CHECK-NEXT:    return %[[P]] : tensor<8x9xf32>
func.func @target_cast(%t: tensor<?x?xf32>, %v: f32) -> tensor<8x9xf32> {
  %p = tensor.pad %t low[1, 2] high[3, 4] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  %c = tensor.cast %p : tensor<?x?xf32> to tensor<8x9xf32>
  return %c : tensor<8x9xf32>
}

// With a second use the cast stays.
// CHECK-LABEL: func.func @target_cast_two_uses
// CHECK:         } : tensor<?xf32> to tensor<?xf32>
// CHECK-NEXT:    tensor.cast
func.func @target_cast_two_uses(%t: tensor<?xf32>, %v: f32) -> (tensor<7xf32>, tensor<?xf32>) {
  %p = tensor.pad %t low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32> to tensor<?xf32>
  %c = tensor.cast %p : tensor<?xf32> to tensor<7xf32>
  return %c, %p : tensor<7xf32>, tensor<?xf32>
}

// FoldStaticPadding: constant low / high become static when the result type gets more
// static; when it would not, the constants stay operands.
// CHECK-LABEL: func.func @static_padding
// CHECK:         %[[C1:.*]] = arith.constant 1 : index
// CHECK:         %[[P:.*]] = tensor.pad %arg0 low[1] high[3] {
// CHECK:         } : tensor<4xf32> to tensor<8xf32>
// CHECK-NEXT:    %[[C:.*]] = tensor.cast %[[P]] : tensor<8xf32> to tensor<?xf32>
// CHECK-NEXT:    tensor.pad %arg1 low[%[[C1]]] high[2]
// CHECK:         } : tensor<?xf32> to tensor<?xf32>
func.func @static_padding(%t: tensor<4xf32>, %u: tensor<?xf32>, %v: f32) -> (tensor<?xf32>, tensor<?xf32>) {
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %p = tensor.pad %t low[%c1] high[%c3] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<?xf32>
  %q = tensor.pad %u low[%c1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32> to tensor<?xf32>
  return %p, %q : tensor<?xf32>, tensor<?xf32>
}

// FoldOrthogonalPaddings: two pad / extract_slice pairs padding different dims at the high
// end with the same constant become one pair.
// CHECK-LABEL: func.func @orthogonal
// CHECK:         %[[S:.*]] = tensor.extract_slice %arg0[%arg1, 2] [6, 5] [1, 1] : tensor<64x64xf32> to tensor<6x5xf32>
// CHECK-NEXT:    %[[P:.*]] = tensor.pad %[[S]] low[0, 0] high[2, 3]
// CHECK:         } : tensor<6x5xf32> to tensor<8x8xf32>
// CHECK-NEXT:    return %[[P]]
func.func @orthogonal(%t: tensor<64x64xf32>, %o: index) -> tensor<8x8xf32> {
  %cst = arith.constant 0.0 : f32
  %s0 = tensor.extract_slice %t[%o, 0] [6, 8] [1, 1] : tensor<64x64xf32> to tensor<6x8xf32>
  %p0 = tensor.pad %s0 low[0, 0] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<6x8xf32> to tensor<8x8xf32>
  %s1 = tensor.extract_slice %p0[0, 2] [8, 5] [1, 1] : tensor<8x8xf32> to tensor<8x5xf32>
  %p1 = tensor.pad %s1 low[0, 0] high[0, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<8x5xf32> to tensor<8x8xf32>
  return %p1 : tensor<8x8xf32>
}

// Both pairs padding dim 0: unchanged.
// CHECK-LABEL: func.func @orthogonal_same_dim
// CHECK-COUNT-2: tensor.pad
func.func @orthogonal_same_dim(%t: tensor<64x64xf32>, %o: index) -> tensor<8x8xf32> {
  %cst = arith.constant 0.0 : f32
  %s0 = tensor.extract_slice %t[%o, 0] [6, 8] [1, 1] : tensor<64x64xf32> to tensor<6x8xf32>
  %p0 = tensor.pad %s0 low[0, 0] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<6x8xf32> to tensor<8x8xf32>
  %s1 = tensor.extract_slice %p0[0, 0] [5, 8] [1, 1] : tensor<8x8xf32> to tensor<5x8xf32>
  %p1 = tensor.pad %s1 low[0, 0] high[3, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<5x8xf32> to tensor<8x8xf32>
  return %p1 : tensor<8x8xf32>
}

// FoldConsecutiveConstantPadding: the paddings add up (affine.apply when not constant).
// CHECK-LABEL: func.func @consecutive
// CHECK:         %[[L0:.*]] = affine.apply #[[$MAP]]()[%arg1]
// CHECK-NEXT:    %[[L1:.*]] = affine.apply #[[$MAP]]()[%arg1]
// CHECK-NEXT:    %[[P:.*]] = tensor.pad %arg0 low[%[[L0]], %[[L1]]] high[4, 3]
// CHECK:         } : tensor<4x4xf32> to tensor<?x?xf32>
// CHECK-NEXT:    return %[[P]]
func.func @consecutive(%t: tensor<4x4xf32>, %l: index) -> tensor<?x?xf32> {
  %cst = arith.constant 0.0 : f32
  %p = tensor.pad %t low[1, %l] high[2, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<4x4xf32> to tensor<7x?xf32>
  %q = tensor.pad %p low[%l, 1] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<7x?xf32> to tensor<?x?xf32>
  return %q : tensor<?x?xf32>
}

// A nofold producer, or a padding value computed in the body, keeps both pads.
// CHECK-LABEL: func.func @consecutive_kept
// CHECK-COUNT-4: tensor.pad
func.func @consecutive_kept(%t: tensor<4xf32>, %v: f32) -> (tensor<7xf32>, tensor<7xf32>) {
  %p = tensor.pad %t nofold low[1] high[0] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<5xf32>
  %q = tensor.pad %p low[0] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<5xf32> to tensor<7xf32>
  %a = tensor.pad %t low[1] high[0] {
  ^bb0(%i: index):
    %c = arith.index_cast %i : index to i32
    %f = arith.sitofp %c : i32 to f32
    tensor.yield %f : f32
  } : tensor<4xf32> to tensor<5xf32>
  %b = tensor.pad %a low[0] high[2] {
  ^bb0(%i: index):
    %c = arith.index_cast %i : index to i32
    %f = arith.sitofp %c : i32 to f32
    tensor.yield %f : f32
  } : tensor<5xf32> to tensor<7xf32>
  return %q, %b : tensor<7xf32>, tensor<7xf32>
}
