// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// The ub ops in their custom form: `ub.poison` of any type (the default `#ub.poison`
// value is left out, written or not) and the `ub.unreachable` terminator.

// CHECK-LABEL: func.func @poison() -> (i32, vector<4xf32>, index, tensor<2x?xi8>, memref<4xf32>) {
// CHECK-NEXT:    %0 = ub.poison : i32
// CHECK-NEXT:    %1 = ub.poison : vector<4xf32>
// CHECK-NEXT:    %2 = ub.poison {foo} : index
// CHECK-NEXT:    %3 = ub.poison : tensor<2x?xi8>
// CHECK-NEXT:    %4 = ub.poison : memref<4xf32>
// CHECK-NEXT:    return %0, %1, %2, %3, %4
// GENERIC-LABEL: "func.func"
// GENERIC:         %{{[0-9]+}} = "ub.poison"() <{value = #ub.poison}> : () -> i32
// GENERIC:         %{{[0-9]+}} = "ub.poison"() <{value = #ub.poison}> {foo} : () -> index
func.func @poison() -> (i32, vector<4xf32>, index, tensor<2x?xi8>, memref<4xf32>) {
  %0 = ub.poison : i32
  %1 = ub.poison <#ub.poison> : vector<4xf32>
  %2 = ub.poison {foo} : index
  %3 = "ub.poison"() : () -> tensor<2x?xi8>
  %4 = "ub.poison"() <{value = #ub.poison}> : () -> memref<4xf32>
  return %0, %1, %2, %3, %4 : i32, vector<4xf32>, index, tensor<2x?xi8>, memref<4xf32>
}

// CHECK-LABEL: func.func @unreachable() {
// CHECK-NEXT:    ub.unreachable
// GENERIC:         "ub.unreachable"() : () -> ()
func.func @unreachable() {
  ub.unreachable
}

// CHECK-LABEL: func.func @unreachable_branch(%arg0: i1) -> i32 {
// CHECK:         ub.unreachable
func.func @unreachable_branch(%c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = arith.constant 1 : i32
  return %0 : i32
^bb2:
  ub.unreachable
}
