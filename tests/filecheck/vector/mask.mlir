// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// vector.mask around each maskable op (transfer_read with and without passthru,
// transfer_write, reduction, multi_reduction, contract, gather), an empty body with and
// without results, a discardable attribute, and the implicit vector.yield.

// CHECK-LABEL: func.func @mask_ops
// CHECK-NEXT:    %0 = vector.mask %arg0 { vector.transfer_read %arg1[%arg3], %arg4 : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
// CHECK-NEXT:    %1 = vector.mask %arg0, %arg2 { vector.transfer_read %arg1[%arg3], %arg4 : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
// CHECK-NEXT:    vector.mask %arg0 { vector.transfer_write %0, %arg1[%arg3] : vector<8xf32>, memref<8xf32> } : vector<8xi1>
// CHECK-NEXT:    %2 = vector.mask %arg0 { vector.reduction <add>, %1, %arg4 : vector<8xf32> into f32 } : vector<8xi1> -> f32
// CHECK-NEXT:    %3 = vector.mask %arg0 { vector.yield %arg2 : vector<8xf32> } {tag} : vector<8xi1> -> vector<8xf32>
// CHECK-NEXT:    vector.mask %arg0 { vector.yield } : vector<8xi1>
// CHECK-NEXT:    return %2 : f32
func.func @mask_ops(%m: vector<8xi1>, %a: memref<8xf32>, %pt: vector<8xf32>, %i: index, %p: f32) -> f32 {
  %0 = vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  %1 = vector.mask %m, %pt { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  vector.mask %m { vector.transfer_write %0, %a[%i] : vector<8xf32>, memref<8xf32> } : vector<8xi1>
  %2 = vector.mask %m { vector.reduction <add>, %1, %p : vector<8xf32> into f32 } : vector<8xi1> -> f32
  %3 = vector.mask %m { vector.yield %pt : vector<8xf32> } {tag} : vector<8xi1> -> vector<8xf32>
  vector.mask %m { } : vector<8xi1>
  return %2 : f32
}

// CHECK-LABEL: func.func @mask_nd
// CHECK-NEXT:    %0 = vector.mask %arg0 { vector.multi_reduction <add>, %arg1, %arg2 [1] : vector<4x8xf32> to vector<4xf32> } : vector<4x8xi1> -> vector<4xf32>
// CHECK-NEXT:    %1 = vector.mask %arg3 { vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %arg4, %arg5, %arg6 : vector<4x2xf32>, vector<2x8xf32> into vector<4x8xf32> } : vector<4x8x2xi1> -> vector<4x8xf32>
// CHECK-NEXT:    %2 = vector.mask %arg7 { vector.transfer_read %arg8[%arg9, %arg9], %arg10 {permutation_map = #map3} : memref<?x?xf32>, vector<8x4xf32> } : vector<4x8xi1> -> vector<8x4xf32>
// CHECK-NEXT:    %3 = vector.mask %arg11 { vector.reduction <add>, %arg12 : vector<[8]xf32> into f32 } : vector<[8]xi1> -> f32
func.func @mask_nd(%m: vector<4x8xi1>, %v: vector<4x8xf32>, %acc: vector<4xf32>,
                   %cm: vector<4x8x2xi1>, %a: vector<4x2xf32>, %b: vector<2x8xf32>, %c: vector<4x8xf32>,
                   %tm: vector<4x8xi1>, %mem: memref<?x?xf32>, %i: index, %p: f32,
                   %sm: vector<[8]xi1>, %sv: vector<[8]xf32>) {
  %0 = vector.mask %m { vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32> } : vector<4x8xi1> -> vector<4xf32>
  %1 = vector.mask %cm { vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x2xf32>, vector<2x8xf32> into vector<4x8xf32> } : vector<4x8x2xi1> -> vector<4x8xf32>
  %2 = vector.mask %tm { vector.transfer_read %mem[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : memref<?x?xf32>, vector<8x4xf32> } : vector<4x8xi1> -> vector<8x4xf32>
  %3 = vector.mask %sm { vector.reduction <add>, %sv : vector<[8]xf32> into f32 } : vector<[8]xi1> -> f32
  return
}

// The written form of the body: explicit results and terminator.
// CHECK-LABEL: func.func @explicit
// CHECK-NEXT:    %0 = vector.mask %arg0 { vector.gather %arg1[%arg2] [%arg3], %arg0, %arg4 : memref<8xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32> } : vector<8xi1> -> vector<8xf32>
// CHECK-NEXT:    return %0 : vector<8xf32>
func.func @explicit(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %iv: vector<8xi32>, %pt: vector<8xf32>) -> vector<8xf32> {
  %r = vector.mask %m {
    %g = vector.gather %a[%i][%iv], %m, %pt : memref<8xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
    vector.yield %g : vector<8xf32>
  } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
