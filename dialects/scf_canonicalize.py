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


def install(if_op: type, for_op: type) -> None:
    if_op.canonicalization_patterns = (IfConstantCondition,)  # type: ignore[attr-defined]
    for_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        ForTrivialTripCount,
        ForForwardedIterArgs,
    )
