// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier errors of maskedload / maskedstore, expandload / compressstore and gather /
// scatter (messages as MLIR's).

func.func @case1(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.maskedload' op base element type ('f32') does not match result element type ('i32')}}
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xi32>
  return
}

// -----

func.func @case2(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.maskedload' op requires 1 indices}}
  %1 = vector.maskedload %m[%i, %i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case3(%m: memref<?xf32>, %i: index, %mask: vector<4xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.maskedload' op expected result shape to match mask shape}}
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<4xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case4(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<4xf32>) {
  // expected-error @+1 {{'vector.maskedload' op expected pass_thru of same type as result type}}
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<4xf32> into vector<8xf32>
  return
}

// -----

func.func @case5(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xi32>) {
  // expected-error @+1 {{'vector.maskedstore' op base element type ('f32') does not match valueToStore element type ('i32')}}
  vector.maskedstore %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xi32>
  return
}

// -----

func.func @case6(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.maskedstore' op requires 1 indices}}
  vector.maskedstore %m[%i, %i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return
}

// -----

func.func @case7(%m: memref<?xf32>, %i: index, %mask: vector<4xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.maskedstore' op expected valueToStore shape to match mask shape}}
  vector.maskedstore %m[%i], %mask, %pt : memref<?xf32>, vector<4xi1>, vector<8xf32>
  return
}

// -----

func.func @case8(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.expandload' op base element type ('f32') does not match result element type ('i32')}}
  %1 = vector.expandload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xi32>
  return
}

// -----

func.func @case9(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.expandload' op requires 1 indices}}
  %1 = vector.expandload %m[%i, %i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case10(%m: memref<?xf32>, %i: index, %mask: vector<4xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.expandload' op expected result shape to match mask shape}}
  %1 = vector.expandload %m[%i], %mask, %pt : memref<?xf32>, vector<4xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case11(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<4xf32>) {
  // expected-error @+1 {{'vector.expandload' op expected pass_thru of same type as result type}}
  %1 = vector.expandload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<4xf32> into vector<8xf32>
  return
}

// -----

func.func @case12(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xi32>) {
  // expected-error @+1 {{'vector.compressstore' op base element type ('f32') does not match valueToStore element type ('i32')}}
  vector.compressstore %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xi32>
  return
}

// -----

func.func @case13(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.compressstore' op requires 1 indices}}
  vector.compressstore %m[%i, %i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32>
  return
}

// -----

func.func @case14(%m: memref<?xf32>, %i: index, %mask: vector<4xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.compressstore' op expected valueToStore shape to match mask shape}}
  vector.compressstore %m[%i], %mask, %pt : memref<?xf32>, vector<4xi1>, vector<8xf32>
  return
}

// -----

func.func @case15(%m: memref<?xf32, strided<[2]>>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.maskedload' op most minor memref dim must have unit stride}}
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32, strided<[2]>>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case16(%m: memref<?xf32, strided<[2]>>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.expandload' op most minor memref dim must have unit stride}}
  %1 = vector.expandload %m[%i], %mask, %pt : memref<?xf32, strided<[2]>>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case17(%m: memref<?xf32, strided<[2]>>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.compressstore' op most minor memref dim must have unit stride}}
  vector.compressstore %m[%i], %mask, %pt : memref<?xf32, strided<[2]>>, vector<8xi1>, vector<8xf32>
  return
}

// -----

func.func @case18(%m: memref<?xf32, strided<[2]>>, %i: index, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.maskedstore' op most minor memref dim must have unit stride}}
  vector.maskedstore %m[%i], %mask, %pt : memref<?xf32, strided<[2]>>, vector<8xi1>, vector<8xf32>
  return
}

// -----

func.func @case19(%m: memref<?xf32>, %i: index, %mask: vector<8xi8>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.maskedload' op operand #2 must be vector of 1-bit signless integer values, but got 'vector<8xi8>'}}
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi8>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case20(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.gather' op base element type ('f32') does not match result element type ('i32')}}
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xi32>
  return
}

// -----

func.func @case21(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.gather' op requires 1 indices}}
  %1 = vector.gather %m[%i, %i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case22(%m: memref<?xf32>, %i: index, %idx: vector<4xi32>, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.gather' op expected result dim to match indices dim}}
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<4xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case23(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %mask: vector<4xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.gather' op expected result dim to match mask dim}}
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<4xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case24(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %mask: vector<8xi1>, %pt: vector<4xf32>) {
  // expected-error @+1 {{'vector.gather' op expected pass_thru of same type as result type}}
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<4xf32> into vector<8xf32>
  return
}

// -----

func.func @case25(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %mask: vector<8xi1>, %pt: vector<8xi32>) {
  // expected-error @+1 {{'vector.scatter' op base element type ('f32') does not match valueToStore element type ('i32')}}
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xi32>
  return
}

// -----

func.func @case26(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.scatter' op requires 1 indices}}
  vector.scatter %m[%i, %i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>
  return
}

// -----

func.func @case27(%m: memref<?xf32>, %i: index, %idx: vector<4xi32>, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.scatter' op expected valueToStore dim to match indices dim}}
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<4xi32>, vector<8xi1>, vector<8xf32>
  return
}

// -----

func.func @case28(%m: memref<?xf32>, %i: index, %idx: vector<8xi32>, %mask: vector<4xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.scatter' op expected valueToStore dim to match mask dim}}
  vector.scatter %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<4xi1>, vector<8xf32>
  return
}

// -----

func.func @case29(%m: memref<?xf32>, %i: index, %idx: vector<8xf32>, %mask: vector<8xi1>, %pt: vector<8xf32>) {
  // expected-error @+1 {{'vector.gather' op operand #2 must be vector of integer or index values, but got 'vector<8xf32>'}}
  %1 = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
  return
}

// -----

func.func @case30(%m: memref<?xf32, strided<[2]>>, %i: index, %mask: vector<8xi1>, %pt: vector<8xi32>) {
  // expected-error @+1 {{'vector.maskedload' op most minor memref dim must have unit stride}}
  %1 = vector.maskedload %m[%i], %mask, %pt : memref<?xf32, strided<[2]>>, vector<8xi1>, vector<8xi32> into vector<8xi32>
  return
}

// -----

func.func @case31(%m: memref<?xf32>, %i: index, %mask: vector<8xi1>, %pt: vector<8xi32>) {
  // expected-error @+1 {{'vector.maskedload' op base element type ('f32') does not match result element type ('i32')}}
  %1 = vector.maskedload %m[%i, %i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xi32> into vector<8xi32>
  return
}
