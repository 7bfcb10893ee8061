"""Dominator trees and dominance queries (pyir.dominance)."""

from __future__ import annotations

import testdialect as t

from pyir.builtin_types import IntegerType
from pyir.core import Block, Operation, Region
from pyir.dominance import DominanceInfo, DomTree, has_ssa_dominance

I1 = IntegerType(1)
I32 = IntegerType(32)


def cfg(edges: dict[int, list[int]], n: int) -> tuple[Region, list[Block]]:
    """A region of `n` blocks; block i ends in a branch to `edges[i]` (or a return)."""
    op = t.RegionOp.create()
    region = op.regions[0]
    blocks = [region.add_block(Block()) for _ in range(n)]
    for i, block in enumerate(blocks):
        targets = [blocks[j] for j in edges.get(i, [])]
        if not targets:
            t.ret(block)
        elif len(targets) == 1:
            block.append(t.BranchOp.create([], successors=targets))
        else:
            c = t.const(block, I1)
            block.append(t.CondBranchOp.create([c.result], successors=targets))
    return region, blocks


def test_diamond() -> None:
    region, (a, b, c, d) = cfg({0: [1, 2], 1: [3], 2: [3]}, 4)
    tree = DomTree(region)
    assert tree.immediate_dominator(a) is None
    assert tree.immediate_dominator(b) is a
    assert tree.immediate_dominator(c) is a
    assert tree.immediate_dominator(d) is a
    assert tree.dominates(a, d) and not tree.dominates(b, d) and not tree.dominates(c, d)
    assert tree.dominates(d, d) and not tree.properly_dominates(d, d)
    assert tree.properly_dominates(a, b)


def test_loop_and_unreachable_block() -> None:
    # 0 -> 1 <-> 2, 1 -> 3; block 4 is unreachable and branches into the loop.
    region, (e, head, body, exit_, dead) = cfg({0: [1], 1: [2, 3], 2: [1], 4: [2]}, 5)
    tree = DomTree(region)
    assert tree.immediate_dominator(body) is head
    assert tree.immediate_dominator(exit_) is head
    assert tree.dominates(head, body) and not tree.dominates(body, head)
    assert not tree.is_reachable(dead)
    # LLVM's convention: an unreachable block is dominated by everything and dominates
    # nothing else.
    assert tree.dominates(body, dead) and not tree.dominates(dead, body)


def test_irreducible_graph() -> None:
    # 0 -> 1, 0 -> 2, 1 <-> 2: neither 1 nor 2 dominates the other.
    region, (e, x, y) = cfg({0: [1, 2], 1: [2], 2: [1]}, 3)
    tree = DomTree(region)
    assert tree.immediate_dominator(x) is e and tree.immediate_dominator(y) is e
    assert not tree.dominates(x, y) and not tree.dominates(y, x)


def test_long_chain_has_no_recursion_limit() -> None:
    n = 20_000
    region, blocks = cfg({i: [i + 1] for i in range(n - 1)}, n)
    tree = DomTree(region)
    assert tree.dominates(blocks[0], blocks[-1])
    assert tree.immediate_dominator(blocks[-1]) is blocks[-2]
    assert not tree.dominates(blocks[-1], blocks[0])


def test_value_dominance_across_nesting() -> None:
    f, body = t.op_with_body(t.IsolatedOp, I32)
    a = body.args[0]
    x = t.add(body, a, a)
    inner_op, inner = t.op_with_body(t.RegionOp)
    body.append(inner_op)
    use = t.add(inner, x.result, a)
    t.ret(inner)
    late = t.add(body, a, a)
    t.ret(body)
    info = DominanceInfo()
    assert info.dominates(x.result, use)
    assert info.dominates(a, use)
    assert not info.dominates(late.result, use)
    assert not info.dominates(use.result, late)  # defined in a child region
    assert info.properly_dominates(x, use) and not info.properly_dominates(use, x)
    # An op encloses what is nested in it: that counts for ops, not for their results.
    assert info.properly_dominates(inner_op, use)
    assert not info.properly_dominates(inner_op, use, enclosing_ok=False)
    assert info.dominates_op(x, x) and not info.properly_dominates(x, x)
    assert not info.dominates(x.result, x)


def test_graph_regions_ignore_order() -> None:
    graph, body = t.op_with_body(t.GraphOp)
    use = t.add(body, *([t.const(body, I32).result] * 2))
    late = t.const(body, I32)
    info = DominanceInfo()
    assert info.dominates(late.result, use)
    use.set_operand(0, use.result)
    assert info.dominates(use.result, use)
    unregistered = Operation("foo.bar", regions=1)
    unregistered.regions[0].add_block(Block())
    assert not has_ssa_dominance(unregistered.regions[0])
    unregistered.regions[0].add_block(Block())
    assert has_ssa_dominance(unregistered.regions[0])


def test_block_dominance_through_dominance_info() -> None:
    region, (a, b, c, d) = cfg({0: [1, 2], 1: [3], 2: [3]}, 4)
    info = DominanceInfo()
    assert info.block_dominates(a, d) and not info.block_dominates(b, d)
    assert info.tree(region) is info.tree(region)
    info.invalidate(region)
    assert info.is_reachable(d)
    # A block nested in an op of block b is dominated by b's dominators.
    nested_op, nested = t.op_with_body(t.RegionOp)
    b.insert_before(b.first_op, nested_op)
    assert info.block_dominates(a, nested) and info.block_dominates(b, nested)
    assert not info.block_dominates(c, nested)
