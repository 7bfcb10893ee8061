// func.call_indirect: calls through function-typed values with zero, one and several
// operands and results, a result group, a function-typed result, a discardable attribute,
// the short form inside func.func and a generic-form call. (No arg_attrs/res_attrs: MLIR's
// custom print of them cannot be parsed back, by MLIR or pyir.)
func.func @apply(%fn: (i32) -> i32, %a: i32, %b: f32, %done: () -> (),
                 %pair: (i32, f32) -> (i32, f32), %make: () -> ((i32) -> i32)) -> i32 {
  %r = func.call_indirect %fn(%a) : (i32) -> i32
  %x:2 = call_indirect %pair(%a, %b) {tag = "two"} : (i32, f32) -> (i32, f32)
  func.call_indirect %done() : () -> ()
  %g = func.call_indirect %make() : () -> ((i32) -> i32)
  %s = func.call_indirect %g(%x#0) : (i32) -> i32
  %t = "func.call_indirect"(%g, %s) : ((i32) -> i32, i32) -> i32
  return %t : i32
}

func.func private @callee(%f: (tensor<?xf32>, index) -> memref<4xf32>, %t: tensor<?xf32>, %i: index) -> memref<4xf32> {
  %m = call_indirect %f(%t, %i) : (tensor<?xf32>, index) -> memref<4xf32>
  return %m : memref<4xf32>
}
