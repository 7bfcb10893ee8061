// `builtin.unrealized_conversion_cast` in its custom form (one to one, many
// to one, one to many, zero inputs, with attributes) and in its generic form,
// chained through other operations. Inside a module MLIR prints it without
// the `builtin.` prefix (builtin is the default dialect there).

%a = "test.producer"() : () -> i32
%b = "test.producer"() : () -> f32
%0 = builtin.unrealized_conversion_cast %a : i32 to index
%1 = builtin.unrealized_conversion_cast %a, %b : i32, f32 to tuple<i32, f32>
%2:2 = builtin.unrealized_conversion_cast %1 : tuple<i32, f32> to i32, f32
%3 = builtin.unrealized_conversion_cast to !foo.token
%4 = builtin.unrealized_conversion_cast %0 : index to i64 {note = "with attrs"}
%5 = "builtin.unrealized_conversion_cast"(%4) : (i64) -> tensor<i64>
%6:3 = "builtin.unrealized_conversion_cast"(%5, %2#1) {tag} : (tensor<i64>, f32) -> (i1, i2, i3)
"test.consumer"(%2#0, %3, %6#1) : (i32, !foo.token, i2) -> ()
