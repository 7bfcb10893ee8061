"""Canonicalization patterns of the region-once scf ops, and where each scf op's
patterns are installed (the loops' own patterns live in scf_for_canonicalize,
scf_while_canonicalize and scf_parallel_canonicalize; the region-branch ones shared by
for, while and index_switch in scf_region_branch):

- `scf.if` on a constant condition becomes the ops of the region it takes (more if
  patterns in scf_if_canonicalize);
- `scf.execute_region` is inlined where it can be, and loses forwarded results;
- `scf.index_switch` on a constant becomes the region it takes.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.core import Operation
from pyir.folding import constant_value
from pyir.loop_like import is_defined_outside
from pyir.patterns import RewritePattern


def _int(value: Any) -> int | None:
    attr = constant_value(value)
    return attr.value if isinstance(attr, IntegerAttr) else None


def _inline_and_replace(rewriter: Any, op: Operation, block: Any, args: list) -> None:
    """Move `block`'s ops before `op`, binding its arguments to `args`; `op`'s results
    become the operands of the block's terminator (a yield), which is erased."""
    terminator = block.last_op
    rewriter.inline_block_before(block, op.parent, op, args)
    values = list(terminator.operands)
    rewriter.erase_op(terminator)
    rewriter.replace_op(op, values)


class IfConstantCondition(RewritePattern):
    """scf.if %true {A} else {B} -> A"""

    root = "scf.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        condition = _int(op.operands[0])
        if condition is None:
            return False
        region = op.regions[0] if condition else op.regions[1]
        if not region.blocks:
            rewriter.erase_op(op)  # no else region and no results: nothing runs
            return True
        _inline_and_replace(rewriter, op, region.blocks[0], [])
        return True


class IfConditionPropagation(RewritePattern):
    """scf.if %c {.. %c ..} else {.. %c ..} -> true in the then region, false in the else
    region (MLIR's ConditionPropagation; not for a constant condition)."""

    root = "scf.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.builtin_attributes import bool_attr
        from pyir.dialects.arith import ConstantOp

        condition = op.operands[0]
        if constant_value(condition) is not None:
            return False
        constants: dict[bool, Any] = {}
        changed = False
        for use in list(condition.uses()):
            user = use.owner
            for value, region in ((True, op.regions[0]), (False, op.regions[1])):
                if not region.is_ancestor_of(user.parent_region()):
                    continue
                if value not in constants:
                    constants[value] = rewriter.create(
                        ConstantOp, [], [condition.type], {"value": bool_attr(value)}
                    ).results[0]
                rewriter.set_operand(user, use.index, constants[value])
                changed = True
        return changed


class ExecuteRegionSingleBlock(RewritePattern):
    """scf.execute_region { ops; scf.yield %v } -> ops, its results replaced by %v (MLIR's
    SingleBlockExecuteInliner); with `no_inline` only a body that is just the yield."""

    root = "scf.execute_region"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        blocks = op.regions[0].blocks
        if len(blocks) != 1:
            return False
        block = blocks[0]
        terminator = block.last_op
        if terminator is None or terminator.name != "scf.yield":
            return False
        if "no_inline" in op.properties and block.first_op is not terminator:
            return False
        _inline_and_replace(rewriter, op, block, [])
        return True


class ExecuteRegionMultiBlock(RewritePattern):
    """A multi-block scf.execute_region directly in a function body or in another
    scf.execute_region (both hold any number of blocks) -> its blocks, each scf.yield a
    cf.br to the rest of the enclosing block, whose new arguments stand for the results
    (MLIR's MultiBlockExecuteInliner). Not with no_inline."""

    root = "scf.execute_region"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.builder import InsertionPoint
        from pyir.dialects.cf import BranchOp

        parent = op.parent_op()
        blocks = op.regions[0].blocks
        if parent is None or parent.name not in ("func.func", "scf.execute_region"):
            return False
        if len(blocks) < 2 or "no_inline" in op.properties:
            return False
        before = op.parent
        after = rewriter.split_block(before, op)
        rewriter.insertion_point = InsertionPoint.at_block_end(before)
        rewriter.create(BranchOp, [], [], successors=[blocks[0]], location=op.location)
        for block in list(blocks):
            terminator = block.last_op
            if terminator is not None and terminator.name == "scf.yield":
                rewriter.insertion_point = InsertionPoint.before(terminator)
                rewriter.create(
                    BranchOp,
                    list(terminator.operands),
                    [],
                    successors=[after],
                    location=terminator.location,
                )
                rewriter.erase_op(terminator)
        rewriter.inline_region_before(op.regions[0], after.parent, after)
        args = [after.add_argument(r.type, op.location) for r in op.results]
        rewriter.replace_op(op, args)
        return True


class ExecuteRegionForwarded(RewritePattern):
    """A result of scf.execute_region that every scf.yield gives as the same value from
    outside the region is that value; the op loses the result (MLIR's
    ExecuteRegionForwardingEliminator)."""

    root = "scf.execute_region"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.core import Region

        region = op.regions[0]
        yields = [b.last_op for b in region.blocks]
        yields = [y for y in yields if y is not None and y.name == "scf.yield"]
        if not op.results or not yields:
            return False
        forwarded: dict[int, Any] = {}
        for i in range(len(op.results)):
            value = yields[0].operands[i]
            if all(y.operands[i] is value for y in yields) and is_defined_outside(op, value):
                forwarded[i] = value
        if not forwarded:
            return False
        keep = [i for i in range(len(op.results)) if i not in forwarded]
        for y in yields:
            rewriter.modify_op_in_place(
                y, lambda y=y: y.set_operands([y.operands[i] for i in keep])
            )
        new = rewriter.create(
            op.op_def,
            [],
            [op.results[i].type for i in keep],
            properties=dict(op.properties),
            regions=[Region()],
            location=op.location,
        )
        rewriter.inline_region_before(region, new.regions[0], None)
        new_results = iter(new.results)
        rewriter.replace_op(
            op,
            [forwarded[i] if i in forwarded else next(new_results) for i in range(len(op.results))],
        )
        return True


class IndexSwitchConstantCase(RewritePattern):
    """scf.index_switch on a constant (or with no cases) -> the region it takes, inlined
    (MLIR's FoldConstantCase)."""

    root = "scf.index_switch"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        cases = list(op.properties["cases"].values)
        region = op.regions[0]  # the default
        if cases:
            value = _int(op.operands[0])
            if value is None:
                return False
            if value in cases:
                region = op.regions[1 + cases.index(value)]
        block = region.blocks[0] if region.blocks else None
        if block is None or block.last_op is None or block.last_op.name != "scf.yield":
            return False
        _inline_and_replace(rewriter, op, block, [])
        return True


def install(if_op: type, for_op: type, execute_region_op: type, switch_op: type) -> None:
    from pyir.dialects import scf_for_canonicalize as fors
    from pyir.dialects import scf_if_canonicalize as ifs
    from pyir.dialects.scf_region_branch import region_branch_patterns

    # MLIR's order (equal benefits apply in the order they were added).
    if_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        IfConditionPropagation,
        ifs.IfToSelect,
        ifs.IfRemoveEmptyElse,
        IfConstantCondition,
        ifs.IfRemoveUnusedResults,
        ifs.IfYieldsCondition,
    )
    switch_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        IndexSwitchConstantCase,
        *region_branch_patterns("scf.index_switch"),
    )
    execute_region_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        ExecuteRegionForwarded,
        ExecuteRegionSingleBlock,
        ExecuteRegionMultiBlock,
    )
    for_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        fors.ForSimplifyTrivialLoops,
        fors.ForTensorCastFolder,
        *region_branch_patterns("scf.for"),
    )
