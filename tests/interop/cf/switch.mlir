// cf.switch: default only, cases with and without operands, negative case values, i1,
// i8 (255 reads as -1) and i64 extremes, a discardable attribute, and the generic form
// with case_values, case_operand_segments and operandSegmentSizes.
func.func @switches(%f: i32, %b: i1, %s: i8, %l: i64, %x: f32) {
  cf.switch %f : i32, [
    default: ^bb1(%x : f32),
    42: ^bb2,
    -7: ^bb1(%x : f32),
    0: ^bb3(%f, %x : i32, f32)
  ]
^bb1(%y: f32):
  cf.switch %b : i1, [
    default: ^bb2,
    0: ^bb2,
    1: ^bb1(%y : f32)
  ] {note = 1 : i32}
^bb2:
  cf.switch %s : i8, [
    default: ^bb4,
    255: ^bb4,
    -128: ^bb2
  ]
^bb3(%p: i32, %q: f32):
  cf.switch %l : i64, [
    default: ^bb4,
    9223372036854775807: ^bb4,
    -9223372036854775808: ^bb4
  ]
^bb4:
  cf.switch %f : i32, [
    default: ^bb5
  ]
^bb5:
  "cf.switch"(%f, %x, %f)[^bb1, ^bb6] <{case_operand_segments = array<i32: 1>, case_values = dense<5> : vector<1xi32>, operandSegmentSizes = array<i32: 1, 1, 1>}> : (i32, f32, i32) -> ()
^bb6(%v: i32):
  return
}
