// canonicalize, affine.apply / affine.min / affine.max: constant folding, a lone dim or
// symbol folded to its operand, producers composed into consumers, constant operands
// folded into the map, duplicate and unused operands dropped, dims that are valid symbols
// promoted, single-result min/max -> apply, duplicate results dropped, min of min merged,
// results sorted; divisions and mods simplified with loop ranges. Negative cases: values
// that are not symbols stay dims, semi-affine results are not sorted, ceildiv over a range
// that crosses a multiple is kept.
func.func @apply_const() -> index {
  %c3 = arith.constant 3 : index
  %0 = affine.apply affine_map<(d0) -> (d0 * 2 + 1)>(%c3)
  return %0 : index
}
func.func @apply_ident(%a: index) -> index {
  %0 = affine.apply affine_map<(d0) -> (d0)>(%a)
  return %0 : index
}
func.func @apply_sym_ident(%a: index) -> index {
  %0 = affine.apply affine_map<()[s0] -> (s0)>()[%a]
  return %0 : index
}
func.func @apply_compose(%a: index, %b: index) -> index {
  %0 = affine.apply affine_map<(d0) -> (d0 + 1)>(%a)
  %1 = affine.apply affine_map<(d0, d1) -> (d0 * 2 + d1)>(%0, %b)
  return %1 : index
}
func.func @apply_dup(%a: index) -> index {
  %1 = affine.apply affine_map<(d0, d1) -> (d0 + d1)>(%a, %a)
  return %1 : index
}
func.func @apply_unused(%a: index, %b: index) -> index {
  %1 = affine.apply affine_map<(d0, d1)[s0] -> (d1 + 4)>(%a, %b)[%a]
  return %1 : index
}
func.func @apply_non_symbol(%m: memref<10xindex>) {
  affine.for %i = 0 to 10 {
    %v = affine.load %m[%i] : memref<10xindex>
    %0 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%i)[%v]
    %1 = affine.apply affine_map<(d0) -> (d0 * 3)>(%0)
    "test.use"(%1) : (index) -> ()
  }
  return
}
func.func @apply_loop_sym(%n: index) {
  affine.for %i = 0 to %n {
    %0 = affine.apply affine_map<()[s0] -> (s0 + 1)>()[%n]
    %1 = affine.apply affine_map<(d0, d1) -> (d0 + d1)>(%0, %i)
    "test.use"(%1) : (index) -> ()
  }
  return
}
func.func @iv_floordiv_mod() {
  affine.for %i = 0 to 8 {
    %0 = affine.apply affine_map<(d0) -> (d0 floordiv 8)>(%i)
    %1 = affine.apply affine_map<(d0) -> (d0 mod 8)>(%i)
    %2 = affine.apply affine_map<(d0) -> (d0 ceildiv 8)>(%i)
    "test.use"(%0, %1, %2) : (index, index, index) -> ()
  }
  return
}
func.func @iv_step_split() {
  affine.for %i = 0 to 64 step 8 {
    affine.for %j = 0 to 8 {
      %0 = affine.apply affine_map<(d0, d1) -> ((d0 + d1) floordiv 8)>(%i, %j)
      %1 = affine.apply affine_map<(d0, d1) -> ((d0 + d1) mod 8)>(%i, %j)
      %2 = affine.apply affine_map<(d0) -> (d0 mod 4)>(%i)
      %3 = affine.apply affine_map<(d0) -> (d0 mod 16)>(%i)
      "test.use"(%0, %1, %2, %3) : (index, index, index, index) -> ()
    }
  }
  return
}
func.func @min_const(%a: index) -> index {
  %c3 = arith.constant 3 : index
  %1 = affine.min affine_map<(d0, d1) -> (d0 + 1, d1, 4)>(%c3, %a)
  return %1 : index
}
func.func @max_all_const() -> index {
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %1 = affine.max affine_map<(d0, d1) -> (d0 + 1, d1, 4)>(%c3, %c5)
  return %1 : index
}
func.func @min_single(%a: index) -> index {
  %0 = affine.min affine_map<(d0) -> (d0 + 2)>(%a)
  return %0 : index
}
func.func @min_sym_ident(%a: index, %b: index) -> index {
  %0 = affine.min affine_map<()[s0] -> (s0)>()[%b]
  return %0 : index
}
func.func @max_dup(%a: index, %b: index) -> index {
  %0 = affine.max affine_map<(d0, d1) -> (d0, d1 + 1, d0)>(%a, %b)
  return %0 : index
}
func.func @min_merge(%a: index, %b: index) -> index {
  %0 = affine.min affine_map<()[s0] -> (s0 + 16, s0 * 8)>()[%a]
  %1 = affine.min affine_map<(d0)[s0] -> (s0 + 4, d0)>(%0)[%b]
  return %1 : index
}
func.func @max_of_max(%a: index, %b: index, %c: index) -> index {
  %0 = affine.max affine_map<(d0, d1) -> (d0, d1)>(%a, %b)
  %1 = affine.max affine_map<(d0, d1) -> (d0, d1)>(%0, %c)
  %2 = affine.min affine_map<(d0, d1) -> (d0, d1)>(%1, %c)
  return %2 : index
}
func.func @min_order(%a: index, %b: index) -> index {
  %0 = affine.min affine_map<()[s0, s1] -> (s1 + 2, s0 * 3, 7)>()[%a, %b]
  return %0 : index
}
func.func @min_no_order_div(%a: index) -> index {
  %0 = affine.min affine_map<(d0) -> (d0, d0 floordiv 2)>(%a)
  return %0 : index
}
func.func @min_no_order_semi(%a: index, %b: index) -> index {
  %0 = affine.min affine_map<()[s0, s1] -> (s1, s0 * s1)>()[%a, %b]
  return %0 : index
}
func.func @min_iv(%n: index) {
  affine.for %i = 0 to 100 step 32 {
    %0 = affine.min affine_map<(d0) -> (32, -d0 + 100)>(%i)
    "test.use"(%0) : (index) -> ()
  }
  return
}
