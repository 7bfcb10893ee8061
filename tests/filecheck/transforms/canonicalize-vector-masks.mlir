// RUN: pyir-opt %s --canonicalize | FileCheck %s

// Masks: constant_mask / create_mask folds, and the ops that read a mask.

// A constant_mask covering every dim is all true, one of zeros all false; partial
// masks stay.
// CHECK-LABEL: func.func @constant_masks
// CHECK-DAG:     %[[T:.*]] = arith.constant dense<true> : vector<4x3xi1>
// CHECK-DAG:     %[[F:.*]] = arith.constant dense<false> : vector<4x3xi1>
// CHECK-DAG:     %[[S:.*]] = arith.constant dense<true> : vector<[4]xi1>
// CHECK-DAG:     %[[P:.*]] = vector.constant_mask [2, 3] : vector<4x3xi1>
// CHECK:         return %[[T]], %[[F]], %[[P]], %[[S]]
func.func @constant_masks() -> (vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>, vector<[4]xi1>) {
  %0 = vector.constant_mask [4, 3] : vector<4x3xi1>
  %1 = vector.constant_mask [0, 0] : vector<4x3xi1>
  %2 = vector.constant_mask [2, 3] : vector<4x3xi1>
  %3 = vector.constant_mask [4] : vector<[4]xi1>
  return %0, %1, %2, %3 : vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>, vector<[4]xi1>
}

// create_mask of constants is a constant_mask, sizes clamped to [0, dim]; a size <= 0
// makes it all false; a dynamic size keeps it.
// CHECK-LABEL: func.func @create_masks
// CHECK-DAG:     %[[F:.*]] = arith.constant dense<false> : vector<4x3xi1>
// CHECK-DAG:     %[[M:.*]] = vector.constant_mask [2, 3] : vector<4x3xi1>
// CHECK-DAG:     %[[D:.*]] = vector.create_mask %arg0, %{{.*}} : vector<4x3xi1>
// CHECK:         return %[[M]], %[[F]], %[[D]]
func.func @create_masks(%i: index) -> (vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>) {
  %c2 = arith.constant 2 : index
  %c5 = arith.constant 5 : index
  %cm1 = arith.constant -1 : index
  %0 = vector.create_mask %c2, %c5 : vector<4x3xi1>
  %1 = vector.create_mask %cm1, %c2 : vector<4x3xi1>
  %2 = vector.create_mask %i, %c2 : vector<4x3xi1>
  return %0, %1, %2 : vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>
}

// On a scalable dim only n * vscale with n >= the dim (all true) or a negative size
// (all false) folds.
// CHECK-LABEL: func.func @scalable_create_masks
// CHECK-DAG:     %[[T:.*]] = arith.constant dense<true> : vector<[4]xi1>
// CHECK-DAG:     %[[K:.*]] = vector.create_mask %{{.*}} : vector<[4]xi1>
// CHECK:         return %[[T]], %[[K]]
func.func @scalable_create_masks() -> (vector<[4]xi1>, vector<[4]xi1>) {
  %c4 = arith.constant 4 : index
  %vs = vector.vscale
  %n = arith.muli %vs, %c4 : index
  %0 = vector.create_mask %n : vector<[4]xi1>
  %1 = vector.create_mask %c4 : vector<[4]xi1>
  return %0, %1 : vector<[4]xi1>, vector<[4]xi1>
}

// Extracting from a mask: past a constant size is all false; inside, the mask of the
// remaining dims; a dynamic position only in a dim that is wholly true.
// CHECK-LABEL: func.func @extract_masks
// CHECK-DAG:     %[[F:.*]] = arith.constant dense<false> : vector<3xi1>
// CHECK-DAG:     %[[T:.*]] = arith.constant true
// CHECK-DAG:     %[[R:.*]] = vector.create_mask %arg0 : vector<3xi1>
// CHECK-DAG:     %[[C:.*]] = vector.constant_mask [2] : vector<3xi1>
// CHECK:         return %[[R]], %[[F]], %[[C]], %[[T]]
func.func @extract_masks(%i: index, %j: index) -> (vector<3xi1>, vector<3xi1>, vector<3xi1>, i1) {
  %c2 = arith.constant 2 : index
  %0 = vector.create_mask %c2, %i : vector<4x3xi1>
  %1 = vector.extract %0[1] : vector<3xi1> from vector<4x3xi1>
  %2 = vector.extract %0[3] : vector<3xi1> from vector<4x3xi1>
  %3 = vector.constant_mask [4, 2] : vector<4x3xi1>
  %4 = vector.extract %3[%j] : vector<3xi1> from vector<4x3xi1>
  %5 = vector.extract %3[%j, 1] : i1 from vector<4x3xi1>
  return %1, %2, %4, %5 : vector<3xi1>, vector<3xi1>, vector<3xi1>, i1
}

// CHECK-LABEL: func.func @extract_masks_kept
// CHECK-COUNT-2: vector.extract
func.func @extract_masks_kept(%i: index, %j: index) -> (vector<3xi1>, i1) {
  %c2 = arith.constant 2 : index
  %0 = vector.create_mask %c2, %i : vector<4x3xi1>
  %1 = vector.extract %0[%j] : vector<3xi1> from vector<4x3xi1>
  %2 = vector.extract %0[3, 0] : i1 from vector<4x3xi1>
  return %1, %2 : vector<3xi1>, i1
}

// transpose permutes the sizes; shape_cast drops leading or trailing sizes of 1;
// extract_strided_slice shifts the sizes by the offsets.
// CHECK-LABEL: func.func @mask_reshapes
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[T:.*]] = vector.create_mask %arg1, %arg0 : vector<3x4xi1>
// CHECK-DAG:     %[[S:.*]] = vector.create_mask %arg0 : vector<4xi1>
// CHECK-DAG:     %[[K:.*]] = vector.constant_mask [1, 2] : vector<2x3xi1>
// CHECK-DAG:     %[[SUB:.*]] = arith.subi %arg0, %[[C1]] : index
// CHECK-DAG:     %[[E:.*]] = vector.create_mask %[[SUB]], %arg1 : vector<2x3xi1>
// CHECK:         return %[[T]], %[[S]], %[[K]], %[[E]]
func.func @mask_reshapes(%i: index, %j: index) -> (vector<3x4xi1>, vector<4xi1>, vector<2x3xi1>, vector<2x3xi1>) {
  %c1 = arith.constant 1 : index
  %0 = vector.create_mask %i, %j : vector<4x3xi1>
  %1 = vector.transpose %0, [1, 0] : vector<4x3xi1> to vector<3x4xi1>
  %2 = vector.create_mask %c1, %i, %c1 : vector<1x4x1xi1>
  %3 = vector.shape_cast %2 : vector<1x4x1xi1> to vector<1x4xi1>
  %4 = vector.shape_cast %3 : vector<1x4xi1> to vector<4xi1>
  %5 = vector.constant_mask [3, 2] : vector<4x3xi1>
  %6 = vector.extract_strided_slice %5 offsets = [2], sizes = [2], strides = [1] : vector<4x3xi1> to vector<2x3xi1>
  %7 = vector.extract_strided_slice %0 offsets = [1], sizes = [2], strides = [1] : vector<4x3xi1> to vector<2x3xi1>
  return %1, %4, %6, %7 : vector<3x4xi1>, vector<4xi1>, vector<2x3xi1>, vector<2x3xi1>
}

// A transfer with an all-true mask loses it.
// CHECK-LABEL: func.func @transfer_full_mask
// CHECK:         vector.transfer_read %arg0[%{{.*}}, %{{.*}}], %{{.*}} : memref<?x?xf32>, vector<4x3xf32>
func.func @transfer_full_mask(%m: memref<?x?xf32>) -> vector<4x3xf32> {
  %c0 = arith.constant 0 : index
  %f = arith.constant 0.0 : f32
  %mask = vector.constant_mask [4, 3] : vector<4x3xi1>
  %0 = vector.transfer_read %m[%c0, %c0], %f, %mask : memref<?x?xf32>, vector<4x3xf32>
  return %0 : vector<4x3xf32>
}
