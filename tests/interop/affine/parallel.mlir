// affine.parallel: SSA bounds as dims, max / min groups, symbols, steps, reductions with
// results, nested bands bounded by outer induction variables, the empty band.
// interop: custom form drops locations (of implicit affine.yield ops).
func.func @parallel(%m: memref<16x16xf32>, %n: index) -> (f32, f32, i32) {
  %c1 = arith.constant 1 : i32
  affine.parallel (%i, %j) = (0, 0) to (16, %n) {
    %v = affine.load %m[%i, %j] : memref<16x16xf32>
  }
  affine.parallel (%i, %j) = (max(0, %n), 0) to (min(16, %n + 2), symbol(%n)) step (2, 3) {
  }
  %r:2 = affine.parallel (%k) = (0) to (16) reduce ("addf", "maxnumf") -> (f32, f32) {
    %v = affine.load %m[%k, %k] : memref<16x16xf32>
    affine.yield %v, %v : f32, f32
  }
  %s = affine.parallel (%k) = (0) to (16) reduce ("addi") -> (i32) {
    affine.yield %c1 : i32
  }
  affine.parallel (%i) = (0) to (16) {
    affine.parallel (%j) = (%i) to (%i + 4) {
    }
  }
  affine.parallel () = () to () {
  }
  return %r#0, %r#1, %s : f32, f32, i32
}
