"""The vector.extract folds that look through shape_cast, transpose, from_elements and
extract_strided_slice, the extract patterns that produce shape_cast or from_elements,
and the insert of a whole vector that becomes a broadcast (see `vector_shape_canonicalize` for the list; the folds
that look through broadcast, insert and constants are in `vector_canonicalize`).

Every fold here needs a fully static position without poison (-1), as MLIR's do; the
in-place ones rewrite the extract to read from the producer's source.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import VectorType
from pyir.core import Operation
from pyir.dialects.static_dynamic import DYNAMIC, static_values
from pyir.dialects.vector_canonicalize import _producer, _set_extract
from pyir.dialects.vector_shape_canonicalize import num_elements
from pyir.patterns import RewritePattern


def _static(op: Operation) -> list[int] | None:
    """The extract's position when it is fully static and has no poison, else None."""
    position = list(static_values(op.properties.get("static_position")))
    if DYNAMIC in position or any(p < 0 for p in position):
        return None
    return position


def _result_rank(op: Operation) -> int:
    t = op.results[0].type
    return len(t.shape) if isinstance(t, VectorType) else 0


# -- extract folds ------------------------------------------------------------------------------
def fold_extract_from_transpose(op: Operation, position: list[int]) -> Any:
    """extract(transpose(x, p), pos) -> extract(x, pos permuted back) when p permutes
    the extracted dims among themselves and keeps the others in place."""
    transpose = _producer(op.operands[0], "vector.transpose")
    if transpose is None:
        return None
    perm = list(static_values(transpose.properties.get("permutation")))
    k = len(position)
    if sorted(perm[:k]) != list(range(k)) or perm[k:] != list(range(k, len(perm))):
        return None
    new = [0] * k
    for i in range(k):
        new[perm[i]] = position[i]
    _set_extract(op, transpose.operands[0], new)
    return op.results[0]


def fold_extract_from_shape_cast(op: Operation, position: list[int]) -> Any:
    """extract(shape_cast(x), pos) -> extract(x, pos'), when the extracted value's dims
    are x's trailing dims: the linear index of pos is re-split over x's leading dims
    (foldExtractFromShapeCast)."""
    cast = _producer(op.operands[0], "vector.shape_cast")
    if cast is None:
        return None
    source_type: VectorType = cast.operands[0].type
    cast_type: VectorType = op.operands[0].type
    rank = _result_rank(op)
    if rank > len(source_type.shape):
        return None
    if rank and source_type.shape[-rank:] != op.results[0].type.shape:
        return None
    # Scalable dims may only be among the extracted trailing ones.
    lead_source = len(source_type.shape) - rank
    lead_cast = len(cast_type.shape) - rank
    if any(source_type.scalable_dims[:lead_source]) or any(cast_type.scalable_dims[:lead_cast]):
        return None
    leading_cast = cast_type.shape[: len(cast_type.shape) - rank]
    linear = 0
    for p, size in zip(position, leading_cast):
        linear = linear * size + p
    leading_source = source_type.shape[: len(source_type.shape) - rank]
    new = []
    for size in reversed(leading_source):
        new.append(linear % size)
        linear //= size
    new.reverse()
    _set_extract(op, cast.operands[0], new)
    return op.results[0]


def fold_extract_from_strided_slice(op: Operation, position: list[int]) -> Any:
    """extract(extract_strided_slice(x), pos) -> extract(x, pos + offsets) when the
    extracted dims cover every sliced dim (foldExtractFromExtractStrided)."""
    from pyir.dialects.vector_slice_ops import ints

    ess = _producer(op.operands[0], "vector.extract_strided_slice")
    if ess is None:
        return None
    offsets = ints(ess.properties.get("offsets"))
    source_type = ess.operands[0].type
    sliced_type = op.operands[0].type
    # Trailing dims taken whole (offset 0, full size) need no offset.
    while offsets:
        d = len(offsets) - 1
        if offsets[-1] != 0 or sliced_type.shape[d] != source_type.shape[d]:
            break
        offsets.pop()
    if _result_rank(op) > len(source_type.shape) - len(offsets) or len(position) < len(offsets):
        return None
    new = [p + (offsets[i] if i < len(offsets) else 0) for i, p in enumerate(position)]
    _set_extract(op, ess.operands[0], new)
    return op.results[0]


def fold_extract_from_elements(op: Operation, position: list[int]) -> Any:
    """extract(from_elements(...), pos) -> the element at pos (scalar results)."""
    producer = _producer(op.operands[0], "vector.from_elements")
    if producer is None or isinstance(op.results[0].type, VectorType):
        return None
    shape = op.operands[0].type.shape
    index = 0
    for p, size in zip(position, shape):
        index = index * size + p
    if index >= len(producer.operands):
        return None
    return producer.operands[index]


def fold_extract_through(op: Operation) -> Any:
    """The folds of this module, in MLIR's order; None when none applies."""
    position = _static(op)
    if position is None:
        return None
    for fold in (
        fold_extract_from_shape_cast,
        fold_extract_from_strided_slice,
        fold_extract_from_elements,
    ):
        folded = fold(op, position)
        if folded is not None:
            return folded
    return None


# -- extract patterns ---------------------------------------------------------------------------
class ExtractFromElementsVector(RewritePattern):
    """extract(from_elements(...), pos) with a vector result -> from_elements of the
    elements of that sub-vector."""

    root = "vector.extract"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_shape_ops import FromElementsOp

        producer = _producer(op.operands[0], "vector.from_elements")
        result_type = op.results[0].type
        position = _static(op)
        if producer is None or position is None or not isinstance(result_type, VectorType):
            return False
        shape = op.operands[0].type.shape
        count = num_elements(result_type)
        start = 0
        for p, size in zip(position, shape):
            start = start * size + p
        start *= count
        elements = list(producer.operands[start : start + count])
        new = rewriter.create(FromElementsOp, elements, [result_type], location=op.location)
        rewriter.replace_op(op, new)
        return True


class ExtractToShapeCast(RewritePattern):
    """extract of a vector with as many elements as the source (only unit dims are
    dropped) -> shape_cast."""

    root = "vector.extract"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_shape_canonicalize import same_elements
        from pyir.dialects.vector_shape_ops import ShapeCastOp

        result_type = op.results[0].type
        if _static(op) is None or not same_elements(op.operands[0].type, result_type):
            return False
        if op.operands[0].type == result_type:
            return False
        new = rewriter.create(ShapeCastOp, [op.operands[0]], [result_type], location=op.location)
        rewriter.replace_op(op, new)
        return True


# -- insert patterns ----------------------------------------------------------------------------
class InsertToBroadcast(RewritePattern):
    """insert of a vector with as many elements as the dest -> broadcast of it."""

    root = "vector.insert"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_ops import BroadcastOp
        from pyir.dialects.vector_shape_canonicalize import broadcastable

        value = op.operands[0]
        dest_type = op.operands[1].type
        if not isinstance(value.type, VectorType) or not isinstance(dest_type, VectorType):
            return False
        if num_elements(value.type) != num_elements(dest_type):
            return False
        if not broadcastable(value.type, dest_type):
            return False
        new = rewriter.create(BroadcastOp, [value], [dest_type], location=op.location)
        rewriter.replace_op(op, new)
        return True
