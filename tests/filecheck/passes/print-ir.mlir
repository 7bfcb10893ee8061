// IR dumps around passes on stderr, with mlir-opt's headers: a nested op prints alone
// (without aliases), the top-level op as a file.
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s -p 'builtin.module(func.func(test-mark),symbol-dce)' --mlir-print-ir-before=symbol-dce --mlir-print-ir-after-all 2>&1 >/dev/null | FileCheck %s
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s -p 'builtin.module(func.func(test-mark),symbol-dce)' --mlir-print-ir-before-all 2>&1 >/dev/null | FileCheck %s --check-prefix=BEFORE
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s -p 'builtin.module(func.func(test-mark),test-mark{change=1},symbol-dce)' --mlir-print-ir-after-all --mlir-print-ir-after-change 2>&1 >/dev/null | FileCheck %s --check-prefix=CHANGE
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s -p 'builtin.module(func.func(test-mark))' --mlir-print-ir-after-change 2>&1 >/dev/null | FileCheck %s --check-prefix=NOTHING --allow-empty
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s -p 'builtin.module(symbol-dce,func.func(test-fail))' --mlir-print-ir-after-failure 2>&1 | FileCheck %s --check-prefix=FAILURE
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s -p 'builtin.module(func.func(test-mark))' --mlir-print-ir-after=test-mark --mlir-print-ir-module-scope --mlir-disable-threading 2>&1 >/dev/null | FileCheck %s --check-prefix=SCOPE
// RUN: pyir-opt %s --symbol-dce --mlir-print-ir-after=symbol-dce --mlir-print-op-generic 2>&1 >/dev/null | FileCheck %s --check-prefix=GENERIC

// CHECK:      // -----// IR Dump After TestMarkPass: test-mark{change=false} //----- //
// CHECK-NEXT: func.func private @dead() attributes {m = affine_map<(d0) -> (d0 + 1)>} {
// CHECK-NEXT:   return
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // -----// IR Dump After TestMarkPass: test-mark{change=false} //----- //
// CHECK-NEXT: func.func @main() attributes {test.fail = "here"} {
// CHECK:      // -----// IR Dump Before SymbolDCEPass: symbol-dce //----- //
// CHECK-NEXT: #map = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: module {
// CHECK-NEXT:   func.func private @dead() attributes {m = #map} {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT:   func.func @main() attributes {test.fail = "here"} {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT: // -----// IR Dump After SymbolDCEPass: symbol-dce //----- //
// CHECK-NEXT: module {
// CHECK-NEXT:   func.func @main() attributes {test.fail = "here"} {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NOT: IR Dump

// BEFORE-COUNT-2: IR Dump Before TestMarkPass: test-mark{change=false} //----- //
// BEFORE: IR Dump Before SymbolDCEPass: symbol-dce //----- //
// BEFORE-NOT: IR Dump

// Only the passes that changed the IR print.
// CHANGE-NOT: TestMarkPass: test-mark{change=false}
// CHANGE:     IR Dump After TestMarkPass: test-mark{change=true} //----- //
// CHANGE-NEXT: #map = affine_map<(d0) -> (d0 + 1)>
// CHANGE-NEXT: module attributes {test.marked = "yes"} {
// CHANGE:     IR Dump After SymbolDCEPass: symbol-dce //----- //
// CHANGE-NOT: IR Dump

// --mlir-print-ir-after-change alone selects no pass, as in mlir-opt.
// NOTHING-NOT: IR Dump

// FAILURE-NOT: IR Dump After SymbolDCEPass
// FAILURE:      // -----// IR Dump After TestFailPass Failed: test-fail{silent=false} //----- //
// FAILURE-NEXT: func.func @main() attributes {test.fail = "here"} {
// FAILURE:      error: 'func.func' op failed as asked: here

// SCOPE: // -----// IR Dump After TestMarkPass: test-mark{change=false} ('func.func' operation: @dead) //----- //
// SCOPE-NEXT: #map = affine_map<(d0) -> (d0 + 1)>
// SCOPE-NEXT: module {
// SCOPE: // -----// IR Dump After TestMarkPass: test-mark{change=false} ('func.func' operation: @main) //----- //

// GENERIC:      // -----// IR Dump After SymbolDCEPass: symbol-dce //----- //
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-NEXT:   "func.func"() <{function_type = () -> (), sym_name = "main"}> ({

#map = affine_map<(d0) -> (d0 + 1)>
func.func private @dead() attributes {m = #map} {
  return
}
func.func @main() attributes {test.fail = "here"} {
  return
}
