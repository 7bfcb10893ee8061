// RUN: pyir-opt %s --split-input-file --verify-diagnostics

func.func @one_stride(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{custom op 'memref.dma_start' expected two stride related operands}}
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %n : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  return
}

// -----

func.func @two_types(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{custom op 'memref.dma_start' fewer/more types expected}}
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>
  return
}

// -----

func.func @source_indices(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{'memref.dma_start' op expected source indices to be of index type}}
  memref.dma_start %src[%i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  return
}

// -----

func.func @wait_indices(%tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{'memref.dma_wait' op expected tagIndices to have the same number of elements as the tagMemRef rank, expected 1, but got 2}}
  memref.dma_wait %tag[%i, %i], %n : memref<1xi32>
  return
}

// -----

func.func @few_operands(%src: memref<40x128xf32>, %i: index) {
  // expected-error @+1 {{'memref.dma_start' op expected at least 4 operands}}
  "memref.dma_start"(%src, %i) : (memref<40x128xf32>, index) -> ()
  return
}

// -----

func.func @num_type(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: i32) {
  // expected-error @+1 {{'memref.dma_start' op expected num elements to be of index type}}
  "memref.dma_start"(%src, %i, %i, %dst, %i, %i, %n, %tag, %i) : (memref<40x128xf32>, index, index, memref<2x1024xf32, 1>, index, index, i32, memref<1xi32>, index) -> ()
  return
}

// -----

func.func @operand_count(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  // expected-error @+1 {{'memref.dma_start' op incorrect number of operands}}
  "memref.dma_start"(%src, %i, %i, %dst, %i, %i, %n, %tag, %i, %n) : (memref<40x128xf32>, index, index, memref<2x1024xf32, 1>, index, index, index, memref<1xi32>, index, index) -> ()
  return
}

// -----

func.func @source_type(%src: f32, %i: index) {
  // expected-error @+1 {{'memref.dma_start' op expected source to be of memref type}}
  "memref.dma_start"(%src, %i, %i, %i) : (f32, index, index, index) -> ()
  return
}

// -----

func.func @wait_num_type(%tag: memref<1xi32>, %i: index, %n: i32) {
  // expected-error @+1 {{'memref.dma_wait' op operand #2 must be index, but got 'i32'}}
  "memref.dma_wait"(%tag, %i, %n) : (memref<1xi32>, index, i32) -> ()
  return
}
