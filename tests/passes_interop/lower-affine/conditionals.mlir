// lower-affine: affine.if to scf.if: one arith.cmpi (sge for inequalities, eq for
// equalities) per constraint against one zero, joined with arith.andi; the always-true
// set; results and else regions; the if folds: constant operands folded into the set,
// promoted dims, affine.apply producers composed into the set.
func.func @conditionals(%i: index, %j: index, %n: index, %x: f32) -> f32 {
  %c7 = arith.constant 7 : index
  affine.if affine_set<(d0, d1) : (d0 - d1 >= 0, d1 - 10 == 0)>(%i, %c7) {
    "test.use"(%i) : (index) -> ()
  }
  affine.for %k = 0 to 10 {
    affine.if affine_set<(d0)[s0] : (d0 - 5 >= 0, s0 - d0 - 1 >= 0, d0 mod 2 == 0)>(%k)[%n] {
      "test.use"(%k) : (index) -> ()
    } else {
      "test.other"(%k) : (index) -> ()
    }
  }
  %a = affine.apply affine_map<(d0, d1) -> (d0 + d1 * 3)>(%i, %j)
  %r = affine.if affine_set<(d0)[s0] : (s0 - d0 >= 0)>(%a)[%n] -> f32 {
    affine.yield %x : f32
  } else {
    %y = arith.addf %x, %x : f32
    affine.yield %y : f32
  }
  affine.if affine_set<() : (0 == 0)>() {
    "test.use"() : () -> ()
  }
  return %r : f32
}
