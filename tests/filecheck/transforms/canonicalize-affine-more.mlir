// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// Semi-affine maps are simplified as MLIR's simplifyAffineExpr does: terms ordered by the
// position of their dim or symbol (a symbol before the products it leads), other products
// after them, the constant last.
// CHECK-DAG: #[[SYM:.*]] = affine_map<()[s0, s1] -> (s0 * -3 + s0 * s1)>
// CHECK-DAG: #[[SYM2:.*]] = affine_map<()[s0, s1] -> (s0 * 2 + s0 * s1 + s1)>
// CHECK-DAG: #[[ORDER:.*]] = affine_map<(d0, d1)[s0, s1] -> (d0 + d0 * s0 + s0 + d1 + d1 * s1 + s1 + 7)>
// CHECK-DAG: #[[OTHER:.*]] = affine_map<(d0)[s0, s1] -> (d0 * 2 + (d0 + s0) * s1)>
// CHECK-DAG: #[[PLUS1:.*]] = affine_map<(d0) -> (d0 + 1)>
// CHECK-DAG: #[[KEEP:.*]] = affine_map<(d0)[s0] -> ((d0 floordiv s0) floordiv 2)>
// CHECK-LABEL: func.func @semi_symbols
// CHECK-NEXT:    affine.apply #[[SYM]]()[%arg0, %arg1]
// CHECK-NEXT:    affine.apply #[[SYM2]]()[%arg0, %arg1]
func.func @semi_symbols(%a: index, %b: index) -> (index, index) {
  %0 = affine.apply affine_map<()[s0, s1] -> (s0 * s1 - s0 * 3)>()[%a, %b]
  %1 = affine.apply affine_map<()[s0, s1] -> (s1 * s0 + s0 * 2 + s1)>()[%a, %b]
  return %0, %1 : index, index
}

// Inside loops the ivs stay dims. A division by a symbol that divides its operand is
// simplified: (d0 * s0) floordiv s0 -> d0, (d0 * s0 + s0 * 4) mod s0 -> 0,
// (d0 * s0 + s0) ceildiv s0 -> d0 + 1, (d0 - d0 mod s0) mod s0 -> 0; a division the symbol
// does not divide stays.
// CHECK-LABEL: func.func @semi_in_loop
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK:         affine.for %[[I:.*]] = 0 to 10 {
// CHECK-NEXT:      affine.for %[[J:.*]] = 0 to 10 {
// CHECK-NEXT:        %[[A:.*]] = affine.apply #[[ORDER]](%[[I]], %[[J]])[%arg0, %arg1]
// CHECK-NEXT:        %[[B:.*]] = affine.apply #[[PLUS1]](%[[I]])
// CHECK-NEXT:        %[[C:.*]] = affine.apply #[[OTHER]](%[[I]])[%arg0, %arg1]
// CHECK-NEXT:        %[[D:.*]] = affine.apply #[[KEEP]](%[[I]])[%arg0]
// CHECK-NEXT:        "test.use"(%[[A]], %[[I]], %[[C0]], %[[B]], %[[C0]], %[[C]], %[[D]])
func.func @semi_in_loop(%a: index, %b: index) {
  affine.for %i = 0 to 10 {
    affine.for %j = 0 to 10 {
      %0 = affine.apply affine_map<(d0, d1)[s0, s1] -> (d1 * s1 + d0 * s0 + d1 + d0 + s1 + s0 + 7)>(%i, %j)[%a, %b]
      %1 = affine.apply affine_map<(d0)[s0] -> ((d0 * s0) floordiv s0)>(%i)[%a]
      %2 = affine.apply affine_map<(d0)[s0] -> ((d0 * s0 + s0 * 4) mod s0)>(%i)[%a]
      %3 = affine.apply affine_map<(d0)[s0] -> ((d0 * s0 + s0) ceildiv s0)>(%i)[%a]
      %4 = affine.apply affine_map<(d0)[s0] -> ((d0 - d0 mod s0) mod s0)>(%i)[%a]
      %5 = affine.apply affine_map<(d0)[s0, s1] -> ((d0 + s0) * s1 + d0 * 2)>(%i)[%a, %b]
      %6 = affine.apply affine_map<(d0)[s0] -> ((d0 floordiv s0) floordiv 2)>(%i)[%a]
      "test.use"(%0, %1, %2, %3, %4, %5, %6) : (index, index, index, index, index, index, index) -> ()
    }
  }
  return
}
