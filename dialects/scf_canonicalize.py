"""Canonicalization patterns of the scf dialect (MLIR's RemoveStaticCondition,
SimplifyTrivialLoops and ForOpIterArgsFolder):

- `scf.if` on a constant condition becomes the ops of the region it takes;
- `scf.for` that runs zero times becomes its initial values, and one that runs once
  becomes its body with the lower bound for the induction variable;
- an `scf.for` iteration argument that is only forwarded (yielded unchanged, or yielded
  as its initial value, or used nowhere with an unused result) is removed.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.core import Operation
from pyir.folding import constant_value
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


class ForTrivialTripCount(RewritePattern):
    """scf.for that runs zero times -> its inits; once -> its body."""

    root = "scf.for"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lb, ub, step, *inits = op.operands
        if lb is ub:
            rewriter.replace_op(op, inits)
            return True
        lo, hi, st = _int(lb), _int(ub), _int(step)
        if lo is None or hi is None:
            return False
        t = lb.type
        if "unsignedCmp" in op.properties:
            width = 64 if not hasattr(t, "width") else t.width
            lo, hi = lo & ((1 << width) - 1), hi & ((1 << width) - 1)
        if lo >= hi:
            rewriter.replace_op(op, inits)
            return True
        if st is None or st <= 0 or hi - lo > st:
            return False
        body = op.regions[0].blocks[0]
        _inline_and_replace(rewriter, op, body, [lb, *inits])
        return True


class ForForwardedIterArgs(RewritePattern):
    """Drop scf.for iteration arguments that carry nothing from one iteration to the
    next; their results become the initial values."""

    root = "scf.for"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.scf_loops import ForOp

        lb, ub, step, *inits = op.operands
        body = op.regions[0].blocks[0]
        iter_args = body.args[1:]
        yield_op = body.last_op
        yielded = list(yield_op.operands)
        keep = []
        for init, arg, value, result in zip(inits, iter_args, yielded, op.results):
            forwarded = (
                value is arg
                or value is init
                or (arg.first_use is None and result.first_use is None)
            )
            keep.append(not forwarded)
        if all(keep):
            return False
        new = rewriter.create(
            ForOp,
            [lb, ub, step, *(v for v, k in zip(inits, keep) if k)],
            [r.type for r, k in zip(op.results, keep) if k],
            dict(op.properties),
            dict(op.attributes),
            regions=1,
            location=op.location,
        )
        # The old body moves over; dropped arguments become their initial values.
        kept_yield = [v for v, k in zip(yielded, keep) if k]
        new_block = new.regions[0].add_block(
            type(body)([lb.type, *(a.type for a, k in zip(iter_args, keep) if k)])
        )
        replacements = [new_block.args[0]]
        j = 1
        for init, k in zip(inits, keep):
            if k:
                replacements.append(new_block.args[j])
                j += 1
            else:
                replacements.append(init)
        rewriter.inline_block_before(body, new_block, None, replacements)
        rewriter.modify_op_in_place(yield_op, lambda: yield_op.set_operands(kept_yield))
        results = []
        j = 0
        for init, k in zip(inits, keep):
            if k:
                results.append(new.results[j])
                j += 1
            else:
                results.append(init)
        rewriter.replace_op(op, results)
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
    """A multi-block scf.execute_region directly in a function body -> its blocks, each
    scf.yield a cf.br to the rest of the enclosing block (MLIR's MultiBlockExecuteInliner)."""

    root = "scf.execute_region"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.builder import InsertionPoint
        from pyir.dialects.cf import BranchOp

        parent = op.parent_op()
        blocks = op.regions[0].blocks
        if parent is None or parent.name != "func.func" or len(blocks) < 2:
            return False
        if "no_inline" in op.properties:
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
            if all(y.operands[i] is value for y in yields) and not _defined_in(value, region):
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


def _defined_in(value: Any, region: Any) -> bool:
    """Whether `value` is defined in `region`, at any depth."""
    block = value.parent_block()
    return block is not None and region.is_ancestor_of(block.parent)


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
    from pyir.dialects import scf_if_canonicalize as ifs

    # MLIR's order (equal benefits apply in the order they were added).
    if_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        IfConditionPropagation,
        ifs.IfToSelect,
        ifs.IfRemoveEmptyElse,
        IfConstantCondition,
        ifs.IfRemoveUnusedResults,
        ifs.IfYieldsCondition,
    )
    switch_op.canonicalization_patterns = (IndexSwitchConstantCase,)  # type: ignore[attr-defined]
    execute_region_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        ExecuteRegionForwarded,
        ExecuteRegionSingleBlock,
        ExecuteRegionMultiBlock,
    )
    for_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        ForTrivialTripCount,
        ForForwardedIterArgs,
    )
