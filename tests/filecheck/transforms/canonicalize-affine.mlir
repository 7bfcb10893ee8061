// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// CHECK-DAG: #[[COMPOSED:.*]] = affine_map<()[s0, s1] -> (s0 * 2 + s1 + 2)>
// CHECK-DAG: #[[DUP:.*]] = affine_map<()[s0] -> (s0 * 2)>
// CHECK-DAG: #[[NONSYM:.*]] = affine_map<(d0)[s0] -> (d0 * 3 + s0 * 3)>
// CHECK-DAG: #[[CEIL:.*]] = affine_map<(d0) -> (d0 ceildiv 8)>
// CHECK-DAG: #[[MINC:.*]] = affine_map<()[s0] -> (4, s0)>
// CHECK-DAG: #[[SINGLE:.*]] = affine_map<()[s0] -> (s0 + 2)>
// CHECK-DAG: #[[MERGED:.*]] = affine_map<()[s0, s1] -> (s1 + 16, s1 * 8, s0 + 4)>
// CHECK-DAG: #[[SORTED:.*]] = affine_map<()[s0, s1] -> (7, s1 + 2, s0 * 3)>
// CHECK-DAG: #[[UB:.*]] = affine_map<()[s0] -> (9, s0)>
// CHECK-DAG: #[[SET:.*]] = affine_set<(d0)[s0] : (d0 - s0 + 1 >= 0, d0 - 2 == 0)>

// affine.apply of constants is a constant; of a lone dim or symbol, that operand.
// CHECK-LABEL: func.func @apply_fold
// CHECK-NEXT:    %[[C7:.*]] = arith.constant 7 : index
// CHECK-NEXT:    return %[[C7]], %arg0, %arg0 : index, index, index
func.func @apply_fold(%a: index) -> (index, index, index) {
  %c3 = arith.constant 3 : index
  %0 = affine.apply affine_map<(d0) -> (d0 * 2 + 1)>(%c3)
  %1 = affine.apply affine_map<(d0) -> (d0)>(%a)
  %2 = affine.apply affine_map<()[s0] -> (s0)>()[%a]
  return %0, %1, %2 : index, index, index
}

// An affine.apply feeding another is composed into it; operands that are valid symbols
// become symbols, and a repeated operand is used once.
// CHECK-LABEL: func.func @apply_compose
// CHECK-NEXT:    %[[A:.*]] = affine.apply #[[COMPOSED]]()[%arg0, %arg1]
// CHECK-NEXT:    %[[B:.*]] = affine.apply #[[DUP]]()[%arg0]
// CHECK-NEXT:    return %[[A]], %[[B]]
func.func @apply_compose(%a: index, %b: index) -> (index, index) {
  %0 = affine.apply affine_map<(d0) -> (d0 + 1)>(%a)
  %1 = affine.apply affine_map<(d0, d1) -> (d0 * 2 + d1)>(%0, %b)
  %2 = affine.apply affine_map<(d0, d1) -> (d0 + d1)>(%a, %a)
  return %1, %2 : index, index
}

// A loaded value is not a valid symbol: it stays a symbol of affine.apply only where
// it was one, and the induction variable stays a dim.
// CHECK-LABEL: func.func @apply_non_symbol
// CHECK:         %[[V:.*]] = affine.load
// CHECK-NEXT:    affine.apply #[[NONSYM]](%{{.*}})[%[[V]]]
func.func @apply_non_symbol(%m: memref<10xindex>) {
  affine.for %i = 0 to 10 {
    %v = affine.load %m[%i] : memref<10xindex>
    %0 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%i)[%v]
    %1 = affine.apply affine_map<(d0) -> (d0 * 3)>(%0)
    "test.use"(%1) : (index) -> ()
  }
  return
}

// Inside `affine.for %i = 0 to 8`, i floordiv 8 is 0 and i mod 8 is i; i ceildiv 8 is
// 0 or 1 and stays.
// CHECK-LABEL: func.func @iv_ranges
// CHECK:         %[[C0:.*]] = arith.constant 0 : index
// CHECK:         affine.for %[[I:.*]] = 0 to 8 {
// CHECK-NEXT:      %[[CEIL_V:.*]] = affine.apply #[[CEIL]](%[[I]])
// CHECK-NEXT:      "test.use"(%[[C0]], %[[I]], %[[CEIL_V]])
func.func @iv_ranges() {
  affine.for %i = 0 to 8 {
    %0 = affine.apply affine_map<(d0) -> (d0 floordiv 8)>(%i)
    %1 = affine.apply affine_map<(d0) -> (d0 mod 8)>(%i)
    %2 = affine.apply affine_map<(d0) -> (d0 ceildiv 8)>(%i)
    "test.use"(%0, %1, %2) : (index, index, index) -> ()
  }
  return
}

// affine.min / max: constant results fold into the map (and duplicates go); all constant
// gives the extreme; one result becomes affine.apply; `()[s0] -> (s0)` is the operand.
// CHECK-LABEL: func.func @min_max_fold
// CHECK-DAG:     %[[C5:.*]] = arith.constant 5 : index
// CHECK-DAG:     %[[M:.*]] = affine.min #[[MINC]]()[%arg0]
// CHECK-DAG:     %[[S:.*]] = affine.apply #[[SINGLE]]()[%arg0]
// CHECK:         return %[[M]], %[[C5]], %[[S]], %arg1
func.func @min_max_fold(%a: index, %b: index) -> (index, index, index, index) {
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %0 = affine.min affine_map<(d0, d1) -> (d0 + 1, d1, 4)>(%c3, %a)
  %1 = affine.max affine_map<(d0, d1) -> (d0 + 1, d1, 4)>(%c3, %c5)
  %2 = affine.min affine_map<(d0) -> (d0 + 2)>(%a)
  %3 = affine.min affine_map<()[s0] -> (s0)>()[%b]
  return %0, %1, %2, %3 : index, index, index, index
}

// A min of a min is one min; results are sorted by their coefficients.
// CHECK-LABEL: func.func @min_merge_and_sort
// CHECK-NEXT:    %[[A:.*]] = affine.min #[[MERGED]]()[%arg1, %arg0]
// CHECK-NEXT:    %[[B:.*]] = affine.min #[[SORTED]]()[%arg0, %arg1]
func.func @min_merge_and_sort(%a: index, %b: index) -> (index, index) {
  %0 = affine.min affine_map<()[s0] -> (s0 + 16, s0 * 8)>()[%a]
  %1 = affine.min affine_map<(d0)[s0] -> (s0 + 4, d0)>(%0)[%b]
  %2 = affine.min affine_map<()[s0, s1] -> (s1 + 2, s0 * 3, 7)>()[%a, %b]
  return %1, %2 : index, index
}

// Loop bounds: constants fold into the maps; results dominated within the enclosing
// loop's range go (max(i, 20) is 20, min(i + 100, 9, n) is min(9, n)).
// CHECK-LABEL: func.func @loop_bounds
// CHECK:         affine.for %{{.*}} = 0 to 10 {
// CHECK-NEXT:      affine.for %{{.*}} = 20 to min #[[UB]]()[%arg0] {
func.func @loop_bounds(%n: index) {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  affine.for %i = %c0 to %c10 {
    affine.for %j = max affine_map<(d0) -> (d0, 20)>(%i) to min affine_map<(d0)[s0] -> (d0 + 100, 9, s0)>(%i)[%n] {
      "test.foo"(%j) : (index) -> ()
    }
  }
  return
}

// A loop with results that runs zero times is its inits; an empty-bodied loop forwards
// its inits. Unknown trip counts keep loops yielding outside values, and a loop
// yielding its induction variable stays. A zero-trip loop without results stays.
// CHECK-LABEL: func.func @loop_results
// CHECK:         %[[R:.*]] = affine.for %{{.*}} = 0 to %arg2 iter_args(%{{.*}} = %arg0) -> (f32) {
// CHECK-NEXT:      affine.yield %arg1 : f32
// CHECK:         return %arg0, %arg1, %[[R]]
func.func @loop_results(%a: f32, %b: f32, %n: index) -> (f32, f32, f32) {
  %0 = affine.for %i = 5 to 2 iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    affine.yield %y : f32
  }
  %1 = affine.for %i = 0 to %n iter_args(%x = %b) -> (f32) {
    affine.yield %x : f32
  }
  %2 = affine.for %i = 0 to %n iter_args(%x = %a) -> (f32) {
    affine.yield %b : f32
  }
  return %0, %1, %2 : f32, f32, f32
}

// Loads and stores: memref.cast is looked through, producers composed.
// CHECK-LABEL: func.func @access
// CHECK:         affine.for %[[I:.*]] = 0 to 4 {
// CHECK-NEXT:      %[[V:.*]] = affine.load %arg0[%[[I]] * 2] : memref<8xf32>
// CHECK-NEXT:      affine.store %[[V]], %arg0[%[[I]] * 2 + 1] : memref<8xf32>
func.func @access(%m: memref<8xf32>) {
  %c = memref.cast %m : memref<8xf32> to memref<?xf32>
  affine.for %i = 0 to 4 {
    %0 = affine.apply affine_map<(d0) -> (d0 * 2)>(%i)
    %v = affine.load %c[%0] : memref<?xf32>
    affine.store %v, %c[%0 + 1] : memref<?xf32>
  }
  return
}

// affine.if: producers composed into the set; `0 == 0` inlines the then block, `1 == 0`
// the else block (or nothing); an empty else goes.
// CHECK-LABEL: func.func @ifs
// CHECK:         affine.if #[[SET]](%{{.*}})[%arg0] {
// CHECK-NEXT:      "test.foo"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:  }
// CHECK-NEXT:  "test.then"() : () -> ()
// CHECK-NEXT:  "test.else"() : () -> ()
// CHECK-NEXT:  return
func.func @ifs(%n: index) {
  affine.for %i = 0 to 10 {
    %0 = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    affine.if affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 3)>(%0)[%n] {
      "test.foo"() : () -> ()
    } else {
    }
  }
  affine.if affine_set<() : (0 == 0)>() {
    "test.then"() : () -> ()
  }
  affine.if affine_set<() : (1 == 0)>() {
    "test.never"() : () -> ()
  }
  affine.if affine_set<() : (1 == 0)>() {
    "test.never"() : () -> ()
  } else {
    "test.else"() : () -> ()
  }
  return
}

// A load from a constant global at constant indices (or from a splat) is the element.
// CHECK-LABEL: func.func @load_constant_global
// CHECK-DAG:     %[[SIX:.*]] = arith.constant 6.000000e+00 : f32
// CHECK-DAG:     %[[SEVEN:.*]] = arith.constant 7 : i32
// CHECK:         return %[[SIX]], %[[SEVEN]]
memref.global "private" constant @cst : memref<2x3xf32> = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]>
memref.global "private" constant @splat : memref<4xi32> = dense<7>
func.func @load_constant_global(%i: index) -> (f32, i32) {
  %g = memref.get_global @cst : memref<2x3xf32>
  %s = memref.get_global @splat : memref<4xi32>
  %0 = affine.load %g[1, 2] : memref<2x3xf32>
  %1 = affine.load %s[%i] : memref<4xi32>
  return %0, %1 : f32, i32
}
