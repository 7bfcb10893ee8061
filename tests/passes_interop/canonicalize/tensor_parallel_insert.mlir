// canonicalize, tensor.parallel_insert_slice and tensor.dim of destination-style results:
// constant offsets/strides become static (InsertSliceOpConstantArgumentFolder), constant
// sizes too with a cast of the source placed before scf.forall.in_parallel, a source cast
// that only drops static sizes is looked through (InsertSliceOpCastFolder), a cast shared
// output moving into the loop; negative and out-of-bounds constants and dynamic lists stay.
// tensor.dim of an scf.forall result is tensor.dim of its shared output (DimOfForallOp),
// of insert_slice / insert / a tensor transfer_write of their dest (DimOfDestStyleOp); not
// of an scf.for result (negative case). Also: a zero-size write stays (no folder), 0-d
// tensors, a one-trip loop whose write becomes a tensor.insert_slice, dim of a result
// whose shared output was a tensor.cast.
func.func @constant_offsets(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, %c0] [1, 4] [%c1, %c1] : tensor<1x4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @constant_sizes_cast(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %c1 = arith.constant 1 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<?x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [%c1, 4] [1, 1] : tensor<?x4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @source_cast(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    %c = tensor.cast %s : tensor<1x4xf32> to tensor<?x?xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %c into %o[%i, 0] [%n, %n] [1, 1] : tensor<?x?xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @source_cast_inserter(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<?x?xf32>
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [%c1, %c4] [1, 1] : tensor<?x?xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @rank_reducing(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %c0 = arith.constant 0 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, %c0] [1, 4] [1, 1] : tensor<4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @out_of_bounds_constant(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %c8 = arith.constant 8 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%c8, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @dynamic_stays(%t: tensor<?x?xf32>, %n: index) -> tensor<?x?xf32> {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<?x?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<?x?xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [%n, %n] [1, 1] : tensor<?x?xf32> into tensor<?x?xf32>
    }
  }
  return %r : tensor<?x?xf32>
}
func.func @cast_output(%t: tensor<8x4xf32>, %n: index) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<8x4xf32> to tensor<?x?xf32>
  %r = scf.forall (%i) in (%n) shared_outs(%o = %c) -> (tensor<?x?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<?x?xf32>
    }
  }
  return %r : tensor<?x?xf32>
}
func.func @negative_constant(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %cm1 = arith.constant -1 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, %cm1] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @forall(%t: tensor<?x?xf32>, %n: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<?x?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<?x?xf32>
    }
  }
  %d0 = tensor.dim %r, %c0 : tensor<?x?xf32>
  %d1 = tensor.dim %r, %c1 : tensor<?x?xf32>
  return %d0, %d1 : index, index
}
func.func @for(%t: tensor<?xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %t) -> (tensor<?xf32>) {
    %x = "test.op"(%a) : (tensor<?xf32>) -> tensor<?xf32>
    scf.yield %x : tensor<?xf32>
  }
  %d = tensor.dim %r, %c0 : tensor<?xf32>
  return %d : index
}
func.func @for_same(%t: tensor<?xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %t) -> (tensor<?xf32>) {
    %x = tensor.insert_slice %a into %t[0] [%n] [1] : tensor<?xf32> into tensor<?xf32>
    scf.yield %x : tensor<?xf32>
  }
  %d = tensor.dim %r, %c0 : tensor<?xf32>
  return %d : index
}
func.func @insert_slice(%t: tensor<?xf32>, %s: tensor<4xf32>, %x: f32, %i: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %r = tensor.insert_slice %s into %t[0] [4] [1] : tensor<4xf32> into tensor<?xf32>
  %d = tensor.dim %r, %c0 : tensor<?xf32>
  %q = tensor.insert %x into %t[%i] : tensor<?xf32>
  %e = tensor.dim %q, %c0 : tensor<?xf32>
  return %d, %e : index, index
}
func.func @forall_dyn_index(%t: tensor<?x?xf32>, %n: index, %k: index) -> index {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<?x?xf32>) {
    scf.forall.in_parallel {
    }
  }
  %d0 = tensor.dim %r, %k : tensor<?x?xf32>
  return %d0 : index
}
func.func @tw(%t: tensor<?x?xf32>, %v: vector<4xf32>, %i: index) -> index {
  %c0 = arith.constant 0 : index
  %w = vector.transfer_write %v, %t[%i, %i] : vector<4xf32>, tensor<?x?xf32>
  %d = tensor.dim %w, %c0 : tensor<?x?xf32>
  return %d : index
}
func.func @insert_dyn_dim(%t: tensor<?x?xf32>, %s: tensor<?x?xf32>, %i: index, %k: index) -> index {
  %r = tensor.insert_slice %s into %t[0, 0] [%i, %i] [1, 1] : tensor<?x?xf32> into tensor<?x?xf32>
  %d = tensor.dim %r, %k : tensor<?x?xf32>
  return %d : index
}
func.func @forall_static(%t: tensor<8x?xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x?xf32>
    }
  }
  %c1 = arith.constant 1 : index
  %d = tensor.dim %r, %c1 : tensor<8x?xf32>
  "test.use"(%r) : (tensor<8x?xf32>) -> ()
  return %d : index
}
func.func @forall_two(%t: tensor<?xf32>, %u: tensor<?xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %r:2 = scf.forall (%i) in (%n) shared_outs(%o = %t, %p = %u) -> (tensor<?xf32>, tensor<?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i] [4] [1] : tensor<4xf32> into tensor<?xf32>
      tensor.parallel_insert_slice %s into %p[%i] [4] [1] : tensor<4xf32> into tensor<?xf32>
    }
  }
  %d = tensor.dim %r#1, %c0 : tensor<?xf32>
  "test.use"(%r#0, %r#1) : (tensor<?xf32>, tensor<?xf32>) -> ()
  return %d : index
}
func.func @zero_size(%t: tensor<8x4xf32>, %n: index) -> tensor<8x4xf32> {
  %c0 = arith.constant 0 : index
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<?x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [%c0, 4] [1, 1] : tensor<?x4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @rank0(%t: tensor<f32>, %n: index) -> tensor<f32> {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<f32>) {
    %s = "test.slice"(%i) : (index) -> tensor<f32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[] [] [] : tensor<f32> into tensor<f32>
    }
  }
  return %r : tensor<f32>
}
func.func @one_trip(%t: tensor<8x4xf32>) -> tensor<8x4xf32> {
  %c1 = arith.constant 1 : index
  %r = scf.forall (%i) in (1) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<?x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [%c1, 4] [1, 1] : tensor<?x4xf32> into tensor<8x4xf32>
    }
  }
  return %r : tensor<8x4xf32>
}
func.func @dim_dyn_cast_out(%t: tensor<8x4xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %c = tensor.cast %t : tensor<8x4xf32> to tensor<?x?xf32>
  %r = scf.forall (%i) in (%n) shared_outs(%o = %c) -> (tensor<?x?xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<?x?xf32>
    }
  }
  %d = tensor.dim %r, %c0 : tensor<?x?xf32>
  "test.use"(%r) : (tensor<?x?xf32>) -> ()
  return %d : index
}
