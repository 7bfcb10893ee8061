"""Folds of affine.delinearize_index and affine.linearize_index (MLIR's `fold` methods).

- both: basis operands that are constants move into `static_basis`, in place
  (foldCstValueToCstAttrBasis);
- delinearize_index: a single result is the linear index itself; a constant linear index
  over a fully static basis folds to the constant multi-index;
- linearize_index: no indices -> 0; a single index is itself; constant indices over a
  fully static basis fold to the constant linear index.

Folds bail out on anything unexpected (vector-typed indices, non-integer constants, a
constant basis entry a delinearize_index may not have), where MLIR would misbehave.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType
from pyir.core import Operation
from pyir.dialects.affine_index_ops import has_outer_bound, mixed_basis, multi_index
from pyir.dialects.static_dynamic import DYNAMIC, dense_i64, static_values
from pyir.folding import constant_value
from pyir.opdef import segment_sizes

__all__ = ["const_int", "fold_delinearize", "fold_linearize", "wrap64"]


def wrap64(value: int) -> int:
    """`value` wrapped to a signed 64-bit int (MLIR's int64_t arithmetic)."""
    return ((value + 2**63) % 2**64) - 2**63


def const_int(entry: Any) -> int | None:
    """The integer an int or constant Value stands for (getConstantIntValue), else None."""
    if entry is None:
        return None
    if isinstance(entry, int):
        return entry
    attr = constant_value(entry)
    return attr.value if isinstance(attr, IntegerAttr) else None


def _fold_constant_basis(op: Operation, attrs: tuple, start: int, positive: bool) -> bool:
    """Move constant dynamic basis operands (operands `start`... with constants `attrs`)
    into `static_basis`, in place. False when there is none (or one is unusable)."""
    if all(a is None for a in attrs):
        return False
    if any(a is not None and not isinstance(a, IntegerAttr) for a in attrs):
        return False
    static = [v if isinstance(v, int) else const_int(v) for v in mixed_basis(op)]
    static = [DYNAMIC if v is None else v for v in static]
    if positive and any(v <= 0 and v != DYNAMIC for v in static):
        return False  # MLIR would make the op invalid.
    operands = list(op.operands)
    dynamic = operands[start : start + len(attrs)]
    kept = [v for v, a in zip(dynamic, attrs) if a is None]
    op.set_operands(operands[:start] + kept + operands[start + len(attrs) :])
    op.set_property("static_basis", dense_i64(static))
    if "operandSegmentSizes" in op.properties:
        op.set_property("operandSegmentSizes", segment_sizes((start, len(kept))))
    return True


def fold_delinearize(view: Any, operands: tuple) -> Any:
    """MLIR's AffineDelinearizeIndexOp::fold."""
    op = view.op
    if _fold_constant_basis(op, tuple(operands[1:]), 1, positive=True):
        return list(op.results)
    if len(op.results) == 1:
        return [op.operands[0]]
    linear = operands[0]
    if not isinstance(linear, IntegerAttr) or len(op.operands) > 1:
        return None
    static = static_values(op.properties.get("static_basis"))
    if has_outer_bound(op):
        static = static[1:]
    if any(m <= 0 for m in static):
        return None
    high, out = linear.value, []
    for modulus in reversed(static):
        out.append(IntegerAttr(high % modulus, linear.type))
        high //= modulus
    out.append(IntegerAttr(high, linear.type))
    return out[::-1]


def fold_linearize(view: Any, operands: tuple) -> Any:
    """MLIR's AffineLinearizeIndexOp::fold."""
    op = view.op
    indices = multi_index(op)
    n = len(indices)
    if _fold_constant_basis(op, tuple(operands[n:]), n, positive=False):
        return op.results[0]
    result_type = op.results[0].type
    if not indices:
        return IntegerAttr(0, result_type) if isinstance(result_type, IndexType) else None
    if n == 1:
        return indices[0]
    attrs = operands[:n]
    if any(not isinstance(a, IntegerAttr) for a in attrs) or len(op.operands) > n:
        return None
    static = static_values(op.properties.get("static_basis"))
    total, stride = 0, 1
    for length, attr in zip(reversed(static), reversed(attrs)):
        total = wrap64(total + attr.value * stride)
        stride = wrap64(stride * length)
    if not has_outer_bound(op):
        total = wrap64(total + attrs[0].value * stride)
    return IntegerAttr(total, result_type)
