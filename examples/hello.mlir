// A small module in MLIR's builtin syntax: `pyir-opt examples/hello.mlir` parses,
// verifies and prints it back in MLIR's canonical form.
#map = affine_map<(i, j)[n] -> (i * 4 + j, n)>
module @hello attributes {test.greeting = "hi"} {
  %c = "test.constant"() {value = dense<[1, 2, 3, 4]> : tensor<4xi32>} : () -> tensor<4xi32>
  %m = "test.apply"(%c) {map = #map} : (tensor<4xi32>) -> memref<4xf32, strided<[1], offset: ?>>
  %0 = builtin.unrealized_conversion_cast %c : tensor<4xi32> to vector<[4]xi32>
}
