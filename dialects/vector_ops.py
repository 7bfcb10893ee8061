"""`vector` ops on values: broadcast, fma, extract and insert.

`vector.broadcast` uses a declarative format; the others need hand-written syntax (the
mixed `[0, %i]` position lists, `fma`'s single type for four values), written here as lark
rules plus callbacks (`SYNTAX`). Verifiers follow MLIR's VectorOps.cpp, messages included.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_types import VectorType
from pyir.core import Operation, Value
from pyir.dialects.static_dynamic import (
    DYNAMIC,
    I64_ARRAY,
    dense_i64,
    index_list_syntax,
    print_index_list,
    resolve_index_list,
    split_mixed,
    static_values,
)
from pyir.dialects.vector_common import (
    FLOAT_VECTOR,
    INDEX,
    INDEX_OPERANDS,
    VECTOR,
    dim_text,
    element_type_or_self,
    is_int_index_or_float,
    keyword,
    op_attrs,
    split_attr_dict,
)
from pyir.opdef import OpView, operand, prop, result, var_operand
from pyir.traits import Pure
from pyir.verifier import PlainMessage

#: The poison position of extract/insert (`vector.extract %v[-1]`).
POISON_INDEX = -1


# -- vector.broadcast ------------------------------------------------------------------------
class BroadcastOp(OpView):
    """`%r = vector.broadcast %s : f32 to vector<4x4xf32>`: a scalar or a vector copied into
    a vector of higher (or equal) rank.

    Invariants (verified): the source and result element types match; the source is a
    scalar, or a vector of rank <= the result's whose trailing dims each equal the result
    dim (same scalability) or are a fixed 1.
    """

    name = "vector.broadcast"
    traits = (Pure,)
    source = operand()
    vector = result(VECTOR)
    assembly_format = "$source attr-dict `:` type($source) `to` type($vector)"

    @classmethod
    def build(cls, source: Value, result_type: VectorType, location: Any = None) -> Operation:
        return cls.create([source], [result_type], location=location)

    def verify_(self) -> str | None:
        src = self.op.operands[0].type
        dst = self.op.results[0].type
        if element_type_or_self(src) != dst.element_type:
            return "failed to verify that source operand and result have same element type"
        return broadcast_error(src, dst)


def broadcast_error(src: Any, dst: VectorType) -> str | None:
    """MLIR's isBroadcastableTo as a message (None when `src` broadcasts to `dst`)."""
    if is_int_index_or_float(src) and src == dst.element_type:
        return None
    if not isinstance(src, VectorType):
        return "source type is not a vector"
    lead = len(dst.shape) - len(src.shape)
    if lead < 0:
        return "source rank higher than destination rank"
    for r, (size, scalable) in enumerate(zip(src.shape, src.scalable_dims)):
        dst_size, dst_scalable = dst.shape[lead + r], dst.scalable_dims[lead + r]
        # A fixed unit dim stretches to anything; any other dim must match exactly.
        if (size == 1 and not scalable) or (size == dst_size and scalable == dst_scalable):
            continue
        return (
            f"dimension mismatch ({dim_text(size, scalable)} vs. "
            f"{dim_text(dst_size, dst_scalable)})"
        )
    return None


# -- vector.fma ------------------------------------------------------------------------------
class FMAOp(OpView):
    """`%r = vector.fma %a, %b, %c : vector<4xf32>`: elementwise `a * b + c` on float
    vectors. Invariant: the three operands and the result have one type."""

    name = "vector.fma"
    traits = (Pure,)
    hand_written_syntax = True
    lhs = operand(FLOAT_VECTOR)
    rhs = operand(FLOAT_VECTOR)
    acc = operand(FLOAT_VECTOR)
    result = result(FLOAT_VECTOR)

    @classmethod
    def build(cls, lhs: Value, rhs: Value, acc: Value, location: Any = None) -> Operation:
        return cls.create([lhs, rhs, acc], [lhs.type], location=location)

    def verify_(self) -> str | None:
        types = {v.type for v in self.op.operands} | {self.op.results[0].type}
        if len(types) != 1:
            return "failed to verify that all of {lhs, rhs, acc, result} have same type"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands)
        p.print_optional_attr_dict(op_attrs(op))
        p.write(" : ")
        p.print_type(op.operands[0].type)


# -- vector.extract / vector.insert ------------------------------------------------------------
def _position_error(static: tuple, dynamic_count: int) -> str | None:
    markers = sum(1 for v in static if v == DYNAMIC)
    if markers != dynamic_count:
        return (
            "mismatch between dynamic and static positions (kDynamic marker but no "
            "corresponding dynamic position) -- this can only happen due to an incorrect "
            "fold/rewrite"
        )
    return None


def extract_result_type(source: VectorType, position_count: int) -> Any:
    """The type `vector.extract` infers: the element type when the position covers every
    dim, else the vector of the remaining trailing dims."""
    if position_count == len(source.shape):
        return source.element_type
    n = min(position_count, len(source.shape))
    return VectorType(source.shape[n:], source.element_type, source.scalable_dims[n:])


class ExtractOp(OpView):
    """`%r = vector.extract %v[0, %i] : vector<4xf32> from vector<3x2x4xf32>`: the element
    or sub-vector at a position whose entries are constants or `index` values.

    Invariants: `static_position` has one entry per position, `DYNAMIC` for each entry
    given by `dynamic_position` (in order); constant entries lie inside their dim or are
    -1 (poison); the result is the type `extract_result_type` infers, and never 0-d.
    """

    name = "vector.extract"
    traits = (Pure,)
    hand_written_syntax = True
    source = operand(VECTOR)
    dynamic_position = var_operand(INDEX_OPERANDS)
    result = result()
    static_position = prop(I64_ARRAY)

    @classmethod
    def build(cls, source: Value, position: list, location: Any = None) -> Operation:
        """`position`: ints and index Values, outermost first."""
        static, dynamic = split_mixed(position)
        result_type = extract_result_type(source.type, len(static))
        return cls.create(
            [source, *dynamic],
            [result_type],
            properties={"static_position": dense_i64(static)},
            location=location,
        )

    @property
    def mixed_position(self) -> list:
        from pyir.dialects.static_dynamic import merge_mixed

        return merge_mixed(static_values(self.static_position), self.dynamic_position)

    def verify_(self) -> str | None:
        op = self.op
        source: VectorType = op.operands[0].type
        result_type = op.results[0].type
        if element_type_or_self(result_type) != source.element_type:
            return "failed to verify that operand and result have same element type"
        if isinstance(result_type, VectorType) and not result_type.shape:
            return PlainMessage("expected a scalar instead of a 0-d vector as the result type")
        static = static_values(self.static_position)
        message = _position_error(static, len(op.operands) - 1)
        if message is not None:
            return message
        if len(static) > len(source.shape):
            return "expected position attribute of rank no greater than vector rank"
        for i, v in enumerate(static):
            if v != DYNAMIC and v != POISON_INDEX and not 0 <= v < source.shape[i]:
                return (
                    f"expected position attribute #{i + 1} to be a non-negative integer "
                    "smaller than the corresponding vector dimension or poison (-1)"
                )
        inferred = extract_result_type(source, len(static))
        if inferred != result_type:
            return (
                f"inferred type(s) '{inferred}' are incompatible with return type(s) of "
                f"operation '{result_type}'"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = ExtractOp(op)
        p.write(" ")
        p.print_operand(op.operands[0])
        print_index_list(p, static_values(view.static_position), op.operands[1:])
        p.print_optional_attr_dict(op_attrs(op), ("static_position",))
        p.write(" : ")
        p.print_type(op.results[0].type)
        p.write(" from ")
        p.print_type(op.operands[0].type)


class InsertOp(OpView):
    """`%r = vector.insert %s, %v [1, %i] : f32 into vector<3x4xf32>`: `dest` with the
    element or sub-vector at a position replaced by `valueToStore`.

    Invariants: the position list is as `vector.extract`'s; the position length plus the
    stored value's rank is the dest rank; the stored value is a scalar or a vector of
    rank >= 1; the result type is the dest type.
    """

    name = "vector.insert"
    traits = (Pure,)
    hand_written_syntax = True
    valueToStore = operand()
    dest = operand(VECTOR)
    dynamic_position = var_operand(INDEX_OPERANDS)
    result = result(VECTOR)
    static_position = prop(I64_ARRAY)

    @classmethod
    def build(cls, value: Value, dest: Value, position: list, location: Any = None) -> Operation:
        static, dynamic = split_mixed(position)
        return cls.create(
            [value, dest, *dynamic],
            [dest.type],
            properties={"static_position": dense_i64(static)},
            location=location,
        )

    def verify_(self) -> str | None:
        op = self.op
        value_type = op.operands[0].type
        dest: VectorType = op.operands[1].type
        if element_type_or_self(value_type) != element_type_or_self(op.results[0].type):
            return "failed to verify that source operand and result have same element type"
        if dest != op.results[0].type:
            return "failed to verify that all of {dest, result} have same type"
        if isinstance(value_type, VectorType) and not value_type.shape:
            return PlainMessage("expected a scalar instead of a 0-d vector as the source operand")
        static = static_values(self.static_position)
        # MLIR does not check this for insert (and crashes printing such an op); pyir does.
        message = _position_error(static, len(op.operands) - 2)
        if message is not None:
            return message
        rank = len(dest.shape)
        if len(static) > rank:
            return "expected position attribute of rank no greater than dest vector rank"
        if isinstance(value_type, VectorType):
            if len(value_type.shape) + len(static) != rank:
                return "expected position attribute rank + source rank to match dest vector rank"
        elif len(static) != rank:
            return "expected position attribute rank to match the dest vector rank"
        for i, v in enumerate(static):
            if v != DYNAMIC and v != POISON_INDEX and not 0 <= v < dest.shape[i]:
                return (
                    f"expected position attribute #{i + 1} to be a non-negative integer "
                    "smaller than the corresponding dest vector dimension"
                )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = InsertOp(op)
        p.write(" ")
        p.print_operands(op.operands[:2])
        p.write(" ")
        print_index_list(p, static_values(view.static_position), op.operands[2:])
        p.print_optional_attr_dict(op_attrs(op), ("static_position",))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" into ")
        p.print_type(op.operands[1].type)


# -- hand-written syntax -----------------------------------------------------------------------
_INDEX_GRAMMAR, _INDEX_CALLBACKS = index_list_syntax("vector")

_GRAMMAR = (
    _INDEX_GRAMMAR
    + r"""
!vector_extract_kw: "vector.extract"
vector_extract: vector_extract_kw value_use vector_index_list [attribute_dict] ":" type "from" type
!vector_insert_kw: "vector.insert"
vector_insert: vector_insert_kw value_use "," value_use vector_index_list [attribute_dict] ":" type "into" type
!vector_fma_kw: "vector.fma"
vector_fma: vector_fma_kw value_use "," value_use "," value_use [attribute_dict] ":" type
%extend custom_operation: vector_extract | vector_insert | vector_fma
"""
)


def _extract(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, source_use, positions, attrs, result_type, source_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.extract", attrs, ("static_position",))
        source = state.resolve(source_use, source_type)
        static, dynamic = resolve_index_list(state, positions, INDEX)
        return ExtractOp.create(
            [source, *dynamic],
            [result_type],
            properties={"static_position": dense_i64(static)},
            attributes=attributes,
        )

    return build


def _insert(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, value_use, dest_use, positions, attrs, value_type, dest_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.insert", attrs, ("static_position",))
        value = state.resolve(value_use, value_type)
        dest = state.resolve(dest_use, dest_type)
        static, dynamic = resolve_index_list(state, positions, INDEX)
        return InsertOp.create(
            [value, dest, *dynamic],
            [dest_type],
            properties={"static_position": dense_i64(static)},
            attributes=attributes,
        )

    return build


def _fma(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, a, b, acc, attrs, t = c
        state.end_op()
        operands = [state.resolve(u, t) for u in (a, b, acc)]
        return FMAOp.create(operands, [t], attributes=dict(attrs or {}))

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        **_INDEX_CALLBACKS,
        "vector_extract_kw": keyword("vector.extract"),
        "vector_extract": _extract,
        "vector_insert_kw": keyword("vector.insert"),
        "vector_insert": _insert,
        "vector_fma_kw": keyword("vector.fma"),
        "vector_fma": _fma,
    },
)

OPS = (BroadcastOp, FMAOp, ExtractOp, InsertOp)
