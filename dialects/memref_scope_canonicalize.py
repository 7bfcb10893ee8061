"""Folders and canonicalization patterns of the ops of `memref_scope_ops` (MLIR's
getCanonicalizationPatterns of AllocaScopeOp and ReallocOp, and PrefetchOp's fold):

- alloca_scope is inlined into its parent block when nothing in it may allocate on the
  stack, or when its parent is itself an allocation scope and it is the last op before
  the terminator (AllocaScopeInliner);
- stack allocations in an alloca_scope whose operands are defined outside are hoisted
  above the outermost enclosing op that is not an allocation scope, when each op on the
  way is the last one before its block's terminator (AllocaScopeHoister);
- a realloc whose result is only stored into and deallocated is erased with them
  (SimplifyDeadAlloc);
- prefetch reads through a memref.cast of a ranked memref (foldMemRefCast).

"May allocate on the stack" follows MLIR: `memref.alloca`, and any op whose memory
effects are unknown, unless it is RecursiveMemoryEffects; nested allocation scopes are not
looked into.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pyir.core import Operation, Region
from pyir.dialects.memref_canonicalize import SimplifyDeadAlloc, fold_memref_cast
from pyir.patterns import RewritePattern
from pyir.traits import (
    AutomaticAllocationScope,
    IsTerminator,
    MemoryEffects,
    NoMemoryEffect,
    Pure,
    RecursiveMemoryEffects,
)

#: Ops that allocate in the nearest automatic allocation scope (MLIR's
#: AutomaticAllocationScopeResource).
STACK_ALLOCATIONS = frozenset({"memref.alloca"})


def _nested_ops(op: Operation, skip_scopes: bool) -> Iterator[Operation]:
    """The ops nested in `op`'s regions, pre-order; with `skip_scopes`, without looking
    into ops that are allocation scopes themselves."""
    for region in op.regions:
        for block in region.blocks:
            for nested in block.ops:
                yield nested
                if skip_scopes and _is_scope(nested):
                    continue
                yield from _nested_ops(nested, skip_scopes)


def _is_scope(op: Operation | None) -> bool:
    return op is not None and op.has_trait(AutomaticAllocationScope)


def may_allocate_on_stack(op: Operation) -> bool:
    """MLIR's isOpItselfPotentialAutomaticAllocation."""
    op_def = op.op_def
    if op_def is None:
        return True
    traits = op_def.traits_set
    if RecursiveMemoryEffects in traits:
        return False
    if not (traits & {Pure, NoMemoryEffect, MemoryEffects}):
        return True  # no effects interface: anything goes
    return op.name in STACK_ALLOCATIONS


def last_before_terminator(op: Operation) -> bool:
    """`op` is followed only by its block's terminator, in a one-block region (MLIR's
    lastNonTerminatorInRegion)."""
    block = op.parent
    if block is None or block.parent is None or len(block.parent.blocks) != 1:
        return False
    after = op.next_op
    if after is None or after.next_op is not None:
        return False
    return after.op_def is None or after.has_trait(IsTerminator)


class AllocaScopeInliner(RewritePattern):
    """alloca_scope {ops; return %v} -> ops, its results replaced by %v; when it may
    allocate on the stack, only as the last op of a parent allocation scope."""

    root = "memref.alloca_scope"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if any(may_allocate_on_stack(n) for n in _nested_ops(op, skip_scopes=True)):
            if not _is_scope(op.parent_op()) or not last_before_terminator(op):
                return False
        region = op.regions[0]
        if len(region.blocks) != 1:
            return False
        block = region.blocks[0]
        terminator = block.last_op
        if terminator is None or terminator.name != "memref.alloca_scope.return":
            return False
        results = list(terminator.operands)
        rewriter.inline_block_before(block, op.parent, op)
        rewriter.replace_op(op, results)
        rewriter.erase_op(terminator)
        return True


def _region_of(value: Any) -> Region | None:
    block = value.parent_block()
    return block.parent if block is not None else None


class AllocaScopeHoister(RewritePattern):
    """Stack allocations in an alloca_scope nested in non-scope ops move above the
    outermost such op, when their operands are defined outside it and each op on the way
    is the last one before its terminator."""

    root = "memref.alloca_scope"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        target = self._hoist_point(op)
        if target is None:
            return False
        containing = [r for r in target.regions if r.is_ancestor_of(op.parent.parent)]
        if len(containing) != 1:
            return False
        inside = containing[0]
        to_hoist = []
        for nested in _post_order(op):
            if nested.name not in STACK_ALLOCATIONS:
                continue
            if any(_defined_in(v, inside) for v in nested.operands):
                continue
            to_hoist.append(nested)
        if not to_hoist:
            return False
        rewriter.set_insertion_point(target)
        for alloc in to_hoist:
            cloned = rewriter.clone(alloc)
            rewriter.replace_op(alloc, list(cloned.results))
        return True

    @staticmethod
    def _hoist_point(op: Operation) -> Operation | None:
        """The outermost op without the scope trait between `op` and its nearest scope."""
        parent = op.parent_op()
        if parent is None or _is_scope(parent):
            return None
        if not last_before_terminator(op) or not last_before_terminator(parent):
            return None
        while True:
            grand = parent.parent_op()
            if grand is None:
                return None  # no enclosing allocation scope at all
            if _is_scope(grand):
                return parent
            parent = grand
            if not last_before_terminator(parent):
                return None


def _defined_in(value: Any, region: Region) -> bool:
    owner = _region_of(value)
    return owner is not None and region.is_ancestor_of(owner)


def _post_order(op: Operation) -> Iterator[Operation]:
    for region in op.regions:
        for block in region.blocks:
            for nested in list(block.ops):
                yield from _post_order(nested)
                yield nested


class SimplifyDeadRealloc(SimplifyDeadAlloc):
    """A realloc whose only users store into it or deallocate it is erased with them."""

    root = "memref.realloc"


def fold_prefetch(view: Any, operands: tuple) -> Any:
    """prefetch(cast(%m)) -> prefetch(%m), in place."""
    return [] if fold_memref_cast(view.op) else None


FOLDERS = {"memref.prefetch": fold_prefetch}

PATTERNS: dict[str, tuple] = {
    "memref.alloca_scope": (AllocaScopeInliner, AllocaScopeHoister),
    "memref.realloc": (SimplifyDeadRealloc,),
}
