// RUN: pyir-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: pyir-opt --allow-unregistered-dialect %s | pyir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pyir-opt --allow-unregistered-dialect --mlir-print-op-generic %s | pyir-opt --allow-unregistered-dialect | FileCheck %s

// The custom forms of every scf op, checked against what iree-opt prints for the same
// input: elided implicit terminators, block arguments named in op headers, bounds given by
// constants printing `scf.forall` normalized. (FileCheck ignores runs of spaces; the exact
// spacing, e.g. `-> (f32)  : i32`, is compared byte for byte by tests/interop/scf.)

// CHECK-LABEL: func.func @for(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i32) -> f32 {
// CHECK-NEXT:   scf.for %arg5 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:     "test.op"(%arg5) : (index) -> ()
// CHECK-NEXT:   }
// CHECK-NEXT:   %0 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3) -> (f32) {
// CHECK-NEXT:     scf.yield %arg6 : f32
// CHECK-NEXT:   }
// CHECK-NEXT:   %1:2 = scf.for unsigned %arg5 = %arg4 to %arg4 step %arg4 iter_args(%arg6 = %arg3, %arg7 = %arg4) -> (f32, i32)  : i32 {
// CHECK-NEXT:     scf.yield %arg6, %arg5 : f32, i32
// CHECK-NEXT:   } {tag}
// CHECK-NEXT:   scf.for %arg5 = %arg4 to %arg4 step %arg4  : i32 {
// CHECK-NEXT:   }
// CHECK-NEXT:   return %0 : f32
// CHECK-NEXT: }
func.func @for(%lb: index, %ub: index, %st: index, %x: f32, %i: i32) -> f32 {
  scf.for %iv = %lb to %ub step %st {
    "test.op"(%iv) : (index) -> ()
  }
  %r = scf.for %iv = %lb to %ub step %st iter_args(%acc = %x) -> (f32) {
    scf.yield %acc : f32
  }
  %p:2 = scf.for unsigned %iv = %i to %i step %i iter_args(%a = %x, %b = %i) -> (f32, i32) : i32 {
    scf.yield %a, %iv : f32, i32
  } {tag}
  scf.for %iv = %i to %i step %i : i32 {
  }
  return %r : f32
}

// CHECK-LABEL: func.func @forall(%arg0: index, %arg1: tensor<4xf32>) -> tensor<4xf32> {
// CHECK-NEXT:   %c0 = arith.constant 0 : index
// CHECK-NEXT:   %c1 = arith.constant 1 : index
// CHECK-NEXT:   scf.forall (%arg2, %arg3) in (4, %arg0) {
// CHECK-NEXT:     "test.op"(%arg2, %arg3) : (index, index) -> ()
// CHECK-NEXT:   }
// CHECK-NEXT:   scf.forall (%arg2) = (%arg0) to (16) step (-2) {
// CHECK-NEXT:   } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT:   scf.forall (%arg2) in (%arg0) {
// CHECK-NEXT:   }
// CHECK-NEXT:   scf.forall () in () {
// CHECK-NEXT:   }
// CHECK-NEXT:   %0 = scf.forall (%arg2) in (2) shared_outs(%arg3 = %arg1) -> (tensor<4xf32>) {
// CHECK-NEXT:     scf.forall.in_parallel {
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   return %0 : tensor<4xf32>
// CHECK-NEXT: }
func.func @forall(%n: index, %t: tensor<4xf32>) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.forall (%i, %j) in (4, %n) {
    "test.op"(%i, %j) : (index, index) -> ()
  }
  scf.forall (%i) = (%n) to (16) step (-2) {
  } {mapping = [#gpu.thread<x>]}
  scf.forall (%i) = (%c0) to (%n) step (%c1) {
  }
  scf.forall () in () {
  }
  %r = scf.forall (%i) in (2) shared_outs(%o = %t) -> (tensor<4xf32>) {
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @parallel(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i32) -> f32 {
// CHECK-NEXT:   scf.parallel (%arg5, %arg6) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) {
// CHECK-NEXT:     "test.op"(%arg5, %arg6) : (index, index) -> ()
// CHECK-NEXT:     scf.reduce 
// CHECK-NEXT:   } {tag}
// CHECK-NEXT:   %0:2 = scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) init (%arg3, %arg4) -> (f32, i32) {
// CHECK-NEXT:     scf.reduce(%arg3, %arg4 : f32, i32) {
// CHECK-NEXT:     ^bb0(%arg6: f32, %arg7: f32):
// CHECK-NEXT:       %1 = arith.addf %arg6, %arg7 : f32
// CHECK-NEXT:       scf.reduce.return %1 : f32
// CHECK-NEXT:     }, {
// CHECK-NEXT:     ^bb0(%arg6: i32, %arg7: i32):
// CHECK-NEXT:       scf.reduce.return %arg7 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   return %0#0 : f32
// CHECK-NEXT: }
func.func @parallel(%lb: index, %ub: index, %st: index, %x: f32, %i: i32) -> f32 {
  scf.parallel (%a, %b) = (%lb, %lb) to (%ub, %ub) step (%st, %st) {
    "test.op"(%a, %b) : (index, index) -> ()
  } {tag}
  %r:2 = scf.parallel (%a) = (%lb) to (%ub) step (%st) init (%x, %i) -> (f32, i32) {
    scf.reduce(%x, %i : f32, i32) {
    ^bb0(%l: f32, %m: f32):
      %s = arith.addf %l, %m : f32
      scf.reduce.return %s : f32
    }, {
    ^bb0(%l: i32, %m: i32):
      scf.reduce.return %m : i32
    }
  }
  return %r#0 : f32
}

// CHECK-LABEL: func.func @while(%arg0: i1, %arg1: f32, %arg2: i32) -> f32 {
// CHECK-NEXT:   %0:2 = scf.while (%arg3 = %arg1, %arg4 = %arg2) : (f32, i32) -> (i32, f32) {
// CHECK-NEXT:     scf.condition(%arg0) %arg4, %arg3 : i32, f32
// CHECK-NEXT:   } do {
// CHECK-NEXT:   ^bb0(%arg3: i32, %arg4: f32):
// CHECK-NEXT:     scf.yield %arg4, %arg3 : f32, i32
// CHECK-NEXT:   }
// CHECK-NEXT:   scf.while : () -> () {
// CHECK-NEXT:     scf.condition(%arg0)
// CHECK-NEXT:   } do {
// CHECK-NEXT:     scf.yield
// CHECK-NEXT:   } attributes {tag}
// CHECK-NEXT:   return %0#1 : f32
// CHECK-NEXT: }
func.func @while(%c: i1, %x: f32, %i: i32) -> f32 {
  %r:2 = scf.while (%a = %x, %b = %i) : (f32, i32) -> (i32, f32) {
    scf.condition(%c) %b, %a : i32, f32
  } do {
  ^bb0(%p: i32, %q: f32):
    scf.yield %q, %p : f32, i32
  }
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  } attributes {tag}
  return %r#1 : f32
}

// CHECK-LABEL: func.func @if(%arg0: i1, %arg1: f32) -> f32 {
// CHECK-NEXT:   scf.if %arg0 {
// CHECK-NEXT:     "test.op"() : () -> ()
// CHECK-NEXT:   }
// CHECK-NEXT:   scf.if %arg0 {
// CHECK-NEXT:   } else {
// CHECK-NEXT:     "test.op"() : () -> ()
// CHECK-NEXT:   } {tag}
// CHECK-NEXT:   %0 = scf.if %arg0 -> (f32) {
// CHECK-NEXT:     scf.yield %arg1 : f32
// CHECK-NEXT:   } else {
// CHECK-NEXT:     scf.yield %arg1 : f32
// CHECK-NEXT:   }
// CHECK-NEXT:   return %0 : f32
// CHECK-NEXT: }
func.func @if(%c: i1, %x: f32) -> f32 {
  scf.if %c {
    "test.op"() : () -> ()
  }
  scf.if %c {
  } else {
    "test.op"() : () -> ()
  } {tag}
  %r = scf.if %c -> (f32) {
    scf.yield %x : f32
  } else {
    scf.yield %x : f32
  }
  return %r : f32
}

// CHECK-LABEL: func.func @index_switch(%arg0: index, %arg1: f32) -> f32 {
// CHECK-NEXT:   %0 = scf.index_switch %arg0 {tag} -> f32 
// CHECK-NEXT:   case 2 {
// CHECK-NEXT:     scf.yield %arg1 : f32
// CHECK-NEXT:   }
// CHECK-NEXT:   case -5 {
// CHECK-NEXT:     scf.yield %arg1 : f32
// CHECK-NEXT:   }
// CHECK-NEXT:   default {
// CHECK-NEXT:     scf.yield %arg1 : f32
// CHECK-NEXT:   }
// CHECK-NEXT:   scf.index_switch %arg0 
// CHECK-NEXT:   case 1 {
// CHECK-NEXT:     scf.yield
// CHECK-NEXT:   }
// CHECK-NEXT:   default {
// CHECK-NEXT:   }
// CHECK-NEXT:   return %0 : f32
// CHECK-NEXT: }
func.func @index_switch(%i: index, %x: f32) -> f32 {
  %r = scf.index_switch %i {tag} -> f32
  case 2 {
    scf.yield %x : f32
  }
  case -5 {
    scf.yield %x : f32
  }
  default {
    scf.yield %x : f32
  }
  scf.index_switch %i
  case 1 {
    scf.yield
  }
  default {
  }
  return %r : f32
}

// CHECK-LABEL: func.func @execute_region(%arg0: i1, %arg1: f32) -> f32 {
// CHECK-NEXT:   scf.execute_region {
// CHECK-NEXT:     scf.yield
// CHECK-NEXT:   }
// CHECK-NEXT:   %0 = scf.execute_region -> f32 no_inline {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1, ^bb2(%arg1 : f32)
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     cf.br ^bb2(%arg1 : f32)
// CHECK-NEXT:   ^bb2(%1: f32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     scf.yield %1 : f32
// CHECK-NEXT:   } {tag}
// CHECK-NEXT:   return %0 : f32
// CHECK-NEXT: }
func.func @execute_region(%c: i1, %x: f32) -> f32 {
  scf.execute_region {
    scf.yield
  }
  %r = scf.execute_region -> f32 no_inline {
    cf.cond_br %c, ^bb1, ^bb2(%x : f32)
  ^bb1:
    cf.br ^bb2(%x : f32)
  ^bb2(%z: f32):
    scf.yield %z : f32
  } {tag}
  return %r : f32
}
