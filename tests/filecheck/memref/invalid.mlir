// RUN: pyir-opt %s --split-input-file --verify-diagnostics

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.alloc' op incorrect number of dynamic sizes, has 1, expected 0}}
  %0 = memref.alloc(%i) : memref<4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.alloc' op symbol operand count does not equal memref symbol count: expected 2, got 1}}
  %0 = memref.alloc()[%i] : memref<4xf32, affine_map<(d0)[s0, s1] -> (d0 + s0 + s1)>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.alloca' op symbol operand count does not equal memref symbol count: expected 1, got 0}}
  %0 = memref.alloca() : memref<4x4xf32, strided<[?, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.alloc' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  %0 = memref.alloc() alignment = 3 : memref<4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.alloc' op result #0 must be memref of any non-token type values, but got 'memref<*xf32>'}}
  %0 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<*xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{custom op 'memref.alloca' inherent attribute 'alignment' cannot be parsed from attr-dict when strict properties in assembly format is enabled}}
  %0 = memref.alloca() {alignment = 4 : i64} : memref<4xf32>
  return
}

// -----

%c = arith.constant 4 : index
// expected-error @+1 {{'memref.alloca' op requires an ancestor op with AutomaticAllocationScope trait}}
%0 = memref.alloca(%c) : memref<?xf32>

// -----

func.func @f(%t: tensor<4xf32>) {
  // expected-error @+1 {{'memref.dealloc' op operand #0 must be ranked or unranked memref of any non-token type values, but got 'tensor<4xf32>'}}
  "memref.dealloc"(%t) : (tensor<4xf32>) -> ()
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.load' op invalid number of indices for accessed memref, expected 2 but got 1}}
  %0 = memref.load %m[%i] : memref<8x16xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.load' op failed to verify that result type matches element type of 'memref'}}
  %0 = "memref.load"(%m, %i, %i) : (memref<8x16xf32>, index, index) -> f16
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.load' op operand #1 must be variadic of index, but got 'f32'}}
  %0 = "memref.load"(%m, %v, %v) : (memref<8x16xf32>, f32, f32) -> f32
  return
}

// -----

func.func @f(%t: tensor<4xf32>, %i: index) {
  // expected-error @+1 {{'memref.load' op operand #0 must be memref of any non-token type values, but got 'tensor<4xf32>'}}
  %0 = "memref.load"(%t, %i) : (tensor<4xf32>, index) -> f32
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.load' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  %0 = memref.load %m[%i, %i] alignment(3) : memref<8x16xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{custom op 'memref.load' `alignment` clause can appear at most once in the expansion of the oilist directive}}
  %0 = memref.load %m[%i, %i] alignment(4) alignment(4) : memref<8x16xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{custom op 'memref.load' expected boolean attribute}}
  %0 = memref.load %m[%i, %i] nontemporal(1) : memref<8x16xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{custom op 'memref.load' invalid kind of type specified: expected builtin.memref, but found 'f32'}}
  %0 = memref.load %m[%i, %i] : f32
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.store' op invalid number of indices for accessed memref, expected 2 but got 0}}
  "memref.store"(%v, %m) : (f32, memref<8x16xf32>) -> ()
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %h: f16) {
  // expected-error @+1 {{'memref.store' op failed to verify that type of 'value' matches element type of 'memref'}}
  "memref.store"(%h, %m, %i, %i) : (f16, memref<8x16xf32>, index, index) -> ()
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.atomic_rmw' op with kind 'addi' expects an integer type}}
  %0 = memref.atomic_rmw addi %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  return
}

// -----

func.func @f(%n: memref<4xi32>, %i: index, %w: i32) {
  // expected-error @+1 {{'memref.atomic_rmw' op with kind 'mulf' expects a floating-point type}}
  %0 = memref.atomic_rmw mulf %w, %n[%i] : (i32, memref<4xi32>) -> i32
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.atomic_rmw' op invalid number of indices for accessed memref, expected 2 but got 1}}
  %0 = memref.atomic_rmw addf %v, %m[%i] : (f32, memref<8x16xf32>) -> f32
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %h: f16) {
  // expected-error @+1 {{'memref.atomic_rmw' op failed to verify that value type matches element type of memref}}
  %0 = "memref.atomic_rmw"(%h, %m, %i, %i) <{kind = 0 : i64}> : (f16, memref<8x16xf32>, index, index) -> f16
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.atomic_rmw' op failed to verify that all of {value, result} have same type}}
  %0 = "memref.atomic_rmw"(%v, %m, %i, %i) <{kind = 0 : i64}> : (f32, memref<8x16xf32>, index, index) -> f16
  return
}

// -----

func.func @f(%n: memref<4xindex>, %i: index) {
  // expected-error @+1 {{'memref.atomic_rmw' op operand #0 must be signless integer or floating-point, but got 'index'}}
  %0 = "memref.atomic_rmw"(%i, %n, %i) <{kind = 1 : i64}> : (index, memref<4xindex>, index) -> index
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{custom op 'memref.atomic_rmw' expected string or keyword containing one of the following enum values for attribute 'kind' [addf, addi, andi, assign, maximumf, maxnumf, maxs, maxu, minimumf, minnumf, mins, minu, mulf, muli, ori, xori]}}
  %0 = memref.atomic_rmw foo %v, %m[%i, %i] : (f32, memref<8x16xf32>) -> f32
  return
}

// -----

func.func @f(%z: memref<f32>, %i: index) {
  // expected-error @+1 {{'memref.dim' op operand #0 must be unranked.memref of any non-token type values or non-0-ranked.memref of any non-token type values, but got 'memref<f32>'}}
  %0 = "memref.dim"(%z, %i) : (memref<f32>, index) -> index
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.dim' op result #0 must be index, but got 'i32'}}
  %0 = "memref.dim"(%m, %i) : (memref<8x16xf32>, index) -> i32
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.rank' op operand #0 must be ranked or unranked memref of any non-token type values, but got 'index'}}
  %0 = "memref.rank"(%i) : (index) -> index
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %a: memref<8x8xf32>) {
  // expected-error @+1 {{'memref.copy' op requires the same shape for all operands}}
  memref.copy %m, %a : memref<8x16xf32> to memref<8x8xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %a: memref<8x16xi32>) {
  // expected-error @+1 {{'memref.copy' op requires the same element type for all operands}}
  memref.copy %m, %a : memref<8x16xf32> to memref<8x16xi32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<8x16xf32>' and result type 'memref<8x15xf32>' are cast incompatible}}
  %0 = memref.cast %m : memref<8x16xf32> to memref<8x15xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<8x16xf32>' and result type 'memref<8x16xf32, strided<[16, 2]>>' are cast incompatible}}
  %0 = memref.cast %m : memref<8x16xf32> to memref<8x16xf32, strided<[16, 2]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<8x16xf32>' and result type 'memref<8x16xf32, 1>' are cast incompatible}}
  %0 = memref.cast %m : memref<8x16xf32> to memref<8x16xf32, 1>
  return
}

// -----

func.func @f(%u: memref<*xf32>) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<*xf32>' and result type 'memref<*xi32>' are cast incompatible}}
  %0 = memref.cast %u : memref<*xf32> to memref<*xi32>
  return
}

// -----

// expected-error @+1 {{custom op 'memref.global' type should be static shaped memref, but got 'memref<?xf32>'}}
memref.global @g : memref<?xf32>

// -----

// expected-error @+1 {{'memref.global' op type should be static shaped memref, but got 'memref<?xf32>'}}
"memref.global"() <{sym_name = "g", type = memref<?xf32>}> : () -> ()

// -----

// expected-error @+1 {{'memref.global' op visibility expected to be one of ["public", "private", "nested"], but got "foo"}}
memref.global "foo" @g : memref<2xf32>

// -----

// expected-error @+1 {{'memref.global' op initial value shape expected to be 2 but was 3}}
"memref.global"() <{sym_name = "g", type = memref<2xf32>, initial_value = dense<1.0> : tensor<3xf32>}> : () -> ()

// -----

// expected-error @+1 {{'memref.global' op initial value element expected to be of type 'f32', but was of type 'i32'}}
"memref.global"() <{sym_name = "g", type = memref<2xf32>, initial_value = dense<1> : tensor<2xi32>}> : () -> ()

// -----

// expected-error @+1 {{'memref.global' op initial value should be a unit or elements attribute, but got 3 : i32}}
"memref.global"() <{sym_name = "g", type = memref<2xf32>, initial_value = 3 : i32}> : () -> ()

// -----

// expected-error @+1 {{'memref.global' op attribute 'type' failed to satisfy constraint: memref type attribute}}
"memref.global"() <{sym_name = "g", type = f32}> : () -> ()

// -----

// expected-error @+1 {{'memref.global' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
memref.global @g : memref<2xf32> = dense<1.0> alignment = 3

// -----

memref.global @g : memref<2xf32, 1> = dense<1.0>
func.func @f() {
  // expected-error @+1 {{'memref.get_global' op result type 'memref<2xf32>' does not match type 'memref<2xf32, 1>' of the global memref @g}}
  %0 = memref.get_global @g : memref<2xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'memref.get_global' op 'nope' does not reference a valid global memref}}
  %0 = memref.get_global @nope : memref<2xf32>
  return
}

// -----

memref.global @g : memref<2xf32> = dense<1.0>
func.func @f() {
  // expected-error @+1 {{'memref.get_global' op result #0 must be statically shaped memref of any non-token type values, but got 'memref<?xf32>'}}
  %0 = memref.get_global @g : memref<?xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected mixed offsets rank to match mixed sizes rank (1 vs 2) so the rank of the result type is well-formed.}}
  %0 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>}> : (memref<8x16xf32>) -> memref<2x2xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected mixed sizes rank to match mixed strides rank (2 vs 1) so the rank of the result type is well-formed.}}
  %0 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1>}> : (memref<8x16xf32>) -> memref<2x2xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected 2 offset values, got 3}}
  %0 = memref.subview %m[0, 0, 0] [2, 2, 1] [1, 1, 1] : memref<8x16xf32> to memref<2x2xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected the number of 'offsets' to match the number of dynamic entries in 'static_offsets' (0 vs 1)}}
  %0 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>}> : (memref<8x16xf32>) -> memref<2x2xf32, strided<[16, 1], offset: ?>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected the number of 'sizes' to match the number of dynamic entries in 'static_sizes' (1 vs 0)}}
  %0 = "memref.subview"(%m, %i) <{operandSegmentSizes = array<i32: 1, 0, 1, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>}> : (memref<8x16xf32>, index) -> memref<2x2xf32, strided<[16, 1], offset: ?>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected offsets to be non-negative, but got -1}}
  %0 = memref.subview %m[-1, 4] [2, 2] [1, 1] : memref<8x16xf32> to memref<2x2xf32, strided<[16, 1], offset: ?>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected sizes to be non-negative, but got -2}}
  %0 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: -2, 2>, static_strides = array<i64: 1, 1>}> : (memref<8x16xf32>) -> memref<2x2xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{offset 0 is out-of-bounds: 8 >= 8}}
  %0 = memref.subview %m[8, 0] [0, 2] [1, 1] : memref<8x16xf32> to memref<0x2xf32, strided<[16, 1], offset: 128>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{slice along dimension 0 runs out-of-bounds: 8 >= 8}}
  %0 = memref.subview %m[4, 0] [3, 2] [2, 1] : memref<8x16xf32> to memref<3x2xf32, strided<[32, 1], offset: 64>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{different memory spaces specified for base memref type 'memref<8x16xf32>' and subview memref type 'memref<4xf32, 1>'}}
  %0 = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<8x16xf32> to memref<4xf32, 1>
  return
}

// -----

func.func @f(%a: memref<4xf32, affine_map<(d0) -> (d0 mod 2)>>) {
  // expected-error @+1 {{base type 'memref<4xf32, affine_map<(d0) -> (d0 mod 2)>>' is not strided}}
  %0 = memref.subview %a[0][2][1] : memref<4xf32, affine_map<(d0) -> (d0 mod 2)>> to memref<2xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected result rank to be smaller or equal to the source rank, but got 'memref<1x4x1xf32>'}}
  %0 = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<8x16xf32> to memref<1x4x1xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected result type to be 'memref<2x3xf32, strided<[16, 1], offset: 17>>' or a rank-reduced version. (mismatch of result sizes), but got 'memref<2x4xf32>'}}
  %0 = memref.subview %m[1, 1] [2, 3] [1, 1] : memref<8x16xf32> to memref<2x4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected result element type to be 'f32', but got 'memref<2xi32>'}}
  %0 = memref.subview %m[0, 0] [1, 2] [1, 1] : memref<8x16xf32> to memref<2xi32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected result type to be 'memref<1x4xf32, strided<[16, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<4xf32, strided<[1], offset: 3>>'}}
  %0 = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<8x16xf32> to memref<4xf32, strided<[1], offset: 3>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected result type to be 'memref<1x4xf32, strided<[16, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<4xf32, strided<[2]>>'}}
  %0 = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<8x16xf32> to memref<4xf32, strided<[2]>>
  return
}

// -----

func.func @f(%t: tensor<4xf32>) {
  // expected-error @+1 {{'memref.subview' op operand #0 must be memref of any non-token type values, but got 'tensor<4xf32>'}}
  %0 = "memref.subview"(%t) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<4xf32>) -> memref<2xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.subview' op attribute 'static_offsets' failed to satisfy constraint: i64 dense array attribute}}
  %0 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i32: 0, 0>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>}> : (memref<8x16xf32>) -> memref<2x2xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{different memory spaces specified for source type 'memref<8x16xf32>' and result memref type 'memref<?x4xf32, 1>'}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [%i, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xf32, 1>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.reinterpret_cast' op source element type ('f32') does not match result element type ('i32')}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [%i, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xi32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected 2 size values, got 3}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [%i, 4, 4], strides: [4, 1, 1] : memref<8x16xf32> to memref<?x4xf32>
  return
}

// -----

func.func @f(%u: memref<*xf32>, %i: index) {
  // expected-error @+1 {{expected 1 offset values, got 2}}
  %0 = memref.reinterpret_cast %u to offset: [0, 1], sizes: [%i, 4], strides: [4, 1] : memref<*xf32> to memref<?x4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected result type with size = 5 instead of dynamic in dim = 0}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [5, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected result type with offset = 3 instead of 0}}
  %0 = memref.reinterpret_cast %m to offset: [3], sizes: [%i, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected result type with stride = dynamic instead of 4 in dim = 0}}
  %0 = memref.reinterpret_cast %m to offset: [%i], sizes: [%i, 4], strides: [%i, 1] : memref<8x16xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.reinterpret_cast' op result #0 must be strided memref of any non-token type values, but got 'memref<4xf32, affine_map<(d0) -> (d0 mod 2)>>'}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [4], strides: [1] : memref<8x16xf32> to memref<4xf32, affine_map<(d0) -> (d0 mod 2)>>
  return
}

// -----

func.func @f(%b: memref<2048xi8>, %i: index) {
  // expected-error @+1 {{'memref.view' op incorrect number of dynamic sizes, has 0, expected 1}}
  %0 = memref.view %b[%i][] : memref<2048xi8> to memref<?x4xf32>
  return
}

// -----

func.func @f(%b: memref<2048xi8>, %i: index) {
  // expected-error @+1 {{unsupported map for result memref type 'memref<?x4xf32, strided<[4, 1]>>'}}
  %0 = memref.view %b[%i][%i] : memref<2048xi8> to memref<?x4xf32, strided<[4, 1]>>
  return
}

// -----

func.func @f(%b: memref<2048xi8, strided<[2]>>, %i: index) {
  // expected-error @+1 {{unsupported map for base memref type 'memref<2048xi8, strided<[2]>>'}}
  %0 = memref.view %b[%i][%i] : memref<2048xi8, strided<[2]>> to memref<?x4xf32>
  return
}

// -----

func.func @f(%b: memref<2048xi8, 1>, %i: index) {
  // expected-error @+1 {{different memory spaces specified for base memref type 'memref<2048xi8, 1>' and view memref type 'memref<?x4xf32>'}}
  %0 = memref.view %b[%i][%i] : memref<2048xi8, 1> to memref<?x4xf32>
  return
}

// -----

func.func @f(%b: memref<2048xf32>, %i: index) {
  // expected-error @+1 {{'memref.view' op operand #0 must be 1D memref of 8-bit signless integer values, but got 'memref<2048xf32>'}}
  %0 = memref.view %b[%i][%i] : memref<2048xf32> to memref<?x4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.collapse_shape' op invalid number of reassociation groups: found 2, expected 1}}
  %0 = memref.collapse_shape %m [[0], [1]] : memref<8x16xf32> into memref<128xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.collapse_shape' op reassociation indices must be contiguous}}
  %0 = memref.collapse_shape %m [[1, 0]] : memref<8x16xf32> into memref<128xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.collapse_shape' op reassociation index 2 is out of bounds}}
  %0 = memref.collapse_shape %m [[0, 1, 2]] : memref<8x16xf32> into memref<128xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.collapse_shape' op collapsed dim (0) must be dynamic if and only if reassociation group is dynamic}}
  %0 = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<?xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.collapse_shape' op collapsed dim size (127) must equal reassociation group size (128)}}
  %0 = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<127xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.collapse_shape' op expanded rank (2) inconsistent with number of reassociation indices (1)}}
  %0 = memref.collapse_shape %m [[0]] : memref<8x16xf32> into memref<8xf32>
  return
}

// -----

func.func @f(%a: memref<8xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op has source rank 1 and result rank 2. This is not a collapse (1 < 2).}}
  %0 = memref.collapse_shape %a [[0]] : memref<8xf32> into memref<8x1xf32>
  return
}

// -----

func.func @f(%a: memref<1x2xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op rank 0 memrefs can only be extended/collapsed with/from ones}}
  %0 = memref.collapse_shape %a [] : memref<1x2xf32> into memref<f32>
  return
}

// -----

func.func @f(%a: memref<8x16xf32, strided<[32, 1]>>) {
  // expected-error @+1 {{'memref.collapse_shape' op invalid source layout map or collapsing non-contiguous dims}}
  %0 = memref.collapse_shape %a [[0, 1]] : memref<8x16xf32, strided<[32, 1]>> into memref<128xf32>
  return
}

// -----

func.func @f(%a: memref<8x16xf32, strided<[16, 1], offset: 4>>) {
  // expected-error @+1 {{'memref.collapse_shape' op expected collapsed type to be 'memref<128xf32, strided<[1], offset: 4>>' but found 'memref<128xf32>'}}
  %0 = memref.collapse_shape %a [[0, 1]] : memref<8x16xf32, strided<[16, 1], offset: 4>> into memref<128xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.collapse_shape' op attribute 'reassociation' failed to satisfy constraint: Array of 64-bit integer array attributes}}
  %0 = "memref.collapse_shape"(%m) <{reassociation = [0]}> : (memref<8x16xf32>) -> memref<128xf32>
  return
}

// -----

func.func @f(%a: memref<128xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op collapsed dim size (128) must equal reassociation group size (120)}}
  %0 = memref.expand_shape %a [[0, 1]] output_shape [8, 16] : memref<128xf32> into memref<8x15xf32>
  return
}

// -----

func.func @f(%a: memref<128xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op expected expanded type to be 'memref<8x16xf32>' but found 'memref<8x16xf32, strided<[16, 1]>>'}}
  %0 = memref.expand_shape %a [[0, 1]] output_shape [8, 16] : memref<128xf32> into memref<8x16xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%a: memref<?xf32, strided<[4], offset: 2>>, %i: index) {
  // expected-error @+1 {{'memref.expand_shape' op expected expanded type to be 'memref<?x16xf32, strided<[64, 4], offset: 2>>' but found 'memref<?x16xf32>'}}
  %0 = memref.expand_shape %a [[0, 1]] output_shape [%i, 16] : memref<?xf32, strided<[4], offset: 2>> into memref<?x16xf32>
  return
}

// -----

func.func @f(%a: memref<128xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op expected number of static shape bounds to be equal to the output rank (2) but found 3 inputs instead}}
  %0 = memref.expand_shape %a [[0, 1]] output_shape [8, 16, 1] : memref<128xf32> into memref<8x16xf32>
  return
}

// -----

func.func @f(%a: memref<128xf32>, %i: index) {
  // expected-error @+1 {{'memref.expand_shape' op mismatch in dynamic dims in output_shape and static_output_shape: static_output_shape has 0 dynamic dims while output_shape has 1 values}}
  %0 = "memref.expand_shape"(%a, %i) <{reassociation = [[0, 1]], static_output_shape = array<i64: 8, 16>}> : (memref<128xf32>, index) -> memref<8x16xf32>
  return
}

// -----

func.func @f(%a: memref<128xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op invalid output shape provided at pos 1}}
  %0 = memref.expand_shape %a [[0, 1]] output_shape [8, 8] : memref<128xf32> into memref<8x16xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.expand_shape' op has source rank 2 and result rank 1. This is not an expansion (2 > 1).}}
  %0 = memref.expand_shape %m [[0, 1]] output_shape [8, 16] : memref<8x16xf32> into memref<128xf32>
  return
}

// -----

func.func @store_invariant(%m: memref<4xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{expected one of ':', 'alignment', 'nontemporal', '{', but got 'invariant'}}
  memref.store %v, %m[%i] invariant(true) : memref<4xf32>
  return
}

// -----

func.func @invariant_twice(%m: memref<4xf32>, %i: index) -> f32 {
  // expected-error @+1 {{custom op 'memref.load' `invariant` clause can appear at most once in the expansion of the oilist directive}}
  %0 = memref.load %m[%i] invariant(true) invariant(false) : memref<4xf32>
  return %0 : f32
}
