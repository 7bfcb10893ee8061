// arith folders on vectors and tensors, checked against MLIR's canonicalizer: element-wise
// constant folding of integer and float arithmetic on splat and dense constants, the
// identities with splat constants (x + 0, x * 1, x + -0.0, ...), x - x and x ^ x (static
// shapes only), and conversions to and from formats without infinities or -0.
func.func @fdense(%x: vector<2xf32>) -> (vector<2xf32>, vector<2xf32>, vector<2xf32>, vector<2xf32>, vector<2xf32>) {
  %a = arith.constant dense<[1.5, -2.0]> : vector<2xf32>
  %b = arith.constant dense<[0.1, 3.0]> : vector<2xf32>
  %nz = arith.constant dense<-0.0> : vector<2xf32>
  %one = arith.constant dense<1.0> : vector<2xf32>
  %0 = arith.addf %a, %b : vector<2xf32>
  %1 = arith.addf %x, %nz : vector<2xf32>
  %2 = arith.mulf %x, %one : vector<2xf32>
  %3 = arith.negf %a : vector<2xf32>
  %4 = arith.remf %a, %b : vector<2xf32>
  return %0, %1, %2, %3, %4 : vector<2xf32>, vector<2xf32>, vector<2xf32>, vector<2xf32>, vector<2xf32>
}
func.func @idense(%x: vector<2xi32>, %t: tensor<?xi32>) -> (vector<2xi32>, vector<2xi32>, vector<2xi32>, vector<2xi32>, vector<2xi32>, vector<2xi32>, tensor<?xi32>, vector<2xi32>, vector<2xi32>) {
  %a = arith.constant dense<[7, -8]> : vector<2xi32>
  %b = arith.constant dense<[2, 0]> : vector<2xi32>
  %z = arith.constant dense<0> : vector<2xi32>
  %one = arith.constant dense<1> : vector<2xi32>
  %0 = arith.addi %x, %z : vector<2xi32>
  %1 = arith.muli %x, %z : vector<2xi32>
  %2 = arith.divsi %a, %b : vector<2xi32>
  %3 = arith.shli %a, %b : vector<2xi32>
  %4 = arith.subi %x, %x : vector<2xi32>
  %5 = arith.remui %x, %one : vector<2xi32>
  %6 = arith.subi %t, %t : tensor<?xi32>
  %7 = arith.addi %a, %x : vector<2xi32>
  %8 = arith.maxsi %a, %b : vector<2xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : vector<2xi32>, vector<2xi32>, vector<2xi32>, vector<2xi32>, vector<2xi32>, vector<2xi32>, tensor<?xi32>, vector<2xi32>, vector<2xi32>
}
func.func @e2(%x: tensor<?xi32>) -> (tensor<?xi1>, tensor<?xi32>) {
  %0 = arith.cmpi eq, %x, %x : tensor<?xi32>
  %ones = arith.constant -1 : i32
  %1 = arith.xori %x, %x : tensor<?xi32>
  return %0, %1 : tensor<?xi1>, tensor<?xi32>
}
func.func @e4(%x: tensor<?xi8>) -> tensor<?xi8> {
  %ones = arith.constant dense<-1> : tensor<4xi8>
  %c = tensor.cast %x : tensor<?xi8> to tensor<4xi8>
  %n = arith.xori %c, %ones : tensor<4xi8>
  %0 = arith.andi %c, %n : tensor<4xi8>
  %r = tensor.cast %0 : tensor<4xi8> to tensor<?xi8>
  return %r : tensor<?xi8>
}
func.func @e7() -> (f8E4M3FNUZ, f32, i8, f8E8M0FNU) {
  %a = arith.constant 300 : i32
  %b = arith.constant 0x80 : f8E4M3FNUZ
  %0 = arith.sitofp %a : i32 to f8E4M3FNUZ
  %1 = arith.extf %b : f8E4M3FNUZ to f32
  %2 = arith.fptosi %b : f8E4M3FNUZ to i8
  %3 = arith.uitofp %a : i32 to f8E8M0FNU
  return %0, %1, %2, %3 : f8E4M3FNUZ, f32, i8, f8E8M0FNU
}
