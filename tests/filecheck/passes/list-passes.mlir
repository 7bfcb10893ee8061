// --list-passes: every registered pass (in-tree and from entry points) with its summary
// and options, as mlir-opt lists them; a broken plugin is a warning, not the end.
// RUN: pyir-opt --list-passes | FileCheck %s
// RUN: env PYTHONPATH=%S/Inputs/site pyir-opt --list-passes 2>&1 | FileCheck %s --check-prefix=PLUGINS
// RUN: pyir-opt --help | FileCheck %s --check-prefix=HELP

// CHECK:      Passes:
// CHECK-NEXT:   --canonicalize {{ +}} -   Canonicalize operations
// CHECK:          --max-iterations=<int> {{ +}} - Max. iterations between applying patterns / simplifying regions
// CHECK:          --top-down {{ +}} - Seed the worklist in general top-down order
// CHECK:        --cse {{ +}} -   Eliminate common sub-expressions
// CHECK:        --symbol-dce {{ +}} -   Eliminate dead symbols

// PLUGINS-DAG: pyir-opt: warning: pass 'test-misnamed' {{.*}} pass class TestOptionsPass is named 'test-options', not 'test-misnamed'
// PLUGINS-DAG: pyir-opt: warning: pass 'test-not-a-pass' {{.*}} expected a pass class, got int
// PLUGINS-DAG:   --symbol-dce {{ +}} -   Eliminate dead symbols
// PLUGINS-DAG:   --test-options {{ +}} -   Report the pass options as a remark
// PLUGINS-DAG:     --count=<int> {{ +}} - an integer
// PLUGINS-DAG:     --flag {{ +}} - a boolean
// PLUGINS-DAG:     --label=<string> {{ +}} - a string
// PLUGINS-DAG:     --mode=<value> {{ +}} - an enumeration
// PLUGINS-DAG:     =normal
// PLUGINS-DAG:     --ratio=<number> {{ +}} - a float
// PLUGINS-DAG:     --sizes=<int> {{ +}} - a list of integers

// HELP: --pass-pipeline PIPELINE, -p PIPELINE
// HELP: --mlir-print-ir-after-all
// HELP: --mlir-timing
// HELP: --list-passes
