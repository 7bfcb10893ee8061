// Bad command lines and unreadable files are diagnosed with exit status 1.
// RUN: not pyir-opt --no-such-flag %s 2>&1 | FileCheck %s --check-prefix=FLAG
// FLAG: pyir-opt: error: unrecognized arguments: --no-such-flag
// RUN: not pyir-opt %t.missing.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: pyir-opt: error: could not open input file '{{.*}}missing.mlir': No such file or directory
// RUN: pyir-opt --version | FileCheck %s --check-prefix=VERSION
// VERSION: pyir-opt {{[0-9]+\.[0-9]+}}
// RUN: pyir-opt --show-dialects | FileCheck %s --check-prefix=DIALECTS
// DIALECTS: Available Dialects: affine, arith, builtin, cf, func, math, memref, {{(sat, )?}}scf, tensor, ub, vector
// RUN: pyir-opt --help | FileCheck %s --check-prefix=HELP
// HELP: --mlir-print-op-generic
