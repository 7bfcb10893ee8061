"""The verifier: MLIR's wording, locations, notes, unit semantics, depth and speed."""

from __future__ import annotations

import time

import pytest
import testdialect as t

from pyir import verifier
from pyir.builtin_attributes import StringAttr
from pyir.builtin_types import IntegerType
from pyir.core import Block, Operation
from pyir.diagnostics import Diagnostic, DiagnosticEngine, DiagnosticError, Severity
from pyir.location import FileLineColLoc
from pyir.verifier import verify, verify_or_raise

I32 = IntegerType(32)
I64 = IntegerType(64)


def loc(line: int, col: int = 1) -> FileLineColLoc:
    return FileLineColLoc("t.mlir", line, col)


def run(op: Operation) -> list[Diagnostic]:
    engine = DiagnosticEngine()
    ok = verify(op, engine)
    assert ok == (not engine.collected)
    assert all(d.severity == Severity.ERROR for d in engine.collected)
    return engine.collected


def only_error(op: Operation) -> Diagnostic:
    diags = run(op)
    assert len(diags) == 1, [d.message for d in diags]
    return diags[0]


def func(*arg_types: object, location: object = None) -> tuple[Operation, Block]:
    """An isolated `test.isolated` op with an entry block."""
    return t.op_with_body(t.IsolatedOp, *arg_types, location=location)


# -- valid IR ----------------------------------------------------------------------------------
def test_valid_function_has_no_diagnostics() -> None:
    f, body = func(I32)
    a = body.args[0]
    x = t.add(body, a, a)
    inner_op, inner = t.op_with_body(t.RegionOp)
    body.append(inner_op)
    t.add(inner, x.result, a)
    t.ret(inner)
    t.ret(body, x.result)
    assert run(f) == []


def test_verify_or_raise() -> None:
    f, body = func(I32)
    t.ret(body, body.args[0])
    verify_or_raise(f)
    t.add(body, body.args[0], body.args[0])
    with pytest.raises(DiagnosticError, match="must be the last operation"):
        verify_or_raise(f)


# -- terminators and blocks --------------------------------------------------------------------
def test_terminator_must_be_last() -> None:
    f, body = func(I32)
    a = body.args[0]
    t.ret(body, location=loc(2, 3))
    t.add(body, a, a)
    t.ret(body)
    d = only_error(f)
    assert d.message == "'test.ret' op must be the last operation in the parent block"
    assert d.location == loc(2, 3)


def test_block_without_terminator_names_the_last_op() -> None:
    f, body = func(I32)
    a = body.args[0]
    t.add(body, a, a, location=loc(5, 8))
    d = only_error(f)
    assert d.message == 'block with no terminator, has "test.add"'
    assert d.location == loc(5, 8)


def test_op_printer_hook_renders_the_op() -> None:
    f, body = func(I32)
    t.add(body, body.args[0], body.args[0])
    verifier.set_op_printer(lambda op: f"<{op.name} with {op.num_operands} operands>")
    try:
        d = only_error(f)
    finally:
        verifier.set_op_printer(None)
    assert d.message == "block with no terminator, has <test.add with 2 operands>"


def test_unregistered_last_op_may_be_a_terminator() -> None:
    f, body = func(I32)
    body.append(Operation("foo.anything"))
    assert run(f) == []


def test_blocks_without_terminator_when_allowed() -> None:
    # A single block under NoTerminator, a graph op, or an unregistered op needs none.
    module, mbody = t.op_with_body(t.ModuleOp)
    graph, gbody = t.op_with_body(t.GraphOp)
    mbody.append(graph)
    unregistered = Operation("foo.region", regions=1)
    unregistered.regions[0].add_block(Block())
    gbody.append(unregistered)
    const = t.const(gbody, I32)
    t.add(unregistered.regions[0].blocks[0], const.result, const.result)
    assert run(module) == []


def test_empty_block_in_multi_block_region() -> None:
    op = Operation("foo.op", regions=1, location=loc(49, 3))
    first = op.regions[0].add_block(Block())
    op.regions[0].add_block(Block())
    first.append(Operation("foo.t"))
    d = only_error(op)
    assert d.message == "empty block: expect at least a terminator"
    assert d.location == loc(49, 3)


def test_empty_single_block_of_unregistered_op_is_fine() -> None:
    op = Operation("foo.op", regions=1)
    op.regions[0].add_block(Block())
    assert run(op) == []


def test_registered_ssacfg_block_needs_a_terminator_even_when_empty() -> None:
    f, body = func(location=loc(1))
    d = only_error(f)
    assert d.message == "empty block: expect at least a terminator"
    assert d.location == loc(1)


def test_successors_only_on_the_last_op() -> None:
    op = Operation("foo.op", regions=1)
    entry = op.regions[0].add_block(Block())
    target = op.regions[0].add_block(Block())
    entry.append(t.BranchOp.create([], successors=[target], location=loc(40, 5)))
    entry.append(Operation("foo.t"))
    target.append(Operation("foo.t"))
    d = only_error(op)
    assert d.message == "operation with block successors must terminate its parent block"
    assert d.location == loc(40, 5)


def test_branch_to_another_region() -> None:
    op = Operation("foo.op", regions=2)
    entry = op.regions[0].add_block(Block())
    op.regions[1].add_block(Block()).append(Operation("foo.t"))
    elsewhere = op.regions[1].add_block(Block())
    elsewhere.append(Operation("foo.t"))
    entry.append(t.BranchOp.create([], successors=[elsewhere], location=loc(7)))
    d = only_error(op)
    assert d.message == "'test.br' op branching to block of a different region"
    assert d.location == loc(7)


def test_entry_block_may_not_have_predecessors() -> None:
    op = Operation("foo.r", regions=1, location=loc(16))
    entry = op.regions[0].add_block(Block())
    entry.append(t.BranchOp.create([], successors=[entry]))
    d = only_error(op)
    assert d.message == "entry block of region may not have predecessors"
    assert d.location == loc(16)


def test_graph_region_with_two_blocks() -> None:
    graph = t.GraphOp.create(location=loc(3))
    graph.regions[0].add_block(Block())
    graph.regions[0].add_block(Block())
    d = only_error(graph)
    assert d.message == "'test.graph' op expects graph region #0 to have 0 or 1 blocks"


def test_null_operand() -> None:
    f, body = func(I32)
    add = t.add(body, body.args[0], body.args[0], location=loc(9))
    t.ret(body)
    add.operand_slots[1].drop()
    d = only_error(f)
    assert d.message == "null operand found"
    assert d.location == loc(9)


def test_block_argument_owned_by_another_block() -> None:
    f, body = func(I32)
    t.ret(body)
    stray = Block([I64], [loc(4, 2)]).args[0]
    body.args.append(stray)
    d = only_error(f)
    assert d.message == "block argument not owned by block"
    assert d.location == loc(4, 2)


# -- traits and declared constraints -----------------------------------------------------------
def test_declared_constraint_message_is_prefixed_with_the_op() -> None:
    f, body = func(I32, I64)
    a, b = body.args
    t.add(body, a, b, location=loc(11))
    t.ret(body)
    d = only_error(f)
    assert d.message == "'test.add' op requires the same type for all operands and results"
    assert d.location == loc(11)


def test_operand_count_from_definition() -> None:
    f, body = func(I32)
    body.append(t.AddOp.create([body.args[0]], [I32], location=loc(2)))
    t.ret(body)
    assert only_error(f).message == "'test.add' op expected 2 operands, but found 1"


def test_verify_hook_runs() -> None:
    f, body = func()
    body.append(t.CheckedOp.create(attributes={"bad": StringAttr("x")}, location=loc(6)))
    t.ret(body)
    d = only_error(f)
    assert d.message == "'test.checked' op is bad on purpose"
    assert d.location == loc(6)


def test_has_parent_single_and_several() -> None:
    f, body = func()
    body.append(t.ChildTerminatorOp.create(location=loc(3, 5)))
    d = only_error(f)
    assert d.message == "'test.child_ret' op expects parent op 'test.region'"
    assert d.location == loc(3, 5)

    g, gbody = func()
    gbody.append(t.TwoParentsOp.create())
    t.ret(gbody)
    assert (
        only_error(g).message
        == "'test.two_parents' op expects parent op to be one of 'test.region, test.graph'"
    )

    r, rbody = t.op_with_body(t.RegionOp)
    rbody.append(t.TwoParentsOp.create())
    rbody.append(t.ChildTerminatorOp.create())
    assert run(r) == []


# -- isolation ---------------------------------------------------------------------------------
def test_use_of_a_value_from_above_an_isolated_op() -> None:
    outer, obody = func(I32)
    c = t.const(obody, I32)
    iso, ibody = func(location=loc(3, 3))
    obody.append(iso)
    region_op, rbody = t.op_with_body(t.RegionOp)
    ibody.append(region_op)
    t.add(rbody, c.result, c.result, location=loc(5, 12))
    t.ret(rbody)
    t.ret(ibody)
    t.ret(obody)
    d = only_error(outer)
    assert d.message == "'test.add' op using value defined outside the region"
    assert d.location == loc(5, 12)
    assert [(n.severity, n.message, n.location) for n in d.notes] == [
        (Severity.NOTE, "required by region isolation constraints", loc(3, 3))
    ]


def test_isolation_error_is_reported_before_a_dominance_error() -> None:
    outer, obody = func(I32)
    c = t.const(obody, I32)
    iso, ibody = func()
    obody.append(iso)
    early = t.add(ibody, c.result, c.result)
    late = t.const(ibody, I32)
    # Use before def: a dominance error, met first in the walk...
    early.set_operands([late.result, late.result])
    t.add(ibody, c.result, c.result)  # ...and an isolation error after it
    t.ret(ibody)
    t.ret(obody)
    d = only_error(outer)
    assert d.message == "'test.add' op using value defined outside the region"


# -- symbols -----------------------------------------------------------------------------------
def _symbol(name: str, location: object = None, **props: object) -> Operation:
    properties = {"sym_name": StringAttr(name)}
    properties.update({k: StringAttr(v) for k, v in props.items()})
    return t.SymbolOp.create(properties=properties, location=location)


def test_symbol_redefinition_with_note() -> None:
    module, body = t.op_with_body(t.ModuleOp)
    body.append(_symbol("x", loc(19, 3)))
    body.append(_symbol("y"))
    body.append(_symbol("x", loc(20, 3)))
    d = only_error(module)
    assert d.message == "redefinition of symbol named 'x'"
    assert d.location == loc(20, 3)
    assert [(n.message, n.location) for n in d.notes] == [
        ("see existing symbol definition here", loc(19, 3))
    ]


def test_symbol_visibility_and_parent_rules() -> None:
    module, body = t.op_with_body(t.ModuleOp)
    body.append(_symbol("x", loc(1), sym_visibility="foo"))
    assert (
        only_error(module).message == "'test.symbol' op "
        'visibility expected to be one of ["public", "private", "nested"], but got "foo"'
    )
    f, fbody = func()
    fbody.append(_symbol("x", loc(2)))
    t.ret(fbody)
    assert (
        only_error(f).message == "'test.symbol' op symbol's parent must have the SymbolTable trait"
    )


def test_symbol_table_needs_one_block() -> None:
    module = t.ModuleOp.create()
    assert only_error(module).message == (
        "'test.module' op Operations with a 'SymbolTable' must have exactly one block"
    )


# -- dominance ---------------------------------------------------------------------------------
def test_use_before_def_in_the_same_block() -> None:
    f, body = func(I32)
    a = body.args[0]
    late = t.const(body, I32, location=loc(3, 8))
    use = t.add(body, a, a, location=loc(2, 8))
    use.move_before(late)
    use.set_operand(0, late.result)
    t.ret(body)
    d = only_error(f)
    assert d.message == "operand #0 does not dominate this use"
    assert d.location == loc(2, 8)
    assert [(n.message, n.location) for n in d.notes] == [
        ("operand defined here (op in the same block)", loc(3, 8))
    ]


def test_an_op_using_its_own_result() -> None:
    f, body = func(I32)
    add = t.add(body, body.args[0], body.args[0], location=loc(70, 8))
    add.set_operand(1, add.result)
    t.ret(body)
    d = only_error(f)
    assert d.message == "operand #1 does not dominate this use"
    assert d.notes[0].message == "operand defined here (op in the same block)"


def _diamond() -> tuple[Operation, list[Block]]:
    f = t.IsolatedOp.create(location=loc(41))
    blocks = [f.regions[0].add_block(Block([I32])) for _ in range(4)]
    entry, left, right, merge = blocks
    c = t.const(entry, I1)
    entry.append(t.CondBranchOp.create([c.result], successors=[left, right], location=loc(42)))
    left.append(t.BranchOp.create([], successors=[merge]))
    right.append(t.BranchOp.create([], successors=[merge]))
    t.ret(merge)
    return f, blocks


I1 = IntegerType(1)


def test_cross_block_dominance_through_the_dominator_tree() -> None:
    f, (entry, left, right, merge) = _diamond()
    x = t.add(entry, entry.args[0], entry.args[0])
    x.move_before(entry.first_op)
    t.add(merge, x.result, merge.args[0]).move_before(merge.first_op)
    assert run(f) == []
    y = t.const(left, I32, location=loc(30, 8))
    y.move_before(left.first_op)
    t.add(merge, y.result, y.result, location=loc(46, 8)).move_before(merge.first_op)
    d = only_error(f)
    assert d.message == "operand #0 does not dominate this use"
    assert d.location == loc(46, 8)
    assert d.notes[0].message == "operand defined here (op in the same region)"
    assert d.notes[0].location == loc(30, 8)


def test_block_argument_that_does_not_dominate() -> None:
    f, (entry, left, right, merge) = _diamond()
    t.add(merge, left.args[0], left.args[0], location=loc(46, 8)).move_before(merge.first_op)
    d = only_error(f)
    assert d.message == "operand #0 does not dominate this use"
    assert [(n.message, n.location) for n in d.notes] == [
        ("operand defined as a block argument (block #1 in the same region)", loc(41))
    ]


def test_unreachable_blocks_are_not_checked() -> None:
    f, (entry, left, right, merge) = _diamond()
    dead = f.regions[0].add_block(Block())
    add = t.add(dead, entry.args[0], entry.args[0])
    add.set_operand(0, add.result)
    dead.append(t.BranchOp.create([], successors=[merge]))
    assert run(f) == []


def test_nested_use_of_a_later_value_in_a_parent_region() -> None:
    f, body = func(I32)
    a = body.args[0]
    region_op, rbody = t.op_with_body(t.RegionOp)
    body.append(region_op)
    t.add(rbody, a, a, location=loc(25, 10))
    t.ret(rbody)
    late = t.const(body, I32, location=loc(28, 8))
    t.ret(body)
    rbody.first_op.set_operand(0, late.result)
    d = only_error(f)
    assert d.location == loc(25, 10)
    assert d.notes[0].message == "operand defined here (op in a parent region)"
    assert d.notes[0].location == loc(28, 8)


def test_nested_use_of_the_enclosing_ops_result() -> None:
    f, body = func(I32)
    region_op = Operation("foo.wrap", result_types=[I32], regions=1, location=loc(51, 8))
    body.append(region_op)
    rbody = region_op.regions[0].add_block(Block())
    t.add(rbody, region_op.results[0], region_op.results[0], location=loc(52, 10))
    t.ret(rbody)
    t.ret(body)
    d = only_error(f)
    assert d.message == "operand #0 does not dominate this use"
    assert d.notes[0].message == "operand defined here (op in a parent region)"


def test_use_of_a_value_from_a_child_region() -> None:
    f, body = func(I32)
    region_op, rbody = t.op_with_body(t.RegionOp)
    body.append(region_op)
    inner = t.const(rbody, I32, location=loc(4))
    t.ret(rbody)
    t.add(body, inner.result, inner.result, location=loc(6))
    t.ret(body)
    d = only_error(f)
    assert d.message == "operand #0 does not dominate this use"
    assert d.notes[0].message == "operand defined here (op in a child region)"


def test_graph_regions_and_unregistered_single_blocks_have_no_order() -> None:
    for parent in (t.GraphOp.create(), Operation("foo.r", regions=1)):
        body = parent.regions[0].add_block(Block())
        use = t.add(body, *([t.const(body, I32).result] * 2))
        late = t.const(body, I32)
        use.set_operand(0, late.result)
        use.set_operand(1, use.result)  # even an op reading its own result
        assert run(parent) == []


def test_unregistered_multi_block_regions_have_dominance() -> None:
    op = Operation("foo.op2", regions=1)
    entry = op.regions[0].add_block(Block())
    second = op.regions[0].add_block(Block())
    entry.append(Operation("foo.br", successors=[second]))
    late = Operation("foo.def", result_types=[I32], location=loc(12, 8))
    second.append(Operation("foo.use", operands=[late.results[0]], location=loc(11, 3)))
    second.append(late)
    second.append(Operation("foo.term"))
    d = only_error(op)
    assert d.location == loc(11, 3)
    assert d.notes[0].message == "operand defined here (op in the same block)"


def test_verifying_a_nested_op_sees_values_from_above() -> None:
    f, body = func(I32)
    a = body.args[0]
    c = t.const(body, I32)
    region_op, rbody = t.op_with_body(t.RegionOp)
    body.append(region_op)
    t.add(rbody, a, c.result)
    t.ret(rbody)
    late = t.const(body, I32)
    t.ret(body)
    assert run(region_op) == []
    rbody.first_op.set_operand(0, late.result)
    assert only_error(region_op).message == "operand #0 does not dominate this use"


# -- which errors are reported -----------------------------------------------------------------
def _bad_function(line: int) -> Operation:
    f, body = func(I32)
    a = body.args[0]
    t.ret(body, location=loc(line))
    t.add(body, a, a, location=loc(line + 1))  # after the terminator
    t.add(body, a, a, location=loc(line + 2))  # a second problem in the same function
    return f


def test_each_isolated_op_reports_its_first_error() -> None:
    module, body = t.op_with_body(t.ModuleOp)
    body.append(_bad_function(10))
    body.append(_bad_function(20))
    diags = run(module)
    assert [(d.message, d.location) for d in diags] == [
        ("'test.ret' op must be the last operation in the parent block", loc(10)),
        ("'test.ret' op must be the last operation in the parent block", loc(20)),
    ]


def test_a_failed_isolated_op_stops_its_parent() -> None:
    # The module's own dominance problem is not reported once a function failed, and an
    # error outside any function stops the functions from being looked at.
    module, body = t.op_with_body(t.ModuleOp)
    graph_user = Operation("foo.op2", regions=1)
    entry = graph_user.regions[0].add_block(Block())
    late = Operation("foo.def", result_types=[I32])
    entry.append(Operation("foo.use", operands=[late.results[0]]))
    entry.append(late)
    second = graph_user.regions[0].add_block(Block())
    second.append(Operation("foo.term"))
    body.append(graph_user)
    body.append(_bad_function(30))
    assert [d.location for d in run(module)] == [loc(30)]


# -- depth and speed ---------------------------------------------------------------------------
def _deep(depth: int, op_cls: type) -> Operation:
    root = op_cls.create()
    current = root
    for _ in range(depth):
        block = current.regions[0].add_block(Block())
        child = block.append(op_cls.create())
        t.ret(block)
        current = child
    current.regions[0].add_block(Block()).append(t.RetOp.create())
    return root


@pytest.mark.parametrize("op_cls", [t.RegionOp, t.IsolatedOp])
def test_deep_nesting_verifies_without_recursion(op_cls: type) -> None:
    root = _deep(20_000, op_cls)
    assert run(root) == []
    # An error at the bottom is still found and reported once.
    bottom = root
    while bottom.regions[0].blocks[0].first_op is not bottom.regions[0].blocks[0].last_op:
        bottom = bottom.regions[0].blocks[0].first_op
    bottom.regions[0].blocks[0].last_op.detach()
    bottom.regions[0].blocks[0].append(t.AddOp.create([], [I32], location=loc(99)))
    d = only_error(root)
    assert d.location == loc(99)


def _flat(n: int) -> Operation:
    f, body = func(I32)
    x = body.args[0]
    ops = []
    for _ in range(n):
        op = Operation("foo.add", None, [x, x], [I32])
        ops.append(op)
        x = op.results[0]
    body.append_ops(ops)
    t.ret(body, x)
    return f


def test_verifying_100k_ops_in_one_block_is_linear() -> None:
    # Unregistered ops inside a registered SSACFG body: the structural walk and full
    # same-block dominance checking run, without the per-op declared checks.
    f = _flat(100_000)
    start = time.perf_counter()
    assert run(f) == []
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5, elapsed
    small = _flat(10_000)
    start = time.perf_counter()
    run(small)
    small_elapsed = time.perf_counter() - start
    assert elapsed < small_elapsed * 20 + 0.05
