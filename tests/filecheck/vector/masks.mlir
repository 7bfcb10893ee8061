// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// vector.create_mask, vector.constant_mask (n-d, 0-d, scalable) and vector.vscale.

// CHECK-LABEL: func.func @masks
// CHECK-NEXT:    vector.create_mask %arg0, %arg1 : vector<4x3xi1>
// CHECK-NEXT:    vector.create_mask %arg0 : vector<i1>
// CHECK-NEXT:    vector.create_mask %arg0 {tag} : vector<[4]xi1>
// CHECK-NEXT:    vector.constant_mask [3, 2] : vector<4x3xi1>
// CHECK-NEXT:    vector.constant_mask [1] : vector<i1>
// CHECK-NEXT:    vector.constant_mask [0] {tag} : vector<[4]xi1>
// CHECK-NEXT:    vector.constant_mask [4] : vector<[4]xi1>
// CHECK-NEXT:    %vscale = vector.vscale
func.func @masks(%i: index, %j: index) {
  %0 = vector.create_mask %i, %j : vector<4x3xi1>
  %1 = vector.create_mask %i : vector<i1>
  %2 = vector.create_mask %i {tag} : vector<[4]xi1>
  %3 = vector.constant_mask [3, 2] : vector<4x3xi1>
  %4 = vector.constant_mask [1] : vector<i1>
  %5 = vector.constant_mask [0] {tag} : vector<[4]xi1>
  %6 = vector.constant_mask [4] : vector<[4]xi1>
  %7 = vector.vscale
  return
}

// RUN: pyir-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// GENERIC: "vector.create_mask"(%arg0, %arg1) : (index, index) -> vector<4x3xi1>
// GENERIC: "vector.constant_mask"() <{mask_dim_sizes = array<i64: 3, 2>}> : () -> vector<4x3xi1>
// GENERIC: "vector.vscale"() : () -> index
