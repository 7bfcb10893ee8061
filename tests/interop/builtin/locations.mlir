// Locations: file:line:col (and the line-only and range forms), unknown,
// name locations with and without a child, callsites (nested), fused
// locations with and without metadata, locations on block arguments, on the
// module, and location aliases `#loc...` defined at the end of the file and
// used before their definition. MLIR simplifies some of these as it parses
// them (fused[] is unknown, a one-element fused is its element, unknown
// members of a fused location are dropped, `"f":7` is `"f":7:0`).

"test.file"() : () -> () loc("input.mlir":1:2)
"test.file_range"() : () -> () loc("input.mlir":3:4 to 5:6)
"test.file_range_col"() : () -> () loc("input.mlir":3:4 to :12)
"test.file_line"() : () -> () loc("dir/with space/f.mlir":7)
"test.unknown"() : () -> () loc(unknown)
"test.name"() : () -> () loc("just_a_name")
"test.name_child"() : () -> () loc("outer"("input.mlir":10:3))
"test.name_escape"() : () -> () loc("we\"ird\0Aname")
"test.callsite"() : () -> () loc(callsite("callee.mlir":1:1 at "caller.mlir":20:5))
"test.callsite_nested"() : () -> ()
    loc(callsite(callsite("a":1:1 at "b":2:2) at callsite("c":3:3 at "d":4:4)))
"test.fused"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
"test.fused_meta"() : () -> () loc(fused<"metadata">["a.mlir":1:1, "name"])
"test.fused_dict_meta"() : () -> () loc(fused<{pass = "cse", n = 3 : i32}>["x":1:1, "y":2:2])
"test.fused_simplified"() : () -> () loc(fused["only":1:1])
"test.fused_unknown"() : () -> () loc(fused[unknown, "kept":1:1, unknown])
"test.fused_empty"() : () -> () loc(fused[])
"test.fused_nested"() : () -> () loc(fused[fused["p":1:1, "q":2:2], callsite("r" at "s")])
%0 = "test.alias_use"() : () -> i32 loc(#loc_a)
"test.alias_use2"(%0) : (i32) -> () loc(#loc_fused)
"test.region"() ({
^bb0(%arg0: i32 loc("arg.mlir":1:1), %arg1: f32 loc(#loc_a), %arg2: index):
  "test.terminator"(%arg0) : (i32) -> () loc(unknown)
}) : () -> () loc("region.mlir":4:4)
%1:2 = "test.multi_result"() : () -> (i1, i1) loc("results.mlir":9:9)

#loc_a = loc("aliased.mlir":42:7)
#loc_b = loc("other"(#loc_a))
#loc_fused = loc(fused<"m">[#loc_a, #loc_b])
