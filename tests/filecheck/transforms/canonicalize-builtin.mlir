// RUN: pyir-opt %s --canonicalize | FileCheck %s

// A cast to its own type is its input.
// CHECK-LABEL: func.func @identity
// CHECK-NEXT:    return %arg0 : i32
func.func @identity(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i32
  return %0 : i32
}

// A round trip (all results of the first cast, back to its input types) is the input;
// the first cast is then dead.
// CHECK-LABEL: func.func @round_trip
// CHECK-NEXT:    return %arg0, %arg1 : i32, i64
func.func @round_trip(%a: i32, %b: i64) -> (i32, i64) {
  %0 = builtin.unrealized_conversion_cast %a, %b : i32, i64 to f32
  %1:2 = builtin.unrealized_conversion_cast %0 : f32 to i32, i64
  return %1#0, %1#1 : i32, i64
}

// Results taken out of order, or only some of them, or to other types: no fold.
// CHECK-LABEL: func.func @swapped
// CHECK-NEXT:    %0:2 = builtin.unrealized_conversion_cast %arg0, %arg1 : i32, i32 to f32, f32
// CHECK-NEXT:    %1:2 = builtin.unrealized_conversion_cast %0#1, %0#0 : f32, f32 to i32, i32
func.func @swapped(%a: i32, %b: i32) -> (i32, i32) {
  %0:2 = builtin.unrealized_conversion_cast %a, %b : i32, i32 to f32, f32
  %1:2 = builtin.unrealized_conversion_cast %0#1, %0#0 : f32, f32 to i32, i32
  return %1#0, %1#1 : i32, i32
}

// CHECK-LABEL: func.func @partial
// CHECK:         builtin.unrealized_conversion_cast %0#0 : f32 to i32
func.func @partial(%a: i32, %b: i32) -> i32 {
  %0:2 = builtin.unrealized_conversion_cast %a, %b : i32, i32 to f32, f32
  %1 = builtin.unrealized_conversion_cast %0#0 : f32 to i32
  return %1 : i32
}

// CHECK-LABEL: func.func @other_type
// CHECK:         builtin.unrealized_conversion_cast %0 : i64 to i16
func.func @other_type(%a: i32) -> i16 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i16
  return %1 : i16
}

// A cast without inputs stays.
// CHECK-LABEL: func.func @no_input
// CHECK-NEXT:    %0 = builtin.unrealized_conversion_cast to i32
func.func @no_input() -> i32 {
  %0 = builtin.unrealized_conversion_cast to i32
  return %0 : i32
}
