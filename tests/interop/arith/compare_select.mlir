// arith.cmpi / arith.cmpf with every predicate (keyword and string spellings), cmpf
// fast-math flags, and arith.select with scalar, vector-mask and tensor-mask conditions.

func.func @compare(%a: i32, %b: i32, %x: f32, %v: vector<2xf64>, %c: i1, %vc: vector<2xi1>, %t: tensor<2xi32>, %tc: tensor<2xi1>) {
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi ne, %a, %b : i32
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sle, %a, %b : i32
  %4 = arith.cmpi sgt, %a, %b : i32
  %5 = arith.cmpi sge, %a, %b : i32
  %6 = arith.cmpi ult, %a, %b : i32
  %7 = arith.cmpi ule, %a, %b : i32
  %8 = arith.cmpi ugt, %a, %b : i32
  %9 = arith.cmpi "uge", %t, %t : tensor<2xi32>
  %10 = arith.cmpf false, %x, %x : f32
  %11 = arith.cmpf oeq, %x, %x : f32
  %12 = arith.cmpf ogt, %x, %x : f32
  %13 = arith.cmpf oge, %x, %x : f32
  %14 = arith.cmpf olt, %x, %x : f32
  %15 = arith.cmpf ole, %x, %x : f32
  %16 = arith.cmpf one, %x, %x : f32
  %17 = arith.cmpf ord, %x, %x : f32
  %18 = arith.cmpf ueq, %x, %x : f32
  %19 = arith.cmpf ugt, %x, %x : f32
  %20 = arith.cmpf uge, %x, %x : f32
  %21 = arith.cmpf ult, %x, %x : f32
  %22 = arith.cmpf ule, %x, %x : f32
  %23 = arith.cmpf une, %v, %v fastmath<fast> : vector<2xf64>
  %24 = arith.cmpf uno, %x, %x : f32
  %25 = arith.cmpf true, %x, %x : f32
  %26 = arith.select %c, %a, %b : i32
  %27 = arith.select %c, %v, %v : vector<2xf64>
  %28 = arith.select %vc, %v, %v : vector<2xi1>, vector<2xf64>
  %29 = arith.select %tc, %t, %t {tag} : tensor<2xi1>, tensor<2xi32>
  return
}
