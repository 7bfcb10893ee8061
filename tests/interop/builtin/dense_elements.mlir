// `dense<...>` elements attributes: splats, nested lists of every rank,
// i1 / odd-width / signed integers, floats (incl. hex bit patterns), complex
// pairs, hex blobs `dense<"0x...">`, strings, vectors and empty shapes.

"test.splats"() {
  a = dense<1> : tensor<4xi32>, b = dense<2.5> : tensor<2x2xf32>, c = dense<true> : tensor<8xi1>,
  d = dense<0> : tensor<i64>, e = dense<-1> : vector<4xi7>, f = dense<0x7FC00000> : tensor<3xf32>,
  g = dense<(1.0, -2.0)> : tensor<2xcomplex<f32>>, h = dense<"splat"> : tensor<3x!foo.string>
} : () -> ()
"test.lists"() {
  a = dense<[1, 2, 3]> : tensor<3xi32>, b = dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>,
  c = dense<[[[1.0], [2.0]], [[3.0], [4.0]]]> : tensor<2x2x1xf64>,
  d = dense<[true, false, false, true]> : tensor<4xi1>, e = dense<[-128, 127]> : tensor<2xsi8>,
  f = dense<[0, 255]> : tensor<2xui8>, g = dense<[1.5, -0.0, 0x7F800000]> : vector<3xf32>,
  h = dense<[(1, 2), (3, -4)]> : tensor<2xcomplex<i32>>, i = dense<5> : tensor<index>,
  j = dense<[1, 2]> : tensor<2xindex>, k = dense<[0.5, 1.5]> : tensor<2xbf16>,
  l = dense<[0.25, 2.0]> : tensor<2xf16>, m = dense<[3, -3]> : tensor<2xi3>,
  n = dense<0x7E00> : tensor<2xf16>, o = dense<[0x7E00, 0x3C00]> : tensor<2xf16>,
  p = dense<[0xFF80, 0.0]> : tensor<2xbf16>
} : () -> ()
"test.empty"() {
  a = dense<> : tensor<0xi32>, b = dense<[]> : tensor<0xf32>, c = dense<> : tensor<2x0xi8>
} : () -> ()
"test.hex"() {
  a = dense<"0x0100000002000000"> : tensor<2xi32>, b = dense<"0x0000803F"> : tensor<4xf32>,
  c = dense<"0x0102030405060708"> : tensor<8xi8>, d = dense<"0x0000C03F0000803F"> : tensor<2xf32>
} : () -> ()
"test.strings"() {
  a = dense<["a", "bc", ""]> : tensor<3x!foo.string>, b = dense<["x\00y", "\22"]> : tensor<2x!foo.s>,
  c = dense<[["a", "b"], ["c", "d"]]> : tensor<2x2x!foo.string>
} : () -> ()
"test.large"() {
  a = dense<[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]> : tensor<20xi16>,
  b = dense<[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]> : tensor<2x3xf32>
} : () -> ()
