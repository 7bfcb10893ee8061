// loop-invariant-code-motion and speculation: divisions and remainders move only with a
// constant divisor that is never 0 (nor -1 for signed division, splats included),
// memref.dim only with a constant index, whole ops with regions move when invariant and
// speculatable (scf.if; scf.for with step 1) but not scf.while / execute_region /
// index_switch / parallel, nor an scf.if holding a division.
func.func @div(%lb: index, %ub: index, %s: index, %x: i32, %y: i32, %v: vector<4xi32>, %m: memref<4x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : i32
  %c0i = arith.constant 0 : i32
  %cm1 = arith.constant -1 : i32
  %vs = arith.constant dense<3> : vector<4xi32>
  %vm = arith.constant dense<[1, -1, 2, 3]> : vector<4xi32>
  scf.for %i = %lb to %ub step %s {
    %d1 = arith.divsi %x, %y : i32
    %d2 = arith.divsi %x, %c3 : i32
    %d3 = arith.divsi %x, %cm1 : i32
    %d4 = arith.divui %x, %c3 : i32
    %d5 = arith.divui %x, %cm1 : i32
    %d6 = arith.divui %x, %c0i : i32
    %d7 = arith.ceildivsi %x, %c3 : i32
    %d8 = arith.ceildivui %x, %cm1 : i32
    %r1 = arith.remsi %x, %cm1 : i32
    %r2 = arith.remui %x, %c0i : i32
    %r3 = arith.remsi %x, %y : i32
    %f = arith.floordivsi %x, %y : i32
    %v1 = arith.divsi %v, %vs : vector<4xi32>
    %v2 = arith.divsi %v, %vm : vector<4xi32>
    %v3 = arith.divui %v, %vm : vector<4xi32>
    %m1 = memref.dim %m, %c1 : memref<4x?xf32>
    %m2 = memref.dim %m, %lb : memref<4x?xf32>
    "test.use"(%d1, %d2, %d3, %d4, %d5, %d6, %d7, %d8, %r1, %r2, %r3, %f) : (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) -> ()
    "test.use"(%v1, %v2, %v3, %m1, %m2) : (vector<4xi32>, vector<4xi32>, vector<4xi32>, index, index) -> ()
  }
  return
}

func.func @regions(%lb: index, %ub: index, %s: index, %x: i32, %y: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %lb to %ub step %s {
    %c = arith.cmpi slt, %x, %y : i32
    %if = scf.if %c -> i32 {
      scf.yield %x : i32
    } else {
      %z = arith.subi %x, %y : i32
      scf.yield %z : i32
    }
    %ifd = scf.if %c -> i32 {
      %dd = arith.divsi %x, %y : i32
      scf.yield %dd : i32
    } else {
      scf.yield %y : i32
    }
    %l1 = scf.for %j = %c0 to %ub step %c1 iter_args(%acc = %x) -> i32 {
      %q = arith.addi %acc, %y : i32
      scf.yield %q : i32
    }
    %l2 = scf.for %j = %c0 to %ub step %s iter_args(%acc = %x) -> i32 {
      %q = arith.addi %acc, %y : i32
      scf.yield %q : i32
    }
    %l3 = scf.for %j = %c0 to %ub step %c1 iter_args(%acc = %x) -> i32 {
      %ii = arith.index_cast %i : index to i32
      %q = arith.addi %acc, %ii : i32
      scf.yield %q : i32
    }
    %w = scf.while (%a = %x) : (i32) -> i32 {
      %cc = arith.cmpi slt, %a, %y : i32
      scf.condition(%cc) %a : i32
    } do {
    ^bb0(%a: i32):
      scf.yield %a : i32
    }
    %e = scf.execute_region -> i32 {
      %z = arith.xori %x, %y : i32
      scf.yield %z : i32
    }
    %sw = scf.index_switch %c0 -> i32
    case 0 {
      %z = arith.andi %x, %y : i32
      scf.yield %z : i32
    }
    default {
      scf.yield %x : i32
    }
    scf.parallel (%j) = (%c0) to (%ub) step (%c1) {
      %k = arith.addi %x, %y : i32
      scf.reduce
    }
    "test.use"(%if, %ifd, %l1, %l2, %l3, %w, %e, %sw) : (i32, i32, i32, i32, i32, i32, i32, i32) -> ()
  }
  return
}
