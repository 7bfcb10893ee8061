// Attribute aliases `#name = ...` and type aliases `!name = ...`: aliases of
// every kind of value, aliases defined in terms of earlier aliases, aliases
// spread between operations (each used after its definition), names with
// `$`, `_` and digits, and distinct attributes `distinct[N]<...>`. MLIR
// inlines user aliases when printing and makes its own (#map, #set,
// #distinct), renumbering distinct ids in print order.

#int = 7 : i32
!i32_alias = i32
%0 = "test.producer"() {value = #int} : () -> !i32_alias
#list = [#int, 8, "nine"]
!tensor_of_alias = tensor<4x?x!i32_alias>
!opaque = !foo.bar<"x">
#map_alias = affine_map<(d0, d1) -> (d1, d0)>
#set_alias = affine_set<(d0) : (d0 - 1 >= 0)>
!memref_alias = memref<4x8xf32, #map_alias>
#dict = {inner = #list, t = !tensor_of_alias}
#opaque_attr = #foo.attr<1>
#my_name$1 = 3.5 : f32
!fn = (!i32_alias) -> !opaque
%1:2 = "test.users"(%0) {a = #list, b = #dict, c = #map_alias, d = #set_alias, e = #opaque_attr,
                         f = #my_name$1, g = !fn}
    : (!i32_alias) -> (!tensor_of_alias, !memref_alias)
#d0 = distinct[0]<unit>
#d1 = distinct[5]<{payload = #int}>
"test.distinct"() {a = #d0, b = #d1, c = #d0, d = [distinct[9]<"inline">, #d1]} : () -> ()
!late = complex<!i32_alias>
"test.late_use"() : () -> !late
