"""The rewriter patterns change IR through, and the listeners that hear every change.

`PatternRewriter` is a Builder (create and insert ops at an insertion point) that also
replaces, erases and modifies ops and moves regions and blocks. Every change is reported
to its listener first (so a driver's worklist and debug output stay in step):

    notify_operation_inserted(op)      an op was inserted (created or moved)
    notify_block_inserted(block)       a block was created or moved into a region
    notify_operation_modified(op)      an op's operands, attributes or successors changed
    notify_operation_replaced(op, vs)  `op`'s results are about to be replaced by `vs`
    notify_operation_erased(op)        `op` (and all it contains) is about to be erased
    notify_block_erased(block)         `block` is about to be erased
    notify_match_failure(op, reason)   a pattern explains why it did not apply

`RewriterListener` implements them all as no-ops; `ListenerChain` fans out to several.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pyir.builder import Builder, InsertionPoint
from pyir.core import Block, IRError, Operation, Region, Value


class RewriterListener:
    """Receives the rewriter's notifications; every method defaults to doing nothing."""

    def notify_operation_inserted(self, op: Operation) -> None:
        pass

    def notify_block_inserted(self, block: Block) -> None:
        pass

    def notify_operation_modified(self, op: Operation) -> None:
        pass

    def notify_operation_replaced(self, op: Operation, new_values: Sequence[Value]) -> None:
        pass

    def notify_operation_erased(self, op: Operation) -> None:
        pass

    def notify_block_erased(self, block: Block) -> None:
        pass

    def notify_match_failure(self, op: Operation, reason: str) -> None:
        pass


class ListenerChain(RewriterListener):
    """Forwards each notification to `listeners`, in order."""

    def __init__(self, *listeners: Any) -> None:
        self.listeners = [x for x in listeners if x is not None]

    def notify_operation_inserted(self, op: Operation) -> None:
        for x in self.listeners:
            x.notify_operation_inserted(op)

    def notify_block_inserted(self, block: Block) -> None:
        for x in self.listeners:
            x.notify_block_inserted(block)

    def notify_operation_modified(self, op: Operation) -> None:
        for x in self.listeners:
            x.notify_operation_modified(op)

    def notify_operation_replaced(self, op: Operation, new_values: Sequence[Value]) -> None:
        for x in self.listeners:
            x.notify_operation_replaced(op, new_values)

    def notify_operation_erased(self, op: Operation) -> None:
        for x in self.listeners:
            x.notify_operation_erased(op)

    def notify_block_erased(self, block: Block) -> None:
        for x in self.listeners:
            x.notify_block_erased(block)

    def notify_match_failure(self, op: Operation, reason: str) -> None:
        for x in self.listeners:
            x.notify_match_failure(op, reason)


_SILENT = RewriterListener()


class PatternRewriter(Builder):
    """A Builder that also rewrites; see the module docstring for what it reports.

    Invariant: every change made through it has been reported to `listener` (a
    RewriterListener; a silent one when none is given) before the next call returns.
    """

    def __init__(
        self,
        insertion_point: InsertionPoint | None = None,
        location: Any = None,
        listener: Any = None,
        context: Any = None,
    ) -> None:
        super().__init__(insertion_point, location, listener or _SILENT, context)

    # -- replacing and erasing ---------------------------------------------------------------
    def replace_op(self, op: Operation, new: Operation | Sequence[Value]) -> None:
        """Replace every use of `op`'s results with `new` (values, or another op's
        results), then erase `op`."""
        values = list(new.results) if isinstance(new, Operation) else list(new)
        if len(values) != len(op.results):
            raise IRError(
                f"cannot replace '{op.name}': {len(values)} values for {len(op.results)} results"
            )
        self.listener.notify_operation_replaced(op, values)
        for old, value in zip(op.results, values):
            if value is not old:
                old.replace_all_uses_with(value)
        self.erase_op(op)

    def replace_all_uses_with(self, old: Value, new: Value) -> None:
        """Redirect every use of `old` to `new`, reporting each user as modified."""
        users = []
        use = old.first_use
        while use is not None:
            users.append(use.owner)
            use = use.next_use
        old.replace_all_uses_with(new)
        for user in users:
            self.listener.notify_operation_modified(user)

    def replace_uses_with_if(
        self, old: Value, new: Value, predicate: Callable[[Any], bool]
    ) -> None:
        """Redirect the uses (OpOperands) of `old` for which `predicate` holds."""
        use = old.first_use
        changed = []
        while use is not None:
            nxt = use.next_use
            if predicate(use):
                use.set(new)
                changed.append(use.owner)
            use = nxt
        for user in changed:
            self.listener.notify_operation_modified(user)

    def erase_op(self, op: Operation) -> None:
        """Erase `op` and everything nested in it; its results must have no uses left."""
        if op.has_uses():
            raise IRError(f"cannot erase '{op.name}': its results still have uses")
        listener = self.listener
        # Nested ops first (post-order), so a listener never sees a parent outlive a child.
        for region in op.regions:
            for block in region.blocks:
                for nested in block.ops_reversed():
                    for inner in nested.walk(post_order=True):
                        listener.notify_operation_erased(inner)
        listener.notify_operation_erased(op)
        op.erase()

    def erase_block(self, block: Block) -> None:
        """Erase `block` and its ops; nothing outside may use its values any more."""
        for op in list(block.ops_reversed()):
            for user in _users_outside(op, block):
                raise IRError(f"cannot erase a block: '{user.name}' still uses its values")
        self.listener.notify_block_erased(block)
        for op in list(block.ops_reversed()):
            op.drop_all_references()
        for op in list(block.ops_reversed()):
            for inner in op.walk(post_order=True):
                self.listener.notify_operation_erased(inner)
            op.detach()
        block.detach()

    # -- modifying in place ----------------------------------------------------------------
    def modify_op_in_place(self, op: Operation, change: Callable[[], Any] | None = None) -> Any:
        """Run `change()` (which edits `op` directly) and report `op` as modified."""
        result = change() if change is not None else None
        self.listener.notify_operation_modified(op)
        return result

    def set_operand(self, op: Operation, index: int, value: Value) -> None:
        op.set_operand(index, value)
        self.listener.notify_operation_modified(op)

    # -- moving regions and blocks ---------------------------------------------------------
    def inline_region_before(self, region: Region, dest: Region, before: Block | None) -> None:
        """Move all blocks of `region` into `dest`, before `before` (at the end if None)."""
        blocks = list(region.blocks)
        index = len(dest.blocks) if before is None else dest.blocks.index(before)
        for block in blocks:
            block.detach()
            dest.insert_block(index, block)
            index += 1
            self.listener.notify_block_inserted(block)
            for op in block.ops:
                self.listener.notify_operation_inserted(op)

    def inline_block_before(
        self, source: Block, dest: Block, before: Operation | None, args: Sequence[Value] = ()
    ) -> None:
        """Move `source`'s ops into `dest` before `before` (at the end if None), replacing
        `source`'s arguments with `args`; `source` must have no predecessors and is erased."""
        if len(args) != len(source.args):
            raise IRError(
                f"inlining a block of {len(source.args)} arguments with {len(args)} values"
            )
        if source.first_pred is not None:
            raise IRError("cannot inline a block that still has predecessors")
        for arg, value in zip(source.args, args):
            self.replace_all_uses_with(arg, value)
        ops = list(source.ops)
        for op in ops:
            op.detach()
            dest.insert_before(before, op)
            self.listener.notify_operation_inserted(op)
        if source.parent is not None:
            self.listener.notify_block_erased(source)
            source.detach()

    def merge_blocks(self, source: Block, dest: Block, args: Sequence[Value] = ()) -> None:
        """Append `source`'s ops to the end of `dest` (see inline_block_before)."""
        self.inline_block_before(source, dest, None, args)

    def split_block(self, block: Block, before: Operation | None) -> Block:
        """Move `before` and every op after it into a new block placed after `block`;
        the new block is returned (empty when `before` is None)."""
        new = Block()
        region = block.parent
        if region is None:
            raise IRError("cannot split a block that is not in a region")
        region.insert_block(region.blocks.index(block) + 1, new)
        self.listener.notify_block_inserted(new)
        op = before
        while op is not None:
            nxt = op.next_op
            op.detach()
            new.append(op)
            self.listener.notify_operation_inserted(op)
            op = nxt
        return new

    # -- telling why not -------------------------------------------------------------------
    def notify_match_failure(self, op: Operation, reason: str) -> bool:
        """Report why a pattern did not apply to `op`; returns False for `return ...`."""
        self.listener.notify_match_failure(op, reason)
        return False


def _users_outside(op: Operation, block: Block) -> list[Operation]:
    out = []
    for inner in op.walk(post_order=True):
        for result in inner.results:
            use = result.first_use
            while use is not None:
                user = use.owner
                if not _inside(user, block):
                    out.append(user)
                use = use.next_use
    return out


def _inside(op: Operation, block: Block) -> bool:
    b = op.parent
    while b is not None:
        if b is block:
            return True
        region = b.parent
        parent = region.parent if region is not None else None
        b = parent.parent if parent is not None else None
    return False
