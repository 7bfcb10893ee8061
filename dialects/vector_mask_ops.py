"""`vector` ops that build masks: create_mask (sizes given as `index` values) and
constant_mask (sizes given as constants), and vector.vscale (the multiple of scalable
sizes).

create_mask uses a declarative format, constant_mask hand-written syntax (its sizes
print as a bare `[3, 2]`, `SYNTAX`); verifiers follow MLIR's VectorOps.cpp, messages included.
A mask of rank n with sizes (s0, ..., sn-1) is true exactly at the positions p with
p[i] < s[i] for every i (a conjunction), so one size of 0 makes the whole mask false.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_types import VectorType
from pyir.constraints import EqualTo, Predicate
from pyir.core import Operation
from pyir.dialects.static_dynamic import I64_ARRAY, dense_i64, static_values
from pyir.dialects.vector_common import (
    I1,
    INDEX,
    i64_literal,
    keyword,
    op_attrs,
    split_attr_dict,
)
from pyir.opdef import OpView, prop, result, var_operand
from pyir.traits import Pure
from pyir.verifier import PlainMessage

#: `index`, buildable so the format can leave the operand types out.
INDEX_OPERAND = EqualTo(INDEX)
INDEX_OPERAND.description = "variadic of index"  # MLIR's wording for Variadic<Index>
#: MLIR's VectorOfAnyRankOf<[I1]>: a vector of i1 of any rank (0-d included).
MASK_ANY_RANK = Predicate(
    lambda t: isinstance(t, VectorType) and t.element_type == I1,
    "vector of 1-bit signless integer values",
)


class CreateMaskOp(OpView):
    """`%m = vector.create_mask %a, %b : vector<4x3xi1>`: the mask true where each
    position is below the size given for its dim (sizes are clamped to [0, dim]).

    Invariants: one `index` operand per result dim (exactly one for a 0-d mask).
    """

    name = "vector.create_mask"
    traits = (Pure,)
    operands_ = var_operand(INDEX_OPERAND)
    result = result(MASK_ANY_RANK)
    assembly_format = "$operands_ attr-dict `:` type($result)"

    @classmethod
    def build(cls, sizes: list, result_type: VectorType, location: Any = None) -> Operation:
        return cls.create(list(sizes), [result_type], location=location)

    def verify_(self) -> str | None:
        rank = len(self.op.results[0].type.shape)
        count = len(self.op.operands)
        if rank == 0 and count != 1:
            return "must specify exactly one operand for 0-D create_mask"
        if rank and count != rank:
            return "must specify an operand for each result vector dimension"
        return None


class ConstantMaskOp(OpView):
    """`%m = vector.constant_mask [3, 2] : vector<4x3xi1>`: the mask true where each
    position is below the constant size of its dim.

    Invariants: one size per result dim, each in [0, dim] (a 0-d mask has one size, 0
    or 1); a scalable dim's size is 0 or the whole dim; one size of 0 makes them all 0.
    """

    name = "vector.constant_mask"
    traits = (Pure,)
    hand_written_syntax = True
    mask_dim_sizes = prop(I64_ARRAY)
    result = result(MASK_ANY_RANK)

    @classmethod
    def build(cls, sizes: list, result_type: VectorType, location: Any = None) -> Operation:
        return cls.create(
            [], [result_type], properties={"mask_dim_sizes": dense_i64(sizes)}, location=location
        )

    def verify_(self) -> Any:
        t: VectorType = self.op.results[0].type
        sizes = static_values(self.mask_dim_sizes)
        if not t.shape:
            if len(sizes) != 1:
                return PlainMessage("array attr must have length 1 for 0-D vectors")
            if sizes[0] not in (0, 1):
                return PlainMessage("mask dim size must be either 0 or 1 for 0-D vectors")
            return None
        if len(sizes) != len(t.shape):
            return "must specify array attr of size equal vector result rank"
        for size, dim, scalable in zip(sizes, t.shape, t.scalable_dims):
            if not 0 <= size <= dim:
                return "array attr of size out of bounds of vector result dimension size"
            if scalable and size not in (0, dim):
                return "only supports 'none set' or 'all set' scalable dimensions"
        if 0 in sizes and any(sizes):
            return (
                "expected all mask dim sizes to be zeros, as a result of conjunction with "
                "zero mask dim"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        sizes = static_values(op.properties.get("mask_dim_sizes"))
        p.write(" [" + ", ".join(str(v) for v in sizes) + "]")
        p.print_optional_attr_dict(op_attrs(op), ("mask_dim_sizes",))
        p.write(" : ")
        p.print_type(op.results[0].type)


class VectorScaleOp(OpView):
    """`%vs = vector.vscale`: the runtime multiple of the scalable vector dims (an
    `index`, at least 1). Scalable mask sizes are written as `n * vscale`."""

    name = "vector.vscale"
    traits = (Pure,)
    res = result(EqualTo(INDEX))
    assembly_format = "attr-dict"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        return [INDEX]

    @staticmethod
    def asm_result_names(op: Operation) -> list[str]:
        return ["vscale"]


# -- hand-written syntax ----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_constant_mask_kw: "vector.constant_mask"
vector_constant_mask: vector_constant_mask_kw vector_mask_sizes [attribute_dict] ":" type
vector_mask_sizes: "[" [vector_mask_int ("," vector_mask_int)*] "]"
vector_mask_int: INTEGER -> vector_mask_pos
    | "-" INTEGER -> vector_mask_neg
%extend custom_operation: vector_constant_mask
"""


def _constant_mask(state: Any) -> Any:
    def build(c: list) -> Operation:
        _kw, sizes, attrs, result_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.constant_mask", attrs, ("mask_dim_sizes",))
        return ConstantMaskOp.create(
            [],
            [result_type],
            properties={"mask_dim_sizes": dense_i64(sizes)},
            attributes=attributes,
        )

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_constant_mask_kw": keyword("vector.constant_mask"),
        "vector_constant_mask": _constant_mask,
        "vector_mask_sizes": lambda state: lambda children: [v for v in children if v is not None],
        "vector_mask_pos": i64_literal("vector.constant_mask", False),
        "vector_mask_neg": i64_literal("vector.constant_mask", True),
    },
)

OPS = (CreateMaskOp, ConstantMaskOp, VectorScaleOp)
