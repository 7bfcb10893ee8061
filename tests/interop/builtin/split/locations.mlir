// Locations under --split-input-file: implicit locations keep the line
// numbers of the whole file (not of the chunk), each chunk's module gets the
// position where the chunk starts, and location aliases are per chunk.

"test.implicit_loc"() : () -> ()
%0 = "test.implicit_with_result"() : () -> i32

// -----

"test.explicit"() : () -> () loc("chunk2.mlir":1:1)
"test.alias"() : () -> () loc(#loc_x)
"test.implicit_after_split"() ({
^bb0(%arg0: i32, %arg1: i64 loc("arg.mlir":5:5)):
  "test.yield"() : () -> ()
}) : () -> ()
#loc_x = loc("first_meaning.mlir":7:7)

// -----

"test.alias"() : () -> () loc(#loc_x)
#loc_x = loc(callsite("second" at "meaning.mlir":8:8))
