// RUN: pyir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// tensor.parallel_insert_slice's errors, in MLIR's order: operand types and result count,
// then (from scf.forall.in_parallel) the dest, then the list checks, the parent, the
// source type and the bounds.

func.func @no_parent(%s: tensor<1x4xf32>, %t: tensor<8x4xf32>) {
  // expected-error @+1 {{expected InParallelOpInterface parent, got:}}
  tensor.parallel_insert_slice %s into %t[0, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
  return
}

// -----

func.func @other_parent(%s: tensor<2x4xf32>, %t: tensor<8x4xf32>) {
  "test.region"() ({
    // expected-error @+1 {{expected InParallelOpInterface parent, got:}}
    tensor.parallel_insert_slice %s into %t[0, 0] [1, 4] [1, 1] : tensor<2x4xf32> into tensor<8x4xf32>
  }) : () -> ()
  return
}

// -----

func.func @ranks_before_parent(%s: tensor<1x4xf32>, %t: tensor<8x4xf32>) {
  // expected-error @+1 {{expected mixed offsets rank to match mixed sizes rank (1 vs 2) so the rank of the result type is well-formed.}}
  tensor.parallel_insert_slice %s into %t[0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
  return
}

// -----

func.func @negative_before_parent(%s: tensor<1x4xf32>, %t: tensor<8x4xf32>) {
  // expected-error @+1 {{expected offsets to be non-negative, but got -1}}
  tensor.parallel_insert_slice %s into %t[-1, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
  return
}

// -----

func.func @not_an_output(%t: tensor<8x4xf32>, %n: index, %u: tensor<8x4xf32>) {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<2x4xf32>
    scf.forall.in_parallel {
      // expected-error @+1 {{'tensor.parallel_insert_slice' op may only insert into an output block argument}}
      tensor.parallel_insert_slice %s into %u[0, 0] [1, 4] [1, 1] : tensor<2x4xf32> into tensor<8x4xf32>
    }
  }
  return
}

// -----

func.func @size_mismatch(%t: tensor<8x4xf32>, %n: index) {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<2x4xf32>
    scf.forall.in_parallel {
      // expected-error @+1 {{expected type to be 'tensor<1x4xf32>' or a rank-reduced version. (size mismatch)}}
      tensor.parallel_insert_slice %s into %o[0, 0] [1, 4] [1, 1] : tensor<2x4xf32> into tensor<8x4xf32>
    }
  }
  return
}

// -----

func.func @element_type(%t: tensor<8x4xf32>, %n: index) {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xi32>
    scf.forall.in_parallel {
      // expected-error @+1 {{expected element type to be 'f32'}}
      tensor.parallel_insert_slice %s into %o[0, 0] [1, 4] [1, 1] : tensor<1x4xi32> into tensor<8x4xf32>
    }
  }
  return
}

// -----

func.func @out_of_bounds(%t: tensor<8x4xf32>, %n: index) {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      // expected-error @+1 {{offset 0 is out-of-bounds: 8 >= 8}}
      tensor.parallel_insert_slice %s into %o[8, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
    }
  }
  return
}

// -----

func.func @unranked(%t: tensor<*xf32>, %s: tensor<1x4xf32>) {
  "test.region"() ({
    // expected-error @+1 {{custom op 'tensor.parallel_insert_slice' invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
    tensor.parallel_insert_slice %s into %t[0, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<*xf32>
  }) : () -> ()
  return
}

// -----

func.func @unranked_generic(%t: tensor<*xf32>, %s: tensor<1x4xf32>) {
  "test.region"() ({
    // expected-error @+1 {{'tensor.parallel_insert_slice' op operand #1 must be ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
    "tensor.parallel_insert_slice"(%s, %t) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>}> : (tensor<1x4xf32>, tensor<*xf32>) -> ()
  }) : () -> ()
  return
}

// -----

func.func @dynamic_count(%t: tensor<8x4xf32>, %n: index) {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      // expected-error @+1 {{expected the number of 'offsets' to match the number of dynamic entries in 'static_offsets' (0 vs 1)}}
      "tensor.parallel_insert_slice"(%s, %o) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>}> : (tensor<1x4xf32>, tensor<8x4xf32>) -> ()
    }
  }
  return
}

// -----

func.func @with_result(%t: tensor<8x4xf32>, %n: index) {
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<8x4xf32>) {
    %s = "test.slice"(%i) : (index) -> tensor<1x4xf32>
    scf.forall.in_parallel {
      // expected-error @+1 {{'tensor.parallel_insert_slice' op requires zero results}}
      %x = "tensor.parallel_insert_slice"(%s, %o) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>}> : (tensor<1x4xf32>, tensor<8x4xf32>) -> (tensor<8x4xf32>)
    }
  }
  return
}

// -----

func.func @missing_property(%s: tensor<2x4xf32>, %t: tensor<8x4xf32>) {
  "test.region"() ({
    // expected-error @+1 {{'tensor.parallel_insert_slice' op requires attribute 'static_offsets'}}
    "tensor.parallel_insert_slice"(%s, %t) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>}> : (tensor<2x4xf32>, tensor<8x4xf32>) -> ()
  }) : () -> ()
  return
}

// -----

func.func @property_in_attr_dict(%s: tensor<1x4xf32>, %t: tensor<8x4xf32>) {
  "test.region"() ({
    // expected-error @+1 {{custom op 'tensor.parallel_insert_slice' inherent attribute 'static_sizes' cannot be parsed from attr-dict when strict properties in assembly format is enabled}}
    tensor.parallel_insert_slice %s into %t[0, 0] [1, 4] [1, 1] {static_sizes = 1} : tensor<1x4xf32> into tensor<8x4xf32>
  }) : () -> ()
  return
}
