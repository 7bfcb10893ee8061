"""`sccp`: sparse conditional constant propagation (MLIR's SCCP pass).

The analysis (pyir.dataflow) finds the values that are constants, following only the
branches and calls that can run. The rewrite then visits the blocks of the op's regions
(each region's blocks in order, the regions of an op right after the op's block, as
MLIR's worklist does) and, for every op result and then every block argument holding a
constant, materializes that constant through its dialect's `materialize_constant` and
redirects the value's uses to it. An op whose results were all replaced and that would
be trivially dead is erased; others keep their place (their regions are visited next).

Constants are uniqued per (dialect, value, type) in the nearest enclosing region isolated
from above and placed at the very start of its entry block, with an unknown location
(MLIR's OperationFolder). Nothing else changes: branches on constants and unreachable
blocks stay for canonicalize to simplify.
"""

from __future__ import annotations

from typing import Any

from pyir.builder import InsertionPoint
from pyir.core import Block, Operation, Region, Value
from pyir.dataflow import Constant, ConstantPropagation
from pyir.location import UnknownLoc
from pyir.passes import Pass
from pyir.rewriter import PatternRewriter
from pyir.side_effects import would_be_trivially_dead
from pyir.traits import IsolatedFromAbove

__all__ = ["SCCPPass", "sccp"]


def insertion_region(block: Block) -> Region | None:
    """Where constants for `block` go (MLIR's OperationFolder): the nearest enclosing
    region whose op might be isolated from above (unregistered ops might) or is at the
    top (in no block)."""
    region = block.parent
    while region is not None:
        parent = region.parent
        if parent is None or parent.parent is None:
            return region
        if parent.op_def is None or parent.has_trait(IsolatedFromAbove):
            return region
        region = parent.parent.parent
    return None


class _Constants:
    """Materialized constants, one per (insertion region, dialect, value, type)."""

    def __init__(self, rewriter: PatternRewriter) -> None:
        self.rewriter = rewriter
        self.known: dict[tuple, Operation] = {}

    def get_or_create(self, block: Block, dialect: Any, value: Any, type: Any) -> Value | None:
        region = insertion_region(block)
        if region is None or not region.blocks or dialect is None:
            return None
        key = (id(region), dialect.name, value, type)
        found = self.known.get(key)
        if found is not None:
            return found.results[0]
        materialize = getattr(dialect, "materialize_constant", None)
        if materialize is None:
            return None
        rewriter = self.rewriter
        rewriter.insertion_point = InsertionPoint.at_block_begin(region.blocks[0])
        op = materialize(rewriter, value, type, UnknownLoc())
        if op is None:
            return None
        self.known[key] = op
        made_by = getattr(op.op_def, "dialect", None)
        if made_by is not None and made_by is not dialect:
            # Materialized in another dialect: share it with that dialect's constants.
            other = (id(region), made_by.name, value, type)
            existing = self.known.get(other)
            if existing is not None:
                rewriter.erase_op(op)
                self.known[key] = existing
                return existing.results[0]
            self.known[other] = op
        return op.results[0]


def sccp(root: Operation) -> bool:
    """Run the analysis on `root` and rewrite its regions; True if the IR changed."""
    solver = ConstantPropagation(root)
    solver.run()
    return _rewrite(solver, list(root.regions))


def _rewrite(solver: ConstantPropagation, regions: list[Region]) -> bool:
    rewriter = PatternRewriter()
    constants = _Constants(rewriter)
    changed = False

    def replace(value: Value, block: Block) -> bool:
        state = solver.lattice(value)
        if not isinstance(state, Constant):
            return False
        new = constants.get_or_create(block, state.dialect, state.value, value.type)
        if new is None:
            return False
        value.replace_all_uses_with(new)
        return True

    worklist: list[Block] = []

    def add(regions: list[Region]) -> None:
        for region in regions:
            worklist.extend(reversed(region.blocks))

    add(regions)
    while worklist:
        block = worklist.pop()
        for op in list(block.ops):
            replaced_all = bool(op.results)
            for result in op.results:
                if replace(result, block):
                    changed = True
                else:
                    replaced_all = False
            if replaced_all and would_be_trivially_dead(op):
                rewriter.erase_op(op)
                continue
            add(list(op.regions))
        for arg in block.args:
            changed |= replace(arg, block)
    return changed


class SCCPPass(Pass):
    """Replaces values proven constant by constants, following only live control flow."""

    name = "sccp"
    summary = "Sparse Conditional Constant Propagation"
    description = (
        "Propagates constants through the ops, branches and calls that can run, "
        "replacing constant values by materialized constants and erasing ops left dead."
    )
    display_name = "SCCP"
    anchor = None

    def run_on_operation(self, op: Operation) -> None:
        if not sccp(op):
            self.mark_all_preserved()
