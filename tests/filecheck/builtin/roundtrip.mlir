// RUN: pyir-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: pyir-opt --allow-unregistered-dialect %s | pyir-opt --allow-unregistered-dialect | FileCheck %s

// CHECK: #[[MAP:.*]] = affine_map<(d0, d1)[s0] -> (d0 * 4 + d1, s0)>
#map = affine_map<(i, j)[n] -> (4 * i + j, n)>
!vec = vector<[4]x8xf32>

// CHECK-LABEL: module @types
module @types {
  // CHECK: "test.types"() : () -> (i1, si8, ui16, i1024, index, f16, bf16, f32, f64, f80, f128, tf32)
  "test.types"() : () -> (i1, si8, ui16, i1024, index, f16, bf16, f32, f64, f80, f128, tf32)
  // CHECK: "test.small_floats"() : () -> (f8E5M2, f8E4M3FN, f4E2M1FN)
  "test.small_floats"() : () -> (f8E5M2, f8E4M3FN, f4E2M1FN)
  // CHECK: "test.shaped"() : () -> (tensor<4x?xf32>, tensor<*xi8>, tensor<f32>, memref<2x3xf32, strided<[3, 1], offset: ?>>, memref<4xf32, 1>, memref<*xf32>, vector<[4]x8xf32>)
  "test.shaped"() : () -> (tensor<4x?xf32>, tensor<*xi8>, tensor<f32>, memref<2x3xf32, strided<[3, 1], offset: ?>>, memref<4xf32, 1>, memref<*xf32>, !vec)
  // CHECK: "test.composite"() : () -> (complex<f32>, tuple<i32, f32>, none, (i32) -> (i32, i64))
  "test.composite"() : () -> (complex<f32>, tuple<i32, f32>, none, (i32) -> (i32, i64))
  // CHECK: "test.zero_dims"() : () -> tensor<0xf32>
  "test.zero_dims"() : () -> tensor<0xf32>
}

// CHECK-LABEL: module @attrs
module @attrs {
  // CHECK: "test.attrs"() {a = 1 : i32, b = -2 : i8, c = 1.500000e+00 : f32, d = true, e = "esc\0A\22", f = [1, "x"], g = {nested}, h = @sym::@inner, i = #[[MAP]], j = array<i32: 1, 2, 3>, k = dense<[1, 2]> : tensor<2xi32>, l = dense<1.000000e+00> : tensor<4xf32>, m} : () -> ()
  "test.attrs"() {a = 1 : i32, b = -2 : i8, c = 1.5 : f32, d = true, e = "esc\n\"", f = [1, "x"], g = {nested}, h = @sym::@inner, i = #map, j = array<i32: 1, 2, 3>, k = dense<[1, 2]> : tensor<2xi32>, l = dense<1.0> : tensor<4xf32>, m} : () -> ()
}

// CHECK-LABEL: module @values
module @values {
  // CHECK: %[[R:.*]]:2 = "test.pair"() : () -> (i32, i64)
  %p:2 = "test.pair"() : () -> (i32, i64)
  // CHECK: "test.use"(%[[R]]#1, %[[R]]#0) : (i64, i32) -> ()
  "test.use"(%p#1, %p#0) : (i64, i32) -> ()
  // CHECK: unrealized_conversion_cast %[[R]]#0 : i32 to i64
  %c = builtin.unrealized_conversion_cast %p#0 : i32 to i64
}
