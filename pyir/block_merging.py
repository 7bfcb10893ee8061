"""The aggressive part of region simplification (MLIR's region-simplify=aggressive):
merging identical blocks, and dropping block arguments every predecessor feeds alike.

`merge_identical_blocks(rewriter, regions)`: in each region (and every region nested in
it), the non-entry blocks are grouped by their successor lists; within a group, a block
joins the cluster of an earlier block ("leader") when their ops match one for one (same
name, properties, attributes, result types, counts, successors; locations ignored) and
every operand pair is the same value, or values at the same position among the block's
own values, or two values from outside the blocks, which become new arguments of the
leader. Blocks with ops that hold non-empty regions, and blocks whose arguments or
results are used elsewhere, stay out. A cluster merges when every predecessor's
terminator can take more successor operands; its other blocks are then erased.

`drop_redundant_arguments(rewriter, regions)`: an argument that receives the same value
from every predecessor is replaced by that value and removed.

Branches take part through BranchOpInterface's hooks (see pyir.region_simplify):
`get_successor_operand_range`, `erase_successor_operand`, and for merging
`append_successor_operands(op, index, values)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pyir.call_interfaces import BranchOpInterface
from pyir.core import Block, Operation, OpResult, Region, Value

__all__ = ["drop_redundant_arguments", "merge_identical_blocks"]


def merge_identical_blocks(rewriter: Any, regions: Iterable[Region]) -> bool:
    """Merge identical blocks in `regions` and the regions nested in them; True if any."""
    worklist: list[Region] = []
    queued: set[Region] = set()

    def push(region: Region) -> None:
        if region not in queued:
            queued.add(region)
            worklist.append(region)

    for region in regions:
        push(region)
    changed = False
    while worklist:
        region = worklist.pop()
        queued.discard(region)
        if _merge_in_region(rewriter, region):
            push(region)
            changed = True
        for block in region.blocks:
            op = block.first_op
            while op is not None:
                for nested in op.regions:
                    push(nested)
                op = op.next_op
    return changed


def _merge_in_region(rewriter: Any, region: Region) -> bool:
    blocks = region.blocks
    if len(blocks) < 2:
        return False
    groups: dict[tuple, list[Block]] = {}
    for block in blocks[1:]:
        key = tuple(id(b) for b in block.successors)
        groups.setdefault(key, []).append(block)
    merged = False
    for group in groups.values():
        if len(group) == 1:
            continue
        clusters: list[_Cluster] = []
        for block in group:
            if _has_nested_region(block) or _args_used_outside(block):
                continue
            data = _BlockData(block)
            if not any(cluster.add(data) for cluster in clusters):
                clusters.append(_Cluster(data))
        for cluster in clusters:
            merged = cluster.merge(rewriter) or merged
    return merged


def _has_nested_region(block: Block) -> bool:
    op = block.first_op
    while op is not None:
        if any(r.blocks for r in op.regions):
            return True
        op = op.next_op
    return False


def _args_used_outside(block: Block) -> bool:
    return any(use.owner.parent is not block for arg in block.args for use in arg.uses())


def _used_outside(op: Operation, block: Block) -> bool:
    return any(use.owner.parent is not block for r in op.results for use in r.uses())


class _BlockData:
    """A block, its ops, and each result-producing op's position among the block's values
    (arguments first)."""

    def __init__(self, block: Block) -> None:
        self.block = block
        self.ops: list[Operation] = []
        self.order: dict[Operation, int] = {}
        position = len(block.args)
        op = block.first_op
        while op is not None:
            self.ops.append(op)
            if op.results:
                self.order[op] = position
                position += len(op.results)
            op = op.next_op

    def order_of(self, value: Value) -> int:
        if isinstance(value, OpResult):
            return self.order[value.op] + value.index
        return value.index


def _same_op(a: Operation, b: Operation) -> bool:
    """MLIR's OperationEquivalence with operand values and locations ignored."""
    return (
        a.name == b.name
        and len(a.operand_slots) == len(b.operand_slots)
        and len(a.regions) == len(b.regions)
        and a.successors == b.successors
        and [r.type for r in a.results] == [r.type for r in b.results]
        and dict(a.properties) == dict(b.properties)
        and dict(a.attributes) == dict(b.attributes)
    )


def _valid_successor_operand(block: Block, value: Value) -> bool:
    """A value can feed `block` through a branch unless it is a result of the terminator
    of one of `block`'s predecessors (it would not dominate the branch)."""
    if not isinstance(value, OpResult):
        return True
    producer = value.op
    source = producer.parent
    if source is None or producer is not source.last_op:
        return True
    return source not in [pred.parent for pred in block.predecessors]


class _Cluster:
    """A leader block and the blocks that can merge into it; `operands` are the (op
    position, operand index) pairs that differ and become new leader arguments."""

    def __init__(self, leader: _BlockData) -> None:
        self.leader = leader
        self.blocks: list[Block] = []
        self.operands: set[tuple[int, int]] = set()

    def add(self, data: _BlockData) -> bool:
        leader, block = self.leader.block, data.block
        if [a.type for a in leader.args] != [a.type for a in block.args]:
            return False
        if len(self.leader.ops) != len(data.ops):
            return False
        mismatched: list[tuple[int, int]] = []
        for position, (lop, rop) in enumerate(zip(self.leader.ops, data.ops)):
            if not _same_op(lop, rop):
                return False
            for k, (ls, rs) in enumerate(zip(lop.operand_slots, rop.operand_slots)):
                lv, rv = ls.value, rs.value
                if lv is rv:
                    continue
                if lv.type != rv.type:
                    return False
                inside = lv.parent_block() is leader
                if inside != (rv.parent_block() is block):
                    return False
                if not inside:
                    if not _valid_successor_operand(leader, lv):
                        return False
                    if not _valid_successor_operand(block, rv):
                        return False
                    mismatched.append((position, k))
                elif self.leader.order_of(lv) != data.order_of(rv):
                    return False
            if _used_outside(rop, block) or _used_outside(lop, leader):
                return False
        self.operands.update(mismatched)
        self.blocks.append(block)
        return True

    def merge(self, rewriter: Any) -> bool:
        if not self.blocks:
            return False
        leader = self.leader.block
        if self.operands:
            if not all(_can_append(b) for b in (leader, *self.blocks)):
                return False
            new_args = self._new_arguments()
            _update_predecessors(leader, new_args[0])
            for block, values in zip(self.blocks, new_args[1:]):
                _update_predecessors(block, values)
        for block in self.blocks:
            use = block.first_pred
            while use is not None:
                nxt = use.next_use
                use.owner.set_successor(use.index, leader)
                use = nxt
            rewriter.erase_block(block)
        return True

    def _new_arguments(self) -> list[list[Value]]:
        """Route each differing operand through a new leader argument; the values each
        block's predecessors must pass, redundant arguments pruned."""
        leader = self.leader.block
        old_count = len(leader.args)
        ops_of = [self.leader.ops] + [_BlockData(b).ops for b in self.blocks]
        lists: list[list[Value]] = [[] for _ in ops_of]
        for position, k in sorted(self.operands):
            for i, ops in enumerate(ops_of):
                slot = ops[position].operand_slots[k]
                value = slot.value
                lists[i].append(value)
                if i == 0:
                    slot.set(leader.add_argument(value.type, _location_of(value)))
        return _prune(lists, leader, old_count)


def _location_of(value: Value) -> Any:
    owner = value.owner
    if isinstance(owner, Operation):
        return owner.location
    return getattr(value, "location", None)


def _prune(lists: list[list[Value]], leader: Block, old_count: int) -> list[list[Value]]:
    """Drop new argument j when, in every list, it repeats the argument first fed the
    same value in the leader's list (MLIR's one-pass rule, not every pair)."""
    if not lists or not lists[0]:
        return lists
    first: dict[int, int] = {}
    for j, value in enumerate(lists[0]):
        first.setdefault(id(value), j)
    replace: dict[int, int] = {}
    for j, value in enumerate(lists[0]):
        k = first[id(value)]
        if k != j and all(values[k] is values[j] for values in lists[1:]):
            replace[j] = k
    for j in sorted(replace, reverse=True):
        old = leader.args[old_count + j]
        old.replace_all_uses_with(leader.args[old_count + replace[j]])
        leader.erase_argument(old_count + j)
    return [[v for j, v in enumerate(values) if j not in replace] for values in lists]


def _branch_hooks(op: Operation) -> Any:
    op_def = op.op_def
    if op_def is None or BranchOpInterface not in op_def.traits_set:
        return None
    return op_def


def _can_append(block: Block) -> bool:
    for pred in block.predecessors:
        hooks = _branch_hooks(pred)
        if hooks is None or getattr(hooks, "append_successor_operands", None) is None:
            return False
    return True


def _update_predecessors(block: Block, values: list[Value]) -> None:
    use = block.first_pred
    while use is not None:
        op = use.owner
        op.op_def.append_successor_operands(op, use.index, values)
        use = use.next_use


def drop_redundant_arguments(rewriter: Any, regions: Iterable[Region]) -> bool:
    """Replace each block argument that every predecessor feeds the same value by that
    value, and remove it; True if any was."""
    worklist = list(regions)
    changed = False
    while worklist:
        region = worklist.pop()
        for block in region.blocks:
            changed = _drop_in_block(rewriter, block) or changed
            op = block.first_op
            while op is not None:
                worklist.extend(op.regions)
                op = op.next_op
    return changed


def _drop_in_block(rewriter: Any, block: Block) -> bool:
    preds = []
    use = block.first_pred
    while use is not None:
        hooks = _branch_hooks(use.owner)
        if hooks is None or getattr(hooks, "get_successor_operand_range", None) is None:
            return False
        preds.append((use.owner, use.index, hooks))
        use = use.next_use
    if not preds:
        return False
    dropped = []
    for i, arg in enumerate(block.args):
        common = None
        for op, index, hooks in preds:
            start, count = hooks.get_successor_operand_range(op, index)
            if i >= count:
                common = None
                break
            value = op.operand_slots[start + i].value
            if common is None:
                common = value
            elif value is not common:
                common = None
                break
        if common is not None and common is not arg:
            rewriter.replace_all_uses_with(arg, common)
            dropped.append(i)
    for i in reversed(dropped):
        block.erase_argument(i)
        for op, index, hooks in preds:
            hooks.erase_successor_operand(op, index, i)
    return bool(dropped)
