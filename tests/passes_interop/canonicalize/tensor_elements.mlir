// canonicalize, tensor elements: extract of constants (splat, dense, out of range kept), of
// from_elements, of insert at the same constant index, through cast / generate / index_cast;
// from_elements and splat of constants, insert of a splat's value, rank.
func.func @extract_splat() -> f32 {
  %c1 = arith.constant 1 : index
  %cst = arith.constant dense<2.0> : tensor<4x4xf32>
  %e = tensor.extract %cst[%c1, %c1] : tensor<4x4xf32>
  return %e : f32
}
func.func @extract_dense() -> (i32, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %cst = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %e = tensor.extract %cst[%c1, %c0] : tensor<2x2xi32>
  %f = tensor.extract %cst[%c5, %c0] : tensor<2x2xi32>
  return %e, %f : i32, i32
}
func.func @extract_from_elements(%a: f32, %b: f32, %i: index) -> (f32, f32) {
  %c1 = arith.constant 1 : index
  %t = tensor.from_elements %a, %b : tensor<2xf32>
  %e = tensor.extract %t[%c1] : tensor<2xf32>
  %f = tensor.extract %t[%i] : tensor<2xf32>
  return %e, %f : f32, f32
}
func.func @extract_after_insert(%a: f32, %t: tensor<4xf32>, %i: index, %j: index) -> (f32, f32) {
  %r = tensor.insert %a into %t[%i] : tensor<4xf32>
  %e = tensor.extract %r[%i] : tensor<4xf32>
  %f = tensor.extract %r[%j] : tensor<4xf32>
  return %e, %f : f32, f32
}
func.func @from_elements_const() -> tensor<2x2xi32> {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %t = tensor.from_elements %c1, %c2, %c2, %c1 : tensor<2x2xi32>
  return %t : tensor<2x2xi32>
}
func.func @splat_const(%n: index) -> (tensor<4xf32>, tensor<?xf32>) {
  %c = arith.constant 1.0 : f32
  %t = tensor.splat %c : tensor<4xf32>
  %u = tensor.splat %c[%n] : tensor<?xf32>
  return %t, %u : tensor<4xf32>, tensor<?xf32>
}
func.func @insert_splat() -> (tensor<4xf32>, tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %c = arith.constant 1.0 : f32
  %d = arith.constant 2.0 : f32
  %s = arith.constant dense<1.0> : tensor<4xf32>
  %t = tensor.insert %c into %s[%c0] : tensor<4xf32>
  %u = tensor.insert %d into %s[%c0] : tensor<4xf32>
  return %t, %u : tensor<4xf32>, tensor<4xf32>
}
func.func @rank(%t: tensor<4x?xf32>, %u: tensor<*xf32>, %m: memref<2x3xf32>) -> (index, index, index) {
  %r = tensor.rank %t : tensor<4x?xf32>
  %s = tensor.rank %u : tensor<*xf32>
  %q = memref.rank %m : memref<2x3xf32>
  return %r, %s, %q : index, index, index
}
func.func @extract_of_splat_op(%a: f32, %i: index) -> f32 {
  %t = tensor.splat %a : tensor<4xf32>
  %e = tensor.extract %t[%i] : tensor<4xf32>
  return %e : f32
}
func.func @extract_of_cast(%t: tensor<4xf32>, %i: index) -> f32 {
  %c = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %e = tensor.extract %c[%i] : tensor<?xf32>
  return %e : f32
}
func.func @extract_after_insert_c(%a: f32, %t: tensor<4xf32>) -> (f32, f32) {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %r = tensor.insert %a into %t[%c1] : tensor<4xf32>
  %e = tensor.extract %r[%c1] : tensor<4xf32>
  %f = tensor.extract %r[%c2] : tensor<4xf32>
  return %e, %f : f32, f32
}
func.func @extract_of_cast_rr(%t: tensor<?xf32>, %i: index) -> f32 {
  %c = tensor.cast %t : tensor<?xf32> to tensor<4xf32>
  %e = tensor.extract %c[%i] : tensor<4xf32>
  return %e : f32
}
func.func @extract_of_cast_unranked(%t: tensor<*xf32>, %i: index) -> f32 {
  %c = tensor.cast %t : tensor<*xf32> to tensor<4xf32>
  %e = tensor.extract %c[%i] : tensor<4xf32>
  return %e : f32
}
func.func @extract_generate(%n: index, %i: index) -> index {
  %g = tensor.generate %n {
  ^bb0(%x: index):
    %y = arith.addi %x, %x : index
    tensor.yield %y : index
  } : tensor<?xindex>
  %e = tensor.extract %g[%i] : tensor<?xindex>
  "test.use"(%g) : (tensor<?xindex>) -> ()
  return %e : index
}
func.func @extract_from_elements_idx(%a: index, %b: index, %i: index) -> index {
  %c0 = arith.constant 0 : index
  %t = tensor.from_elements %a, %b : tensor<2xindex>
  %e = tensor.extract %t[%c0] : tensor<2xindex>
  return %e : index
}
func.func @extract_index_cast(%t: tensor<2xi32>, %i: index) -> index {
  %c = arith.index_cast %t : tensor<2xi32> to tensor<2xindex>
  %e = tensor.extract %c[%i] : tensor<2xindex>
  return %e : index
}
func.func @from_elements_mixed(%x: i32) -> tensor<2xi32> {
  %c1 = arith.constant 1 : i32
  %p = arith.addi %c1, %c1 : i32
  %t = tensor.from_elements %c1, %x : tensor<2xi32>
  return %t : tensor<2xi32>
}
func.func @splat_idx() -> tensor<4xindex> {
  %c = arith.constant 3 : index
  %t = tensor.splat %c : tensor<4xindex>
  return %t : tensor<4xindex>
}
func.func @from_elements_idx() -> tensor<2xindex> {
  %c = arith.constant 3 : index
  %t = tensor.from_elements %c, %c : tensor<2xindex>
  return %t : tensor<2xindex>
}
func.func @from_elements_0d() -> tensor<f32> {
  %c = arith.constant 3.0 : f32
  %t = tensor.from_elements %c : tensor<f32>
  return %t : tensor<f32>
}
func.func @extract_0d() -> f32 {
  %cst = arith.constant dense<3.0> : tensor<f32>
  %e = tensor.extract %cst[] : tensor<f32>
  return %e : f32
}
