// Canonicalization of memref.alloca_scope (AllocaScopeInliner, AllocaScopeHoister),
// memref.realloc (SimplifyDeadAlloc) and memref.prefetch (casts fold in).
func.func @inline_no_alloca(%n: index) -> index {
  %r = memref.alloca_scope -> (index) {
    %x = arith.addi %n, %n : index
    memref.alloca_scope.return %x : index
  }
  return %r : index
}
func.func @inline_last_in_scope(%n: index) {
  memref.alloca_scope {
    %a = memref.alloca(%n) : memref<?xf32>
    "test.use"(%a) : (memref<?xf32>) -> ()
  }
  return
}
func.func @keep_not_last(%n: index) {
  memref.alloca_scope {
    %a = memref.alloca(%n) : memref<?xf32>
    "test.use"(%a) : (memref<?xf32>) -> ()
  }
  "test.after"() : () -> ()
  return
}
func.func @keep_unknown_op_not_last() {
  memref.alloca_scope {
    "test.unknown"() : () -> ()
  }
  "test.after"() : () -> ()
  return
}
func.func @inline_nested_scope_not_last(%n: index) {
  memref.alloca_scope {
    affine.for %i = 0 to 4 {
      %a = memref.alloca(%n) : memref<?xf32>
      memref.dealloc %a : memref<?xf32>
    }
  }
  "test.after"() : () -> ()
  return
}
func.func @inline_pure_body_not_last(%n: index, %m: memref<4xf32>) {
  memref.alloca_scope {
    %x = arith.addi %n, %n : index
    %v = memref.load %m[%x] : memref<4xf32>
    memref.store %v, %m[%n] : memref<4xf32>
  }
  "test.after"() : () -> ()
  return
}
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
func.func @hoist_two_levels(%c: i1, %d: i1, %n: index) {
  scf.if %c {
    scf.if %d {
      memref.alloca_scope {
        %a = memref.alloca(%n) : memref<?xf32>
        "test.use"(%a) : (memref<?xf32>) -> ()
      }
    }
  }
  return
}
func.func @no_hoist_not_last(%c: i1, %n: index) {
  scf.if %c {
    memref.alloca_scope {
      %a = memref.alloca(%n) : memref<?xf32>
      "test.use"(%a) : (memref<?xf32>) -> ()
    }
    "test.after"() : () -> ()
  }
  return
}
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
func.func @hoist_from_execute_region(%n: index) {
  scf.execute_region {
    memref.alloca_scope {
      %a = memref.alloca(%n) : memref<?xf32>
      "test.use"(%a) : (memref<?xf32>) -> ()
    }
    scf.yield
  }
  return
}
func.func @realloc_dead(%m: memref<4xf32>, %v: f32, %i: index) {
  %r = memref.realloc %m : memref<4xf32> to memref<8xf32>
  memref.store %v, %r[%i] : memref<8xf32>
  memref.dealloc %r : memref<8xf32>
  return
}
func.func @realloc_unused(%m: memref<4xf32>, %n: index) {
  %r = memref.realloc %m(%n) : memref<4xf32> to memref<?xf32>
  return
}
func.func @realloc_keep(%m: memref<4xf32>, %i: index) -> f32 {
  %r = memref.realloc %m : memref<4xf32> to memref<8xf32>
  %v = memref.load %r[%i] : memref<8xf32>
  return %v : f32
}
func.func @prefetch_cast(%m: memref<4xf32>, %u: memref<*xf32>, %i: index) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  memref.prefetch %c[%i], read, locality<3>, data : memref<?xf32>
  %d = memref.cast %u : memref<*xf32> to memref<?xf32>
  memref.prefetch %d[%i], write, locality<1>, instr : memref<?xf32>
  return
}
func.func @scope_results_alloca(%n: index) -> memref<?xf32> {
  %r = memref.alloca_scope -> (memref<?xf32>) {
    %a = memref.alloc(%n) : memref<?xf32>
    %b = memref.alloca(%n) : memref<?xf32>
    "test.use"(%b) : (memref<?xf32>) -> ()
    memref.alloca_scope.return %a : memref<?xf32>
  }
  return %r : memref<?xf32>
}
func.func @nested_scopes(%n: index, %c: i1) {
  scf.if %c {
    memref.alloca_scope {
      memref.alloca_scope {
        %a = memref.alloca(%n) : memref<?xf32>
        "test.use"(%a) : (memref<?xf32>) -> ()
      }
    }
  }
  return
}
