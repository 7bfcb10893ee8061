// RUN: pyir-opt --load-dialect-plugin=%S/Inputs/toy_plugin.py %s | FileCheck %s
// RUN: pyir-opt --load-dialect-plugin=%S/Inputs/toy_plugin.py --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// RUN: pyir-opt --load-dialect-plugin=%S/Inputs/toy_plugin.py --show-dialects | FileCheck %s --check-prefix=SHOW
// RUN: not pyir-opt %s 2>&1 | FileCheck %s --check-prefix=NOPLUGIN
// RUN: not pyir-opt --load-dialect-plugin=%S/Inputs/not_a_plugin.py %s 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not pyir-opt --load-dialect-plugin=no_such_module_anywhere %s 2>&1 | FileCheck %s --check-prefix=MISSING
// Installed plugins: Inputs/site holds a fake distribution whose `pyir.dialects` entry points
// name `ep` (works), `broken` (fails to import) and `misnamed` (provides dialect `ep`).
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %S/Inputs/uses-entry-point-dialect.mlir | FileCheck %s --check-prefix=EP
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt --show-dialects | FileCheck %s --check-prefix=EPSHOW
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %S/Inputs/uses-broken-dialect.mlir 2>&1 | FileCheck %s --check-prefix=EPBROKEN
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %S/Inputs/uses-misnamed-dialect.mlir 2>&1 | FileCheck %s --check-prefix=EPMISNAMED
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt --allow-unregistered-dialect %S/Inputs/uses-unregistered-dialect.mlir 2>&1 | FileCheck %s --check-prefix=EPUNREG
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s --load-dialect-plugin=%S/Inputs/toy_plugin.py 2>&1 | FileCheck %s

// EP: %[[X:.*]] = ep.twice %arg0 : i32
// EPSHOW: Available Dialects: {{.*}}broken, builtin, {{.*}}ep, {{.*}}misnamed
// EPBROKEN: pyir-opt: error: dialect 'broken' (entry point 'broken = lit_broken_dialect:DIALECT' in group 'pyir.dialects' of pyir_lit_plugins-1.0): module 'lit_broken_dialect' failed to import: RuntimeError: the broken plugin was imported
// EPMISNAMED: pyir-opt: error: dialect 'misnamed' (entry point 'misnamed = lit_entry_point_dialect:DIALECT' in group 'pyir.dialects' of pyir_lit_plugins-1.0): the dialect it provides is named 'ep'
// EPUNREG-NOT: imported
// EPUNREG: "mentioned.op"() : () -> i32
// EPUNREG-NOT: imported

// CHECK: %[[X:.*]] = toy.mix %arg0 with %arg1 : i32
// CHECK: toy.mix %[[X]] with %[[X]] : i32
// GENERIC: "toy.mix"(%arg0, %arg1) : (i32, i32) -> i32
// SHOW: Available Dialects: {{.*}}toy
// NOPLUGIN: dialect-plugin.mlir:32:8: error: custom op 'toy.mix' is unknown
// BAD: pyir-opt: error: could not load dialect plugin: '{{.*}}not_a_plugin.py' defines no DIALECT or DIALECTS of pyir dialects
// MISSING: pyir-opt: error: could not load dialect plugin: cannot import 'no_such_module_anywhere'
func.func @f(%a: i32, %b: i32) -> i32 {
  %x = toy.mix %a with %b : i32
  %y = toy.mix %x with %x : i32
  return %y : i32
}
