// reconcile-unrealized-casts: casts in nested regions and blocks, casts of block
// arguments, and casts used by unregistered ops and terminators across blocks.
func.func @nested(%arg0: i64, %c: i1) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  "test.region"() ({
    %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
    "test.use"(%1) : (i64) -> ()
    %2 = builtin.unrealized_conversion_cast %0 : i32 to f32
    "test.yield"() : () -> ()
  }) : () -> ()
  cf.cond_br %c, ^bb1(%0 : i32), ^bb2
^bb1(%a: i32):
  %3 = builtin.unrealized_conversion_cast %a : i32 to i64
  return %3 : i64
^bb2:
  %4 = builtin.unrealized_conversion_cast %0 : i32 to i64
  %5 = builtin.unrealized_conversion_cast %4 : i64 to index
  "test.use"(%5) : (index) -> ()
  return %4 : i64
}
