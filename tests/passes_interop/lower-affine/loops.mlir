// lower-affine: affine.for to scf.for (constant, symbol, max / min bounds, steps,
// iter_args and the yields), nested loops whose bounds use outer induction variables,
// and the loop folds: bounds with constant operands, affine.apply producers composed
// into bounds, duplicate and promotable operands, pruned constant bounds, an empty loop
// with results folded to its inits. (affine.load / affine.store are compared with
// iree-opt in tests/pyir/test_lower_affine.py: MLIR's memref.load builder stores the
// default flags its parser leaves out, so a custom-form round trip cannot match.)
#map_lb = affine_map<(d0) -> (d0)>
#map_ub = affine_map<(d0)[s0] -> (d0 + 32, s0)>
func.func @loops(%n: index, %m: memref<?x?xf32>, %x: f32) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %c7 = arith.constant 7 : index
  %sum = affine.for %i = 0 to 128 step 32 iter_args(%acc = %x) -> (f32) {
    %in = affine.for %j = #map_lb(%i) to min #map_ub(%i)[%n] step 4 iter_args(%a = %acc) -> (f32) {
      %v = "test.val"(%i, %j) : (index, index) -> f32
      %w = arith.addf %a, %v : f32
      affine.yield %w : f32
    }
    affine.yield %in : f32
  }
  %p = affine.apply affine_map<(d0) -> (d0 * 2 + 1)>(%n)
  affine.for %k = %c7 to %p {
    "test.use"(%k) : (index) -> ()
  }
  affine.for %k = max affine_map<(d0, d1) -> (d0, d1, 8, 3)>(%n, %n) to min affine_map<(d0)[s0] -> (s0, d0 + s0, 100, 200)>(%n)[%c7] {
    "test.use"(%k) : (index) -> ()
  }
  affine.for %k = affine_map<(d0, d1) -> (d1 + d0)>(%n, %c0) to affine_map<(d0)[s0] -> (d0 + s0)>(%n)[%n] step 3 {
    "test.use"(%k) : (index) -> ()
  }
  %e = affine.for %k = 10 to 5 iter_args(%a = %x) -> (f32) {
    affine.yield %a : f32
  }
  return %sum, %e : f32, f32
}
