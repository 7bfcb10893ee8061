// vector masked memory folds: maskedload / expandload with an all-false mask (dense<false>)
// -> pass_thru; maskedstore / compressstore all-false -> erased; gather / scatter all-false
// -> pass_thru / erased / the tensor base, all-true kept; contiguous indices (vector.step,
// constant 0..n-1) -> maskedload / maskedstore, not on a tensor or other constants;
// memref.cast folded into maskedload / maskedstore only; a partial mask keeps the op.
// The all-true -> vector.load / vector.store rewrites are in the lit test
// canonicalize-vector-masked-memory.mlir: MLIR's builder sets `nontemporal = false`, which
// its own custom print drops, so the reparse check of this corpus cannot hold for them.

func.func @ml_false(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<false> : vector<8xi1>
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

func.func @ml_part(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = vector.constant_mask [4] : vector<8xi1>
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

func.func @ms_false(%m: memref<?xf32>, %i: index, %v: vector<8xf32>) {
  %mask = vector.constant_mask [0] : vector<8xi1>
  vector.maskedstore %m[%i], %mask, %v : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return
}

func.func @g_true(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<true> : vector<8xi1>
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

func.func @g_false(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<false> : vector<8xi1>
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

func.func @s_true(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) {
  %mask = arith.constant dense<true> : vector<8xi1>
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  return
}

func.func @s_false(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) {
  %mask = arith.constant dense<false> : vector<8xi1>
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  return
}

func.func @st_false(%m: tensor<?xf32>, %i: index, %idx: vector<8xi32>, %pt: vector<8xf32>) -> tensor<?xf32> {
  %mask = arith.constant dense<false> : vector<8xi1>
  %0 = vector.scatter %m[%i] [%idx], %mask, %pt : tensor<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @e_false(%m: memref<?xf32>, %i: index, %pt: vector<8xf32>) -> vector<8xf32> {
  %mask = arith.constant dense<false> : vector<8xi1>
  %1 = vector.expandload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}

func.func @c_false(%m: memref<?xf32>, %i: index, %v: vector<8xf32>) {
  %mask = arith.constant dense<false> : vector<8xi1>
  vector.compressstore %m[%i], %mask, %v : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return
}

func.func @cast(%m0: memref<8xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>, %idx: vector<8xi32>) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>) {
  %m = memref.cast %m0 : memref<8xf32> to memref<?xf32>
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.maskedstore %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32>
  %2 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  %3 = vector.expandload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.compressstore %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return %1, %2, %3 : vector<8xf32>, vector<8xf32>, vector<8xf32>
}

func.func @step(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) -> (vector<8xf32>, vector<8xf32>) {
  %idx = vector.step : vector<8xindex>
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xindex>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  %c = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7]> : vector<8xi32>
  %2 = vector.gather %m[%i] [%c], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  vector.scatter %m[%i] [%c], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  %d = arith.constant dense<[1, 2, 3, 4, 5, 6, 7, 8]> : vector<8xi32>
  %3 = vector.gather %m[%i] [%d], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1, %2 : vector<8xf32>, vector<8xf32>
}

func.func @step_t(%m: tensor<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) -> vector<8xf32> {
  %idx = vector.step : vector<8xindex>
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : tensor<?xf32>, vector<8xindex>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return %1 : vector<8xf32>
}
