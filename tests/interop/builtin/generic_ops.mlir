// The generic operation form: zero / one / many results, result groups
// `%x:2` and uses `%x#1`, named and numbered SSA values, operands used
// several times, properties `<{...}>` with and without an attribute
// dictionary, empty `()` result lists, trailing locations, quoted op names of
// several dialect-like shapes, and results left unnamed in the input.

"test.no_results"() : () -> ()
%single = "test.one"() : () -> i32
%pair:2 = "test.two"() : () -> (i32, f32)
%a, %b = "test.two_names"() : () -> (i8, i16)
%grp:2, %mid, %tail:3 = "test.groups"() : () -> (i1, i2, i3, i4, i5, i6)
"test.use"(%single, %pair#0, %pair#1, %a, %b, %grp#1, %mid, %tail#2, %single)
    : (i32, i32, f32, i8, i16, i2, i3, i6, i32) -> ()
%42 = "test.numbered"() : () -> index
%x_1.y$z = "test.odd_name"() : () -> index
"test.use2"(%42, %x_1.y$z) : (index, index) -> ()
"test.props"() <{p = 1 : i32}> : () -> ()
"test.props_and_attrs"() <{p = [1, 2], q = "s", r}> {a = 1.0 : f32} : () -> ()
%p = "test.props_operands"(%single) <{name = @sym}> {b} : (i32) -> tensor<2xi32>
"test.empty_props"() <{}> : () -> ()
"test.unnamed_results"() : () -> (i32, i64)
"dialect.nested.op.name"() : () -> ()
"test.op-with-dash"() : () -> ()
"x"() : () -> ()
%fn = "test.returns_function"() : () -> ((i32) -> i32)
"test.trailing_loc"(%fn) : ((i32) -> i32) -> () loc("ops.mlir":3:3)
