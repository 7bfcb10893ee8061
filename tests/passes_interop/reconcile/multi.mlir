// reconcile-unrealized-casts: casts with several inputs or results (1:N and N:1 round
// trips), mismatched operand order, and casts without inputs.
func.func @one_to_n(%arg0: i64) -> i64 {
  %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
  %1 = builtin.unrealized_conversion_cast %0#0, %0#1 : i32, i32 to i64
  return %1 : i64
}
func.func @n_to_one(%arg0: i32, %arg1: f32) -> (i32, f32) {
  %0 = builtin.unrealized_conversion_cast %arg0, %arg1 : i32, f32 to i64
  %1:2 = builtin.unrealized_conversion_cast %0 : i64 to i32, f32
  return %1#0, %1#1 : i32, f32
}
func.func @swapped(%arg0: i64) -> i64 {
  %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
  %1 = builtin.unrealized_conversion_cast %0#1, %0#0 : i32, i32 to i64
  return %1 : i64
}
func.func @no_inputs() -> i32 {
  %0 = builtin.unrealized_conversion_cast to i32
  %1 = builtin.unrealized_conversion_cast to i64
  return %0 : i32
}
func.func @partial_use(%arg0: i64) -> i32 {
  %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
  return %0#1 : i32
}
