// `dense_resource<...>` attributes backed by blobs in the file-level
// `{-# dialect_resources: { builtin: { ... } } #-}` section: each blob is a
// hex string whose first 4 bytes are its alignment (little-endian). Covers
// int, float, i1 and complex element types, keys that need quoting, and a
// resource referenced from two places. MLIR drops the unused blob and prints
// the rest in order of first use.

"test.resources"() {
  ints = dense_resource<ints_blob> : tensor<4xi32>,
  floats = dense_resource<floats_blob> : tensor<2xf32>,
  again = dense_resource<ints_blob> : tensor<4xi32>,
  bools = dense_resource<bool_blob> : tensor<3xi1>,
  cplx = dense_resource<"complex.blob"> : tensor<1xcomplex<f32>>,
  wide = dense_resource<wide_blob> : tensor<2xi64>,
  spaced = dense_resource<"key with space"> : tensor<2xi8>
} : () -> ()
%0 = "test.producer"() {value = dense_resource<floats_blob> : tensor<2xf32>} : () -> tensor<2xf32>

{-#
  dialect_resources: {
    builtin: {
      ints_blob: "0x0400000001000000020000000300000004000000",
      floats_blob: "0x040000000000803F00000040",
      bool_blob: "0x01000000010001",
      "complex.blob": "0x040000000000803F000000C0",
      wide_blob: "0x08000000FFFFFFFFFFFFFFFF0100000000000000",
      "key with space": "0x01000000FF7F",
      never_used: "0x0100000000"
    }
  }
#-}
