// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func @diamond
// CHECK-NEXT:    %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:    return %0 : i32
func.func @diamond(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%a : i32)
^bb2:
  cf.br ^bb3(%b : i32)
^bb3(%x: i32):
  return %x : i32
^bb4:
  cf.br ^bb3(%a : i32)
}

// CHECK-LABEL: func.func @const_switch
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    return %c0_i32 : i32
func.func @const_switch(%a: i32) -> i32 {
  %c = arith.constant 5 : i32
  cf.switch %c : i32, [ default: ^bb1(%a : i32), 5: ^bb2 ]
^bb1(%x: i32):
  return %x : i32
^bb2:
  %z = arith.constant 0 : i32
  return %z : i32
}

// CHECK-LABEL: func.func @asserts
// CHECK-NEXT:    cf.assert %arg0, "maybe"
// CHECK-NEXT:    return
func.func @asserts(%c: i1) {
  %t = arith.constant true
  cf.assert %t, "never"
  cf.assert %c, "maybe"
  return
}

// CHECK-LABEL: func.func @dead_arg
// CHECK:         cf.br ^bb1(%c0 : index)
// CHECK-NEXT:  ^bb1(%0: index):
// CHECK-NOT:     arith.addi
func.func @dead_arg(%n: index) {
  %c0 = arith.constant 0 : index
  cf.br ^bb1(%c0, %c0 : index, index)
^bb1(%i: index, %d: index):
  "test.use"(%i) : (index) -> ()
  %one = arith.constant 1 : index
  %d2 = arith.addi %d, %one : index
  cf.br ^bb1(%i, %d2 : index, index)
}
