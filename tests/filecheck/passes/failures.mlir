// A failing pass: a located diagnostic per failing op, exit status 1, no output, never a
// traceback; sibling functions still run (as mlir-opt reports every failing function).
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s -p 'builtin.module(func.func(test-fail))' 2>&1 | FileCheck %s
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s -p 'builtin.module(func.func(test-fail{silent}))' 2>&1 | FileCheck %s --check-prefix=SILENT
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s --test-crash 2>&1 | FileCheck %s --check-prefix=CRASH
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s --test-break-ir 2>&1 | FileCheck %s --check-prefix=VERIFY
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s --test-break-ir --verify-each=false | FileCheck %s --check-prefix=NOVERIFY
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s --test-break-ir --verify-each=0 | FileCheck %s --check-prefix=NOVERIFY
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s -p 'builtin.module(func.func(test-fail))' --split-input-file --verify-diagnostics

// CHECK-NOT: Traceback
// CHECK:      failures.mlir:31:1: error: 'func.func' op failed as asked: first
// CHECK-NEXT: func.func @bad() attributes {test.fail = "first"} {
// CHECK-NEXT: ^
// CHECK:      failures.mlir:35:1: error: 'func.func' op failed as asked: second
// CHECK-NOT:  module

// SILENT: failures.mlir:31:1: error: pass 'test-fail' failed
// SILENT: failures.mlir:35:1: error: pass 'test-fail' failed

// CRASH-NOT: Traceback
// CRASH: failures.mlir:0:0: error: internal error in pass 'test-crash': ZeroDivisionError: boom

// VERIFY: failures.mlir:27:1: error: empty block: expect at least a terminator
// NOVERIFY: func.func @ok() {
// NOVERIFY-NEXT: }
func.func @ok() {
  return
}
// expected-error @+1 {{'func.func' op failed as asked: first}}
func.func @bad() attributes {test.fail = "first"} {
  return
}
// expected-error @+1 {{'func.func' op failed as asked: second}}
func.func @bad2() attributes {test.fail = "second"} {
  return
}
