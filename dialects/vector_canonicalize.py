"""Folders and canonicalization patterns of the vector value ops (broadcast, extract,
insert), as MLIR's `--canonicalize` applies them (reduction and contract: see
`vector_reduction_canonicalize`).

- broadcast: to its own type -> the source; of a constant scalar or splat -> a splat
  constant; of a broadcast -> one broadcast (BroadcastFolder);
- extract: with no position and the source's type -> the source; constant dynamic
  positions become static (in place); of a dense constant -> the element / sub-vector
  (any position of a splat); of an extract -> one extract (in place); through a chain of
  inserts: the inserted value at the same position, an extract from the inserted value
  when the insert position is a prefix, the insert's dest when disjoint; of a broadcast
  -> the broadcast source or an extract from it, or a smaller broadcast
  (ExtractOpFromBroadcast);
- insert: with no position and the dest's type -> the stored value; constant positions
  become static; a constant into a dense constant -> the constant (at most 256
  elements unless it is the only use).
- poison: broadcast, extract of a poison source -> poison; extract or insert at the -1
  position -> poison. Poison materializes as `ub.poison`, other constants as
  `arith.constant` (arith_poison's materializer), as in MLIR.

The rewrites through and into shape_cast, transpose, from_elements and the strided
slices are in `vector_shape_canonicalize`, `vector_extract_insert_canonicalize` and
`vector_slice_canonicalize`; `install` registers them all.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import FloatType, IndexType, IntegerType, VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.static_dynamic import DYNAMIC, dense_i64, static_values
from pyir.dialects.ub import POISON
from pyir.patterns import RewritePattern

POISON_INDEX = -1
#: MLIR does not build an inserted-into constant bigger than this, unless the insert is
#: the constant's only user.
INSERT_FOLD_LIMIT = 256


# -- constants -----------------------------------------------------------------------------------
def _element_size(attr: DenseIntOrFPElementsAttr) -> int:
    return len(attr.data) if attr.is_splat else len(attr.data) // attr.type.num_elements


def _scalar_from_bytes(element_type: Any, chunk: bytes) -> Any:
    if isinstance(element_type, FloatType):
        return FloatAttr.from_bits(int.from_bytes(chunk, "little"), element_type)
    if isinstance(element_type, (IntegerType, IndexType)):
        one = DenseIntOrFPElementsAttr.from_bytes(VectorType((1,), element_type), chunk)
        return IntegerAttr(one.values[0], element_type)
    return None


def _scalar_bytes(attr: Any, element_type: Any) -> bytes | None:
    """The dense storage of one scalar constant of `element_type`."""
    if getattr(attr, "type", None) != element_type:
        return None
    if isinstance(attr, FloatAttr):
        value: Any = attr
    elif isinstance(attr, IntegerAttr):
        value = attr.value
    else:
        return None
    try:
        return DenseIntOrFPElementsAttr(VectorType((1,), element_type), [value]).data
    except (ValueError, TypeError):
        return None


def _splat(vector_type: VectorType, chunk: bytes) -> Any:
    try:
        return DenseIntOrFPElementsAttr.from_bytes(vector_type, chunk)
    except (ValueError, TypeError):
        return None


def _linear(position: list, shape: tuple) -> int:
    """Row-major index of `position` padded with zeros to the rank of `shape`."""
    index = 0
    for i, size in enumerate(shape):
        index = index * size + (position[i] if i < len(position) else 0)
    return index


def _is_scalable(t: VectorType) -> bool:
    return any(t.scalable_dims)


# -- positions -----------------------------------------------------------------------------------
def _positions(op: Operation) -> list:
    return list(static_values(op.properties.get("static_position")))


def _dynamic_start(op: Operation) -> int:
    return 1 if op.name == "vector.extract" else 2


def _fold_constant_positions(op: Operation, operands: tuple, shape: tuple) -> bool:
    """Constant `index` operands of the position become static entries, in place (not an
    out-of-range one; -1 means poison)."""
    start = _dynamic_start(op)
    dynamic = list(op.operands[start:])
    if not dynamic:
        return False
    static = _positions(op)
    kept = []
    changed = False
    j = 0
    for i, entry in enumerate(static):
        if entry != DYNAMIC:
            continue
        attr = operands[start + j] if start + j < len(operands) else None
        value = dynamic[j]
        j += 1
        if isinstance(attr, IntegerAttr) and i < len(shape) and -1 <= attr.value < shape[i]:
            static[i] = attr.value
            changed = True
            continue
        kept.append(value)
    if changed:
        op.set_operands([*op.operands[:start], *kept])
        op.set_property("static_position", dense_i64(static))
    return changed


def _set_extract(op: Operation, source: Any, mixed: list) -> None:
    """Make `op` extract `mixed` (ints and index values) from `source`, in place."""
    static = [e if isinstance(e, int) else DYNAMIC for e in mixed]
    dynamic = [e for e in mixed if not isinstance(e, int)]
    op.set_operands([source, *dynamic])
    op.set_property("static_position", dense_i64(static))


def _mixed(op: Operation) -> list:
    dynamic = iter(op.operands[_dynamic_start(op) :])
    return [next(dynamic) if e == DYNAMIC else e for e in _positions(op)]


def _producer(value: Any, name: str) -> Operation | None:
    owner = getattr(value, "op", None)
    return owner if owner is not None and owner.name == name else None


# -- vector.broadcast ----------------------------------------------------------------------------
def fold_broadcast(view: Any, operands: tuple) -> Any:
    op = view.op
    source = op.operands[0]
    result_type = op.results[0].type
    if source.type == result_type:
        return source
    attr = operands[0]
    if attr is POISON:
        return POISON
    if attr is None or not isinstance(result_type, VectorType):
        return None
    if isinstance(attr, (IntegerAttr, FloatAttr)):
        chunk = _scalar_bytes(attr, result_type.element_type)
        return None if chunk is None else _splat(result_type, chunk)
    if isinstance(attr, DenseIntOrFPElementsAttr) and attr.is_splat:
        if attr.type.element_type != result_type.element_type:
            return None
        return _splat(result_type, attr.data)
    return None


class BroadcastOfBroadcast(RewritePattern):
    """broadcast(broadcast(x)) -> broadcast(x) (BroadcastFolder)."""

    root = "vector.broadcast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        inner = _producer(op.operands[0], "vector.broadcast")
        if inner is None:
            return False
        new = rewriter.create(
            op.op_def, [inner.operands[0]], [op.results[0].type], location=op.location
        )
        rewriter.replace_op(op, new)
        return True


# -- vector.extract ------------------------------------------------------------------------------
def _extract_from_dense(op: Operation, attr: Any, static: list) -> Any:
    if not isinstance(attr, DenseIntOrFPElementsAttr):
        return None
    result_type = op.results[0].type
    source_type = op.operands[0].type
    element = source_type.element_type
    if attr.is_splat:
        if isinstance(result_type, VectorType):
            return _splat(result_type, attr.data)
        return _scalar_from_bytes(element, attr.data)
    if _is_scalable(source_type) or DYNAMIC in static:
        return None
    size = _element_size(attr)
    start = _linear(static, source_type.shape)
    if isinstance(result_type, VectorType):
        count = result_type.num_elements
        return _splat(result_type, attr.data[start * size : (start + count) * size])
    return _scalar_from_bytes(element, attr.data[start * size : (start + 1) * size])


def _fold_extract_chain(op: Operation, static: list) -> bool:
    """extract(extract(x, p), q) -> extract(x, p + q), in place; static positions only."""
    inner = _producer(op.operands[0], "vector.extract")
    if inner is None or DYNAMIC in static:
        return False
    position = list(static)
    source = op.operands[0]
    while inner is not None:
        inner_static = _positions(inner)
        if DYNAMIC in inner_static:
            return False
        position = inner_static + position
        source = inner.operands[0]
        inner = _producer(source, "vector.extract")
    _set_extract(op, source, position)
    return True


def _fold_extract_from_inserts(op: Operation, static: list) -> Any:
    """Walk the chain of inserts producing the extract's source (MLIR's
    ExtractFromInsertTransposeChainState, without transposes)."""
    if DYNAMIC in static:
        return None
    rank = len(op.operands[0].type.shape)
    sentinels = [-(i + 1) for i in range(rank - len(static))]
    position = list(static) + sentinels
    extracted = len(static)
    value = op.operands[0]
    insert = _producer(value, "vector.insert")
    while insert is not None:
        inserted = _positions(insert)
        if POISON_INDEX in inserted:
            return None
        if DYNAMIC not in inserted:
            if inserted == position[:extracted]:
                return insert.operands[0]  # the same position: the stored value
            if inserted == position[: len(inserted)]:
                # The insert covers the extracted part: extract from the stored value.
                position = position[len(inserted) :]
                extracted = len(position) - len(sentinels)
                return _extract_in_place(op, insert.operands[0], position[:extracted])
        if _overlaps(inserted, position):
            return None
        value = insert.operands[1]
        insert = _producer(value, "vector.insert")
    return _extract_in_place(op, value, position[:extracted])


def _overlaps(inserted: list, position: list) -> bool:
    """True unless some entry known on both sides differs (MLIR's
    intersectsWhereNonNegative; a dynamic entry counts as unknown)."""
    for a, b in zip(inserted, position):
        if a < 0 or b < 0:
            continue
        if a != b:
            return False
    return True


def _extract_in_place(op: Operation, source: Any, position: list) -> Any:
    if source is op.operands[0]:
        return None
    _set_extract(op, source, position)
    return op.results[0]


def _fold_extract_from_broadcast(op: Operation) -> Any:
    """extract(broadcast(x)) -> x when the types match, else an extract from x at the
    trailing positions (a unit dim of x reads position 0)."""
    bcast = _producer(op.operands[0], "vector.broadcast")
    if bcast is None:
        return None
    source = bcast.operands[0]
    result_type = op.results[0].type
    if result_type == source.type:
        return source
    source_type = source.type
    if not isinstance(source_type, VectorType):
        return None  # a scalar source whose type is not the result's: nothing to extract
    source_rank = len(source_type.shape)
    result_rank = len(result_type.shape) if isinstance(result_type, VectorType) else 0
    if result_rank > source_rank:
        return None
    shape = source_type.shape
    if isinstance(result_type, VectorType):
        if result_type.shape != shape[len(shape) - result_rank :]:
            return None
    delta_overall = source_rank - result_rank
    delta_broadcast = len(op.operands[0].type.shape) - source_rank
    old = _mixed(op)
    if delta_overall + delta_broadcast > len(old):
        return None
    new = [
        0 if size == 1 else old[i + delta_broadcast] for i, size in enumerate(shape[:delta_overall])
    ]
    _set_extract(op, source, new)
    return op.results[0]


def fold_extract(view: Any, operands: tuple) -> Any:
    op = view.op
    source_type = op.operands[0].type
    if not isinstance(source_type, VectorType):
        return None
    if not _positions(op) and source_type == op.results[0].type:
        return op.operands[0]
    if operands[0] is POISON:
        return POISON
    in_place = _fold_constant_positions(op, operands, source_type.shape)
    static = _positions(op)
    if POISON_INDEX in static:
        return POISON
    folded = _extract_from_dense(op, operands[0], static)
    if folded is None and _fold_extract_chain(op, static):
        folded = op.results[0]
    if folded is None:
        folded = _fold_extract_from_inserts(op, static)
    if folded is None:
        folded = _fold_extract_through_producers(op)
    if folded is None and in_place:
        folded = op.results[0]
    return folded


def _fold_extract_through_producers(op: Operation) -> Any:
    """The folds through transpose, broadcast, shuffle, shape_cast,
    extract_strided_slice and from_elements (MLIR's order; see
    vector_extract_insert_canonicalize and vector_shuffle_canonicalize)."""
    from pyir.dialects import vector_extract_insert_canonicalize as through

    position = through._static(op)
    if position is not None:
        folded = through.fold_extract_from_transpose(op, position)
        if folded is not None:
            return folded
    folded = _fold_extract_from_broadcast(op)
    if folded is None:
        from pyir.dialects.vector_shuffle_canonicalize import fold_extract_from_shuffle

        folded = fold_extract_from_shuffle(op)
    if folded is None:
        folded = through.fold_extract_through(op)
    return folded


def _broadcastable(source_type: Any, result_type: VectorType) -> bool:
    from pyir.dialects.vector_ops import broadcast_error

    return broadcast_error(source_type, result_type) is None


class ExtractOfBroadcast(RewritePattern):
    """extract(broadcast(x)) -> broadcast(x) to the extracted vector type, when x
    broadcasts to it (ExtractOpFromBroadcast)."""

    root = "vector.extract"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_ops import BroadcastOp

        bcast = _producer(op.operands[0], "vector.broadcast")
        result_type = op.results[0].type
        if bcast is None or not isinstance(result_type, VectorType):
            return False
        source = bcast.operands[0]
        if not _broadcastable(source.type, result_type):
            return False
        new = rewriter.create(BroadcastOp, [source], [result_type], location=op.location)
        rewriter.replace_op(op, new)
        return True


# -- vector.insert -------------------------------------------------------------------------------
def fold_insert(view: Any, operands: tuple) -> Any:
    op = view.op
    dest_type = op.operands[1].type
    if not isinstance(dest_type, VectorType):
        return None
    if not _positions(op) and op.operands[0].type == op.results[0].type:
        return op.operands[0]
    in_place = _fold_constant_positions(op, operands, dest_type.shape)
    static = _positions(op)
    if POISON_INDEX in static:
        return POISON
    folded = _insert_into_dense(op, operands[0], operands[1], static)
    if folded is None and in_place:
        folded = op.results[0]
    return folded


def _insert_into_dense(op: Operation, value_attr: Any, dest_attr: Any, static: list) -> Any:
    dest_type: VectorType = op.operands[1].type
    if DYNAMIC in static or not isinstance(dest_attr, DenseIntOrFPElementsAttr):
        return None
    if value_attr is None or _is_scalable(dest_type):
        return None
    result = op.results[0]
    single_use = result.first_use is not None and result.first_use.next_use is None
    if dest_type.num_elements > INSERT_FOLD_LIMIT and not single_use:
        return None
    element = dest_type.element_type
    if isinstance(value_attr, DenseIntOrFPElementsAttr):
        if value_attr.type.element_type != element:
            return None
        chunk = value_attr.data * (1 if not value_attr.is_splat else value_attr.type.num_elements)
    else:
        chunk = _scalar_bytes(value_attr, element)
        if chunk is None:
            return None
    size = _element_size(dest_attr)
    data = dest_attr.data * (dest_type.num_elements if dest_attr.is_splat else 1)
    start = _linear(static, dest_type.shape) * size
    data = data[:start] + chunk + data[start + len(chunk) :]
    return _splat(dest_type, data)


def install(ops: dict, dialect: Any) -> None:
    """Give the vector value ops (by name) their folds and patterns; constants
    materialize as `arith.constant` and poison as `ub.poison`, as in MLIR."""
    from pyir.dialects import vector_elements_canonicalize as elements
    from pyir.dialects import vector_extract_insert_canonicalize as ei
    from pyir.dialects import vector_mask_canonicalize as masks
    from pyir.dialects import vector_reduction_canonicalize
    from pyir.dialects import vector_shape_canonicalize as shape
    from pyir.dialects import vector_shuffle_canonicalize as shuffles
    from pyir.dialects import vector_slice_canonicalize as slices
    from pyir.dialects.arith_poison import materialize_constant

    dialect.materialize_constant = materialize_constant
    ops["vector.broadcast"].fold = fold_broadcast
    ops["vector.broadcast"].canonicalization_patterns = (
        BroadcastOfBroadcast(),
        shape.BroadcastToShapeCast(),
        shape.BroadcastOfShapeCast(),
    )
    ops["vector.extract"].fold = fold_extract
    ops["vector.extract"].canonicalization_patterns = (
        ExtractOfBroadcast(),
        ei.ExtractFromElementsVector(),
        ei.ExtractToShapeCast(),
    )
    ops["vector.insert"].fold = fold_insert
    ops["vector.insert"].canonicalization_patterns = (
        ei.InsertToBroadcast(),
        elements.InsertSplatToSplat(),
        elements.InsertChainFullyInitialized(),
    )
    ops["vector.shape_cast"].fold = shape.fold_shape_cast
    ops["vector.shape_cast"].canonicalization_patterns = (
        shape.ShapeCastOfBroadcast(),
        shape.ShapeCastOfFromElements(),
    )
    ops["vector.transpose"].fold = shape.fold_transpose
    ops["vector.transpose"].canonicalization_patterns = (
        shape.TransposeOfShapeCast(),
        shape.TransposeOfTranspose(),
        shape.TransposeOfBroadcast(),
    )
    ops["vector.from_elements"].fold = shape.fold_from_elements
    ops["vector.from_elements"].canonicalization_patterns = (
        shape.FromElementsSplat(),
        shape.FromElementsOfExtracts(),
    )
    ops["vector.extract_strided_slice"].fold = slices.fold_extract_strided_slice
    ops["vector.extract_strided_slice"].canonicalization_patterns = (
        slices.StridedSliceOfBroadcast(),
        slices.ContiguousSliceToExtract(),
    )
    ops["vector.insert_strided_slice"].fold = slices.fold_insert_strided_slice
    ops["vector.insert_strided_slice"].canonicalization_patterns = (
        slices.InsertSliceOfExtractedSlice(),
        slices.InsertSplatIntoSameSplat(),
        slices.InsertSliceConstant(),
    )
    vector_reduction_canonicalize.install(ops)
    elements.install(ops)
    masks.install(ops)
    shuffles.install(ops)
