// tensor.extract_slice (rank-reducing, mixed static/dynamic offsets, sizes and strides,
// to 0-d), tensor.insert_slice and tensor.pad (low/high mixed lists, nofold, attrs).

func.func @slices(%t: tensor<8x16x4xf32>, %i: index, %s: tensor<16x4xf32>) {
  %0 = tensor.extract_slice %t[0, 0, 0][1, 16, 4][1, 1, 1] : tensor<8x16x4xf32> to tensor<16x4xf32>
  %1 = tensor.extract_slice %t[%i, 4, %i] [1, %i, 1] [1, %i, 1] : tensor<8x16x4xf32> to tensor<1x?xf32>
  %2 = tensor.extract_slice %t[0, 0, 0] [1, 1, 1] [1, 1, 1] {test.attr} : tensor<8x16x4xf32> to tensor<f32>
  %3 = tensor.insert_slice %s into %t[0, 0, 0] [1, 16, 4] [1, 1, 1] : tensor<16x4xf32> into tensor<8x16x4xf32>
  %4 = tensor.insert_slice %1 into %t[%i, 4, %i] [1, %i, 1] [1, %i, 1] : tensor<1x?xf32> into tensor<8x16x4xf32>
  return
}


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

