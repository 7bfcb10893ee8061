"""Canonicalization patterns of `scf.parallel` (MLIR's
ParallelOpSingleOrZeroIterationDimsFolder and MergeNestedParallelLoops):

- a loop with a dimension that runs zero times becomes its init values; dimensions that
  run once are dropped, their induction variables replaced by the lower bound; with no
  dimension left, the body is inlined and each reduction applied once to its init value;
- a loop whose body is only another `scf.parallel` (bounds independent of the outer
  induction variables, no reductions in either) becomes one loop over both index spaces.

A loop without results and with nothing in its body is erased by the driver as dead.
"""

from __future__ import annotations

from typing import Any

from pyir.core import Operation, Region
from pyir.dialects.scf_for_canonicalize import constant_trip_count
from pyir.patterns import RewritePattern


def _segments(op: Operation) -> tuple[list, list, list, list] | None:
    """lower bounds, upper bounds, steps, inits of an scf.parallel."""
    sizes = op.properties.get("operandSegmentSizes")
    values = getattr(sizes, "values", None)
    if values is None or len(values) != 4 or sum(values) != len(op.operands):
        return None
    out, start = [], 0
    for n in values:
        out.append(list(op.operands[start : start + n]))
        start += n
    return out[0], out[1], out[2], out[3]


def _new_parallel(rewriter: Any, op: Operation, lbs: list, ubs: list, steps: list) -> Operation:
    from pyir.dialects.scf_loops import i32_array

    inits = op.operands[len(op.operands) - len(op.results) :] if op.results else []
    properties = dict(op.properties)
    properties["operandSegmentSizes"] = i32_array([len(lbs), len(ubs), len(steps), len(inits)])
    return rewriter.create(
        op.op_def,
        [*lbs, *ubs, *steps, *inits],
        [r.type for r in op.results],
        properties,
        dict(op.attributes),
        regions=[Region()],
        location=op.location,
    )


class ParallelSingleOrZeroIterationDims(RewritePattern):
    """scf.parallel dimensions running once are dropped (the induction variable is the
    lower bound); a dimension running zero times makes the loop its inits."""

    root = "scf.parallel"
    name = "ParallelOpSingleOrZeroIterationDimsFolder"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        parts = _segments(op)
        blocks = op.regions[0].blocks
        if parts is None or len(blocks) != 1:
            return False
        lbs, ubs, steps, inits = parts
        body = blocks[0]
        if len(body.args) != len(lbs):
            return False
        kept: list[int] = []
        once: list[int] = []
        for i, (lb, ub, step) in enumerate(zip(lbs, ubs, steps)):
            trips = constant_trip_count(lb, ub, step)
            if trips == 0:
                rewriter.replace_op(op, inits)
                return True
            (once if trips == 1 else kept).append(i)
        if not once:
            return False
        for i in once:
            rewriter.replace_all_uses_with(body.args[i], lbs[i])
        if not kept:
            return _inline_single_iteration(rewriter, op, lbs, inits)
        new = _new_parallel(
            rewriter, op, [lbs[i] for i in kept], [ubs[i] for i in kept], [steps[i] for i in kept]
        )
        rewriter.modify_op_in_place(
            op, lambda: [body.erase_argument(i) for i in sorted(once, reverse=True)]
        )
        rewriter.inline_region_before(op.regions[0], new.regions[0], None)
        rewriter.replace_op(op, new)
        return True


def _inline_single_iteration(rewriter: Any, op: Operation, lbs: list, inits: list) -> bool:
    """The body runs once: its ops move before `op`, then each reduction is applied to
    its init value and the body's contribution."""
    body = op.regions[0].blocks[0]
    reduce = body.last_op
    if reduce is None or reduce.name != "scf.reduce" or len(reduce.regions) != len(inits):
        return False
    for region in reduce.regions:
        block = region.blocks[0] if region.blocks else None
        last = block.last_op if block is not None else None
        if last is None or last.name != "scf.reduce.return" or len(block.args) != 2:
            return False
    rewriter.inline_block_before(body, op.parent, op, lbs)
    contributions = list(reduce.operands)  # read after the arguments are replaced
    results = []
    for init, value, region in zip(inits, contributions, reduce.regions):
        block = region.blocks[0]
        ret = block.last_op
        rewriter.inline_block_before(block, op.parent, op, [init, value])
        results.append(ret.operands[0])
        rewriter.erase_op(ret)
    rewriter.erase_op(reduce)
    rewriter.replace_op(op, results)
    return True


class ParallelMergeNested(RewritePattern):
    """scf.parallel (i) { scf.parallel (j) {body} } -> scf.parallel (i, j) {body}, when the
    inner bounds do not use the outer induction variables and neither loop reduces."""

    root = "scf.parallel"
    name = "MergeNestedParallelLoops"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        parts = _segments(op)
        blocks = op.regions[0].blocks
        if parts is None or len(blocks) != 1 or parts[3]:
            return False
        outer = blocks[0]
        inner = outer.first_op
        if inner is None or inner.name != "scf.parallel" or inner.next_op is not outer.last_op:
            return False
        inner_parts = _segments(inner)
        if inner_parts is None or inner_parts[3] or len(inner.regions[0].blocks) != 1:
            return False
        outer_ivs = set(outer.args)
        if any(v in outer_ivs for group in inner_parts[:3] for v in group):
            return False
        lbs, ubs, steps, _ = parts
        new = _new_parallel(
            rewriter,
            op,
            lbs + inner_parts[0],
            ubs + inner_parts[1],
            steps + inner_parts[2],
        )
        inner_body = inner.regions[0].blocks[0]
        types = [a.type for a in outer.args] + [a.type for a in inner_body.args]
        block = rewriter.create_block(new.regions[0], types)
        n = len(outer.args)
        for old, arg in zip(outer.args, block.args[:n]):
            rewriter.replace_all_uses_with(old, arg)
        rewriter.inline_block_before(inner_body, block, None, list(block.args[n:]))
        rewriter.erase_op(op)  # with the emptied inner loop
        return True
