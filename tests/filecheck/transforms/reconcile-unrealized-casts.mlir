// RUN: pyir-opt %s --split-input-file --reconcile-unrealized-casts --allow-unregistered-dialect | FileCheck %s

// A dead chain goes entirely.
// CHECK-LABEL: func.func @dead
// CHECK-NEXT:    return %arg0 : i64
func.func @dead(%arg0: i64) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
  return %arg0 : i64
}

// -----

// A -> B -> C -> A folds to the input.
// CHECK-LABEL: func.func @round_trip
// CHECK-NEXT:    return %arg0 : i64
func.func @round_trip(%arg0: i64) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
  %2 = builtin.unrealized_conversion_cast %1 : i16 to i64
  return %2 : i64
}

// -----

// A cast to its own type folds; a live cast that cannot fold stays.
// CHECK-LABEL: func.func @identity_and_live
// CHECK-NEXT:    %[[C:.*]] = builtin.unrealized_conversion_cast %arg0 : i64 to f32
// CHECK-NEXT:    "test.use"(%arg0, %[[C]]) : (i64, f32) -> ()
func.func @identity_and_live(%arg0: i64) {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i64
  %1 = builtin.unrealized_conversion_cast %arg0 : i64 to f32
  "test.use"(%0, %1) : (i64, f32) -> ()
  return
}

// -----

// Only the tail of a chain folds when a middle link has another user.
// CHECK-LABEL: func.func @shared_middle
// CHECK-NEXT:    %[[A:.*]] = builtin.unrealized_conversion_cast %arg0 : i64 to i32
// CHECK-NEXT:    %[[B:.*]] = builtin.unrealized_conversion_cast %[[A]] : i32 to i16
// CHECK-NEXT:    return %arg0, %[[B]] : i64, i16
func.func @shared_middle(%arg0: i64) -> (i64, i16) {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
  %2 = builtin.unrealized_conversion_cast %1 : i16 to i64
  return %2, %1 : i64, i16
}

// -----

// 1:N and N:1 round trips fold; a permuted one does not.
// CHECK-LABEL: func.func @multi
// CHECK-NEXT:    %[[P:.*]]:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
// CHECK-NEXT:    %[[Q:.*]] = builtin.unrealized_conversion_cast %[[P]]#1, %[[P]]#0 : i32, i32 to i64
// CHECK-NEXT:    return %arg0, %arg1, %[[Q]] : i64, f32, i64
func.func @multi(%arg0: i64, %arg1: f32) -> (i64, f32, i64) {
  %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
  %1 = builtin.unrealized_conversion_cast %0#0, %0#1 : i32, i32 to i64
  %2 = builtin.unrealized_conversion_cast %arg0, %arg1 : i64, f32 to index
  %3:2 = builtin.unrealized_conversion_cast %2 : index to i64, f32
  %4:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
  %5 = builtin.unrealized_conversion_cast %4#1, %4#0 : i32, i32 to i64
  return %1, %3#1, %5 : i64, f32, i64
}

// -----

// Casts nested in regions are reconciled too.
// CHECK-LABEL: func.func @nested
// CHECK-NEXT:    "test.region"() ({
// CHECK-NEXT:      "test.use"(%arg0) : (i64) -> ()
// CHECK-NEXT:    }) : () -> ()
// CHECK-NEXT:    return
func.func @nested(%arg0: i64) {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  "test.region"() ({
    %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
    "test.use"(%1) : (i64) -> ()
  }) : () -> ()
  return
}
