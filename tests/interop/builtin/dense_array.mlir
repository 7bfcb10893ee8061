// `array<T: ...>` dense array attributes of every allowed element type
// (i1, i8, i16, i32, i64, f32, f64), empty arrays, extreme values, and dense
// arrays nested in arrays and dictionaries.

"test.dense_arrays"() {
  e = array<i32>, b = array<i1: true, false, true>, i8s = array<i8: -128, 0, 127>,
  i16s = array<i16: 1, -2, 32767>, i32s = array<i32: 1, 2, 3, 4>,
  i64s = array<i64: -9223372036854775808, 9223372036854775807>,
  f32s = array<f32: 1.0, -2.5, 0.1>, f64s = array<f64: 3.0e100, -0.0, 5.5>,
  e64 = array<f64>, one = array<i64: 42>
} : () -> ()
"test.nested_arrays"() {l = [array<i32: 1>, array<f32: 2.0>], d = {x = array<i1: false>}} : () -> ()
