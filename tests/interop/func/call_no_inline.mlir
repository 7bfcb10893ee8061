// func.call with the no_inline property (printed as <no_inline>), and plain calls.
func.func private @g(i32) -> i32
func.func @f(%a: i32) -> i32 {
  %0 = "func.call"(%a) <{callee = @g, no_inline}> : (i32) -> i32
  return %0 : i32
}
