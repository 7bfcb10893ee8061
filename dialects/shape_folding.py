"""Folders shared by the tensor and memref dialects: `dim` of a static dimension is a
constant, and a `cast` to the type it already has is its operand. Constants are
`arith.constant`s (both dialects materialize through arith, as in MLIR)."""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType


def fold_dim(view: Any, operands: tuple) -> Any:
    index = operands[1]
    if not isinstance(index, IntegerAttr):
        return None
    shape = getattr(view.op.operands[0].type, "shape", None)
    if shape is None or not 0 <= index.value < len(shape):
        return None  # unranked, or an out-of-range index (undefined, left alone)
    size = shape[index.value]
    if size is None or size < 0:
        return None  # a dynamic dimension
    return IntegerAttr(size, IndexType())


def fold_cast(view: Any, operands: tuple) -> Any:
    source = view.op.operands[0]
    return source if source.type == view.op.results[0].type else None


def install(dim_op: type, cast_op: type, dialect: Any) -> None:
    """Give `dim_op` and `cast_op` their folders and `dialect` arith's materializer."""
    from pyir.dialects.arith_folding import materialize_constant

    dim_op.fold = fold_dim  # type: ignore[attr-defined]
    cast_op.fold = fold_cast  # type: ignore[attr-defined]
    dialect.materialize_constant = materialize_constant
