// scf.index_switch: no cases, negative and several cases, results (one and two, the
// types printed without parentheses), an empty default region (implicit yield) next to
// case regions whose operand-less yields stay printed, an attribute dictionary before
// the arrow, and the generic form.
// interop: custom form drops locations (of the default region's implicit yield).
func.func @switches(%i: index, %x: f32, %c: i1) -> f32 {
  scf.index_switch %i
  default {
  }
  %r = scf.index_switch %i {tag} -> f32
  case 0 {
    scf.yield %x : f32
  }
  case -3 {
    %n = "test.op"() : () -> f32
    scf.yield %n : f32
  }
  default {
    scf.yield %x : f32
  }
  %p:2 = scf.index_switch %i -> f32, i1
  case 7 {
    scf.yield %x, %c : f32, i1
  }
  default {
    scf.yield %r, %c : f32, i1
  }
  scf.index_switch %i
  case 1 {
    scf.yield
  }
  default {
    "test.op"() : () -> ()
    scf.yield
  }
  "scf.index_switch"(%i) <{cases = array<i64: 4>}> ({
    "scf.yield"() : () -> ()
  }, {
    "scf.yield"() : () -> ()
  }) : (index) -> ()
  return %p#0 : f32
}
