"""Folders and canonicalization patterns around `vector.to_elements`, as MLIR's
`--canonicalize` applies them.

- to_elements: of a from_elements -> its elements; of a broadcast of a scalar -> that
  scalar for every element (folds); of a broadcast of a vector -> a to_elements of
  that vector, each element taken where the broadcast reads it (ToElementsOfBroadcast);
- from_elements: of every result of one to_elements, in order, with the type of that
  to_elements' source -> the source (fold; other shapes or orders are left alone);
- insert: a chain of static inserts (scalars or vectors) that together write every
  element of the dest -> from_elements of the values, a vector value read through a
  to_elements (InsertChainFullyInitialized; later inserts win);
- insert of a broadcast scalar into a broadcast of the same scalar -> that broadcast
  (InsertSplatToSplat).

Constants and poison are not folded through to_elements, as in MLIR.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import VectorType
from pyir.core import Operation
from pyir.dialects.static_dynamic import static_values
from pyir.dialects.vector_canonicalize import _producer
from pyir.dialects.vector_shape_canonicalize import num_elements
from pyir.patterns import RewritePattern


# -- vector.to_elements ---------------------------------------------------------------------------
def fold_to_elements(view: Any, operands: tuple) -> Any:
    """to_elements(from_elements(e...)) -> e...; to_elements(broadcast(scalar)) -> the
    scalar for every result."""
    op = view.op
    source = op.operands[0]
    producer = _producer(source, "vector.from_elements")
    if producer is not None:
        if len(producer.operands) != len(op.results):
            return None
        return list(producer.operands)
    bcast = _producer(source, "vector.broadcast")
    if bcast is None or isinstance(bcast.operands[0].type, VectorType):
        return None  # a vector source: ToElementsOfBroadcast
    return [bcast.operands[0]] * len(op.results)


def _strides(shape: tuple) -> list[int]:
    strides = [1] * len(shape)
    for i in range(len(shape) - 2, -1, -1):
        strides[i] = strides[i + 1] * shape[i + 1]
    return strides


def broadcast_source_index(linear: int, dst_shape: tuple, src_shape: tuple) -> int:
    """The row-major index of the source element a broadcast copies to `linear` of its
    result: leading result dims are dropped, a unit source dim always reads 0."""
    dst_index = []
    for stride in _strides(dst_shape):
        dst_index.append(linear // stride)
        linear %= stride
    lead = len(dst_shape) - len(src_shape)
    index = 0
    for k, size in enumerate(src_shape):
        index = index * size + (0 if size == 1 else dst_index[lead + k])
    return index


class ToElementsOfBroadcast(RewritePattern):
    """to_elements(broadcast(v)) with a vector v -> to_elements(v), each result
    replaced by the element of v the broadcast copies there."""

    root = "vector.to_elements"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_shape_ops import ToElementsOp

        bcast = _producer(op.operands[0], "vector.broadcast")
        if bcast is None:
            return False
        source = bcast.operands[0]
        src_type, dst_type = source.type, op.operands[0].type
        if not isinstance(src_type, VectorType) or not isinstance(dst_type, VectorType):
            return False
        count = num_elements(dst_type)
        if count != len(op.results):
            return False
        elements = rewriter.create(
            ToElementsOp,
            [source],
            [src_type.element_type] * num_elements(src_type),
            location=op.location,
        )
        values = [
            elements.results[broadcast_source_index(i, dst_type.shape, src_type.shape)]
            for i in range(count)
        ]
        rewriter.replace_op(op, values)
        return True


# -- vector.from_elements -------------------------------------------------------------------------
def fold_from_elements_of_to_elements(op: Operation) -> Any:
    """from_elements(to_elements(v)) -> v: every result of one to_elements, in order,
    and v has the from_elements' type."""
    elements = op.operands
    if not elements:
        return None
    producer = _producer(elements[0], "vector.to_elements")
    if producer is None or len(producer.results) != len(elements):
        return None
    if any(e is not r for e, r in zip(elements, producer.results)):
        return None
    source = producer.operands[0]
    return source if source.type == op.results[0].type else None


# -- vector.insert --------------------------------------------------------------------------------
def _scalar_splat_source(value: Any) -> Any:
    """x when `value` is a broadcast of the scalar x, else None."""
    bcast = _producer(value, "vector.broadcast")
    if bcast is None or isinstance(bcast.operands[0].type, VectorType):
        return None
    return bcast.operands[0]


class InsertSplatToSplat(RewritePattern):
    """insert(broadcast(x), broadcast(x)) -> broadcast(x) of the dest type, x a scalar."""

    root = "vector.insert"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_ops import BroadcastOp

        splat = _scalar_splat_source(op.operands[0])
        if splat is None or _scalar_splat_source(op.operands[1]) is not splat:
            return False
        new = rewriter.create(BroadcastOp, [splat], [op.results[0].type], location=op.location)
        rewriter.replace_op(op, new)
        return True


class InsertChainFullyInitialized(RewritePattern):
    """The last insert of a chain of static inserts (each earlier one used only by the
    next) that together write every element -> from_elements of the values, later
    inserts winning; a vector value is read through a to_elements."""

    root = "vector.insert"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        dest_type = op.operands[1].type
        if not isinstance(dest_type, VectorType) or any(dest_type.scalable_dims):
            return False
        for use in _uses(op.results[0]):
            if use.owner.name == "vector.insert" and use.index == 1:
                return False  # not the last insert of its chain
        chain = _insert_chain(op)
        pending = _covering_inserts(chain, dest_type) if chain is not None else None
        if pending is None:
            return False
        from pyir.dialects.vector_shape_ops import FromElementsOp, ToElementsOp

        elements: list[Any] = [None] * num_elements(dest_type)
        # The earliest insert first, so that later ones overwrite it.
        for start, value in reversed(pending):
            if not isinstance(value.type, VectorType):
                elements[start] = value
                continue
            count = num_elements(value.type)
            parts = rewriter.create(
                ToElementsOp, [value], [value.type.element_type] * count, location=op.location
            )
            elements[start : start + count] = parts.results
        new = rewriter.create(FromElementsOp, elements, [dest_type], location=op.location)
        rewriter.replace_op(op, new)
        return True


def _covering_inserts(chain: list[Operation], dest_type: VectorType) -> list | None:
    """(linear start, value) of the inserts of `chain` (last first) up to the one that
    completes the dest; None when they never do, or one has a poison position."""
    total = num_elements(dest_type)
    written = [False] * total
    count = 0
    pending = []
    for insert in chain:
        position = list(static_values(insert.properties.get("static_position")))
        if any(p < 0 for p in position):
            return None
        value = insert.operands[0]
        size = num_elements(value.type) if isinstance(value.type, VectorType) else 1
        start = 0
        for i, dim in enumerate(dest_type.shape):
            start = start * dim + (position[i] if i < len(position) else 0)
        if start + size > total:
            return None
        for index in range(start, start + size):
            if not written[index]:
                written[index] = True
                count += 1
        pending.append((start, value))
        if count == total:
            return pending
    return None


def _uses(value: Any) -> list:
    out = []
    use = value.first_use
    while use is not None:
        out.append(use)
        use = use.next_use
    return out


def _insert_chain(op: Operation) -> list[Operation] | None:
    """The inserts from `op` back through its dests; None when one has a dynamic
    position or an earlier one has more than one use."""
    chain = []
    current: Operation | None = op
    while current is not None:
        if len(current.operands) != 2:
            return None  # a dynamic position
        chain.append(current)
        current = _producer(current.operands[1], "vector.insert")
        if current is not None and len(_uses(current.results[0])) != 1:
            return None
    return chain


def install(ops: dict) -> None:
    """Give to_elements its fold and pattern."""
    ops["vector.to_elements"].fold = fold_to_elements
    ops["vector.to_elements"].canonicalization_patterns = (ToElementsOfBroadcast(),)
