"""`vector.scalable.insert`, `vector.scalable.extract` and `vector.type_cast`.

`type_cast` uses a declarative format; the scalable ops are hand-written, as `pos`
prints as a bare integer (`%v[8]`). Verifiers follow MLIR's VectorOps (ODS constraint and
trait messages, in ODS order). `iree-opt --canonicalize` has no folds for them.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import MemRefType, VectorType
from pyir.constraints import Predicate
from pyir.core import Operation, Value
from pyir.dialects.vector_common import I64, i64_literal, keyword, op_attrs, split_attr_dict
from pyir.opdef import OpView, operand, prop, result
from pyir.traits import Pure

#: MLIR's VectorOfRank<[1]> (its ODS summary reads " of ranks 1").
RANK1_VECTOR = Predicate(lambda t: isinstance(t, VectorType) and len(t.shape) == 1, " of ranks 1")
#: MLIR's ScalableVectorOfRank<[1]>.
SCALABLE_RANK1_VECTOR = Predicate(
    lambda t: isinstance(t, VectorType) and len(t.shape) == 1 and t.scalable_dims[0],
    " of ranks 1",
)
I64_ATTR = Predicate(
    lambda a: isinstance(a, IntegerAttr) and a.type == I64,
    "64-bit signless integer attribute",
)
STATIC_MEMREF = Predicate(
    lambda t: isinstance(t, MemRefType) and all(d >= 0 for d in t.shape),
    "statically shaped memref of any non-token type values",
)
MEMREF = Predicate(lambda t: isinstance(t, MemRefType), "memref of any non-token type values")


def _pos(op: Operation) -> int | None:
    pos = op.properties.get("pos")
    return pos.value if isinstance(pos, IntegerAttr) else None


# -- vector.scalable.insert ----------------------------------------------------------------------
class ScalableInsertOp(OpView):
    """`%r = vector.scalable.insert %v, %dest[8] : vector<4xf32> into vector<[16]xf32>`:
    `dest` with the 1-D vector `v` written at element `pos`.

    Invariants (verified): `dest` (and the result, of its type) is a scalable 1-D vector
    with `v`'s element type; `pos` is a multiple of `v`'s length.
    """

    name = "vector.scalable.insert"
    traits = (Pure,)
    valueToStore = operand(RANK1_VECTOR)
    dest = operand(SCALABLE_RANK1_VECTOR)
    pos = prop(I64_ATTR)
    res = result(SCALABLE_RANK1_VECTOR)
    hand_written_syntax = True

    @classmethod
    def build(cls, value: Value, dest: Value, pos: int, location: Any = None) -> Operation:
        return cls.create(
            [value, dest], [dest.type], properties={"pos": IntegerAttr(pos, I64)}, location=location
        )

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands)
        p.write(f"[{_pos(op)}]")
        p.print_optional_attr_dict(op_attrs(op), ("pos",))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" into ")
        p.print_type(op.operands[1].type)

    def verify_(self) -> str | None:
        value, dest = (v.type for v in self.op.operands)
        if value.element_type != dest.element_type:
            return "failed to verify that all of {valueToStore, dest} have same element type"
        if self.op.results[0].type != dest:
            return "failed to verify that all of {dest, result} have same type"
        pos = _pos(self.op)
        if pos is not None and value.shape[0] and pos % value.shape[0]:
            return "failed to verify that position is a multiple of the source length."
        return None


# -- vector.scalable.extract ---------------------------------------------------------------------
class ScalableExtractOp(OpView):
    """`%r = vector.scalable.extract %v[8] : vector<4xf32> from vector<[16]xf32>`: the 1-D
    vector of the result's length starting at element `pos` of the scalable `v`.

    Invariants (verified): `source` is a scalable 1-D vector with the result's element
    type; `pos` is a multiple of the result's length.
    """

    name = "vector.scalable.extract"
    traits = (Pure,)
    source = operand(SCALABLE_RANK1_VECTOR)
    pos = prop(I64_ATTR)
    res = result(RANK1_VECTOR)
    hand_written_syntax = True

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands)
        p.write(f"[{_pos(op)}]")
        p.print_optional_attr_dict(op_attrs(op), ("pos",))
        p.write(" : ")
        p.print_type(op.results[0].type)
        p.write(" from ")
        p.print_type(op.operands[0].type)

    @classmethod
    def build(
        cls, source: Value, result_type: VectorType, pos: int, location: Any = None
    ) -> Operation:
        return cls.create(
            [source], [result_type], properties={"pos": IntegerAttr(pos, I64)}, location=location
        )

    def verify_(self) -> str | None:
        source = self.op.operands[0].type
        res = self.op.results[0].type
        if source.element_type != res.element_type:
            return "failed to verify that all of {source, result} have same element type"
        pos = _pos(self.op)
        if pos is not None and res.shape[0] and pos % res.shape[0]:
            return "failed to verify that position is a multiple of the result length."
        return None


# -- vector.type_cast ----------------------------------------------------------------------------
def _identity_layout(t: MemRefType) -> bool:
    """Whether `t`'s layout is the identity once canonicalized (no layout, or the
    contiguous row-major strides at offset 0)."""
    if t.layout is None:
        return True
    from pyir.dialects.memref_layout import strides_and_offset

    strided = strides_and_offset(t)
    if strided is None:
        return False
    strides, offset = strided
    expected, running = [], 1
    for size in reversed(t.shape):
        expected.append(running)
        running *= size
    expected.reverse()
    return offset == 0 and list(strides) == expected


def _scalar_and_shape(t: MemRefType) -> tuple[Any, tuple]:
    """The scalar element type and the memref shape followed by a vector element's."""
    element = t.element_type
    if isinstance(element, VectorType):
        return element.element_type, tuple(t.shape) + tuple(element.shape)
    return element, tuple(t.shape)


class TypeCastOp(OpView):
    """`%r = vector.type_cast %m : memref<8x8xf32> to memref<vector<8x8xf32>>`: the same
    buffer seen with (part of) its shape moved into a vector element type.

    Invariants (verified): the operand is statically shaped; both have identity layouts
    and the same memory space; the scalar element types and the concatenated memref +
    vector shapes are equal.
    """

    name = "vector.type_cast"
    traits = (Pure,)
    memref = operand(STATIC_MEMREF)
    result = result(MEMREF)
    assembly_format = "$memref attr-dict `:` type($memref) `to` type($result)"

    @classmethod
    def build(cls, source: Value, result_type: MemRefType, location: Any = None) -> Operation:
        return cls.create([source], [result_type], location=location)

    def verify_(self) -> str | None:
        source: MemRefType = self.op.operands[0].type
        res: MemRefType = self.op.results[0].type
        if not _identity_layout(source):
            return "expects operand to be a memref with identity layout"
        if not _identity_layout(res):
            return "expects result to be a memref with identity layout"
        if source.memory_space != res.memory_space:
            return "expects result in same memory space"
        source_scalar, source_shape = _scalar_and_shape(source)
        res_scalar, res_shape = _scalar_and_shape(res)
        if source_scalar != res_scalar:
            return f"expects result and operand with same underlying scalar type: '{res}'"
        if source_shape != res_shape:
            return f"expects concatenated result and operand shapes to be equal: '{res}'"
        return None


# -- hand-written syntax ----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_scalable_insert_kw: "vector.scalable.insert"
vector_scalable_insert: vector_scalable_insert_kw value_use "," value_use "[" vector_scalable_pos "]" [attribute_dict] ":" type "into" type
!vector_scalable_extract_kw: "vector.scalable.extract"
vector_scalable_extract: vector_scalable_extract_kw value_use "[" vector_scalable_pos "]" [attribute_dict] ":" type "from" type
vector_scalable_pos: INTEGER -> vector_scalable_pos_pos
    | "-" INTEGER -> vector_scalable_pos_neg
%extend custom_operation: vector_scalable_insert | vector_scalable_extract
"""


def _scalable_insert(state: Any) -> Any:
    def build(c: list) -> Operation:
        _kw, value_use, dest_use, pos, attrs, value_type, dest_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.scalable.insert", attrs, ("pos",))
        value = state.resolve(value_use, value_type)
        dest = state.resolve(dest_use, dest_type)
        return ScalableInsertOp.create(
            [value, dest],
            [dest_type],
            properties={"pos": IntegerAttr(pos, I64)},
            attributes=attributes,
        )

    return build


def _scalable_extract(state: Any) -> Any:
    def build(c: list) -> Operation:
        _kw, source_use, pos, attrs, result_type, source_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.scalable.extract", attrs, ("pos",))
        source = state.resolve(source_use, source_type)
        return ScalableExtractOp.create(
            [source],
            [result_type],
            properties={"pos": IntegerAttr(pos, I64)},
            attributes=attributes,
        )

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_scalable_insert_kw": keyword("vector.scalable.insert"),
        "vector_scalable_insert": _scalable_insert,
        "vector_scalable_extract_kw": keyword("vector.scalable.extract"),
        "vector_scalable_extract": _scalable_extract,
        "vector_scalable_pos_pos": i64_literal("vector.scalable.insert", False),
        "vector_scalable_pos_neg": i64_literal("vector.scalable.insert", True),
    },
)

OPS = (ScalableInsertOp, ScalableExtractOp, TypeCastOp)
