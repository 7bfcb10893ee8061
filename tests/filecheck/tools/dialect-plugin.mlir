// RUN: pyir-opt --load-dialect-plugin=%S/Inputs/toy_plugin.py %s | FileCheck %s
// RUN: pyir-opt --load-dialect-plugin=%S/Inputs/toy_plugin.py --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// RUN: pyir-opt --load-dialect-plugin=%S/Inputs/toy_plugin.py --show-dialects | FileCheck %s --check-prefix=SHOW
// RUN: not pyir-opt %s 2>&1 | FileCheck %s --check-prefix=NOPLUGIN
// RUN: not pyir-opt --load-dialect-plugin=%S/Inputs/not_a_plugin.py %s 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not pyir-opt --load-dialect-plugin=no_such_module_anywhere %s 2>&1 | FileCheck %s --check-prefix=MISSING

// CHECK: %[[X:.*]] = toy.mix %arg0 with %arg1 : i32
// CHECK: toy.mix %[[X]] with %[[X]] : i32
// GENERIC: "toy.mix"(%arg0, %arg1) : (i32, i32) -> i32
// SHOW: Available Dialects: {{.*}}toy
// NOPLUGIN: dialect-plugin.mlir:16:8: error: custom op 'toy.mix' is unknown
// BAD: pyir-opt: error: could not load dialect plugin: '{{.*}}not_a_plugin.py' defines no DIALECT or DIALECTS of pyir dialects
// MISSING: pyir-opt: error: could not load dialect plugin: cannot import 'no_such_module_anywhere'
func.func @f(%a: i32, %b: i32) -> i32 {
  %x = toy.mix %a with %b : i32
  %y = toy.mix %x with %x : i32
  return %y : i32
}
