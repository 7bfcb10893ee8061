// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// vector.scalable.insert / vector.scalable.extract (a fixed 1-D vector into / out of a
// scalable one at a multiple of its length) and vector.type_cast (memref shape moved
// into a vector element type).

// CHECK-LABEL: func.func @scalable
// CHECK-NEXT:    %[[I:.*]] = vector.scalable.insert %arg0, %arg1[4] : vector<4xf32> into vector<[8]xf32>
// CHECK-NEXT:    %[[E:.*]] = vector.scalable.extract %[[I]][0] : vector<4xf32> from vector<[8]xf32>
// CHECK-NEXT:    vector.scalable.insert %arg2, %arg1[0] {tag} : vector<[4]xf32> into vector<[8]xf32>
// CHECK-NEXT:    vector.scalable.extract %arg1[-8] : vector<8xf32> from vector<[8]xf32>
func.func @scalable(%a: vector<4xf32>, %b: vector<[8]xf32>, %c: vector<[4]xf32>) -> vector<4xf32> {
  %0 = vector.scalable.insert %a, %b[4] : vector<4xf32> into vector<[8]xf32>
  %1 = vector.scalable.extract %0[0] : vector<4xf32> from vector<[8]xf32>
  %2 = vector.scalable.insert %c, %b[0] {tag} : vector<[4]xf32> into vector<[8]xf32>
  %3 = vector.scalable.extract %b[-8] : vector<8xf32> from vector<[8]xf32>
  return %1 : vector<4xf32>
}

// CHECK-LABEL: func.func @type_cast
// CHECK-NEXT:    vector.type_cast %arg0 : memref<8x8xf32> to memref<vector<8x8xf32>>
// CHECK-NEXT:    vector.type_cast %arg0 : memref<8x8xf32> to memref<8xvector<8xf32>>
// CHECK-NEXT:    vector.type_cast %arg1 {tag} : memref<2x4xi8, strided<[4, 1]>, 3> to memref<vector<2x4xi8>, 3>
func.func @type_cast(%m: memref<8x8xf32>, %s: memref<2x4xi8, strided<[4, 1]>, 3>) {
  %0 = vector.type_cast %m : memref<8x8xf32> to memref<vector<8x8xf32>>
  %1 = vector.type_cast %m : memref<8x8xf32> to memref<8xvector<8xf32>>
  %2 = vector.type_cast %s {tag} : memref<2x4xi8, strided<[4, 1]>, 3> to memref<vector<2x4xi8>, 3>
  return
}
