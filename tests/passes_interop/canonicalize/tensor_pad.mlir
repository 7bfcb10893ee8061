// canonicalize, tensor.pad: a source cast that only drops static sizes is folded (in place, or
// with a cast back; nofold and attributes kept), a cast of the only use to a more static type
// becomes the pad's type, constant low/high become static when the type gets more static
// (negative constants too; no change when it would not), orthogonal high paddings of two
// pad/extract_slice pairs merge, consecutive pads with one padding value merge (affine.apply
// sums); different values, shared dims, nofold and values computed in the body stay.
func.func @src_cast(%t: tensor<4x5xf32>, %v: f32) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<4x5xf32> to tensor<?x?xf32>
  %p = tensor.pad %c low[1, 2] high[3, 4] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  return %p : tensor<?x?xf32>
}
func.func @src_cast_same(%t: tensor<4x?xf32>, %v: f32) -> tensor<8x?xf32> {
  %c = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %p = tensor.pad %c low[1, 2] high[3, 4] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<8x?xf32>
  return %p : tensor<8x?xf32>
}
func.func @src_cast_dyn(%t: tensor<4x?xf32>, %v: f32, %l: index) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %p = tensor.pad %c low[%l, 2] high[3, 4] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  return %p : tensor<?x?xf32>
}
func.func @target_cast(%t: tensor<?x?xf32>, %v: f32) -> tensor<8x9xf32> {
  %p = tensor.pad %t low[1, 2] high[3, 4] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  %c = tensor.cast %p : tensor<?x?xf32> to tensor<8x9xf32>
  return %c : tensor<8x9xf32>
}
func.func @target_cast_two_uses(%t: tensor<?x?xf32>, %v: f32) -> (tensor<8x9xf32>, tensor<?x?xf32>) {
  %p = tensor.pad %t low[1, 2] high[3, 4] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  %c = tensor.cast %p : tensor<?x?xf32> to tensor<8x9xf32>
  return %c, %p : tensor<8x9xf32>, tensor<?x?xf32>
}
func.func @static_pad(%t: tensor<4x?xf32>, %v: f32) -> tensor<?x?xf32> {
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %p = tensor.pad %t low[%c1, %c1] high[%c3, 2] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x?xf32> to tensor<?x?xf32>
  return %p : tensor<?x?xf32>
}
func.func @static_pad_nochange(%t: tensor<?x?xf32>, %v: f32) -> tensor<?x?xf32> {
  %c1 = arith.constant 1 : index
  %p = tensor.pad %t low[%c1, %c1] high[%c1, 2] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  return %p : tensor<?x?xf32>
}
func.func @consecutive(%t: tensor<4x4xf32>, %l: index) -> tensor<?x?xf32> {
  %cst = arith.constant 0.0 : f32
  %p = tensor.pad %t low[1, %l] high[2, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<4x4xf32> to tensor<7x?xf32>
  %q = tensor.pad %p low[%l, 1] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<7x?xf32> to tensor<?x?xf32>
  return %q : tensor<?x?xf32>
}
func.func @orthogonal(%t: tensor<64x64xf32>, %o: index, %n: index) -> tensor<8x8xf32> {
  %cst = arith.constant 0.0 : f32
  %s0 = tensor.extract_slice %t[%o, 0] [%n, 8] [1, 1] : tensor<64x64xf32> to tensor<?x8xf32>
  %p0 = tensor.pad %s0 low[0, 0] high[%n, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<?x8xf32> to tensor<?x8xf32>
  %s1 = tensor.extract_slice %p0[0, %o] [8, %n] [1, 1] : tensor<?x8xf32> to tensor<8x?xf32>
  %p1 = tensor.pad %s1 low[0, 0] high[0, %n] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<8x?xf32> to tensor<8x8xf32>
  return %p1 : tensor<8x8xf32>
}
func.func @orthogonal_static(%t: tensor<64x64xf32>, %o: index) -> tensor<8x8xf32> {
  %cst = arith.constant 0.0 : f32
  %s0 = tensor.extract_slice %t[%o, 0] [6, 8] [1, 1] : tensor<64x64xf32> to tensor<6x8xf32>
  %p0 = tensor.pad %s0 low[0, 0] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<6x8xf32> to tensor<8x8xf32>
  %s1 = tensor.extract_slice %p0[0, 2] [8, 5] [1, 1] : tensor<8x8xf32> to tensor<8x5xf32>
  %p1 = tensor.pad %s1 low[0, 0] high[0, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<8x5xf32> to tensor<8x8xf32>
  return %p1 : tensor<8x8xf32>
}
func.func @orthogonal_same_dim(%t: tensor<64x64xf32>, %o: index) -> tensor<8x8xf32> {
  %cst = arith.constant 0.0 : f32
  %s0 = tensor.extract_slice %t[%o, 0] [6, 8] [1, 1] : tensor<64x64xf32> to tensor<6x8xf32>
  %p0 = tensor.pad %s0 low[0, 0] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<6x8xf32> to tensor<8x8xf32>
  %s1 = tensor.extract_slice %p0[0, 0] [5, 8] [1, 1] : tensor<8x8xf32> to tensor<5x8xf32>
  %p1 = tensor.pad %s1 low[0, 0] high[3, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<5x8xf32> to tensor<8x8xf32>
  return %p1 : tensor<8x8xf32>
}
func.func @orthogonal_other_value(%t: tensor<64x64xf32>, %o: index) -> tensor<8x8xf32> {
  %cst = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %s0 = tensor.extract_slice %t[%o, 0] [6, 8] [1, 1] : tensor<64x64xf32> to tensor<6x8xf32>
  %p0 = tensor.pad %s0 low[0, 0] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<6x8xf32> to tensor<8x8xf32>
  %s1 = tensor.extract_slice %p0[0, 2] [8, 5] [1, 1] : tensor<8x8xf32> to tensor<8x5xf32>
  %p1 = tensor.pad %s1 low[0, 0] high[0, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %one : f32
  } : tensor<8x5xf32> to tensor<8x8xf32>
  return %p1 : tensor<8x8xf32>
}
func.func @consecutive_static(%t: tensor<4x4xf32>) -> tensor<9x10xf32> {
  %cst = arith.constant 0.0 : f32
  %p = tensor.pad %t low[1, 0] high[0, 2] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<4x4xf32> to tensor<5x6xf32>
  %q = tensor.pad %p low[2, 3] high[2, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<5x6xf32> to tensor<9x10xf32>
  return %q : tensor<9x10xf32>
}
func.func @consecutive_two_dyn(%t: tensor<4x4xf32>, %a: index, %b: index) -> tensor<?x?xf32> {
  %cst = arith.constant 0.0 : f32
  %p = tensor.pad %t low[%a, %a] high[%b, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<4x4xf32> to tensor<?x?xf32>
  %q = tensor.pad %p low[%b, %a] high[%a, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  return %q : tensor<?x?xf32>
}
func.func @consecutive_arg_value(%t: tensor<4xf32>, %v: f32) -> tensor<7xf32> {
  %p = tensor.pad %t low[1] high[0] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<5xf32>
  %q = tensor.pad %p low[0] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<5xf32> to tensor<7xf32>
  return %q : tensor<7xf32>
}
func.func @consecutive_nofold(%t: tensor<4xf32>, %v: f32) -> tensor<7xf32> {
  %p = tensor.pad %t nofold low[1] high[0] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<5xf32>
  %q = tensor.pad %p low[0] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<5xf32> to tensor<7xf32>
  return %q : tensor<7xf32>
}
func.func @consecutive_body_value(%t: tensor<4xf32>) -> tensor<7xf32> {
  %p = tensor.pad %t low[1] high[0] {
  ^bb0(%i: index):
    %c = arith.index_cast %i : index to i32
    %f = arith.sitofp %c : i32 to f32
    tensor.yield %f : f32
  } : tensor<4xf32> to tensor<5xf32>
  %q = tensor.pad %p low[0] high[2] {
  ^bb0(%i: index):
    %c = arith.index_cast %i : index to i32
    %f = arith.sitofp %c : i32 to f32
    tensor.yield %f : f32
  } : tensor<5xf32> to tensor<7xf32>
  return %q : tensor<7xf32>
}
func.func @static_pad_negative(%t: tensor<4xf32>, %v: f32) -> tensor<?xf32> {
  %c = arith.constant -1 : index
  %p = tensor.pad %t low[%c] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<?xf32>
  return %p : tensor<?xf32>
}
func.func @src_cast_nofold(%t: tensor<4xf32>, %v: f32) -> tensor<?xf32> {
  %c = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %p = tensor.pad %c nofold low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32> to tensor<?xf32>
  return %p : tensor<?xf32>
}
func.func @src_cast_attrs(%t: tensor<4xf32>, %v: f32) -> tensor<?xf32> {
  %c = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %p = tensor.pad %c low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } {my.attr = 1 : i32} : tensor<?xf32> to tensor<?xf32>
  return %p : tensor<?xf32>
}
func.func @src_cast_to_static(%t: tensor<?xf32>, %v: f32) -> tensor<7xf32> {
  %c = tensor.cast %t : tensor<?xf32> to tensor<4xf32>
  %p = tensor.pad %c low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<7xf32>
  return %p : tensor<7xf32>
}
func.func @target_cast_less_static(%t: tensor<4xf32>, %v: f32) -> tensor<?xf32> {
  %p = tensor.pad %t low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<7xf32>
  %c = tensor.cast %p : tensor<7xf32> to tensor<?xf32>
  return %c : tensor<?xf32>
}
func.func @target_cast_between(%t: tensor<?xf32>, %v: f32) -> tensor<7xf32> {
  %p = tensor.pad %t low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32> to tensor<?xf32>
  %x = "test.op"() : () -> i32
  %c = tensor.cast %p : tensor<?xf32> to tensor<7xf32>
  return %c : tensor<7xf32>
}
func.func @zero_pad_dynamic(%t: tensor<?xf32>, %v: f32) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %p = tensor.pad %t low[%c0] high[0] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32> to tensor<?xf32>
  return %p : tensor<?xf32>
}
func.func @cons_zero(%t: tensor<4xf32>, %l: index) -> tensor<?xf32> {
  %cst = arith.constant 0.0 : f32
  %p = tensor.pad %t low[%l] high[0] {
  ^bb0(%i: index):
    tensor.yield %cst : f32
  } : tensor<4xf32> to tensor<?xf32>
  %q = tensor.pad %p low[0] high[%l] {
  ^bb0(%i: index):
    tensor.yield %cst : f32
  } : tensor<?xf32> to tensor<?xf32>
  return %q : tensor<?xf32>
}
func.func @cons_loop(%t: tensor<4xf32>, %n: index) -> tensor<?xf32> {
  %cst = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %e = tensor.empty(%n) : tensor<?xf32>
  %r = scf.for %iv = %c0 to %n step %c1 iter_args(%acc = %e) -> tensor<?xf32> {
    %p = tensor.pad %t low[%iv] high[1] {
    ^bb0(%i: index):
      tensor.yield %cst : f32
    } : tensor<4xf32> to tensor<?xf32>
    %q = tensor.pad %p low[%iv] high[%n] {
    ^bb0(%i: index):
      tensor.yield %cst : f32
    } : tensor<?xf32> to tensor<?xf32>
    scf.yield %q : tensor<?xf32>
  }
  return %r : tensor<?xf32>
}
