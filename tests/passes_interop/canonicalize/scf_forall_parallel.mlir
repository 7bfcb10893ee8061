// canonicalize: scf.forall and scf.parallel. forall: ForallOpControlOperandsFolder
// (constant bounds become static), ForallOpIterArgsFolder (outputs with an unused result
// or no write dropped), ForallOpSingleOrZeroIterationDimsFolder (zero-trip loops become
// their outputs, one-trip dimensions dropped, a loop of one trip promoted with its
// parallel writes turned into tensor.insert_slice; not with a mapping),
// ForallOpReplaceConstantInductionVar (also with a mapping),
// FoldTensorCastOfOutputIntoForallOp. parallel: ParallelOpSingleOrZeroIterationDimsFolder
// (also applying reductions once), MergeNestedParallelLoops, empty loops erased. Negative
// cases: dynamic bounds, inner bounds using the outer induction variable, reductions.
// (tensor.parallel_insert_slice is written in generic form.)
func.func @forall_control(%t: tensor<8xf32>) -> tensor<8xf32> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c8 = arith.constant 8 : index
  %r = scf.forall (%i) = (%c0) to (%c8) step (%c2) shared_outs(%o = %t) -> (tensor<8xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<2xf32>
    scf.forall.in_parallel {
      "tensor.parallel_insert_slice"(%s, %o, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<2xf32>, tensor<8xf32>, index) -> ()
    }
  }
  return %r : tensor<8xf32>
}
func.func @forall_single_dims(%n: index) {
  scf.forall (%i, %j) in (%n, 1) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  scf.forall (%i, %j) = (0, 5) to (%n, 6) step (1, 1) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  scf.forall (%i) = (3) to (4) step (1) {
    "test.use"(%i) : (index) -> ()
  }
  scf.forall (%i, %j) in (%n, 0) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  scf.forall (%i, %j) in (%n, %n) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  return
}
func.func @forall_mapped(%n: index) {
  scf.forall (%i, %j) in (%n, 1) {
    "test.use"(%i, %j) : (index, index) -> ()
  } {mapping = [#gpu.thread<x>, #gpu.thread<y>]}
  return
}
func.func @forall_unused_output(%t: tensor<8xf32>, %u: tensor<8xf32>, %n: index) -> tensor<8xf32> {
  %r:2 = scf.forall (%i) in (%n) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<8xf32>) {
    %s = "test.slice"(%i, %o, %p) : (index, tensor<8xf32>, tensor<8xf32>) -> tensor<2xf32>
    scf.forall.in_parallel {
      "tensor.parallel_insert_slice"(%s, %p, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<2xf32>, tensor<8xf32>, index) -> ()
    }
  }
  return %r#0 : tensor<8xf32>
}
func.func @forall_unused_result(%t: tensor<8xf32>, %u: tensor<8xf32>, %n: index) -> tensor<8xf32> {
  %r:2 = scf.forall (%i) in (%n) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<8xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<2xf32>
    scf.forall.in_parallel {
      "tensor.parallel_insert_slice"(%s, %o, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<2xf32>, tensor<8xf32>, index) -> ()
      "tensor.parallel_insert_slice"(%s, %p, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<2xf32>, tensor<8xf32>, index) -> ()
    }
  }
  return %r#1 : tensor<8xf32>
}
func.func @forall_one_trip_promoted(%t: tensor<8xf32>) -> tensor<8xf32> {
  %r = scf.forall (%i) in (1) shared_outs(%o = %t) -> (tensor<8xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<2xf32>
    scf.forall.in_parallel {
      "tensor.parallel_insert_slice"(%s, %o, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<2xf32>, tensor<8xf32>, index) -> ()
    }
  }
  return %r : tensor<8xf32>
}
func.func @forall_zero_trips(%t: tensor<8xf32>, %n: index) -> tensor<8xf32> {
  %r = scf.forall (%i, %j) in (%n, 0) shared_outs(%o = %t) -> (tensor<8xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<2xf32>
    scf.forall.in_parallel {
      "tensor.parallel_insert_slice"(%s, %o, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<2xf32>, tensor<8xf32>, index) -> ()
    }
  }
  return %r : tensor<8xf32>
}
func.func @forall_cast_output(%t: tensor<8xf32>, %n: index) -> tensor<?xf32> {
  %c = tensor.cast %t : tensor<8xf32> to tensor<?xf32>
  %r = scf.forall (%i) in (%n) shared_outs(%o = %c) -> (tensor<?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<2xf32>
    scf.forall.in_parallel {
      "tensor.parallel_insert_slice"(%s, %o, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<2xf32>, tensor<?xf32>, index) -> ()
    }
  }
  return %r : tensor<?xf32>
}
func.func @parallel_single_dims(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  scf.parallel (%i, %j) = (%c0, %c4) to (%n, %c8) step (%c1, %c4) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  scf.parallel (%i) = (%c4) to (%c8) step (%c4) {
    "test.use"(%i) : (index) -> ()
  }
  scf.parallel (%i, %j) = (%c0, %c4) to (%n, %c8) step (%c1, %c1) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  return
}
func.func @parallel_zero_trips(%a: f32, %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.parallel (%i, %j) = (%c0, %c1) to (%n, %c0) step (%c1, %c1) init (%a) -> f32 {
    %v = "test.val"(%i) : (index) -> f32
    scf.reduce(%v : f32) {
    ^bb0(%x: f32, %y: f32):
      %s = arith.addf %x, %y : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}
func.func @parallel_one_trip_reduce(%a: f32, %b: i32) -> (f32, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.parallel (%i) = (%c0) to (%c1) step (%c1) init (%a, %b) -> (f32, i32) {
    %v = "test.val"(%i) : (index) -> f32
    %w = "test.val"(%i) : (index) -> i32
    scf.reduce(%v, %w : f32, i32) {
    ^bb0(%x: f32, %y: f32):
      %s = arith.addf %x, %y : f32
      scf.reduce.return %s : f32
    }, {
    ^bb0(%x: i32, %y: i32):
      %s = arith.muli %x, %y : i32
      scf.reduce.return %s : i32
    }
  }
  return %r#0, %r#1 : f32, i32
}
func.func @parallel_nested(%n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    scf.parallel (%j, %k) = (%c0, %c0) to (%m, %n) step (%c1, %c1) {
      "test.use"(%i, %j, %k) : (index, index, index) -> ()
    }
  }
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    scf.parallel (%j) = (%i) to (%m) step (%c1) {
      "test.use"(%i, %j) : (index, index) -> ()
    }
  }
  return
}
func.func @parallel_nested_reduction(%a: f32, %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.parallel (%i) = (%c0) to (%n) step (%c1) init (%a) -> f32 {
    %v = scf.parallel (%j) = (%c0) to (%n) step (%c1) init (%a) -> f32 {
      %w = "test.val"(%i, %j) : (index, index) -> f32
      scf.reduce(%w : f32) {
      ^bb0(%x: f32, %y: f32):
        %s = arith.addf %x, %y : f32
        scf.reduce.return %s : f32
      }
    }
    scf.reduce(%v : f32) {
    ^bb0(%x: f32, %y: f32):
      %s = arith.addf %x, %y : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}
func.func @parallel_empty(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
  }
  return
}
func.func @reduce_iv(%a: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %r = scf.parallel (%i, %j) = (%c5, %c0) to (%c1, %c1) step (%c1, %c1) init (%a) -> index {
    scf.reduce(%i : index) {
    ^bb0(%x: index, %y: index):
      %s = arith.addi %x, %y : index
      scf.reduce.return %s : index
    }
  }
  %q = scf.parallel (%i) = (%c5) to (%c5) step (%c1) init (%a) -> index {
    scf.reduce(%i : index) {
    ^bb0(%x: index, %y: index):
      %s = arith.addi %x, %y : index
      scf.reduce.return %s : index
    }
  }
  %z = scf.parallel (%i) = (%c1) to (%c5) step (%c5) init (%a) -> index {
    scf.reduce(%i : index) {
    ^bb0(%x: index, %y: index):
      %s = arith.muli %x, %y : index
      scf.reduce.return %s : index
    }
  }
  %t = arith.addi %r, %q : index
  %u = arith.addi %t, %z : index
  return %u : index
}
func.func @forall_one_dim_dyn_lb(%n: index, %t: tensor<8xf32>) {
  scf.forall (%i) = (%n) to (%n) step (1) {
    "test.use"(%i) : (index) -> ()
  }
  return
}
