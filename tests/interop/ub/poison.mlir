// ub: `ub.poison` of scalar, vector, tensor and memref types (custom, with an explicit
// `<#ub.poison>` and generic, with and without the default property, with discardable
// attributes), and `ub.unreachable` as a block terminator.

func.func @poison() -> (i32, vector<4xf32>, index, tensor<2x?xi8>, memref<4xf32>, f16) {
  %0 = ub.poison : i32
  %1 = ub.poison <#ub.poison> : vector<4xf32>
  %2 = ub.poison {foo, bar = 3 : i8} : index
  %3 = "ub.poison"() : () -> tensor<2x?xi8>
  %4 = "ub.poison"() <{value = #ub.poison}> : () -> memref<4xf32>
  %5 = "ub.poison"() <{value = #ub.poison}> {baz} : () -> f16
  return %0, %1, %2, %3, %4, %5 : i32, vector<4xf32>, index, tensor<2x?xi8>, memref<4xf32>, f16
}

func.func @unreachable() {
  ub.unreachable
}

func.func @unreachable_branch(%c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = arith.constant 1 : i32
  return %0 : i32
^bb2:
  "ub.unreachable"() {note = "never"} : () -> ()
}

func.func @attr_elsewhere() {
  "test.op"() {a = #ub.poison} : () -> ()
  return
}
