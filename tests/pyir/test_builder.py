"""Insertion points, the builder, IRMapping and cloning (pyir.builder)."""

from __future__ import annotations

import pytest
import testdialect as t

from pyir.builder import Builder, InsertionPoint, IRMapping, clone, clone_region_into
from pyir.builtin_attributes import StringAttr
from pyir.builtin_types import IntegerType
from pyir.context import Context
from pyir.core import Block, IRError, Operation, Region
from pyir.location import FileLineColLoc
from pyir.verifier import verify

I1 = IntegerType(1)
I32 = IntegerType(32)


def test_insertion_points() -> None:
    block = Block([I32])
    a = block.args[0]
    first = t.add(block, a, a)
    last = t.ret(block)
    b = Builder(InsertionPoint.at_block_begin(block))
    x = b.create(t.AddOp, [a, a], [I32])
    y = b.create(t.AddOp, [a, a], [I32])
    assert list(block.ops) == [x, y, first, last]  # consecutive inserts keep their order
    b.set_insertion_point_after(first)
    z = b.create(t.ConstOp, [], [I32])
    assert list(block.ops) == [x, y, first, z, last]
    b.insertion_point = InsertionPoint.at_block_terminator(block)
    w = b.create(t.ConstOp, [], [I32])
    assert block.last_op is last and last.prev_op is w
    b.set_insertion_point_to_end(block)
    end = b.create("foo.after_end")
    assert block.last_op is end and end.op_def is None
    b.set_insertion_point_after_value(a)
    start = b.create(t.ConstOp, [], [I32])
    assert block.first_op is start
    b.set_insertion_point_after_value(x.result)
    assert b.create(t.ConstOp, [], [I32]).prev_op is x
    with pytest.raises(IRError):
        InsertionPoint(Block(), first)
    b.clear_insertion_point()
    with pytest.raises(IRError):
        b.create(t.ConstOp, [], [I32])


def test_builder_location_context_manager_and_names() -> None:
    block = Block()
    where = FileLineColLoc("b.mlir", 1, 1)
    ctx = Context(use_entry_points=False)
    ctx.register_dialect(t.TEST_DIALECT)
    b = Builder.at_end(block, location=where, context=ctx)
    c = b.create("test.const", [], [I32])
    assert c.op_def is t.ConstOp and c.location == where
    inner_block = Block()
    with b:
        b.set_insertion_point_to_start(inner_block)
        b.create(t.ConstOp, [], [I32])
    assert b.block is block and len(inner_block) == 1
    with b.at(InsertionPoint.before(c)):
        d = b.create(t.ConstOp, [], [I32], location=FileLineColLoc("b.mlir", 2, 2))
    assert list(block.ops) == [d, c] and d.location.line == 2
    assert b.create(t.ConstOp, [], [I32]).prev_op is c


class Recorder:
    def __init__(self) -> None:
        self.ops: list[str] = []
        self.blocks: list[Block] = []

    def notify_operation_inserted(self, op: Operation) -> None:
        self.ops.append(op.name)

    def notify_block_inserted(self, block: Block) -> None:
        self.blocks.append(block)


def test_listener_and_create_block() -> None:
    rec = Recorder()
    op = t.RegionOp.create()
    b = Builder(listener=rec)
    entry = b.create_block(op.regions[0], [I32])
    b.create(t.RetOp, [entry.args[0]])
    first = b.create_block(op.regions[0], before=entry)
    assert op.regions[0].blocks == [first, entry]
    assert rec.blocks == [entry, first] and rec.ops == ["test.ret"]
    assert b.block is first


def _function() -> Operation:
    """A function with a loop, a nested region and a successor with operands."""
    f = t.IsolatedOp.create(location=FileLineColLoc("c.mlir", 1, 1))
    region = f.regions[0]
    entry = region.add_block(Block([I32]))
    loop = region.add_block(Block([I32]))
    exit_ = region.add_block(Block())
    a = entry.args[0]
    entry.append(t.BranchOp.create([a], successors=[loop]))
    x = t.add(loop, loop.args[0], a)
    nested_op, nested = t.op_with_body(t.RegionOp, I32)
    loop.append(nested_op)
    t.add(nested, nested.args[0], x.result)
    t.ret(nested)
    c = t.const(loop, I1)
    loop.append(t.CondBranchOp.create([c.result], successors=[loop, exit_]))
    t.ret(exit_)
    x.set_attribute("tag", StringAttr("x"))
    return f


def test_clone_is_deep_and_remapped() -> None:
    f = _function()
    mapping = IRMapping()
    g = clone(f, mapping)
    assert g is not f and g.parent is None and verify(g)
    old_ops = list(f.walk(post_order=False))
    new_ops = list(g.walk(post_order=False))
    assert [o.name for o in old_ops] == [o.name for o in new_ops]
    for old, new in zip(old_ops, new_ops):
        assert mapping.lookup(old) is new
        assert new.location == old.location and new.op_def is old.op_def
        assert new.attributes == old.attributes
        # Own dicts, except the shared read-only mapping of ops without attributes.
        assert new.attributes is not old.attributes or not old.attributes
        for v in new.operands:
            # No operand of the copy points back into the original.
            owner = v.op if hasattr(v, "op") else v.block.parent.parent
            assert not f.is_ancestor(owner)
        for s in new.successors:
            assert s.parent.parent is g
    # The original is untouched: its values are only used inside it.
    for op in f.walk():
        for r in op.results:
            assert all(f.is_ancestor(u) for u in r.users())
    new_loop = g.regions[0].blocks[1]
    assert mapping.lookup(f.regions[0].blocks[1]) is new_loop
    assert new_loop.predecessors and all(
        p.parent.parent is g.regions[0] for p in new_loop.predecessors
    )


def test_clone_keeps_outside_operands_unless_mapped() -> None:
    block = Block([I32, I32])
    a, b = block.args
    op, body = t.op_with_body(t.RegionOp)
    block.append(op)
    inner = t.add(body, a, a)
    t.ret(body)
    copy = clone(op)
    assert copy.regions[0].blocks[0].first_op.operands == [a, a]
    mapping = IRMapping()
    mapping.map(a, b)
    copy2 = clone(op, mapping)
    assert copy2.regions[0].blocks[0].first_op.operands == [b, b]
    assert mapping.lookup(inner.result) is copy2.regions[0].blocks[0].first_op.result
    shallow = clone(op, clone_regions=False)
    assert len(shallow.regions) == 1 and shallow.regions[0].is_empty()


def test_clone_handles_forward_references_in_graph_regions() -> None:
    g, body = t.op_with_body(t.GraphOp)
    use = t.add(body, *([t.const(body, I32).result] * 2))
    late = t.const(body, I32)
    use.set_operand(0, late.result)
    copy = clone(g)
    new_use = copy.regions[0].blocks[0].first_op.next_op
    new_late = copy.regions[0].blocks[0].last_op
    assert new_use.operand(0) is new_late.result


def test_clone_region_into_with_premapped_arguments() -> None:
    f = _function()
    outer = Block([I32])
    target = Region()
    existing = target.add_block(Block())
    mapping = IRMapping()
    src_entry = f.regions[0].blocks[0]
    mapping.map(src_entry.args[0], outer.args[0])
    new_blocks = clone_region_into(f.regions[0], target, mapping, index=0)
    assert target.blocks[-1] is existing and target.blocks[:3] == new_blocks
    assert new_blocks[0].args == []  # the pre-mapped argument was substituted
    assert new_blocks[0].first_op.operands == [outer.args[0]]
    assert new_blocks[0].first_op.successors == [new_blocks[1]]


def test_deep_clone_without_recursion() -> None:
    root = t.RegionOp.create()
    current = root
    for _ in range(20_000):
        block = current.regions[0].add_block(Block())
        child = block.append(t.RegionOp.create())
        t.ret(block)
        current = child
    current.regions[0].add_block(Block()).append(t.RetOp.create())
    copy = clone(root)
    assert sum(1 for _ in copy.walk()) == sum(1 for _ in root.walk())


def test_builder_clone_inserts_and_notifies() -> None:
    f = _function()
    rec = Recorder()
    block = Block()
    b = Builder.at_end(block, listener=rec)
    g = b.clone(f)
    assert g.parent is block
    assert len(rec.ops) == sum(1 for _ in f.walk())


def test_irmapping_kinds() -> None:
    block = Block([I32, I32])
    other = Block()
    m = IRMapping()
    m.map(block.args, [block.args[1], block.args[0]])
    m.map(block, other)
    assert m.lookup(block.args[0]) is block.args[1]
    assert m.lookup(block) is other and block in m
    assert m.lookup_or_none(other) is None and m.lookup_or_self(other) is other
    m.erase(block)
    assert block not in m
    with pytest.raises(KeyError):
        m.lookup(block)
    with pytest.raises(TypeError):
        m.map("x", "y")
    with pytest.raises(IRError):
        m.map([block.args[0]], [])
    m.clear()
    assert not m.values
