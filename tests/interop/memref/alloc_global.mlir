// memref allocation and globals: alloc / alloca with dynamic sizes, symbol operands,
// alignment, memory spaces and discardable attributes; dealloc; globals that are public,
// private or nested, constant, initialized (dense splat, list, strings of i8, resource
// blobs), uninitialized or external, aligned; get_global; and generic forms with
// explicit operandSegmentSizes.
#layout = affine_map<(d0, d1)[s0] -> (d0 * s0 + d1)>
memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]> alignment = 64
memref.global @u : memref<4xi32> = uninitialized
memref.global "private" @e : memref<4xi32>
memref.global "nested" @splat : memref<2x3xi16> = dense<7> {test.note = "x"}
memref.global "private" constant @space : memref<2xf64, 3> = dense<[0.5, -1.5]>
memref.global @scalar : memref<i1> = dense<true>
memref.global @blob : memref<2xi32> = dense_resource<blob1>
"memref.global"() <{sym_name = "g2", type = memref<3xindex>, initial_value = dense<[1, 2, 3]> : tensor<3xindex>, alignment = 16 : i64}> : () -> ()
func.func @alloc(%a: index, %b: index) -> memref<2xf32> {
  %0 = memref.alloc(%a)[%b] alignment = 16 : memref<?x4xf32, #layout>
  %1 = memref.alloca() : memref<4xf32, 1>
  %2 = memref.alloc() {test.attr} : memref<4xf32>
  %3 = memref.alloca(%a, %b) alignment = 8 : memref<?x?xf32>
  %4 = memref.alloc()[%a, %b] : memref<4x4xf32, strided<[?, 1], offset: ?>>
  %5 = "memref.alloc"(%a) <{operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?xi8, "gpu">
  %6 = memref.alloca() : memref<f32>
  memref.dealloc %2 : memref<4xf32>
  memref.dealloc %0 : memref<?x4xf32, #layout>
  %7 = memref.get_global @c : memref<2xf32>
  %8 = memref.get_global @space : memref<2xf64, 3> {test.attr}
  %9 = "memref.get_global"() <{name = @blob}> : () -> memref<2xi32>
  return %7 : memref<2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000"
    }
  }
#-}
