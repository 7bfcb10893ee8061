// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// expand_shape(collapse_shape(x)) is one expand_shape when each collapsed group re-expands
// on its own; it stays when a group is split differently at the same rank.
// CHECK-LABEL: func.func @expand_of_collapse
// CHECK-NEXT:    %[[C:.*]] = memref.collapse_shape %arg0 {{\[\[}}0, 1], [2]]
// CHECK-NEXT:    %[[E:.*]] = memref.expand_shape %arg0 {{\[\[}}0], [1], [2, 3]] output_shape [2, 3, 2, 2] : memref<2x3x4xf32> into memref<2x3x2x2xf32>
// CHECK-NEXT:    %[[F:.*]] = memref.expand_shape %[[C]] {{\[\[}}0], [1, 2]] output_shape [6, 2, 2]
// CHECK-NEXT:    return %[[E]], %[[F]]
func.func @expand_of_collapse(%m: memref<2x3x4xf32>) -> (memref<2x3x2x2xf32>, memref<6x2x2xf32>) {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2, 3]] output_shape [2, 3, 2, 2] : memref<6x4xf32> into memref<2x3x2x2xf32>
  %c = memref.expand_shape %a [[0], [1, 2]] output_shape [6, 2, 2] : memref<6x4xf32> into memref<6x2x2xf32>
  return %b, %c : memref<2x3x2x2xf32>, memref<6x2x2xf32>
}

// collapse_shape(expand_shape(x)) is one collapse_shape when the collapse merges whole
// expanded groups; a group that straddles two stays.
// CHECK-LABEL: func.func @collapse_of_expand
// CHECK-NEXT:    %[[E:.*]] = memref.expand_shape %arg0
// CHECK-NEXT:    %[[C:.*]] = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<6x4xf32> into memref<24xf32>
// CHECK-NEXT:    %[[D:.*]] = memref.collapse_shape %[[E]] {{\[\[}}0], [1, 2]]
// CHECK-NEXT:    return %[[C]], %[[D]]
func.func @collapse_of_expand(%m: memref<6x4xf32>) -> (memref<24xf32>, memref<2x12xf32>) {
  %a = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  %b = memref.collapse_shape %a [[0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
  %c = memref.collapse_shape %a [[0], [1, 2]] : memref<2x3x4xf32> into memref<2x12xf32>
  return %b, %c : memref<24xf32>, memref<2x12xf32>
}

// When the composition is an expand_shape, its dynamic output sizes are products of the
// old ones (arith.muli, nsw).
// CHECK-LABEL: func.func @collapse_of_expand_dynamic
// CHECK-NEXT:    %[[C3:.*]] = arith.constant 3 : index
// CHECK-NEXT:    %[[N:.*]] = arith.muli %arg1, %[[C3]] overflow<nsw> : index
// CHECK-NEXT:    %[[E:.*]] = memref.expand_shape %arg0 {{\[\[}}0], [1, 2]] output_shape [%[[N]], 2, 2] : memref<?x4xf32> into memref<?x2x2xf32>
// CHECK-NEXT:    return %[[E]]
func.func @collapse_of_expand_dynamic(%m: memref<?x4xf32>, %x: index) -> memref<?x2x2xf32> {
  %a = memref.expand_shape %m [[0, 1], [2, 3, 4]] output_shape [%x, 3, 2, 2, 1] : memref<?x4xf32> into memref<?x3x2x2x1xf32>
  %b = memref.collapse_shape %a [[0, 1], [2], [3, 4]] : memref<?x3x2x2x1xf32> into memref<?x2x2xf32>
  return %b : memref<?x2x2xf32>
}

// An expand then a collapse by the same groups is the source even with two dynamic sizes
// in a group; the other order is not (the sizes may differ).
// CHECK-LABEL: func.func @multi_dynamic_inverse
// CHECK-NEXT:    %[[C:.*]] = memref.collapse_shape %arg1
// CHECK-NEXT:    %[[E:.*]] = memref.expand_shape %[[C]]
// CHECK-NEXT:    return %arg0, %[[E]]
func.func @multi_dynamic_inverse(%m: memref<?x4xf32>, %n: memref<?x?x4xf32>, %x: index, %y: index) -> (memref<?x4xf32>, memref<?x?x4xf32>) {
  %a = memref.expand_shape %m [[0, 1], [2]] output_shape [%x, %y, 4] : memref<?x4xf32> into memref<?x?x4xf32>
  %b = memref.collapse_shape %a [[0, 1], [2]] : memref<?x?x4xf32> into memref<?x4xf32>
  %c = memref.collapse_shape %n [[0, 1], [2]] : memref<?x?x4xf32> into memref<?x4xf32>
  %d = memref.expand_shape %c [[0, 1], [2]] output_shape [%x, %y, 4] : memref<?x4xf32> into memref<?x?x4xf32>
  return %b, %d : memref<?x4xf32>, memref<?x?x4xf32>
}

// collapse_shape of a cast that loses static sizes collapses the source, cast back.
// CHECK-LABEL: func.func @collapse_of_cast
// CHECK-NEXT:    %[[C:.*]] = memref.collapse_shape %arg0 {{\[\[}}0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
// CHECK-NEXT:    %[[D:.*]] = memref.cast %[[C]] : memref<6x4xf32> to memref<?x4xf32>
// CHECK-NEXT:    return %[[D]]
func.func @collapse_of_cast(%m: memref<2x3x4xf32>) -> memref<?x4xf32> {
  %c = memref.cast %m : memref<2x3x4xf32> to memref<?x3x4xf32>
  %b = memref.collapse_shape %c [[0, 1], [2]] : memref<?x3x4xf32> into memref<?x4xf32>
  return %b : memref<?x4xf32>
}

// Constant view sizes become static, with a cast back; a negative one stays.
// CHECK-LABEL: func.func @view_sizes
// CHECK:         %[[V:.*]] = memref.view %arg0[%{{.*}}][] : memref<2048xi8> to memref<8x4xf32>
// CHECK-NEXT:    %[[C:.*]] = memref.cast %[[V]] : memref<8x4xf32> to memref<?x4xf32>
// CHECK-NEXT:    %[[W:.*]] = memref.view %arg0[%{{.*}}][%{{.*}}] : memref<2048xi8> to memref<?x4xf32>
// CHECK-NEXT:    return %[[C]], %[[W]]
func.func @view_sizes(%buf: memref<2048xi8>) -> (memref<?x4xf32>, memref<?x4xf32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %cm8 = arith.constant -8 : index
  %v = memref.view %buf[%c0][%c8] : memref<2048xi8> to memref<?x4xf32>
  %w = memref.view %buf[%c0][%cm8] : memref<2048xi8> to memref<?x4xf32>
  return %v, %w : memref<?x4xf32>, memref<?x4xf32>
}

// A view reads through a cast of its byte buffer; a zero-shift view to the buffer's own
// static type is the buffer.
// CHECK-LABEL: func.func @view_folds
// CHECK:         %[[V:.*]] = memref.view %arg0[%{{.*}}][%arg1] : memref<2048xi8> to memref<?x4xf32>
// CHECK-NEXT:    return %[[V]], %arg0
func.func @view_folds(%buf: memref<2048xi8>, %n: index) -> (memref<?x4xf32>, memref<2048xi8>) {
  %c0 = arith.constant 0 : index
  %c = memref.cast %buf : memref<2048xi8> to memref<?xi8>
  %v = memref.view %c[%c0][%n] : memref<?xi8> to memref<?x4xf32>
  %w = memref.view %buf[%c0][] : memref<2048xi8> to memref<2048xi8>
  return %v, %w : memref<?x4xf32>, memref<2048xi8>
}

// reinterpret_cast: constant operands become static (negative strides too, not negative
// sizes or offsets), with a cast back.
// CHECK-LABEL: func.func @reinterpret_constants
// CHECK:         %[[R:.*]] = memref.reinterpret_cast %arg0 to offset: [0], sizes: [4, 4], strides: [4, 1] : memref<?xf32> to memref<4x4xf32, strided<[4, 1]>>
// CHECK-NEXT:    %[[C:.*]] = memref.cast %[[R]] : memref<4x4xf32, strided<[4, 1]>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:    %[[S:.*]] = memref.reinterpret_cast %arg0 to offset: [%[[M:.*]]], sizes: [%[[M]]], strides: [-4] : memref<?xf32> to memref<?xf32, strided<[-4], offset: ?>>
// CHECK-NEXT:    %[[D:.*]] = memref.cast %[[S]]
// CHECK-NEXT:    return %[[C]], %[[D]]
func.func @reinterpret_constants(%m: memref<?xf32>) -> (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %cm4 = arith.constant -4 : index
  %r = memref.reinterpret_cast %m to offset: [%c0], sizes: [%c4, %c4], strides: [%c4, %c1] : memref<?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %s = memref.reinterpret_cast %m to offset: [%cm4], sizes: [%cm4], strides: [%cm4] : memref<?xf32> to memref<?xf32, strided<[?], offset: ?>>
  return %r, %s : memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>
}

// A load from a constant global with a splat initializer is the splat; from a non-splat
// or a mutable global it stays.
// CHECK-LABEL: func.func @load_splat_global
// CHECK-DAG:     %[[S:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG:     %[[G:.*]] = memref.get_global @mutable
// CHECK:         %[[L:.*]] = memref.load %[[G]][%arg0]
// CHECK-NEXT:    return %[[S]], %[[L]]
memref.global "private" constant @splat : memref<4xf32> = dense<2.0>
memref.global "private" @mutable : memref<4xf32> = dense<2.0>
func.func @load_splat_global(%i: index) -> (f32, f32) {
  %a = memref.get_global @splat : memref<4xf32>
  %x = memref.load %a[%i] : memref<4xf32>
  %b = memref.get_global @mutable : memref<4xf32>
  %y = memref.load %b[%i] : memref<4xf32>
  return %x, %y : f32, f32
}

// dim of a reinterpret_cast or of a reshape is not folded (MLIR's DimOp::fold only looks
// at alloc, alloca, view and subview).
// CHECK-LABEL: func.func @dims_that_stay
// CHECK:         %[[R:.*]] = memref.reinterpret_cast
// CHECK-NEXT:    %[[D:.*]] = memref.dim %[[R]]
// CHECK-NEXT:    %[[E:.*]] = memref.expand_shape
// CHECK-NEXT:    %[[F:.*]] = memref.dim %[[E]]
// CHECK-NEXT:    return %[[D]], %[[F]]
func.func @dims_that_stay(%m: memref<?xf32>, %n: index, %u: memref<?x4xf32>) -> (index, index) {
  %c0 = arith.constant 0 : index
  %r = memref.reinterpret_cast %m to offset: [0], sizes: [%n, 4], strides: [4, 1] : memref<?xf32> to memref<?x4xf32, strided<[4, 1]>>
  %d = memref.dim %r, %c0 : memref<?x4xf32, strided<[4, 1]>>
  %e = memref.expand_shape %u [[0, 1], [2]] output_shape [%n, 2, 4] : memref<?x4xf32> into memref<?x2x4xf32>
  %f = memref.dim %e, %c0 : memref<?x2x4xf32>
  return %d, %f : index, index
}
