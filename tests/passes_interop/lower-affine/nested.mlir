// lower-affine: nesting: loops whose min bounds use outer induction variables, an
// affine.if inside a loop and inside an affine.parallel, an affine.apply composed into
// the bound of a loop nested below it, chains of affine.apply in another function.
func.func @g(%n: index, %m: memref<?xf32>) {
    affine.for %i = 0 to %n {
      %a = affine.min affine_map<(d0)[s0] -> (d0 + 8, s0)>(%i)[%n]
      affine.for %j = affine_map<(d0) -> (d0)>(%i) to min affine_map<(d0)[s0] -> (d0 + 8, s0)>(%i)[%n] {
        affine.if affine_set<(d0, d1) : (d1 - d0 - 1 >= 0)>(%i, %j) {
          "test.use"(%i, %j) : (index, index) -> ()
        }
      }
    }
  affine.parallel (%i) = (0) to (symbol(%n) floordiv 2) {
    affine.if affine_set<(d0)[s0] : (s0 - d0 * 2 - 2 >= 0)>(%i)[%n] {
      %b = affine.apply affine_map<(d0) -> (d0 * 2 + 1)>(%i)
      affine.for %k = affine_map<(d0) -> (d0)>(%b) to 100 step 7 {
        "test.use"(%k) : (index) -> ()
      }
    }
  }
  return
}
func.func @h(%i: index) -> index {
  %0 = affine.apply affine_map<(d0) -> (d0 * 3 - 1)>(%i)
  %1 = affine.apply affine_map<(d0, d1) -> (d0 + d1 floordiv 2)>(%0, %0)
  return %1 : index
}
