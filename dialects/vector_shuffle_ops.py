"""`vector` ops that reinterpret or interleave elements: bitcast, shuffle and interleave.

`vector.bitcast` uses a declarative format; `vector.shuffle` (its mask prints as a bare
`[0, 4, 1, 5]`, its result type is inferred) and `vector.interleave` (one type for both
operands) have hand-written syntax (`SYNTAX`). Verifiers follow MLIR's VectorOps.cpp, messages included.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_types import VectorType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.static_dynamic import I64_ARRAY, dense_i64, static_values
from pyir.dialects.vector_common import (
    NON_ZERO_BITWIDTH_VECTOR,
    VECTOR,
    bitwidth,
    i64_literal,
    keyword,
    op_attrs,
    parse_error,
    split_attr_dict,
)
from pyir.opdef import OpView, operand, prop, result
from pyir.traits import Pure

#: The poison entry of a shuffle mask.
POISON_INDEX = -1
#: MLIR's FixedVectorOfAnyRank.
FIXED_VECTOR = Predicate(
    lambda t: isinstance(t, VectorType) and not any(t.scalable_dims),
    "fixed-length vector of any non-token type values",
)


# -- vector.bitcast ---------------------------------------------------------------------------
class BitCastOp(OpView):
    """`%r = vector.bitcast %v : vector<4xf32> to vector<8xf16>`: the same bits seen as
    another element type; only the innermost dim may change size.

    Invariants (verified): one rank; equal leading dims; equal bit counts of the
    innermost 1-D vectors (of the element types for 0-d vectors).
    """

    name = "vector.bitcast"
    traits = (Pure,)
    source = operand(NON_ZERO_BITWIDTH_VECTOR)
    result = result(NON_ZERO_BITWIDTH_VECTOR)
    assembly_format = "$source attr-dict `:` type($source) `to` type($result)"

    def verify_(self) -> str | None:
        src: VectorType = self.op.operands[0].type
        dst: VectorType = self.op.results[0].type
        if len(src.shape) != len(dst.shape):
            return "failed to verify that all of {source, result} have same rank"
        for i in range(len(src.shape) - 1):
            if src.shape[i] != dst.shape[i]:
                return f"dimension size mismatch at: {i}"
        src_bits, dst_bits = bitwidth(src.element_type), bitwidth(dst.element_type)
        if not src.shape:
            if src_bits != dst_bits:
                return "source/result bitwidth of the 0-D vector element types must be equal"
        elif src_bits * src.shape[-1] != dst_bits * dst.shape[-1]:
            return "source/result bitwidth of the minor 1-D vectors must be equal"
        return None


# -- vector.shuffle ---------------------------------------------------------------------------
def shuffle_result_type(v1: VectorType, mask_length: int) -> VectorType:
    """The type `vector.shuffle` infers: the mask length (at least 1) as leading dim, then
    v1's trailing dims."""
    shape = (max(1, mask_length), *v1.shape[1:])
    return VectorType(shape, v1.element_type)


class ShuffleOp(OpView):
    """`%r = vector.shuffle %a, %b [0, 4, 1, -1] : vector<4xf32>, vector<2xf32>`: rows of
    the concatenation of `a` and `b` along the leading dim, picked by `mask` (-1: poison).

    Invariants (verified): fixed-size operands of one rank (or both 0-d with a 1-D
    result), equal trailing dims, one element type; the mask is not empty, as long as
    the result's leading dim, and each entry is -1 or indexes the concatenation.
    """

    name = "vector.shuffle"
    traits = (Pure,)
    hand_written_syntax = True
    v1 = operand(FIXED_VECTOR)
    v2 = operand(FIXED_VECTOR)
    vector = result(VECTOR)
    mask = prop(I64_ARRAY)

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        v1 = operands[0].type
        if not isinstance(v1, VectorType):
            raise ValueError(f"expected a vector operand, got '{v1}'")
        return [shuffle_result_type(v1, len(static_values(attrs.get("mask"))))]

    def verify_(self) -> str | None:
        v1: VectorType = self.op.operands[0].type
        v2: VectorType = self.op.operands[1].type
        res: VectorType = self.op.results[0].type
        if v1.element_type != res.element_type:
            return "failed to verify that first operand v1 and result have same element type"
        if v2.element_type != res.element_type:
            return "failed to verify that second operand v2 and result have same element type"
        rank = len(res.shape)
        zero_d = not v1.shape and not v2.shape and rank == 1
        if not zero_d and not (len(v1.shape) == rank and len(v2.shape) == rank):
            return "rank mismatch"
        for r in range(1, len(v1.shape)):
            if not res.shape[r] == v1.shape[r] == v2.shape[r]:
                return "dimension mismatch"
        mask = static_values(self.mask)
        if not mask:
            return "invalid mask length"
        if len(mask) != res.shape[0]:
            return "mask length mismatch"
        size = (v1.shape[0] if v1.shape else 1) + (v2.shape[0] if v2.shape else 1)
        for i, m in enumerate(mask):
            if m != POISON_INDEX and not 0 <= m < size:
                return f"mask index #{i + 1} out of range"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands)
        mask = static_values(op.properties.get("mask"))
        p.write(" [" + ", ".join(str(v) for v in mask) + "]")
        p.print_optional_attr_dict(op_attrs(op), ("mask",))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(", ")
        p.print_type(op.operands[1].type)


# -- vector.interleave ------------------------------------------------------------------------
def interleave_result_type(t: VectorType) -> VectorType:
    """Twice the trailing dim of `t` (a 0-d `t` gives a 2-element 1-D vector)."""
    if not t.shape:
        return VectorType((2,), t.element_type)
    return VectorType((*t.shape[:-1], t.shape[-1] * 2), t.element_type, t.scalable_dims)


class InterleaveOp(OpView):
    """`%r = vector.interleave %a, %b : vector<4xf32> -> vector<8xf32>`: the elements of
    `a` and `b` alternated along the trailing dim.

    Invariants (verified): `a` and `b` have one type; the result is that type with the
    trailing dim doubled.
    """

    name = "vector.interleave"
    traits = (Pure,)
    hand_written_syntax = True
    lhs = operand(VECTOR)
    rhs = operand(VECTOR)
    result = result(VECTOR)

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        return [interleave_result_type(operands[0].type)]

    def verify_(self) -> str | None:
        lhs, rhs = self.op.operands[0].type, self.op.operands[1].type
        if lhs != rhs:
            return "failed to verify that all of {lhs, rhs} have same type"
        if self.op.results[0].type != interleave_result_type(lhs):
            return "failed to verify that type of 'result' is double the width of the inputs"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands)
        p.print_optional_attr_dict(op_attrs(op))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" -> ")
        p.print_type(op.results[0].type)


# -- hand-written syntax ----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_shuffle_kw: "vector.shuffle"
vector_shuffle: vector_shuffle_kw value_use "," value_use vector_shuffle_mask [attribute_dict] ":" type "," type
vector_shuffle_mask: "[" [vector_shuffle_int ("," vector_shuffle_int)*] "]"
vector_shuffle_int: INTEGER -> vector_shuffle_pos
    | "-" INTEGER -> vector_shuffle_neg
!vector_interleave_kw: "vector.interleave"
vector_interleave: vector_interleave_kw value_use "," value_use [attribute_dict] ":" type "->" type
%extend custom_operation: vector_shuffle | vector_interleave
"""


def _shuffle(state: Any) -> Any:
    def build(c: list) -> Operation:
        _kw, a, b, mask, attrs, a_type, b_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.shuffle", attrs, ("mask",))
        if not isinstance(a_type, VectorType):
            raise parse_error(
                state,
                "vector.shuffle",
                f"invalid kind of type specified: expected builtin.vector, but found '{a_type}'",
            )
        operands = [state.resolve(a, a_type), state.resolve(b, b_type)]
        return ShuffleOp.create(
            operands,
            [shuffle_result_type(a_type, len(mask))],
            properties={"mask": dense_i64(mask)},
            attributes=attributes,
        )

    return build


def _interleave(state: Any) -> Any:
    def build(c: list) -> Operation:
        _kw, a, b, attrs, operand_type, result_type = c
        state.end_op()
        operands = [state.resolve(a, operand_type), state.resolve(b, operand_type)]
        return InterleaveOp.create(operands, [result_type], attributes=dict(attrs or {}))

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_shuffle_kw": keyword("vector.shuffle"),
        "vector_shuffle": _shuffle,
        "vector_shuffle_mask": lambda state: (
            lambda children: [v for v in children if v is not None]
        ),
        "vector_shuffle_pos": i64_literal("vector.shuffle", False),
        "vector_shuffle_neg": i64_literal("vector.shuffle", True),
        "vector_interleave_kw": keyword("vector.interleave"),
        "vector_interleave": _interleave,
    },
)

OPS = (BitCastOp, ShuffleOp, InterleaveOp)
