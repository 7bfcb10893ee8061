// Pipeline and pass-flag errors: mlir-opt's messages, the column in the pipeline text
// (the part inside the outermost anchor) with a caret, exit status 1 and no output.
// RUN: not pyir-opt %s -p 'builtin.module(func.func(symbol-dce)' 2>&1 | FileCheck %s --strict-whitespace --check-prefix=UNBALANCED
// RUN: not pyir-opt %s -p 'builtin.module(func.func(symbol-dce)))' 2>&1 | FileCheck %s --strict-whitespace --check-prefix=EXTRA
// RUN: not pyir-opt %s -p 'builtin.module(symbol-dce,,symbol-dce)' 2>&1 | FileCheck %s --strict-whitespace --check-prefix=EMPTYNAME
// RUN: not pyir-opt %s -p 'builtin.module(symbol-dce{)' 2>&1 | FileCheck %s --strict-whitespace --check-prefix=BRACE
// RUN: not pyir-opt %s -p 'builtin.module(symbol-dce{}})' 2>&1 | FileCheck %s --strict-whitespace --check-prefix=COMMA
// RUN: not pyir-opt %s -p 'builtin.module(nope)' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not pyir-opt %s -p 'builtin.module(func.func)' 2>&1 | FileCheck %s --check-prefix=ANCHORASPASS
// RUN: not pyir-opt %s -p 'symbol-dce' 2>&1 | FileCheck %s --check-prefix=WRAP
// RUN: not pyir-opt %s --pass-pipeline='builtin.module(symbol-dce)extra' 2>&1 | FileCheck %s --check-prefix=WRAP
// RUN: not pyir-opt %s -p 'builtin.module(symbol-dce{bad=1})' 2>&1 | FileCheck %s --check-prefix=NOOPTION
// RUN: not pyir-opt %s --symbol-dce=bad=1 2>&1 | FileCheck %s --check-prefix=NOOPTION
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s -p 'builtin.module(test-options{flag=False})' 2>&1 | FileCheck %s --check-prefix=BADBOOL
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s -p 'builtin.module(test-options{count=x})' 2>&1 | FileCheck %s --check-prefix=BADINT
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s -p 'builtin.module(test-options{mode=bogus})' 2>&1 | FileCheck %s --check-prefix=BADCHOICE
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s -p 'builtin.module(test-func-pass)' 2>&1 | FileCheck %s --check-prefix=NEST
// RUN: not pyir-opt %s -p 'func.func(symbol-dce)' 2>&1 | FileCheck %s --check-prefix=WRONGROOT
// RUN: not pyir-opt %s --symbol-dce -p 'builtin.module(symbol-dce)' 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: not pyir-opt %s --no-such-pass 2>&1 | FileCheck %s --check-prefix=UNRECOGNIZED
// RUN: not pyir-opt %s --mlir-print-ir-after=nopass --symbol-dce 2>&1 | FileCheck %s --check-prefix=PRINTFILTER
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s -p 'builtin.module(test-misnamed)' 2>&1 | FileCheck %s --check-prefix=MISNAMED
// RUN: env PYTHONPATH=%S/Inputs/site not pyir-opt %s --test-not-a-pass 2>&1 | FileCheck %s --check-prefix=NOTAPASS

// UNBALANCED:      <unknown>:0: error: MLIR Textual PassPipeline Parser:1:11: error: encountered unbalanced parentheses while parsing pipeline
// UNBALANCED-NEXT: {{^}}func.func(symbol-dce{{$}}
// UNBALANCED-NEXT: {{^}}          ^{{$}}
// UNBALANCED-NOT: module

// EXTRA:      <unknown>:0: error: MLIR Textual PassPipeline Parser:1:22: error: encountered extra closing ')' creating unbalanced parentheses while parsing pipeline
// EXTRA-NEXT: {{^}}func.func(symbol-dce)){{$}}
// EXTRA-NEXT: {{^}}                     ^{{$}}

// EMPTYNAME:      MLIR Textual PassPipeline Parser:1:12: error: '' does not refer to a registered pass or pass pipeline
// EMPTYNAME-NEXT: {{^}}symbol-dce,,symbol-dce{{$}}
// EMPTYNAME-NEXT: {{^}}           ^{{$}}

// BRACE:      MLIR Textual PassPipeline Parser:1:11: error: missing closing '}' while processing pass options
// BRACE-NEXT: {{^}}symbol-dce{{{$}}
// BRACE-NEXT: {{^}}          ^{{$}}

// COMMA:      MLIR Textual PassPipeline Parser:1:13: error: expected ',' after parsing pipeline
// COMMA-NEXT: {{^}}symbol-dce{}}{{$}}
// COMMA-NEXT: {{^}}            ^{{$}}

// UNKNOWN: <unknown>:0: error: MLIR Textual PassPipeline Parser:1:1: error: 'nope' does not refer to a registered pass or pass pipeline
// ANCHORASPASS: error: 'func.func' does not refer to a registered pass or pass pipeline
// WRAP: <unknown>:0: error: expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'

// NOOPTION:      <unknown>:0: error: <Pass-Options-Parser>: no such option bad
// NOOPTION-NEXT: failed to add `symbol-dce` with options `bad=1`

// BADBOOL:      <unknown>:0: error: for the --flag option: 'False' is invalid value for boolean argument! Try 0 or 1
// BADBOOL-NEXT: failed to add `test-options` with options `flag=False`
// BADINT: error: for the --count option: 'x' value invalid for integer argument!
// BADCHOICE: error: for the --mode option: Cannot find option named 'bogus'!

// NEST:      <unknown>:0: error: Can't add pass 'TestFuncPass' restricted to 'func.func' on a PassManager intended to run on 'builtin.module', did you intend to nest?
// NEST-NEXT: failed to add `test-func-pass` with options ``

// WRONGROOT: pipeline-errors.mlir:0:0: error: can't run 'func.func' pass manager on 'builtin.module' op

// BOTH: <unknown>:0: error: '-pass-pipeline' option can't be used with individual pass options
// UNRECOGNIZED: pyir-opt: error: unrecognized arguments: --no-such-pass
// PRINTFILTER: pyir-opt: for the --mlir-print-ir-after option: Cannot find option named 'nopass'!

// MISNAMED: pyir-opt: error: pass 'test-misnamed' (entry point 'test-misnamed = lit_test_passes:TestOptionsPass' in group 'pyir.passes' of pyir_lit_passes-1.0): pass class TestOptionsPass is named 'test-options', not 'test-misnamed'
// NOTAPASS: pyir-opt: error: pass 'test-not-a-pass' (entry point 'test-not-a-pass = lit_test_passes:NOT_A_PASS' in group 'pyir.passes' of pyir_lit_passes-1.0): expected a pass class, got int

func.func @f() {
  return
}
