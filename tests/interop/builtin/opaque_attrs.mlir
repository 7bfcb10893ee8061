// Attributes of unregistered dialects: verbose `#foo<"...">`, pretty
// `#foo.bar<...>` with nested brackets and strings, bare `#foo.bar`, and
// opaque attributes inside arrays, dictionaries and type parameters, and
// opaque attributes with a trailing `: type`.

"test.opaque_attrs"() {
  a = #foo<"verbose body">, b = #foo.bar, c = #foo.bar<1, 2, 3>,
  d = #foo.nest<[a, {b = c}], <d<e>>, "s>t\"r">, e = #mydialect.kind<value = -1.5e-3 : f32>,
  f = #foo<"">, g = #foo.sp<x  ,y>, h = [#foo.a, #foo.b<1>], i = {k = #foo.v<(1)>},
  j = #foo<"bar<2>">, k = #foo.ptr<i32 -> !foo.t>, l = #foo.utf8<"ü\t">
} : () -> ()
"test.typed_opaque"() : () -> tensor<2xf32, #foo.encoding<dense>>
"test.in_type"() {t = !foo.param<#foo.inner<[1]>>} : () -> ()
"test.typed"() {x = #foo.bar<1> : i32, y = #foo<"z"> : f32, z = [#foo.q : index]} : () -> ()
