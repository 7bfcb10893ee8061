"""`vector` ops that combine or split lanes: multi_reduction, outerproduct and
deinterleave (the inverse of `vector.interleave`).

Custom syntax (hand-written), as MLIR prints it:

    %r = vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32>
    %o = vector.outerproduct %a, %b, %acc {kind = #vector.kind<mul>} : vector<4xf32>, vector<8xf32>
    %lo, %hi = vector.deinterleave %w : vector<8xi32> -> vector<4xi32>

outerproduct prints its attribute dict (the `kind` included, even the default `add`) only
when it has an accumulator, as MLIR does. Verifiers follow MLIR's VectorOps.cpp.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_types import VectorType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.static_dynamic import I64_ARRAY, dense_i64, static_values
from pyir.dialects.vector_common import (
    VECTOR,
    dim_text,
    element_type_or_self,
    keyword,
    op_attrs,
    parse_error,
    split_attr_dict,
)
from pyir.dialects.vector_contract import (
    COMBINING_KIND,
    KIND_ADD,
    CombiningKindAttr,
    _print_enum,
    kind_supports,
)
from pyir.opdef import OpView, operand, opt_operand, prop, result
from pyir.traits import Pure

NON_ZERO_RANK = Predicate(
    lambda t: isinstance(t, VectorType) and len(t.shape) > 0,
    "vector of any non-token type values",
)


def _type_text(t: Any) -> str:
    if isinstance(t, VectorType):
        dims = "".join(dim_text(d, s) + "x" for d, s in zip(t.shape, t.scalable_dims))
        return f"vector<{dims}{t.element_type}>"
    return str(t)


def multi_reduction_type(source: VectorType, dims: list[int]) -> Any:
    """The result type of reducing `dims` of `source`: its element type when every dim
    goes, else the vector of the kept dims."""
    kept = [i for i in range(len(source.shape)) if i not in dims]
    if not kept:
        return source.element_type
    return VectorType(
        tuple(source.shape[i] for i in kept),
        source.element_type,
        tuple(source.scalable_dims[i] for i in kept),
    )


class MultiDimReductionOp(OpView):
    """`%r = vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to
    vector<4xf32>`: combines the elements of `source` along `reduction_dims` into `acc`.

    Invariants: the dims are distinct and in range; the result (and `acc`) is the source
    without those dims (its element type when none remain)."""

    name = "vector.multi_reduction"
    traits = (Pure,)
    hand_written_syntax = True
    source = operand(NON_ZERO_RANK)
    acc = operand()
    dest = result()
    kind = prop(COMBINING_KIND)
    reduction_dims = prop(I64_ARRAY)

    def verify_(self) -> str | None:
        op = self.op
        source: VectorType = op.operands[0].type
        dest = op.results[0].type
        if source.element_type != element_type_or_self(dest):
            return "failed to verify that source operand and result have same element type"
        if op.operands[1].type != dest:
            return "failed to verify that all of {dest, acc} have same type"
        dims = static_values(self.reduction_dims)
        seen: set = set()
        for d in dims:
            if not 0 <= d < len(source.shape):
                return f"reduction dimension out of range: {d}"
            if d in seen:
                return f"duplicate reduction dimension: {d}"
            seen.add(d)
        if multi_reduction_type(source, dims) != dest:
            return (
                f"destination type '{_type_text(dest)}' is incompatible with source type "
                f"'{_type_text(source)}'"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        _print_enum(p, op.properties.get("kind"), CombiningKindAttr)
        p.write(", ")
        p.print_operands(op.operands)
        p.print_optional_attr_dict(op_attrs(op), ("kind", "reduction_dims"))
        dims = static_values(op.properties.get("reduction_dims"))
        p.write(" [" + ", ".join(str(d) for d in dims) + "] : ")
        p.print_type(op.operands[0].type)
        p.write(" to ")
        p.print_type(op.results[0].type)


def outer_product_type(lhs: VectorType, rhs: Any) -> VectorType:
    """`lhs x rhs` for a vector rhs, else `lhs`'s type (an AXPY)."""
    if isinstance(rhs, VectorType) and rhs.shape:
        return VectorType(
            (lhs.shape[0], rhs.shape[0]),
            lhs.element_type,
            (lhs.scalable_dims[0], rhs.scalable_dims[0]),
        )
    return lhs


class OuterProductOp(OpView):
    """`%o = vector.outerproduct %a, %b[, %acc] : vector<4xf32>, vector<8xf32>`: the
    4x8 products a[i] * b[j] combined into `acc` with `kind`; with a scalar `b`, the
    vector a * b (AXPY).

    Invariants: lhs is 1-d; rhs is 1-d or a scalar; the result is lhs x rhs (lhs's type
    for a scalar) with matching scalable dims; acc has the result type."""

    name = "vector.outerproduct"
    traits = (Pure,)
    hand_written_syntax = True
    lhs = operand(VECTOR)
    rhs = operand()
    acc = opt_operand(VECTOR)
    result = result(VECTOR)
    kind = prop(COMBINING_KIND, default=KIND_ADD)

    def verify_(self) -> str | None:
        op = self.op
        lhs, rhs = op.operands[0].type, op.operands[1].type
        res: VectorType = op.results[0].type
        if element_type_or_self(rhs) != res.element_type:
            return "failed to verify that rhs operand and result have same element type"
        if lhs.element_type != res.element_type:
            return "failed to verify that lhs operand and result have same element type"
        if len(lhs.shape) != 1:
            return "expected 1-d vector for operand #1"
        if isinstance(rhs, VectorType):
            if len(rhs.shape) != 1:
                return "expected 1-d vector for operand #2"
            if len(res.shape) != 2:
                return "expected 2-d vector result"
            if lhs.shape[0] != res.shape[0]:
                return "expected #1 operand dim to match result dim #1"
            if rhs.shape[0] != res.shape[1]:
                return "expected #2 operand dim to match result dim #2"
            if lhs.scalable_dims[0] and not rhs.scalable_dims[0]:
                return "expected either both or only #2 operand dim to be scalable"
        else:
            if len(res.shape) != 1:
                return "expected 1-d vector result"
            if lhs.shape[0] != res.shape[0]:
                return "expected #1 operand dim to match result dim #1"
        if len(op.operands) > 2 and op.operands[2].type != res:
            return "expected operand #3 of same type as result type"
        if not kind_supports(self.kind.value, res.element_type):
            return "unsupported outerproduct type"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands)
        if len(op.operands) > 2:
            p.print_optional_attr_dict(op_attrs(op))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(", ")
        p.print_type(op.operands[1].type)


def deinterleave_result_type(source: VectorType) -> VectorType | None:
    if not source.shape or source.shape[-1] % 2:
        return None
    shape = (*source.shape[:-1], source.shape[-1] // 2)
    return VectorType(shape, source.element_type, source.scalable_dims)


class DeinterleaveOp(OpView):
    """`%lo, %hi = vector.deinterleave %w : vector<8xi32> -> vector<4xi32>`: the even and
    the odd elements of the trailing dim.

    Invariants: the trailing dim is even; both results are the source with it halved."""

    name = "vector.deinterleave"
    traits = (Pure,)
    hand_written_syntax = True
    source = operand(NON_ZERO_RANK)
    res1 = result(VECTOR)
    res2 = result(VECTOR)

    def verify_(self) -> str | None:
        source = self.op.operands[0].type
        a, b = self.op.results[0].type, self.op.results[1].type
        if source.shape[-1] % 2:
            return (
                "failed to verify that the trailing dimension of the source vector has an "
                "even number of elements"
            )
        if a != b:
            return "failed to verify that all of {res1, res2} have same type"
        if deinterleave_result_type(source) != a:
            return (
                "failed to verify that the trailing dimension of the results is half the "
                "width of source trailing dimension"
            )
        return None

    @staticmethod
    def asm_result_names(op: Operation) -> list[str]:
        return ["res1", "res2"]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.print_optional_attr_dict(op_attrs(op))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" -> ")
        p.print_type(op.results[0].type)


# -- hand-written syntax -----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_multi_reduction_kw: "vector.multi_reduction"
vector_multi_reduction: vector_multi_reduction_kw vector_kind "," value_use "," value_use [attribute_dict] vector_mask_sizes ":" type "to" type
!vector_outerproduct_kw: "vector.outerproduct"
vector_outerproduct: vector_outerproduct_kw value_use "," value_use ["," value_use] [attribute_dict] ":" type "," type
!vector_deinterleave_kw: "vector.deinterleave"
vector_deinterleave: vector_deinterleave_kw value_use [attribute_dict] ":" type "->" type
%extend custom_operation: vector_multi_reduction | vector_outerproduct | vector_deinterleave
"""


def _multi_reduction(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, kind, src, acc, attrs, dims, src_t, dest_t = c
        state.end_op()
        name = "vector.multi_reduction"
        attributes = split_attr_dict(state, name, attrs, ("kind", "reduction_dims"))
        operands = [state.resolve(src, src_t), state.resolve(acc, dest_t)]
        props = {"kind": kind, "reduction_dims": dense_i64(dims)}
        return MultiDimReductionOp.create(
            operands, [dest_t], properties=props, attributes=attributes
        )

    return build


def _outerproduct(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, lhs, rhs, acc, attrs, lhs_t, rhs_t = c
        state.end_op()
        name = "vector.outerproduct"
        if not isinstance(lhs_t, VectorType) or not lhs_t.shape:
            raise parse_error(state, name, "expected vector type for operand #1")
        attributes = dict(attrs or {})
        kind = attributes.pop("kind", KIND_ADD)
        res_t = outer_product_type(lhs_t, rhs_t)
        operands = [state.resolve(lhs, lhs_t), state.resolve(rhs, rhs_t)]
        if acc is not None:
            operands.append(state.resolve(acc, res_t))
        return OuterProductOp.create(
            operands, [res_t], properties={"kind": kind}, attributes=attributes
        )

    return build


def _deinterleave(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, src, attrs, src_t, res_t = c
        state.end_op()
        operands = [state.resolve(src, src_t)]
        return DeinterleaveOp.create(operands, [res_t, res_t], attributes=dict(attrs or {}))

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_multi_reduction_kw": keyword("vector.multi_reduction"),
        "vector_multi_reduction": _multi_reduction,
        "vector_outerproduct_kw": keyword("vector.outerproduct"),
        "vector_outerproduct": _outerproduct,
        "vector_deinterleave_kw": keyword("vector.deinterleave"),
        "vector_deinterleave": _deinterleave,
    },
)

OPS = (MultiDimReductionOp, OuterProductOp, DeinterleaveOp)
