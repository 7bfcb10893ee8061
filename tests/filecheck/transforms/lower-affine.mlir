// RUN: pyir-opt %s --lower-affine --allow-unregistered-dialect --split-input-file | FileCheck %s

// The expansions of mod, floordiv and ceildiv, in MLIR's op order.
// CHECK-LABEL: func.func @divisions
// CHECK-SAME: (%[[I:.*]]: index
func.func @divisions(%i: index) -> (index, index, index) {
  // CHECK:      %[[C8:.*]] = arith.constant 8 : index
  // CHECK-NEXT: %[[R:.*]] = arith.remsi %[[I]], %[[C8]] : index
  // CHECK-NEXT: %[[Z:.*]] = arith.constant 0 : index
  // CHECK-NEXT: %[[N:.*]] = arith.cmpi slt, %[[R]], %[[Z]] : index
  // CHECK-NEXT: %[[S:.*]] = arith.addi %[[R]], %[[C8]] : index
  // CHECK-NEXT: %[[MOD:.*]] = arith.select %[[N]], %[[S]], %[[R]] : index
  %0 = affine.apply affine_map<(d0) -> (d0 mod 8)>(%i)
  // CHECK-NEXT: %[[D:.*]] = arith.constant 4 : index
  // CHECK-NEXT: %[[Z2:.*]] = arith.constant 0 : index
  // CHECK-NEXT: %[[M1:.*]] = arith.constant -1 : index
  // CHECK-NEXT: %[[NEG:.*]] = arith.cmpi slt, %[[I]], %[[Z2]] : index
  // CHECK-NEXT: %[[X:.*]] = arith.subi %[[M1]], %[[I]] : index
  // CHECK-NEXT: %[[DIV:.*]] = arith.select %[[NEG]], %[[X]], %[[I]] : index
  // CHECK-NEXT: %[[Q:.*]] = arith.divsi %[[DIV]], %[[D]] : index
  // CHECK-NEXT: %[[Y:.*]] = arith.subi %[[M1]], %[[Q]] : index
  // CHECK-NEXT: %[[FLOOR:.*]] = arith.select %[[NEG]], %[[Y]], %[[Q]] : index
  %1 = affine.apply affine_map<(d0) -> (d0 floordiv 4)>(%i)
  // CHECK-NEXT: %[[D2:.*]] = arith.constant 2 : index
  // CHECK-NEXT: %[[Z3:.*]] = arith.constant 0 : index
  // CHECK-NEXT: %[[ONE:.*]] = arith.constant 1 : index
  // CHECK-NEXT: %[[NP:.*]] = arith.cmpi sle, %[[I]], %[[Z3]] : index
  // CHECK-NEXT: %[[A:.*]] = arith.subi %[[Z3]], %[[I]] : index
  // CHECK-NEXT: %[[B:.*]] = arith.subi %[[I]], %[[ONE]] : index
  // CHECK-NEXT: %[[SEL:.*]] = arith.select %[[NP]], %[[A]], %[[B]] : index
  // CHECK-NEXT: %[[Q2:.*]] = arith.divsi %[[SEL]], %[[D2]] : index
  // CHECK-NEXT: %[[NQ:.*]] = arith.subi %[[Z3]], %[[Q2]] : index
  // CHECK-NEXT: %[[IQ:.*]] = arith.addi %[[Q2]], %[[ONE]] : index
  // CHECK-NEXT: %[[CEIL:.*]] = arith.select %[[NP]], %[[NQ]], %[[IQ]] : index
  %2 = affine.apply affine_map<(d0) -> (d0 ceildiv 2)>(%i)
  // CHECK-NEXT: return %[[MOD]], %[[FLOOR]], %[[CEIL]]
  return %0, %1, %2 : index, index, index
}

// -----

// Sums and products: `-` is a multiply by -1, products carry nsw; constants are not shared.
// CHECK-LABEL: func.func @linear
// CHECK-SAME: (%[[I:.*]]: index, %[[J:.*]]: index, %[[N:.*]]: index)
func.func @linear(%i: index, %j: index, %n: index) -> index {
  // CHECK:      %[[C2:.*]] = arith.constant 2 : index
  // CHECK-NEXT: %[[M:.*]] = arith.muli %[[J]], %[[C2]] overflow<nsw> : index
  // CHECK-NEXT: %[[A:.*]] = arith.addi %[[I]], %[[M]] : index
  // CHECK-NEXT: %[[CM1:.*]] = arith.constant -1 : index
  // CHECK-NEXT: %[[NEG:.*]] = arith.muli %[[N]], %[[CM1]] overflow<nsw> : index
  // CHECK-NEXT: %[[B:.*]] = arith.addi %[[A]], %[[NEG]] : index
  // CHECK-NEXT: %[[C7:.*]] = arith.constant 7 : index
  // CHECK-NEXT: %[[R:.*]] = arith.addi %[[B]], %[[C7]] : index
  // CHECK-NEXT: return %[[R]]
  %0 = affine.apply affine_map<(d0, d1)[s0] -> (d0 + 2 * d1 - s0 + 7)>(%i, %j)[%n]
  return %0 : index
}

// -----

// Folds happen before the lowering: constant operands, a lone dim.
// CHECK-LABEL: func.func @folded
func.func @folded(%i: index) -> (index, index, index) {
  // CHECK:      %[[C3:.*]] = arith.constant 3 : index
  // CHECK-NEXT: %[[C4:.*]] = arith.constant 4 : index
  // CHECK-NEXT: %[[C3B:.*]] = arith.constant 3 : index
  // CHECK-NEXT: return %[[C4]], %{{.*}}, %[[C3B]]
  %c3 = arith.constant 3 : index
  %0 = affine.apply affine_map<(d0) -> (d0 + 1)>(%c3)
  %1 = affine.apply affine_map<(d0) -> (d0)>(%i)
  %2 = affine.min affine_map<(d0) -> (d0, 10)>(%c3)
  return %0, %1, %2 : index, index, index
}

// -----

// Multi-result bounds become minsi / maxsi chains; the step is created after the bounds.
// CHECK-LABEL: func.func @bounds
// CHECK-SAME: (%[[I:.*]]: index, %[[N:.*]]: index)
func.func @bounds(%i: index, %n: index) {
  // CHECK:      %[[C2:.*]] = arith.constant 2 : index
  // CHECK-NEXT: %[[L0:.*]] = arith.addi %[[N]], %[[C2]] : index
  // CHECK-NEXT: %[[LB:.*]] = arith.maxsi %[[I]], %[[L0]] : index
  // CHECK-NEXT: %[[C10:.*]] = arith.constant 10 : index
  // CHECK-NEXT: %[[U0:.*]] = arith.addi %[[I]], %[[C10]] : index
  // CHECK-NEXT: %[[UB:.*]] = arith.minsi %[[U0]], %[[N]] : index
  // CHECK-NEXT: %[[STEP:.*]] = arith.constant 3 : index
  // CHECK-NEXT: scf.for %[[K:.*]] = %[[LB]] to %[[UB]] step %[[STEP]] {
  // CHECK-NEXT:   "test.use"(%[[K]])
  affine.for %k = max affine_map<(d0)[s0] -> (d0, s0 + 2)>(%i)[%n] to min affine_map<(d0)[s0] -> (d0 + 10, s0)>(%i)[%n] step 3 {
    "test.use"(%k) : (index) -> ()
  }
  return
}

// -----

// iter_args and affine.yield become scf.for operands and scf.yield; affine.if with
// results and an else region becomes scf.if.
// CHECK-LABEL: func.func @carried
func.func @carried(%x: f32) -> f32 {
  // CHECK:      %[[R:.*]] = scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[A:.*]] = %{{.*}}) -> (f32) {
  // CHECK-NEXT:   %[[Z:.*]] = arith.constant 0 : index
  // CHECK-NEXT:   %[[CM5:.*]] = arith.constant -5 : index
  // CHECK-NEXT:   %[[E:.*]] = arith.addi %[[K]], %[[CM5]] : index
  // CHECK-NEXT:   %[[C:.*]] = arith.cmpi sge, %[[E]], %[[Z]] : index
  // CHECK-NEXT:   %[[T:.*]] = scf.if %[[C]] -> (f32) {
  // CHECK-NEXT:     scf.yield %[[A]] : f32
  // CHECK-NEXT:   } else {
  // CHECK-NEXT:     %[[Y:.*]] = arith.addf %[[A]], %[[A]] : f32
  // CHECK-NEXT:     scf.yield %[[Y]] : f32
  // CHECK-NEXT:   }
  // CHECK-NEXT:   scf.yield %[[T]] : f32
  // CHECK-NEXT: }
  // CHECK-NEXT: return %[[R]]
  %s = affine.for %i = 0 to 10 iter_args(%acc = %x) -> (f32) {
    %t = affine.if affine_set<(d0) : (d0 - 5 >= 0)>(%i) -> f32 {
      affine.yield %acc : f32
    } else {
      %y = arith.addf %acc, %acc : f32
      affine.yield %y : f32
    }
    affine.yield %t : f32
  }
  return %s : f32
}

// -----

// Several constraints: one zero, one cmpi each, joined with andi.
// CHECK-LABEL: func.func @conjunction
// CHECK-SAME: (%[[I:.*]]: index, %[[N:.*]]: index)
func.func @conjunction(%i: index, %n: index) {
  // CHECK:      %[[Z:.*]] = arith.constant 0 : index
  // CHECK-NEXT: %[[C0:.*]] = arith.cmpi sge, %[[I]], %[[Z]] : index
  // CHECK-NEXT: %[[CM1:.*]] = arith.constant -1 : index
  // CHECK-NEXT: %[[NI:.*]] = arith.muli %[[I]], %[[CM1]] overflow<nsw> : index
  // CHECK-NEXT: %[[D:.*]] = arith.addi %[[NI]], %[[N]] : index
  // CHECK-NEXT: %[[C1:.*]] = arith.cmpi eq, %[[D]], %[[Z]] : index
  // CHECK-NEXT: %[[AND:.*]] = arith.andi %[[C0]], %[[C1]] : i1
  // CHECK-NEXT: scf.if %[[AND]] {
  affine.if affine_set<(d0)[s0] : (d0 >= 0, s0 - d0 == 0)>(%i)[%n] {
    "test.use"(%i) : (index) -> ()
  }
  return
}

// -----

// Loads and stores index memref.load / memref.store with the expanded map.
// CHECK-LABEL: func.func @memory
// CHECK-SAME: (%[[M:.*]]: memref<10x10xf32>, %[[I:.*]]: index)
func.func @memory(%m: memref<10x10xf32>, %i: index) {
  // CHECK:      %[[C1:.*]] = arith.constant 1 : index
  // CHECK-NEXT: %[[R:.*]] = arith.addi %[[I]], %[[C1]] : index
  // CHECK-NEXT: %[[V:.*]] = memref.load %[[M]][%[[R]], %[[I]]] : memref<10x10xf32>
  // CHECK-NEXT: %[[C3:.*]] = arith.constant 3 : index
  // CHECK-NEXT: memref.store %[[V]], %[[M]][%[[I]], %[[C3]]] : memref<10x10xf32>
  %v = affine.load %m[%i + 1, %i] : memref<10x10xf32>
  affine.store %v, %m[%i, 3] : memref<10x10xf32>
  return
}

// -----

// affine.parallel: bounds per dimension, steps, identity values, scf.reduce regions.
// CHECK-LABEL: func.func @parallel
func.func @parallel(%n: index) -> f32 {
  // CHECK:      %[[LB:.*]] = arith.constant 0 : index
  // CHECK-NEXT: %[[UB:.*]] = arith.constant 10 : index
  // CHECK-NEXT: %[[ST:.*]] = arith.constant 2 : index
  // CHECK-NEXT: %[[ID:.*]] = arith.constant 0.000000e+00 : f32
  // CHECK-NEXT: %[[R:.*]] = scf.parallel (%[[I:.*]]) = (%[[LB]]) to (%[[UB]]) step (%[[ST]]) init (%[[ID]]) -> f32 {
  // CHECK-NEXT:   %[[V:.*]] = "test.val"(%[[I]])
  // CHECK-NEXT:   scf.reduce(%[[V]] : f32) {
  // CHECK-NEXT:   ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32):
  // CHECK-NEXT:     %[[S:.*]] = arith.addf %[[A]], %[[B]] : f32
  // CHECK-NEXT:     scf.reduce.return %[[S]] : f32
  %r = affine.parallel (%i) = (0) to (10) step (2) reduce ("addf") -> (f32) {
    %v = "test.val"(%i) : (index) -> f32
    affine.yield %v : f32
  }
  return %r : f32
}

// -----

// Vector-of-index delinearize / linearize: index strides broadcast to the vector type.
// CHECK-LABEL: func.func @delin_vector(
// CHECK-NEXT: %[[C16:.*]] = arith.constant 16 : index
// CHECK-NEXT: %[[S:.*]] = vector.broadcast %[[C16]] : index to vector<4xindex>
// CHECK-NEXT: %[[Z:.*]] = arith.constant dense<0> : vector<4xindex>
// CHECK-NEXT: %[[Q:.*]] = arith.floordivsi %arg0, %[[S]] : vector<4xindex>
// CHECK-NEXT: %[[R:.*]] = arith.remsi %arg0, %[[S]] : vector<4xindex>
// CHECK-NEXT: %[[N:.*]] = arith.cmpi slt, %[[R]], %[[Z]] : vector<4xindex>
// CHECK-NEXT: %[[A:.*]] = arith.addi %[[R]], %[[S]] overflow<nsw> : vector<4xindex>
// CHECK-NEXT: %[[M:.*]] = arith.select %[[N]], %[[A]], %[[R]] : vector<4xi1>, vector<4xindex>
// CHECK-NEXT: return %[[Q]], %[[M]]
func.func @delin_vector(%x: vector<4xindex>) -> (vector<4xindex>, vector<4xindex>) {
  %0:2 = affine.delinearize_index %x into (3, 16) : vector<4xindex>, vector<4xindex>
  return %0#0, %0#1 : vector<4xindex>, vector<4xindex>
}

// CHECK-LABEL: func.func @lin_vector(
// CHECK-NEXT: %[[B:.*]] = vector.broadcast %arg2 : index to vector<4xindex>
// CHECK-NEXT: %[[M:.*]] = arith.muli %arg0, %[[B]] overflow<nsw> : vector<4xindex>
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[M]], %arg1 overflow<nsw> : vector<4xindex>
// CHECK-NEXT: return %[[S]]
func.func @lin_vector(%i: vector<4xindex>, %j: vector<4xindex>, %n: index) -> vector<4xindex> {
  %0 = affine.linearize_index [%i, %j] by (%n) : vector<4xindex>
  return %0 : vector<4xindex>
}

// -----

// prefetch / dma_start / dma_wait become their memref counterparts at the expanded
// subscripts; memref.dma_start takes the element count before the tag.
// CHECK-LABEL: func.func @dma_ops(
// CHECK-NEXT: %[[C1:.*]] = arith.constant 1 : index
// CHECK-NEXT: %[[I1:.*]] = arith.addi %arg3, %[[C1]] : index
// CHECK-NEXT: memref.prefetch %arg0[%arg3, %[[I1]]], read, locality<3>, data : memref<40x128xf32>
// CHECK-NEXT: %[[C0:.*]] = arith.constant 0 : index
// CHECK-NEXT: memref.dma_start %arg0[%arg3, %arg3], %arg1[%arg3, %[[C0]]], %arg4, %arg2[%arg3], %arg5, %arg6 : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK-NEXT: memref.dma_wait %arg2[%arg3], %arg4 : memref<1xi32>
func.func @dma_ops(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %num: index, %s: index, %n: index) {
  affine.prefetch %src[%i, %i + 1], read, locality<3>, data : memref<40x128xf32>
  affine.dma_start %src[%i, %i], %dst[%i, 0], %tag[%i], %num, %s, %n : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  affine.dma_wait %tag[%i], %num : memref<1xi32>
  return
}
