// arith casts: extensions, truncations (overflow flags, every rounding mode), int/float
// conversions, nneg, index casts (also of memrefs), bitcast, convertf and the scaling ops.

func.func @casts(%a: i32, %x: f32, %h: f16, %i: index, %v: vector<4xi16>, %m: memref<4xi32>, %f4: vector<4xf4E2M1FN>, %s8: vector<4xf8E8M0FNU>) {
  %0 = arith.extui %a : i32 to i64
  %1 = arith.extui %a nneg : i32 to i64
  %2 = arith.extsi %v : vector<4xi16> to vector<4xi32>
  %3 = arith.trunci %a : i32 to i8
  %4 = arith.trunci %a overflow<nsw, nuw> : i32 to i1
  %5 = arith.extf %h : f16 to f32
  %6 = arith.extf %h fastmath<contract> : f16 to f64
  %7 = arith.truncf %x : f32 to f16
  %8 = arith.truncf %x downward : f32 to bf16
  %9 = arith.truncf %x upward fastmath<fast> : f32 to f16
  %10 = arith.truncf %x toward_zero : f32 to f16
  %11 = arith.truncf %x to_nearest_away : f32 to f8E4M3FN
  %12 = arith.truncf %x to_nearest_even : f32 to f16
  %13 = arith.convertf %h : f16 to bf16
  %14 = arith.sitofp %a : i32 to f32
  %15 = arith.uitofp %a nneg : i32 to f64
  %16 = arith.fptosi %x : f32 to i64
  %17 = arith.fptoui %h : f16 to i8
  %18 = arith.index_cast %a : i32 to index
  %19 = arith.index_cast %i : index to i64
  %20 = arith.index_castui %i nneg : index to i32
  %21 = arith.index_cast %m : memref<4xi32> to memref<4xindex>
  %22 = arith.bitcast %x : f32 to i32
  %23 = arith.bitcast %v : vector<4xi16> to vector<4xf16>
  %24 = arith.scaling_extf %f4, %s8 : vector<4xf4E2M1FN>, vector<4xf8E8M0FNU> to vector<4xf32>
  %25 = arith.scaling_truncf %24, %s8 : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf4E2M1FN>
  %26 = arith.scaling_truncf %24, %s8 to_nearest_even fastmath<fast> : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf4E2M1FN>
  return
}
