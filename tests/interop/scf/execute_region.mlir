// scf.execute_region: without results (explicit yield kept), with one and two results,
// several blocks with branches between them, the no_inline flag, a discardable attribute
// and the generic form.
func.func @regions(%c: i1, %x: f32, %i: i32) -> f32 {
  scf.execute_region {
    scf.yield
  }
  %r = scf.execute_region -> f32 {
    cf.cond_br %c, ^bb1, ^bb2(%x : f32)
  ^bb1:
    %y = "test.op"() : () -> f32
    cf.br ^bb2(%y : f32)
  ^bb2(%z: f32):
    scf.yield %z : f32
  }
  %p:2 = scf.execute_region -> (f32, i32) no_inline {
    scf.yield %r, %i : f32, i32
  } {tag = 2 : i32}
  %g = "scf.execute_region"() <{no_inline}> ({
    "scf.yield"(%x) : (f32) -> ()
  }) : () -> f32
  return %p#0 : f32
}
