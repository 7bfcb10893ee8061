// RUN: pyir-opt %s --canonicalize --allow-unregistered-dialect | FileCheck %s

// scf.for: a loop that never runs is its inits; one that runs once is its body.
// CHECK-LABEL: func.func @for_trip_counts
// CHECK-NEXT:    %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT:    %[[M:.*]] = arith.mulf %arg0, %arg0 : f32
// CHECK-NEXT:    "test.use"(%[[C4]]) : (index) -> ()
// CHECK-NEXT:    return %arg0, %[[M]] : f32, f32
func.func @for_trip_counts(%a: f32, %n: index) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %0 = scf.for %i = %c4 to %c0 step %n iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  %1 = scf.for %i = %c4 to %c8 step %c8 iter_args(%x = %a) -> (f32) {
    %y = arith.mulf %x, %x : f32
    "test.use"(%i) : (index) -> ()
    scf.yield %y : f32
  }
  return %0, %1 : f32, f32
}

// scf.for with a dynamic trip count, a negative step or a zero step stays.
// CHECK-LABEL: func.func @for_kept
// CHECK:         scf.for %{{.*}} = %{{.*}} to %arg1 step %{{.*}} iter_args
// CHECK:         scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c-1 iter_args
func.func @for_kept(%a: f32, %n: index) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %cm1 = arith.constant -1 : index
  %0 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  %1 = scf.for %i = %c0 to %c1 step %cm1 iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  return %0, %1 : f32, f32
}

// An empty loop known to run yields outside values: it is those values.
// CHECK-LABEL: func.func @for_empty_body
// CHECK-NEXT:    return %arg1 : f32
func.func @for_empty_body(%a: f32, %b: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %0 = scf.for %i = %c0 to %c10 step %c1 iter_args(%x = %a) -> (f32) {
    scf.yield %b : f32
  }
  return %0 : f32
}

// Forwarded, unused and duplicate iteration arguments are removed.
// CHECK-LABEL: func.func @for_iter_args
// CHECK:         %[[L:.*]] = scf.for %{{.*}} = %{{.*}} to %arg2 step %{{.*}} iter_args(%[[X:.*]] = %arg0) -> (f32) {
// CHECK-NEXT:      %[[Y:.*]] = arith.addf %[[X]], %[[X]] : f32
// CHECK-NEXT:      %[[Z:.*]] = arith.addf %[[Y]], %arg1 : f32
// CHECK-NEXT:      "test.use"(%arg0) : (f32) -> ()
// CHECK-NEXT:      scf.yield %[[Z]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[L]], %arg1, %[[L]], %arg0 : f32, f32, f32, f32
func.func @for_iter_args(%a: f32, %b: f32, %n: index) -> (f32, f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0:5 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %pass = %b, %dead = %b, %dup = %a, %init = %a) -> (f32, f32, f32, f32, f32) {
    %y = arith.addf %x, %dup : f32
    %z = arith.addf %y, %pass : f32
    "test.use"(%init) : (f32) -> ()
    scf.yield %z, %pass, %y, %z, %a : f32, f32, f32, f32, f32
  }
  return %0#0, %0#1, %0#3, %0#4 : f32, f32, f32, f32
}

// A loop that runs at least once gives the value it always yields.
// CHECK-LABEL: func.func @for_runs_once_at_least
// CHECK:         scf.for
// CHECK-NEXT:      "test.use"
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK:         return %arg1 : f32
func.func @for_runs_once_at_least(%a: f32, %b: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %0 = scf.for %i = %c0 to %c10 step %c1 iter_args(%x = %a) -> (f32) {
    "test.use"(%x) : (f32) -> ()
    scf.yield %b : f32
  }
  return %0 : f32
}

// An iteration argument initialized by a cast that erases static sizes keeps them.
// CHECK-LABEL: func.func @for_tensor_cast
// CHECK:         %[[L:.*]] = scf.for %{{.*}} iter_args(%[[A:.*]] = %arg0) -> (tensor<4xf32>) {
// CHECK-NEXT:      %[[IN:.*]] = tensor.cast %[[A]] : tensor<4xf32> to tensor<?xf32>
// CHECK-NEXT:      %[[S:.*]] = "test.step"(%[[IN]])
// CHECK-NEXT:      %[[OUT:.*]] = tensor.cast %[[S]] : tensor<?xf32> to tensor<4xf32>
// CHECK-NEXT:      scf.yield %[[OUT]] : tensor<4xf32>
// CHECK:         %[[R:.*]] = tensor.cast %[[L]] : tensor<4xf32> to tensor<?xf32>
// CHECK-NEXT:    return %[[R]]
func.func @for_tensor_cast(%t: tensor<4xf32>, %n: index) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0 = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %1 = scf.for %i = %c0 to %n step %c1 iter_args(%a = %0) -> (tensor<?xf32>) {
    %2 = "test.step"(%a) : (tensor<?xf32>) -> tensor<?xf32>
    scf.yield %2 : tensor<?xf32>
  }
  return %1 : tensor<?xf32>
}

// scf.while: the after region knows the condition held.
// CHECK-LABEL: func.func @while_condition_truth
// CHECK-NEXT:    %[[T:.*]] = arith.constant true
// CHECK:         scf.condition(%{{.*}}) %{{.*}} : i32
// CHECK:         "test.step"(%{{.*}}, %[[T]]) : (i32, i1) -> i32
func.func @while_condition_truth(%a: i32) -> i32 {
  %0:2 = scf.while (%x = %a) : (i32) -> (i32, i1) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %c : i32, i1
  } do {
  ^bb0(%p: i32, %q: i1):
    %s = "test.step"(%p, %q) : (i32, i1) -> i32
    scf.yield %s : i32
  }
  return %0#0 : i32
}

// ... including a repeated (or negated) comparison; other comparisons stay.
// CHECK-LABEL: func.func @while_cmp_cond
// CHECK-DAG:     %[[F:.*]] = arith.constant false
// CHECK-DAG:     %[[T:.*]] = arith.constant true
// CHECK:         } do {
// CHECK-NEXT:    ^bb0(%[[P:.*]]: i32):
// CHECK-NEXT:      %[[GT:.*]] = arith.cmpi sgt, %[[P]], %arg1 : i32
// CHECK-NEXT:      "test.step"(%[[P]], %[[T]], %[[F]], %[[GT]])
func.func @while_cmp_cond(%a: i32, %n: i32) -> i32 {
  %0 = scf.while (%x = %a) : (i32) -> i32 {
    %c = arith.cmpi slt, %x, %n : i32
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%p: i32):
    %lt = arith.cmpi slt, %p, %n : i32
    %ge = arith.cmpi sge, %p, %n : i32
    %gt = arith.cmpi sgt, %p, %n : i32
    %s = "test.step"(%p, %lt, %ge, %gt) : (i32, i1, i1, i1) -> i32
    scf.yield %s : i32
  }
  return %0 : i32
}

// scf.while: invariant arguments, outside values, unused and duplicate values go.
// CHECK-LABEL: func.func @while_cleanup
// CHECK-NEXT:    %[[W:.*]] = scf.while (%[[X:.*]] = %arg0) : (i32) -> i32 {
// CHECK-NEXT:      %[[C:.*]] = "test.cond"(%[[X]], %arg1)
// CHECK-NEXT:      scf.condition(%[[C]]) %[[X]] : i32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%[[P:.*]]: i32):
// CHECK-NEXT:      %[[S:.*]] = "test.step"(%[[P]], %arg1, %[[P]])
// CHECK-NEXT:      scf.yield %[[S]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[W]], %arg1, %[[W]] : i32, i32, i32
func.func @while_cleanup(%a: i32, %b: i32) -> (i32, i32, i32) {
  %0:4 = scf.while (%x = %a, %inv = %b, %dead = %a) : (i32, i32, i32) -> (i32, i32, i32, i32) {
    %c = "test.cond"(%x, %inv) : (i32, i32) -> i1
    scf.condition(%c) %x, %b, %x, %x : i32, i32, i32, i32
  } do {
  ^bb0(%p: i32, %q: i32, %r: i32, %unused: i32):
    %s = "test.step"(%p, %q, %r) : (i32, i32, i32) -> i32
    scf.yield %s, %b, %s : i32, i32, i32
  }
  return %0#0, %0#1, %0#2 : i32, i32, i32
}

// scf.while forwarding its arguments permuted is made to forward them in order.
// CHECK-LABEL: func.func @while_align
// CHECK:         scf.while (%[[X:.*]] = %arg0, %[[Y:.*]] = %arg1) : (i32, f32) -> (i32, f32) {
// CHECK:           scf.condition(%{{.*}}) %[[X]], %[[Y]] : i32, f32
// CHECK:         ^bb0(%[[Q:.*]]: i32, %[[P:.*]]: f32):
// CHECK-NEXT:      "test.step"(%[[P]], %[[Q]])
// CHECK:         return %{{.*}}#0, %{{.*}}#1 : i32, f32
func.func @while_align(%a: i32, %b: f32) -> (i32, f32) {
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, f32) -> (f32, i32) {
    %c = "test.cond"(%x, %y) : (i32, f32) -> i1
    scf.condition(%c) %y, %x : f32, i32
  } do {
  ^bb0(%p: f32, %q: i32):
    %s:2 = "test.step"(%p, %q) : (f32, i32) -> (i32, f32)
    scf.yield %s#0, %s#1 : i32, f32
  }
  return %0#1, %0#0 : i32, f32
}

// scf.forall: constant bounds become static; single-trip dimensions go.
// CHECK-LABEL: func.func @forall(
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C3:.*]] = arith.constant 3 : index
// CHECK:         scf.forall (%[[I:.*]]) = (0) to (8) step (2) {
// CHECK-NEXT:      "test.use"(%[[I]], %[[C3]])
// CHECK:         scf.forall (%[[J:.*]], %{{.*}}) in (%arg0, 1) {
// CHECK-NEXT:      "test.use"(%[[J]], %[[C0]])
// CHECK:         } {mapping = [#gpu.thread<x>, #gpu.thread<y>]}
func.func @forall(%n: index) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  scf.forall (%i, %j) = (%c0, 3) to (%c8, 4) step (2, 1) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  scf.forall (%i, %j) in (%n, 1) {
    "test.use"(%i, %j) : (index, index) -> ()
  } {mapping = [#gpu.thread<x>, #gpu.thread<y>]}
  return
}

// scf.forall: an output nothing writes into is dropped.
// CHECK-LABEL: func.func @forall_outputs
// CHECK-NEXT:    scf.forall (%[[I:.*]]) in (%arg1) {
// CHECK-NEXT:      "test.use"(%[[I]], %arg0)
// CHECK-NEXT:    }
// CHECK-NEXT:    return %arg0
func.func @forall_outputs(%t: tensor<8xf32>, %n: index) -> tensor<8xf32> {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8xf32>) {
    "test.use"(%i, %o) : (index, tensor<8xf32>) -> ()
  }
  return %r : tensor<8xf32>
}

// scf.parallel: single-trip dimensions go, nested loops merge, reductions run once.
// CHECK-LABEL: func.func @parallel(
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-NOT:     arith.constant 4
// CHECK:         scf.parallel (%[[I:.*]], %[[K:.*]]) = (%[[C0]], %[[C0]]) to (%arg1, %arg2) step (%[[C1]], %[[C1]]) {
// CHECK-NEXT:      "test.use"(%[[I]], %[[C0]], %[[K]])
// CHECK-NEXT:      scf.reduce
// CHECK-NEXT:    }
// CHECK-NEXT:    %[[V:.*]] = "test.val"(%[[C0]])
// CHECK-NEXT:    %[[S:.*]] = arith.addf %arg0, %[[V]] : f32
// CHECK-NEXT:    return %[[S]] : f32
func.func @parallel(%a: f32, %n: index, %m: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.parallel (%i, %j) = (%c0, %c4) to (%n, %c4) step (%c1, %c1) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  scf.parallel (%i, %j) = (%c0, %c0) to (%n, %c1) step (%c1, %c1) {
    scf.parallel (%k) = (%c0) to (%m) step (%c1) {
      "test.use"(%i, %j, %k) : (index, index, index) -> ()
    }
  }
  %r = scf.parallel (%i) = (%c0) to (%c1) step (%c1) init (%a) -> f32 {
    %v = "test.val"(%i) : (index) -> f32
    scf.reduce(%v : f32) {
    ^bb0(%x: f32, %y: f32):
      %s = arith.addf %x, %y : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}

// scf.while whose condition is false runs its before region once.
// CHECK-LABEL: func.func @while_false
// CHECK-NEXT:    %[[V:.*]] = "test.val"(%arg0) : (i32) -> i32
// CHECK-NEXT:    return %arg1, %[[V]] : i32, i32
func.func @while_false(%a: i32, %b: i32) -> (i32, i32) {
  %false = arith.constant false
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %v = "test.val"(%x) : (i32) -> i32
    scf.condition(%false) %y, %v : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    scf.yield %p, %q : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}
