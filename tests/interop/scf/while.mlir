// scf.while with loop-carried values: the `before` region's arguments named in the header
// `(%a = %init)`, different before/after types, a single result printed without
// parentheses, and the generic form.
// interop: custom form drops locations (of the `before` region's block arguments).
func.func @whiles(%c: i1, %x: f32, %i: i32) -> f32 {
  %r:2 = scf.while (%a = %x, %b = %i) : (f32, i32) -> (i32, f32) {
    scf.condition(%c) %b, %a : i32, f32
  } do {
  ^bb0(%p: i32, %q: f32):
    scf.yield %q, %p : f32, i32
  }
  %s = scf.while (%a = %x) : (f32) -> f32 {
    scf.condition(%c) %a : f32
  } do {
  ^bb0(%p: f32):
    scf.yield %p : f32
  }
  "scf.while"(%i) ({
  ^bb0(%d: i32):
    "scf.condition"(%c) : (i1) -> ()
  }, {
    "scf.yield"(%i) : (i32) -> ()
  }) : (i32) -> ()
  return %s : f32
}
