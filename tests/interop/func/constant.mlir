// func.constant: results named after the function (%f, %f_0), as MLIR names them.
func.func @f() {
  return
}
func.func @g() -> (() -> (), () -> ()) {
 %0 = func.constant @f : () -> ()
 %1 = func.constant @f : () -> ()
 return %0, %1 : () -> (), () -> ()
}
