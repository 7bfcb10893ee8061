"""Use-lists, op lists and walks of pyir.core, built from the `test` dialect."""

from __future__ import annotations

import time

import pytest
import testdialect as t

from pyir.builtin_types import IntegerType
from pyir.core import Block, IRError, Operation, Region

I32 = IntegerType(32)
I64 = IntegerType(64)


def _uses(value) -> list[tuple[str, int]]:  # noqa: ANN001
    return sorted((u.owner.name, u.index) for u in value.uses())


def test_operands_register_uses_and_set_moves_them() -> None:
    block = Block([I32, I32])
    a, b = block.args
    add = t.add(block, a, a)
    assert a.num_uses() == 2 and not b.has_uses()
    assert _uses(a) == [("test.add", 0), ("test.add", 1)]
    add.set_operand(1, b)
    assert _uses(a) == [("test.add", 0)]
    assert _uses(b) == [("test.add", 1)]
    assert a.has_one_use() and b.has_one_use()
    add.operand_slots[0].drop()
    assert not a.has_uses()
    assert add.operand(0) is None


def test_use_updates_are_constant_time() -> None:
    # Dropping one use out of many must not scan the chain: time the last-added and the
    # first-added use against a chain 100 times longer.
    def cost(n: int) -> float:
        block = Block([I32])
        a = block.args[0]
        ops = [block.append(t.UseOp.create([a])) for _ in range(n)]
        start = time.perf_counter()
        for op in ops[:200]:
            op.operand_slots[0].drop()
        for op in ops[:200]:
            op.operand_slots[0].set(a)
        return time.perf_counter() - start

    small = min(cost(1_000) for _ in range(3))
    large = min(cost(100_000) for _ in range(3))
    assert large < small * 10 + 0.01


def test_replace_all_uses_with() -> None:
    block = Block([I32, I32])
    a, b = block.args
    x = t.add(block, a, a)
    y = t.add(block, x.result, a)
    a.replace_all_uses_with(b)
    assert not a.has_uses()
    assert x.operands == [b, b]
    assert y.operands == [x.result, b]
    assert b.num_uses() == 3
    x.replace_all_uses_with([b])
    assert y.operands == [b, b]
    with pytest.raises(IRError):
        x.replace_all_uses_with([])


def test_replace_uses_if_only_touches_selected_uses() -> None:
    block = Block([I32, I32])
    a, b = block.args
    first = t.add(block, a, a)
    second = t.add(block, a, a)
    a.replace_uses_if(b, lambda use: use.owner is second)
    assert first.operands == [a, a]
    assert second.operands == [b, b]


def test_erase_requires_no_uses_and_drops_operand_uses() -> None:
    block = Block([I32])
    a = block.args[0]
    x = t.add(block, a, a)
    y = t.add(block, x.result, a)
    with pytest.raises(IRError):
        x.erase()
    y.erase()
    assert y.parent is None
    assert a.num_uses() == 2
    x.erase()
    assert not a.has_uses()
    assert block.is_empty()


def test_erase_drops_uses_made_inside_regions() -> None:
    outer = Block([I32])
    a = outer.args[0]
    region_op, body = t.op_with_body(t.RegionOp)
    outer.append(region_op)
    t.add(body, a, a)
    t.ret(body)
    assert a.num_uses() == 2
    region_op.erase()
    assert not a.has_uses()


def test_op_list_insert_move_and_detach() -> None:
    block = Block([I32])
    a = block.args[0]
    x = t.add(block, a, a)
    y = t.add(block, a, a)
    z = block.insert_before(x, t.AddOp.create([a, a], [I32]))
    assert list(block.ops) == [z, x, y]
    w = block.insert_after(x, t.AddOp.create([a, a], [I32]))
    assert list(block.ops) == [z, x, w, y]
    z.move_after(y)
    assert list(block.ops) == [x, w, y, z]
    assert list(block.ops_reversed()) == [z, y, w, x]
    y.move_before(x)
    assert list(block.ops) == [y, x, w, z]
    assert y.is_before_in_block(z) and not z.is_before_in_block(y)
    w.detach()
    assert list(block.ops) == [y, x, z] and w.parent is None
    assert w.operands == [a, a]  # detaching keeps uses
    with pytest.raises(IRError):
        block.append(x)  # already in a block
    assert len(block) == 3


def test_moving_between_blocks_updates_parent() -> None:
    first = Block([I32])
    second = Block()
    op = t.add(first, first.args[0], first.args[0])
    op.detach()
    second.append(op)
    assert op.parent is second and first.is_empty() and second.first_op is op


def test_block_arguments_keep_indices() -> None:
    block = Block([I32])
    b = block.add_argument(I64)
    c = block.insert_argument(0, I32)
    assert [arg.index for arg in block.args] == [0, 1, 2]
    assert block.args == [c, block.args[1], b]
    block.append(t.UseOp.create([b]))
    with pytest.raises(IRError):
        block.erase_argument(2)
    block.erase_argument(0)
    assert [arg.index for arg in block.args] == [0, 1]


def test_predecessors_follow_successor_slots() -> None:
    region = Region()
    entry = region.add_block(Block())
    target = region.add_block(Block())
    other = region.add_block(Block())
    br = entry.append(t.BranchOp.create([], successors=[target]))
    assert target.predecessors == [br] and entry.successors == [target]
    br.set_successor(0, other)
    assert target.predecessors == [] and other.predecessors == [br]


def _nest(depth: int) -> tuple[Operation, list[Operation]]:
    root = t.RegionOp.create()
    ops = [root]
    current = root
    for _ in range(depth):
        block = current.regions[0].add_block(Block())
        child = block.append(t.RegionOp.create())
        ops.append(child)
        current = child
    return root, ops


def test_walk_orders() -> None:
    root, body = t.op_with_body(t.RegionOp, I32)
    a = body.args[0]
    x = t.add(body, a, a)
    inner_op, inner = t.op_with_body(t.RegionOp)
    body.append(inner_op)
    y = t.add(inner, a, a)
    r = t.ret(body)
    assert list(root.walk(post_order=False)) == [root, x, inner_op, y, r]
    assert list(root.walk()) == [x, y, inner_op, r, root]


def test_walk_is_safe_when_erasing_the_visited_op() -> None:
    root, body = t.op_with_body(t.RegionOp, I32)
    a = body.args[0]
    for _ in range(5):
        t.add(body, a, a)
    seen = []
    for op in root.walk():
        if op.name == "test.add":
            seen.append(op)
            op.erase()
    assert len(seen) == 5 and body.is_empty()
    for _ in range(3):
        t.add(body, a, a)
    erased = 0
    for op in root.walk(post_order=False):
        if op.name == "test.add":
            op.erase()
            erased += 1
    assert erased == 3 and body.is_empty()


def test_deep_nesting_walk_has_no_recursion_limit() -> None:
    root, ops = _nest(20_000)
    assert list(root.walk(post_order=False)) == ops
    post = list(root.walk())
    assert post[0] is ops[-1] and post[-1] is root and len(post) == 20_001
    # Erasing and deallocating such a tree must not hit the recursion limit either.
    root.erase()
    del root, ops, post


def test_is_ancestor_and_region_queries() -> None:
    root, ops = _nest(3)
    assert root.is_ancestor(ops[3]) and not ops[3].is_ancestor(root)
    assert ops[3].parent_op() is ops[2]
    assert root.regions[0].is_ancestor_of(ops[3].parent_region())
    assert not ops[3].regions[0].is_ancestor_of(root.regions[0])


def test_source_locations_are_made_on_first_request() -> None:
    from pyir.location import FileLineColLoc

    class Source:
        """Counts how often a location is materialised."""

        def __init__(self) -> None:
            self.calls = 0

        def location_at(self, offset: int) -> FileLineColLoc:
            self.calls += 1
            return FileLineColLoc("f.mlir", 1, offset + 1)

    source = Source()
    op = Operation("test.a")
    op.set_source_location(source, 4)
    assert source.calls == 0
    assert op.location == FileLineColLoc("f.mlir", 1, 5)
    assert op.location is op.location and source.calls == 1
    op.location = FileLineColLoc("g.mlir", 2, 3)
    assert op.location == FileLineColLoc("g.mlir", 2, 3)
    op.set_source_location(source, 9)
    assert op.location == FileLineColLoc("f.mlir", 1, 10)
