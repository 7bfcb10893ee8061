// RUN: pyir-opt %s --split-input-file --verify-diagnostics

// Verifier rules and custom-syntax errors of affine.prefetch, affine.dma_start and
// affine.dma_wait; the messages are MLIR's.

func.func @prefetch_rank(%m: memref<4x4xf32>, %i: index) {
  // expected-error @+1 {{'affine.prefetch' op affine.prefetch affine map num results must equal memref rank}}
  "affine.prefetch"(%m, %i) <{isDataCache = true, isWrite = false, localityHint = 3 : i32, map = affine_map<(d0) -> (d0)>}> : (memref<4x4xf32>, index) -> ()
  return
}

// -----

func.func @prefetch_operands(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'affine.prefetch' op too few operands}}
  "affine.prefetch"(%m, %i) <{isDataCache = true, isWrite = false, localityHint = 3 : i32, map = affine_map<(d0, d1) -> (d0)>}> : (memref<4xf32>, index) -> ()
  return
}

// -----

func.func @prefetch_locality(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'affine.prefetch' op attribute 'localityHint' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3}}
  affine.prefetch %m[%i], read, locality<5>, data : memref<4xf32>
  return
}

// -----

func.func @prefetch_rw(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{custom op 'affine.prefetch' rw specifier has to be 'read' or 'write'}}
  affine.prefetch %m[%i], rd, locality<3>, data : memref<4xf32>
  return
}

// -----

func.func @prefetch_cache(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{custom op 'affine.prefetch' cache type has to be 'data' or 'instr'}}
  affine.prefetch %m[%i], read, locality<3>, dat : memref<4xf32>
  return
}

// -----

func.func @prefetch_index(%m: memref<4xf32>, %i: index, %lb: index) {
  scf.for %j = %lb to %i step %i {
    // expected-error @+1 {{'affine.prefetch' op index must be a valid dimension or symbol identifier}}
    affine.prefetch %m[%j], read, locality<1>, data : memref<4xf32>
  }
  return
}

// -----

func.func @dma_strides(%src: memref<4xf32>, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{custom op 'affine.dma_start' expected two stride related operands}}
  affine.dma_start %src[%i], %dst[%i], %tag[0], %n, %i : memref<4xf32>, memref<4xf32, 1>, memref<1xi32>
  return
}

// -----

func.func @dma_types(%src: memref<4xf32>, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{custom op 'affine.dma_start' expected three types}}
  affine.dma_start %src[%i], %dst[%i], %tag[0], %n : memref<4xf32>, memref<4xf32, 1>
  return
}

// -----

func.func @dma_count(%src: memref<4xf32>, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{'affine.dma_start' op incorrect number of operands}}
  "affine.dma_start"(%src, %i, %dst, %i, %tag, %n) <{dst_map = affine_map<(d0) -> (d0)>, src_map = affine_map<(d0) -> (d0)>, tag_map = affine_map<(d0) -> (d0)>}> : (memref<4xf32>, index, memref<4xf32, 1>, index, memref<1xi32>, index) -> ()
  return
}

// -----

func.func @dma_source(%src: f32, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{'affine.dma_start' op expected DMA source to be of memref type}}
  "affine.dma_start"(%src, %i, %dst, %i, %tag, %n) <{dst_map = affine_map<(d0) -> (d0)>, src_map = affine_map<(d0) -> (d0)>, tag_map = affine_map<() -> (0)>}> : (f32, index, memref<4xf32, 1>, index, memref<1xi32>, index) -> ()
  return
}

// -----

// The tag's position follows the maps' input counts: here it is %n.
func.func @dma_tag_position(%src: memref<4xf32>, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{'affine.dma_start' op expected DMA tag to be of memref type}}
  "affine.dma_start"(%src, %i, %dst, %i, %tag, %n) <{dst_map = affine_map<(d0, d1) -> (d0)>, src_map = affine_map<(d0) -> (d0)>, tag_map = affine_map<() -> (0)>}> : (memref<4xf32>, index, memref<4xf32, 1>, index, memref<1xi32>, index) -> ()
  return
}

// -----

func.func @dma_src_index(%src: memref<4xf32>, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index, %lb: index) {
  scf.for %j = %lb to %n step %n {
    // expected-error @+1 {{'affine.dma_start' op src index must be a valid dimension or symbol identifier}}
    affine.dma_start %src[%j], %dst[%i], %tag[0], %n : memref<4xf32>, memref<4xf32, 1>, memref<1xi32>
  }
  return
}

// -----

func.func @dma_tag_index(%src: memref<4xf32>, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index, %lb: index) {
  scf.for %j = %lb to %n step %n {
    // expected-error @+1 {{'affine.dma_start' op tag index must be a valid dimension or symbol identifier}}
    affine.dma_start %src[%i], %dst[%i], %tag[%j], %n : memref<4xf32>, memref<4xf32, 1>, memref<1xi32>
  }
  return
}

// -----

func.func @dma_index_type(%src: memref<4xf32>, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %i: i32, %n: index) {
  // expected-error @+1 {{'affine.dma_start' op src index to dma_start must have 'index' type}}
  "affine.dma_start"(%src, %i, %dst, %n, %tag, %n) <{dst_map = affine_map<(d0) -> (d0)>, src_map = affine_map<(d0) -> (d0)>, tag_map = affine_map<() -> (0)>}> : (memref<4xf32>, i32, memref<4xf32, 1>, index, memref<1xi32>, index) -> ()
  return
}

// -----

func.func @dma_no_map(%src: memref<4xf32>, %dst: memref<4xf32, 1>, %tag: memref<1xi32>, %n: index) {
  // expected-error @+1 {{'affine.dma_start' op requires attribute 'tag_map'}}
  "affine.dma_start"(%src, %dst, %tag, %n) <{dst_map = affine_map<() -> (0)>, src_map = affine_map<() -> (0)>}> : (memref<4xf32>, memref<4xf32, 1>, memref<1xi32>, index) -> ()
  return
}

// -----

func.func @wait_index_type(%tag: memref<1xi32>, %i: i32, %n: index) {
  // expected-error @+1 {{'affine.dma_wait' op index to dma_wait must have 'index' type}}
  "affine.dma_wait"(%tag, %i, %n) <{tag_map = affine_map<(d0) -> (d0)>}> : (memref<1xi32>, i32, index) -> ()
  return
}

// -----

func.func @wait_tag(%tag: f32, %i: index, %n: index) {
  // expected-error @+1 {{'affine.dma_wait' op expected DMA tag to be of memref type}}
  "affine.dma_wait"(%tag, %i, %n) <{tag_map = affine_map<(d0) -> (d0)>}> : (f32, index, index) -> ()
  return
}

// -----

func.func @wait_index(%tag: memref<1xi32>, %n: index, %lb: index) {
  scf.for %j = %lb to %n step %n {
    // expected-error @+1 {{'affine.dma_wait' op index must be a valid dimension or symbol identifier}}
    affine.dma_wait %tag[%j], %n : memref<1xi32>
  }
  return
}
