// RUN: pyir-opt %s --canonicalize | FileCheck %s

// Masked memory ops with a constant mask: all true -> vector.load / vector.store (from
// dense<true>, constant_mask, create_mask of constants; 2-d; scalable); all false -> the
// pass_thru or nothing (gather / scatter only fold all-false; a tensor scatter gives its
// base); a partial mask keeps the op.

// CHECK-LABEL: func.func @ml_true
// CHECK-NEXT:    %0 = vector.load %arg0[%arg1] : memref<?xf32>, vector<8xf32>
// CHECK-NEXT:    return %0 : vector<8xf32>
func.func @ml_true(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = vector.constant_mask [8] : vector<8xi1>
  %1 = vector.maskedload %m[%i], %mask, %pt alignment = 16 : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

// CHECK-LABEL: func.func @ml_false
// CHECK-NEXT:    return %arg2 : vector<8xf32>
func.func @ml_false(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<false> : vector<8xi1>
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

// CHECK-LABEL: func.func @ml_part
// CHECK-NEXT:    %0 = vector.constant_mask [4] : vector<8xi1>
// CHECK-NEXT:    %1 = vector.maskedload %arg0[%arg1], %0, %arg2 : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    return %1 : vector<8xf32>
func.func @ml_part(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = vector.constant_mask [4] : vector<8xi1>
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

// CHECK-LABEL: func.func @ml_cm
// CHECK-NEXT:    %0 = vector.load %arg0[%arg1] : memref<?xf32>, vector<8xf32>
// CHECK-NEXT:    return %0 : vector<8xf32>
func.func @ml_cm(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %c8 = arith.constant 8 : index
  %mask = vector.create_mask %c8 : vector<8xi1>
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

// CHECK-LABEL: func.func @ms_true
// CHECK-NEXT:    vector.store %arg2, %arg0[%arg1] : memref<?xf32>, vector<8xf32>
// CHECK-NEXT:    return
func.func @ms_true(%m: memref<?xf32>, %i: index, %v: vector<8xf32>) {
  %mask = arith.constant dense<true> : vector<8xi1>
  vector.maskedstore %m[%i], %mask, %v alignment = 8 : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @ms_false
// CHECK-NEXT:    return
func.func @ms_false(%m: memref<?xf32>, %i: index, %v: vector<8xf32>) {
  %mask = vector.constant_mask [0] : vector<8xi1>
  vector.maskedstore %m[%i], %mask, %v : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @g_true
// CHECK-NEXT:    %cst = arith.constant dense<true> : vector<8xi1>
// CHECK-NEXT:    %0 = vector.gather %arg0[%arg1] [%arg2], %cst, %arg3 : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    return %0 : vector<8xf32>
func.func @g_true(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<true> : vector<8xi1>
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

// CHECK-LABEL: func.func @g_false
// CHECK-NEXT:    return %arg3 : vector<8xf32>
func.func @g_false(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<false> : vector<8xi1>
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

// CHECK-LABEL: func.func @s_true
// CHECK-NEXT:    %cst = arith.constant dense<true> : vector<8xi1>
// CHECK-NEXT:    vector.scatter %arg0[%arg1] [%arg2], %cst, %arg3 : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    return
func.func @s_true(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) {
  %mask = arith.constant dense<true> : vector<8xi1>
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @s_false
// CHECK-NEXT:    return
func.func @s_false(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) {
  %mask = arith.constant dense<false> : vector<8xi1>
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @st_false
// CHECK-NEXT:    return %arg0 : tensor<?xf32>
func.func @st_false(%m: tensor<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) -> tensor<?xf32> {
  %mask = arith.constant dense<false> : vector<8xi1>
  %0 = vector.scatter %m[%i] [%idx], %mask, %pt : tensor<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// CHECK-LABEL: func.func @e_true
// CHECK-NEXT:    %0 = vector.load %arg0[%arg1] : memref<?xf32>, vector<8xf32>
// CHECK-NEXT:    return %0 : vector<8xf32>
func.func @e_true(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<true> : vector<8xi1>
  %1 = vector.expandload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

// CHECK-LABEL: func.func @e_false
// CHECK-NEXT:    return %arg2 : vector<8xf32>
func.func @e_false(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<false> : vector<8xi1>
  %1 = vector.expandload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

// CHECK-LABEL: func.func @c_true
// CHECK-NEXT:    vector.store %arg2, %arg0[%arg1] : memref<?xf32>, vector<8xf32>
// CHECK-NEXT:    return
func.func @c_true(%m: memref<?xf32>, %i: index, %v: vector<8xf32>) {
  %mask = arith.constant dense<true> : vector<8xi1>
  vector.compressstore %m[%i], %mask, %v alignment = 8 : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @c_false
// CHECK-NEXT:    return
func.func @c_false(%m: memref<?xf32>, %i: index, %v: vector<8xf32>) {
  %mask = arith.constant dense<false> : vector<8xi1>
  vector.compressstore %m[%i], %mask, %v : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @ml_2d
// CHECK-NEXT:    %0 = vector.load %arg0[%arg1, %arg1] : memref<?x?xf32>, vector<2x8xf32>
// CHECK-NEXT:    return %0 : vector<2x8xf32>
func.func @ml_2d(%m: memref<?x?xf32>, %i: index, %pt: vector<2x8xf32>) -> vector<2x8xf32> {
  %mask = vector.constant_mask [2, 8] : vector<2x8xi1>
  %1 = vector.maskedload %m[%i, %i], %mask, %pt : memref<?x?xf32>, vector<2x8xi1>, vector<2x8xf32> into vector<2x8xf32>
  return %1 : vector<2x8xf32>
}

// CHECK-LABEL: func.func @ml_scal
// CHECK-NEXT:    %0 = vector.load %arg0[%arg1] : memref<?xf32>, vector<[8]xf32>
// CHECK-NEXT:    return %0 : vector<[8]xf32>
func.func @ml_scal(%m: memref<?xf32>, %i: index, %pt: vector<[8]xf32>) -> vector<[8]xf32> {
  %mask = vector.constant_mask [8] : vector<[8]xi1>
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<[8]xi1>, vector<[8]xf32> into vector<[8]xf32>
  return %1 : vector<[8]xf32>
}


// memref.cast folds into maskedload / maskedstore only; gather / scatter with indices 0..n-1
// (vector.step or a constant) on a memref become maskedload / maskedstore.
// CHECK-LABEL: func.func @cast
// CHECK-NEXT:    %cast = memref.cast %arg0 : memref<8xf32> to memref<?xf32>
// CHECK-NEXT:    %0 = vector.maskedload %arg0[%arg1], %arg2, %arg3 : memref<8xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    vector.maskedstore %arg0[%arg1], %arg2, %arg3 : memref<8xf32>, vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    %1 = vector.gather %cast[%arg1] [%arg4], %arg2, %arg3 : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    vector.scatter %cast[%arg1] [%arg4], %arg2, %arg3 : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    %2 = vector.expandload %cast[%arg1], %arg2, %arg3 : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    vector.compressstore %cast[%arg1], %arg2, %arg3 : memref<?xf32>, vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    return %0, %1, %2 : vector<8xf32>, vector<8xf32>, vector<8xf32>
func.func @cast(%m0: memref<8xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>, %idx: vector<8xi32>) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>) {
  %m = memref.cast %m0 : memref<8xf32> to memref<?xf32>
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.maskedstore %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32>
  %2 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  %3 = vector.expandload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.compressstore %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return %1, %2, %3 : vector<8xf32>, vector<8xf32>, vector<8xf32>
}

// CHECK-LABEL: func.func @step
// CHECK-NEXT:    %0 = vector.maskedload %arg0[%arg1], %arg2, %arg3 : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    %1 = vector.maskedload %arg0[%arg1], %arg2, %arg3 : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    vector.maskedstore %arg0[%arg1], %arg2, %arg3 : memref<?xf32>, vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    return %0, %1 : vector<8xf32>, vector<8xf32>
func.func @step(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) -> (vector<8xf32>, vector<8xf32>) {
  %idx = vector.step : vector<8xindex>
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xindex>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  %c = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7]> : vector<8xi32>
  %2 = vector.gather %m[%i] [%c], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.scatter %m[%i] [%c], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  %d = arith.constant dense<[1, 2, 3, 4, 5, 6, 7, 8]> : vector<8xi32>
  %3 = vector.gather %m[%i] [%d], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1, %2 : vector<8xf32>, vector<8xf32>
}

// CHECK-LABEL: func.func @step_t
// CHECK-NEXT:    %0 = vector.step : vector<8xindex>
// CHECK-NEXT:    %1 = vector.gather %arg0[%arg1] [%0], %arg2, %arg3 : tensor<?xf32>, vector<8xindex>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    return %1 : vector<8xf32>
func.func @step_t(%m: tensor<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) -> vector<8xf32> {
  %idx = vector.step : vector<8xindex>
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : tensor<?xf32>, vector<8xindex>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

