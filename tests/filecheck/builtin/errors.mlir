// Errors that --verify-diagnostics cannot express: empty input, truncation, bad bytes,
// deep nesting, unregistered dialects. Each must be `file:line:col: error:` and exit 1.

// An empty file and a file of blank lines are empty modules.
// RUN: printf '' | pyir-opt | FileCheck %s --check-prefix=EMPTY
// RUN: printf '\n\n   \n' | pyir-opt | FileCheck %s --check-prefix=EMPTY
// EMPTY: module {
// EMPTY-NEXT: }

// Truncated input.
// RUN: printf '"test.a"() ({\n' | not pyir-opt --allow-unregistered-dialect 2>&1 | FileCheck %s --check-prefix=TRUNC
// TRUNC: <stdin>:2:1: error: {{.*}}end of file
// TRUNC-NOT: Traceback

// Bytes that are not UTF-8.
// RUN: printf '"test.a"() {s = "\xff"} : () -> ()\n' | not pyir-opt --allow-unregistered-dialect 2>&1 | FileCheck %s --check-prefix=UTF8
// UTF8: <stdin>:1:18: error: invalid UTF-8 byte 0xFF in input

// 20,000 nested regions: no RecursionError, no crash.
// (The printed form indents quadratically, so the 20,000-deep output goes to /dev/null
// and the printed text is checked on a shallower nest.)
// RUN: %python -c "n=20000; print('\"test.a\"() ({' * n + '}) : () -> ()' * n)" > %t.deep.mlir
// RUN: pyir-opt --allow-unregistered-dialect %t.deep.mlir -o /dev/null
// RUN: %python -c "n=2000; print('\"test.a\"() ({' * n + '}) : () -> ()' * n)" > %t.deep2k.mlir
// RUN: pyir-opt --allow-unregistered-dialect %t.deep2k.mlir -o %t.out
// RUN: %python -c "import sys; t=open(sys.argv[1]).read(); assert t.count('test.a') == 2000, t[:200]" %t.out

// Unknown dialects need the flag.
// RUN: printf '"foo.bar"() : () -> ()\n' | not pyir-opt 2>&1 | FileCheck %s --check-prefix=UNREG
// UNREG: <stdin>:1:1: error: operation being parsed with an unregistered dialect
