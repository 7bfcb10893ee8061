// scf.forall whose dimensions all run once is promoted (ForallOpSingleOrZeroIterationDimsFolder):
// each parallel write becomes a tensor.insert_slice, the k-th write giving result k as in
// MLIR (even when it writes another output of the same type); extra writes are dropped;
// an output nothing writes is dropped first; a write whose type differs from its result's is
// left alone.

func.func @two_writes_one_output(%t: tensor<8xf32>, %a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<8xf32> {
  %r = scf.forall (%i) in (1) shared_outs(%o = %t) -> (tensor<8xf32>) {
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %a into %o[0] [4] [1] : tensor<4xf32> into tensor<8xf32>
      tensor.parallel_insert_slice %b into %o[4] [4] [1] : tensor<4xf32> into tensor<8xf32>
    }
  }
  return %r : tensor<8xf32>
}
func.func @swapped(%t: tensor<8xf32>, %u: tensor<8xf32>, %a: tensor<4xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = scf.forall (%i) in (1) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<8xf32>) {
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %a into %p[0] [4] [1] : tensor<4xf32> into tensor<8xf32>
      tensor.parallel_insert_slice %a into %o[4] [4] [1] : tensor<4xf32> into tensor<8xf32>
    }
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}
func.func @one_unwritten(%t: tensor<8xf32>, %u: tensor<8xf32>, %a: tensor<4xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = scf.forall (%i) in (1) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<8xf32>) {
    "test.use"(%p) : (tensor<8xf32>) -> ()
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %a into %o[4] [4] [1] : tensor<4xf32> into tensor<8xf32>
    }
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}

func.func @extra_write_two_outputs(%t: tensor<8xf32>, %u: tensor<8xf32>, %a: tensor<4xf32>, %b: tensor<2xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = scf.forall (%i, %j) in (1, 1) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<8xf32>) {
    %s = tensor.extract_slice %a[%i] [2] [1] : tensor<4xf32> to tensor<2xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%j] [2] [1] : tensor<2xf32> into tensor<8xf32>
      tensor.parallel_insert_slice %b into %p[2] [2] [1] : tensor<2xf32> into tensor<8xf32>
      tensor.parallel_insert_slice %b into %o[6] [2] [1] : tensor<2xf32> into tensor<8xf32>
    }
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}

func.func @mapped_single_trip(%t: tensor<8xf32>, %a: tensor<4xf32>) -> tensor<8xf32> {
  %r = scf.forall (%i) in (1) shared_outs(%o = %t) -> (tensor<8xf32>) {
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %a into %o[0] [4] [1] : tensor<4xf32> into tensor<8xf32>
      tensor.parallel_insert_slice %a into %o[4] [4] [1] : tensor<4xf32> into tensor<8xf32>
    }
  } {mapping = [#gpu.thread<x>]}
  return %r : tensor<8xf32>
}
