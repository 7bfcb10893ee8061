// canonicalize, memref reshape pairs: expand_shape of collapse_shape and collapse_shape of
// expand_shape compose into one reshape (or a cast) when the reassociations allow it, the
// multi-dynamic inverse pairs fold, collapse_shape reads through a cast that only loses
// static information; strided layouts, straddling groups and ambiguous dynamic groups stay.
func.func @expand_of_collapse_same_rank(%m: memref<2x3x4xf32>) -> memref<6x2x2xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  %b = memref.expand_shape %a [[0], [1, 2]] output_shape [6, 2, 2] : memref<6x4xf32> into memref<6x2x2xf32>
  return %b : memref<6x2x2xf32>
}
func.func @expand_of_collapse_to_expand(%m: memref<2x3x4xf32>) -> memref<2x3x2x2xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2, 3]] output_shape [2, 3, 2, 2] : memref<6x4xf32> into memref<2x3x2x2xf32>
  return %b : memref<2x3x2x2xf32>
}
func.func @expand_of_collapse_to_collapse(%m: memref<2x3x4x5xf32>) -> memref<6x20xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2, 3]] : memref<2x3x4x5xf32> into memref<6x20xf32>
  %b = memref.expand_shape %a [[0], [1]] output_shape [6, 20] : memref<6x20xf32> into memref<6x20xf32>
  return %b : memref<6x20xf32>
}
func.func @expand_of_collapse_partial(%m: memref<2x3x20xf32>) -> memref<6x4x5xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x20xf32> into memref<6x20xf32>
  %b = memref.expand_shape %a [[0], [1, 2]] output_shape [6, 4, 5] : memref<6x20xf32> into memref<6x4x5xf32>
  return %b : memref<6x4x5xf32>
}
func.func @expand_of_collapse_dynamic(%m: memref<?x3x4xf32>, %n: index) -> memref<?x3x2x2xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<?x3x4xf32> into memref<?x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2, 3]] output_shape [%n, 3, 2, 2] : memref<?x4xf32> into memref<?x3x2x2xf32>
  return %b : memref<?x3x2x2xf32>
}
func.func @expand_of_collapse_two_dynamic(%m: memref<?x?x4xf32>, %x: index, %y: index) -> memref<?x?x2x2xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<?x?x4xf32> into memref<?x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2, 3]] output_shape [%x, %y, 2, 2] : memref<?x4xf32> into memref<?x?x2x2xf32>
  return %b : memref<?x?x2x2xf32>
}
func.func @expand_of_collapse_to_rank0(%m: memref<1x1xf32>) -> memref<1x1x1xf32> {
  %a = memref.collapse_shape %m [] : memref<1x1xf32> into memref<f32>
  %b = memref.expand_shape %a [] output_shape [1, 1, 1] : memref<f32> into memref<1x1x1xf32>
  return %b : memref<1x1x1xf32>
}
func.func @collapse_of_expand_to_collapse(%m: memref<6x4xf32>) -> memref<24xf32> {
  %a = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  %b = memref.collapse_shape %a [[0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
  return %b : memref<24xf32>
}
func.func @collapse_of_expand_straddling(%m: memref<6x4xf32>) -> memref<2x12xf32> {
  %a = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  %b = memref.collapse_shape %a [[0], [1, 2]] : memref<2x3x4xf32> into memref<2x12xf32>
  return %b : memref<2x12xf32>
}
func.func @collapse_of_expand_to_expand(%m: memref<6x4xf32>) -> memref<6x2x2xf32> {
  %a = memref.expand_shape %m [[0, 1], [2, 3, 4]] output_shape [2, 3, 2, 2, 1] : memref<6x4xf32> into memref<2x3x2x2x1xf32>
  %b = memref.collapse_shape %a [[0, 1], [2], [3, 4]] : memref<2x3x2x2x1xf32> into memref<6x2x2xf32>
  return %b : memref<6x2x2xf32>
}
func.func @collapse_of_expand_to_expand_dynamic(%m: memref<?x4xf32>, %x: index, %y: index) -> memref<?x2x2xf32> {
  %a = memref.expand_shape %m [[0, 1], [2, 3, 4]] output_shape [%x, 3, 2, 2, 1] : memref<?x4xf32> into memref<?x3x2x2x1xf32>
  %b = memref.collapse_shape %a [[0, 1], [2], [3, 4]] : memref<?x3x2x2x1xf32> into memref<?x2x2xf32>
  return %b : memref<?x2x2xf32>
}
func.func @collapse_of_expand_to_expand_two_dynamic(%m: memref<?x4xf32>, %x: index, %y: index) -> memref<?x2x2xf32> {
  %a = memref.expand_shape %m [[0, 1], [2, 3, 4]] output_shape [%x, %y, 2, 2, 1] : memref<?x4xf32> into memref<?x?x2x2x1xf32>
  %b = memref.collapse_shape %a [[0, 1], [2], [3, 4]] : memref<?x?x2x2x1xf32> into memref<?x2x2xf32>
  return %b : memref<?x2x2xf32>
}
func.func @collapse_of_expand_same_rank(%m: memref<6x4xf32>) -> memref<6x4xf32> {
  %a = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  %b = memref.collapse_shape %a [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  return %b : memref<6x4xf32>
}
func.func @collapse_of_expand_strided(%m: memref<6x4xf32, strided<[4, 1]>>) -> memref<24xf32, strided<[1]>> {
  %a = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32, strided<[4, 1]>> into memref<2x3x4xf32, strided<[12, 4, 1]>>
  %b = memref.collapse_shape %a [[0], [1, 2]] : memref<2x3x4xf32, strided<[12, 4, 1]>> into memref<2x12xf32, strided<[12, 1]>>
  %c = memref.collapse_shape %b [[0, 1]] : memref<2x12xf32, strided<[12, 1]>> into memref<24xf32, strided<[1]>>
  %d = memref.collapse_shape %a [[0, 1, 2]] : memref<2x3x4xf32, strided<[12, 4, 1]>> into memref<24xf32, strided<[1]>>
  "test.use"(%d) : (memref<24xf32, strided<[1]>>) -> ()
  return %c : memref<24xf32, strided<[1]>>
}
func.func @expand_of_collapse_strided(%m: memref<2x3x4xf32, strided<[12, 4, 1], offset: 5>>) -> memref<2x3x4xf32, strided<[12, 4, 1], offset: 5>> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32, strided<[12, 4, 1], offset: 5>> into memref<6x4xf32, strided<[4, 1], offset: 5>>
  %b = memref.expand_shape %a [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32, strided<[4, 1], offset: 5>> into memref<2x3x4xf32, strided<[12, 4, 1], offset: 5>>
  return %b : memref<2x3x4xf32, strided<[12, 4, 1], offset: 5>>
}
func.func @multi_dynamic_expand_collapse(%m: memref<?x4xf32>, %x: index, %y: index) -> memref<?x4xf32> {
  %a = memref.expand_shape %m [[0, 1], [2]] output_shape [%x, %y, 4] : memref<?x4xf32> into memref<?x?x4xf32>
  %b = memref.collapse_shape %a [[0, 1], [2]] : memref<?x?x4xf32> into memref<?x4xf32>
  return %b : memref<?x4xf32>
}
func.func @multi_dynamic_collapse_expand(%m: memref<?x?x4xf32>, %x: index, %y: index) -> memref<?x?x4xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<?x?x4xf32> into memref<?x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2]] output_shape [%x, %y, 4] : memref<?x4xf32> into memref<?x?x4xf32>
  return %b : memref<?x?x4xf32>
}
func.func @multi_dynamic_separate_groups(%m: memref<?x?xf32>, %x: index, %y: index) -> memref<?x?xf32> {
  %a = memref.expand_shape %m [[0, 1], [2, 3]] output_shape [%x, 2, %y, 3] : memref<?x?xf32> into memref<?x2x?x3xf32>
  %b = memref.collapse_shape %a [[0, 1], [2, 3]] : memref<?x2x?x3xf32> into memref<?x?xf32>
  %c = memref.collapse_shape %m [[0, 1]] : memref<?x?xf32> into memref<?xf32>
  %d = memref.expand_shape %c [[0, 1]] output_shape [%x, %y] : memref<?xf32> into memref<?x?xf32>
  "test.use"(%d) : (memref<?x?xf32>) -> ()
  return %b : memref<?x?xf32>
}
func.func @collapse_of_cast(%m: memref<2x3x4xf32>) -> memref<?x4xf32> {
  %c = memref.cast %m : memref<2x3x4xf32> to memref<?x3x4xf32>
  %b = memref.collapse_shape %c [[0, 1], [2]] : memref<?x3x4xf32> into memref<?x4xf32>
  return %b : memref<?x4xf32>
}
func.func @collapse_of_cast_same_type(%m: memref<2x?x4xf32>) -> memref<?x4xf32> {
  %c = memref.cast %m : memref<2x?x4xf32> to memref<?x?x4xf32>
  %b = memref.collapse_shape %c [[0, 1], [2]] : memref<?x?x4xf32> into memref<?x4xf32>
  return %b : memref<?x4xf32>
}
func.func @collapse_of_cast_more_static(%m: memref<?x3x4xf32>) -> memref<6x4xf32> {
  %c = memref.cast %m : memref<?x3x4xf32> to memref<2x3x4xf32>
  %b = memref.collapse_shape %c [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  return %b : memref<6x4xf32>
}
func.func @collapse_of_cast_layout(%m: memref<2x3x4xf32>) -> memref<6x4xf32, strided<[4, 1], offset: ?>> {
  %c = memref.cast %m : memref<2x3x4xf32> to memref<2x3x4xf32, strided<[?, 4, 1], offset: ?>>
  %b = memref.collapse_shape %c [[0, 1], [2]] : memref<2x3x4xf32, strided<[?, 4, 1], offset: ?>> into memref<6x4xf32, strided<[4, 1], offset: ?>>
  return %b : memref<6x4xf32, strided<[4, 1], offset: ?>>
}
func.func @collapse_of_cast_from_unranked(%m: memref<*xf32>) -> memref<?xf32> {
  %c = memref.cast %m : memref<*xf32> to memref<?x4xf32>
  %b = memref.collapse_shape %c [[0, 1]] : memref<?x4xf32> into memref<?xf32>
  return %b : memref<?xf32>
}
func.func @expand_of_collapse_strided_not_static_cast(%m: memref<2x3x4xf32, strided<[24, 4, 1]>>) -> memref<2x3x2x2xf32, strided<[24, 4, 2, 1]>> {
  %a = memref.collapse_shape %m [[0], [1, 2]] : memref<2x3x4xf32, strided<[24, 4, 1]>> into memref<2x12xf32, strided<[24, 1]>>
  %b = memref.expand_shape %a [[0], [1, 2, 3]] output_shape [2, 3, 2, 2] : memref<2x12xf32, strided<[24, 1]>> into memref<2x3x2x2xf32, strided<[24, 4, 2, 1]>>
  return %b : memref<2x3x2x2xf32, strided<[24, 4, 2, 1]>>
}
