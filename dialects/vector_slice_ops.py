"""`vector.extract_strided_slice` and `vector.insert_strided_slice`: static rectangular
slices of a vector (unit strides only, as MLIR verifies).

Both use declarative formats; `offsets`, `sizes` and `strides` are MLIR's I64ArrayAttr
(`[0, 2]`, an array of i64 integer attributes), properties of the op. Verifiers follow
MLIR's VectorOps.cpp, messages and order included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import ArrayAttr, IntegerAttr
from pyir.builtin_types import VectorType
from pyir.constraints import Predicate
from pyir.core import Operation, Value
from pyir.dialects.vector_common import I64, VECTOR
from pyir.opdef import OpView, operand, prop, result
from pyir.traits import Pure

#: MLIR's I64ArrayAttr.
I64_ARRAY_ATTR = Predicate(
    lambda a: (
        isinstance(a, ArrayAttr) and all(isinstance(e, IntegerAttr) and e.type == I64 for e in a)
    ),
    "64-bit integer array attribute",
)
#: MLIR's AnyVectorOfNonZeroRank.
NON_ZERO_RANK_VECTOR = Predicate(
    lambda t: isinstance(t, VectorType) and len(t.shape) > 0,
    "vector of any non-token type values",
)


def i64_array(values: Sequence[int]) -> ArrayAttr:
    """`[1, 2]` as MLIR's I64ArrayAttr."""
    return ArrayAttr(tuple(IntegerAttr(v, I64) for v in values))


def ints(attr: Any) -> list[int]:
    """The integers of an I64ArrayAttr ([] for anything else)."""
    if not isinstance(attr, ArrayAttr):
        return []
    return [e.value for e in attr if isinstance(e, IntegerAttr)]


def _confined(name: str, values: list[int], bounds: Sequence[int], low: int, closed: bool) -> Any:
    """MLIR's isIntegerArrayAttrConfinedToShape: values[i] in [low, bounds[i]) (closed:
    [low, bounds[i]])."""
    for i, (v, bound) in enumerate(zip(values, bounds)):
        high = bound + 1 if closed else bound
        if not low <= v < high:
            return f"expected {name} dimension {i} to be confined to [{low}, {high})"
    return None


def _strides_error(strides: list[int]) -> str | None:
    if any(s != 1 for s in strides):
        return "expected strides to be confined to [1, 2)"
    return None


def _sum_confined(names: str, a: list[int], b: list[int], bounds: Sequence[int]) -> Any:
    """MLIR's isSumOfIntegerArrayAttrConfinedToShape (closed, lower bound 1)."""
    for i, (x, y, bound) in enumerate(zip(a, b, bounds)):
        if not 1 <= x + y <= bound:
            return f"expected sum({names}) dimension {i} to be confined to [1, {bound + 1})"
    return None


def strided_slice_result_type(
    source: VectorType, offsets: Sequence[int], sizes: Sequence[int]
) -> VectorType:
    """MLIR's inferStridedSliceOpResultType: `sizes` replaces the leading dims; the
    trailing dims and every scalable flag are the source's."""
    shape = tuple(sizes) + tuple(source.shape[len(sizes) :])
    return VectorType(shape, source.element_type, source.scalable_dims)


# -- vector.extract_strided_slice -------------------------------------------------------------
class ExtractStridedSliceOp(OpView):
    """`%r = vector.extract_strided_slice %v offsets = [0, 2], sizes = [2, 4],
    strides = [1, 1] : vector<4x8xf32> to vector<2x4xf32>`.

    Invariants (verified): offsets, sizes and strides have one length, at most the
    source rank; each slice lies inside the source; strides are 1; the result is
    `strided_slice_result_type`; a scalable dim is taken whole.
    """

    name = "vector.extract_strided_slice"
    traits = (Pure,)
    source = operand(NON_ZERO_RANK_VECTOR)
    result = result(VECTOR)
    offsets = prop(I64_ARRAY_ATTR)
    sizes = prop(I64_ARRAY_ATTR)
    strides = prop(I64_ARRAY_ATTR)
    assembly_format = (
        "$source `offsets` `=` $offsets `,` `sizes` `=` $sizes `,` `strides` `=` $strides "
        "attr-dict `:` type($source) `to` type($result)"
    )

    @classmethod
    def build(
        cls, source: Value, offsets: Sequence[int], sizes: Sequence[int], location: Any = None
    ) -> Operation:
        result_type = strided_slice_result_type(source.type, offsets, sizes)
        return cls.create(
            [source],
            [result_type],
            properties={
                "offsets": i64_array(offsets),
                "sizes": i64_array(sizes),
                "strides": i64_array([1] * len(offsets)),
            },
            location=location,
        )

    def verify_(self) -> str | None:
        src: VectorType = self.op.operands[0].type
        dst = self.op.results[0].type
        if dst.element_type != src.element_type:
            return "failed to verify that operand and result have same element type"
        offsets, sizes, strides = ints(self.offsets), ints(self.sizes), ints(self.strides)
        if not len(offsets) == len(sizes) == len(strides):
            return "expected offsets, sizes and strides attributes of same size"
        shape = src.shape
        for name, values in (("offsets", offsets), ("sizes", sizes), ("strides", strides)):
            if len(values) > len(shape):
                return f"expected {name} attribute of rank no greater than vector rank"
        message = (
            _confined("offsets", offsets, shape, 0, False)
            or _confined("sizes", sizes, shape, 1, True)
            or _strides_error(strides)
            or _sum_confined("offsets, sizes", offsets, sizes, shape)
        )
        if message:
            return message
        inferred = strided_slice_result_type(src, offsets, sizes)
        if dst != inferred:
            return f"expected result type to be '{inferred}'"
        for i, size in enumerate(sizes):
            if src.scalable_dims[i] and size != shape[i]:
                return (
                    f"expected size at idx={i} to match the corresponding base size from "
                    f"the input vector ({size} vs {shape[i]})"
                )
        return None


# -- vector.insert_strided_slice --------------------------------------------------------------
class InsertStridedSliceOp(OpView):
    """`%r = vector.insert_strided_slice %s, %d offsets = [0, 2], strides = [1, 1] :
    vector<2x4xf32> into vector<4x8xf32>`: `dest` with the slice at `offsets` replaced
    by `valueToStore`.

    Invariants (verified): one offset per dest dim and one stride per source dim; the
    source rank is at most the dest rank; the source fits at the offsets; strides are 1;
    scalable flags match and scalable dims are inserted whole; the result type is the
    dest type.
    """

    name = "vector.insert_strided_slice"
    traits = (Pure,)
    valueToStore = operand(NON_ZERO_RANK_VECTOR)
    dest = operand(NON_ZERO_RANK_VECTOR)
    res = result(VECTOR)
    offsets = prop(I64_ARRAY_ATTR)
    strides = prop(I64_ARRAY_ATTR)
    assembly_format = (
        "$valueToStore `,` $dest `offsets` `=` $offsets `,` `strides` `=` $strides "
        "attr-dict `:` type($valueToStore) `into` type($dest)"
    )

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        """The result is the dest (AllTypesMatch<["dest", "res"]>)."""
        return [operands[1].type]

    @classmethod
    def build(
        cls, value: Value, dest: Value, offsets: Sequence[int], location: Any = None
    ) -> Operation:
        rank = len(value.type.shape)
        return cls.create(
            [value, dest],
            [dest.type],
            properties={"offsets": i64_array(offsets), "strides": i64_array([1] * rank)},
            location=location,
        )

    def verify_(self) -> str | None:
        src: VectorType = self.op.operands[0].type
        dest: VectorType = self.op.operands[1].type
        if src.element_type != self.op.results[0].type.element_type:
            return "failed to verify that operand #0 and result have same element type"
        if dest != self.op.results[0].type:
            return "failed to verify that all of {dest, result} have same type"
        offsets, strides = ints(self.offsets), ints(self.strides)
        if len(offsets) != len(dest.shape):
            return "expected offsets of same size as destination vector rank"
        if len(strides) != len(src.shape):
            return "expected strides of same size as source vector rank"
        if len(src.shape) > len(dest.shape):
            return "expected source rank to be no greater than destination rank"
        lead = len(dest.shape) - len(src.shape)
        # The source shape aligned with the dest's trailing dims (1 for the leading ones).
        padded = [1] * lead + list(src.shape)
        message = (
            _confined("offsets", offsets, dest.shape, 0, False)
            or _strides_error(strides)
            or _sum_confined("offsets, source vector shape", offsets, padded, dest.shape)
        )
        if message:
            return message
        for i, size in enumerate(src.shape):
            if src.scalable_dims[i] != dest.scalable_dims[lead + i]:
                return f"mismatching scalable flags (at source vector idx={i})"
            if src.scalable_dims[i] and size != dest.shape[lead + i]:
                return (
                    f"expected size at idx={i} to match the corresponding base size from "
                    f"the input vector ({size} vs {dest.shape[lead + i]})"
                )
        return None


OPS = (ExtractStridedSliceOp, InsertStridedSliceOp)
