// vector masked memory ops: maskedload / maskedstore, expandload / compressstore (1-d, 2-d,
// with alignment and a discardable attribute), gather / scatter (memref and tensor base,
// scatter into a tensor with a result).

func.func @masked(%m: memref<?xf32>, %m2: memref<?x?xf32>, %i: index, %mask: vector<8xi1>,
                  %pt: vector<8xf32>, %mask2: vector<2x8xi1>, %pt2: vector<2x8xf32>) -> vector<8xf32> {
  %0 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  %1 = vector.maskedload %m2[%i, %i], %mask2, %pt2 alignment = 16 {tag} : memref<?x?xf32>, vector<2x8xi1>, vector<2x8xf32> into vector<2x8xf32>
  vector.maskedstore %m[%i], %mask, %0 : memref<?xf32>, vector<8xi1>, vector<8xf32>
  vector.maskedstore %m2[%i, %i], %mask2, %1 alignment = 8 : memref<?x?xf32>, vector<2x8xi1>, vector<2x8xf32>
  %2 = vector.expandload %m[%i], %mask, %pt {tag} : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.compressstore %m[%i], %mask, %2 alignment = 4 : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return %2 : vector<8xf32>
}

func.func @gather_scatter(%m: memref<?x?xf32>, %t: tensor<?xf32>, %i: index, %idx: vector<8xi32>,
                          %idx2: vector<2x4xindex>, %mask: vector<8xi1>, %mask2: vector<2x4xi1>,
                          %pt: vector<8xf32>, %pt2: vector<2x4xf32>) -> tensor<?xf32> {
  %0 = vector.gather %m[%i, %i] [%idx], %mask, %pt : memref<?x?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  %1 = vector.gather %t[%i] [%idx2], %mask2, %pt2 : tensor<?xf32>, vector<2x4xindex>, vector<2x4xi1>, vector<2x4xf32> into vector<2x4xf32>
  vector.scatter %m[%i, %i] [%idx], %mask, %0 {tag} : memref<?x?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  %2 = vector.scatter %t[%i] [%idx2], %mask2, %1 : tensor<?xf32>, vector<2x4xindex>, vector<2x4xi1>, vector<2x4xf32> -> tensor<?xf32>
  return %2 : tensor<?xf32>
}
