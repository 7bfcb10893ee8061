// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// A scope that cannot allocate on the stack is inlined anywhere.
// CHECK-LABEL: func.func @inline_no_alloca
// CHECK-NEXT:    %[[X:.*]] = arith.addi %arg0, %arg0 : index
// CHECK-NEXT:    "test.after"() : () -> ()
// CHECK-NEXT:    return %[[X]]
func.func @inline_no_alloca(%n: index) -> index {
  %r = memref.alloca_scope -> (index) {
    %x = arith.addi %n, %n : index
    memref.alloca_scope.return %x : index
  }
  "test.after"() : () -> ()
  return %r : index
}

// One that may is inlined only as the last op of an allocation scope (here the func).
// CHECK-LABEL: func.func @inline_last_in_scope
// CHECK-NEXT:    %[[A:.*]] = memref.alloca(%arg0) : memref<?xf32>
// CHECK-NEXT:    "test.use"(%[[A]])
// CHECK-NEXT:    return
func.func @inline_last_in_scope(%n: index) {
  memref.alloca_scope {
    %a = memref.alloca(%n) : memref<?xf32>
    "test.use"(%a) : (memref<?xf32>) -> ()
  }
  return
}

// An op with unknown effects may allocate too: the scope stays.
// CHECK-LABEL: func.func @keep_not_last
// CHECK-NEXT:    memref.alloca_scope
// CHECK-NEXT:      "test.unknown"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    "test.after"() : () -> ()
func.func @keep_not_last() {
  memref.alloca_scope {
    "test.unknown"() : () -> ()
  }
  "test.after"() : () -> ()
  return
}

// Stack allocations whose operands come from outside move above the scf.if; the ones
// that need values computed inside stay.
// CHECK-LABEL: func.func @hoist_from_if
// CHECK-NEXT:    %[[A:.*]] = memref.alloca(%arg1) : memref<?xf32>
// CHECK-NEXT:    %[[S:.*]] = memref.alloca() : memref<4xf32>
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:      memref.alloca_scope  {
// CHECK-NEXT:        %[[K:.*]] = arith.addi %arg1, %arg1 : index
// CHECK-NEXT:        %[[B:.*]] = memref.alloca(%[[K]]) : memref<?xf32>
// CHECK-NEXT:        "test.use"(%[[A]], %[[B]], %[[S]])
func.func @hoist_from_if(%c: i1, %n: index) {
  scf.if %c {
    memref.alloca_scope {
      %k = arith.addi %n, %n : index
      %a = memref.alloca(%n) : memref<?xf32>
      %b = memref.alloca(%k) : memref<?xf32>
      %s = memref.alloca() : memref<4xf32>
      "test.use"(%a, %b, %s) : (memref<?xf32>, memref<?xf32>, memref<4xf32>) -> ()
    }
  }
  return
}

// Not when the scope or an op on the way is followed by more than its terminator.
// CHECK-LABEL: func.func @no_hoist_parent_not_last
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:      memref.alloca_scope  {
// CHECK-NEXT:        memref.alloca(%arg1)
func.func @no_hoist_parent_not_last(%c: i1, %n: index) {
  scf.if %c {
    memref.alloca_scope {
      %a = memref.alloca(%n) : memref<?xf32>
      "test.use"(%a) : (memref<?xf32>) -> ()
    }
  }
  "test.after"() : () -> ()
  return
}

// A realloc only stored into and deallocated is dead; one that is read stays.
// CHECK-LABEL: func.func @realloc_dead
// CHECK-NEXT:    return
func.func @realloc_dead(%m: memref<4xf32>, %v: f32, %i: index) {
  %r = memref.realloc %m : memref<4xf32> to memref<8xf32>
  memref.store %v, %r[%i] : memref<8xf32>
  memref.dealloc %r : memref<8xf32>
  return
}

// CHECK-LABEL: func.func @realloc_keep
// CHECK-NEXT:    memref.realloc %arg0 : memref<4xf32> to memref<8xf32>
func.func @realloc_keep(%m: memref<4xf32>, %i: index) -> f32 {
  %r = memref.realloc %m : memref<4xf32> to memref<8xf32>
  %v = memref.load %r[%i] : memref<8xf32>
  return %v : f32
}

// prefetch reads through a cast of a ranked memref, not of an unranked one.
// CHECK-LABEL: func.func @prefetch_cast
// CHECK-NEXT:    memref.prefetch %arg0[%arg2], read, locality<3>, data : memref<4xf32>
// CHECK-NEXT:    %[[C:.*]] = memref.cast %arg1 : memref<*xf32> to memref<?xf32>
// CHECK-NEXT:    memref.prefetch %[[C]][%arg2], write, locality<1>, instr : memref<?xf32>
func.func @prefetch_cast(%m: memref<4xf32>, %u: memref<*xf32>, %i: index) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  memref.prefetch %c[%i], read, locality<3>, data : memref<?xf32>
  %d = memref.cast %u : memref<*xf32> to memref<?xf32>
  memref.prefetch %d[%i], write, locality<1>, instr : memref<?xf32>
  return
}
