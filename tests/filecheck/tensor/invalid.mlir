// RUN: pyir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

func.func @f0(%i: index) {
  // expected-error @+1 {{custom op 'tensor.empty' invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = tensor.empty() : tensor<*xf32>
  return
}

// -----

func.func @f1(%t: tensor<4xf32>) {
  // expected-error @+1 {{custom op 'tensor.cast' invalid kind of type specified}}
  %0 = tensor.cast %t : tensor<4xf32> to memref<4xf32>
  return
}

// -----

func.func @f2(%f: f32) {
  // expected-error @+1 {{custom op 'tensor.from_elements' 'result' must be statically shaped tensor of any non-token type values, but got 'tensor<?xf32>'}}
  %0 = tensor.from_elements %f : tensor<?xf32>
  return
}

// -----

func.func @f3(%f: f32) {
  // expected-error @+1 {{custom op 'tensor.from_elements' number of operands and types do not match: got 1 operands and 2 types}}
  %0 = tensor.from_elements %f : tensor<2xf32>
  return
}

// -----

func.func @f4(%t: tensor<4xf32>, %f: f32) {
  // expected-error @+4 {{custom op 'tensor.pad' inherent attribute 'nofold' cannot be parsed from attr-dict when strict properties in assembly format is enabled}}
  %0 = tensor.pad %t low[1] high[1] {
    ^bb0(%a: index):
      tensor.yield %f : f32
    } {nofold} : tensor<4xf32> to tensor<6xf32>
  return
}

// -----

func.func @f5(%t: tensor<4xf32>) {
  // expected-error @+1 {{integer constant out of range for attribute}}
  %0 = tensor.concat dim(99999999999999999999) %t : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @f6(%t: tensor<4xf32>) {
  // expected-error @+1 {{custom op 'tensor.collapse_shape' invalid kind of attribute specified}}
  %0 = tensor.collapse_shape %t {a} : tensor<4xf32> into tensor<4xf32>
  return
}

// -----

func.func @f7(%i: index) {
  // expected-error @+1 {{'tensor.empty' op incorrect number of dynamic sizes, has 1, expected 0}}
  %0 = tensor.empty(%i) : tensor<4x5xf32>
  return
}

// -----

func.func @f8(%i: index) {
  // expected-error @+1 {{'tensor.empty' op result #0 must be ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
  %0 = "tensor.empty"() : () -> tensor<*xf32>
  return
}

// -----

func.func @f9(%i: i32) {
  // expected-error @+1 {{'tensor.empty' op operand #0 must be variadic of index, but got 'i32'}}
  %0 = "tensor.empty"(%i) : (i32) -> tensor<?xf32>
  return
}

// -----

func.func @f10(%f: f32) {
  // expected-error @+1 {{'tensor.from_elements' op failed to verify that operand types match result element type}}
  %0 = "tensor.from_elements"(%f) : (f32) -> tensor<2xf32>
  return
}

// -----

func.func @f11(%f: f32) {
  // expected-error @+1 {{'tensor.from_elements' op result #0 must be statically shaped tensor of any non-token type values, but got 'tensor<?xf32>'}}
  %0 = "tensor.from_elements"(%f) : (f32) -> tensor<?xf32>
  return
}

// -----

func.func @f12(%f: f32, %i: index) {
  // expected-error @+1 {{'tensor.splat' op incorrect number of dynamic sizes, has 1, expected 2}}
  %0 = tensor.splat %f[%i] : tensor<?x8x?xf32>
  return
}

// -----

func.func @f13(%f: f32) {
  // expected-error @+1 {{'tensor.splat' op failed to verify that operand type matches element type of result}}
  %0 = "tensor.splat"(%f) : (f32) -> tensor<4xi32>
  return
}

// -----

func.func @f14(%t: tensor<4xf32>, %i: index) {
  // expected-error @+1 {{'tensor.extract' op incorrect number of indices for extract_element}}
  %0 = tensor.extract %t[%i, %i] : tensor<4xf32>
  return
}

// -----

func.func @f15(%t: tensor<4xf32>, %i: index) {
  // expected-error @+1 {{'tensor.extract' op failed to verify that result type matches element type of tensor}}
  %0 = "tensor.extract"(%t, %i) : (tensor<4xf32>, index) -> i32
  return
}

// -----

func.func @f16(%t: tensor<*xf32>, %i: index) {
  // expected-error @+1 {{'tensor.extract' op operand #0 must be ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
  %0 = "tensor.extract"(%t, %i) : (tensor<*xf32>, index) -> f32
  return
}

// -----

func.func @f17(%t: tensor<4xf32>, %i: i32) {
  // expected-error @+1 {{'tensor.extract' op operand #1 must be variadic of index, but got 'i32'}}
  %0 = "tensor.extract"(%t, %i) : (tensor<4xf32>, i32) -> f32
  return
}

// -----

func.func @f18(%t: tensor<4xf32>, %f: f32) {
  // expected-error @+1 {{'tensor.insert' op incorrect number of indices}}
  %0 = tensor.insert %f into %t[] : tensor<4xf32>
  return
}

// -----

func.func @f19(%t: tensor<4xf32>, %f: i32, %i: index) {
  // expected-error @+1 {{'tensor.insert' op failed to verify that scalar type matches element type of dest}}
  %0 = "tensor.insert"(%f, %t, %i) : (i32, tensor<4xf32>, index) -> tensor<4xf32>
  return
}

// -----

func.func @f20(%t: tensor<4xf32>, %f: f32, %i: index) {
  // expected-error @+1 {{'tensor.insert' op failed to verify that result type matches type of dest}}
  %0 = "tensor.insert"(%f, %t, %i) : (f32, tensor<4xf32>, index) -> tensor<5xf32>
  return
}

// -----

func.func @f21(%t: tensor<f32>, %i: index) {
  // expected-error @+1 {{'tensor.dim' op operand #0 must be non-0-ranked or unranked tensor, but got 'tensor<f32>'}}
  %0 = tensor.dim %t, %i : tensor<f32>
  return
}

// -----

func.func @f22(%t: tensor<4xf32>) {
  // expected-error @+1 {{'tensor.rank' op result #0 must be index, but got 'i32'}}
  %0 = "tensor.rank"(%t) : (tensor<4xf32>) -> i32
  return
}

// -----

func.func @f23(%f: f32) {
  // expected-error @+1 {{'tensor.rank' op operand #0 must be tensor of any non-token type values, but got 'f32'}}
  %0 = "tensor.rank"(%f) : (f32) -> index
  return
}

// -----

func.func @f24(%t: tensor<1xf32>) {
  // expected-error @+1 {{'tensor.cast' op operand type 'tensor<1xf32>' and result type 'tensor<2xf32>' are cast incompatible}}
  %0 = tensor.cast %t : tensor<1xf32> to tensor<2xf32>
  return
}

// -----

func.func @f25(%t: tensor<4xf32>) {
  // expected-error @+1 {{'tensor.cast' op operand type 'tensor<4xf32>' and result type 'tensor<4xi32>' are cast incompatible}}
  %0 = tensor.cast %t : tensor<4xf32> to tensor<4xi32>
  return
}

// -----

func.func @f26(%t: tensor<4xf32>) {
  // expected-error @+1 {{'tensor.cast' op operand type 'tensor<4xf32>' and result type 'tensor<4x1xf32>' are cast incompatible}}
  %0 = tensor.cast %t : tensor<4xf32> to tensor<4x1xf32>
  return
}

// -----

func.func @f27(%t: tensor<4xf32>) {
  // expected-error @+1 {{'tensor.bitcast' op operand type 'tensor<4xf32>' and result type 'tensor<4xi64>' are cast incompatible}}
  %0 = tensor.bitcast %t : tensor<4xf32> to tensor<4xi64>
  return
}

// -----

func.func @f28(%t: tensor<*xf32>, %s: tensor<1xi32>) {
  // expected-error @+1 {{'tensor.reshape' op element types of source and destination tensor types should be the same}}
  %0 = tensor.reshape %t(%s) : (tensor<*xf32>, tensor<1xi32>) -> tensor<?xi32>
  return
}

// -----

func.func @f29(%t: tensor<*xf32>, %s: tensor<?xi32>) {
  // expected-error @+1 {{'tensor.reshape' op cannot use shape operand with dynamic length to reshape to statically-ranked tensor type}}
  %0 = tensor.reshape %t(%s) : (tensor<*xf32>, tensor<?xi32>) -> tensor<?xf32>
  return
}

// -----

func.func @f30(%t: tensor<*xf32>, %s: tensor<1xi32>) {
  // expected-error @+1 {{'tensor.reshape' op length of shape operand differs from the result's tensor rank}}
  %0 = tensor.reshape %t(%s) : (tensor<*xf32>, tensor<1xi32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @f31(%t: tensor<1xf32>, %s: tensor<1xi32>) {
  // expected-error @+1 {{'tensor.reshape' op source and destination tensor should have the same number of elements}}
  %0 = tensor.reshape %t(%s) : (tensor<1xf32>, tensor<1xi32>) -> tensor<10xf32>
  return
}

// -----

func.func @f32(%t: tensor<1xf32>, %s: tensor<1xf32>) {
  // expected-error @+1 {{'tensor.reshape' op operand #1 must be 1D tensor of signless integer or index values, but got 'tensor<1xf32>'}}
  %0 = tensor.reshape %t(%s) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return
}

// -----

func.func @f33() {
  // expected-error @+1 {{'tensor.concat' op requires at least one input}}
  %0 = tensor.concat dim(0) : () -> tensor<1x2x3xf32>
  return
}

// -----

func.func @f34(%a: tensor<1xf32>) {
  // expected-error @+1 {{'tensor.concat' op rank of concatenated inputs must match result rank}}
  %0 = tensor.concat dim(0) %a, %a : (tensor<1xf32>, tensor<1xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @f35(%a: tensor<3xf32>, %b: tensor<3xi32>) {
  // expected-error @+1 {{'tensor.concat' op inputs and result element type must match}}
  %0 = tensor.concat dim(0) %a, %b : (tensor<3xf32>, tensor<3xi32>) -> tensor<6xf32>
  return
}

// -----

func.func @f36(%a: tensor<3xf32>) {
  // expected-error @+1 {{'tensor.concat' op concatenation dim must be less than the tensor rank}}
  %0 = tensor.concat dim(1) %a : (tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @f37(%a: tensor<3xf32>) {
  // expected-error @+1 {{'tensor.concat' op concatenation dim must be non-negative}}
  %0 = tensor.concat dim(-1) %a : (tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @f38(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) {
  // expected-error @+1 {{'tensor.concat' op static concatenation size mismatch along non-concatenated dimension 1}}
  %0 = tensor.concat dim(0) %a, %b : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<7x5xf32>
  return
}

// -----

func.func @f39(%a: tensor<3xf32>) {
  // expected-error @+1 {{'tensor.concat' op result type 'tensor<7xf32>'does not match inferred shape 'tensor<6xf32>' static sizes}}
  %0 = tensor.concat dim(0) %a, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<7xf32>
  return
}

// -----

func.func @f40(%a: tensor<3xf32>) {
  // expected-error @+1 {{'tensor.concat' op attribute 'dim' failed to satisfy constraint: 64-bit signless integer attribute}}
  %0 = "tensor.concat"(%a) <{dim = 0 : i32}> : (tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @f41(%a: tensor<*xf32>) {
  // expected-error @+1 {{'tensor.concat' op operand #0 must be variadic of ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
  %0 = "tensor.concat"(%a) <{dim = 0}> : (tensor<*xf32>) -> tensor<?xf32>
  return
}

// -----

func.func @f42(%m: index, %f: f32) {
  // expected-error @+1 {{'tensor.generate' op incorrect number of dynamic sizes, has 1, expected 2}}
  %0 = tensor.generate %m {
    ^bb0(%i: index, %j: index, %k: index):
      tensor.yield %f : f32
    } : tensor<?x3x?xf32>
  return
}

// -----

func.func @f43(%m: index, %f: f32) {
  // expected-error @+1 {{must have one body argument per input dimension}}
  %0 = tensor.generate %m, %m {
    ^bb0(%i: index, %j: index):
      tensor.yield %f : f32
    } : tensor<?x3x?xf32>
  return
}

// -----

func.func @f44(%m: index, %f: f32) {
  // expected-error @+1 {{all body arguments must be index}}
  %0 = tensor.generate %m, %m {
    ^bb0(%i: index, %j: index, %k: i64):
      tensor.yield %f : f32
    } : tensor<?x3x?xf32>
  return
}

// -----

func.func @f45(%m: index, %f: i32) {
  // expected-error @+1 {{'tensor.generate' op body must be terminated with a `yield` operation of the tensor element type}}
  %0 = tensor.generate %m, %m {
    ^bb0(%i: index, %j: index, %k: index):
      tensor.yield %f : i32
    } : tensor<?x3x?xf32>
  return
}

// -----

func.func @f46(%m: index, %f: f32) {
  // expected-error @+1 {{'tensor.generate' op expects regions to end with 'tensor.yield', found 'test.op'}}
  %0 = "tensor.generate"(%m) ({
    ^bb0(%i: index):
      "test.op"(%f) : (f32) -> ()
    }) : (index) -> tensor<?xf32>
  return
}

// -----

func.func @f47(%m: index, %f: f32) {
  // expected-error @+1 {{'tensor.generate' op region #0 ('body') failed to verify constraint: region with 1 blocks}}
  %0 = "tensor.generate"(%m) ({
    }) : (index) -> tensor<?xf32>
  return
}

// -----

func.func @f48(%m: index, %f: f32) {
  // expected-error @+3 {{'func.return' op expects parent op 'func.func'}}
  %0 = tensor.generate %m {
    ^bb0(%i: index):
      func.return
    } : tensor<?xf32>
  return
}

// -----

func.func @f49(%m: index, %f: f32) {
  // expected-error @+1 {{'tensor.yield' op requires a single operand}}
  %0 = tensor.generate %m {
    } : tensor<?xf32>
  return
}

// -----

func.func @f50(%f: f32) {
  // expected-error @+1 {{'tensor.yield' op expects parent op to be one of 'tensor.generate, tensor.pad'}}
  tensor.yield %f : f32
}

// -----

func.func @f51(%t: tensor<?x4xi32>, %f: i32) {
  // expected-error @+1 {{expected the block to have 2 arguments}}
  %0 = tensor.pad %t low[1, 2] high[2, 3] {
    ^bb0(%a: index, %b: index, %c: index):
      tensor.yield %f : i32
    } : tensor<?x4xi32> to tensor<?x9xi32>
  return
}

// -----

func.func @f52(%t: tensor<?x4xi32>, %f: i32) {
  // expected-error @+1 {{'tensor.pad' op expected block argument 1 to be an index}}
  %0 = tensor.pad %t low[1, 2] high[2, 3] {
    ^bb0(%a: i32, %b: i32):
      tensor.yield %f : i32
    } : tensor<?x4xi32> to tensor<?x9xi32>
  return
}

// -----

func.func @f53(%t: tensor<?x4xi32>, %f: i8) {
  // expected-error @+1 {{'tensor.pad' op expected yield type to match shape element type}}
  %0 = tensor.pad %t low[1, 2] high[2, 3] {
    ^bb0(%a: index, %b: index):
      tensor.yield %f : i8
    } : tensor<?x4xi32> to tensor<?x9xi32>
  return
}

// -----

func.func @f54(%t: tensor<?x4xi32>, %f: i32) {
  // expected-error @+1 {{specified type 'tensor<?x8xi32>' does not match the inferred type 'tensor<?x9xi32>'}}
  %0 = tensor.pad %t low[1, 2] high[2, 3] {
    ^bb0(%a: index, %b: index):
      tensor.yield %f : i32
    } : tensor<?x4xi32> to tensor<?x8xi32>
  return
}

// -----

func.func @f55(%t: tensor<?x4xi32>, %f: i32) {
  // expected-error @+1 {{failed to infer expectedType from sourceType 'tensor<?x4xi32>', specified resultType is 'tensor<?x9xi32>'}}
  %0 = tensor.pad %t low[1] high[2, 3] {
    ^bb0(%a: index, %b: index):
      tensor.yield %f : i32
    } : tensor<?x4xi32> to tensor<?x9xi32>
  return
}

// -----

func.func @f56(%t: tensor<4xf32>, %f: f32) {
  // expected-error @+1 {{'tensor.pad' op expected the number of 'low' to match the number of dynamic entries in 'static_low' (0 vs 1)}}
  %0 = "tensor.pad"(%t) <{operandSegmentSizes = array<i32: 1, 0, 0>, static_high = array<i64: 2>, static_low = array<i64: -9223372036854775808>}> ({
    ^bb0(%a: index):
      "tensor.yield"(%f) : (f32) -> ()
    }) : (tensor<4xf32>) -> tensor<?xf32>
  return
}

// -----

func.func @f57(%t: tensor<4xf32>, %f: f32) {
  // expected-error @+1 {{'tensor.pad' op expects region #0 to have 0 or 1 blocks}}
  %0 = "tensor.pad"(%t) <{operandSegmentSizes = array<i32: 1, 0, 0>, static_high = array<i64: 2>, static_low = array<i64: 1>}> ({
    ^bb0(%a: index):
      "tensor.yield"(%f) : (f32) -> ()
    ^bb1:
      "tensor.yield"(%f) : (f32) -> ()
    }) : (tensor<4xf32>) -> tensor<7xf32>
  return
}

// -----

func.func @f58(%t: tensor<?x?x?xf32>, %i: index) {
  // expected-error @+1 {{expected 3 offset values, got 2}}
  %0 = tensor.extract_slice %t[0, 0] [%i, %i] [1, 1] : tensor<?x?x?xf32> to tensor<?x?x?xf32>
  return
}

// -----

func.func @f59(%t: tensor<?x?xf32>) {
  // expected-error @+1 {{expected mixed offsets rank to match mixed sizes rank (2 vs 1) so the rank of the result type is well-formed.}}
  %0 = "tensor.extract_slice"(%t) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1>, static_strides = array<i64: 1, 1>}> : (tensor<?x?xf32>) -> tensor<1x1xf32>
  return
}

// -----

func.func @f60(%t: tensor<?x?xf32>) {
  // expected-error @+1 {{expected mixed sizes rank to match mixed strides rank (2 vs 1) so the rank of the result type is well-formed.}}
  %0 = "tensor.extract_slice"(%t) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, 1>, static_strides = array<i64: 1>}> : (tensor<?x?xf32>) -> tensor<1x1xf32>
  return
}

// -----

func.func @f61(%t: tensor<?x?xf32>, %i: index) {
  // expected-error @+1 {{expected the number of 'sizes' to match the number of dynamic entries in 'static_sizes' (1 vs 0)}}
  %0 = "tensor.extract_slice"(%t, %i) <{operandSegmentSizes = array<i32: 1, 0, 1, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, 1>, static_strides = array<i64: 1, 1>}> : (tensor<?x?xf32>, index) -> tensor<1x1xf32>
  return
}

// -----

func.func @f62(%t: tensor<?x?xf32>) {
  // expected-error @+1 {{'tensor.extract_slice' op requires attribute 'static_strides'}}
  %0 = "tensor.extract_slice"(%t) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, 1>}> : (tensor<?x?xf32>) -> tensor<1x1xf32>
  return
}

// -----

func.func @f63(%t: tensor<?x?xf32>) {
  // expected-error @+1 {{'tensor.extract_slice' op attribute 'static_strides' failed to satisfy constraint: i64 dense array attribute}}
  %0 = "tensor.extract_slice"(%t) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, 1>, static_strides = array<i32: 1, 1>}> : (tensor<?x?xf32>) -> tensor<1x1xf32>
  return
}

// -----

func.func @f64(%t: tensor<?x?xf32>) {
  // expected-error @+1 {{expected offsets to be non-negative, but got -1}}
  %0 = tensor.extract_slice %t[-1, 0] [1, 1] [1, 1] : tensor<?x?xf32> to tensor<1x1xf32>
  return
}

// -----

func.func @f65(%t: tensor<?x?xf32>) {
  // expected-error @+1 {{expected sizes to be non-negative, but got -1}}
  %0 = tensor.extract_slice %t[0, 0] [-1, 1] [1, 1] : tensor<?x?xf32> to tensor<1x1xf32>
  return
}

// -----

func.func @f66(%t: tensor<?xf32>) {
  // expected-error @+1 {{expected rank to be smaller or equal to the other rank.}}
  %0 = tensor.extract_slice %t[0][4][1] : tensor<?xf32> to tensor<?x?xf32>
  return
}

// -----

func.func @f67(%t: tensor<?xf32>) {
  // expected-error @+1 {{expected element type to be 'f32'}}
  %0 = tensor.extract_slice %t[0][4][1] : tensor<?xf32> to tensor<4xi8>
  return
}

// -----

func.func @f68(%t: tensor<8x16x4xf32>, %i: index) {
  // expected-error @+1 {{expected type to be 'tensor<?x4x4xf32>' or a rank-reduced version. (size mismatch)}}
  %0 = tensor.extract_slice %t[0, 0, 0] [%i, 4, 4] [1, 1, 1] : tensor<8x16x4xf32> to tensor<4x4x4xf32>
  return
}

// -----

func.func @f69(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{expected type to be 'tensor<1x4xf32>' or a rank-reduced version. (size mismatch)}}
  %0 = tensor.extract_slice %t[0, 0] [1, 4] [1, 1] : tensor<8x8xf32> to tensor<4x1xf32>
  return
}

// -----

func.func @f70(%t: tensor<8xf32>) {
  // expected-error @+1 {{offset 0 is out-of-bounds: 9 >= 8}}
  %0 = tensor.extract_slice %t[9] [0] [1] : tensor<8xf32> to tensor<0xf32>
  return
}

// -----

func.func @f71(%t: tensor<8xf32>) {
  // expected-error @+1 {{slice along dimension 0 runs out-of-bounds: 9 >= 8}}
  %0 = tensor.extract_slice %t[3] [3] [3] : tensor<8xf32> to tensor<3xf32>
  return
}

// -----

func.func @f72(%t: tensor<*xf32>) {
  // expected-error @+1 {{custom op 'tensor.extract_slice' invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = tensor.extract_slice %t[0] [1] [1] : tensor<*xf32> to tensor<1xf32>
  return
}

// -----

func.func @f73(%s: tensor<4xf32>, %t: tensor<8xf32>) {
  // expected-error @+1 {{'tensor.insert_slice' op failed to verify that expected result type to match dest type}}
  %0 = "tensor.insert_slice"(%s, %t) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4>, static_strides = array<i64: 1>}> : (tensor<4xf32>, tensor<8xf32>) -> tensor<5xf32>
  return
}

// -----

func.func @f74(%s: tensor<?x?xf32>, %t: tensor<?x?x?xf32>, %i: index) {
  // expected-error @+1 {{expected 3 offset values, got 2}}
  %0 = tensor.insert_slice %s into %t[0, 0] [%i, %i] [1, 1] : tensor<?x?xf32> into tensor<?x?x?xf32>
  return
}

// -----

func.func @f75(%s: tensor<?x?xf32>, %t: tensor<?xf32>) {
  // expected-error @+1 {{expected rank to be smaller or equal to the other rank.}}
  %0 = tensor.insert_slice %s into %t[0][4][1] : tensor<?x?xf32> into tensor<?xf32>
  return
}

// -----

func.func @f76(%s: tensor<4xi8>, %t: tensor<?xf32>) {
  // expected-error @+1 {{expected element type to be 'f32'}}
  %0 = tensor.insert_slice %s into %t[0][4][1] : tensor<4xi8> into tensor<?xf32>
  return
}

// -----

func.func @f77(%s: tensor<?x4x4xf32>, %t: tensor<8x16x4xf32>) {
  // expected-error @+1 {{expected type to be 'tensor<4x4x4xf32>' or a rank-reduced version. (size mismatch)}}
  %0 = tensor.insert_slice %s into %t[0, 2, 0][4, 4, 4][1, 1, 1] : tensor<?x4x4xf32> into tensor<8x16x4xf32>
  return
}

// -----

func.func @f78(%s: tensor<4xf32>, %t: tensor<8xf32>) {
  // expected-error @+1 {{slice along dimension 0 runs out-of-bounds: 9 >= 8}}
  %0 = tensor.insert_slice %s into %t[6] [4] [1] : tensor<4xf32> into tensor<8xf32>
  return
}

// -----

func.func @f79(%t: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'tensor.collapse_shape' op expected collapsed rank (1) to equal the number of reassociation maps (2).}}
  %0 = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6xf32>
  return
}

// -----

func.func @f80(%t: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'tensor.collapse_shape' op expected reassociation map #0 to be valid and contiguous.}}
  %0 = tensor.collapse_shape %t [[0, 2], [1]] : tensor<2x3x4xf32> into tensor<8x3xf32>
  return
}

// -----

func.func @f81(%t: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'tensor.collapse_shape' op expected reassociation map #0 to have size equal to the expanded rank (3), but it is  4.}}
  %0 = tensor.collapse_shape %t [[0, 1], [2, 3]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  return
}

// -----

func.func @f82(%t: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'tensor.collapse_shape' op expected dimension 0 of collapsed type to be static value of 24}}
  %0 = tensor.collapse_shape %t [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<25xf32>
  return
}

// -----

func.func @f83(%t: tensor<?x3xf32>) {
  // expected-error @+1 {{'tensor.collapse_shape' op expected dimension 0 of collapsed type to be dynamic since one or more of the corresponding dimensions in the expanded type is dynamic}}
  %0 = tensor.collapse_shape %t [[0, 1]] : tensor<?x3xf32> into tensor<6xf32>
  return
}

// -----

func.func @f84(%t: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'tensor.collapse_shape' op expected collapsed type to be 'tensor<6x4xf32>', but got 'tensor<6x4xi32>'}}
  %0 = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xi32>
  return
}

// -----

func.func @f85(%t: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'tensor.collapse_shape' op attribute 'reassociation' failed to satisfy constraint: Array of 64-bit integer array attributes}}
  %0 = tensor.collapse_shape %t [[0, 1], [2 : i32]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  return
}

// -----

func.func @f86(%t: tensor<*xf32>) {
  // expected-error @+1 {{'tensor.collapse_shape' op operand #0 must be ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
  %0 = "tensor.collapse_shape"(%t) <{reassociation = []}> : (tensor<*xf32>) -> tensor<f32>
  return
}

// -----

func.func @f87(%t: tensor<6xf32>) {
  // expected-error @+1 {{'tensor.expand_shape' op expected number of static shape dims to be equal to the output rank (2) but found 3 inputs instead}}
  %0 = tensor.expand_shape %t [[0, 1]] output_shape [2, 3, 4] : tensor<6xf32> into tensor<2x3xf32>
  return
}

// -----

func.func @f88(%t: tensor<?xf32>, %i: index) {
  // expected-error @+1 {{'tensor.expand_shape' op mismatch in dynamic dims in output_shape and static_output_shape: static_output_shape has 2 dynamic dims while output_shape has 1 values}}
  %0 = "tensor.expand_shape"(%t, %i) <{reassociation = [[0, 1]], static_output_shape = array<i64: -9223372036854775808, -9223372036854775808>}> : (tensor<?xf32>, index) -> tensor<2x?xf32>
  return
}

// -----

func.func @f89(%t: tensor<6xf32>, %i: index) {
  // expected-error @+1 {{'tensor.expand_shape' op incorrect number of dynamic sizes, has 1, expected 0}}
  %0 = tensor.expand_shape %t [[0, 1]] output_shape [2, %i] : tensor<6xf32> into tensor<2x3xf32>
  return
}

// -----

func.func @f90(%t: tensor<6xf32>) {
  // expected-error @+1 {{'tensor.expand_shape' op invalid output shape provided at pos 1}}
  %0 = tensor.expand_shape %t [[0, 1]] output_shape [2, 4] : tensor<6xf32> into tensor<2x3xf32>
  return
}

// -----

func.func @f91(%t: tensor<2x3x20xf32>) {
  // expected-error @+1 {{'tensor.expand_shape' op expected dimension 2 of collapsed type to be static value of 40}}
  %0 = tensor.expand_shape %t [[0], [1], [2, 3, 4]] output_shape [2, 3, 2, 4, 5] : tensor<2x3x20xf32> into tensor<2x3x2x4x5xf32>
  return
}

// -----

func.func @f92(%t: tensor<6xf32>, %i: index) {
  // expected-error @+1 {{'tensor.expand_shape' op expected dimension 0 of collapsed type to be dynamic since one or more of the corresponding dimensions in the expanded type is dynamic}}
  %0 = tensor.expand_shape %t [[0, 1]] output_shape [%i, %i] : tensor<6xf32> into tensor<?x?xf32>
  return
}
