// Every builtin floating-point type: the IEEE ones, bf16, tf32, f80, f128 and
// the f8 / f6 / f4 small-float family, as value types and as type attributes.

%0 = "test.producer"() : () -> f16
%1 = "test.producer"() : () -> bf16
%2 = "test.producer"() : () -> f32
%3 = "test.producer"() : () -> f64
%4 = "test.producer"() : () -> f80
%5 = "test.producer"() : () -> f128
%6 = "test.producer"() : () -> tf32
"test.consumer"(%0, %1, %2, %3, %4, %5, %6) : (f16, bf16, f32, f64, f80, f128, tf32) -> ()
%f8:9 = "test.small_floats"() : () -> (f8E5M2, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ,
                                        f8E4M3B11FNUZ, f8E4M3, f8E3M4, f8E8M0FNU, f8E4M3FN)
%sub:3 = "test.sub_byte_floats"() : () -> (f6E2M3FN, f6E3M2FN, f4E2M1FN)
"test.consumer"(%f8#0, %f8#8, %sub#2) : (f8E5M2, f8E4M3FN, f4E2M1FN) -> ()
"test.type_attrs"() {
  a = f16, b = bf16, c = f32, d = f64, e = f80, f = f128, g = tf32,
  h = f8E5M2, i = f8E4M3FN, j = f8E5M2FNUZ, k = f8E4M3FNUZ, l = f8E4M3B11FNUZ,
  m = f8E4M3, n = f8E3M4, o = f8E8M0FNU, p = f6E2M3FN, q = f6E3M2FN, r = f4E2M1FN
} : () -> ()
