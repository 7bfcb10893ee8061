// RUN: pyir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

func.func @two_arguments(%m: memref<10xf32>, %i: index) {
  // expected-error @+1 {{'memref.generic_atomic_rmw' op expected single number of entry block arguments}}
  %x = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
  ^bb0(%cur : f32, %o : f32):
    memref.atomic_yield %cur : f32
  }
  return
}

// -----

func.func @argument_type(%m: memref<10xf32>, %i: index) {
  // expected-error @+1 {{'memref.generic_atomic_rmw' op expected block argument of the same type result type}}
  %x = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
  ^bb0(%cur : i32):
    memref.atomic_yield %cur : i32
  }
  return
}

// -----

func.func @side_effects(%m: memref<10xf32>, %i: index) {
  %x = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
  ^bb0(%cur : f32):
    // expected-error @+1 {{body of 'memref.generic_atomic_rmw' should contain only operations with no side effects}}
    %v = memref.load %m[%i] : memref<10xf32>
    memref.atomic_yield %v : f32
  }
  return
}

// -----

func.func @yield_type(%m: memref<10xf32>, %i: index) {
  %x = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
  ^bb0(%cur : f32):
    %c = arith.constant 1 : i32
    // expected-error @+1 {{'memref.atomic_yield' op types mismatch between yield op: 'i32' and its parent: 'f32'}}
    memref.atomic_yield %c : i32
  }
  return
}

// -----

func.func @indices(%m: memref<10xf32>, %i: index) {
  // expected-error @+1 {{'memref.generic_atomic_rmw' op invalid number of indices for accessed memref, expected 1 but got 2}}
  %x = memref.generic_atomic_rmw %m[%i, %i] : memref<10xf32> {
  ^bb0(%cur : f32):
    memref.atomic_yield %cur : f32
  }
  return
}

// -----

func.func @element_type(%m: memref<10xvector<2xf32>>, %i: index) {
  // expected-error @+1 {{'memref.generic_atomic_rmw' op operand #0 must be memref of signless integer or floating-point values, but got 'memref<10xvector<2xf32>>'}}
  %x = memref.generic_atomic_rmw %m[%i] : memref<10xvector<2xf32>> {
  ^bb0(%cur : vector<2xf32>):
    memref.atomic_yield %cur : vector<2xf32>
  }
  return
}

// -----

func.func @yield_outside(%f: f32) {
  // expected-error @+1 {{'memref.atomic_yield' op expects parent op 'memref.generic_atomic_rmw'}}
  memref.atomic_yield %f : f32
}

// -----

func.func @pointer_type(%m: memref<10xf32>) {
  // expected-error @+1 {{'memref.extract_aligned_pointer_as_index' op result #0 must be index, but got 'i32'}}
  %p = memref.extract_aligned_pointer_as_index %m : memref<10xf32> -> i32
  return
}
