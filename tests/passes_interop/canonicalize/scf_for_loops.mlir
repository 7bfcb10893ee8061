// canonicalize: scf.for. SimplifyTrivialLoops (zero trips, one trip, an empty body run at
// least once yielding outside values; MLIR's constantTripCount with signed and unsigned
// bounds), ForOpTensorCastFolder, and the region-branch patterns: iteration arguments
// that can only hold one outside value, duplicate iteration arguments and dead ones are
// removed; a loop known to run at least once yields outside values straight to its
// results. Negative cases: dynamic bounds or step, negative or zero step, a dead cycle
// through the body, several trips, casts that add static information.
func.func @zero_trips(%a: f32) -> f32 {
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %0 = scf.for %i = %c4 to %c1 step %c1 iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  return %0 : f32
}
func.func @same_bounds(%a: f32, %n: index, %s: index) -> f32 {
  %0 = scf.for %i = %n to %n step %s iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  return %0 : f32
}
func.func @zero_trips_dynamic_step(%a: f32, %s: index) -> f32 {
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %0 = scf.for %i = %c4 to %c2 step %s iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  return %0 : f32
}
func.func @one_trip(%a: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  %c20 = arith.constant 20 : index
  %0 = scf.for %i = %c0 to %c10 step %c20 iter_args(%x = %a) -> (f32) {
    %s = arith.addf %x, %x : f32
    "test.use"(%i) : (index) -> ()
    scf.yield %s : f32
  }
  return %0 : f32
}
func.func @one_trip_no_results() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c1 step %c1 {
    "test.use"(%i) : (index) -> ()
  }
  return
}
func.func @one_trip_unsigned_i8(%a: f32) -> f32 {
  %c100 = arith.constant 100 : i8
  %c200 = arith.constant 200 : i8
  %c127 = arith.constant 127 : i8
  %0 = scf.for unsigned %i = %c100 to %c200 step %c127 iter_args(%x = %a) -> (f32) : i8 {
    %s = arith.addf %x, %x : f32
    "test.use"(%i) : (i8) -> ()
    scf.yield %s : f32
  }
  return %0 : f32
}
func.func @signed_vs_unsigned(%a: f32) -> (f32, f32) {
  %cm = arith.constant -1 : i8
  %c1 = arith.constant 1 : i8
  %c0 = arith.constant 0 : i8
  %0 = scf.for unsigned %i = %c0 to %cm step %c1 iter_args(%x = %a) -> (f32) : i8 {
    %s = arith.addf %x, %x : f32
    scf.yield %s : f32
  }
  %1 = scf.for %i = %c0 to %cm step %c1 iter_args(%x = %a) -> (f32) : i8 {
    %s = arith.addf %x, %x : f32
    scf.yield %s : f32
  }
  return %0, %1 : f32, f32
}
func.func @two_trips_i8(%a: f32) -> f32 {
  %c100 = arith.constant 100 : i8
  %cm = arith.constant -100 : i8
  %c127 = arith.constant 127 : i8
  %0 = scf.for %i = %cm to %c100 step %c127 iter_args(%x = %a) -> (f32) : i8 {
    %s = arith.addf %x, %x : f32
    "test.use"(%i) : (i8) -> ()
    scf.yield %s : f32
  }
  return %0 : f32
}
func.func @empty_body_many_trips(%a: f32, %b: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %0 = scf.for %i = %c0 to %c10 step %c1 iter_args(%x = %a) -> (f32) {
    scf.yield %b : f32
  }
  return %0 : f32
}
func.func @empty_body_dynamic(%a: f32, %b: f32, %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a) -> (f32) {
    scf.yield %b : f32
  }
  return %0 : f32
}
func.func @runs_at_least_once(%a: f32, %b: f32) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %0:2 = scf.for %i = %c0 to %c10 step %c1 iter_args(%x = %a, %y = %a) -> (f32, f32) {
    "test.use"(%x) : (f32) -> ()
    scf.yield %b, %x : f32, f32
  }
  return %0#0, %0#1 : f32, f32
}
func.func @bad_steps(%a: f32, %s: index) -> (f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %cm = arith.constant -1 : index
  %0 = scf.for %i = %c0 to %c4 step %cm iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  %1 = scf.for %i = %c0 to %c4 step %c0 iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  %2 = scf.for %i = %c4 to %c5 step %s iter_args(%x = %a) -> (f32) {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  return %0, %1, %2 : f32, f32, f32
}
func.func @addi_bound_not_used(%a: f32, %lb: index) -> f32 {
  %c4 = arith.constant 4 : index
  %ub = arith.addi %lb, %c4 : index
  %0 = scf.for %i = %lb to %ub step %c4 iter_args(%x = %a) -> (f32) {
    %s = arith.addf %x, %x : f32
    scf.yield %s : f32
  }
  return %0 : f32
}
func.func @forwarded_and_unused(%a: f32, %b: f32, %n: index) -> (f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0:4 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %pass = %b, %dead = %b, %init = %a) -> (f32, f32, f32, f32) {
    %y = arith.addf %x, %pass : f32
    "test.use"(%init) : (f32) -> ()
    scf.yield %y, %pass, %y, %a : f32, f32, f32, f32
  }
  return %0#0, %0#1, %0#3 : f32, f32, f32
}
func.func @duplicate_iter_args(%a: f32, %n: index) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0:2 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %y = %a) -> (f32, f32) {
    %s = arith.addf %x, %y : f32
    scf.yield %s, %s : f32, f32
  }
  return %0#0, %0#1 : f32, f32
}
func.func @yield_other_arg(%a: f32, %b: f32, %n: index) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0:2 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %y = %b) -> (f32, f32) {
    "test.use"(%x, %y) : (f32, f32) -> ()
    scf.yield %y, %y : f32, f32
  }
  return %0#0, %0#1 : f32, f32
}
func.func @dead_cycle_kept(%a: f32, %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0:2 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %y = %a) -> (f32, f32) {
    %s = arith.addf %x, %a : f32
    %t = arith.mulf %y, %a : f32
    scf.yield %s, %t : f32, f32
  }
  return %0#0 : f32
}
func.func @nested_use(%a: f32, %n: index, %c: i1) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a) -> (f32) {
    scf.if %c {
      "test.use"(%x) : (f32) -> ()
    }
    scf.yield %x : f32
  }
  return %0 : f32
}
func.func @yield_iv_kept(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %c0) -> (index) {
    scf.yield %i : index
  }
  return %0 : index
}
func.func @tensor_cast_iter_arg(%t: tensor<4x8xf32>, %n: index) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0 = tensor.cast %t : tensor<4x8xf32> to tensor<?x?xf32>
  %1 = scf.for %i = %c0 to %n step %c1 iter_args(%a = %0) -> (tensor<?x?xf32>) {
    %2 = "test.step"(%a) : (tensor<?x?xf32>) -> tensor<?x?xf32>
    scf.yield %2 : tensor<?x?xf32>
  }
  return %1 : tensor<?x?xf32>
}
func.func @tensor_cast_two_uses(%t: tensor<4x8xf32>, %n: index) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0 = tensor.cast %t : tensor<4x8xf32> to tensor<?x?xf32>
  %1 = scf.for %i = %c0 to %n step %c1 iter_args(%a = %0) -> (tensor<?x?xf32>) {
    %2 = "test.step"(%a) : (tensor<?x?xf32>) -> tensor<?x?xf32>
    scf.yield %2 : tensor<?x?xf32>
  }
  return %1, %1 : tensor<?x?xf32>, tensor<?x?xf32>
}
func.func @tensor_cast_to_static(%t: tensor<?x8xf32>, %n: index) -> tensor<4x8xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0 = tensor.cast %t : tensor<?x8xf32> to tensor<4x8xf32>
  %1 = scf.for %i = %c0 to %n step %c1 iter_args(%a = %0) -> (tensor<4x8xf32>) {
    %2 = "test.step"(%a) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    scf.yield %2 : tensor<4x8xf32>
  }
  return %1 : tensor<4x8xf32>
}
func.func @big_unsigned(%a: f32) -> f32 {
  %c0 = arith.constant 0 : i64
  %cm = arith.constant -1 : i64
  %c1 = arith.constant 1 : i64
  %0 = scf.for unsigned %i = %c0 to %cm step %cm iter_args(%x = %a) -> (f32) : i64 {
    %s = arith.addf %x, %x : f32
    scf.yield %s : f32
  }
  %1 = scf.for unsigned %i = %cm to %c0 step %c1 iter_args(%x = %a) -> (f32) : i64 {
    %s = arith.addf %x, %x : f32
    scf.yield %s : f32
  }
  %r = arith.addf %0, %1 : f32
  return %r : f32
}
func.func @i1_loop(%a: f32) -> f32 {
  %f = arith.constant false
  %t = arith.constant true
  %0 = scf.for %i = %f to %t step %t iter_args(%x = %a) -> (f32) : i1 {
    %s = arith.addf %x, %x : f32
    scf.yield %s : f32
  }
  %1 = scf.for unsigned %i = %f to %t step %t iter_args(%x = %a) -> (f32) : i1 {
    %s = arith.addf %x, %x : f32
    scf.yield %s : f32
  }
  %r = arith.addf %0, %1 : f32
  return %r : f32
}
func.func @extreme_bounds(%n: index, %t: tensor<8xf32>) -> tensor<8xf32> {
  %cmin = arith.constant -9223372036854775808 : index
  %cmax = arith.constant 9223372036854775807 : index
  %c1 = arith.constant 1 : index
  scf.forall (%i) = (%cmin) to (%cmax) step (%c1) {
    "test.use"(%i) : (index) -> ()
  }
  scf.parallel (%i) = (%cmin) to (%cmax) step (%cmax) {
    "test.use"(%i) : (index) -> ()
  }
  %r = scf.for %i = %cmin to %cmax step %cmax iter_args(%x = %t) -> (tensor<8xf32>) {
    "test.use"(%i) : (index) -> ()
    scf.yield %x : tensor<8xf32>
  }
  %w = scf.while (%x = %r) : (tensor<8xf32>) -> tensor<8xf32> {
    %c = "test.cond"() : () -> i1
    scf.condition(%c) %t : tensor<8xf32>
  } do {
  ^bb0(%p: tensor<8xf32>):
    scf.yield %p : tensor<8xf32>
  }
  %u = scf.for %i = %c1 to %n step %c1 iter_args(%x = %w) -> (tensor<8xf32>) {
    %y = scf.for %j = %c1 to %n step %c1 iter_args(%z = %x) -> (tensor<8xf32>) {
      scf.yield %z : tensor<8xf32>
    }
    scf.yield %y : tensor<8xf32>
  }
  return %u : tensor<8xf32>
}
