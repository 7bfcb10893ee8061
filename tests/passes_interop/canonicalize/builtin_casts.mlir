// builtin.unrealized_conversion_cast folds: a cast to its own types, and a round trip
// through another cast (all of its results, in order, back to its input types); other
// chains stay. func.call_indirect of a func.constant becomes a direct call.
func.func @identity(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i32
  return %0 : i32
}
func.func @multi(%a: i32, %b: i64) -> (i32, i64) {
  %0 = builtin.unrealized_conversion_cast %a, %b : i32, i64 to f32
  %1:2 = builtin.unrealized_conversion_cast %0 : f32 to i32, i64
  return %1#0, %1#1 : i32, i64
}
func.func @multi2(%a: i32, %b: i64) -> (i32, i64) {
  %0:2 = builtin.unrealized_conversion_cast %a, %b : i32, i64 to f32, f64
  %1:2 = builtin.unrealized_conversion_cast %0#0, %0#1 : f32, f64 to i32, i64
  return %1#0, %1#1 : i32, i64
}
func.func @swapped(%a: i32, %b: i32) -> (i32, i32) {
  %0:2 = builtin.unrealized_conversion_cast %a, %b : i32, i32 to f32, f32
  %1:2 = builtin.unrealized_conversion_cast %0#1, %0#0 : f32, f32 to i32, i32
  return %1#0, %1#1 : i32, i32
}
func.func @partial(%a: i32, %b: i32) -> i32 {
  %0:2 = builtin.unrealized_conversion_cast %a, %b : i32, i32 to f32, f32
  %1 = builtin.unrealized_conversion_cast %0#0 : f32 to i32
  return %1 : i32
}
func.func @other_type(%a: i32) -> i16 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i16
  return %1 : i16
}
func.func @three(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i16
  %2 = builtin.unrealized_conversion_cast %1 : i16 to i32
  return %2 : i32
}
func.func @dead(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  return %a : i32
}
func.func @noinput() -> i32 {
  %0 = builtin.unrealized_conversion_cast to i32
  return %0 : i32
}
func.func @noinput2() -> (i32, i32) {
  %0 = builtin.unrealized_conversion_cast to i32
  %1 = builtin.unrealized_conversion_cast to i32
  return %0, %1 : i32, i32
}
func.func private @g(i32) -> i32
func.func @indirect(%a: i32) -> i32 {
  %f = func.constant @g : (i32) -> i32
  %0 = func.call_indirect %f(%a) : (i32) -> i32
  return %0 : i32
}
