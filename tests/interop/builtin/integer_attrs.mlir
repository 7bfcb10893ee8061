// Integer and bool attributes: default i64, explicit widths (odd, signed,
// unsigned, index), negatives, hexadecimal literals, values beyond the i64
// range in wide types, and the `true` / `false` i1 shorthands.

"test.ints"() {
  a = 0, b = 42, c = -1, d = 9223372036854775807, e = -9223372036854775808,
  f = 1 : i1, g = 0 : i1, h = -1 : i1, i = 63 : i7, j = -64 : i7,
  k = 127 : si8, l = -128 : si8, m = 255 : ui8, n = 65535 : ui16, o = 7 : index,
  p = -7 : index, q = 0x2A : i32, t = -0x10 : i32, r = 0xFF : ui8, s = 0x7FFFFFFFFFFFFFFF : i64
} : () -> ()
"test.wide_ints"() {
  a = 170141183460469231731687303715884105727 : i128,
  b = -170141183460469231731687303715884105728 : i128,
  c = 340282366920938463463374607431768211455 : ui128,
  d = 18446744073709551616 : i72, e = 123456789012345678901234567890 : si100,
  f = 1 : i1024
} : () -> ()
"test.bools"() {t = true, f = false, l = [true, false, true]} : () -> ()
%0 = "test.op"() {value = 3 : i3} : () -> i3
