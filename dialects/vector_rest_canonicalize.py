"""Folds and canonicalization patterns of vector.step and vector.interleave, as MLIR's
`--canonicalize` applies them.

- interleave of the two results (in order) of one deinterleave -> the deinterleave's
  source (fold); swapped or mixed results stay;

- step compared with a constant splat (StepCompareFolder): `arith.cmpi p, step, c` where
  every lane compares the same way -> a splat `i1` constant. Only the step as the
  left-hand operand counts (arith.cmpi's own canonicalization moves constants to the
  right); only the unsigned orders and eq / ne fold: `ult` / `uge` when n <= c,
  `ule` / `ugt` when n - 1 <= c, `eq` / `ne` when n <= c, with n the (minimum) number of
  lanes and c read as a signed 64-bit integer, as MLIR does (a scalable step folds on
  its minimum lane count, like MLIR).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.folding import constant_value
from pyir.patterns import RewritePattern

# arith.cmpi predicate numbers.
_EQ, _NE, _ULT, _ULE, _UGT, _UGE = 0, 1, 6, 7, 8, 9


def _signed64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >> 63 else value


def _splat_int(value: Any) -> int | None:
    """The integer of a constant integer splat (MLIR's getConstantIntValue on a vector)."""
    attr = constant_value(value)
    if not isinstance(attr, DenseIntOrFPElementsAttr) or not attr.is_splat:
        return None
    try:
        element = attr.values[0]
    except (IndexError, TypeError, ValueError):
        return None
    if isinstance(element, bool) or not isinstance(element, int):
        return None
    return _signed64(element)


def _same_lanes(predicate: int, lanes: int, bound: int) -> bool | None:
    """The value every lane of `step <predicate> bound` takes, or None if they differ
    (or MLIR does not decide it)."""
    if predicate in (_ULT, _UGE) and lanes <= bound:
        return predicate == _ULT
    if predicate in (_ULE, _UGT) and lanes - 1 <= bound:
        return predicate == _ULE
    if predicate in (_EQ, _NE) and lanes <= bound:
        return predicate == _NE
    return None


class StepCompareFolder(RewritePattern):
    """`arith.cmpi p, vector.step, splat(c)` -> splat(true / false) when every lane
    compares alike; rooted at the step, it rewrites the first foldable cmpi user."""

    root = "vector.step"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        step_type = op.results[0].type
        if not isinstance(step_type, VectorType) or len(step_type.shape) != 1:
            return False
        lanes = step_type.shape[0]
        for use in list(op.results[0].uses()):
            cmp = use.owner
            if cmp.name != "arith.cmpi" or use.index != 0:
                continue
            bound = _splat_int(cmp.operands[1])
            predicate = getattr(cmp.properties.get("predicate"), "value", None)
            if bound is None or predicate is None:
                continue
            result = _same_lanes(predicate, lanes, bound)
            result_type = cmp.results[0].type
            if result is None or not isinstance(result_type, VectorType):
                continue
            try:
                attr = DenseIntOrFPElementsAttr(result_type, [result])
            except (ValueError, TypeError):
                continue
            from pyir.dialects.arith import ConstantOp

            rewriter.set_insertion_point_after(cmp)
            constant = rewriter.create(
                ConstantOp, [], [result_type], properties={"value": attr}, location=cmp.location
            )
            rewriter.replace_op(cmp, constant)
            return True
        return False


# -- vector.interleave ------------------------------------------------------------------------
def fold_interleave(view: Any, operands: tuple) -> Any:
    """interleave(deinterleave(x)#0, deinterleave(x)#1) -> x."""
    op = view.op
    lhs, rhs = op.operands[0], op.operands[1]
    source = getattr(lhs, "op", None)
    if source is None or source.name != "vector.deinterleave":
        return None
    if getattr(rhs, "op", None) is not source or len(source.results) != 2:
        return None
    if lhs is not source.results[0] or rhs is not source.results[1]:
        return None
    x = source.operands[0]
    return x if x.type == op.results[0].type else None


def install(ops: dict) -> None:
    """Give vector.step and vector.interleave their folds and patterns."""
    ops["vector.interleave"].fold = fold_interleave
    ops["vector.step"].canonicalization_patterns = (StepCompareFolder(),)
