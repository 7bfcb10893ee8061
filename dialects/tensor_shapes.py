"""Shape rules of the `tensor` dialect: the type constraints and shape arithmetic its
verifiers share, as MLIR defines them.

Everything here works on builtin types and plain ints (shapes are tuples whose dynamic
entries are `DYNAMIC`); nothing touches operations. Messages are MLIR's wording.

- constraints: `RANKED_TENSOR`, `ANY_TENSOR`, `VARIADIC_RANKED_TENSOR`, `INDEX_TYPE`,
  `VARIADIC_INDEX`, ... (their descriptions are what MLIR's ODS messages quote);
- `shapes_compatible`, `cast_compatible`: MLIR's verifyCompatibleShape and the cast rule;
- `rank_reduction_mask` / `slice_type_error`: whether a type is a rank-reduced version of
  another (extract_slice / insert_slice), with MLIR's messages;
- `slice_bounds_error`: the static out-of-bounds checks of a slice;
- `pad_result_error`: tensor.pad's inferred result type check;
- `concat_error`: tensor.concat's shape rules;
- reassociations (expand_shape / collapse_shape): `reassociation_groups`,
  `reshape_error`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import ArrayAttr, IntegerAttr
from pyir.builtin_types import (
    DYNAMIC,
    IndexType,
    IntegerType,
    RankedTensorType,
    UnrankedTensorType,
)
from pyir.constraints import IsA, Predicate

# -- constraints --------------------------------------------------------------------------------
_TENSOR = (RankedTensorType, UnrankedTensorType)

#: MLIR's AnyTensor / AnyRankedTensor / ... with the descriptions its messages quote.
ANY_TENSOR = IsA(*_TENSOR, description="tensor of any non-token type values")
RANKED_TENSOR = IsA(RankedTensorType, description="ranked tensor of any non-token type values")
VARIADIC_RANKED_TENSOR = IsA(
    RankedTensorType, description="variadic of ranked tensor of any non-token type values"
)
STATIC_TENSOR = Predicate(
    lambda t: isinstance(t, RankedTensorType) and DYNAMIC not in t.shape,
    "statically shaped tensor of any non-token type values",
)
NON_0_RANKED_OR_UNRANKED_TENSOR = Predicate(
    lambda t: (
        isinstance(t, UnrankedTensorType) or (isinstance(t, RankedTensorType) and len(t.shape) != 0)
    ),
    "non-0-ranked or unranked tensor",
)
INDEX_TYPE = IsA(IndexType, description="index")
VARIADIC_INDEX = IsA(IndexType, description="variadic of index")


def _signless_int_or_index(t: Any) -> bool:
    return isinstance(t, IndexType) or (isinstance(t, IntegerType) and t.signedness == "signless")


#: tensor.reshape's shape operand.
SHAPE_TENSOR = Predicate(
    lambda t: (
        isinstance(t, RankedTensorType)
        and len(t.shape) == 1
        and _signless_int_or_index(t.element_type)
    ),
    "1D tensor of signless integer or index values",
)
_I64 = IntegerType(64)
I64_ATTR = Predicate(
    lambda a: isinstance(a, IntegerAttr) and a.type == _I64,
    "64-bit signless integer attribute",
)


def _is_index_list_array(attr: Any) -> bool:
    if not isinstance(attr, ArrayAttr):
        return False
    for group in attr.elements:
        if not isinstance(group, ArrayAttr):
            return False
        for entry in group.elements:
            if not (isinstance(entry, IntegerAttr) and entry.type == _I64):
                return False
    return True


#: The `reassociation` of expand_shape / collapse_shape: `[[0, 1], [2]]`.
INDEX_LIST_ARRAY = Predicate(_is_index_list_array, "Array of 64-bit integer array attributes")


# -- shapes -------------------------------------------------------------------------------------
def is_tensor(t: Any) -> bool:
    return isinstance(t, _TENSOR)


def num_dynamic(shape: Sequence[int]) -> int:
    return sum(1 for d in shape if d == DYNAMIC)


def shapes_compatible(a: Any, b: Any) -> bool:
    """MLIR's verifyCompatibleShape: unranked matches anything; ranked shapes need the
    same rank and equal sizes wherever both are static."""
    if not (hasattr(a, "shape") and hasattr(b, "shape")):
        return True
    if len(a.shape) != len(b.shape):
        return False
    return all(x == y or DYNAMIC in (x, y) for x, y in zip(a.shape, b.shape))


def cast_compatible(source: Any, dest: Any) -> bool:
    """tensor.cast: same element type and compatible shapes."""
    if not (is_tensor(source) and is_tensor(dest)):
        return False
    return source.element_type == dest.element_type and shapes_compatible(source, dest)


def element_bit_width(t: Any) -> int | None:
    element = t.element_type
    if isinstance(element, IndexType):
        return 64
    width = getattr(element, "width", None)
    return width if isinstance(width, int) else None


def bitcast_compatible(source: Any, dest: Any) -> bool:
    """tensor.bitcast: equal element bit widths and compatible shapes."""
    if not (is_tensor(source) and is_tensor(dest)):
        return False
    width = element_bit_width(source)
    return (
        width is not None and width == element_bit_width(dest) and shapes_compatible(source, dest)
    )


# -- rank reduction (extract_slice / insert_slice) ---------------------------------------------
def rank_reduction_mask(original: Sequence[int], reduced: Sequence[int]) -> set[int] | None:
    """The dims of `original` dropped to get `reduced`, matching greedily from the left;
    only unit dims may be dropped. None when `reduced` is not such a reduction."""
    dropped: set[int] = set()
    j = 0
    for i, size in enumerate(original):
        if j < len(reduced) and size == reduced[j]:
            j += 1
            continue
        if size != 1:
            return None
        dropped.add(i)
    return dropped if j == len(reduced) else None


def slice_type_error(expected: RankedTensorType, candidate: Any) -> str | None:
    """MLIR's isRankReducedType + produceSliceErrorMsg: `candidate` must be `expected` or a
    rank-reduced version of it (encodings are not compared)."""
    if candidate == expected:
        return None
    if len(candidate.shape) > len(expected.shape):
        return "expected rank to be smaller or equal to the other rank. "
    if rank_reduction_mask(expected.shape, candidate.shape) is None:
        return f"expected type to be '{expected}' or a rank-reduced version. (size mismatch) "
    if candidate.element_type != expected.element_type:
        return f"expected element type to be '{expected.element_type}'"
    return None


def slice_bounds_error(
    shape: Sequence[int],
    offsets: Sequence[int],
    sizes: Sequence[int],
    strides: Sequence[int],
) -> str | None:
    """The statically decidable out-of-bounds slices of a tensor of `shape` (MLIR checks
    only the upper bound; a dynamic entry skips the check it takes part in)."""
    for i, dim in enumerate(shape):
        if dim == DYNAMIC or i >= len(offsets) or i >= len(sizes) or i >= len(strides):
            continue
        offset, size, stride = offsets[i], sizes[i], strides[i]
        if offset == DYNAMIC:
            continue
        if offset >= dim:
            return f"offset {i} is out-of-bounds: {offset} >= {dim}"
        if size == DYNAMIC or stride == DYNAMIC:
            continue
        last = offset + (size - 1) * stride
        if last >= dim:
            return f"slice along dimension {i} runs out-of-bounds: {last} >= {dim}"
    return None


def mixed_list_errors(
    name: str, plural: str, count: int, static: Sequence[int], n_dynamic: int
) -> str | None:
    """MLIR's count checks of one mixed static/dynamic list (its OffsetSizeAndStride
    interface wording): `count` static entries, one value per dynamic entry."""
    if len(static) != count:
        return f"expected {count} {name} values, got {len(static)}"
    expected = num_dynamic(static)
    if n_dynamic != expected:
        return (
            f"expected the number of '{plural}' to match the number of dynamic entries in "
            f"'static_{plural}' ({n_dynamic} vs {expected})"
        )
    return None


def non_negative_error(plural: str, static: Sequence[int]) -> str | None:
    for v in static:
        if v != DYNAMIC and v < 0:
            return f"expected {plural} to be non-negative, but got {v}"
    return None


# -- pad ----------------------------------------------------------------------------------------
def pad_result_error(
    source: RankedTensorType, low: Sequence[int], high: Sequence[int], result: Any
) -> str | None:
    """tensor.pad: the result must match source + low + high wherever all are static."""
    rank = len(source.shape)
    if len(low) != rank or len(high) != rank:
        return (
            f"failed to infer expectedType from sourceType '{source}', specified resultType "
            f"is '{result}'"
        )
    inferred = []
    for size, lo, hi in zip(source.shape, low, high):
        if DYNAMIC in (size, lo, hi):
            inferred.append(DYNAMIC)
        else:
            inferred.append(size + lo + hi)
    expected = RankedTensorType(tuple(inferred), source.element_type)
    mismatch = f"specified type '{result}' does not match the inferred type '{expected}'"
    if len(result.shape) != rank:
        return mismatch
    for got, want in zip(result.shape, inferred):
        if got != want and want != DYNAMIC:
            return mismatch
    return None


# -- concat -------------------------------------------------------------------------------------
def concat_error(
    dim: int, inputs: Sequence[RankedTensorType], result: RankedTensorType
) -> str | None:
    """tensor.concat's rules, in MLIR's order."""
    if not inputs:
        return "requires at least one input"
    rank = len(result.shape)
    if any(len(t.shape) != rank for t in inputs):
        return "rank of concatenated inputs must match result rank"
    if any(t.element_type != result.element_type for t in inputs):
        return "inputs and result element type must match"
    if dim >= rank:
        return "concatenation dim must be less than the tensor rank"
    if dim < 0:
        # MLIR does not check this (and crashes on it); pyir reports it.
        return "concatenation dim must be non-negative"
    sizes = []
    for i in range(rank):
        if i == dim:
            total = 0
            for t in inputs:
                if t.shape[i] == DYNAMIC:
                    total = DYNAMIC
                    break
                total += t.shape[i]
            sizes.append(total)
            continue
        size = DYNAMIC
        for t in inputs:
            d = t.shape[i]
            if d == DYNAMIC:
                continue
            if size != DYNAMIC and size != d:
                return f"static concatenation size mismatch along non-concatenated dimension {i}"
            size = d
        sizes.append(size)
    inferred = RankedTensorType(tuple(sizes), inputs[0].element_type)
    for want, got in zip(sizes, result.shape):
        if DYNAMIC not in (want, got) and want != got:
            return f"result type '{result}'does not match inferred shape '{inferred}' static sizes"
    return None


# -- reassociation (expand_shape / collapse_shape) ---------------------------------------------
def reassociation_groups(attr: Any) -> list[list[int]]:
    """`[[0, 1], [2]]` as lists of ints (assumes the attribute satisfied INDEX_LIST_ARRAY)."""
    return [[int(e.value) for e in group.elements] for group in attr.elements]


def reassociation_attr(groups: Sequence[Sequence[int]]) -> ArrayAttr:
    """The attribute of a reassociation given as lists of ints."""
    return ArrayAttr(ArrayAttr(IntegerAttr(i, _I64) for i in group) for group in groups)


def collapsed_shape(expanded: Sequence[int], groups: Sequence[Sequence[int]]) -> tuple[int, ...]:
    """The shape `expanded` collapses to: the product of each group, dynamic if any is."""
    out = []
    start = 0
    for group in groups:
        band = expanded[start : start + len(group)]
        if DYNAMIC in band:
            out.append(DYNAMIC)
        else:
            size = 1
            for d in band:
                size *= d
            out.append(size)
        start += len(group)
    return tuple(out)


def reshape_error(
    expanded: RankedTensorType, collapsed: RankedTensorType, groups: Sequence[Sequence[int]]
) -> str | None:
    """MLIR's checks of a reassociative reshape between `expanded` and `collapsed`."""
    e_rank, c_rank = len(expanded.shape), len(collapsed.shape)
    if e_rank < c_rank:
        return (
            f"expected the expanded type, '{expanded}' to have a higher (or same) rank than "
            f"the collapsed type, '{collapsed}'."
        )
    if c_rank != len(groups):
        return (
            f"expected collapsed rank ({c_rank}) to equal the number of reassociation maps "
            f"({len(groups)})."
        )
    # Each group is an affine map over as many dims as the largest index mentioned plus one.
    n_dims = max((i for g in groups for i in g), default=-1) + 1
    for k, _group in enumerate(groups):
        if n_dims != e_rank:
            return (
                f"expected reassociation map #{k} to have size equal to the expanded rank "
                f"({e_rank}), but it is  {n_dims}."
            )
    expected_next = 0
    for k, group in enumerate(groups):
        for i in group:
            if i != expected_next:
                return f"expected reassociation map #{k} to be valid and contiguous."
            expected_next += 1
    if groups and expected_next != n_dims:
        return f"expected reassociation map #{len(groups) - 1} to be valid and contiguous."
    start = 0
    for k, group in enumerate(groups):
        band = expanded.shape[start : start + len(group)]
        if DYNAMIC in band:
            if collapsed.shape[k] != DYNAMIC:
                return (
                    f"expected dimension {k} of collapsed type to be dynamic since one or more "
                    "of the corresponding dimensions in the expanded type is dynamic"
                )
        else:
            size = 1
            for d in band:
                size *= d
            if collapsed.shape[k] != size:
                return f"expected dimension {k} of collapsed type to be static value of {size}"
        start += len(group)
    expected = RankedTensorType(collapsed_shape(expanded.shape, groups), expanded.element_type)
    if collapsed.shape != expected.shape or collapsed.element_type != expected.element_type:
        return f"expected collapsed type to be '{expected}', but got '{collapsed}'"
    return None
