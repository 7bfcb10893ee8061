// affine_map and affine_set attributes: zero-dim / zero-result maps, symbols,
// constants, add / mul / mod / floordiv / ceildiv (precedence and grouping),
// negative coefficients, equality and inequality constraints, and strided
// layout attributes used as plain attributes. MLIR simplifies affine
// expressions as it parses them (`2 * d0` prints as `d0 * 2`), and hoists
// maps and sets into `#map` / `#set` aliases.

"test.maps"() {
  id = affine_map<(d0, d1) -> (d0, d1)>, empty = affine_map<() -> ()>,
  const = affine_map<() -> (0, 42, -1)>, perm = affine_map<(d0, d1, d2) -> (d2, d0, d1)>,
  sym = affine_map<(d0)[s0, s1] -> (d0 * s0 + s1)>,
  ops = affine_map<(d0, d1) -> (d0 mod 4, d1 floordiv 2, d0 ceildiv 3, (d0 + d1) mod 7)>,
  neg = affine_map<(d0, d1) -> (-d0, d0 - d1, d1 * -3 + 5)>,
  syms_only = affine_map<()[s0] -> (s0 * 2)>,
  nested = affine_map<(d0)[s0] -> (((d0 floordiv 2) * 2 + s0) ceildiv 4)>,
  unused = affine_map<(d0, d1)[s0] -> (d1)>,
  sym_mod = affine_map<(d0)[s0] -> (d0 mod s0, d0 floordiv s0)>,
  canon = affine_map<(d0, d1) -> (2 * d0, d0 + d0, d1 + 1 + 2, d0 * 1, d1 floordiv 1, 3 + d0 - d1)>,
  folded = affine_map<(d0)[s0] -> (4 * 2, 7 mod 3, 7 floordiv 2, s0 - s0, (d0 + 8) mod 4)>
} : () -> ()
"test.sets"() {
  ineq = affine_set<(d0) : (d0 >= 0)>, eq = affine_set<(d0, d1) : (d0 - d1 == 0)>,
  mixed = affine_set<(d0, d1)[s0] : (d0 >= 0, -d0 + s0 - 1 >= 0, d1 - 2 == 0)>,
  sym = affine_set<()[s0] : (s0 - 10 >= 0)>, triv = affine_set<(d0) : (0 == 0)>,
  mod = affine_set<(d0) : (d0 mod 2 == 0, d0 floordiv 4 - 1 >= 0)>
} : () -> ()
"test.strided"() {
  a = strided<[1]>, b = strided<[4, 1], offset: 8>, c = strided<[?, ?], offset: ?>,
  d = strided<[]>, e = strided<[2], offset: 0>
} : () -> ()
