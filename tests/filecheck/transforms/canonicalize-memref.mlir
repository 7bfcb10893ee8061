// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// A cast of a ranked memref folds into its users; from an unranked one it stays.
// CHECK-LABEL: func.func @cast_into_users
// CHECK-NEXT:    %[[V:.*]] = memref.load %arg0[%arg1] : memref<4xf32>
// CHECK-NEXT:    memref.store %[[V]], %arg0[%arg1] : memref<4xf32>
// CHECK-NEXT:    %[[C:.*]] = memref.cast %arg2 : memref<*xf32> to memref<4xf32>
// CHECK-NEXT:    %[[W:.*]] = memref.load %[[C]][%arg1] : memref<4xf32>
// CHECK-NEXT:    memref.dealloc %arg0 : memref<4xf32>
// CHECK-NEXT:    return %[[W]] : f32
func.func @cast_into_users(%m: memref<4xf32>, %i: index, %u: memref<*xf32>) -> f32 {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %v = memref.load %c[%i] : memref<?xf32>
  memref.store %v, %c[%i] : memref<?xf32>
  %d = memref.cast %u : memref<*xf32> to memref<4xf32>
  %w = memref.load %d[%i] : memref<4xf32>
  memref.dealloc %c : memref<?xf32>
  return %w : f32
}

// cast(cast(x)) -> cast(x), and a cast back to the original type is x.
// CHECK-LABEL: func.func @cast_of_cast
// CHECK-NEXT:    %[[U:.*]] = memref.cast %arg0 : memref<4xf32> to memref<*xf32>
// CHECK-NEXT:    return %arg0, %[[U]] : memref<4xf32>, memref<*xf32>
func.func @cast_of_cast(%m: memref<4xf32>) -> (memref<4xf32>, memref<*xf32>) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %d = memref.cast %c : memref<?xf32> to memref<4xf32>
  %e = memref.cast %c : memref<?xf32> to memref<*xf32>
  return %d, %e : memref<4xf32>, memref<*xf32>
}

// dim of a dynamic size is the operand that gave it; rank of a ranked memref is constant.
// CHECK-LABEL: func.func @dim_and_rank
// CHECK-NEXT:    %[[C2:.*]] = arith.constant 2 : index
// CHECK-NEXT:    %[[A:.*]] = memref.alloc(%arg0) : memref<?x4xf32>
// CHECK-NEXT:    "test.use"(%[[A]])
// CHECK-NEXT:    return %arg0, %arg1, %[[C2]] : index, index, index
func.func @dim_and_rank(%n: index, %o: index, %big: memref<8x8xf32>) -> (index, index, index) {
  %c0 = arith.constant 0 : index
  %a = memref.alloc(%n) : memref<?x4xf32>
  %d = memref.dim %a, %c0 : memref<?x4xf32>
  %s = memref.subview %big[0, 0] [%o, 4] [1, 1] : memref<8x8xf32> to memref<?x4xf32, strided<[8, 1]>>
  %e = memref.dim %s, %c0 : memref<?x4xf32, strided<[8, 1]>>
  %r = memref.rank %a : memref<?x4xf32>
  "test.use"(%a) : (memref<?x4xf32>) -> ()
  return %d, %e, %r : index, index, index
}

// Constant alloc sizes become static (a cast restores the type); negative ones stay.
// CHECK-LABEL: func.func @alloc_constant_sizes
// CHECK-NEXT:    %[[M:.*]] = arith.constant -1 : index
// CHECK-NEXT:    %[[A:.*]] = memref.alloc(%arg0) alignment = 16 : memref<4x?xf32>
// CHECK-NEXT:    %[[C:.*]] = memref.cast %[[A]] : memref<4x?xf32> to memref<?x?xf32>
// CHECK-NEXT:    %[[B:.*]] = memref.alloca(%[[M]]) : memref<?xf32>
// CHECK-NEXT:    return %[[C]], %[[B]]
func.func @alloc_constant_sizes(%n: index) -> (memref<?x?xf32>, memref<?xf32>) {
  %c4 = arith.constant 4 : index
  %cm1 = arith.constant -1 : index
  %a = memref.alloc(%c4, %n) alignment = 16 : memref<?x?xf32>
  %b = memref.alloca(%cm1) : memref<?xf32>
  return %a, %b : memref<?x?xf32>, memref<?xf32>
}

// An alloc only written and freed is erased with its users; one that is read stays.
// CHECK-LABEL: func.func @dead_alloc
// CHECK-NEXT:    %[[A:.*]] = memref.alloc() : memref<4xf32>
// CHECK-NEXT:    %[[X:.*]] = memref.load %[[A]][%arg1] : memref<4xf32>
// CHECK-NEXT:    "test.use"(%[[X]]) : (f32) -> ()
// CHECK-NEXT:    return
func.func @dead_alloc(%v: f32, %i: index) {
  %a = memref.alloc() : memref<4xf32>
  memref.store %v, %a[%i] : memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  %c = memref.alloc() : memref<4xf32>
  %x = memref.load %c[%i] : memref<4xf32>
  "test.use"(%x) : (f32) -> ()
  return
}

// Self copies and copies of empty memrefs are erased; casts that lose information fold in,
// a cast to a more static type stays.
// CHECK-LABEL: func.func @copies
// CHECK-NEXT:    memref.copy %arg0, %arg1 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:    %[[C:.*]] = memref.cast %arg3 : memref<?xf32> to memref<4xf32>
// CHECK-NEXT:    memref.copy %[[C]], %arg1 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:    return
func.func @copies(%a: memref<4xf32>, %b: memref<4xf32>, %e: memref<0xf32>, %d: memref<?xf32>) {
  memref.copy %a, %a : memref<4xf32> to memref<4xf32>
  memref.copy %e, %e : memref<0xf32> to memref<0xf32>
  %ca = memref.cast %a : memref<4xf32> to memref<?xf32>
  %cb = memref.cast %b : memref<4xf32> to memref<?xf32>
  memref.copy %ca, %cb : memref<?xf32> to memref<?xf32>
  %cd = memref.cast %d : memref<?xf32> to memref<4xf32>
  memref.copy %cd, %b : memref<4xf32> to memref<4xf32>
  return
}

// Constant subview operands become static entries; the result type gets more static and a
// cast restores the old one. Negative offsets stay dynamic.
// CHECK-LABEL: func.func @subview_constants
// CHECK-NEXT:    %[[M:.*]] = arith.constant -1 : index
// CHECK-NEXT:    %[[S:.*]] = memref.subview %arg0[2, 0] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 16>>
// CHECK-NEXT:    %[[C:.*]] = memref.cast %[[S]] : memref<4x4xf32, strided<[8, 1], offset: 16>> to memref<?x?xf32, strided<[8, 1], offset: ?>>
// CHECK-NEXT:    %[[N:.*]] = memref.subview %arg0[%[[M]], 0] [%arg1, 4] [1, 1]
// CHECK-NEXT:    return %[[C]], %[[N]]
func.func @subview_constants(%m: memref<8x8xf32>, %n: index) -> (memref<?x?xf32, strided<[8, 1], offset: ?>>, memref<?x4xf32, strided<[8, 1], offset: ?>>) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %cm1 = arith.constant -1 : index
  %s = memref.subview %m[%c2, %c0] [%c4, %c4] [1, 1] : memref<8x8xf32> to memref<?x?xf32, strided<[8, 1], offset: ?>>
  %t = memref.subview %m[%cm1, 0] [%n, 4] [1, 1] : memref<8x8xf32> to memref<?x4xf32, strided<[8, 1], offset: ?>>
  return %s, %t : memref<?x?xf32, strided<[8, 1], offset: ?>>, memref<?x4xf32, strided<[8, 1], offset: ?>>
}

// A whole-buffer subview is its source (or a cast of it); a subview reads through a cast
// that only loses information.
// CHECK-LABEL: func.func @subview_identity_and_cast
// CHECK-NEXT:    %[[C:.*]] = memref.cast %arg0 : memref<8x8xf32> to memref<8x8xf32, strided<[8, 1]>>
// CHECK-NEXT:    %[[S:.*]] = memref.subview %arg0[%arg1, %arg1] [%arg2, %arg2] [1, 1] : memref<8x8xf32> to memref<?x?xf32, strided<[8, 1], offset: ?>>
// CHECK-NEXT:    %[[D:.*]] = memref.cast %[[S]] : memref<?x?xf32, strided<[8, 1], offset: ?>> to memref<?x?xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT:    return %arg0, %[[C]], %[[D]]
func.func @subview_identity_and_cast(%m: memref<8x8xf32>, %o: index, %n: index) -> (memref<8x8xf32>, memref<8x8xf32, strided<[8, 1]>>, memref<?x?xf32, strided<[?, 1], offset: ?>>) {
  %s = memref.subview %m[0, 0] [8, 8] [1, 1] : memref<8x8xf32> to memref<8x8xf32>
  %t = memref.subview %m[0, 0] [8, 8] [1, 1] : memref<8x8xf32> to memref<8x8xf32, strided<[8, 1]>>
  %c = memref.cast %m : memref<8x8xf32> to memref<?x?xf32>
  %u = memref.subview %c[%o, %o] [%n, %n] [1, 1] : memref<?x?xf32> to memref<?x?xf32, strided<[?, 1], offset: ?>>
  return %s, %t, %u : memref<8x8xf32>, memref<8x8xf32, strided<[8, 1]>>, memref<?x?xf32, strided<[?, 1], offset: ?>>
}

// collapse_shape of its inverse expand_shape is the source; two collapses compose.
// CHECK-LABEL: func.func @reshapes
// CHECK-NEXT:    %[[C:.*]] = memref.collapse_shape %arg0 {{\[}}[0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
// CHECK-NEXT:    return %arg0, %[[C]]
func.func @reshapes(%m: memref<2x3x4xf32>) -> (memref<2x3x4xf32>, memref<24xf32>) {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  %c = memref.collapse_shape %a [[0, 1]] : memref<6x4xf32> into memref<24xf32>
  return %b, %c : memref<2x3x4xf32>, memref<24xf32>
}
