// complex, tuple, none and function types, including nested function types
// (functions taking and returning functions) and empty / single results.

%c:3 = "test.producer"() : () -> (complex<f32>, complex<i8>, complex<f64>)
%t:4 = "test.producer"() : () -> (tuple<>, tuple<i32>, tuple<i32, f32, tuple<index, none>>,
                                   tuple<complex<f16>, tensor<2xi8>>)
%n = "test.producer"() : () -> none
%f:3 = "test.producer"() : () -> (() -> (), (i32) -> i64, (i32, f32) -> (i1, none))
%hof = "test.producer"() : () -> ((i32) -> ((f32) -> ()))
%nested = "test.producer"() : () -> (((i1) -> i1, () -> ()) -> (() -> ((index) -> index)))
"test.consumer"(%c#1, %t#2, %n, %f#2, %hof) :
    (complex<i8>, tuple<i32, f32, tuple<index, none>>, none, (i32, f32) -> (i1, none),
     (i32) -> ((f32) -> ())) -> ()
"test.type_attrs"() {
  c = complex<bf16>, t = tuple<tuple<>, i1>, n = none,
  f0 = () -> (), f1 = (i1) -> (), f2 = (i1, i2) -> (i3, i4), f3 = ((i1) -> i2) -> ((i3) -> i4),
  f4 = (tuple<i1>) -> tuple<i2>, f5 = () -> (() -> ())
} : () -> ()
