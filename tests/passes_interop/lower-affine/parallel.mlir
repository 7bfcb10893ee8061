// lower-affine: affine.parallel to scf.parallel: per-dimension bounds (max / min
// groups), steps, scf.reduce with no operands, reductions starting from arith's identity
// values (float and integer kinds) combined in scf.reduce regions; constant bound operands
// folded into the bound maps.
func.func @parallel(%n: index) -> (f32, i32, f32, i32, f32, i32) {
  %c3 = arith.constant 3 : index
  affine.parallel (%i, %j) = (%c3, max(0, %n - 4)) to (%n, min(%n, 10, %n floordiv 2)) step (2, 1) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  %r:2 = affine.parallel (%i) = (0) to (100) reduce ("addf", "maxs") -> (f32, i32) {
    %v = "test.f32"(%i) : (index) -> f32
    %w = "test.i32"(%i) : (index) -> i32
    affine.yield %v, %w : f32, i32
  }
  %s:4 = affine.parallel (%i, %j) = (0, 0) to (%n, 8) reduce ("mulf", "muli", "minimumf", "andi") -> (f32, i32, f32, i32) {
    %v = "test.f32"(%i, %j) : (index, index) -> f32
    %w = "test.i32"(%j) : (index) -> i32
    affine.yield %v, %w, %v, %w : f32, i32, f32, i32
  }
  return %r#0, %r#1, %s#0, %s#1, %s#2, %s#3 : f32, i32, f32, i32, f32, i32
}
