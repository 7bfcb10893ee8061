// RUN: pyir-opt %s --canonicalize | FileCheck %s

// vector.step compared with constants, interleave of a deinterleave, and which
// transfer folds apply to ops masked by vector.mask.

// Every lane of step(4) = [0, 1, 2, 3] is < 4, none is >= 7, all are <= 3, none
// equals 4: each cmpi becomes a splat i1 constant.
// CHECK-LABEL: func.func @step_compare
// CHECK-DAG:     %[[T:.*]] = arith.constant dense<true> : vector<4xi1>
// CHECK-DAG:     %[[F:.*]] = arith.constant dense<false> : vector<4xi1>
// CHECK-NOT:     vector.step
// CHECK:         return %[[T]], %[[F]], %[[T]], %[[F]]
func.func @step_compare() -> (vector<4xi1>, vector<4xi1>, vector<4xi1>, vector<4xi1>) {
  %c3 = arith.constant dense<3> : vector<4xindex>
  %c4 = arith.constant dense<4> : vector<4xindex>
  %c7 = arith.constant dense<7> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %0 = arith.cmpi ult, %s, %c4 : vector<4xindex>
  %1 = arith.cmpi uge, %s, %c7 : vector<4xindex>
  %2 = arith.cmpi ule, %s, %c3 : vector<4xindex>
  %3 = arith.cmpi eq, %s, %c4 : vector<4xindex>
  return %0, %1, %2, %3 : vector<4xi1>, vector<4xi1>, vector<4xi1>, vector<4xi1>
}

// The constant on the left is first moved right (ugt c, s -> ult s, c), then folds.
// CHECK-LABEL: func.func @step_compare_swapped
// CHECK-NEXT:    %[[T:.*]] = arith.constant dense<true> : vector<4xi1>
// CHECK-NEXT:    return %[[T]]
func.func @step_compare_swapped() -> vector<4xi1> {
  %c = arith.constant dense<4> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %r = arith.cmpi ugt, %c, %s : vector<4xindex>
  return %r : vector<4xi1>
}

// Lanes that compare differently, signed predicates and negative bounds stay.
// CHECK-LABEL: func.func @step_compare_stays
// CHECK:         vector.step
// CHECK:         arith.cmpi ult
// CHECK:         arith.cmpi slt
// CHECK:         arith.cmpi ult
func.func @step_compare_stays() -> (vector<4xi1>, vector<4xi1>, vector<4xi1>) {
  %c3 = arith.constant dense<3> : vector<4xindex>
  %c4 = arith.constant dense<4> : vector<4xindex>
  %m1 = arith.constant dense<-1> : vector<4xindex>
  %s = vector.step : vector<4xindex>
  %0 = arith.cmpi ult, %s, %c3 : vector<4xindex>
  %1 = arith.cmpi slt, %s, %c4 : vector<4xindex>
  %2 = arith.cmpi ult, %s, %m1 : vector<4xindex>
  return %0, %1, %2 : vector<4xi1>, vector<4xi1>, vector<4xi1>
}

// interleave(deinterleave(x)) gives x back; swapped results do not.
// CHECK-LABEL: func.func @interleave_of_deinterleave
// CHECK:         %[[R:.*]], %[[S:.*]] = vector.deinterleave %arg0
// CHECK-NEXT:    %[[I:.*]] = vector.interleave %[[S]], %[[R]]
// CHECK-NEXT:    return %arg0, %[[I]]
func.func @interleave_of_deinterleave(%a: vector<8xf32>) -> (vector<8xf32>, vector<8xf32>) {
  %1, %2 = vector.deinterleave %a : vector<8xf32> -> vector<4xf32>
  %0 = vector.interleave %1, %2 : vector<4xf32> -> vector<8xf32>
  %3 = vector.interleave %2, %1 : vector<4xf32> -> vector<8xf32>
  return %0, %3 : vector<8xf32>, vector<8xf32>
}

// A read-after-write forwards the written vector, but not into a read masked by
// vector.mask.
// CHECK-LABEL: func.func @raw_masked_read
// CHECK:         %[[W:.*]] = vector.transfer_write
// CHECK:         %[[R:.*]] = vector.mask %arg2 { vector.transfer_read %[[W]]
// CHECK:         return %arg1, %[[R]]
func.func @raw_masked_read(%t: tensor<4xf32>, %v: vector<4xf32>, %m: vector<4xi1>) -> (vector<4xf32>, vector<4xf32>) {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.transfer_write %v, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32>
  %1 = vector.transfer_read %0[%c0], %p {in_bounds = [true]} : tensor<4xf32>, vector<4xf32>
  %2 = vector.mask %m { vector.transfer_read %0[%c0], %p {in_bounds = [true]} : tensor<4xf32>, vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %1, %2 : vector<4xf32>, vector<4xf32>
}

// A write masked by vector.mask does not skip the write it overwrites.
// CHECK-LABEL: func.func @waw_masked_write
// CHECK:         %[[W:.*]] = vector.transfer_write %arg1, %arg0
// CHECK:         vector.mask %arg3 { vector.transfer_write %arg2, %[[W]]
func.func @waw_masked_write(%t: tensor<4xf32>, %v: vector<4xf32>, %w: vector<4xf32>, %m: vector<4xi1>) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %0 = vector.transfer_write %v, %t[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32>
  %1 = vector.mask %m { vector.transfer_write %w, %0[%c0] {in_bounds = [true]} : vector<4xf32>, tensor<4xf32> } : vector<4xi1> -> tensor<4xf32>
  return %1 : tensor<4xf32>
}

// In-bounds inference still applies to a masked read.
// CHECK-LABEL: func.func @in_bounds_masked
// CHECK:         vector.mask %arg1 { vector.transfer_read %arg0[%{{.*}}], %{{.*}} {in_bounds = [true]}
func.func @in_bounds_masked(%t: memref<8xf32>, %m: vector<4xi1>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %p = arith.constant 0.0 : f32
  %0 = vector.mask %m { vector.transfer_read %t[%c0], %p : memref<8xf32>, vector<4xf32> } : vector<4xi1> -> vector<4xf32>
  return %0 : vector<4xf32>
}
