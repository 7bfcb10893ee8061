// canonicalize, memref.view / reinterpret_cast / load: constant view sizes become static
// (not negative ones) with a cast back, a view reads through a cast of its byte buffer, a
// zero-shift view to the buffer's own static type is the buffer; reinterpret_cast constant
// offsets/sizes/strides become static (negative strides too, not negative offsets or
// sizes), reinterpret_cast of reinterpret_cast / cast / zero-offset subview; a load from a
// constant splat global is the splat; dim of reinterpret_cast / reshapes stays; casts fold
// into atomic_rmw and dealloc; alloc with layout symbols gets static sizes.
func.func @view_const_sizes(%buf: memref<2048xi8>, %n: index) -> (memref<?x4xf32>, memref<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %v = memref.view %buf[%c0][%c8] : memref<2048xi8> to memref<?x4xf32>
  %w = memref.view %buf[%c0][%n, %c8] : memref<2048xi8> to memref<?x?xf32>
  return %v, %w : memref<?x4xf32>, memref<?x?xf32>
}
func.func @view_zero_and_negative(%buf: memref<2048xi8>) -> (memref<?x4xf32>, memref<?x4xf32>) {
  %c0 = arith.constant 0 : index
  %cm8 = arith.constant -8 : index
  %v = memref.view %buf[%c0][%c0] : memref<2048xi8> to memref<?x4xf32>
  %w = memref.view %buf[%c0][%cm8] : memref<2048xi8> to memref<?x4xf32>
  return %v, %w : memref<?x4xf32>, memref<?x4xf32>
}
func.func @view_dynamic_buffer(%buf: memref<?xi8>, %o: index) -> memref<?x?xf32> {
  %c8 = arith.constant 8 : index
  %v = memref.view %buf[%o][%c8, %c8] : memref<?xi8> to memref<?x?xf32>
  return %v : memref<?x?xf32>
}
func.func @view_of_cast(%buf: memref<2048xi8>, %n: index) -> (memref<?x4xf32>, memref<?x4xf32>) {
  %c0 = arith.constant 0 : index
  %c = memref.cast %buf : memref<2048xi8> to memref<?xi8>
  %v = memref.view %c[%c0][%n] : memref<?xi8> to memref<?x4xf32>
  %d = memref.cast %c : memref<?xi8> to memref<2048xi8>
  %w = memref.view %d[%c0][%n] : memref<2048xi8> to memref<?x4xf32>
  "test.use"(%c) : (memref<?xi8>) -> ()
  return %v, %w : memref<?x4xf32>, memref<?x4xf32>
}
func.func @view_of_alloc_cast(%n: index) -> memref<?x4xf32> {
  %c0 = arith.constant 0 : index
  %a = memref.alloc() : memref<2048xi8>
  %c = memref.cast %a : memref<2048xi8> to memref<?xi8>
  %v = memref.view %c[%c0][%n] : memref<?xi8> to memref<?x4xf32>
  return %v : memref<?x4xf32>
}
func.func @view_identity(%buf: memref<2048xi8>, %dyn: memref<?xi8>, %o: index, %n: index) -> (memref<2048xi8>, memref<2048xi8>, memref<?xi8>) {
  %c0 = arith.constant 0 : index
  %v = memref.view %buf[%c0][] : memref<2048xi8> to memref<2048xi8>
  %w = memref.view %buf[%o][] : memref<2048xi8> to memref<2048xi8>
  %x = memref.view %dyn[%c0][%n] : memref<?xi8> to memref<?xi8>
  return %v, %w, %x : memref<2048xi8>, memref<2048xi8>, memref<?xi8>
}
func.func @view_static(%buf: memref<2048xi8>, %o: index) -> (memref<4x4xf32>, memref<f32>) {
  %v = memref.view %buf[%o][] : memref<2048xi8> to memref<4x4xf32>
  %w = memref.view %buf[%o][] : memref<2048xi8> to memref<f32>
  return %v, %w : memref<4x4xf32>, memref<f32>
}
func.func @reinterpret_all_const(%m: memref<?xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %r = memref.reinterpret_cast %m to offset: [%c0], sizes: [%c4, %c4], strides: [%c4, %c1] : memref<?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %r : memref<?x?xf32, strided<[?, ?], offset: ?>>
}
func.func @reinterpret_partial(%m: memref<?xf32>, %n: index) -> memref<?x?xf32, strided<[?, 1], offset: ?>> {
  %c4 = arith.constant 4 : index
  %r = memref.reinterpret_cast %m to offset: [%n], sizes: [%n, %c4], strides: [%c4, 1] : memref<?xf32> to memref<?x?xf32, strided<[?, 1], offset: ?>>
  return %r : memref<?x?xf32, strided<[?, 1], offset: ?>>
}
func.func @reinterpret_negative(%m: memref<?xf32>) -> memref<?xf32, strided<[?], offset: ?>> {
  %cm4 = arith.constant -4 : index
  %r = memref.reinterpret_cast %m to offset: [%cm4], sizes: [%cm4], strides: [%cm4] : memref<?xf32> to memref<?xf32, strided<[?], offset: ?>>
  return %r : memref<?xf32, strided<[?], offset: ?>>
}
func.func @reinterpret_zero_stride(%m: memref<?xf32>, %n: index) -> memref<?xf32, strided<[?], offset: ?>> {
  %c0 = arith.constant 0 : index
  %r = memref.reinterpret_cast %m to offset: [%n], sizes: [%n], strides: [%c0] : memref<?xf32> to memref<?xf32, strided<[?], offset: ?>>
  return %r : memref<?xf32, strided<[?], offset: ?>>
}
func.func @reinterpret_of_reinterpret(%m: memref<?xf32>, %n: index) -> memref<?x4xf32, strided<[4, 1], offset: ?>> {
  %a = memref.reinterpret_cast %m to offset: [0], sizes: [%n], strides: [1] : memref<?xf32> to memref<?xf32>
  %b = memref.reinterpret_cast %a to offset: [%n], sizes: [%n, 4], strides: [4, 1] : memref<?xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
  return %b : memref<?x4xf32, strided<[4, 1], offset: ?>>
}
func.func @reinterpret_unranked(%m: memref<*xf32>) -> memref<?xf32, strided<[?], offset: ?>> {
  %c4 = arith.constant 4 : index
  %r = memref.reinterpret_cast %m to offset: [%c4], sizes: [%c4], strides: [%c4] : memref<*xf32> to memref<?xf32, strided<[?], offset: ?>>
  return %r : memref<?xf32, strided<[?], offset: ?>>
}
func.func @reinterpret_subview_offset(%m: memref<8x8xf32>, %o: index) -> memref<16xf32, strided<[1], offset: ?>> {
  %s = memref.subview %m[%o, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
  %r = memref.reinterpret_cast %s to offset: [%o], sizes: [16], strides: [1] : memref<2x2xf32, strided<[8, 1], offset: ?>> to memref<16xf32, strided<[1], offset: ?>>
  return %r : memref<16xf32, strided<[1], offset: ?>>
}
memref.global "private" constant @splat : memref<4xf32> = dense<2.0>
memref.global "private" constant @splat_i : memref<2x2xi32> = dense<[[7, 7], [7, 7]]>
memref.global "private" constant @full : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>
memref.global "private" @mutable : memref<4xf32> = dense<2.0>
func.func @load_constant_global(%i: index, %j: index) -> (f32, i32, f32, f32) {
  %a = memref.get_global @splat : memref<4xf32>
  %x = memref.load %a[%i] : memref<4xf32>
  %b = memref.get_global @splat_i : memref<2x2xi32>
  %y = memref.load %b[%i, %j] : memref<2x2xi32>
  %c = memref.get_global @full : memref<4xf32>
  %c1 = arith.constant 1 : index
  %z = memref.load %c[%c1] : memref<4xf32>
  %d = memref.get_global @mutable : memref<4xf32>
  %w = memref.load %d[%i] : memref<4xf32>
  return %x, %y, %z, %w : f32, i32, f32, f32
}
func.func @dims_that_stay(%m: memref<?xf32>, %n: index, %u: memref<?x4xf32>) -> (index, index, index) {
  %c0 = arith.constant 0 : index
  %r = memref.reinterpret_cast %m to offset: [0], sizes: [%n, 4], strides: [4, 1] : memref<?xf32> to memref<?x4xf32, strided<[4, 1]>>
  %d = memref.dim %r, %c0 : memref<?x4xf32, strided<[4, 1]>>
  %e = memref.expand_shape %u [[0, 1], [2]] output_shape [%n, 2, 4] : memref<?x4xf32> into memref<?x2x4xf32>
  %f = memref.dim %e, %c0 : memref<?x2x4xf32>
  %g = memref.collapse_shape %e [[0, 1, 2]] : memref<?x2x4xf32> into memref<?xf32>
  %h = memref.dim %g, %c0 : memref<?xf32>
  return %d, %f, %h : index, index, index
}
func.func @atomic_dealloc_layout_cast(%m: memref<4xf32>, %i: index, %v: f32) -> f32 {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32, strided<[?], offset: ?>>
  %r = memref.atomic_rmw addf %v, %c[%i] : (f32, memref<?xf32, strided<[?], offset: ?>>) -> f32
  memref.dealloc %c : memref<?xf32, strided<[?], offset: ?>>
  return %r : f32
}
func.func @alloc_with_layout_symbols(%n: index) -> memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>> {
  %c4 = arith.constant 4 : index
  %a = memref.alloc(%c4)[%n] : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  return %a : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
}
memref.global "private" constant @u : memref<4xf32> = uninitialized
memref.global "private" @ext : memref<4xf32>
func.func @edge_constants_and_globals(%u: memref<*xi8>, %v: memref<*xf32>, %n: index, %i: index) -> (memref<?x4xf32>, memref<?xf32, strided<[?], offset: ?>>, memref<?x4xf32>, f32, f32) {
  %c0 = arith.constant 0 : index
  %big = arith.constant 9223372036854775807 : index
  %b = memref.alloc() : memref<2048xi8>
  %c = memref.cast %u : memref<*xi8> to memref<2048xi8>
  %w = memref.view %b[%c0][%n] : memref<2048xi8> to memref<?x4xf32>
  %r = memref.reinterpret_cast %v to offset: [%big], sizes: [%big], strides: [%big] : memref<*xf32> to memref<?xf32, strided<[?], offset: ?>>
  %x = memref.view %b[%c0][%big] : memref<2048xi8> to memref<?x4xf32>
  %g = memref.get_global @u : memref<4xf32>
  %l = memref.load %g[%i] : memref<4xf32>
  %e = memref.get_global @ext : memref<4xf32>
  %k = memref.load %e[%i] : memref<4xf32>
  return %w, %r, %x, %l, %k : memref<?x4xf32>, memref<?xf32, strided<[?], offset: ?>>, memref<?x4xf32>, f32, f32
}
