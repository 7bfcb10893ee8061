// Graph regions and forward references: the top level of a module is a graph
// region, so values may be used before the operation defining them, cycles
// are allowed, and an operation may use its own result. Also covers a nested
// module whose body uses forward references, and the single-block region of
// an unregistered operation, which MLIR treats as a possible graph region
// (with several blocks, dominance is checked again).

"test.uses_later"(%later, %pair#1) : (i32, f32) -> ()
%later = "test.defines"(%cycle_b) : (i1) -> i32
%cycle_a = "test.cycle"(%cycle_b) : (i1) -> i1
%cycle_b = "test.cycle"(%cycle_a) : (i1) -> i1
%self = "test.self"(%self) : (index) -> index
%pair:2 = "test.pair"(%self) : (index) -> (i8, f32)
module @graph {
  "test.early"(%v) : (tensor<2xi32>) -> ()
  %v = "test.late"(%v) : (tensor<2xi32>) -> tensor<2xi32>
}
"test.unregistered_graph"() ({
  "test.a"(%x, %y) : (i32, i64) -> ()
  %x = "test.b"() : () -> i32
  %y = "test.c"(%x) : (i32) -> i64
  "test.end"() : () -> ()
}) : () -> ()
