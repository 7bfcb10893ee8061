// canonicalize: scf.index_switch results through the region-branch patterns: a result
// every case yields from outside is that value, duplicate results merge, unused results
// are erased. Negative cases: a result computed inside a case, results that differ.
func.func @unused_result(%i: index, %a: i32, %b: i32) -> i32 {
  %0:2 = scf.index_switch %i -> i32, i32
  case 1 {
    %x = "test.op"() : () -> i32
    scf.yield %x, %a : i32, i32
  }
  default {
    scf.yield %b, %a : i32, i32
  }
  return %0#1 : i32
}
func.func @duplicate_results(%i: index, %a: i32, %b: i32) -> (i32, i32) {
  %0:2 = scf.index_switch %i -> i32, i32
  case 0 {
    %x = "test.op"() : () -> i32
    scf.yield %x, %x : i32, i32
  }
  case 4 {
    scf.yield %a, %a : i32, i32
  }
  default {
    scf.yield %b, %b : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}
func.func @kept(%i: index, %a: i32, %b: i32) -> (i32, i32) {
  %0:2 = scf.index_switch %i -> i32, i32
  case 0 {
    %x = "test.op"() : () -> i32
    scf.yield %x, %a : i32, i32
  }
  default {
    scf.yield %b, %b : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}
