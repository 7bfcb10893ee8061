// tensor.empty (static, dynamic, encoded), tensor.from_elements (0-d, empty, several
// elements), tensor.splat (static and dynamic sizes) and tensor.generate with its body,
// including discardable attributes in each attr-dict position.

func.func @construction(%n: index, %f: f32, %i: i32) {
  %0 = tensor.empty(%n) : tensor<?x4xf32>
  %1 = tensor.empty() : tensor<2x3xf32, "enc">
  %2 = tensor.from_elements %f, %f : tensor<2xf32>
  %3 = tensor.from_elements %i : tensor<i32>
  %4 = tensor.from_elements : tensor<0xf32>
  %5 = tensor.splat %f : tensor<4x4xf32>
  %6 = tensor.splat %f[%n, %n] {test.attr} : tensor<?x8x?xf32>
  %7 = tensor.generate %n {
  ^bb0(%a: index, %b: index):
    %c = arith.index_cast %a : index to i32
    tensor.yield %c : i32
  } : tensor<?x3xi32>
  %8 = tensor.generate {
  ^bb0(%a: index):
    tensor.yield %f : f32
  } {test.attr = 1} : tensor<8xf32>
  return
}

