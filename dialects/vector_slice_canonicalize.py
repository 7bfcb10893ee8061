"""Folders and canonicalization patterns of vector.extract_strided_slice and
vector.insert_strided_slice, as MLIR's `--canonicalize` applies them.

- extract_strided_slice: to its own type -> the source; of a dense constant -> the
  constant slice; of an extract_strided_slice -> one slice (offsets added); of a chain
  of insert_strided_slice (same rank): skipping inserts disjoint from the slice, the
  first that contains it -> a slice of the inserted value (in place); of a broadcast
  -> a broadcast of the source (sliced first where the source dim is not stretched)
  (StridedSliceBroadcast); with unit leading sizes and full trailing sizes -> extract
  plus shape_cast (ContiguousExtractStridedSliceToExtract);
- insert_strided_slice: of a value of the dest's type -> the value; of a slice of the
  dest at the same offsets -> the dest; of a broadcast scalar into a broadcast of the
  same scalar -> the dest; of a constant into a constant -> the constant (at most 256
  elements unless the dest is used once).
"""

from __future__ import annotations

import itertools
from typing import Any

from pyir.builtin_types import VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.vector_canonicalize import INSERT_FOLD_LIMIT, _producer, _splat
from pyir.dialects.vector_slice_ops import i64_array, ints
from pyir.patterns import RewritePattern


def _unit_strides(op: Operation) -> bool:
    return all(s == 1 for s in ints(op.properties.get("strides")))


def _elements(attr: DenseIntOrFPElementsAttr) -> list[bytes] | None:
    """The storage of each element of a fixed-shape dense vector, row-major."""
    t = attr.type
    if not isinstance(t, VectorType) or any(t.scalable_dims):
        return None
    n = t.num_elements
    if attr.is_splat:
        return [attr.data] * n
    size = len(attr.data) // n if n else 0
    return [attr.data[i * size : (i + 1) * size] for i in range(n)]


def _row_major(shape: tuple) -> list[tuple]:
    return list(itertools.product(*(range(d) for d in shape)))


def _linear(position: tuple, shape: tuple) -> int:
    index = 0
    for p, size in zip(position, shape):
        index = index * size + p
    return index


# -- vector.extract_strided_slice ---------------------------------------------------------------
def fold_extract_strided_slice(view: Any, operands: tuple) -> Any:
    op = view.op
    source = op.operands[0]
    result_type = op.results[0].type
    if source.type == result_type:
        return source
    if not _unit_strides(op):
        return None
    attr = operands[0]
    if isinstance(attr, DenseIntOrFPElementsAttr):
        return _slice_constant(op, attr)
    if _fold_slice_of_slice(op) or _fold_slice_of_inserts(op):
        return op.results[0]
    return None


def _slice_constant(op: Operation, attr: DenseIntOrFPElementsAttr) -> Any:
    result_type = op.results[0].type
    if attr.is_splat:
        return _splat(result_type, attr.data)
    elements = _elements(attr)
    if elements is None:
        return None
    shape = attr.type.shape
    offsets = ints(op.properties.get("offsets"))
    offsets += [0] * (len(shape) - len(offsets))
    chunks = []
    for position in _row_major(result_type.shape):
        source_position = tuple(p + o for p, o in zip(position, offsets))
        chunks.append(elements[_linear(source_position, shape)])
    return _splat(result_type, b"".join(chunks))


def _fold_slice_of_slice(op: Operation) -> bool:
    """ess(ess(x, o1, s1), o2, s2) -> ess(x, o1 + o2, s2), in place."""
    inner = _producer(op.operands[0], "vector.extract_strided_slice")
    if inner is None or not _unit_strides(inner):
        return False
    inner_offsets = ints(inner.properties.get("offsets"))
    outer_offsets = ints(op.properties.get("offsets"))
    outer_sizes = ints(op.properties.get("sizes"))
    middle = op.operands[0].type.shape
    count = max(len(inner_offsets), len(outer_offsets))
    offsets, sizes = [], []
    for i in range(count):
        a = inner_offsets[i] if i < len(inner_offsets) else 0
        b = outer_offsets[i] if i < len(outer_offsets) else 0
        offsets.append(a + b)
        sizes.append(outer_sizes[i] if i < len(outer_sizes) else middle[i])
    op.set_operands([inner.operands[0]])
    op.set_property("offsets", i64_array(offsets))
    op.set_property("sizes", i64_array(sizes))
    op.set_property("strides", i64_array([1] * count))
    return True


def _fold_slice_of_inserts(op: Operation) -> bool:
    """Walk the insert_strided_slice chain producing the source (MLIR's
    foldExtractStridedOpFromInsertChain)."""
    offsets = ints(op.properties.get("offsets"))
    sizes = ints(op.properties.get("sizes"))
    rank = len(op.operands[0].type.shape)
    insert = _producer(op.operands[0], "vector.insert_strided_slice")
    while insert is not None:
        value_type = insert.operands[0].type
        if len(value_type.shape) != rank or not _unit_strides(insert):
            return False
        insert_offsets = ints(insert.properties.get("offsets"))
        if len(offsets) > len(insert_offsets):
            return False
        diffs, disjoint, partial = [], False, False
        for d, (offset, size) in enumerate(zip(offsets, sizes)):
            start = insert_offsets[d]
            end = start + value_type.shape[d]
            if start <= offset < end:
                partial = partial or offset + size > end
                diffs.append(offset - start)
                continue
            disjoint = True
            break
        if not disjoint and not partial:
            op.set_operands([insert.operands[0]])
            op.set_property("offsets", i64_array(diffs))
            return True
        if not disjoint:
            return False
        insert = _producer(insert.operands[1], "vector.insert_strided_slice")
    return False


class StridedSliceOfBroadcast(RewritePattern):
    """ess(broadcast(x)) -> broadcast(x), or broadcast(ess(x)) when a dim of x is
    sliced rather than stretched (StridedSliceBroadcast)."""

    root = "vector.extract_strided_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_ops import BroadcastOp
        from pyir.dialects.vector_slice_ops import ExtractStridedSliceOp

        bcast = _producer(op.operands[0], "vector.broadcast")
        if bcast is None:
            return False
        source = bcast.operands[0]
        src_type = source.type
        dst_type: VectorType = op.results[0].type
        src_shape = src_type.shape if isinstance(src_type, VectorType) else ()
        diff = len(dst_type.shape) - len(src_shape)
        needs_slice = any(
            size != 1 and size != dst_type.shape[i + diff] for i, size in enumerate(src_shape)
        )
        if needs_slice:
            offsets = ints(op.properties.get("offsets"))[diff:]
            sizes = ints(op.properties.get("sizes"))[diff:]
            for i, size in enumerate(src_shape[: len(offsets)]):
                if size == 1:
                    offsets[i], sizes[i] = 0, 1
            if any(src_type.scalable_dims):
                return False
            sliced = rewriter.insert(
                ExtractStridedSliceOp.build(source, offsets, sizes, location=op.location)
            )
            source = sliced.results[0]
        new = rewriter.create(BroadcastOp, [source], [dst_type], location=op.location)
        rewriter.replace_op(op, new)
        return True


class ContiguousSliceToExtract(RewritePattern):
    """ess with unit sizes on leading dims and full sizes on the rest -> extract of the
    leading offsets, then shape_cast (ContiguousExtractStridedSliceToExtract)."""

    root = "vector.extract_strided_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_ops import ExtractOp
        from pyir.dialects.vector_shape_ops import ShapeCastOp

        source = op.operands[0]
        src_type: VectorType = source.type
        if not _unit_strides(op) or any(src_type.scalable_dims) or not src_type.shape:
            return False
        sizes = ints(op.properties.get("sizes"))
        count = len(sizes)
        while count > 0 and sizes[count - 1] == src_type.shape[count - 1]:
            count -= 1
        if count == 0 or (count == len(src_type.shape) and len(sizes) == count):
            return False
        if any(s != 1 for s in sizes[:count]):
            return False
        while count < len(sizes) - 1 and sizes[count] == 1:
            count += 1
        offsets = ints(op.properties.get("offsets"))[:count]
        extract = rewriter.insert(ExtractOp.build(source, offsets, location=op.location))
        new = rewriter.create(
            ShapeCastOp, [extract.results[0]], [op.results[0].type], location=op.location
        )
        rewriter.replace_op(op, new)
        return True


# -- vector.insert_strided_slice ----------------------------------------------------------------
def fold_insert_strided_slice(view: Any, operands: tuple) -> Any:
    op = view.op
    if op.operands[0].type == op.operands[1].type:
        return op.operands[0]
    return None


class InsertSliceOfExtractedSlice(RewritePattern):
    """iss(ess(d, offsets), d, offsets) -> d (FoldInsertStridedSliceOfExtract)."""

    root = "vector.insert_strided_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        ess = _producer(op.operands[0], "vector.extract_strided_slice")
        if ess is None or ess.operands[0] is not op.operands[1] or not _unit_strides(ess):
            return False
        if not _unit_strides(op):
            return False
        if ints(ess.properties.get("offsets")) != ints(op.properties.get("offsets")):
            return False
        rewriter.replace_op(op, [op.operands[1]])
        return True


class InsertSplatIntoSameSplat(RewritePattern):
    """iss(broadcast(s), broadcast(s)) -> the dest (FoldInsertStridedSliceSplat)."""

    root = "vector.insert_strided_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        value = _producer(op.operands[0], "vector.broadcast")
        dest = _producer(op.operands[1], "vector.broadcast")
        if value is None or dest is None or value.operands[0] is not dest.operands[0]:
            return False
        if isinstance(value.operands[0].type, VectorType):
            return False
        rewriter.replace_op(op, [op.operands[1]])
        return True


class InsertSliceConstant(RewritePattern):
    """iss(constant, constant) -> the combined constant (InsertStridedSliceConstantFolder)."""

    root = "vector.insert_strided_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.folding import constant_value

        dest = op.operands[1]
        dest_attr = constant_value(dest)
        value_attr = constant_value(op.operands[0])
        if not isinstance(dest_attr, DenseIntOrFPElementsAttr):
            return False
        if not isinstance(value_attr, DenseIntOrFPElementsAttr) or not _unit_strides(op):
            return False
        dest_type: VectorType = dest.type
        single_use = dest.first_use is not None and dest.first_use.next_use is None
        if dest_type.num_elements > INSERT_FOLD_LIMIT and not single_use:
            return False
        dest_elements, value_elements = _elements(dest_attr), _elements(value_attr)
        if dest_elements is None or value_elements is None:
            return False
        if dest_attr.type.element_type != value_attr.type.element_type:
            return False
        offsets = ints(op.properties.get("offsets"))
        value_shape = value_attr.type.shape
        lead = len(dest_type.shape) - len(value_shape)
        for i, position in enumerate(_row_major(value_shape)):
            full = tuple(offsets[:lead]) + tuple(p + o for p, o in zip(position, offsets[lead:]))
            dest_elements[_linear(full, dest_type.shape)] = value_elements[i]
        folded = _splat(dest_type, b"".join(dest_elements))
        if folded is None:
            return False
        from pyir.dialects.arith_folding import materialize_constant

        constant = materialize_constant(rewriter, folded, dest_type, op.location)
        if constant is None:
            return False
        rewriter.replace_op(op, constant)
        return True
