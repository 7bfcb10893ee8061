// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier errors of vector.scalable.insert, vector.scalable.extract and vector.type_cast
// (messages as MLIR's).

func.func @case1(%a: vector<4xf32>, %b: vector<[8]xf32>) {
  // expected-error @+1 {{'vector.scalable.insert' op failed to verify that position is a multiple of the source length.}}
  %0 = vector.scalable.insert %a, %b[3] : vector<4xf32> into vector<[8]xf32>
  return
}

// -----

func.func @case2(%a: vector<4xf32>, %c: vector<8xf32>) {
  // expected-error @+1 {{'vector.scalable.insert' op operand #1 must be  of ranks 1, but got 'vector<8xf32>'}}
  %0 = vector.scalable.insert %a, %c[0] : vector<4xf32> into vector<8xf32>
  return
}

// -----

func.func @case3(%e: vector<2x4xf32>, %b: vector<[8]xf32>) {
  // expected-error @+1 {{'vector.scalable.insert' op operand #0 must be  of ranks 1, but got 'vector<2x4xf32>'}}
  %0 = vector.scalable.insert %e, %b[0] : vector<2x4xf32> into vector<[8]xf32>
  return
}

// -----

func.func @case4(%a: vector<4xf32>, %d: vector<[8]xi32>) {
  // expected-error @+1 {{'vector.scalable.insert' op failed to verify that all of {valueToStore, dest} have same element type}}
  %0 = vector.scalable.insert %a, %d[0] : vector<4xf32> into vector<[8]xi32>
  return
}

// -----

func.func @case5(%a: vector<4xf32>, %b: vector<[8]xf32>) {
  // expected-error @+1 {{'vector.scalable.insert' op failed to verify that all of {dest, result} have same type}}
  %0 = "vector.scalable.insert"(%a, %b) <{pos = 0 : i64}> : (vector<4xf32>, vector<[8]xf32>) -> vector<[4]xf32>
  return
}

// -----

func.func @case6(%b: vector<[8]xf32>) {
  // expected-error @+1 {{'vector.scalable.extract' op failed to verify that position is a multiple of the result length.}}
  %0 = vector.scalable.extract %b[3] : vector<4xf32> from vector<[8]xf32>
  return
}

// -----

func.func @case7(%c: vector<8xf32>) {
  // expected-error @+1 {{'vector.scalable.extract' op operand #0 must be  of ranks 1, but got 'vector<8xf32>'}}
  %0 = vector.scalable.extract %c[0] : vector<4xf32> from vector<8xf32>
  return
}

// -----

func.func @case8(%b: vector<[8]xf32>) {
  // expected-error @+1 {{'vector.scalable.extract' op failed to verify that all of {source, result} have same element type}}
  %0 = vector.scalable.extract %b[0] : vector<4xi32> from vector<[8]xf32>
  return
}

// -----

func.func @case9(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'vector.type_cast' op expects concatenated result and operand shapes to be equal: 'memref<vector<64xf32>>'}}
  %0 = vector.type_cast %m : memref<8x8xf32> to memref<vector<64xf32>>
  return
}

// -----

func.func @case10(%n: memref<?x8xf32>) {
  // expected-error @+1 {{'vector.type_cast' op operand #0 must be statically shaped memref of any non-token type values, but got 'memref<?x8xf32>'}}
  %0 = vector.type_cast %n : memref<?x8xf32> to memref<vector<8x8xf32>>
  return
}

// -----

func.func @case11(%s: memref<8x8xf32, strided<[16, 1]>>) {
  // expected-error @+1 {{'vector.type_cast' op expects operand to be a memref with identity layout}}
  %0 = vector.type_cast %s : memref<8x8xf32, strided<[16, 1]>> to memref<vector<8x8xf32>>
  return
}

// -----

func.func @case12(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'vector.type_cast' op expects result to be a memref with identity layout}}
  %0 = vector.type_cast %m : memref<8x8xf32> to memref<8x8xf32, strided<[1, 8]>>
  return
}

// -----

func.func @case13(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'vector.type_cast' op expects result in same memory space}}
  %0 = vector.type_cast %m : memref<8x8xf32> to memref<vector<8x8xf32>, 1>
  return
}

// -----

func.func @case14(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'vector.type_cast' op expects result and operand with same underlying scalar type: 'memref<vector<8x8xi32>>'}}
  %0 = vector.type_cast %m : memref<8x8xf32> to memref<vector<8x8xi32>>
  return
}
