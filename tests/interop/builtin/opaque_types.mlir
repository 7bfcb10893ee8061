// Types of unregistered dialects: the verbose form `!foo<"...">`, the pretty
// form `!foo.bar<...>` with nested brackets, punctuation and strings inside,
// bare `!foo.bar`, and opaque types nested inside builtin types. The body
// text is kept verbatim, whitespace included.

%0:4 = "test.producer"() : () -> (!foo<"opaque body">, !foo.bar, !foo.bar<1>,
                                  !foo.bar<i32, [2, 3], {k = v}>)
%1:3 = "test.producer"() : () -> (!foo.nest<a<b<c>>, (d) -> e>, !foo.str<"x>y", "z\"w">,
                                  !mydialect.t<?x4 : -1.5e3, #foo.attr<q>, !foo.in>)
%2:3 = "test.producer"() : () -> (!foo<"bar<1, 2>">, !foo<"">, !foo.with_dots.in.name)
%3:2 = "test.producer"() : () -> (tensor<4x!foo.elem<f32>>, tuple<!foo.a, !foo.b<"c">>)
"test.consumer"(%0#3, %1#1, %2#0, %3#1)
    : (!foo.bar<i32, [2, 3], {k = v}>, !foo.str<"x>y", "z\"w">, !foo<"bar<1, 2>">,
       tuple<!foo.a, !foo.b<"c">>) -> ()
"test.type_attrs"() {
  a = !foo<"a">, b = !foo.b, c = !foo.c<[{(<>)}]>, d = !foo_bar.baz<x y z>,
  e = !foo.spacing<1,2 ,  3>, f = !foo<"b.c">, g = !foo<"d<1>">, h = !foo.utf8<"é \n">
} : () -> ()
