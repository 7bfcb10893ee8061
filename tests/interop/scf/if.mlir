// scf.if: without results (implicit scf.yield, elided else, empty then with an else),
// with one and several results (explicit yields), nested ifs, a discardable attribute and
// the generic form with its empty else region.
// interop: custom form drops locations (of the implicit yields).
func.func @ifs(%c: i1, %x: f32, %i: i32) -> (f32, i32) {
  scf.if %c {
    "test.op"() : () -> ()
  }
  scf.if %c {
  } else {
    "test.op"(%x) : (f32) -> ()
  }
  %r = scf.if %c -> (f32) {
    scf.yield %x : f32
  } else {
    %n = scf.if %c -> (f32) {
      scf.yield %x : f32
    } else {
      scf.yield %x : f32
    }
    scf.yield %n : f32
  }
  %p:2 = scf.if %c -> (f32, i32) {
    scf.yield %r, %i : f32, i32
  } else {
    scf.yield %x, %i : f32, i32
  } {tag = "pair"}
  scf.if %c {
    scf.yield
  } {empty}
  "scf.if"(%c) ({
    "scf.yield"() : () -> ()
  }, {
  }) : (i1) -> ()
  return %p#0, %p#1 : f32, i32
}
