// convert-scf-to-cf on deep nests: while / if / execute_region / index_switch inside a
// loop, scf ops in the region of an unregistered op, forall inside parallel with an if.
func.func @nest(%lb: index, %ub: index, %s: index, %c: i1, %x: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %x) -> (f32) {
    %w = scf.while (%a = %acc) : (f32) -> f32 {
      %cmp = arith.cmpf olt, %a, %x : f32
      scf.condition(%cmp) %a : f32
    } do {
    ^bb0(%a: f32):
      %y = scf.if %c -> f32 {
        %e = scf.execute_region -> f32 {
          cf.br ^bb1(%a : f32)
        ^bb1(%q: f32):
          %q2 = arith.addf %q, %q : f32
          scf.yield %q2 : f32
        }
        scf.yield %e : f32
      } else {
        %sw = scf.index_switch %i -> f32
        case 0 {
          scf.yield %a : f32
        }
        default {
          %m = arith.mulf %a, %a : f32
          scf.yield %m : f32
        }
        scf.yield %sw : f32
      }
      scf.yield %y : f32
    }
    scf.yield %w : f32
  }
  "test.region"() ({
    scf.if %c {
      "test.op"() : () -> ()
    } else {
      "test.op2"() : () -> ()
    }
    "test.term"() : () -> ()
  }) : () -> ()
  scf.parallel (%i) = (%lb) to (%ub) step (%s) {
    scf.forall (%j) in (%ub) {
      %v = scf.if %c -> index {
        scf.yield %i : index
      } else {
        scf.yield %j : index
      }
      "test.op"(%v) : (index) -> ()
    }
    scf.reduce
  }
  return %r : f32
}
