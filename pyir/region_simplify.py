"""Region simplification: the control-flow clean-up the canonicalizer runs between rounds of
patterns (MLIR's simplifyRegions).

`simplify_regions(rewriter, regions)` does, in this order, over `regions` and every region
nested in them:

1. unreachable blocks: every block of a multi-block region that the entry block cannot
   reach through successors is erased (its values' uses are dropped first, so dead blocks
   that use each other go together);
2. dead code: a liveness fixed point over ops and block arguments. An op is live when it
   would not be trivially dead, or when a live op uses one of its results; a terminator is
   always live; a non-entry block argument is live when a live op uses it, a use as a
   successor operand counting only when the argument it feeds is live (each successor
   operand is an operand of a separate phi). Dead ops are erased, the successor operands
   feeding dead arguments dropped, and the dead arguments of non-entry blocks erased.

With `aggressive` (MLIR's region-simplify=aggressive), then:

3. identical blocks are merged and block arguments every predecessor feeds alike are
   dropped (pyir.block_merging).

A branch lets its successor operands be dropped by defining, besides BranchOpInterface's
hooks, `get_successor_operand_range(op, index) -> (start, count)` (where successor
#index's operands sit among the op's operands) and
`erase_successor_operand(op, index, arg_index)`; a branch without them keeps all the
arguments of its successors alive. The rewriter hears every erased op and block;
operand and argument removal change ops in place without notification (the greedy driver
refills its worklist after each simplification anyway).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pyir.call_interfaces import BranchOpInterface
from pyir.core import Block, Operation, OpResult, Region, Value
from pyir.dominance import block_successors
from pyir.side_effects import would_be_trivially_dead
from pyir.traits import IsTerminator

__all__ = ["erase_unreachable_blocks", "run_region_dce", "simplify_regions"]


def simplify_regions(rewriter: Any, regions: Iterable[Region], aggressive: bool = False) -> bool:
    """Erase unreachable blocks, then dead ops and block arguments (then, if `aggressive`,
    merge identical blocks and drop redundant arguments); True if IR changed."""
    regions = list(regions)
    erased_blocks = erase_unreachable_blocks(rewriter, regions)
    if not _needs_region_dce(regions):
        # Only single-block SSA regions: the dead ops region DCE would find are exactly
        # the trivially dead ones, which the greedy driver has erased already.
        return erased_blocks
    erased_code = run_region_dce(rewriter, regions)
    if not aggressive:
        return erased_blocks or erased_code
    from pyir.block_merging import drop_redundant_arguments, merge_identical_blocks

    merged = merge_identical_blocks(rewriter, regions)
    dropped = drop_redundant_arguments(rewriter, regions)
    return erased_blocks or erased_code or merged or dropped


def _needs_region_dce(regions: list[Region]) -> bool:
    """Whether some region below has several blocks, or may be a graph region (whose
    dead cycles only region DCE finds)."""
    from pyir.traits import RegionKindGraph

    worklist = list(regions)
    while worklist:
        region = worklist.pop()
        blocks = region.blocks
        if len(blocks) > 1:
            return True
        parent = region.parent
        if parent is not None and (parent.op_def is None or parent.has_trait(RegionKindGraph)):
            if parent.parent is not None:  # the top op's own kind does not matter here
                return True
        for block in blocks:
            op = block.first_op
            while op is not None:
                if op.regions:
                    worklist.extend(op.regions)
                op = op.next_op
    return False


# -- unreachable blocks --------------------------------------------------------------------------
def erase_unreachable_blocks(rewriter: Any, regions: Iterable[Region]) -> bool:
    """Erase the blocks no path from their region's entry reaches; True if any was."""
    erased = False
    worklist = list(regions)
    while worklist:
        region = worklist.pop()
        blocks = region.blocks
        if not blocks:
            continue
        if len(blocks) == 1:
            _push_nested(blocks[0], worklist)
            continue
        reachable = _reachable(blocks[0])
        for block in list(blocks):
            if block not in reachable:
                _drop_defined_value_uses(block)
                rewriter.erase_block(block)
                erased = True
                continue
            _push_nested(block, worklist)
    return erased


def _push_nested(block: Block, worklist: list) -> None:
    op = block.first_op
    while op is not None:
        if op.regions:
            worklist.extend(op.regions)
        op = op.next_op


def _reachable(entry: Block) -> set:
    seen = {entry}
    stack = [entry]
    while stack:
        for succ in block_successors(stack.pop()):
            if succ not in seen:
                seen.add(succ)
                stack.append(succ)
    return seen


def _drop_defined_value_uses(block: Block) -> None:
    """Detach every use of the values defined in `block` (its arguments, its ops' results
    and those of nested ops), wherever the users are."""
    for arg in block.args:
        _drop_uses(arg)
    for op in block.ops:
        for inner in op.walk(post_order=True):
            for result in inner.results:
                _drop_uses(result)


def _drop_uses(value: Value) -> None:
    use = value.first_use
    while use is not None:
        nxt = use.next_use
        use.drop()
        use = nxt


# -- dead code -----------------------------------------------------------------------------------
class _LiveMap:
    """What has been proved live: ops and block arguments (an op result is live exactly
    when its op is); `changed` says the last sweep grew it."""

    __slots__ = ("live", "changed")

    def __init__(self) -> None:
        self.live: set = set()
        self.changed = False

    def mark(self, item: Any) -> None:
        if isinstance(item, OpResult):
            item = item.op
        if item not in self.live:
            self.live.add(item)
            self.changed = True

    def __contains__(self, item: Any) -> bool:
        if isinstance(item, OpResult):
            item = item.op
        return item in self.live


def run_region_dce(rewriter: Any, regions: Iterable[Region]) -> bool:
    """Erase dead ops and dead non-entry block arguments (see the module docstring); True
    if an op was erased."""
    regions = list(regions)
    live = _LiveMap()
    while True:
        live.changed = False
        for region in regions:
            _propagate_region(region, live)
        if not live.changed:
            break
    return _delete_dead(rewriter, regions, live)


def post_order(entry: Block) -> list[Block]:
    """The blocks reachable from `entry` in DFS post-order, successors visited in order
    (LLVM's post_order over a region's CFG)."""
    seen = {entry}
    out: list[Block] = []
    stack = [(entry, block_successors(entry), 0)]
    while stack:
        block, succs, i = stack[-1]
        if i < len(succs):
            stack[-1] = (block, succs, i + 1)
            succ = succs[i]
            if succ not in seen:
                seen.add(succ)
                stack.append((succ, block_successors(succ), 0))
            continue
        stack.pop()
        out.append(block)
    return out


def _propagate_region(region: Region, live: _LiveMap) -> None:
    if not region.blocks:
        return
    entry = region.blocks[0]
    for block in post_order(entry):
        # Ops from last to first, then the arguments: uses are seen before definitions.
        for op in block.ops_reversed():
            _propagate_op(op, live)
        if block is entry:
            continue  # entry arguments belong to the parent op's contract: never removed
        for arg in block.args:
            if arg not in live:
                _process_value(arg, live)


def _propagate_op(op: Operation, live: _LiveMap) -> None:
    for region in op.regions:
        _propagate_region(region, live)
    op_def = op.op_def
    if op_def is not None and IsTerminator in op_def.traits_set:
        _propagate_terminator(op, live)
        return
    if op in live:
        return
    if not would_be_trivially_dead(op):
        live.mark(op)
        return
    for result in op.results:
        _process_value(result, live)


def _propagate_terminator(op: Operation, live: _LiveMap) -> None:
    live.mark(op)
    if _successor_ranges(op) is not None:
        # A branch that knows its operands: an argument it passes a value to is live only
        # if that argument's own uses say so.
        return
    for slot in op.successor_slots:
        if slot.block is not None:
            for arg in slot.block.args:
                live.mark(arg)


def _process_value(value: Value, live: _LiveMap) -> None:
    use = value.first_use
    while use is not None:
        owner = use.owner
        if not _use_known_dead(use, live) and owner in live:
            live.mark(value)
            return
        use = use.next_use


def _use_known_dead(use: Any, live: _LiveMap) -> bool:
    """A successor operand is dead when the block argument it feeds is."""
    owner = use.owner
    op_def = owner.op_def
    if op_def is None or IsTerminator not in op_def.traits_set:
        return False
    arg = _successor_argument(owner, use.index)
    return arg is not None and arg not in live


def _successor_ranges(op: Operation) -> list[tuple[int, int]] | None:
    """(start, count) of each successor's operands, or None when the op does not say."""
    op_def = op.op_def
    if op_def is None or BranchOpInterface not in op_def.traits_set:
        return None
    hook = getattr(op_def, "get_successor_operand_range", None)
    if hook is None:
        return None
    return [hook(op, i) for i in range(len(op.successor_slots))]


def _successor_argument(op: Operation, operand_index: int) -> Any:
    ranges = _successor_ranges(op)
    if ranges is None:
        return None
    for index, (start, count) in enumerate(ranges):
        if start <= operand_index < start + count:
            block = op.successor_slots[index].block
            return block.args[operand_index - start] if block is not None else None
    return None


def _delete_dead(rewriter: Any, regions: Iterable[Region], live: _LiveMap) -> bool:
    erased = False
    for region in regions:
        blocks = region.blocks
        if not blocks:
            continue
        single = len(blocks) == 1
        for block in post_order(blocks[0]):
            if not single and block.last_op is not None:
                _erase_dead_successor_operands(block.last_op, live)
            op = block.last_op
            while op is not None:
                prev = op.prev_op
                if op not in live:
                    erased = True
                    for result in op.results:
                        _drop_uses(result)
                    rewriter.erase_op(op)
                elif op.regions:
                    erased |= _delete_dead(rewriter, op.regions, live)
                op = prev
        # Entry arguments stay: the parent op decides what they mean.
        for block in blocks[1:]:
            for i in range(len(block.args) - 1, -1, -1):
                if block.args[i] not in live:
                    _drop_uses(block.args[i])
                    block.erase_argument(i)
    return erased


def _erase_dead_successor_operands(op: Operation, live: _LiveMap) -> None:
    ranges = _successor_ranges(op)
    if ranges is None:
        return
    erase = op.op_def.erase_successor_operand
    # Last successor first and last operand first, so earlier indices stay valid.
    for index in range(len(ranges) - 1, -1, -1):
        block = op.successor_slots[index].block
        _, count = ranges[index]
        for i in range(count - 1, -1, -1):
            if block.args[i] not in live:
                erase(op, index, i)
