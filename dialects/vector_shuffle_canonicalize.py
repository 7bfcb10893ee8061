"""Folders and canonicalization patterns of vector.bitcast and vector.shuffle, as MLIR's
`--canonicalize` applies them.

- bitcast: to its own type -> the source; of a bitcast -> one bitcast, or the first
  source when the types round-trip; of a splat constant: f16 -> f32 (the 16-bit pattern
  twice) and integer -> wider integer (the narrow pattern repeated). Other constants,
  and poison, are left alone, as in MLIR;
- shuffle: picking v1 (or v2) whole and in order -> it; of poison and poison -> poison;
  of 1-D constants (poison entries, or a poison operand, read the first element of the
  other constant) -> a constant; 0-d operands with a one-entry mask -> broadcast of the
  picked operand; of two broadcasts of one scalar -> broadcast (ShuffleSplat); the mask
  [0, n, 1, n+1, ...] on two equal 1-D operands -> vector.interleave (ShuffleInterleave);
  an operand the mask never reads -> ub.poison;
- extract of a scalar from a 1-D shuffle -> extract from the operand it came from (in
  place; a poison entry reads position -1, poison).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import F16, F32, IntegerType, VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.static_dynamic import DYNAMIC, static_values
from pyir.dialects.ub import POISON, PoisonAttr
from pyir.dialects.vector_canonicalize import _producer, _set_extract, _splat
from pyir.patterns import RewritePattern

POISON_INDEX = -1


# -- vector.bitcast -------------------------------------------------------------------------------
def fold_bitcast(view: Any, operands: tuple) -> Any:
    op = view.op
    source = op.operands[0]
    result_type = op.results[0].type
    if source.type == result_type:
        return source
    inner = _producer(source, "vector.bitcast")
    if inner is not None:
        if inner.operands[0].type == result_type:
            return inner.operands[0]
        op.set_operands([inner.operands[0]])
        return op.results[0]
    attr = operands[0]
    if not isinstance(attr, DenseIntOrFPElementsAttr) or not attr.is_splat:
        return None
    src_element = source.type.element_type
    dst_element = result_type.element_type
    if src_element == F16 and dst_element == F32:
        bits = int.from_bytes(attr.data[:2], "little")
        return _splat(result_type, ((bits << 16) | bits).to_bytes(4, "little"))
    if isinstance(src_element, IntegerType) and isinstance(dst_element, IntegerType):
        return _widen_int_splat(attr, src_element.width, dst_element.width, result_type)
    return None


def _widen_int_splat(attr: Any, src_width: int, dst_width: int, result_type: VectorType) -> Any:
    """The splat integer repeated to fill each wider element (dst a multiple of src)."""
    if dst_width <= src_width or dst_width % src_width:
        return None
    narrow = int(attr.values[0]) & ((1 << src_width) - 1)
    wide = 0
    for _ in range(dst_width // src_width):
        wide = (wide << src_width) | narrow
    if wide >= 1 << (dst_width - 1):
        wide -= 1 << dst_width  # stored signed, as MLIR prints it
    try:
        return DenseIntOrFPElementsAttr(result_type, [wide])
    except (ValueError, TypeError):
        return None


# -- vector.shuffle -------------------------------------------------------------------------------
def _mask(op: Operation) -> list[int]:
    return list(static_values(op.properties.get("mask")))


def _leading(t: VectorType) -> int:
    return t.shape[0] if t.shape else 1


def fold_shuffle(view: Any, operands: tuple) -> Any:
    op = view.op
    v1, v2 = op.operands[0], op.operands[1]
    if not v1.type.shape:
        return None  # 0-d: a canonicalization into broadcast
    mask = _mask(op)
    n1 = _leading(v1.type)
    if mask == list(range(n1)):
        return v1
    if mask == list(range(n1, n1 + _leading(v2.type))):
        return v2
    a1, a2 = operands[0], operands[1]
    if a1 is None or a2 is None:
        return None
    if isinstance(a1, PoisonAttr) and isinstance(a2, PoisonAttr):
        return POISON
    if len(v1.type.shape) != 1:
        return None
    return _shuffle_constants(op.results[0].type, mask, n1, a1, a2)


def _elements(attr: Any) -> list | None:
    """The element byte strings of a dense constant, None when `attr` is not one."""
    if not isinstance(attr, DenseIntOrFPElementsAttr):
        return None
    count = attr.type.num_elements
    if attr.is_splat:
        return [attr.data] * count
    size = len(attr.data) // count
    return [attr.data[i * size : (i + 1) * size] for i in range(count)]


def _shuffle_constants(result_type: Any, mask: list[int], n1: int, a1: Any, a2: Any) -> Any:
    """The shuffled constant; a poison entry or operand reads the first element of v1, or
    of v2 when v1 is poison (MLIR's choice)."""
    first = None
    e1 = e2 = None
    if not isinstance(a2, PoisonAttr):
        e2 = _elements(a2)
        if e2 is None:
            return None
        first = e2[0]
    if not isinstance(a1, PoisonAttr):
        e1 = _elements(a1)
        if e1 is None:
            return None
        first = e1[0]
    out = []
    for m in mask:
        if m == POISON_INDEX:
            out.append(first)
        elif m < n1:
            out.append(first if e1 is None else e1[m])
        else:
            out.append(first if e2 is None else e2[m - n1])
    if any(e is None for e in out) or len(set(map(len, out))) != 1:
        return None
    return _splat(result_type, b"".join(out))


def _scalar_splat_source(value: Any) -> Any:
    bcast = _producer(value, "vector.broadcast")
    if bcast is None or isinstance(bcast.operands[0].type, VectorType):
        return None
    return bcast.operands[0]


def _broadcast(rewriter: Any, op: Operation, source: Any, t: Any) -> bool:
    from pyir.dialects.vector_ops import BroadcastOp

    new = rewriter.create(BroadcastOp, [source], [t], location=op.location)
    rewriter.replace_op(op, new)
    return True


class ShuffleSplat(RewritePattern):
    """shuffle(broadcast(x), broadcast(x)) -> broadcast(x), x a scalar."""

    root = "vector.shuffle"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        splat = _scalar_splat_source(op.operands[0])
        if splat is None or _scalar_splat_source(op.operands[1]) is not splat:
            return False
        return _broadcast(rewriter, op, splat, op.results[0].type)


class ShuffleInterleave(RewritePattern):
    """shuffle(a, b, [0, n, 1, n+1, ...]) of two operands of one type -> interleave."""

    root = "vector.shuffle"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_shuffle_ops import InterleaveOp

        result_type = op.results[0].type
        source_type = op.operands[0].type
        if len(result_type.shape) != 1 or source_type != op.operands[1].type:
            return False
        half = source_type.shape[0] if source_type.shape else 1
        if 2 * half != result_type.shape[0] or len(source_type.shape) > 1:
            return False
        mask = _mask(op)
        for i in range(half):
            if mask[2 * i] != i or mask[2 * i + 1] != half + i:
                return False
        new = rewriter.create(InterleaveOp, list(op.operands), [result_type], location=op.location)
        rewriter.replace_op(op, new)
        return True


class Shuffle0D(RewritePattern):
    """shuffle of 0-d operands with a one-entry mask -> broadcast of the picked one."""

    root = "vector.shuffle"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        mask = _mask(op)
        v1 = op.operands[0]
        if v1.type.shape or len(mask) != 1:
            return False
        picked = v1 if mask[0] == 0 else op.operands[1]
        t = VectorType((1,), v1.type.element_type)
        return _broadcast(rewriter, op, picked, t)


class ShuffleUnusedOperandToPoison(RewritePattern):
    """An operand the mask never reads (and not poison already) -> ub.poison."""

    root = "vector.shuffle"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.ub import PoisonOp

        mask = _mask(op)
        n1 = _leading(op.operands[0].type)
        used = (any(0 <= m < n1 for m in mask), any(m >= n1 for m in mask))
        operands = list(op.operands)
        changed = False
        for i, value in enumerate(operands):
            if used[i] or _producer(value, "ub.poison") is not None:
                continue
            poison = rewriter.create(PoisonOp, [], [value.type], location=op.location)
            operands[i] = poison.results[0]
            changed = True
        if not changed:
            return False
        rewriter.modify_op_in_place(op, lambda: op.set_operands(operands))
        return True


# -- vector.extract of a shuffle ------------------------------------------------------------------
def fold_extract_from_shuffle(op: Operation) -> Any:
    """extract(shuffle(a, b, mask), [i]) with a 1-D shuffle -> extract from a or b at the
    position mask[i] picks, in place."""
    shuffle = _producer(op.operands[0], "vector.shuffle")
    if shuffle is None or len(shuffle.results[0].type.shape) != 1:
        return None
    position = list(static_values(op.properties.get("static_position")))
    v1 = shuffle.operands[0]
    if DYNAMIC in position or len(position) != 1 or not v1.type.shape:
        return None
    mask = _mask(shuffle)
    if not 0 <= position[0] < len(mask):
        return None
    picked = mask[position[0]]
    n1 = v1.type.shape[0]
    if picked < n1:
        _set_extract(op, v1, [picked])
    else:
        _set_extract(op, shuffle.operands[1], [picked - n1])
    return op.results[0]


def install(ops: dict) -> None:
    """Give bitcast and shuffle their folds and patterns."""
    ops["vector.bitcast"].fold = fold_bitcast
    ops["vector.shuffle"].fold = fold_shuffle
    ops["vector.shuffle"].canonicalization_patterns = (
        ShuffleSplat(),
        ShuffleInterleave(),
        Shuffle0D(),
        ShuffleUnusedOperandToPoison(),
    )
