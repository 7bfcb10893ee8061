// RUN: pyir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

func.func @scope_missing_value(%n: index) {
  // expected-error @+1 {{'memref.alloca_scope' op along control flow edge from Operation memref.alloca_scope.return to Operation memref.alloca_scope: region branch point has 0 operands, but region successor needs 1 inputs}}
  %r = memref.alloca_scope -> (index) {
    memref.alloca_scope.return
  }
  return
}

// -----

func.func @scope_wrong_type(%n: index) {
  // expected-error @+1 {{'memref.alloca_scope' op along control flow edge from Operation memref.alloca_scope.return to Operation memref.alloca_scope: successor operand type #0 'index' should match successor input type #0 'i32'}}
  %r = memref.alloca_scope -> (i32) {
    memref.alloca_scope.return %n : index
  }
  return
}

// -----

func.func @return_outside(%n: index) {
  // expected-error @+1 {{'memref.alloca_scope.return' op expects parent op 'memref.alloca_scope'}}
  memref.alloca_scope.return %n : index
}

// -----

func.func @scope_arguments(%n: index) {
  // expected-error @+1 {{'memref.alloca_scope' op region should have no arguments}}
  "memref.alloca_scope"() ({
  ^bb0(%x: index):
    "memref.alloca_scope.return"() : () -> ()
  }) : () -> ()
  return
}

// -----

func.func @scope_two_blocks(%n: index) {
  // expected-error @+1 {{'memref.alloca_scope' op expects region #0 to have 0 or 1 blocks}}
  "memref.alloca_scope"() ({
    "memref.alloca_scope.return"() : () -> ()
  ^bb1:
    "memref.alloca_scope.return"() : () -> ()
  }) : () -> ()
  return
}

// -----

func.func @scope_terminator(%n: index) {
  // expected-error @+1 {{'memref.alloca_scope' op expects regions to end with 'memref.alloca_scope.return', found 'test.op'}}
  "memref.alloca_scope"() ({
    "test.op"() : () -> ()
  }) : () -> ()
  return
}

// -----

func.func @realloc_layout(%m: memref<4xf32, strided<[2]>>) {
  // expected-error @+1 {{unsupported layout for source memref type 'memref<4xf32, strided<[2]>>'}}
  %r = memref.realloc %m : memref<4xf32, strided<[2]>> to memref<8xf32>
  return
}

// -----

func.func @realloc_memory_space(%m: memref<4xf32>) {
  // expected-error @+1 {{different memory spaces specified for source memref type 'memref<4xf32>' and result memref type 'memref<8xf32, 1>'}}
  %r = memref.realloc %m : memref<4xf32> to memref<8xf32, 1>
  return
}

// -----

func.func @realloc_element_type(%m: memref<4xf32>) {
  // expected-error @+1 {{'memref.realloc' op source element type ('f32') does not match result element type ('i32')}}
  %r = memref.realloc %m : memref<4xf32> to memref<8xi32>
  return
}

// -----

func.func @realloc_missing_size(%m: memref<4xf32>) {
  // expected-error @+1 {{missing dimension operand for result type 'memref<?xf32>'}}
  %r = memref.realloc %m : memref<4xf32> to memref<?xf32>
  return
}

// -----

func.func @realloc_extra_size(%m: memref<4xf32>, %n: index) {
  // expected-error @+1 {{unnecessary dimension operand for result type 'memref<8xf32>'}}
  %r = memref.realloc %m(%n) : memref<4xf32> to memref<8xf32>
  return
}

// -----

func.func @realloc_rank(%m: memref<4x4xf32>) {
  // expected-error @+1 {{'memref.realloc' op operand #0 must be 1D memref of any non-token type values, but got 'memref<4x4xf32>'}}
  %r = memref.realloc %m : memref<4x4xf32> to memref<8xf32>
  return
}

// -----

func.func @prefetch_locality(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'memref.prefetch' op attribute 'localityHint' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3}}
  memref.prefetch %m[%i], write, locality<4>, instr : memref<4xf32>
  return
}

// -----

func.func @prefetch_indices(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'memref.prefetch' op invalid number of indices for accessed memref, expected 1 but got 2}}
  memref.prefetch %m[%i, %i], write, locality<1>, instr : memref<4xf32>
  return
}

// -----

func.func @prefetch_rw(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{custom op 'memref.prefetch' rw specifier has to be 'read' or 'write'}}
  memref.prefetch %m[%i], wrote, locality<1>, instr : memref<4xf32>
  return
}

// -----

func.func @prefetch_cache(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{custom op 'memref.prefetch' cache type has to be 'data' or 'instr'}}
  memref.prefetch %m[%i], write, locality<1>, inst : memref<4xf32>
  return
}
