// RUN: pyir-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: pyir-opt --allow-unregistered-dialect --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: "test.cfg"() ({
// CHECK-NEXT:  ^bb0(%arg0: i32, %arg1: i1):
// CHECK-NEXT:    "test.cond_br"(%arg1, %arg0)[^bb1, ^bb2] : (i1, i32) -> ()
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:    "test.br"()[^bb2] : () -> ()
// CHECK-NEXT:  ^bb2:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:    "test.return"(%arg0) : (i32) -> ()
// CHECK-NEXT:  }, {
// CHECK-NEXT:  }) {test.attr} : () -> ()
"test.cfg"() ({
^entry(%x: i32, %flag: i1):
  "test.cond_br"(%flag, %x)[^then, ^exit] : (i1, i32) -> ()
^then:
  "test.br"()[^exit] : () -> ()
^exit:
  "test.return"(%x) : (i32) -> ()
}, {}) {test.attr} : () -> ()

// Graph regions allow uses before definitions.
// CHECK: "test.graph"() ({
// CHECK-NEXT: %0 = "test.use"(%1) : (i32) -> i32
// CHECK-NEXT: %1 = "test.def"() : () -> i32
"test.graph"() ({
  %a = "test.use"(%b) : (i32) -> i32
  %b = "test.def"() : () -> i32
}) : () -> ()

// GENERIC: "builtin.module"() ({
// GENERIC: "test.props"() <{p = 1 : i64}> {d = 2 : i64} : () -> ()
"test.props"() <{p = 1}> {d = 2} : () -> ()
