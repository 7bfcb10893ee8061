// canonicalize, more tensor ops: dim of tensor.reshape reads the shape operand (index_cast for
// i32), insert_slice looks through casts of its source / dest that drop static sizes (a cast
// back for the dest), concat inputs and result get the static sizes the inputs imply, expand of
// a cast with constant output sizes goes static; folds MLIR does not do stay (dim of pad,
// concat, splat; slices of slices, of empty; bitcast of a constant).
func.func @static_expand_cast(%t: tensor<12xf32>) -> tensor<?x4xf32> {
  %c3 = arith.constant 3 : index
  %c = tensor.cast %t : tensor<12xf32> to tensor<?xf32>
  %a = tensor.expand_shape %c [[0, 1]] output_shape [%c3, 4] : tensor<?xf32> into tensor<?x4xf32>
  return %a : tensor<?x4xf32>
}
func.func @static_expand_cast2(%t: tensor<?x12xf32>, %n: index) -> tensor<?x?x4xf32> {
  %c3 = arith.constant 3 : index
  %c = tensor.cast %t : tensor<?x12xf32> to tensor<?x?xf32>
  %a = tensor.expand_shape %c [[0], [1, 2]] output_shape [%n, %c3, 4] : tensor<?x?xf32> into tensor<?x?x4xf32>
  return %a : tensor<?x?x4xf32>
}
func.func @dim_reshape(%t: tensor<*xf32>, %s: tensor<2xindex>) -> index {
  %c1 = arith.constant 1 : index
  %r = tensor.reshape %t(%s) : (tensor<*xf32>, tensor<2xindex>) -> tensor<?x?xf32>
  %d = tensor.dim %r, %c1 : tensor<?x?xf32>
  return %d : index
}
func.func @dim_reshape_i32(%t: tensor<*xf32>, %s: tensor<2xi32>) -> index {
  %c1 = arith.constant 1 : index
  %r = tensor.reshape %t(%s) : (tensor<*xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  %d = tensor.dim %r, %c1 : tensor<?x?xf32>
  return %d : index
}
func.func @insert_slice_cast(%s: tensor<4x4xf32>, %d: tensor<8x8xf32>, %n: index) -> tensor<8x8xf32> {
  %c = tensor.cast %s : tensor<4x4xf32> to tensor<?x4xf32>
  %r = tensor.insert_slice %c into %d[0, 1] [%n, 4] [1, 1] : tensor<?x4xf32> into tensor<8x8xf32>
  return %r : tensor<8x8xf32>
}
func.func @insert_slice_dest_cast(%s: tensor<4x4xf32>, %d: tensor<8x8xf32>) -> tensor<?x8xf32> {
  %c = tensor.cast %d : tensor<8x8xf32> to tensor<?x8xf32>
  %r = tensor.insert_slice %s into %c[0, 1] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<?x8xf32>
  return %r : tensor<?x8xf32>
}
func.func @concat_infer(%a: tensor<4x?xf32>, %b: tensor<?x5xf32>) -> tensor<?x?xf32> {
  %r = tensor.concat dim(0) %a, %b : (tensor<4x?xf32>, tensor<?x5xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
func.func @concat_infer2(%a: tensor<4x3xf32>, %b: tensor<2x3xf32>) -> tensor<?x?xf32> {
  %r = tensor.concat dim(0) %a, %b : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
func.func @concat_operand(%a: tensor<?x?xf32>, %b: tensor<?x3xf32>) -> tensor<?x3xf32> {
  %r = tensor.concat dim(0) %a, %b : (tensor<?x?xf32>, tensor<?x3xf32>) -> tensor<?x3xf32>
  return %r : tensor<?x3xf32>
}
func.func @splat_dyn(%v: f32) -> tensor<?x4xf32> {
  %c3 = arith.constant 3 : index
  %s = tensor.splat %v[%c3] : tensor<?x4xf32>
  return %s : tensor<?x4xf32>
}
func.func @dim_splat(%v: f32, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %s = tensor.splat %v[%n] : tensor<?x4xf32>
  %d = tensor.dim %s, %c0 : tensor<?x4xf32>
  return %d : index
}
func.func @extract_splat(%v: f32, %n: index, %i: index) -> f32 {
  %s = tensor.splat %v[%n] : tensor<?x4xf32>
  %e = tensor.extract %s[%i, %i] : tensor<?x4xf32>
  return %e : f32
}
func.func @extract_collapse(%t: tensor<2x3xf32>, %i: index) -> f32 {
  %c = tensor.collapse_shape %t [[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
  %c4 = arith.constant 4 : index
  %e = tensor.extract %c[%c4] : tensor<6xf32>
  return %e : f32
}
func.func @dim_pad(%t: tensor<?xf32>, %v: f32) -> index {
  %c0 = arith.constant 0 : index
  %p = tensor.pad %t low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32> to tensor<?xf32>
  %d = tensor.dim %p, %c0 : tensor<?xf32>
  return %d : index
}
func.func @dim_concat(%a: tensor<?xf32>, %b: tensor<?xf32>) -> index {
  %c0 = arith.constant 0 : index
  %r = tensor.concat dim(0) %a, %b : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %d = tensor.dim %r, %c0 : tensor<?xf32>
  return %d : index
}
func.func @slice_of_slice(%t: tensor<16x16xf32>) -> tensor<2x2xf32> {
  %a = tensor.extract_slice %t[2, 2] [8, 8] [1, 1] : tensor<16x16xf32> to tensor<8x8xf32>
  %b = tensor.extract_slice %a[1, 1] [2, 2] [1, 1] : tensor<8x8xf32> to tensor<2x2xf32>
  return %b : tensor<2x2xf32>
}
func.func @slice_of_empty(%n: index) -> tensor<2x2xf32> {
  %e = tensor.empty() : tensor<8x8xf32>
  %b = tensor.extract_slice %e[1, 1] [2, 2] [1, 1] : tensor<8x8xf32> to tensor<2x2xf32>
  return %b : tensor<2x2xf32>
}
func.func @expand_of_empty(%n: index) -> tensor<2x4xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %b = tensor.expand_shape %e [[0, 1]] output_shape [2, 4] : tensor<8xf32> into tensor<2x4xf32>
  return %b : tensor<2x4xf32>
}
func.func @insert_of_extract(%t: tensor<4xf32>, %i: index) -> tensor<4xf32> {
  %e = tensor.extract %t[%i] : tensor<4xf32>
  %r = tensor.insert %e into %t[%i] : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @extract_slice_of_from_elements(%a: f32, %b: f32) -> tensor<1xf32> {
  %t = tensor.from_elements %a, %b : tensor<2xf32>
  %s = tensor.extract_slice %t[1] [1] [1] : tensor<2xf32> to tensor<1xf32>
  return %s : tensor<1xf32>
}
func.func @bitcast_const() -> tensor<2xi32> {
  %c = arith.constant dense<1.0> : tensor<2xf32>
  %b = tensor.bitcast %c : tensor<2xf32> to tensor<2xi32>
  return %b : tensor<2xi32>
}
func.func @cast_const() -> tensor<?xf32> {
  %c = arith.constant dense<1.0> : tensor<2xf32>
  %b = tensor.cast %c : tensor<2xf32> to tensor<?xf32>
  return %b : tensor<?xf32>
}
func.func @generate_extract_dim(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %g = tensor.generate %n {
  ^bb0(%i: index):
    %f = arith.index_cast %i : index to i32
    tensor.yield %f : i32
  } : tensor<?xi32>
  %d = tensor.dim %g, %c0 : tensor<?xi32>
  return %d : index
}

// Encodings: kept by the pad and static-expand rewrites, dropped by a collapse of a cast.
func.func @pad_enc(%t: tensor<4xf32, "e">, %v: f32) -> tensor<?xf32, "e"> {
  %c1 = arith.constant 1 : index
  %p = tensor.pad %t low[%c1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32, "e"> to tensor<?xf32, "e">
  return %p : tensor<?xf32, "e">
}
func.func @collapse_cast_enc(%t: tensor<2x3xf32, "e">) -> tensor<?xf32, "e"> {
  %c = tensor.cast %t : tensor<2x3xf32, "e"> to tensor<?x?xf32, "e">
  %a = tensor.collapse_shape %c [[0, 1]] : tensor<?x?xf32, "e"> into tensor<?xf32, "e">
  return %a : tensor<?xf32, "e">
}
func.func @concat_enc(%a: tensor<4x?xf32, "e">, %b: tensor<?x5xf32, "e">) -> tensor<?x?xf32, "e"> {
  %r = tensor.concat dim(0) %a, %b : (tensor<4x?xf32, "e">, tensor<?x5xf32, "e">) -> tensor<?x?xf32, "e">
  return %r : tensor<?x?xf32, "e">
}
func.func @pad_src_enc(%t: tensor<4xf32, "e">, %v: f32) -> tensor<?xf32, "e"> {
  %c = tensor.cast %t : tensor<4xf32, "e"> to tensor<?xf32, "e">
  %p = tensor.pad %c low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32, "e"> to tensor<?xf32, "e">
  return %p : tensor<?xf32, "e">
}
func.func @pad_src_enc_same(%t: tensor<4xf32, "e">, %v: f32) -> tensor<7xf32, "e"> {
  %c = tensor.cast %t : tensor<4xf32, "e"> to tensor<?xf32, "e">
  %p = tensor.pad %c low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32, "e"> to tensor<7xf32, "e">
  return %p : tensor<7xf32, "e">
}
func.func @expand_static_enc(%t: tensor<12xf32, "e">) -> tensor<?x4xf32, "e"> {
  %c3 = arith.constant 3 : index
  %c = tensor.cast %t : tensor<12xf32, "e"> to tensor<?xf32, "e">
  %a = tensor.expand_shape %c [[0, 1]] output_shape [%c3, 4] : tensor<?xf32, "e"> into tensor<?x4xf32, "e">
  return %a : tensor<?x4xf32, "e">
}
func.func @orth_enc(%t: tensor<64x64xf32, "e">, %o: index) -> tensor<8x8xf32, "e"> {
  %cst = arith.constant 0.0 : f32
  %s0 = tensor.extract_slice %t[%o, 0] [6, 8] [1, 1] : tensor<64x64xf32, "e"> to tensor<6x8xf32, "e">
  %p0 = tensor.pad %s0 low[0, 0] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<6x8xf32, "e"> to tensor<8x8xf32, "e">
  %s1 = tensor.extract_slice %p0[0, 2] [8, 5] [1, 1] : tensor<8x8xf32, "e"> to tensor<8x5xf32, "e">
  %p1 = tensor.pad %s1 low[0, 0] high[0, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<8x5xf32, "e"> to tensor<8x8xf32, "e">
  return %p1 : tensor<8x8xf32, "e">
}
