// vector.mask around the maskable ops (transfer_read with and without passthru,
// transfer_write, reduction, multi_reduction, contract, gather, scalable mask), an empty
// body with and without results, a written body with its own yield, a discardable
// attribute; the implicit vector.yield takes the op's location.
// interop: custom form drops locations (the masked op prints inline, without its
// location, as MLIR prints it).

func.func @mask_ops(%m: vector<8xi1>, %a: memref<8xf32>, %pt: vector<8xf32>, %i: index, %p: f32) -> f32 {
  %0 = vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  %1 = vector.mask %m, %pt { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  vector.mask %m { vector.transfer_write %0, %a[%i] : vector<8xf32>, memref<8xf32> } : vector<8xi1>
  %2 = vector.mask %m { vector.reduction <add>, %1, %p : vector<8xf32> into f32 } : vector<8xi1> -> f32
  %3 = vector.mask %m { vector.yield %pt : vector<8xf32> } {tag} : vector<8xi1> -> vector<8xf32>
  vector.mask %m { } : vector<8xi1>
  return %2 : f32
}

func.func @mask_nd(%m: vector<4x8xi1>, %v: vector<4x8xf32>, %acc: vector<4xf32>,
                   %cm: vector<4x8x2xi1>, %a: vector<4x2xf32>, %b: vector<2x8xf32>, %c: vector<4x8xf32>,
                   %mem: memref<?x?xf32>, %i: index, %p: f32,
                   %sm: vector<[8]xi1>, %sv: vector<[8]xf32>) {
  %0 = vector.mask %m { vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32> } : vector<4x8xi1> -> vector<4xf32>
  %1 = vector.mask %cm { vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x2xf32>, vector<2x8xf32> into vector<4x8xf32> } : vector<4x8x2xi1> -> vector<4x8xf32>
  %2 = vector.mask %m { vector.transfer_read %mem[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : memref<?x?xf32>, vector<8x4xf32> } : vector<4x8xi1> -> vector<8x4xf32>
  %3 = vector.mask %sm { vector.reduction <add>, %sv : vector<[8]xf32> into f32 } : vector<[8]xi1> -> f32
  return
}

func.func @explicit(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %iv: vector<8xi32>, %pt: vector<8xf32>) -> vector<8xf32> {
  %r = vector.mask %m {
    %g = vector.gather %a[%i][%iv], %m, %pt : memref<8xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
    vector.yield %g : vector<8xf32>
  } : vector<8xi1> -> vector<8xf32>
  return %r : vector<8xf32>
}
