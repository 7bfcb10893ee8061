"""Strided memref layouts: strides and offsets of memref types, and the result types MLIR
infers from them for `memref.subview`, `memref.expand_shape` and `memref.collapse_shape`.

A memref type is *strided* when the address of element (i0, i1, ...) is
`offset + i0 * s0 + i1 * s1 + ...`. Strides and the offset are ints, `DYNAMIC` when only
known at run time. The identity layout (row major) is strided; so is every
`strided<[...], offset: ...>` layout, and an affine-map layout whose single result is a
sum of dims times constants or symbols, plus constants and symbols. Arithmetic on
possibly-dynamic values saturates as MLIR's does: anything with `DYNAMIC` is `DYNAMIC`,
except that a product with a static 0 is 0.

Public functions:

    strides_and_offset(t) -> (strides, offset) | None      None: not strided
    is_strided(t) -> bool
    layout_symbol_count(t) -> int                           symbols of the layout's map
    infer_subview_type(source, offsets, sizes, strides) -> MemRefType
    infer_rank_reduced_subview_type(result_shape, source, offsets, sizes, strides)
    rank_reduction_mask(original_shape, reduced_shape) -> set[int] | None
    memref_rank_reduction_mask(original, reduced, sizes) -> set[int] | None
    subview_mismatch(expected, actual, static_sizes) -> str | None
    expanded_type(source, result_shape, reassociation) -> MemRefType | None
    collapsed_layout(source, reassociation) -> StridedLayoutAttr | None
    cast_compatible(a, b) -> bool
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.affine_expr import AffineExprKind, constant
from pyir.builtin_attributes import StridedLayoutAttr
from pyir.builtin_types import DYNAMIC, MemRefType, UnrankedMemRefType

__all__ = [
    "cast_compatible",
    "collapsed_layout",
    "expanded_type",
    "infer_rank_reduced_subview_type",
    "infer_subview_type",
    "is_strided",
    "layout_symbol_count",
    "memref_rank_reduction_mask",
    "rank_reduction_mask",
    "strides_and_offset",
    "subview_mismatch",
]

_INT64_MIN = -(2**63)
_MASK = 2**64 - 1


def _wrap(v: int) -> int:
    """Two's-complement int64 wrap-around, as MLIR's int64 arithmetic overflows."""
    return ((v - _INT64_MIN) & _MASK) + _INT64_MIN


def sat_mul(a: int, b: int) -> int:
    """Saturated product: 0 if either is a static 0, else DYNAMIC if either is dynamic."""
    if a == 0 or b == 0:
        return 0
    if a == DYNAMIC or b == DYNAMIC:
        return DYNAMIC
    return _wrap(a * b)


def sat_add(a: int, b: int) -> int:
    """Saturated sum: DYNAMIC if either is dynamic."""
    if a == DYNAMIC or b == DYNAMIC:
        return DYNAMIC
    return _wrap(a + b)


# -- strides and offsets -------------------------------------------------------------------------
def _canonical_strides(shape: Sequence[int]) -> list[int]:
    """Row-major strides; a dimension that is dynamic or of size 0 makes every stride to
    its left dynamic (MLIR's canonical strided layout)."""
    strides = [0] * len(shape)
    running, poisoned = 1, False
    for i in range(len(shape) - 1, -1, -1):
        strides[i] = DYNAMIC if poisoned else running
        if shape[i] > 0:
            running = _wrap(running * shape[i])
        else:
            poisoned = True
    return strides


def _affine_strides(affine_map: Any, rank: int) -> tuple[list[int], int] | None:
    """Strides and offset of a single-result affine map, or None when the expression is
    not a sum of (dim * constant-or-symbolic) and constant-or-symbolic terms."""
    if len(affine_map.results) != 1:
        return None
    zero = constant(0)
    strides: list[Any] = [zero] * rank
    offset: Any = zero
    # (expression, multiplicative factor); the factor is a symbolic-or-constant expression.
    stack = [(affine_map.results[0], constant(1))]
    while stack:
        expr, factor = stack.pop()
        kind = expr.kind
        if kind is AffineExprKind.DIM:
            if expr.position >= rank:
                return None
            strides[expr.position] = strides[expr.position] + factor
        elif kind in (AffineExprKind.CONSTANT, AffineExprKind.SYMBOL):
            offset = offset + expr * factor
        elif kind is AffineExprKind.ADD:
            stack.append((expr.rhs, factor))
            stack.append((expr.lhs, factor))
        elif kind is AffineExprKind.MUL:
            if expr.lhs.kind is AffineExprKind.DIM:
                pos = expr.lhs.position
                if pos >= rank:
                    return None
                strides[pos] = strides[pos] + expr.rhs * factor
            elif expr.lhs.is_symbolic_or_constant():
                stack.append((expr.rhs, factor * expr.lhs))
            else:
                stack.append((expr.lhs, factor * expr.rhs))
        elif expr.is_symbolic_or_constant():  # mod / floordiv / ceildiv of symbols
            offset = offset + expr * factor
        else:
            return None
    return [_static(s) for s in strides], _static(offset)


def _static(expr: Any) -> int:
    return expr.value if expr.kind is AffineExprKind.CONSTANT else DYNAMIC


def strides_and_offset(t: Any) -> tuple[list[int], int] | None:
    """(strides, offset) of a ranked memref type, or None when its layout is not strided
    (or `t` is not a ranked memref)."""
    if not isinstance(t, MemRefType):
        return None
    layout = t.layout
    if layout is None:
        return _canonical_strides(t.shape), 0
    if isinstance(layout, StridedLayoutAttr):
        return list(layout.strides), layout.offset
    affine_map = getattr(layout, "map", None)
    if affine_map is None or not hasattr(affine_map, "results"):
        return None
    return _affine_strides(affine_map, len(t.shape))


def is_strided(t: Any) -> bool:
    """Whether `t` is a ranked memref type with a strided layout."""
    return strides_and_offset(t) is not None


def layout_symbol_count(t: MemRefType) -> int:
    """How many symbols the affine map of `t`'s layout has: 0 for the identity, the map's
    symbols for an affine-map layout, one per dynamic stride or offset for a strided one
    (MLIR's StridedLayoutAttr::getAffineMap)."""
    layout = t.layout
    if layout is None:
        return 0
    if isinstance(layout, StridedLayoutAttr):
        return sum(1 for s in (layout.offset, *layout.strides) if s == DYNAMIC)
    affine_map = getattr(layout, "map", None)
    return getattr(affine_map, "num_symbols", 0)


# -- subview ------------------------------------------------------------------------------------
def infer_subview_type(
    source: MemRefType,
    offsets: Sequence[int],
    sizes: Sequence[int],
    strides: Sequence[int],
) -> MemRefType:
    """The result type of a subview of `source` without rank reduction (MLIR's
    SubViewOp::inferResultType): shape `sizes`, offset `source offset + sum(offset_i *
    source stride_i)`, strides `source stride_i * stride_i`, all saturating on DYNAMIC.
    `offsets`, `sizes` and `strides` are static lists (`DYNAMIC` for an SSA value), one
    entry per source dimension. Raises ValueError when `source` is not strided."""
    found = strides_and_offset(source)
    if found is None:
        raise ValueError(f"base type '{source}' is not strided")
    source_strides, offset = found
    for o, s in zip(offsets, source_strides):
        offset = sat_add(offset, sat_mul(o, s))
    target_strides = [sat_mul(s, t) for s, t in zip(source_strides, strides)]
    layout = StridedLayoutAttr(offset, target_strides)
    return MemRefType(tuple(sizes), source.element_type, layout, source.memory_space)


def infer_rank_reduced_subview_type(
    result_shape: Sequence[int],
    source: MemRefType,
    offsets: Sequence[int],
    sizes: Sequence[int],
    strides: Sequence[int],
) -> MemRefType:
    """The subview type with shape `result_shape`, which drops unit dimensions of the
    inferred type (MLIR's SubViewOp::inferRankReducedResultType): the dropped dimensions'
    strides are removed from the layout. Raises ValueError when `result_shape` is not a
    rank reduction of `sizes`."""
    inferred = infer_subview_type(source, offsets, sizes, strides)
    if len(result_shape) == len(inferred.shape):
        return inferred
    dropped = rank_reduction_mask(inferred.shape, result_shape)
    if dropped is None:
        raise ValueError(f"shape {tuple(result_shape)} is not a rank reduction of {sizes}")
    layout = inferred.layout
    assert isinstance(layout, StridedLayoutAttr)
    kept = [s for i, s in enumerate(layout.strides) if i not in dropped]
    return MemRefType(
        tuple(result_shape),
        source.element_type,
        StridedLayoutAttr(layout.offset, kept),
        source.memory_space,
    )


def rank_reduction_mask(
    original_shape: Sequence[int], reduced_shape: Sequence[int]
) -> set[int] | None:
    """The dimensions of `original_shape` that `reduced_shape` drops, matched greedily
    left to right (MLIR's computeRankReductionMask); only size-1 dimensions may be dropped.
    None when `reduced_shape` is not such a reduction."""
    dropped: set[int] = set()
    j = 0
    for i, size in enumerate(original_shape):
        if j < len(reduced_shape) and size == reduced_shape[j]:
            j += 1
            continue
        dropped.add(i)
        if size != 1:
            return None
    if j != len(reduced_shape):
        return None
    return dropped


def memref_rank_reduction_mask(
    original: MemRefType, reduced: MemRefType, static_sizes: Sequence[int]
) -> set[int] | None:
    """Which unit dimensions of `original` a rank-reduced `reduced` drops, decided by the
    static unit sizes and, when several candidates exist, by which strides disappear
    (MLIR's computeMemRefRankReductionMask). None when no consistent choice exists."""
    rank, reduced_rank = len(original.shape), len(reduced.shape)
    if rank == reduced_rank:
        return set()
    unused = {i for i, s in enumerate(static_sizes) if s == 1}
    if len(unused) + reduced_rank == rank:
        return unused
    a = strides_and_offset(original)
    b = strides_and_offset(reduced)
    if a is None or b is None:
        return None
    unaccounted = _count(a[0])
    candidate = _count(b[0])
    for dim in sorted(unused):
        stride = a[0][dim]
        have, want = unaccounted.get(stride, 0), candidate.get(stride, 0)
        if have > want:
            unaccounted[stride] = have - 1  # this dimension can be the dropped one
        elif have == want:
            unused.discard(dim)  # its stride survives: the dimension is kept
        else:
            return None
    if len(unused) + reduced_rank != rank:
        return None
    return unused


def _count(values: Sequence[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def subview_mismatch(expected: MemRefType, actual: Any, static_sizes: Sequence[int]) -> str | None:
    """Why `actual` is not `expected` or a rank-reduced version of it (MLIR's subview
    result checks and their messages), or None when it is."""
    if expected == actual:
        return None
    if not isinstance(actual, MemRefType):
        return f"expected result type to be '{expected}', but got '{actual}'"
    if len(actual.shape) > len(expected.shape):
        return f"expected result rank to be smaller or equal to the source rank, but got '{actual}'"
    if rank_reduction_mask(expected.shape, actual.shape) is None:
        return (
            f"expected result type to be '{expected}' or a rank-reduced version. "
            f"(mismatch of result sizes), but got '{actual}'"
        )
    if expected.element_type != actual.element_type:
        return f"expected result element type to be '{expected.element_type}', but got '{actual}'"
    if expected.memory_space != actual.memory_space:
        return f"expected result and source memory spaces to match, but got '{actual}'"
    layout_error = (
        f"expected result type to be '{expected}' or a rank-reduced version. "
        f"(mismatch of result layout), but got '{actual}'"
    )
    a, b = strides_and_offset(expected), strides_and_offset(actual)
    if a is None or b is None or a[1] != b[1]:
        return layout_error
    dropped = memref_rank_reduction_mask(expected, actual, static_sizes)
    if dropped is None:
        return layout_error
    kept = [s for i, s in enumerate(a[0]) if i not in dropped]
    if kept != list(b[0]):
        return layout_error
    return None


# -- reshapes -----------------------------------------------------------------------------------
def expanded_type(
    source: MemRefType, result_shape: Sequence[int], reassociation: Sequence[Sequence[int]]
) -> MemRefType | None:
    """The type `memref.expand_shape` expects (MLIR's ExpandShapeOp::computeExpandedType):
    an identity layout stays the identity; a strided one has each source stride expanded
    over its group, innermost first. None when the source is not strided."""
    if source.layout is None:
        return MemRefType(tuple(result_shape), source.element_type, None, source.memory_space)
    found = strides_and_offset(source)
    if found is None or len(found[0]) != len(reassociation):
        return None
    source_strides, offset = found
    reverse: list[int] = []
    index = len(result_shape) - 1
    for group, stride in reversed(list(zip(reassociation, source_strides))):
        for _ in group:
            reverse.append(stride)
            size = result_shape[index] if 0 <= index < len(result_shape) else 1
            stride = sat_mul(stride, size)
            index -= 1
    result_strides = list(reversed(reverse))
    result_strides += [1] * (len(result_shape) - len(result_strides))
    result_strides = result_strides[: len(result_shape)]
    layout = StridedLayoutAttr(offset, result_strides)
    return MemRefType(tuple(result_shape), source.element_type, layout, source.memory_space)


def collapsed_layout(
    source: MemRefType, reassociation: Sequence[Sequence[int]]
) -> StridedLayoutAttr | None:
    """The layout of `memref.collapse_shape`'s result for a non-identity source (MLIR's
    computeCollapsedLayoutMap, not strict): each group takes the stride of its last
    non-unit dimension (dynamic if that one is dynamic in a multi-dimension group). None
    when the source is not strided or a group is visibly non-contiguous."""
    found = strides_and_offset(source)
    if found is None:
        return None
    source_strides, offset = found
    shape = source.shape
    result_strides: list[int] = []
    for group in reassociation:
        ref = list(group)
        if not ref:
            return None
        while len(ref) > 1 and shape[ref[-1]] == 1:
            ref.pop()
        if shape[ref[-1]] != DYNAMIC or len(ref) == 1:
            result_strides.append(source_strides[ref[-1]])
        else:
            result_strides.append(DYNAMIC)
    for group, stride in zip(reversed(reassociation), reversed(result_strides)):
        for idx in reversed(list(group)[1:]):
            stride = sat_mul(stride, shape[idx])
            source_stride = source_strides[idx - 1]
            if shape[idx - 1] == 1:
                continue
            if stride != DYNAMIC and source_stride != DYNAMIC and stride != source_stride:
                return None
    return StridedLayoutAttr(offset, result_strides)


# -- casts --------------------------------------------------------------------------------------
def cast_compatible(a: Any, b: Any) -> bool:
    """Whether `memref.cast` may cast `a` to `b` (MLIR's CastOp::areCastCompatible): same
    element type and memory space; for ranked types the same rank, equal static sizes and
    layouts whose static strides and offsets agree (dynamic matches anything); ranked to
    unranked and back are allowed, unranked to a different unranked type is not."""
    if a == b:
        return True
    ranked = (MemRefType, UnrankedMemRefType)
    if not isinstance(a, ranked) or not isinstance(b, ranked):
        return False
    if isinstance(a, MemRefType) and isinstance(b, MemRefType):
        if a.element_type != b.element_type:
            return False
        if a.layout != b.layout:
            sa, sb = strides_and_offset(a), strides_and_offset(b)
            if sa is None or sb is None or len(sa[0]) != len(sb[0]):
                return False
            for x, y in zip((sa[1], *sa[0]), (sb[1], *sb[0])):
                if x != DYNAMIC and y != DYNAMIC and x != y:
                    return False
        if a.memory_space != b.memory_space or len(a.shape) != len(b.shape):
            return False
        return all(x == y or DYNAMIC in (x, y) for x, y in zip(a.shape, b.shape))
    if isinstance(a, UnrankedMemRefType) and isinstance(b, UnrankedMemRefType):
        return False
    return a.element_type == b.element_type and a.memory_space == b.memory_space
