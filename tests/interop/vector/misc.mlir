// vector.scalable.insert / vector.scalable.extract (fixed and scalable 1-D pieces,
// negative positions, a discardable attribute) and vector.type_cast (whole shape or
// trailing dims into the vector element, strided identity layouts, memory spaces).

func.func @scalable(%a: vector<4xf32>, %b: vector<[8]xf32>, %c: vector<[4]xf32>) -> vector<4xf32> {
  %0 = vector.scalable.insert %a, %b[4] : vector<4xf32> into vector<[8]xf32>
  %1 = vector.scalable.extract %0[0] : vector<4xf32> from vector<[8]xf32>
  %2 = vector.scalable.insert %c, %b[0] {tag} : vector<[4]xf32> into vector<[8]xf32>
  %3 = vector.scalable.extract %b[-8] : vector<8xf32> from vector<[8]xf32>
  return %1 : vector<4xf32>
}

func.func @type_cast(%m: memref<8x8xf32>, %s: memref<2x4xi8, strided<[4, 1]>, 3>) {
  %0 = vector.type_cast %m : memref<8x8xf32> to memref<vector<8x8xf32>>
  %1 = vector.type_cast %m : memref<8x8xf32> to memref<8xvector<8xf32>>
  %2 = vector.type_cast %s {tag} : memref<2x4xi8, strided<[4, 1]>, 3> to memref<vector<2x4xi8>, 3>
  return
}
