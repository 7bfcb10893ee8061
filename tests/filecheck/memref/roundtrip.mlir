// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// CHECK: #[[MAP:.*]] = affine_map<(d0, d1)[s0] -> (d0 * s0 + d1)>

// CHECK-LABEL: memref.global "private" constant @c : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]> alignment = 64
// CHECK-NEXT:  memref.global @u : memref<4xi32> = uninitialized
// CHECK-NEXT:  memref.global "private" @e : memref<4xi32>
// CHECK-NEXT:  memref.global "nested" @s : memref<i32> = dense<1> {test.attr}
// CHECK-NEXT:  memref.global @space : memref<2x2xi8, 3> = dense<{{\[\[}}1, 2], [3, 4]]>
memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]> alignment = 64
memref.global @u : memref<4xi32> = uninitialized
memref.global "private" @e : memref<4xi32>
memref.global "nested" @s : memref<i32> = dense<1> {test.attr}
memref.global @space : memref<2x2xi8, 3> = dense<[[1, 2], [3, 4]]>

// CHECK-LABEL: func.func @alloc(%arg0: index, %arg1: index)
// CHECK-NEXT:    %alloc = memref.alloc(%arg0)[%arg1] alignment = 16 : memref<?x4xf32, #[[MAP]]>
// CHECK-NEXT:    %alloca = memref.alloca() : memref<4xf32, 1>
// CHECK-NEXT:    %alloc_0 = memref.alloc() {test.attr} : memref<4xf32>
// CHECK-NEXT:    %alloca_1 = memref.alloca(%arg0) alignment = 8 : memref<?xf32>
// CHECK-NEXT:    %alloc_2 = memref.alloc()[%arg0] : memref<4x4xf32, strided<[?, 1]>>
// CHECK-NEXT:    memref.dealloc %alloc_0 : memref<4xf32>
// CHECK-NEXT:    %0 = memref.get_global @c : memref<2xf32> {test.attr}
func.func @alloc(%a: index, %b: index) {
  %0 = memref.alloc(%a)[%b] alignment = 16 : memref<?x4xf32, affine_map<(d0, d1)[s0] -> (d0 * s0 + d1)>>
  %1 = memref.alloca() : memref<4xf32, 1>
  %2 = memref.alloc() {test.attr} : memref<4xf32>
  %3 = memref.alloca(%a) alignment = 8 : memref<?xf32>
  %4 = memref.alloc()[%a] : memref<4x4xf32, strided<[?, 1]>>
  memref.dealloc %2 : memref<4xf32>
  %5 = memref.get_global @c : memref<2xf32> {test.attr}
  return
}

// CHECK-LABEL: func.func @access(%arg0: memref<8x16xf32>, %arg1: index, %arg2: f32, %arg3: memref<4xi32>, %arg4: i32)
// CHECK-NEXT:    %0 = memref.load %arg0[%arg1, %arg1] : memref<8x16xf32>
// CHECK-NEXT:    %1 = memref.load %arg0[%arg1, %arg1] alignment(4) nontemporal(true) {test.attr} : memref<8x16xf32>
// CHECK-NEXT:    memref.store %arg2, %arg0[%arg1, %arg1] : memref<8x16xf32>
// CHECK-NEXT:    memref.store %arg2, %arg0[%arg1, %arg1] nontemporal(true) : memref<8x16xf32>
// CHECK-NEXT:    memref.store %arg2, %arg0[%arg1, %arg1] alignment(8) : memref<8x16xf32>
// CHECK-NEXT:    %2 = memref.atomic_rmw addf %arg2, %arg0[%arg1, %arg1] : (f32, memref<8x16xf32>) -> f32
// CHECK-NEXT:    %3 = memref.atomic_rmw maxs %arg4, %arg3[%arg1] {test.attr} : (i32, memref<4xi32>) -> i32
// CHECK-NEXT:    %4 = memref.atomic_rmw assign %arg4, %arg3[%arg1] : (i32, memref<4xi32>) -> i32
// CHECK-NEXT:    %5 = memref.atomic_rmw minimumf %arg2, %arg0[%arg1, %arg1] : (f32, memref<8x16xf32>) -> f32
func.func @access(%m: memref<8x16xf32>, %i: index, %v: f32, %n: memref<4xi32>, %w: i32) {
  %0 = memref.load %m[%i, %i] : memref<8x16xf32>
  %1 = memref.load %m[%i, %i] nontemporal(true) alignment(4) {test.attr} : memref<8x16xf32>
  memref.store %v, %m[%i, %i] : memref<8x16xf32>
  memref.store %v, %m[%i, %i] nontemporal(true) : memref<8x16xf32>
  memref.store %v, %m[%i, %i] alignment(8) nontemporal(false) : memref<8x16xf32>
  %2 = memref.atomic_rmw addf %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  %3 = memref.atomic_rmw maxs %w, %n[%i] {test.attr} : (i32, memref<4xi32>) -> i32
  %4 = memref.atomic_rmw "assign" %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %5 = memref.atomic_rmw minimumf %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  return
}

// CHECK-LABEL: func.func @whole(%arg0: memref<8x16xf32>, %arg1: memref<*xf32>, %arg2: index)
// CHECK-NEXT:    %dim = memref.dim %arg0, %arg2 : memref<8x16xf32>
// CHECK-NEXT:    %dim_0 = memref.dim {test.attr} %arg1, %arg2 : memref<*xf32>
// CHECK-NEXT:    %0 = memref.rank %arg1 : memref<*xf32>
// CHECK-NEXT:    memref.copy %arg0, %arg0 : memref<8x16xf32> to memref<8x16xf32>
// CHECK-NEXT:    %cast = memref.cast %arg0 : memref<8x16xf32> to memref<?x?xf32>
// CHECK-NEXT:    %cast_1 = memref.cast %arg1 : memref<*xf32> to memref<4xf32>
// CHECK-NEXT:    %cast_2 = memref.cast %arg0 : memref<8x16xf32> to memref<*xf32>
// CHECK-NEXT:    %cast_3 = memref.cast %arg0 : memref<8x16xf32> to memref<8x16xf32, strided<[?, ?], offset: ?>>
func.func @whole(%m: memref<8x16xf32>, %u: memref<*xf32>, %i: index) {
  %0 = memref.dim %m, %i : memref<8x16xf32>
  %1 = memref.dim {test.attr} %u, %i : memref<*xf32>
  %2 = memref.rank %u : memref<*xf32>
  memref.copy %m, %m : memref<8x16xf32> to memref<8x16xf32>
  %3 = memref.cast %m : memref<8x16xf32> to memref<?x?xf32>
  %4 = memref.cast %u : memref<*xf32> to memref<4xf32>
  %5 = memref.cast %m : memref<8x16xf32> to memref<*xf32>
  %6 = memref.cast %m : memref<8x16xf32> to memref<8x16xf32, strided<[?, ?], offset: ?>>
  return
}

// CHECK-LABEL: func.func @views(%arg0: memref<8x16xf32>, %arg1: index, %arg2: memref<2048xi8>, %arg3: memref<?x?xf32>)
// CHECK-NEXT:    %subview = memref.subview %arg0[%arg1, 4] [2, %arg1] [1, 2] : memref<8x16xf32> to memref<2x?xf32, strided<[16, 2], offset: ?>>
// CHECK-NEXT:    %subview_0 = memref.subview %arg0[0, 4] [1, 8] [1, 1] : memref<8x16xf32> to memref<8xf32, strided<[1], offset: 4>>
// CHECK-NEXT:    %subview_1 = memref.subview %arg0[0, 0] [8, 16] [1, 1] {test.attr} : memref<8x16xf32> to memref<8x16xf32, strided<[16, 1]>>
// CHECK-NEXT:    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [%arg1, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xf32>
// CHECK-NEXT:    %reinterpret_cast_2 = memref.reinterpret_cast %arg3 to offset: [%arg1], sizes: [10], strides: [%arg1] : memref<?x?xf32> to memref<10xf32, strided<[?], offset: ?>>
// CHECK-NEXT:    %view = memref.view %arg2[%arg1][%arg1] : memref<2048xi8> to memref<?x4xf32>
// CHECK-NEXT:    %view_3 = memref.view %arg2[%arg1][] : memref<2048xi8> to memref<4x4xf32>
// CHECK-NEXT:    %expand_shape = memref.expand_shape %arg3 {{\[\[}}0, 1], [2]] output_shape [%arg1, 4, %arg1] : memref<?x?xf32> into memref<?x4x?xf32>
// CHECK-NEXT:    %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<8x16xf32> into memref<128xf32>
// CHECK-NEXT:    %collapse_shape_4 = memref.collapse_shape %subview_0 {{\[\[}}0]] : memref<8xf32, strided<[1], offset: 4>> into memref<8xf32, strided<[1], offset: 4>>
func.func @views(%m: memref<8x16xf32>, %i: index, %buf: memref<2048xi8>, %d: memref<?x?xf32>) {
  %0 = memref.subview %m[%i, 4] [2, %i] [1, 2] : memref<8x16xf32> to memref<2x?xf32, strided<[16, 2], offset: ?>>
  %1 = memref.subview %m[0, 4] [1, 8] [1, 1] : memref<8x16xf32> to memref<8xf32, strided<[1], offset: 4>>
  %2 = memref.subview %m[0, 0] [8, 16] [1, 1] {test.attr} : memref<8x16xf32> to memref<8x16xf32, strided<[16, 1]>>
  %3 = memref.reinterpret_cast %m to offset: [0], sizes: [%i, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xf32>
  %4 = memref.reinterpret_cast %d to offset: [%i], sizes: [10], strides: [%i] : memref<?x?xf32> to memref<10xf32, strided<[?], offset: ?>>
  %5 = memref.view %buf[%i][%i] : memref<2048xi8> to memref<?x4xf32>
  %6 = memref.view %buf[%i][] : memref<2048xi8> to memref<4x4xf32>
  %7 = memref.expand_shape %d [[0, 1], [2]] output_shape [%i, 4, %i] : memref<?x?xf32> into memref<?x4x?xf32>
  %8 = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<128xf32>
  %9 = memref.collapse_shape %1 [[0]] : memref<8xf32, strided<[1], offset: 4>> into memref<8xf32, strided<[1], offset: 4>>
  return
}

// `invariant` (memref.load only) prints only when true, after alignment and nontemporal.
// CHECK-LABEL: func.func @invariant_load
// CHECK-NEXT:    %0 = memref.load %arg0[%arg1] alignment(8) nontemporal(true) invariant(true) : memref<4xf32>
// CHECK-NEXT:    %1 = memref.load %arg0[%arg1] : memref<4xf32>
func.func @invariant_load(%m: memref<4xf32>, %i: index) -> (f32, f32) {
  %0 = memref.load %m[%i] invariant(true) alignment(8) nontemporal(true) : memref<4xf32>
  %1 = memref.load %m[%i] invariant(false) : memref<4xf32>
  return %0, %1 : f32, f32
}
