// canonicalize: dim of static dimensions, casts to the same type, cmpi of equal operands,
// select of equal values, constant integer extensions.
func.func @f(%t: tensor<4x?xf32>, %m: memref<8xi8>, %a: i32, %c: i1) -> (index, index, index, i1, i32, i64, tensor<4x?xf32>) {
 %c0 = arith.constant 0 : index
 %c1 = arith.constant 1 : index
 %d0 = tensor.dim %t, %c0 : tensor<4x?xf32>
 %d1 = tensor.dim %t, %c1 : tensor<4x?xf32>
 %d2 = memref.dim %m, %c0 : memref<8xi8>
 %x = arith.cmpi sle, %a, %a : i32
 %s = arith.select %c, %a, %a : i32
 %k = arith.constant -1 : i32
 %e = arith.extui %k : i32 to i64
 %cast = tensor.cast %t : tensor<4x?xf32> to tensor<4x?xf32>
 return %d0, %d1, %d2, %x, %s, %e, %cast : index, index, index, i1, i32, i64, tensor<4x?xf32>
}
