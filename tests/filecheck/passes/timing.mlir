// --mlir-timing: mlir-opt's execution time report on stderr after the output, one per
// chunk; nested pipelines show as `'func.func' Pipeline` with their passes indented.
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt %s -p 'builtin.module(func.func(test-mark,test-func-pass),symbol-dce)' --mlir-timing 2>&1 | FileCheck %s --strict-whitespace
// RUN: pyir-opt %s --split-input-file --mlir-timing 2>&1 | FileCheck %s --strict-whitespace --check-prefix=SPLIT
// RUN: pyir-opt %s --symbol-dce --mlir-timing --mlir-timing-display=list 2>&1 | FileCheck %s --check-prefix=LIST

// CHECK:      {{^}}}{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: ===-------------------------------------------------------------------------===
// CHECK-NEXT: {{^}}                         ... Execution time report ...{{$}}
// CHECK-NEXT: ===-------------------------------------------------------------------------===
// CHECK-NEXT: {{^}}  Total Execution Time: {{[0-9]+\.[0-9][0-9][0-9][0-9]}} seconds{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}  ----Wall Time----  ----Name----{{$}}
// CHECK-NEXT: {{^ +[0-9]+\.[0-9][0-9][0-9][0-9] \( *[0-9]+\.[0-9]%\)}}  Parser{{$}}
// CHECK-NEXT: {{^ +[0-9]+\.[0-9][0-9][0-9][0-9] \( *[0-9]+\.[0-9]%\)}}  'func.func' Pipeline{{$}}
// CHECK-NEXT: {{^ +[0-9]+\.[0-9][0-9][0-9][0-9] \( *[0-9]+\.[0-9]%\)}}    TestMarkPass{{$}}
// CHECK-NEXT: {{^ +[0-9]+\.[0-9][0-9][0-9][0-9] \( *[0-9]+\.[0-9]%\)}}    TestFuncPass{{$}}
// CHECK-NEXT: {{^ +[0-9]+\.[0-9][0-9][0-9][0-9] \( *[0-9]+\.[0-9]%\)}}  SymbolDCEPass{{$}}
// CHECK-NEXT: {{^ +[0-9]+\.[0-9][0-9][0-9][0-9] \( *[0-9]+\.[0-9]%\)}}  Output{{$}}
// CHECK-NEXT: {{^ +[0-9]+\.[0-9][0-9][0-9][0-9] \( *[0-9]+\.[0-9]%\)}}  Rest{{$}}
// CHECK-NEXT: {{^ +[0-9]+\.[0-9][0-9][0-9][0-9] \(100\.0%\)}}  Total{{$}}

// SPLIT:      func.func @f
// SPLIT:      Execution time report
// SPLIT:      Parser
// SPLIT-NEXT: Output
// SPLIT:      // -----
// SPLIT:      func.func @g
// SPLIT:      Execution time report

// LIST: ----Wall Time----  ----Name----
// LIST-DAG: Parser
// LIST-DAG: SymbolDCEPass
// LIST-DAG: Output
// LIST: Rest
// LIST-NEXT: Total

func.func @f() {
  return
}

// -----

func.func @g() {
  return
}
