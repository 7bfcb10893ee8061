// Regions and blocks in the generic form: empty regions, several regions on
// one op, nested regions, entry blocks with and without a label, multiple
// blocks with typed arguments, successors (one or several) passing values,
// branches to blocks defined later, values from enclosing regions, and
// blocks whose arguments are unused.

"test.empty_region"() ({
}) : () -> ()
"test.two_empty_regions"() ({
}, {
}) : () -> ()
"test.one_block"() ({
  "test.inside"() : () -> ()
}) : () -> ()
%outer = "test.producer"() : () -> i32
%r = "test.cfg"(%outer) ({
^entry(%arg: i32, %unused: f64):
  %c = "test.cond"() : () -> i1
  "test.cond_br"(%c, %arg, %arg) [^then, ^else] : (i1, i32, i32) -> ()
^then(%t: i32):
  "test.br"(%t, %outer) [^merge] : (i32, i32) -> ()
^else(%e: i32):
  %e2 = "test.compute"(%e) : (i32) -> i32
  "test.br"(%e2, %e2) [^merge] : (i32, i32) -> ()
^merge(%m0: i32, %m1: i32):
  "test.yield"(%m0) : (i32) -> ()
}) : (i32) -> i32
"test.multi_region"() ({
  "test.first"() : () -> ()
}, {
^bb0(%x: index):
  "test.second"(%x) : (index) -> ()
}, {
}) : () -> ()
"test.nested"() ({
  "test.level1"() ({
    "test.level2"() ({
    ^bb0(%deep: tensor<2xf32>):
      "test.leaf"(%deep, %outer) : (tensor<2xf32>, i32) -> ()
    }) : () -> ()
  }) : () -> ()
}) : () -> ()
"test.no_args_blocks"() ({
  "test.br"() [^bb1] : () -> ()
^bb1:
  "test.br"() [^bb2] : () -> ()
^bb2:
  "test.return"() : () -> ()
}) : () -> ()
"test.unreachable_block"() ({
  "test.return"() : () -> ()
^dead(%d: i1):
  "test.use"(%d) : (i1) -> ()
}) : () -> ()
"test.self_loop"() ({
  "test.br"() [^loop] : () -> ()
^loop:
  "test.br"() [^loop, ^loop] : () -> ()
}) : () -> ()
"test.region_with_results"() ({
  %in = "test.inner"() : () -> (tensor<?xi8>)
  "test.yield"(%in) : (tensor<?xi8>) -> ()
}) {attr = "after regions"} : () -> ()
"test.props_and_region"() <{p = 0 : i8}> ({
  "test.x"() : () -> ()
}) : () -> ()
