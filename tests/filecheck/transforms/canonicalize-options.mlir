// Options of --canonicalize given as one flag value with spaces (as mlir-opt takes them),
// and filter-dialects: only the listed dialects' patterns run; folders still apply.
// RUN: pyir-opt %s --canonicalize="max-iterations=3 region-simplify=aggressive" --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --strict-whitespace --check-prefix=DUMP
// RUN: pyir-opt %s --canonicalize="filter-dialects=arith" | FileCheck %s --check-prefix=ARITH
// RUN: pyir-opt %s --canonicalize="filter-dialects=scf" | FileCheck %s --check-prefix=SCF
// RUN: not pyir-opt %s --canonicalize="filter-dialects=bogus" 2>&1 | FileCheck %s --check-prefix=BOGUS

// DUMP: canonicalize{cse-between-iterations=false    max-iterations=3 max-num-rewrites=-1 region-simplify=aggressive test-convergence=false top-down=true}

// The scf.if pattern is scf's: filtered out with arith alone, while the fold of
// addi (x + 0), a folder and not a pattern, still happens.
// ARITH-LABEL: func.func @f
// ARITH:         %true = arith.constant true
// ARITH-NEXT:    %0 = scf.if %true -> (i32) {
// ARITH-NEXT:      scf.yield %arg0 : i32
// ARITH-NEXT:    } else {
// ARITH-NEXT:      scf.yield %arg0 : i32
// ARITH-NEXT:    }
// ARITH-NEXT:    return %0 : i32

// SCF-LABEL: func.func @f
// SCF-NEXT:    return %arg0 : i32

// BOGUS: error: can't load dialect 'bogus': missing registration?
func.func @f(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %0 = arith.addi %x, %c0 : i32
  %t = arith.constant true
  %1 = scf.if %t -> i32 { scf.yield %0 : i32 } else { scf.yield %x : i32 }
  return %1 : i32
}
