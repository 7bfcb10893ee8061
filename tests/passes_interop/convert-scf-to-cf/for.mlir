// convert-scf-to-cf on scf.for: loops with and without iter_args, nested loops, an
// `unsigned` loop over i32 (cmpi ult), an i64 loop swapping its values, a loop whose body
// only forwards its value, a loop with a discardable attribute (dropped), and one with
// LLVM-dialect attributes (moved to the back edge's cf.br).
func.func @iter_args(%lb: index, %ub: index, %s: index, %x: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%a = %x) -> (f32) {
    %n = arith.addf %a, %a : f32
    scf.yield %n : f32
  }
  return %r : f32
}

func.func @nested(%lb: index, %ub: index, %s: index) {
  scf.for %i = %lb to %ub step %s {
    scf.for %j = %i to %ub step %s {
      "test.op"(%i, %j) : (index, index) -> ()
    }
    "test.after_inner"(%i) : (index) -> ()
  }
  return
}

func.func @unsigned(%lb: i32, %ub: i32, %s: i32) {
  scf.for unsigned %i = %lb to %ub step %s : i32 {
    "test.op"(%i) : (i32) -> ()
  } {some_attr = 1 : i32}
  return
}

func.func @swap(%lb: i64, %ub: i64, %s: i64) -> (i64, i64) {
  %r:2 = scf.for %i = %lb to %ub step %s iter_args(%a = %lb, %b = %ub) -> (i64, i64) : i64 {
    scf.yield %b, %a : i64, i64
  }
  return %r#0, %r#1 : i64, i64
}

func.func @forward(%lb: index, %ub: index, %s: index, %x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %r = scf.for %i = %lb to %ub step %s iter_args(%a = %x) -> (f32) {
    scf.yield %a : f32
  }
  %u = arith.addi %c0, %lb : index
  "test.use"(%u) : (index) -> ()
  return %r : f32
}

func.func @llvm_attributes(%lb: index, %ub: index, %s: index) {
  scf.for %i = %lb to %ub step %s {
    "test.op"(%i) : (index) -> ()
  } {llvm.foo = #llvm.fastmath<fast>, other = #llvm.fastmath<nnan>, x = 1 : i32}
  return
}
