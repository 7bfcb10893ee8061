// memref types: identity layouts, strided<> layouts (static, dynamic `?`
// strides and offsets), affine-map layouts, integer and attribute memory
// spaces, and unranked memrefs with and without memory spaces.

%0:4 = "test.producer"() : () -> (memref<f32>, memref<4xf32>, memref<?x?xi8>, memref<0xi1>)
%1:4 = "test.producer"() : () -> (memref<4x4xf32, strided<[4, 1]>>,
                                  memref<4x4xf32, strided<[4, 1], offset: 8>>,
                                  memref<?x?xf32, strided<[?, 1], offset: ?>>,
                                  memref<f32, strided<[], offset: 3>>)
%2:3 = "test.producer"() : () -> (memref<4x8xf32, affine_map<(d0, d1) -> (d1, d0)>>,
                                  memref<16xf32, affine_map<(d0)[s0] -> (d0 + s0)>>,
                                  memref<8x8xi32, affine_map<(d0, d1) -> (d0 floordiv 2, d1 mod 4)>>)
%3:4 = "test.producer"() : () -> (memref<4xf32, 1>, memref<4xf32, 3 : i32>,
                                  memref<4xf32, "shared">, memref<4xf32, #foo.space<global>>)
%4:3 = "test.producer"() : () -> (memref<*xf32>, memref<*xi8, 2>, memref<*xf16, #foo.space<local>>)
%5 = "test.producer"() : () -> memref<2x?xf32, strided<[?, 2], offset: 4>, 5>
%6 = "test.producer"() : () -> memref<3xvector<4xi8>>
%7 = "test.producer"() : () -> memref<4x4xcomplex<f32>, affine_map<(d0, d1) -> (d0 * 4 + d1)>, 1>
"test.consumer"(%0#3, %1#2, %2#1, %3#3, %4#2, %5)
    : (memref<0xi1>, memref<?x?xf32, strided<[?, 1], offset: ?>>,
       memref<16xf32, affine_map<(d0)[s0] -> (d0 + s0)>>, memref<4xf32, #foo.space<global>>,
       memref<*xf16, #foo.space<local>>, memref<2x?xf32, strided<[?, 2], offset: 4>, 5>) -> ()
"test.type_attrs"() {
  a = memref<1xf32, strided<[1]>>, b = memref<1xf32, strided<[1], offset: 0>>,
  c = memref<2x3xf32, affine_map<(d0, d1) -> (d0 * 3 + d1)>>, d = memref<*xf32, 0>,
  e = memref<4xf32, 0>
} : () -> ()
