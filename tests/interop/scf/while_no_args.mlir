// scf.while without loop-carried values (so no block arguments named in the header):
// results produced by scf.condition and received by the `after` region's block, an
// attribute dictionary after `attributes`, and the generic form.
func.func @whiles(%c: i1, %x: f32, %i: i32) -> (i32, f32) {
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  }
  %r:2 = scf.while : () -> (i32, f32) {
    %v = "test.op"() : () -> i32
    scf.condition(%c) %v, %x : i32, f32
  } do {
  ^bb0(%a: i32, %b: f32):
    "test.op"(%a, %b) : (i32, f32) -> ()
    scf.yield
  } attributes {tag}
  %s = "scf.while"() ({
    "scf.condition"(%c, %i) : (i1, i32) -> ()
  }, {
  ^bb0(%d: i32):
    "scf.yield"() : () -> ()
  }) : () -> i32
  return %r#0, %r#1 : i32, f32
}
