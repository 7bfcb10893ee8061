"""Folders and canonicalization patterns of vector.shape_cast, vector.transpose and
vector.from_elements, and the rewrites of broadcast / extract / insert that produce or
look through them, as MLIR's `--canonicalize` applies them.

- shape_cast: to its own type -> the source; of poison -> poison; of a dense
  constant -> the reshaped constant; of a shape_cast -> one shape_cast (or the first
  source); of a transpose moving only unit dims -> a shape_cast of its source; of a
  broadcast whose source has as many elements -> a shape_cast of that
  source; of a broadcast whose source broadcasts to the result -> that broadcast
  (ShapeCastBroadcastFolder); of a from_elements -> a from_elements of the new type;
- broadcast: of a vector with as many elements (no scalability change) -> shape_cast;
  of a shape_cast whose source broadcasts to the result -> broadcast of that source;
- transpose: of a splat constant -> the splat; of poison -> poison; keeping the
  shape and moving only unit dims (identity included) -> the source; of a transpose
  -> one transpose (TransposeFolder); of a broadcast that only permutes broadcast dims
  among themselves -> the broadcast (FoldTransposeBroadcast); moving only unit dims of
  a shape_cast -> one shape_cast (FoldTransposeShapeCast);
- from_elements: of constants -> a dense constant; of one repeated value -> broadcast;
  of in-order scalar extracts covering a trailing sub-vector of one source -> that
  source, an extract of it, plus a shape_cast when the shape differs;
- extract: of a from_elements -> the element (or a from_elements of the sub-range);
  of a shape_cast / transpose -> an extract from its source at the mapped position
  (in place); of an extract_strided_slice -> an extract of its source (in place); a
  vector extract with as many elements as its source -> shape_cast;
- insert: a value with as many elements as the dest -> broadcast (InsertToBroadcast).

The to_elements folds, the from_elements(to_elements) fold and the insert chains that
become from_elements are in `vector_elements_canonicalize`.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.static_dynamic import dense_i64, static_values
from pyir.dialects.ub import POISON
from pyir.dialects.vector_canonicalize import (
    _producer,
    _scalar_bytes,
    _splat,
)
from pyir.patterns import RewritePattern


def num_elements(t: VectorType) -> int:
    n = 1
    for d in t.shape:
        n *= d
    return n


def _scalable_count(t: Any) -> int:
    return sum(t.scalable_dims) if isinstance(t, VectorType) else 0


def same_elements(src: Any, dst: Any) -> bool:
    """Both are vectors that a valid shape_cast links: one element type, as many
    elements and as many scalable dims."""
    return (
        isinstance(src, VectorType)
        and isinstance(dst, VectorType)
        and src.element_type == dst.element_type
        and num_elements(src) == num_elements(dst)
        and _scalable_count(src) == _scalable_count(dst)
    )


def broadcastable(src: Any, dst: Any) -> bool:
    from pyir.dialects.vector_ops import broadcast_error

    if not isinstance(dst, VectorType):
        return False
    if (src.element_type if isinstance(src, VectorType) else src) != dst.element_type:
        return False
    return broadcast_error(src, dst) is None


def _ops() -> Any:
    from pyir.dialects import vector_ops, vector_shape_ops

    return vector_ops, vector_shape_ops


def _replace(
    rewriter: Any, op: Operation, cls: Any, operands: list, result_type: Any, **kw
) -> bool:
    new = rewriter.create(cls, operands, [result_type], location=op.location, **kw)
    rewriter.replace_op(op, new)
    return True


# -- vector.shape_cast -------------------------------------------------------------------------
def fold_shape_cast(view: Any, operands: tuple) -> Any:
    op = view.op
    source = op.operands[0]
    result_type = op.results[0].type
    if source.type == result_type:
        return source
    attr = operands[0]
    if attr is POISON:
        return POISON
    if isinstance(attr, DenseIntOrFPElementsAttr) and isinstance(result_type, VectorType):
        if attr.type.element_type == result_type.element_type and not any(
            result_type.scalable_dims
        ):
            return _splat(result_type, attr.data)
    inner = _producer(source, "vector.shape_cast")
    transpose = _producer(source, "vector.transpose")
    if transpose is not None:
        # A transpose that moves no element is a shape_cast itself.
        if not order_preserving(_permutation(transpose), transpose.operands[0].type):
            return None
        inner = transpose
    if inner is None:
        bcast = _producer(source, "vector.broadcast")
        if bcast is None or not same_elements(bcast.operands[0].type, result_type):
            return None
        inner = bcast
    x = inner.operands[0]
    if x.type == result_type:
        return x
    op.set_operands([x])
    return op.results[0]


class ShapeCastOfBroadcast(RewritePattern):
    """shape_cast(broadcast(x)) -> broadcast(x) to the result type, when x broadcasts to
    it (ShapeCastBroadcastFolder)."""

    root = "vector.shape_cast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        bcast = _producer(op.operands[0], "vector.broadcast")
        result_type = op.results[0].type
        if bcast is None or not broadcastable(bcast.operands[0].type, result_type):
            return False
        vector_ops, _ = _ops()
        return _replace(rewriter, op, vector_ops.BroadcastOp, [bcast.operands[0]], result_type)


class ShapeCastOfFromElements(RewritePattern):
    """shape_cast(from_elements(a, b, ...)) -> from_elements(a, b, ...) of the new type."""

    root = "vector.shape_cast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        producer = _producer(op.operands[0], "vector.from_elements")
        result_type = op.results[0].type
        if producer is None or any(result_type.scalable_dims):
            return False
        _, shape_ops = _ops()
        return _replace(
            rewriter, op, shape_ops.FromElementsOp, list(producer.operands), result_type
        )


# -- vector.broadcast --------------------------------------------------------------------------
class BroadcastToShapeCast(RewritePattern):
    """broadcast of a vector to a type with as many elements -> shape_cast (only unit
    dims are added)."""

    root = "vector.broadcast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        source = op.operands[0]
        result_type = op.results[0].type
        if source.type == result_type or not same_elements(source.type, result_type):
            return False
        _, shape_ops = _ops()
        return _replace(rewriter, op, shape_ops.ShapeCastOp, [source], result_type)


class BroadcastOfShapeCast(RewritePattern):
    """broadcast(shape_cast(x)) -> broadcast(x) when x broadcasts to the result."""

    root = "vector.broadcast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        cast = _producer(op.operands[0], "vector.shape_cast")
        result_type = op.results[0].type
        if cast is None or not broadcastable(cast.operands[0].type, result_type):
            return False
        vector_ops, _ = _ops()
        return _replace(rewriter, op, vector_ops.BroadcastOp, [cast.operands[0]], result_type)


# -- vector.transpose --------------------------------------------------------------------------
def _permutation(op: Operation) -> list[int]:
    return list(static_values(op.properties.get("permutation")))


def fold_transpose(view: Any, operands: tuple) -> Any:
    """Splat constant -> the splat; poison -> poison; a transpose that keeps the shape
    and moves only unit dims (identity included) -> the source."""
    op = view.op
    source = op.operands[0]
    attr = operands[0]
    result_type = op.results[0].type
    if isinstance(attr, DenseIntOrFPElementsAttr) and attr.is_splat:
        return _splat(result_type, attr.data)
    if attr is POISON:
        return POISON
    if source.type == result_type and order_preserving(_permutation(op), source.type):
        return source
    return None


def order_preserving(perm: list[int], source_type: Any) -> bool:
    """The permutation keeps the relative order of the dims that are not fixed unit dims
    (MLIR's isOrderPreserving): the transpose does not move any element."""
    if not isinstance(source_type, VectorType) or len(perm) != len(source_type.shape):
        return False
    current = 0
    for p in perm:
        if source_type.shape[p] == 1 and not source_type.scalable_dims[p]:
            continue
        if p < current:
            return False
        current = p
    return True


class TransposeOfTranspose(RewritePattern):
    """transpose(transpose(x, p), q) -> transpose(x, p o q) (TransposeFolder)."""

    root = "vector.transpose"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        inner = _producer(op.operands[0], "vector.transpose")
        if inner is None:
            return False
        outer_perm, inner_perm = _permutation(op), _permutation(inner)
        if len(outer_perm) != len(inner_perm):
            return False
        composed = [inner_perm[p] for p in outer_perm]
        _, shape_ops = _ops()
        return _replace(
            rewriter,
            op,
            shape_ops.TransposeOp,
            [inner.operands[0]],
            op.results[0].type,
            properties={"permutation": dense_i64(composed)},
        )


class TransposeOfShapeCast(RewritePattern):
    """transpose(shape_cast(x)) -> shape_cast(x) when the transpose moves only unit dims
    (FoldTransposeShapeCast)."""

    root = "vector.transpose"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        cast = _producer(op.operands[0], "vector.shape_cast")
        if cast is None or not order_preserving(_permutation(op), op.operands[0].type):
            return False
        _, shape_ops = _ops()
        return _replace(rewriter, op, shape_ops.ShapeCastOp, [cast.operands[0]], op.results[0].type)


def _permutes_only_broadcast_dims(perm: list[int], source: Any, rank: int) -> bool:
    """Split `perm` into the shortest contiguous blocks that it maps onto themselves; a
    block of more than one dim may only hold dims where the (leading-1-padded) source
    has size 1."""
    shape = source.shape if isinstance(source, VectorType) else ()
    padded = [1] * (rank - len(shape)) + list(shape)
    start, high = 0, -1
    for i, p in enumerate(perm):
        high = max(high, p)
        if high == i:
            if i > start and any(padded[d] != 1 for d in range(start, i + 1)):
                return False
            start = i + 1
    return True


class TransposeOfBroadcast(RewritePattern):
    """transpose(broadcast(x)) -> broadcast(x) to the transposed type, when the
    permutation only moves broadcast dims among themselves (FoldTransposeBroadcast)."""

    root = "vector.transpose"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        bcast = _producer(op.operands[0], "vector.broadcast")
        if bcast is None:
            return False
        source = bcast.operands[0]
        result_type = op.results[0].type
        perm = _permutation(op)
        if not _permutes_only_broadcast_dims(perm, source.type, len(perm)):
            return False
        if not broadcastable(source.type, result_type):
            return False
        vector_ops, _ = _ops()
        return _replace(rewriter, op, vector_ops.BroadcastOp, [source], result_type)


# -- vector.from_elements ----------------------------------------------------------------------
def fold_from_elements(view: Any, operands: tuple) -> Any:
    """All elements constant -> a dense constant; every result of one to_elements, in
    order -> its source (when the types match)."""
    from pyir.dialects.vector_elements_canonicalize import fold_from_elements_of_to_elements

    op = view.op
    result_type = op.results[0].type
    if not isinstance(result_type, VectorType) or not operands:
        return None
    chunks = []
    for attr in operands:
        chunk = None
        if isinstance(attr, (IntegerAttr, FloatAttr)):
            chunk = _scalar_bytes(attr, result_type.element_type)
        if chunk is None:
            return fold_from_elements_of_to_elements(op)
        chunks.append(chunk)
    return _splat(result_type, b"".join(chunks))


class FromElementsSplat(RewritePattern):
    """from_elements(a, a, ..., a) -> broadcast(a)."""

    root = "vector.from_elements"
    benefit = 2

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        elements = op.operands
        if not elements or any(e is not elements[0] for e in elements[1:]):
            return False
        vector_ops, _ = _ops()
        return _replace(rewriter, op, vector_ops.BroadcastOp, [elements[0]], op.results[0].type)


def _linear(position: list[int], shape: tuple) -> int:
    index = 0
    for p, size in zip(position, shape):
        index = index * size + p
    return index


class FromElementsOfExtracts(RewritePattern):
    """from_elements(extract x[p], extract x[p+1], ...) -> x, or the extract of x's
    sub-vector those elements make up, shape_cast to the result type if needed."""

    root = "vector.from_elements"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        source, position = _extract_source(op)
        if source is None:
            return False
        shape = source.type.shape
        n = num_elements(op.results[0].type)
        # k: the number of leading dims fixed by the slice; the trailing dims multiply to n.
        k, size = len(shape), 1
        while k > 0 and size < n:
            k -= 1
            size *= shape[k]
        if size != n or any(p != 0 for p in position[k:]):
            return False
        vector_ops, shape_ops = _ops()
        result_type = op.results[0].type
        value_type = vector_ops.extract_result_type(source.type, k) if k else source.type
        if value_type != result_type and not same_elements(value_type, result_type):
            return False
        value = source
        if k:
            extract = rewriter.create(
                vector_ops.ExtractOp,
                [source],
                [vector_ops.extract_result_type(source.type, k)],
                properties={"static_position": dense_i64(position[:k])},
                location=op.location,
            )
            value = extract.results[0]
        if value.type == result_type:
            rewriter.replace_op(op, [value])
            return True
        return _replace(rewriter, op, shape_ops.ShapeCastOp, [value], result_type)


def _extract_source(op: Operation) -> tuple[Any, list[int]]:
    """(x, the first element's position) when every operand is a full static scalar
    extract of one fixed-shape x, at consecutive row-major positions; else (None, [])."""
    source, first = None, 0
    position: list[int] = []
    for i, element in enumerate(op.operands):
        extract = _producer(element, "vector.extract")
        if extract is None or len(extract.operands) != 1:
            return None, []
        x = extract.operands[0]
        if source is None:
            source = x
            if not isinstance(x.type, VectorType) or any(x.type.scalable_dims):
                return None, []
        elif x is not source:
            return None, []
        static = list(static_values(extract.properties.get("static_position")))
        if len(static) != len(source.type.shape) or any(p < 0 for p in static):
            return None, []
        index = _linear(static, source.type.shape)
        if i == 0:
            first, position = index, static
        elif index != first + i:
            return None, []
    return source, position
