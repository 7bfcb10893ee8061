// Float attributes: decimal and exponent notation (default f64), every width,
// exact hexadecimal bit patterns (NaNs with payloads, infinities, negative
// zero, denormals), and values that MLIR must print with full precision.

"test.decimal"() {
  a = 1.0, b = -2.5, c = 0.0, d = -0.0, e = 1.5e10, f = 2.5E-3, g = 1.e3 : f32,
  h = 3.14159265358979 : f64, i = 0.1 : f32, j = 0.1 : f64, k = 65504.0 : f16,
  l = 1.0e38 : f32, m = 1.7976931348623157e308 : f64, n = 5.0e-324 : f64,
  o = 123456789.0 : f32, p = 1.0 : f80, q = 1.0 : f128, r = 2.0 : tf32
} : () -> ()
"test.half"() {
  a = 1.5 : f16, b = -0.5 : bf16, c = 3.0 : bf16, d = 0.333 : f16, e = 100.0 : bf16,
  f = 0.5 : f8E5M2, g = 2.0 : f8E4M3FN, h = 1.0 : f4E2M1FN, i = 4.0 : f8E8M0FNU
} : () -> ()
"test.hex"() {
  a = 0x7FC00000 : f32, b = 0x7F800000 : f32, c = 0xFF800000 : f32, d = 0x80000000 : f32,
  e = 0x7FF8000000000000 : f64, f = 0xFFF0000000000000 : f64, g = 0x0000000000000001 : f64,
  h = 0x7C00 : f16, i = 0x7E00 : f16, j = 0x7FC0 : bf16, k = 0x7FC00001 : f32,
  l = 0x3C00 : f16, m = 0x3F800000 : f32, n = 0x7F : f8E4M3FN, o = 0x7FFF8000000000000000 : f80
} : () -> ()
"test.float_lists"() {l = [1.0 : f32, 2.0 : f16, -3.5, 0x7FC00000 : f32]} : () -> ()
