// canonicalize, affine.for / affine.parallel / affine.load / affine.store / affine.if:
// constant and composed loop bounds, bound results dominated within enclosing loop ranges
// dropped, zero-trip loops with results replaced by their inits, empty-bodied loops
// forwarding their inits, memref.cast folded into loads and stores, access maps composed
// with affine.apply producers, conditions canonicalized, trivially true / false
// conditions inlined, empty else regions dropped. Negative cases: a zero-trip loop
// without results stays; loops with unknown trip counts that yield outside values or
// permuted arguments, or that yield the induction variable, stay; `2 == 0` is not the
// canonical empty set.
func.func @loop_bounds(%m: memref<10xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  affine.for %i = %c0 to %c10 {
    %0 = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    %v = affine.load %m[%0] : memref<10xf32>
    affine.store %v, %m[%i] : memref<10xf32>
  }
  affine.for %i = 0 to 0 {
    %v = affine.load %m[%i] : memref<10xf32>
    affine.store %v, %m[%i] : memref<10xf32>
  }
  affine.for %i = 0 to %n {
  }
  return
}
func.func @bounds_in_range(%n: index) {
  affine.for %i = 0 to 10 {
    affine.for %j = max affine_map<(d0) -> (d0, 20)>(%i) to min affine_map<(d0)[s0] -> (d0 + 100, 9, s0)>(%i)[%n] {
      "test.foo"(%j) : (index) -> ()
    }
  }
  return
}
func.func @bounds_composed(%n: index) {
  %0 = affine.apply affine_map<()[s0] -> (s0 * 2)>()[%n]
  affine.for %i = %0 to affine_map<()[s0] -> (s0 + 4)>()[%0] {
    "test.foo"(%i) : (index) -> ()
  }
  return
}
func.func @iter_unknown_trips(%a: f32, %b: f32, %n: index) -> (f32, f32, f32) {
  %r:3 = affine.for %i = 0 to %n iter_args(%x = %a, %y = %b, %z = %a) -> (f32, f32, f32) {
    affine.yield %x, %y, %b : f32, f32, f32
  }
  return %r#0, %r#1, %r#2 : f32, f32, f32
}
func.func @iter_forwarded(%a: f32, %b: f32, %n: index) -> (f32, f32) {
  %r:2 = affine.for %i = 0 to %n iter_args(%x = %a, %y = %b) -> (f32, f32) {
    affine.yield %x, %y : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
func.func @iter_one_trip_permuted(%a: f32, %b: f32) -> (f32, f32) {
  %r:2 = affine.for %i = 0 to 1 iter_args(%x = %a, %y = %b) -> (f32, f32) {
    affine.yield %y, %x : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
func.func @iter_two_trips_permuted(%a: f32, %b: f32) -> (f32, f32) {
  %r:2 = affine.for %i = 0 to 2 iter_args(%x = %a, %y = %b) -> (f32, f32) {
    affine.yield %y, %x : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
func.func @zero_trips(%a: f32) -> f32 {
  %r = affine.for %i = 5 to 2 iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    affine.yield %y : f32
  }
  return %r : f32
}
func.func @yields_iv(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %r = affine.for %i = 0 to %n iter_args(%x = %c0) -> (index) {
    affine.yield %i : index
  }
  return %r : index
}
func.func @load_store(%m: memref<?x?xf32>, %n: index) {
  %c2 = arith.constant 2 : index
  affine.for %i = 0 to 10 {
    %0 = affine.apply affine_map<(d0) -> (d0 * 2)>(%i)
    %v = affine.load %m[%0, %c2 + %n] : memref<?x?xf32>
    affine.store %v, %m[%i, %0 + 1] : memref<?x?xf32>
  }
  return
}
func.func @cast(%m: memref<4xf32>) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  affine.for %i = 0 to 4 {
    %v = affine.load %c[%i] : memref<?xf32>
    affine.store %v, %c[%i] : memref<?xf32>
  }
  return
}
func.func @parallel(%n: index) {
  %0 = affine.apply affine_map<()[s0] -> (s0 + 1)>()[%n]
  affine.parallel (%i) = (0) to (%0) {
    "test.foo"(%i) : (index) -> ()
  }
  return
}
func.func @if_constant_operand() {
  %c5 = arith.constant 5 : index
  affine.if affine_set<(d0) : (d0 - 3 >= 0)>(%c5) {
    "test.foo"() : () -> ()
  }
  return
}
func.func @if_compose(%n: index) {
  affine.for %i = 0 to 10 {
    %0 = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    affine.if affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 3)>(%0)[%n] {
      "test.foo"() : () -> ()
    } else {
      "test.bar"() : () -> ()
    }
  }
  return
}
func.func @if_empty_else(%a: index) {
  affine.if affine_set<(d0) : (d0 - 3 >= 0)>(%a) {
    "test.foo"() : () -> ()
  } else {
  }
  return
}
func.func @if_true(%a: index) {
  affine.if affine_set<(d0) : (0 == 0)>(%a) {
    "test.foo"() : () -> ()
  }
  return
}
func.func @if_false(%a: index) {
  affine.if affine_set<(d0) : (1 == 0)>(%a) {
    "test.foo"() : () -> ()
  }
  return
}
func.func @if_false_else() {
  affine.if affine_set<() : (1 == 0)>() {
    "test.foo"() : () -> ()
  } else {
    "test.bar"() : () -> ()
  }
  return
}
func.func @if_results(%a: index, %b: index) -> (index, index) {
  %r = affine.if affine_set<(d0) : (0 == 0)>(%a) -> index {
    affine.yield %a : index
  } else {
    affine.yield %b : index
  }
  %s = affine.if affine_set<() : (1 == 0)>() -> index {
    affine.yield %a : index
  } else {
    affine.yield %b : index
  }
  return %r, %s : index, index
}
func.func @if_not_canonical_empty() {
  affine.if affine_set<() : (2 == 0)>() {
    "test.foo"() : () -> ()
  }
  return
}
