// Aliases and resources are scoped to their split chunk: the same alias
// name is redefined with a different value in each chunk, each chunk has its
// own dialect_resources section, and MLIR's own aliases (#map) restart.

#a = 1 : i32
!t = tensor<4xf32>
"test.chunk1"() {x = #a, m = affine_map<(d0) -> (d0 + 1)>} : () -> !t

// -----

#a = "now a string"
!t = memref<2xi8>
"test.chunk2"() {x = #a, m = affine_map<(d0) -> (d0 * 2)>} : () -> !t

// -----

"test.chunk3"() {r = dense_resource<blob> : tensor<2xi16>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      blob: "0x020000000100FFFF"
    }
  }
#-}

// -----

"test.chunk4"() {r = dense_resource<blob> : tensor<1xi32>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      blob: "0x040000002A000000"
    }
  }
#-}
