"""`vector` ops that rearrange elements: shape_cast, from_elements, to_elements, transpose
and step.

`vector.shape_cast`, `vector.to_elements` and `vector.step` use declarative formats; `vector.from_elements`
(its operand types come from the result's element type) and `vector.transpose` (its
permutation prints as a bare `[1, 0]`) have hand-written syntax (`SYNTAX`). Verifiers
follow MLIR's VectorOps.cpp, messages included.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_types import IndexType, IntegerType, VectorType
from pyir.constraints import Predicate
from pyir.core import Operation, Value
from pyir.dialects.static_dynamic import I64_ARRAY, dense_i64, static_values
from pyir.dialects.vector_common import (
    VECTOR,
    i64_literal,
    keyword,
    op_attrs,
    parse_error,
    split_attr_dict,
)
from pyir.opdef import OpView, operand, prop, result, var_operand, var_result
from pyir.traits import Pure

#: MLIR's FixedVectorOfAnyRank: no scalable dim (0-d allowed).
FIXED_VECTOR = Predicate(
    lambda t: isinstance(t, VectorType) and not any(t.scalable_dims),
    "fixed-length vector of any non-token type values",
)
#: MLIR's VectorOfRankAndType<[1], [Index, AnySignlessInteger of >= 8 bits]>.
STEP_VECTOR = Predicate(
    lambda t: (
        isinstance(t, VectorType)
        and len(t.shape) == 1
        and (
            isinstance(t.element_type, IndexType)
            or (
                isinstance(t.element_type, IntegerType)
                and t.element_type.is_signless
                and t.element_type.width >= 8
            )
        )
    ),
    "vector of index or signless integer of at least 8 bits values of ranks 1",
)


def num_elements(t: VectorType) -> int:
    n = 1
    for d in t.shape:
        n *= d
    return n


# -- vector.shape_cast ------------------------------------------------------------------------
class ShapeCastOp(OpView):
    """`%r = vector.shape_cast %v : vector<2x3xf32> to vector<6xf32>`: the same elements,
    in row-major order, under another shape.

    Invariants (verified): the element type, the number of elements and the number of
    scalable dims are preserved.
    """

    name = "vector.shape_cast"
    traits = (Pure,)
    source = operand(VECTOR)
    result = result(VECTOR)
    assembly_format = "$source attr-dict `:` type($source) `to` type($result)"

    @classmethod
    def build(cls, source: Value, result_type: VectorType, location: Any = None) -> Operation:
        return cls.create([source], [result_type], location=location)

    def verify_(self) -> str | None:
        src: VectorType = self.op.operands[0].type
        dst: VectorType = self.op.results[0].type
        if src.element_type != dst.element_type:
            return (
                f"source element type ('{src.element_type}') does not match result element "
                f"type ('{dst.element_type}')"
            )
        if num_elements(src) != num_elements(dst):
            return (
                f"has different number of elements at source ({num_elements(src)}) and "
                f"result ({num_elements(dst)})"
            )
        src_scalable, dst_scalable = sum(src.scalable_dims), sum(dst.scalable_dims)
        if src_scalable != dst_scalable:
            return (
                f"has different number of scalable dims at source ({src_scalable}) and "
                f"result ({dst_scalable})"
            )
        return None


# -- vector.from_elements ---------------------------------------------------------------------
class FromElementsOp(OpView):
    """`%r = vector.from_elements %a, %b, %c, %d : vector<2x2xf32>`: a fixed-size vector
    of scalars given in row-major order.

    Invariants: one operand per element of the result, each of the result's element type;
    the result has no scalable dim (it may be 0-d).
    """

    name = "vector.from_elements"
    traits = (Pure,)
    hand_written_syntax = True
    elements = var_operand()
    dest = result(FIXED_VECTOR)

    @classmethod
    def build(cls, elements: list, result_type: VectorType, location: Any = None) -> Operation:
        return cls.create(list(elements), [result_type], location=location)

    def verify_(self) -> str | None:
        dest: VectorType = self.op.results[0].type
        operands = self.op.operands
        if len(operands) != num_elements(dest) or any(
            v.type != dest.element_type for v in operands
        ):
            return (
                "failed to verify that shaped type 'dest' matches 'elements' element count "
                "and types"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        if op.operands:
            p.write(" ")
            p.print_operands(op.operands)
        p.print_optional_attr_dict(op_attrs(op))
        p.write(" : ")
        p.print_type(op.results[0].type)


# -- vector.to_elements -----------------------------------------------------------------------
class ToElementsOp(OpView):
    """`%r:4 = vector.to_elements %v : vector<2x2xf32>`: the elements of a vector as
    scalars, in row-major order (the inverse of `vector.from_elements`).

    Invariants: one result per element of the source (a 0-d vector has one; a scalable
    dim counts its base size, as in MLIR), each of the source's element type.
    """

    name = "vector.to_elements"
    traits = (Pure,)
    source = operand(VECTOR)
    elements = var_result()
    assembly_format = "$source attr-dict `:` type($source)"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        t = operands[0].type
        if not isinstance(t, VectorType):
            raise ValueError(
                f"invalid kind of type specified: expected builtin.vector, but found '{t}'"
            )
        return [t.element_type] * num_elements(t)

    @classmethod
    def build(cls, source: Value, location: Any = None) -> Operation:
        return cls.create([source], cls.infer_result_types([source], {}), location=location)

    def verify_(self) -> str | None:
        source: VectorType = self.op.operands[0].type
        results = self.op.results
        if len(results) != num_elements(source) or any(
            r.type != source.element_type for r in results
        ):
            return (
                "failed to verify that shaped type 'source' matches 'elements' element count "
                "and types"
            )
        return None


# -- vector.transpose -------------------------------------------------------------------------
class TransposeOp(OpView):
    """`%r = vector.transpose %v, [1, 0] : vector<2x3xf32> to vector<3x2xf32>`: result dim
    `i` is source dim `permutation[i]`.

    Invariants (verified): source and result have one rank and element type;
    `permutation` is a permutation of that rank; sizes match through it (scalability is
    not compared, as in MLIR).
    """

    name = "vector.transpose"
    traits = (Pure,)
    hand_written_syntax = True
    vector = operand(VECTOR)
    result = result(VECTOR)
    permutation = prop(I64_ARRAY)

    @classmethod
    def build(cls, source: Value, permutation: list, location: Any = None) -> Operation:
        t: VectorType = source.type
        result_type = VectorType(
            tuple(t.shape[p] for p in permutation),
            t.element_type,
            tuple(t.scalable_dims[p] for p in permutation),
        )
        return cls.create(
            [source],
            [result_type],
            properties={"permutation": dense_i64(permutation)},
            location=location,
        )

    def verify_(self) -> str | None:
        src: VectorType = self.op.operands[0].type
        dst: VectorType = self.op.results[0].type
        if src.element_type != dst.element_type:
            return "failed to verify that operand and result have same element type"
        rank = len(dst.shape)
        if len(src.shape) != rank:
            return f"vector result rank mismatch: {rank}"
        perm = static_values(self.permutation)
        if len(perm) != rank:
            return f"transposition length mismatch: {len(perm)}"
        seen = [False] * rank
        for i, p in enumerate(perm):
            if not 0 <= p < rank:
                return f"transposition index out of range: {p}"
            if seen[p]:
                return f"duplicate position index: {p}"
            seen[p] = True
            if dst.shape[i] != src.shape[p]:
                return f"dimension size mismatch at: {p}"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        perm = static_values(op.properties.get("permutation"))
        p.write(", [" + ", ".join(str(v) for v in perm) + "]")
        p.print_optional_attr_dict(op_attrs(op), ("permutation",))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" to ")
        p.print_type(op.results[0].type)


# -- vector.step ------------------------------------------------------------------------------
class StepOp(OpView):
    """`%r = vector.step : vector<4xindex>`: the 1-D vector [0, 1, ..., n-1].

    Invariant: the result is a rank-1 vector of index or of a signless integer of at
    least 8 bits (fixed or scalable).
    """

    name = "vector.step"
    traits = (Pure,)
    result = result(STEP_VECTOR)
    assembly_format = "attr-dict `:` type($result)"

    @classmethod
    def build(cls, result_type: VectorType, location: Any = None) -> Operation:
        return cls.create([], [result_type], location=location)


# -- hand-written syntax ----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_from_elements_kw: "vector.from_elements"
vector_from_elements: vector_from_elements_kw [value_use ("," value_use)*] [attribute_dict] ":" type
!vector_transpose_kw: "vector.transpose"
vector_transpose: vector_transpose_kw value_use "," vector_perm [attribute_dict] ":" type "to" type
vector_perm: "[" [vector_perm_int ("," vector_perm_int)*] "]"
vector_perm_int: INTEGER -> vector_perm_pos
    | "-" INTEGER -> vector_perm_neg
%extend custom_operation: vector_from_elements | vector_transpose
"""


def _from_elements(state: Any) -> Any:
    def build(c: list) -> Operation:
        _kw, *uses, attrs, dest_type = c
        uses = [u for u in uses if u is not None]
        state.end_op()
        if not isinstance(dest_type, VectorType) or any(dest_type.scalable_dims):
            raise parse_error(
                state,
                "vector.from_elements",
                "'dest' must be fixed-length vector of any non-token type values, but got "
                f"'{dest_type}'",
            )
        count = num_elements(dest_type)
        if len(uses) != count:
            raise parse_error(
                state,
                "vector.from_elements",
                f"number of operands and types do not match: got {len(uses)} operands and "
                f"{count} types",
            )
        operands = [state.resolve(u, dest_type.element_type) for u in uses]
        return FromElementsOp.create(operands, [dest_type], attributes=dict(attrs or {}))

    return build


def _transpose(state: Any) -> Any:
    def build(c: list) -> Operation:
        _kw, source_use, perm, attrs, source_type, result_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.transpose", attrs, ("permutation",))
        source = state.resolve(source_use, source_type)
        return TransposeOp.create(
            [source],
            [result_type],
            properties={"permutation": dense_i64(perm)},
            attributes=attributes,
        )

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_from_elements_kw": keyword("vector.from_elements"),
        "vector_from_elements": _from_elements,
        "vector_transpose_kw": keyword("vector.transpose"),
        "vector_transpose": _transpose,
        "vector_perm": lambda state: lambda children: [v for v in children if v is not None],
        "vector_perm_pos": i64_literal("vector.transpose", False),
        "vector_perm_neg": i64_literal("vector.transpose", True),
    },
)

OPS = (ShapeCastOp, FromElementsOp, ToElementsOp, TransposeOp, StepOp)
