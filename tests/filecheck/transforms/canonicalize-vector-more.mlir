// RUN: pyir-opt %s --canonicalize | FileCheck %s

// shape_cast: to its own type is the source; of a shape_cast, one shape_cast (or the
// first source); of a constant, the reshaped constant.
// CHECK-LABEL: func.func @shape_casts
// CHECK-DAG:     %[[C:.*]] = arith.constant dense<{{\[}}[1, 2], [3, 4], [5, 6]]> : vector<3x2xi32>
// CHECK-DAG:     %[[S:.*]] = vector.shape_cast %arg0 : vector<2x3xf32> to vector<3x2xf32>
// CHECK:         return %arg0, %[[S]], %[[C]]
func.func @shape_casts(%a: vector<2x3xf32>) -> (vector<2x3xf32>, vector<3x2xf32>, vector<3x2xi32>) {
  %0 = vector.shape_cast %a : vector<2x3xf32> to vector<6xf32>
  %1 = vector.shape_cast %0 : vector<6xf32> to vector<2x3xf32>
  %2 = vector.shape_cast %0 : vector<6xf32> to vector<3x2xf32>
  %c = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : vector<2x3xi32>
  %3 = vector.shape_cast %c : vector<2x3xi32> to vector<3x2xi32>
  return %1, %2, %3 : vector<2x3xf32>, vector<3x2xf32>, vector<3x2xi32>
}

// A broadcast that only adds unit dims is a shape_cast; shape_cast of a broadcast is a
// broadcast when the source broadcasts to the result; a broadcast of 3 to 6 elements
// followed by a shape_cast must stay.
// CHECK-LABEL: func.func @broadcast_shape_cast
// CHECK-DAG:     %[[U:.*]] = vector.shape_cast %arg0 : vector<3xf32> to vector<1x3xf32>
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg1 : f32 to vector<6xf32>
// CHECK-DAG:     %[[K:.*]] = vector.broadcast %arg0 : vector<3xf32> to vector<2x3xf32>
// CHECK-DAG:     %[[K2:.*]] = vector.shape_cast %[[K]] : vector<2x3xf32> to vector<6xf32>
// CHECK:         return %[[U]], %[[B]], %[[K2]]
func.func @broadcast_shape_cast(%v: vector<3xf32>, %s: f32) -> (vector<1x3xf32>, vector<6xf32>, vector<6xf32>) {
  %0 = vector.broadcast %v : vector<3xf32> to vector<1x3xf32>
  %1 = vector.broadcast %s : f32 to vector<2x3xf32>
  %2 = vector.shape_cast %1 : vector<2x3xf32> to vector<6xf32>
  %3 = vector.broadcast %v : vector<3xf32> to vector<2x3xf32>
  %4 = vector.shape_cast %3 : vector<2x3xf32> to vector<6xf32>
  return %0, %2, %4 : vector<1x3xf32>, vector<6xf32>, vector<6xf32>
}

// transpose: of a transpose, one transpose; of a splat, the splat; of a scalar
// broadcast, the broadcast. A dense non-splat constant and a unit-dim transpose stay.
// CHECK-LABEL: func.func @transposes
// CHECK-DAG:     %[[T:.*]] = vector.transpose %arg0, [1, 2, 0] : vector<2x3x4xf32> to vector<3x4x2xf32>
// CHECK-DAG:     %[[SPLAT:.*]] = arith.constant dense<7> : vector<3x2xi32>
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg1 : f32 to vector<3x2xf32>
// CHECK-DAG:     %[[UNIT:.*]] = vector.transpose %arg2, [1, 0] : vector<1x3xf32> to vector<3x1xf32>
// CHECK:         return %[[T]], %[[SPLAT]], %[[B]], %[[UNIT]]
func.func @transposes(%a: vector<2x3x4xf32>, %s: f32, %u: vector<1x3xf32>) -> (vector<3x4x2xf32>, vector<3x2xi32>, vector<3x2xf32>, vector<3x1xf32>) {
  %0 = vector.transpose %a, [2, 0, 1] : vector<2x3x4xf32> to vector<4x2x3xf32>
  %1 = vector.transpose %0, [2, 0, 1] : vector<4x2x3xf32> to vector<3x4x2xf32>
  %c = arith.constant dense<7> : vector<2x3xi32>
  %2 = vector.transpose %c, [1, 0] : vector<2x3xi32> to vector<3x2xi32>
  %b = vector.broadcast %s : f32 to vector<2x3xf32>
  %3 = vector.transpose %b, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  %4 = vector.transpose %u, [1, 0] : vector<1x3xf32> to vector<3x1xf32>
  return %1, %2, %3, %4 : vector<3x4x2xf32>, vector<3x2xi32>, vector<3x2xf32>, vector<3x1xf32>
}

// from_elements: of constants, a constant; of one value, a broadcast; of all the
// elements of a vector in order, that vector (shape_cast to the result shape); of a row,
// an extract of the row. Out-of-order extracts stay.
// CHECK-LABEL: func.func @from_elements
// CHECK-DAG:     %[[C:.*]] = arith.constant dense<[1, 2]> : vector<2xi32>
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg0 : f32 to vector<3xf32>
// CHECK-DAG:     %[[S:.*]] = vector.shape_cast %arg1 : vector<2x2xf32> to vector<4xf32>
// CHECK-DAG:     %[[ROW:.*]] = vector.extract %arg1[1] : vector<2xf32> from vector<2x2xf32>
// CHECK-DAG:     %[[OOO:.*]] = vector.from_elements %{{.*}}, %{{.*}} : vector<2xf32>
// CHECK:         return %[[C]], %[[B]], %[[S]], %[[ROW]], %[[OOO]]
func.func @from_elements(%s: f32, %v: vector<2x2xf32>) -> (vector<2xi32>, vector<3xf32>, vector<4xf32>, vector<2xf32>, vector<2xf32>) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = vector.from_elements %c1, %c2 : vector<2xi32>
  %1 = vector.from_elements %s, %s, %s : vector<3xf32>
  %a = vector.extract %v[0, 0] : f32 from vector<2x2xf32>
  %b = vector.extract %v[0, 1] : f32 from vector<2x2xf32>
  %c = vector.extract %v[1, 0] : f32 from vector<2x2xf32>
  %d = vector.extract %v[1, 1] : f32 from vector<2x2xf32>
  %2 = vector.from_elements %a, %b, %c, %d : vector<4xf32>
  %3 = vector.from_elements %c, %d : vector<2xf32>
  %4 = vector.from_elements %b, %a : vector<2xf32>
  return %0, %1, %2, %3, %4 : vector<2xi32>, vector<3xf32>, vector<4xf32>, vector<2xf32>, vector<2xf32>
}

// extract: of a from_elements, the element; of a transpose or shape_cast, an extract of
// its source at the mapped position; dropping only unit dims, a shape_cast. A dynamic
// position into from_elements stays.
// CHECK-LABEL: func.func @extracts
// CHECK-DAG:     %[[T:.*]] = vector.extract %arg2[1, 2] : f32 from vector<2x3xf32>
// CHECK-DAG:     %[[S:.*]] = vector.extract %arg3[4] : f32 from vector<6xf32>
// CHECK-DAG:     %[[U:.*]] = vector.shape_cast %arg4 : vector<1x4xf32> to vector<4xf32>
// CHECK-DAG:     %[[D:.*]] = vector.extract %{{.*}}[%arg5] : f32 from vector<2xf32>
// CHECK:         return %arg1, %[[T]], %[[S]], %[[U]], %[[D]]
func.func @extracts(%a: f32, %b: f32, %m: vector<2x3xf32>, %l: vector<6xf32>, %u: vector<1x4xf32>, %i: index) -> (f32, f32, f32, vector<4xf32>, f32) {
  %fe = vector.from_elements %a, %b : vector<2xf32>
  %0 = vector.extract %fe[1] : f32 from vector<2xf32>
  %t = vector.transpose %m, [1, 0] : vector<2x3xf32> to vector<3x2xf32>
  %1 = vector.extract %t[2, 1] : f32 from vector<3x2xf32>
  %sc = vector.shape_cast %l : vector<6xf32> to vector<2x3xf32>
  %2 = vector.extract %sc[1, 1] : f32 from vector<2x3xf32>
  %3 = vector.extract %u[0] : vector<4xf32> from vector<1x4xf32>
  %4 = vector.extract %fe[%i] : f32 from vector<2xf32>
  return %0, %1, %2, %3, %4 : f32, f32, f32, vector<4xf32>, f32
}

// insert: scalar inserts that write every element are a from_elements (later inserts
// win); a partial chain stays.
// CHECK-LABEL: func.func @insert_chains
// CHECK-DAG:     %[[F:.*]] = vector.from_elements %arg1, %arg0 : vector<2xf32>
// CHECK-DAG:     %[[P0:.*]] = vector.insert %arg0, %arg3 [0] : f32 into vector<3xf32>
// CHECK-DAG:     %[[P1:.*]] = vector.insert %arg1, %[[P0]] [1] : f32 into vector<3xf32>
// CHECK:         return %[[F]], %[[P1]]
func.func @insert_chains(%a: f32, %b: f32, %d: vector<2xf32>, %e: vector<3xf32>) -> (vector<2xf32>, vector<3xf32>) {
  %0 = vector.insert %a, %d [0] : f32 into vector<2xf32>
  %1 = vector.insert %b, %0 [0] : f32 into vector<2xf32>
  %2 = vector.insert %a, %1 [1] : f32 into vector<2xf32>
  %3 = vector.insert %a, %e [0] : f32 into vector<3xf32>
  %4 = vector.insert %b, %3 [1] : f32 into vector<3xf32>
  return %2, %4 : vector<2xf32>, vector<3xf32>
}

// extract_strided_slice: of a constant, the constant slice; of a slice, one slice; of
// an insert_strided_slice containing it, a slice of the inserted value; of a scalar
// broadcast, a broadcast; a single row, extract + shape_cast.
// CHECK-LABEL: func.func @extract_slices
// CHECK-DAG:     %[[C:.*]] = arith.constant dense<{{\[}}[5, 6], [8, 9]]> : vector<2x2xi32>
// CHECK-DAG:     %[[SS:.*]] = vector.extract_strided_slice %arg0 offsets = [2, 3], sizes = [2, 2], strides = [1, 1] : vector<8x8xf32> to vector<2x2xf32>
// CHECK-DAG:     %[[IN:.*]] = vector.extract_strided_slice %arg1 offsets = [1, 1], sizes = [1, 2], strides = [1, 1] : vector<2x4xf32> to vector<1x2xf32>
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg3 : f32 to vector<2x2xf32>
// CHECK-DAG:     %[[ROW:.*]] = vector.extract %arg2[2] : vector<8xf32> from vector<4x8xf32>
// CHECK-DAG:     %[[RS:.*]] = vector.shape_cast %[[ROW]] : vector<8xf32> to vector<1x8xf32>
// CHECK:         return %[[C]], %[[SS]], %[[IN]], %[[B]], %[[RS]]
func.func @extract_slices(%a: vector<8x8xf32>, %v: vector<2x4xf32>, %d: vector<4x8xf32>, %s: f32) -> (vector<2x2xi32>, vector<2x2xf32>, vector<1x2xf32>, vector<2x2xf32>, vector<1x8xf32>) {
  %c = arith.constant dense<[[1, 2, 3], [4, 5, 6], [7, 8, 9]]> : vector<3x3xi32>
  %0 = vector.extract_strided_slice %c offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<3x3xi32> to vector<2x2xi32>
  %1 = vector.extract_strided_slice %a offsets = [1, 2], sizes = [4, 4], strides = [1, 1] : vector<8x8xf32> to vector<4x4xf32>
  %2 = vector.extract_strided_slice %1 offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<4x4xf32> to vector<2x2xf32>
  %ins = vector.insert_strided_slice %v, %d offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %3 = vector.extract_strided_slice %ins offsets = [2, 3], sizes = [1, 2], strides = [1, 1] : vector<4x8xf32> to vector<1x2xf32>
  %b = vector.broadcast %s : f32 to vector<3x3xf32>
  %4 = vector.extract_strided_slice %b offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<3x3xf32> to vector<2x2xf32>
  %5 = vector.extract_strided_slice %d offsets = [2], sizes = [1], strides = [1] : vector<4x8xf32> to vector<1x8xf32>
  return %0, %2, %3, %4, %5 : vector<2x2xi32>, vector<2x2xf32>, vector<1x2xf32>, vector<2x2xf32>, vector<1x8xf32>
}

// A slice disjoint from the inserted one is not looked through, and a slice of unit
// sizes in every dim stays.
// CHECK-LABEL: func.func @extract_slices_kept
// CHECK:         vector.insert_strided_slice
// CHECK:         vector.extract_strided_slice %{{.*}} offsets = [0, 0], sizes = [1, 2]
// CHECK:         vector.extract_strided_slice %arg1 offsets = [2, 3], sizes = [1, 1]
func.func @extract_slices_kept(%v: vector<2x4xf32>, %d: vector<4x8xf32>) -> (vector<1x2xf32>, vector<1x1xf32>) {
  %ins = vector.insert_strided_slice %v, %d offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %0 = vector.extract_strided_slice %ins offsets = [0, 0], sizes = [1, 2], strides = [1, 1] : vector<4x8xf32> to vector<1x2xf32>
  %1 = vector.extract_strided_slice %d offsets = [2, 3], sizes = [1, 1], strides = [1, 1] : vector<4x8xf32> to vector<1x1xf32>
  return %0, %1 : vector<1x2xf32>, vector<1x1xf32>
}

// insert_strided_slice: of the dest type, the value; of a slice of the dest at the same
// offsets, the dest; of a constant into a constant, the constant; of a splat into the
// same splat, the dest.
// CHECK-LABEL: func.func @insert_slices
// CHECK-DAG:     %[[C:.*]] = arith.constant dense<{{\[}}[1, 2, 3], [4, 9, 8]]> : vector<2x3xi32>
// CHECK-DAG:     %[[B:.*]] = vector.broadcast %arg2 : f32 to vector<4x8xf32>
// CHECK:         return %arg0, %arg1, %[[C]], %[[B]]
func.func @insert_slices(%a: vector<4x8xf32>, %d: vector<4x8xf32>, %s: f32) -> (vector<4x8xf32>, vector<4x8xf32>, vector<2x3xi32>, vector<4x8xf32>) {
  %0 = vector.insert_strided_slice %a, %d offsets = [0, 0], strides = [1, 1] : vector<4x8xf32> into vector<4x8xf32>
  %e = vector.extract_strided_slice %d offsets = [1, 2], sizes = [2, 4], strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>
  %1 = vector.insert_strided_slice %e, %d offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  %ca = arith.constant dense<[9, 8]> : vector<2xi32>
  %cd = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : vector<2x3xi32>
  %2 = vector.insert_strided_slice %ca, %cd offsets = [1, 1], strides = [1] : vector<2xi32> into vector<2x3xi32>
  %sa = vector.broadcast %s : f32 to vector<2x4xf32>
  %sd = vector.broadcast %s : f32 to vector<4x8xf32>
  %3 = vector.insert_strided_slice %sa, %sd offsets = [1, 2], strides = [1, 1] : vector<2x4xf32> into vector<4x8xf32>
  return %0, %1, %2, %3 : vector<4x8xf32>, vector<4x8xf32>, vector<2x3xi32>, vector<4x8xf32>
}
