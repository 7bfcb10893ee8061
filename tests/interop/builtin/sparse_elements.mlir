// `sparse<indices, values>` elements attributes: index lists of several
// ranks, int / float / string / complex values, empty sparse attributes and
// splat indices or values (MLIR prints a single index or value as a splat,
// e.g. `sparse<[[1, 1]], 7>` as `sparse<1, 7>`, and `sparse<[], []>` as
// `sparse<>`).

"test.sparse"() {
  a = sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>,
  b = sparse<[[0], [3]], [1.5, -2.0]> : tensor<8xf32>,
  c = sparse<[], []> : tensor<4xi8>,
  d = sparse<[[1, 1]], 7> : tensor<2x2xi16>,
  e = sparse<0, 3.0> : vector<4xf64>,
  f = sparse<[[0, 0, 0]], ["s"]> : tensor<1x1x1x!foo.s>,
  g = sparse<[[1]], [(1.0, 2.0)]> : tensor<4xcomplex<f32>>
} : () -> ()
"test.sparse_more"() {
  a = sparse<[[0, 1], [2, 3], [3, 0]], [true, false, true]> : tensor<4x4xi1>,
  b = sparse<[[0]], [-1]> : tensor<16xi64>, c = sparse<[[1, 2]], [0.5]> : tensor<3x3xbf16>
} : () -> ()
