// loop-invariant-code-motion out of each kind of loop: scf.while (both regions),
// scf.parallel, scf.forall, affine.parallel, and ops of tensor / vector / math / memref
// (view ops move, allocations and loads stay).
func.func @kinds(%lb: index, %ub: index, %x: i32, %y: i32, %t: tensor<4x?xf32>, %m: memref<4x?xf32>, %v: vector<4xf32>, %f: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %w:2 = scf.while (%a = %x) : (i32) -> (i32, i32) {
    %k = arith.addi %x, %y : i32
    %cc = arith.cmpi slt, %a, %k : i32
    scf.condition(%cc) %a, %k : i32, i32
  } do {
  ^bb0(%a: i32, %b: i32):
    %k2 = arith.muli %x, %y : i32
    %n = arith.addi %a, %k2 : i32
    scf.yield %n : i32
  }
  scf.parallel (%i) = (%c0) to (%ub) step (%c1) {
    %k = arith.addi %x, %y : i32
    %ii = arith.index_cast %i : index to i32
    "test.use"(%k, %ii) : (i32, i32) -> ()
  }
  scf.forall (%i) in (4) {
    %k = arith.subi %x, %y : i32
    "test.use"(%k) : (i32) -> ()
  }
  affine.parallel (%i) = (0) to (10) {
    %k = arith.ori %x, %y : i32
    "test.use"(%k) : (i32) -> ()
  }
  scf.for %i = %lb to %ub step %c1 {
    %e = tensor.empty(%ub) : tensor<4x?xf32>
    %xt = tensor.extract %t[%c0, %c1] : tensor<4x?xf32>
    %sl = tensor.extract_slice %t[0, 0] [2, 2] [1, 1] : tensor<4x?xf32> to tensor<2x2xf32>
    %cast = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
    %sq = math.sqrt %f : f32
    %b = vector.broadcast %f : f32 to vector<4xf32>
    %add = arith.addf %b, %v : vector<4xf32>
    %red = vector.reduction <add>, %v : vector<4xf32> into f32
    %sub = memref.subview %m[0, 0] [2, 2] [1, 1] : memref<4x?xf32> to memref<2x2xf32, strided<[?, 1]>>
    %al = memref.alloca() : memref<4xf32>
    %ld = memref.load %m[%c0, %c1] : memref<4x?xf32>
    %ap = affine.apply affine_map<(d0) -> (d0 + 1)>(%lb)
    %false = arith.constant false
    %sel = arith.select %false, %f, %sq : f32
    "test.use"(%e, %xt, %sl, %cast, %add, %red, %sub, %al, %ld, %ap, %sel) : (tensor<4x?xf32>, f32, tensor<2x2xf32>, tensor<?x?xf32>, vector<4xf32>, f32, memref<2x2xf32, strided<[?, 1]>>, memref<4xf32>, f32, index, f32) -> ()
  }
  "test.use"(%w#0) : (i32) -> ()
  return
}
