"""MLIR's generic canonicalizations of region-branch ops (its
`populateRegionBranchOpInterfaceCanonicalizationPatterns`), for the scf ops that use them.

A region-branch op passes values along control-flow edges: a *successor operand* (an init
operand of the op, or an operand of a region's terminator) flows into one or more
*successor inputs* (entry-block arguments of a region, or results of the op). For
`scf.for`, init #i and yield operand #i both flow into iteration argument #i and
result #i. `successor_edges(op)` lists these edges for each supported op; the three
patterns work on that list alone:

- MakeSuccessorInputsDead: an input that can only ever hold one value from outside the
  other inputs (e.g. an iteration argument yielded unchanged) is replaced by that value;
- RemoveDuplicateSuccessorInputUses: two inputs of the same block (or op) fed the same
  value on every edge are one; the later one's uses go to the earlier;
- RemoveDeadSuccessorInputs: a set of tied inputs (inputs fed by a common operand) with
  no uses left is erased, with the operands that feed it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.core import BlockArgument, Operation, OpResult, Region, Value
from pyir.dialects.scf_for_canonicalize import for_trip_count
from pyir.patterns import RewritePattern

#: (owner op, operand index, successor inputs that operand flows into)
Edge = tuple[Operation, int, tuple[Value, ...]]


def _terminator(block: Any, name: str) -> Operation | None:
    last = block.last_op if block is not None else None
    return last if last is not None and last.name == name else None


def _for_edges(op: Operation) -> list[Edge] | None:
    blocks = op.regions[0].blocks
    if len(blocks) != 1:
        return None
    body = blocks[0]
    yield_op = _terminator(body, "scf.yield")
    n = len(op.results)
    if yield_op is None or len(yield_op.operands) != n or len(body.args) != n + 1:
        return None
    # A loop known to run at least once never hands its inits straight to its results.
    trips = for_trip_count(op)
    skips = trips is None or trips == 0
    edges: list[Edge] = []
    for i, (arg, result) in enumerate(zip(body.args[1:], op.results)):
        edges.append((op, 3 + i, (arg, result) if skips else (arg,)))
        edges.append((yield_op, i, (arg, result)))
    return edges


def _while_edges(op: Operation) -> list[Edge] | None:
    if not op.regions[0].blocks or not op.regions[1].blocks:
        return None
    before, after = op.regions[0].blocks[0], op.regions[1].blocks[0]
    condition = _terminator(before, "scf.condition")
    yield_op = _terminator(after, "scf.yield")
    if condition is None or yield_op is None:
        return None
    n_before, n_after = len(before.args), len(after.args)
    if len(op.operands) != n_before or len(yield_op.operands) != n_before:
        return None
    if len(condition.operands) != n_after + 1 or len(op.results) != n_after:
        return None
    edges: list[Edge] = []
    for i, arg in enumerate(before.args):
        edges.append((op, i, (arg,)))
    for j, (result, arg) in enumerate(zip(op.results, after.args)):
        edges.append((condition, 1 + j, (result, arg)))
    for i, arg in enumerate(before.args):
        edges.append((yield_op, i, (arg,)))
    return edges


def _yield_to_results_edges(op: Operation) -> list[Edge] | None:
    """Ops whose regions run once and yield the op's results (index_switch)."""
    edges: list[Edge] = []
    n = len(op.results)
    for region in op.regions:
        for block in region.blocks:
            yield_op = _terminator(block, "scf.yield")
            if yield_op is None:
                continue
            if len(yield_op.operands) != n:
                return None
            for i, result in enumerate(op.results):
                edges.append((yield_op, i, (result,)))
    return edges


#: op name -> its edge function; other modules register more ops here (scf_if_region_branch
#: adds scf.if and scf.execute_region).
EDGES: dict[str, Callable[[Operation], list[Edge] | None]] = {
    "scf.for": _for_edges,
    "scf.while": _while_edges,
    "scf.index_switch": _yield_to_results_edges,
}


def successor_edges(op: Operation) -> list[Edge] | None:
    """The successor-operand edges of `op`, or None when it is malformed or unknown."""
    fn = EDGES.get(op.name)
    return fn(op) if fn is not None else None


def _inputs_to_operands(edges: list[Edge]) -> dict[Value, list[tuple[Operation, int]]]:
    """Each successor input -> the (owner, index) operands flowing into it, in order."""
    mapping: dict[Value, list[tuple[Operation, int]]] = {}
    for owner, index, inputs in edges:
        for value in inputs:
            mapping.setdefault(value, []).append((owner, index))
    return mapping


def _reachable(value: Value, inputs: dict) -> set:
    """The values other than successor inputs that `value` may hold, following inputs
    that flow into inputs."""
    found: set = set()
    visited: set = set()
    worklist = [value]
    while worklist:
        nxt = worklist.pop()
        sources = inputs.get(nxt)
        if sources is None:
            found.add(nxt)
            continue
        for owner, index in sources:
            operand = owner.operands[index]
            if operand not in visited:
                visited.add(operand)
                worklist.append(operand)
    return found


def _region_of(value: Value) -> Region | None:
    block = value.parent_block()
    return block.parent if block is not None else None


def _defined_before(op: Operation, a: Value, b: Value) -> bool:
    """Whether `a` is in scope wherever the successor input `b` is."""
    region = _region_of(a)
    if region is None or region.parent is not op:
        return True  # defined outside the op
    if isinstance(b, OpResult):
        return False
    return isinstance(a, BlockArgument) and a.block is b.block  # type: ignore[attr-defined]


class _RegionBranchPattern(RewritePattern):
    """Base: a pattern rooted at the op name it is made for."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]


class MakeSuccessorInputsDead(_RegionBranchPattern):
    """A successor input that can only hold one outside value is that value (MLIR's
    MakeRegionBranchOpSuccessorInputsDead)."""

    name = "MakeRegionBranchOpSuccessorInputsDead"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        edges = successor_edges(op)
        if edges is None:
            return False
        inputs = _inputs_to_operands(edges)
        changed = False
        for value in inputs:
            if value.first_use is None:
                continue
            reachable = _reachable(value, inputs)
            if len(reachable) != 1:
                continue
            (only,) = reachable
            if not _defined_before(op, only, value):
                continue
            rewriter.replace_all_uses_with(value, only)
            changed = True
        return changed


def _number(value: Value) -> int:
    return value.index  # type: ignore[attr-defined]


def _owner(value: Value) -> Any:
    return value.op if isinstance(value, OpResult) else value.block  # type: ignore[attr-defined]


class RemoveDuplicateSuccessorInputUses(_RegionBranchPattern):
    """Two inputs of one block (or op) fed the same values on every edge: the later one's
    uses go to the earlier one (MLIR's RemoveDuplicateSuccessorInputUses)."""

    name = "RemoveDuplicateSuccessorInputUses"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        edges = successor_edges(op)
        if edges is None:
            return False
        inputs = _inputs_to_operands(edges)
        ordered = sorted(inputs, key=_number)
        changed = False
        for i, first in enumerate(ordered):
            fed_first = {id(o): o.operands[k] for o, k in inputs[first]}
            for second in ordered[i + 1 :]:
                if second.first_use is None or _owner(first) is not _owner(second):
                    continue
                fed_second = {id(o): o.operands[k] for o, k in inputs[second]}
                if fed_first == fed_second:
                    rewriter.replace_all_uses_with(second, first)
                    changed = True
        return changed


def _tied_sets(edges: list[Edge]) -> list[list[Value]]:
    """Inputs that must go together (fed by a common operand), in first-seen order."""
    parent: dict[Value, Value] = {}

    def find(v: Value) -> Value:
        while parent[v] is not v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for _, _, inputs in edges:
        for v in inputs:
            parent.setdefault(v, v)
        for v in inputs[1:]:
            ra, rb = find(inputs[0]), find(v)
            if ra is not rb:
                parent[rb] = ra
    groups: dict[Value, list[Value]] = {}
    for v in parent:
        groups.setdefault(find(v), []).append(v)
    return list(groups.values())


class RemoveDeadSuccessorInputs(_RegionBranchPattern):
    """Tied successor inputs none of which is used are erased, with the operands feeding
    them (MLIR's RemoveDeadRegionBranchOpSuccessorInputs)."""

    name = "RemoveDeadRegionBranchOpSuccessorInputs"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        edges = successor_edges(op)
        if edges is None:
            return False
        dead = set()
        for group in _tied_sets(edges):
            if all(v.first_use is None for v in group):
                dead.update(group)
        if not dead:
            return False
        operands: dict[Operation, set[int]] = {}
        for owner, index, inputs in edges:
            if inputs[0] in dead:
                operands.setdefault(owner, set()).add(index)
        for owner, drop in operands.items():
            kept = [v for i, v in enumerate(owner.operands) if i not in drop]
            rewriter.modify_op_in_place(owner, lambda o=owner, k=kept: o.set_operands(k))
        blocks = {}
        for v in dead:
            if isinstance(v, BlockArgument):
                blocks.setdefault(v.block, []).append(v.index)
        for block, indices in blocks.items():

            def erase(block: Any = block, indices: list = indices) -> None:
                for i in sorted(indices, reverse=True):
                    block.erase_argument(i)

            rewriter.modify_op_in_place(op, erase)
        results = {v.index for v in dead if isinstance(v, OpResult)}
        if results:
            erase_results(rewriter, op, results)
        return True


def erase_results(rewriter: Any, op: Operation, drop: set[int]) -> Operation:
    """Replace `op` by a copy without the unused results numbered in `drop`, its regions
    moved over (MLIR's RewriterBase::eraseOpResults)."""
    keep = [i for i in range(len(op.results)) if i not in drop]
    new = rewriter.create(
        op.op_def or op.name,
        list(op.operands),
        [op.results[i].type for i in keep],
        dict(op.properties),
        dict(op.attributes),
        regions=[Region() for _ in op.regions],
        location=op.location,
    )
    for old_region, new_region in zip(op.regions, new.regions):
        rewriter.inline_region_before(old_region, new_region, None)
    new_results = iter(new.results)
    values = [r if i in drop else next(new_results) for i, r in enumerate(op.results)]
    rewriter.replace_op(op, values)
    return new


def region_branch_patterns(root: str) -> tuple[RewritePattern, ...]:
    """The three patterns for ops named `root`, in MLIR's order."""
    return (
        MakeSuccessorInputsDead(root),
        RemoveDuplicateSuccessorInputUses(root),
        RemoveDeadSuccessorInputs(root),
    )
