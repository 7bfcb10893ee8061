// convert-scf-to-cf on scf.if: with results (a continuation block with arguments that
// branches on), without results, with and without an else region, back to back, nested.
func.func @results(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    scf.yield %x : i32
  } else {
    %y = arith.addi %x, %x : i32
    scf.yield %y : i32
  }
  return %r : i32
}

func.func @no_else(%c: i1) {
  scf.if %c {
    "test.op"() : () -> ()
  }
  "test.after"() : () -> ()
  return
}

func.func @no_results_with_else(%c: i1) {
  scf.if %c {
    "test.then"() : () -> ()
  } else {
    "test.else"() : () -> ()
  }
  return
}

func.func @back_to_back(%c: i1, %d: i1, %x: f32) -> (f32, f32) {
  %a:2 = scf.if %c -> (f32, f32) {
    scf.yield %x, %x : f32, f32
  } else {
    %n = arith.negf %x : f32
    scf.yield %n, %x : f32, f32
  }
  %b = scf.if %d -> f32 {
    %in = scf.if %c -> f32 {
      scf.yield %a#0 : f32
    } else {
      scf.yield %a#1 : f32
    }
    scf.yield %in : f32
  } else {
    scf.yield %x : f32
  }
  return %a#0, %b : f32, f32
}
