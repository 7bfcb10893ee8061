// Lexical details: comments after tokens and on their own lines, tabs,
// blank lines, line breaks inside types, attribute dictionaries and operand
// lists, no spaces where MLIR allows none, and keywords next to punctuation.

// A comment before the first operation.
%0 = "test.producer"() : () -> i32 // a trailing comment
%1 =	"test.tabs"(	%0	)	:	(i32)	->	i32


%2=  "test.tight"(%0,%1){a=1:i32,b=[1,2],c={d=unit}}:(i32,i32)->(tensor<2x?xf32>)
"test.spread"(
  %0, // first operand
  %1  // second operand
) {
  // a comment inside an attribute dictionary
  key = "value" ,
  other = affine_map<(d0)
      -> (d0)>
} : (
  i32,
  i32
) -> (
)
%3 = "test.types_split"() : () -> memref<
  4x
  ?xf32,
  strided<[?, 1]>
>
"test.end"(%2, %3) : (tensor<2x?xf32>, memref<4x?xf32, strided<[?, 1]>>) -> () // end
// A comment after the last operation, with no newline at the end.