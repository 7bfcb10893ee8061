"""Folds and canonicalization patterns of `vector.mask`, as MLIR's `--canonicalize`
applies them.

- an all-true mask around a maskable op -> the op itself, moved before the mask op
  (MaskOp::fold; the mask's format is read as in `vector_masked_canonicalize.mask_format`);
  around an empty body -> the yielded values, the passthru unused;
- an empty body (just `vector.yield`) -> the yielded values; with a passthru, an
  `arith.select` of the mask between the yielded value and the passthru; with no
  results the op is erased (CanonializeEmptyMaskOp / ElideEmptyMaskOp).

Patterns of maskable ops that replace a masked op work on the whole `vector.mask`
(`masking_op` finds it): they insert before it and replace it, combining with the mask
where MLIR does (see vector_reduction_canonicalize and vector_masked_canonicalize).
"""

from __future__ import annotations

from typing import Any

from pyir.core import Operation
from pyir.dialects.vector_mask_region import maskable_op
from pyir.patterns import RewritePattern


def masking_op(op: Operation) -> Operation | None:
    """The `vector.mask` whose body holds `op` (MLIR's getMaskingOp), or None."""
    block = op.parent
    region = getattr(block, "parent", None)
    parent = getattr(region, "parent", None)
    if parent is not None and parent.name == "vector.mask":
        return parent
    return None


def _yield_of(mask_op: Operation) -> Operation | None:
    blocks = mask_op.regions[0].blocks
    if len(blocks) != 1:
        return None
    last = blocks[0].last_op
    return last if last is not None and last.name == "vector.yield" else None


class FoldAllTrueMask(RewritePattern):
    """vector.mask of an all-true mask { op } -> op, before the mask op; its results
    replace the mask op's (MaskOp::fold). An empty body gives its yielded values, the
    passthru (if any) unused (ElideAllTrueMask)."""

    root = "vector.mask"
    benefit = 2  # MLIR's fold runs before the patterns

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_masked_canonicalize import ALL_TRUE, mask_format

        inner = maskable_op(op)
        terminator = _yield_of(op)
        if terminator is None or mask_format(op.operands[0]) != ALL_TRUE:
            return False
        if inner is None:
            # An empty body under an all-true mask: the yielded values, passthru unused.
            if len(terminator.operands) != len(op.results):
                return False
            rewriter.replace_op(op, list(terminator.operands))
            return True
        if len(inner.results) != len(op.results):
            return False
        block = op.regions[0].blocks[0]
        rewriter.inline_block_before(block, op.parent, op)
        values = list(inner.results)
        rewriter.erase_op(terminator)
        rewriter.replace_op(op, values)
        return True


class ElideEmptyMask(RewritePattern):
    """vector.mask %m { vector.yield %v } -> %v; with a passthru %pt,
    arith.select %m, %v, %pt; with no results, erased (CanonializeEmptyMaskOp)."""

    root = "vector.mask"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        terminator = _yield_of(op)
        if terminator is None or terminator is not op.regions[0].blocks[0].first_op:
            return False
        values = list(terminator.operands)
        if len(values) != len(op.results):
            return False
        if not op.results:
            rewriter.erase_op(op)
            return True
        if len(op.operands) < 2:
            rewriter.replace_op(op, values)
            return True
        if len(values) != 1:
            return False
        from pyir.dialects.arith_syntax import SelectOp

        select = rewriter.create(
            SelectOp,
            [op.operands[0], values[0], op.operands[1]],
            [op.results[0].type],
            location=op.location,
        )
        rewriter.replace_op(op, select)
        return True


def install(ops: dict) -> None:
    """Give vector.mask its fold (as a pattern: it moves the masked op) and patterns."""
    ops["vector.mask"].canonicalization_patterns = (FoldAllTrueMask(), ElideEmptyMask())
