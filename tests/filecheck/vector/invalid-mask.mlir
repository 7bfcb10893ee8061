// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier and parser errors of vector.mask and vector.yield (messages as MLIR's).

func.func @two_ops(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.mask' op expects only one operation to mask}}
  %r = vector.mask %m {
    %0 = vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32>
    %1 = vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32>
    vector.yield %0 : vector<8xf32>
  } : vector<8xi1> -> vector<8xf32>
  return
}

// -----

func.func @not_maskable(%m: vector<8xi1>, %v: vector<8xf32>) {
  // expected-error @+1 {{'vector.mask' op expects a MaskableOpInterface within the mask region}}
  %r = vector.mask %m { arith.addf %v, %v : vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return
}

// -----

func.func @mask_type(%m: vector<4xi1>, %a: memref<8xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.mask' op expects a 'vector<8xi1>' mask for the maskable operation}}
  %r = vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<4xi1> -> vector<8xf32>
  return
}

// -----

func.func @contract_mask_type(%m: vector<4x8xi1>, %a: vector<4x2xf32>, %b: vector<2x8xf32>, %c: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.mask' op expects a 'vector<4x8x2xi1>' mask for the maskable operation}}
  %r = vector.mask %m { vector.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x2xf32>, vector<2x8xf32> into vector<4x8xf32> } : vector<4x8xi1> -> vector<4x8xf32>
  return
}

// -----

func.func @write_results(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %v: vector<8xf32>) {
  // expected-error @+1 {{'vector.mask' op expects number of results to match mask region yielded values}}
  %r = vector.mask %m, %v { vector.transfer_write %v, %a[%i] : vector<8xf32>, memref<8xf32> } : vector<8xi1> -> vector<8xf32>
  return
}

// -----

func.func @passthru_no_result(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %v: vector<8xf32>) {
  // expected-error @+1 {{custom op 'vector.mask' expects a result if passthru operand is provided}}
  vector.mask %m, %v { vector.transfer_write %v, %a[%i] : vector<8xf32>, memref<8xf32> } : vector<8xi1>
  return
}

// -----

func.func @missing_result(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.mask' op expects number of results to match mask region yielded values}}
  vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1>
  return
}

// -----

func.func @result_type(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.mask' op expects result type to match maskable operation result type}}
  %r = vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<4xf32>
  return
}

// -----

func.func @yield_other(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32, %v: vector<8xf32>) {
  // expected-error @+1 {{'vector.mask' op expects all the results from the MaskableOpInterface to match all the values returned by the terminator}}
  %r = vector.mask %m {
    %0 = vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32>
    vector.yield %v : vector<8xf32>
  } : vector<8xi1> -> vector<8xf32>
  return
}

// -----

func.func @written_empty_yield(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.mask' op expects number of results to match mask region yielded values}}
  %r = vector.mask %m {
    %0 = vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32>
    vector.yield
  } : vector<8xi1> -> vector<8xf32>
  return
}

// -----

func.func @passthru_type(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32, %v: vector<4xf32>) {
  // expected-error @+1 {{'vector.mask' op expects passthru type to match result type}}
  %r = "vector.mask"(%m, %v) ({
    %0 = vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32>
    vector.yield %0 : vector<8xf32>
  }) : (vector<8xi1>, vector<4xf32>) -> vector<8xf32>
  return
}

// -----

func.func @passthru_unsupported(%m: vector<8xi1>, %v: vector<8xf32>, %pt: f32) {
  // expected-error @+1 {{'vector.mask' op doesn't expect a passthru argument for this maskable operation}}
  %r = vector.mask %m, %pt { vector.reduction <add>, %v : vector<8xf32> into f32 } : vector<8xi1> -> f32
  return
}

// -----

func.func @no_blocks(%m: vector<8xi1>) {
  // expected-error @+1 {{'vector.mask' op region #0 ('maskRegion') failed to verify constraint: region with 1 blocks}}
  "vector.mask"(%m) ({}) : (vector<8xi1>) -> ()
  return
}

// -----

func.func @empty_block(%m: vector<8xi1>) {
  // expected-error @+1 {{'vector.mask' op expects a non-empty block}}
  "vector.mask"(%m) ({
  ^bb0:
  }) : (vector<8xi1>) -> ()
  return
}

// -----

func.func @no_terminator(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.mask' op expects a terminator within the mask region}}
  "vector.mask"(%m) ({
    %0 = vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32>
  }) : (vector<8xi1>) -> ()
  return
}

// -----

func.func @empty_yield_count(%m: vector<8xi1>, %v: vector<8xf32>) {
  // expected-error @+1 {{'vector.mask' op expects number of results to match mask region yielded values}}
  "vector.mask"(%m) ({
    vector.yield %v : vector<8xf32>
  }) : (vector<8xi1>) -> ()
  return
}

// -----

func.func @block_args(%m: vector<8xi1>) {
  // expected-error @+1 {{'vector.mask' op region should have no arguments}}
  "vector.mask"(%m) ({
  ^bb0(%x: i32):
    vector.yield
  }) : (vector<8xi1>) -> ()
  return
}

// -----

func.func @two_blocks(%m: vector<8xi1>) {
  // expected-error @+1 {{'vector.mask' op expects region #0 to have 0 or 1 blocks}}
  "vector.mask"(%m) ({
    vector.yield
  ^bb1:
    vector.yield
  }) : (vector<8xi1>) -> ()
  return
}

// -----

func.func @nested_mask(%m: vector<8xi1>, %a: memref<8xf32>, %i: index, %p: f32) {
  // expected-error @+1 {{'vector.mask' op expects a MaskableOpInterface within the mask region}}
  %r = vector.mask %m { vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32> } : vector<8xi1> -> vector<8xf32>
  return
}

// -----

func.func @scalar_mask(%m: i1, %v: vector<8xf32>) {
  // expected-error @+1 {{'vector.mask' op operand #0 must be vector of 1-bit signless integer values, but got 'i1'}}
  %r = vector.mask %m { vector.yield %v : vector<8xf32> } : i1 -> vector<8xf32>
  return
}

// -----

func.func @yield_not_last(%v: vector<8xf32>) {
  // expected-error @+1 {{'vector.yield' op must be the last operation in the parent block}}
  vector.yield %v : vector<8xf32>
  return
}
