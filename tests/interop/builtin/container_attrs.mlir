// Array, dictionary, unit and type attributes: empty and nested containers,
// heterogeneous arrays, dictionaries holding every kind of value, unit
// attributes written both bare and as `= unit`, and types used as attributes.

"test.arrays"() {
  empty = [], one = [1], mixed = [1, 2.0, "three", i32, unit, [], {}],
  nested = [[1, 2], [[3]], [[[]]]], typed = [1 : i8, 2 : i16, 3 : index]
} : () -> ()
"test.dicts"() {
  empty = {}, flat = {a = 1, b = "two"}, unordered = {z = 1, a = 2, m = 3},
  nested = {outer = {inner = {leaf = [1, {deep = true}]}}},
  units = {flag, other = unit}, "quoted key" = {"inner key" = 0 : i32}
} : () -> ()
"test.units"() {present, also_present = unit, list = [unit, unit]} : () -> ()
"test.types"() {
  i = i32, f = f32, t = tensor<2x?xf32>, m = memref<4xi8>, fn = (i32) -> f32,
  list = [i1, index, none, complex<f32>, !foo.ty], opaque = !foo<"t">
} : () -> ()
"test.empty_dict"() {} : () -> ()
"test.no_dict"() : () -> ()
