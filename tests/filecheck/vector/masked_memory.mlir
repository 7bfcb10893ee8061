// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// Round trip of maskedload / maskedstore, expandload / compressstore and gather / scatter.

// CHECK-LABEL: func.func @masked
// CHECK-NEXT:    %0 = vector.maskedload %arg0[%arg2], %arg3, %arg4 : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    %1 = vector.maskedload %arg1[%arg2, %arg2], %arg5, %arg6 alignment = 16 {tag} : memref<?x?xf32>, vector<2x8xi1>, vector<2x8xf32> into vector<2x8xf32>
// CHECK-NEXT:    vector.maskedstore %arg0[%arg2], %arg3, %0 : memref<?xf32>, vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    vector.maskedstore %arg1[%arg2, %arg2], %arg5, %1 alignment = 8 : memref<?x?xf32>, vector<2x8xi1>, vector<2x8xf32>
// CHECK-NEXT:    %2 = vector.expandload %arg0[%arg2], %arg3, %arg4 {tag} : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    vector.compressstore %arg0[%arg2], %arg3, %2 alignment = 4 : memref<?xf32>, vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    return %2 : vector<8xf32>
// CHECK-LABEL: func.func @gather_scatter
// CHECK-NEXT:    %0 = vector.gather %arg0[%arg2, %arg2] [%arg3], %arg5, %arg7 : memref<?x?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
// CHECK-NEXT:    %1 = vector.gather %arg1[%arg2] [%arg4], %arg6, %arg8 : tensor<?xf32>, vector<2x4xindex>, vector<2x4xi1>, vector<2x4xf32> into vector<2x4xf32>
// CHECK-NEXT:    vector.scatter %arg0[%arg2, %arg2] [%arg3], %arg5, %0 {tag} : memref<?x?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    %2 = vector.scatter %arg1[%arg2] [%arg4], %arg6, %1 : tensor<?xf32>, vector<2x4xindex>, vector<2x4xi1>, vector<2x4xf32> -> tensor<?xf32>
// CHECK-NEXT:    return %2 : tensor<?xf32>


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
