// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// CHECK-LABEL: func.func @construction(%arg0: index, %arg1: f32, %arg2: i32)
// CHECK-NEXT:    %0 = tensor.empty(%arg0) : tensor<?x4xf32>
// CHECK-NEXT:    %1 = tensor.empty() : tensor<2x3xf32, "enc">
// CHECK-NEXT:    %from_elements = tensor.from_elements %arg1, %arg1 : tensor<2xf32>
// CHECK-NEXT:    %from_elements_0 = tensor.from_elements %arg2 : tensor<i32>
// CHECK-NEXT:    %from_elements_1 = tensor.from_elements  : tensor<0xf32>
// CHECK-NEXT:    %splat = tensor.splat %arg1 : tensor<4x4xf32>
// CHECK-NEXT:    %splat_2 = tensor.splat %arg1[%arg0, %arg0] {test.attr} : tensor<?x8x?xf32>
// CHECK-NEXT:    %generated = tensor.generate %arg0 {
// CHECK-NEXT:    ^bb0(%arg3: index, %arg4: index):
// CHECK-NEXT:      %2 = arith.index_cast %arg3 : index to i32
// CHECK-NEXT:      tensor.yield %2 : i32
// CHECK-NEXT:    } : tensor<?x3xi32>
// CHECK-NEXT:    %generated_3 = tensor.generate  {
// CHECK-NEXT:    ^bb0(%arg3: index):
// CHECK-NEXT:      tensor.yield %arg1 : f32
// CHECK-NEXT:    } {test.attr = 1 : i64} : tensor<8xf32>
// CHECK-NEXT:    return
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

// CHECK-LABEL: func.func @elements(%arg0: tensor<4x?xf32>, %arg1: index, %arg2: f32, %arg3: tensor<*xi8>, %arg4: tensor<f32>)
// CHECK-NEXT:    %extracted = tensor.extract %arg0[%arg1, %arg1] : tensor<4x?xf32>
// CHECK-NEXT:    %extracted_0 = tensor.extract %arg4[] {test.attr} : tensor<f32>
// CHECK-NEXT:    %inserted = tensor.insert %arg2 into %arg0[%arg1, %arg1] : tensor<4x?xf32>
// CHECK-NEXT:    %inserted_1 = tensor.insert %arg2 into %arg4[] : tensor<f32>
// CHECK-NEXT:    %dim = tensor.dim %arg0, %arg1 : tensor<4x?xf32>
// CHECK-NEXT:    %dim_2 = tensor.dim {test.attr} %arg3, %arg1 : tensor<*xi8>
// CHECK-NEXT:    %rank = tensor.rank %arg3 : tensor<*xi8>
// CHECK-NEXT:    %rank_3 = tensor.rank %arg4 {test.attr} : tensor<f32>
func.func @elements(%t: tensor<4x?xf32>, %i: index, %f: f32, %u: tensor<*xi8>, %s: tensor<f32>) {
  %0 = tensor.extract %t[%i, %i] : tensor<4x?xf32>
  %1 = tensor.extract %s[] {test.attr} : tensor<f32>
  %2 = tensor.insert %f into %t[%i, %i] : tensor<4x?xf32>
  %3 = tensor.insert %f into %s[] : tensor<f32>
  %4 = tensor.dim %t, %i : tensor<4x?xf32>
  %5 = tensor.dim {test.attr} %u, %i : tensor<*xi8>
  %6 = tensor.rank %u : tensor<*xi8>
  %7 = tensor.rank %s {test.attr} : tensor<f32>
  return
}

// CHECK-LABEL: func.func @casts(%arg0: tensor<4x?xf32>, %arg1: tensor<*xf32>, %arg2: tensor<4xui32>, %arg3: tensor<2xi64>, %arg4: tensor<?xindex>)
// CHECK-NEXT:    %cast = tensor.cast %arg0 : tensor<4x?xf32> to tensor<?x?xf32>
// CHECK-NEXT:    %cast_0 = tensor.cast %arg0 : tensor<4x?xf32> to tensor<*xf32>
// CHECK-NEXT:    %cast_1 = tensor.cast %arg1 {test.attr} : tensor<*xf32> to tensor<4x5xf32>
// CHECK-NEXT:    %0 = tensor.bitcast %arg2 : tensor<4xui32> to tensor<4xi32>
// CHECK-NEXT:    %1 = tensor.bitcast %arg2 : tensor<4xui32> to tensor<?xf32>
// CHECK-NEXT:    %reshape = tensor.reshape %arg0(%arg3) : (tensor<4x?xf32>, tensor<2xi64>) -> tensor<2x?xf32>
// CHECK-NEXT:    %reshape_2 = tensor.reshape %arg1(%arg4) {test.attr} : (tensor<*xf32>, tensor<?xindex>) -> tensor<*xf32>
func.func @casts(%t: tensor<4x?xf32>, %u: tensor<*xf32>, %b: tensor<4xui32>, %s: tensor<2xi64>, %d: tensor<?xindex>) {
  %0 = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %1 = tensor.cast %t : tensor<4x?xf32> to tensor<*xf32>
  %2 = tensor.cast %u {test.attr} : tensor<*xf32> to tensor<4x5xf32>
  %3 = tensor.bitcast %b : tensor<4xui32> to tensor<4xi32>
  %4 = tensor.bitcast %b : tensor<4xui32> to tensor<?xf32>
  %5 = tensor.reshape %t(%s) : (tensor<4x?xf32>, tensor<2xi64>) -> tensor<2x?xf32>
  %6 = tensor.reshape %u(%d) {test.attr} : (tensor<*xf32>, tensor<?xindex>) -> tensor<*xf32>
  return
}

// CHECK-LABEL: func.func @concat(%arg0: tensor<3x?xf32>, %arg1: tensor<3x2xf32>)
// CHECK-NEXT:    %concat = tensor.concat dim(1) %arg0, %arg1, %arg0 : (tensor<3x?xf32>, tensor<3x2xf32>, tensor<3x?xf32>) -> tensor<3x10xf32>
// CHECK-NEXT:    %concat_0 = tensor.concat dim(0) %arg1 {test.attr} : (tensor<3x2xf32>) -> tensor<?x2xf32>
func.func @concat(%a: tensor<3x?xf32>, %b: tensor<3x2xf32>) {
  %0 = tensor.concat dim(1) %a, %b, %a : (tensor<3x?xf32>, tensor<3x2xf32>, tensor<3x?xf32>) -> tensor<3x10xf32>
  %1 = tensor.concat dim(0) %b {test.attr} : (tensor<3x2xf32>) -> tensor<?x2xf32>
  return
}

// CHECK-LABEL: func.func @slices(%arg0: tensor<8x16x4xf32>, %arg1: index, %arg2: tensor<16x4xf32>)
// CHECK-NEXT:    %extracted_slice = tensor.extract_slice %arg0[0, 0, 0] [1, 16, 4] [1, 1, 1] : tensor<8x16x4xf32> to tensor<16x4xf32>
// CHECK-NEXT:    %extracted_slice_0 = tensor.extract_slice %arg0[%arg1, 4, %arg1] [1, %arg1, 1] [1, %arg1, 1] : tensor<8x16x4xf32> to tensor<1x?xf32>
// CHECK-NEXT:    %extracted_slice_1 = tensor.extract_slice %arg0[0, 0, 0] [1, 1, 1] [1, 1, 1] {test.attr} : tensor<8x16x4xf32> to tensor<f32>
// CHECK-NEXT:    %inserted_slice = tensor.insert_slice %arg2 into %arg0[0, 0, 0] [1, 16, 4] [1, 1, 1] : tensor<16x4xf32> into tensor<8x16x4xf32>
// CHECK-NEXT:    %inserted_slice_2 = tensor.insert_slice %extracted_slice_0 into %arg0[%arg1, 4, %arg1] [1, %arg1, 1] [1, %arg1, 1] : tensor<1x?xf32> into tensor<8x16x4xf32>
func.func @slices(%t: tensor<8x16x4xf32>, %i: index, %s: tensor<16x4xf32>) {
  %0 = tensor.extract_slice %t[0, 0, 0][1, 16, 4][1, 1, 1] : tensor<8x16x4xf32> to tensor<16x4xf32>
  %1 = tensor.extract_slice %t[%i, 4, %i] [1, %i, 1] [1, %i, 1] : tensor<8x16x4xf32> to tensor<1x?xf32>
  %2 = tensor.extract_slice %t[0, 0, 0] [1, 1, 1] [1, 1, 1] {test.attr} : tensor<8x16x4xf32> to tensor<f32>
  %3 = tensor.insert_slice %s into %t[0, 0, 0] [1, 16, 4] [1, 1, 1] : tensor<16x4xf32> into tensor<8x16x4xf32>
  %4 = tensor.insert_slice %1 into %t[%i, 4, %i] [1, %i, 1] [1, %i, 1] : tensor<1x?xf32> into tensor<8x16x4xf32>
  return
}

// CHECK-LABEL: func.func @pad(%arg0: tensor<?x4xf32>, %arg1: index, %arg2: f32)
// CHECK-NEXT:    %padded = tensor.pad %arg0 low[1, %arg1] high[%arg1, 3] {
// CHECK-NEXT:    ^bb0(%arg3: index, %arg4: index):
// CHECK-NEXT:      tensor.yield %arg2 : f32
// CHECK-NEXT:    } : tensor<?x4xf32> to tensor<?x?xf32>
// CHECK-NEXT:    %padded_0 = tensor.pad %arg0 nofold low[0, 0] high[0, 0] {
// CHECK-NEXT:    ^bb0(%arg3: index, %arg4: index):
// CHECK-NEXT:      tensor.yield %arg2 : f32
// CHECK-NEXT:    } {test.attr} : tensor<?x4xf32> to tensor<?x4xf32>
func.func @pad(%t: tensor<?x4xf32>, %i: index, %f: f32) {
  %0 = tensor.pad %t low[1, %i] high[%i, 3] {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<?x4xf32> to tensor<?x?xf32>
  %1 = tensor.pad %t nofold low[0, 0] high[0, 0] {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } {test.attr} : tensor<?x4xf32> to tensor<?x4xf32>
  return
}

// CHECK-LABEL: func.func @reshapes(%arg0: tensor<2x3x?xf32>, %arg1: index, %arg2: tensor<f32>)
// CHECK-NEXT:    %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<2x3x?xf32> into tensor<6x?xf32>
// CHECK-NEXT:    %expanded = tensor.expand_shape %collapsed [[0, 1], [2, 3]] output_shape [2, 3, %arg1, 4] {test.attr} : tensor<6x?xf32> into tensor<2x3x?x4xf32>
// CHECK-NEXT:    %expanded_0 = tensor.expand_shape %arg2 [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
// CHECK-NEXT:    %collapsed_1 = tensor.collapse_shape %expanded_0 [] : tensor<1x1xf32> into tensor<f32>
func.func @reshapes(%t: tensor<2x3x?xf32>, %i: index, %s: tensor<f32>) {
  %0 = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x?xf32> into tensor<6x?xf32>
  %1 = tensor.expand_shape %0 [[0, 1], [2, 3]] output_shape [2, 3, %i, 4] {test.attr} : tensor<6x?xf32> into tensor<2x3x?x4xf32>
  %2 = tensor.expand_shape %s [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
  %3 = tensor.collapse_shape %2 [] : tensor<1x1xf32> into tensor<f32>
  return
}
