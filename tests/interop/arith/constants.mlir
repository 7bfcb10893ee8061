// arith.constant: integers of several widths, index, booleans, floats (NaN), dense and
// splat vectors/tensors, scalable splats; the custom form names results %c0_i32, %c1, %true, %cst.

func.func @constants() {
  %0 = arith.constant 0 : i32
  %1 = arith.constant -1 : i64
  %2 = arith.constant 42 : i8
  %3 = arith.constant 0 : index
  %4 = arith.constant 1 : index
  %5 = arith.constant true
  %6 = arith.constant false
  %7 = arith.constant 1.5 : f32
  %8 = arith.constant 0.0 : f32
  %9 = arith.constant dense<[1, 2]> : vector<2xi32>
  %10 = arith.constant dense<1.0> : tensor<2x2xf16>
  %11 = arith.constant dense<true> : vector<4xi1>
  %12 = arith.constant 0 : i32
  %13 = arith.constant 0x7FC00000 : f32
  %14 = arith.constant dense<7> : vector<[4]xi32>
  return
}
