"""loop-invariant-code-motion and the LoopLike interface through the Python API: a loop op
of the tests' own (declared loop-like on its class), the registry of scf loops, the
speculatability rules and hooks, and the pass. Layouts against MLIR are checked by lit
(tests/filecheck/transforms/licm.mlir) and the iree-opt differential suite
(tests/passes_interop/loop-invariant-code-motion/)."""

from __future__ import annotations

from typing import Any

import pytest
import testdialect as t

from pyir.builtin_attributes import UnitAttr
from pyir.builtin_types import IntegerType
from pyir.context import Context, Dialect
from pyir.core import Block, Operation
from pyir.loop_like import LoopLike, is_defined_outside, loop_like, register_loop_like
from pyir.opdef import OpView, region, var_operand
from pyir.pass_manager import PassManager
from pyir.textual.parser import parse_source
from pyir.traits import Pure
from pyir.transforms.licm import (
    NOT_SPECULATABLE,
    RECURSIVELY_SPECULATABLE,
    SPECULATABLE,
    LoopInvariantCodeMotionPass,
    is_speculatable,
    move_loop_invariant_code,
    register_speculatability,
    speculatability,
)

I32 = IntegerType(32)


class LoopOp(OpView):
    """`testloop.loop` with one body region whose block takes one induction variable."""

    name = "testloop.loop"
    inits = var_operand()
    body = region()
    loop_like = LoopLike(num_ivs=1, inits_field="inits")


class RecursiveOp(OpView):
    """A region op that is Pure itself: it moves whole, whatever it holds."""

    name = "testloop.pure_region"
    traits = (Pure,)
    body = region()


class MaybeOp(OpView):
    """Speculatable only when it has the `safe` attribute (its own hook)."""

    name = "testloop.maybe"
    traits = (Pure,)
    values = var_operand()

    @staticmethod
    def get_speculatability(op: Operation) -> str:
        return SPECULATABLE if "safe" in op.attributes else NOT_SPECULATABLE


LOOPS = Dialect("testloop", [LoopOp, RecursiveOp, MaybeOp])


def make_loop(parent: Block) -> tuple[Operation, Block]:
    loop = parent.append(LoopOp.create())
    body = loop.regions[0].add_block(Block([I32]))
    return loop, body


def ops_of(block: Block) -> list[str]:
    return [op.name for op in block.ops]


@pytest.fixture
def outer() -> tuple[Operation, Block]:
    """A `test.region` holding two i32 values: `%a` and `%b`."""
    op, block = t.op_with_body(t.RegionOp)
    t.const(block, I32)
    t.const(block, I32)
    return op, block


def test_invariant_pure_ops_move_before_the_loop_in_order(outer: Any) -> None:
    _, block = outer
    a, b = (op.results[0] for op in block.ops)
    loop, body = make_loop(block)
    x = t.add(body, a, b)
    y = t.add(body, x.results[0], a)
    on_iv = t.add(body, body.args[0], a)
    use = body.append(t.UseOp.create([y.results[0], on_iv.results[0]]))
    assert move_loop_invariant_code(loop) == 2
    assert list(block.ops)[2:] == [x, y, loop]
    assert list(body.ops) == [on_iv, use]


def test_users_of_moved_ops_are_tried_again(outer: Any) -> None:
    _, block = outer
    a, _ = (op.results[0] for op in block.ops)
    loop, body = make_loop(block)
    first = t.add(body, a, a)
    second = t.add(body, first.results[0], first.results[0])
    # The user comes first: it can move only once its operand has.
    second.move_before(first)
    assert move_loop_invariant_code(loop) == 2
    assert ops_of(body) == []
    assert second.parent is block


def test_ops_with_unknown_effects_and_terminators_stay(outer: Any) -> None:
    _, block = outer
    a, _ = (op.results[0] for op in block.ops)
    loop, body = make_loop(block)
    body.append(t.UseOp.create([a]))
    t.ret(body)
    assert move_loop_invariant_code(loop) == 0
    assert ops_of(body) == ["test.use", "test.ret"]


def test_a_pure_region_op_moves_whole_unless_it_uses_loop_values(outer: Any) -> None:
    _, block = outer
    a, _ = (op.results[0] for op in block.ops)
    loop, body = make_loop(block)
    inner_ok = body.append(RecursiveOp.create())
    ok_block = inner_ok.regions[0].add_block(Block([I32]))
    t.add(ok_block, ok_block.args[0], a)  # its own argument and an outside value
    inner_bad = body.append(RecursiveOp.create())
    bad_block = inner_bad.regions[0].add_block(Block())
    t.add(bad_block, body.args[0], a)  # the induction variable
    assert move_loop_invariant_code(loop) == 1
    assert inner_ok.parent is block and inner_bad.parent is body


def test_the_speculatability_hook_of_an_op_class(outer: Any) -> None:
    _, block = outer
    a, _ = (op.results[0] for op in block.ops)
    loop, body = make_loop(block)
    unsafe = body.append(MaybeOp.create([a]))
    safe = body.append(MaybeOp.create([a], attributes={"safe": UnitAttr()}))
    assert speculatability(unsafe) == NOT_SPECULATABLE
    assert move_loop_invariant_code(loop) == 1
    assert safe.parent is block and unsafe.parent is body


def test_registered_rules_win_over_traits(outer: Any) -> None:
    _, block = outer
    a, _ = (op.results[0] for op in block.ops)
    loop, body = make_loop(block)
    op = t.add(body, a, a)
    register_speculatability("test.add", lambda op: NOT_SPECULATABLE)
    try:
        assert not is_speculatable(op)
        assert move_loop_invariant_code(loop) == 0
    finally:
        from pyir.transforms import licm

        del licm._RULES["test.add"]
    assert is_speculatable(op)


def test_registering_a_loop_by_name(outer: Any) -> None:
    _, block = outer
    a, _ = (op.results[0] for op in block.ops)
    region_op = block.append(t.RegionOp.create())
    body = region_op.regions[0].add_block(Block())
    moved = t.add(body, a, a)
    assert loop_like(region_op) is None
    assert move_loop_invariant_code(region_op) == 0
    register_loop_like("test.region", LoopLike(num_ivs=None))
    try:
        assert move_loop_invariant_code(region_op) == 1
        assert moved.parent is block
    finally:
        from pyir import loop_like as module

        del module._REGISTRY["test.region"]


def test_is_defined_outside(outer: Any) -> None:
    _, block = outer
    a, _ = (op.results[0] for op in block.ops)
    loop, body = make_loop(block)
    inner = body.append(RecursiveOp.create())
    inner_block = inner.regions[0].add_block(Block([I32]))
    assert is_defined_outside(loop, a)
    assert not is_defined_outside(loop, body.args[0])
    assert not is_defined_outside(loop, inner_block.args[0])
    assert is_defined_outside(inner, body.args[0])


# -- the scf loops and real ops -------------------------------------------------------------------
SCF = """
func.func @f(%lb: index, %ub: index, %s: index, %x: i32, %y: i32, %t: tensor<4xf32>) {
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : i32
  %cm1 = arith.constant -1 : i32
  %r = scf.for %i = %lb to %ub step %s iter_args(%a = %x) -> (i32) {
    %d1 = arith.divsi %x, %c3 : i32
    %d2 = arith.divsi %x, %cm1 : i32
    %d3 = arith.divui %x, %cm1 : i32
    %d4 = arith.divui %x, %y : i32
    %n = arith.addi %a, %d1 : i32
    scf.yield %n : i32
  }
  %w:2 = scf.while (%p = %x, %q = %y) : (i32, i32) -> (i32, i32) {
    %c = arith.cmpi slt, %p, %q : i32
    scf.condition(%c) %p, %q : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    scf.yield %q, %p : i32, i32
  }
  %o = scf.forall (%i, %j) in (4, 8) shared_outs(%u = %t) -> (tensor<4xf32>) {
    scf.forall.in_parallel {
    }
  }
  scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%c1, %s) {
    %one = scf.for %k = %lb to %ub step %c1 iter_args(%v = %x) -> (i32) {
      scf.yield %v : i32
    }
    %any = scf.for %k = %lb to %ub step %s iter_args(%v = %x) -> (i32) {
      scf.yield %v : i32
    }
    "test.use"(%one, %any) : (i32, i32) -> ()
    scf.reduce
  }
  return
}
"""


def parse_scf() -> tuple[Context, Operation, dict[str, list[Operation]]]:
    context = Context(allow_unregistered_dialects=True)
    module = parse_source(SCF, "t.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    by_name: dict[str, list[Operation]] = {}
    for op in module.walk(post_order=False):
        by_name.setdefault(op.name, []).append(op)
    return context, module, by_name


def test_scf_loops_describe_themselves() -> None:
    _, _, ops = parse_scf()
    for_op = ops["scf.for"][0]
    d = loop_like(for_op)
    body = for_op.regions[0].blocks[0]
    assert d.induction_vars(for_op) == [body.args[0]]
    assert d.region_iter_args(for_op) == [body.args[1]]
    assert d.inits(for_op) == [for_op.operands[3]]
    assert d.yielded_values(for_op) == list(body.last_op.operands)
    assert d.loop_results(for_op) == list(for_op.results)

    while_op = ops["scf.while"][0]
    d = loop_like(while_op)
    assert d.loop_regions(while_op) == list(while_op.regions)
    assert d.induction_vars(while_op) is None
    assert d.region_iter_args(while_op) == list(while_op.regions[0].blocks[0].args)
    assert d.yielded_values(while_op) == list(while_op.regions[1].blocks[0].last_op.operands)

    forall = ops["scf.forall"][0]
    d = loop_like(forall)
    args = forall.regions[0].blocks[0].args
    assert d.induction_vars(forall) == args[:2]
    assert d.region_iter_args(forall) == args[2:]
    assert d.inits(forall) == list(forall.operands)

    parallel = ops["scf.parallel"][0]
    d = loop_like(parallel)
    assert d.induction_vars(parallel) == list(parallel.regions[0].blocks[0].args)
    assert d.region_iter_args(parallel) == [] and d.inits(parallel) == []

    assert loop_like(ops["func.func"][0]) is None


def test_scf_speculatability_rules() -> None:
    _, _, ops = parse_scf()
    d1, d2 = ops["arith.divsi"]
    d3, d4 = ops["arith.divui"]
    assert is_speculatable(d1) and not is_speculatable(d2)  # x / -1 may overflow
    assert is_speculatable(d3) and not is_speculatable(d4)  # unknown divisor
    one_step, any_step = ops["scf.for"][1:]
    assert speculatability(one_step) == RECURSIVELY_SPECULATABLE
    assert speculatability(any_step) == NOT_SPECULATABLE
    assert not is_speculatable(ops["scf.while"][0])


def test_the_pass_hoists_innermost_first() -> None:
    context, module, ops = parse_scf()
    pm = PassManager(context, "builtin.module")
    pm.add_pass(LoopInvariantCodeMotionPass())
    assert pm.run(module)
    func_body = ops["func.func"][0].regions[0].blocks[0]
    top = [op.name for op in func_body.ops]
    # d1 and d3 (and the constant-step loop, out of the parallel loop) left their loops.
    assert top.count("arith.divsi") == 1 and top.count("arith.divui") == 1
    assert ops["scf.for"][1].parent is func_body
    assert ops["scf.for"][2].parent is ops["scf.parallel"][0].regions[0].blocks[0]


def test_the_dialect_of_the_tests_loads() -> None:
    context = Context(use_entry_points=False)
    context.register_dialect(LOOPS)
    assert context.get_op_def("testloop.loop") is LoopOp
