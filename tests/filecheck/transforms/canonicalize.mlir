// RUN: pyir-opt %s --canonicalize --split-input-file | FileCheck %s
// RUN: pyir-opt %s -p 'builtin.module(func.func(canonicalize{max-iterations=1 top-down=false}))' --split-input-file | FileCheck %s --check-prefix=ONE
// RUN: pyir-opt %s --canonicalize --debug-rewrites --split-input-file 2>&1 >/dev/null | FileCheck %s --check-prefix=DEBUG
// RUN: not pyir-opt %s -p 'builtin.module(canonicalize{max-iterations=1 test-convergence=true})' --split-input-file 2>&1 | FileCheck %s --check-prefix=CONV

// CHECK-LABEL: func.func @fold
// CHECK-NEXT:    %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT:    %0 = arith.addi %arg0, %c2_i32 : i32
// CHECK-NEXT:    return %0 : i32
// ONE-LABEL: func.func @fold
// DEBUG: [debug-rewrites] SubIRHSAddConstant on 'arith.subi' at loc({{.*}}canonicalize.mlir":{{[0-9]+}}:9)
// CONV: error: 'builtin.module' op Canonicalizer failed to converge within 1 iterations
func.func @fold(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %v0 = arith.addi %a, %c0 : i32
  %v1 = arith.muli %v0, %c1 : i32
  %v2 = arith.addi %v1, %c3 : i32
  %v3 = arith.subi %v2, %c1 : i32
  return %v3 : i32
}

// -----

// CHECK-LABEL: func.func @wrap
// CHECK-NEXT:    %c-128_i8 = arith.constant -128 : i8
// CHECK-NEXT:    return %c-128_i8 : i8
func.func @wrap() -> i8 {
  %a = arith.constant 127 : i8
  %b = arith.constant 1 : i8
  %c = arith.addi %a, %b : i8
  return %c : i8
}
