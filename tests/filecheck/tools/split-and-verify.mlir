// RUN: pyir-opt --allow-unregistered-dialect --split-input-file %s | FileCheck %s
// RUN: not pyir-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s.bad 2>&1 | FileCheck %s --check-prefix=BAD

// CHECK: "test.first"
// CHECK: // -----
// CHECK: "test.second"
"test.first"() : () -> ()
// -----
"test.second"() : () -> ()
// BAD: split-and-verify.mlir.bad:3:4: error: expected error "this message is never produced" was not produced
// BAD: split-and-verify.mlir.bad:6:12: error: unexpected error: use of undeclared SSA value name
