// Textual pipelines (--pass-pipeline, its alias -p) and per-pass flags, shown with
// --dump-pass-pipeline; the test passes come from the fake distribution in Inputs/site.
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s --dump-pass-pipeline --pass-pipeline='builtin.module(func.func(test-func-pass{tag=x},test-options{count=3 label={a b} sizes=1,0x10}),symbol-dce)' 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s --dump-pass-pipeline -p 'builtin.module(func.func(test-func-pass{tag=x},test-options{count=3 label={a b} sizes=1,0x10}),symbol-dce)' 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s --dump-pass-pipeline --test-func-pass --test-func-pass=tag=again --symbol-dce --test-options='flag=false names=p,{q r}' 2>&1 | FileCheck %s --check-prefix=FLAGS
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s -p 'any(test-any-pass)' | FileCheck %s --check-prefix=ANY
// RUN: pyir-opt %s --dump-pass-pipeline 2>&1 | FileCheck %s --check-prefix=EMPTY
// mlir-opt's single-dash spellings of long flags and per-pass flags:
// RUN: pyir-opt %s -symbol-dce -dump-pass-pipeline 2>&1 | FileCheck %s --check-prefix=DASH
// RUN: pyir-opt %s -pass-pipeline='builtin.module(symbol-dce)' -dump-pass-pipeline 2>&1 | FileCheck %s --check-prefix=DASH
// RUN: pyir-opt %s -p='builtin.module(symbol-dce)' -dump-pass-pipeline 2>&1 | FileCheck %s --check-prefix=DASH

// NESTED:      Pass Manager with 2 passes:
// NESTED-NEXT: builtin.module(
// NESTED-NEXT:   func.func(
// NESTED-NEXT:     test-func-pass{tag=x},
// NESTED-NEXT:     test-options{count=3 flag=true label={a b} mode=normal  ratio=5.000000e-01 sizes={1,16}}
// NESTED-NEXT:   ),
// NESTED-NEXT:   symbol-dce
// NESTED-NEXT: )
// NESTED-EMPTY:
// NESTED-NEXT: remark: options: {count=3 flag=true label={a b} mode=normal  ratio=5.000000e-01 sizes={1,16}}
// NESTED: func.func @f() attributes {test.visited = "x"}
// NESTED-NOT: @unused

// Per-pass flags nest implicitly, each in its own nested pipeline (as mlir-opt dumps it).
// FLAGS:      Pass Manager with 4 passes:
// FLAGS-NEXT: builtin.module(
// FLAGS-NEXT:   func.func(
// FLAGS-NEXT:     test-func-pass{tag=visited}
// FLAGS-NEXT:   ),
// FLAGS-NEXT:   func.func(
// FLAGS-NEXT:     test-func-pass{tag=again}
// FLAGS-NEXT:   ),
// FLAGS-NEXT:   symbol-dce,
// FLAGS-NEXT:   test-options{count=10 flag=false label= mode=normal names={p,{q r}} ratio=5.000000e-01 }
// FLAGS-NEXT: )
// FLAGS: func.func @f() attributes {test.visited = "again"}

// ANY: module attributes {test.count = "5"}

// DASH:      Pass Manager with 1 passes:
// DASH-NEXT: builtin.module(
// DASH-NEXT:   symbol-dce
// DASH-NEXT: )
// DASH-NOT: @unused

// EMPTY:      Pass Manager with 0 passes:
// EMPTY-NEXT: builtin.module(
// EMPTY-EMPTY:
// EMPTY-NEXT: )

func.func private @unused() {
  return
}
func.func @f() {
  return
}
