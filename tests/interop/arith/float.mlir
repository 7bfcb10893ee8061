// arith float ops: binary ops, negf and flush_denormals, with fast-math flags (`fast`,
// lists, explicit `none`), on scalars, vectors and unranked tensors.

func.func @float(%x: f32, %y: f32, %v: vector<4xf16>, %t: tensor<*xbf16>) {
  %0 = arith.addf %x, %y : f32
  %1 = arith.addf %x, %y fastmath<fast> : f32
  %2 = arith.subf %x, %y fastmath<nnan,ninf> : f32
  %3 = arith.mulf %v, %v fastmath<reassoc,contract> : vector<4xf16>
  %4 = arith.divf %t, %t : tensor<*xbf16>
  %5 = arith.remf %x, %y : f32
  %6 = arith.maximumf %x, %y : f32
  %7 = arith.minimumf %x, %y fastmath<nsz> : f32
  %8 = arith.maxnumf %x, %y : f32
  %9 = arith.minnumf %x, %y : f32
  %10 = arith.maximumnumf %x, %y : f32
  %11 = arith.minimumnumf %x, %y : f32
  %12 = arith.negf %x fastmath<arcp,afn> : f32
  %13 = arith.flush_denormals %x : f32
  %14 = arith.addf %x, %y fastmath<none> : f32
  return
}
