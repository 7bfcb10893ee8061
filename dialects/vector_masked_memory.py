"""Masked `vector` memory ops: maskedload / maskedstore, gather / scatter and expandload /
compressstore. Each reads or writes only the lanes whose mask bit is set; the loads take
the other lanes from `pass_thru`.

Custom syntax (hand-written: MLIR's optional `alignment = N` clause sits between the
operands and the attribute dict, printed only when set):

    %v = vector.maskedload %m[%i], %mask, %pt : memref<?xf32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
    vector.maskedstore %m[%i], %mask, %v : memref<?xf32>, vector<8xi1>, vector<8xf32>
    %v = vector.gather %m[%i] [%idx], %mask, %pt : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32> into vector<8xf32>
    vector.scatter %m[%i] [%idx], %mask, %v : memref<?xf32>, vector<8xi32>, vector<8xi1>, vector<8xf32>

expandload / compressstore are written like maskedload / maskedstore. gather and scatter
also take a ranked tensor base; a scatter into a tensor has the new tensor as result
(`... -> tensor<?xf32>`). Verifiers follow MLIR's VectorOps.cpp, messages and order.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_types import IndexType, IntegerType, MemRefType, RankedTensorType, VectorType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.vector_common import (
    ALIGNMENT,
    INDEX,
    INDEX_OPERANDS,
    MASK,
    RANKED_MEMREF,
    VECTOR,
    is_last_dim_unit_stride,
    keyword,
    op_attrs,
    split_attr_dict,
)
from pyir.dialects.vector_memory import _print_i64
from pyir.opdef import OpView, operand, opt_result, prop, result, var_operand
from pyir.traits import MemoryEffects

#: MLIR's AnyVectorOfNonZeroRank.
NON_ZERO_RANK = Predicate(
    lambda t: isinstance(t, VectorType) and len(t.shape) > 0,
    "vector of any non-token type values",
)
#: A gather/scatter base: a memref or a ranked tensor.
MEMREF_OR_TENSOR = Predicate(
    lambda t: isinstance(t, (MemRefType, RankedTensorType)),
    "shaped of any type values",
)
RANKED_TENSOR = Predicate(
    lambda t: isinstance(t, RankedTensorType), "ranked tensor of any type values"
)
INDEX_VECTOR = Predicate(
    lambda t: (
        isinstance(t, VectorType)
        and len(t.shape) > 0
        and isinstance(t.element_type, (IntegerType, IndexType))
    ),
    "vector of integer or index values",
)


def _contiguous_error(op: Operation, base: Any, vector: VectorType, what: str) -> str | None:
    """The checks of maskedload/store and expandload/compressstore (stride, element
    type, index count, mask shape), in MLIR's order and words."""
    if not is_last_dim_unit_stride(base):
        return "most minor memref dim must have unit stride"
    return _common_error(op, base, vector, what, op.operands[-2].type, "shape")


def _common_error(
    op: Operation, base: Any, vector: VectorType, what: str, mask: Any, word: str
) -> str | None:
    if base.element_type != vector.element_type:
        return (
            f"base element type ('{base.element_type}') does not match {what} element "
            f"type ('{vector.element_type}')"
        )
    count = sum(1 for v in op.operands[1:] if isinstance(v.type, IndexType))
    if count != len(base.shape):
        return f"requires {len(base.shape)} indices"
    if tuple(mask.shape) != tuple(vector.shape):
        return f"expected {what} {word} to match mask {word}"
    return None


def _load_error(op: Operation) -> str | None:
    result_type = op.results[0].type
    err = _contiguous_error(op, op.operands[0].type, result_type, "result")
    if err is None and op.operands[-1].type != result_type:
        return "expected pass_thru of same type as result type"
    return err


class _Masked(OpView):
    """Shared pieces: effects on the base and the custom printer."""

    traits = (MemoryEffects,)
    hand_written_syntax = True
    is_store = False
    is_gather = False

    @classmethod
    def get_effects(cls, op: Operation) -> list:
        if isinstance(op.operands[0].type, RankedTensorType):
            return []
        return [("write" if cls.is_store else "read", op.operands[0])]

    @classmethod
    def print_custom(cls, op: Operation, p: Any) -> None:
        ops = list(op.operands)
        p.write(" ")
        p.print_operand(ops[0])
        p.write("[")
        tail = 3 if cls.is_gather else 2
        p.print_operands(ops[1 : len(ops) - tail])
        p.write("]")
        if cls.is_gather:
            p.write(" [")
            p.print_operand(ops[-3])
            p.write("]")
        p.write(", ")
        p.print_operands(ops[-2:])
        alignment = op.properties.get("alignment")
        if alignment is not None:
            p.write(" alignment = ")
            _print_i64(p, alignment)
        p.print_optional_attr_dict(op_attrs(op), ("alignment",))
        p.write(" : ")
        types = [ops[0].type] + [v.type for v in ops[len(ops) - tail :]]
        for i, t in enumerate(types):
            if i:
                p.write(", ")
            p.print_type(t)
        if op.results:
            p.write(" -> " if cls.is_store else " into ")
            p.print_type(op.results[0].type)


class MaskedLoadOp(_Masked):
    """`%v = vector.maskedload %m[%i], %mask, %pt : ... into vector<8xf32>`: a contiguous
    read of the lanes set in `mask`, `pass_thru` elsewhere.

    Invariants: one index per memref dim; result, mask and pass_thru have one shape (and
    result and pass_thru one type); the result's element type is the memref's; the
    innermost memref stride is 1."""

    name = "vector.maskedload"
    base = operand(RANKED_MEMREF)
    indices = var_operand(INDEX_OPERANDS)
    mask = operand(MASK)
    pass_thru = operand(NON_ZERO_RANK)
    result = result(NON_ZERO_RANK)
    alignment = prop(ALIGNMENT, optional=True)

    def verify_(self) -> str | None:
        return _load_error(self.op)


class MaskedStoreOp(_Masked):
    """`vector.maskedstore %m[%i], %mask, %v : ...`: a contiguous write of the lanes set
    in `mask`, with maskedload's invariants (valueToStore in place of the result)."""

    name = "vector.maskedstore"
    is_store = True
    base = operand(RANKED_MEMREF)
    indices = var_operand(INDEX_OPERANDS)
    mask = operand(MASK)
    valueToStore = operand(NON_ZERO_RANK)
    alignment = prop(ALIGNMENT, optional=True)

    def verify_(self) -> str | None:
        return _contiguous_error(
            self.op, self.op.operands[0].type, self.op.operands[-1].type, "valueToStore"
        )


class ExpandLoadOp(MaskedLoadOp):
    """`%v = vector.expandload %m[%i], %mask, %pt : ...`: reads consecutive elements
    into the lanes set in `mask`, in order; maskedload's invariants."""

    name = "vector.expandload"


class CompressStoreOp(MaskedStoreOp):
    """`vector.compressstore %m[%i], %mask, %v : ...`: writes the lanes set in `mask` to
    consecutive elements; maskedstore's invariants."""

    name = "vector.compressstore"


class GatherOp(_Masked):
    """`%v = vector.gather %m[%i] [%idx], %mask, %pt : ...`: lane k reads
    `base[%i + idx[k]]` (offset on the innermost dim) when mask[k] is set.

    Invariants: one index per base dim; result, index vector and mask have one shape;
    pass_thru has the result's type; element types of base and result match."""

    name = "vector.gather"
    is_gather = True
    base = operand(MEMREF_OR_TENSOR)
    offsets = var_operand(INDEX_OPERANDS)
    indices = operand(INDEX_VECTOR)
    mask = operand(MASK)
    pass_thru = operand(VECTOR)
    result = result(VECTOR)
    alignment = prop(ALIGNMENT, optional=True)

    def verify_(self) -> str | None:
        op = self.op
        result_type = op.results[0].type
        return _gather_error(op, result_type, "result") or (
            "expected pass_thru of same type as result type"
            if op.operands[-1].type != result_type
            else None
        )


def _gather_error(op: Operation, vector: VectorType, what: str) -> str | None:
    base = op.operands[0].type
    if isinstance(base, RankedTensorType) and op.properties.get("alignment") is not None:
        return "alignment is only supported for memref bases, not tensor bases"
    if base.element_type != vector.element_type:
        return (
            f"base element type ('{base.element_type}') does not match {what} element "
            f"type ('{vector.element_type}')"
        )
    count = len(op.operands) - 4
    if count != len(base.shape):
        return f"requires {len(base.shape)} indices"
    if tuple(op.operands[-3].type.shape) != tuple(vector.shape):
        return f"expected {what} dim to match indices dim"
    if tuple(op.operands[-2].type.shape) != tuple(vector.shape):
        return f"expected {what} dim to match mask dim"
    return None


class ScatterOp(_Masked):
    """`vector.scatter %m[%i] [%idx], %mask, %v : ...`: lane k writes
    `base[%i + idx[k]]` when mask[k] is set; into a tensor, the result is the new
    tensor. gather's invariants (valueToStore in place of the result)."""

    name = "vector.scatter"
    is_store = True
    is_gather = True
    base = operand(MEMREF_OR_TENSOR)
    offsets = var_operand(INDEX_OPERANDS)
    indices = operand(INDEX_VECTOR)
    mask = operand(MASK)
    valueToStore = operand(VECTOR)
    result = opt_result(RANKED_TENSOR)
    alignment = prop(ALIGNMENT, optional=True)

    def verify_(self) -> str | None:
        return _gather_error(self.op, self.op.operands[-1].type, "valueToStore")


# -- hand-written syntax -----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_masked_kw: "vector.maskedload" | "vector.expandload"
vector_masked_load: vector_masked_kw value_use vector_mem_indices "," value_use "," value_use [vector_masked_align] [attribute_dict] ":" type "," type "," type "into" type
!vector_masked_store_kw: "vector.maskedstore" | "vector.compressstore"
vector_masked_store: vector_masked_store_kw value_use vector_mem_indices "," value_use "," value_use [vector_masked_align] [attribute_dict] ":" type "," type "," type
!vector_gather_kw: "vector.gather"
vector_gather: vector_gather_kw value_use vector_mem_indices "[" value_use "]" "," value_use "," value_use [vector_masked_align] [attribute_dict] ":" type "," type "," type "," type "into" type
!vector_scatter_kw: "vector.scatter"
vector_scatter: vector_scatter_kw value_use vector_mem_indices "[" value_use "]" "," value_use "," value_use [vector_masked_align] [attribute_dict] ":" type "," type "," type "," type ["->" type]
vector_masked_align: "alignment" "=" vector_mem_int
%extend custom_operation: vector_masked_load | vector_masked_store | vector_gather | vector_scatter
"""

_CLASSES = {
    cls.name: cls
    for cls in (MaskedLoadOp, MaskedStoreOp, ExpandLoadOp, CompressStoreOp, GatherOp, ScatterOp)
}


def _keyword(state: Any) -> Any:
    """The keyword rule shared by two ops: the op named by the matched text starts."""

    def push(children: list) -> str:
        name = str(children[0])
        state.begin_op(name)
        return name

    return push


def _build(
    state: Any,
    name: str,
    base: tuple,
    index_uses: Any,
    rest: list,
    types: list,
    attrs: Any,
    align: Any,
    results: list,
) -> Operation:
    state.end_op()
    attributes = split_attr_dict(state, name, attrs, ("alignment",))
    operands = [state.resolve(base[0], base[1])]
    operands += [state.resolve(u, INDEX) for u in index_uses or ()]
    operands += [state.resolve(u, t) for u, t in zip(rest, types)]
    props = {} if align is None else {"alignment": align}
    return _CLASSES[name].create(operands, results, properties=props, attributes=attributes)


def _masked_load(state: Any) -> Any:
    def build(c: list) -> Operation:
        kw, base, idx, mask, pt, align, attrs, bt, mt, pt_t, rt = c
        return _build(state, str(kw), (base, bt), idx, [mask, pt], [mt, pt_t], attrs, align, [rt])

    return build


def _masked_store(state: Any) -> Any:
    def build(c: list) -> Operation:
        kw, base, idx, mask, v, align, attrs, bt, mt, vt = c
        return _build(state, str(kw), (base, bt), idx, [mask, v], [mt, vt], attrs, align, [])

    return build


def _gather(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, base, idx, iv, mask, pt, align, attrs, bt, it, mt, pt_t, rt = c
        return _build(
            state,
            "vector.gather",
            (base, bt),
            idx,
            [iv, mask, pt],
            [it, mt, pt_t],
            attrs,
            align,
            [rt],
        )

    return build


def _scatter(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, base, idx, iv, mask, v, align, attrs, bt, it, mt, vt, rt = c
        return _build(
            state,
            "vector.scatter",
            (base, bt),
            idx,
            [iv, mask, v],
            [it, mt, vt],
            attrs,
            align,
            [] if rt is None else [rt],
        )

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_masked_kw": _keyword,
        "vector_masked_store_kw": _keyword,
        "vector_gather_kw": keyword("vector.gather"),
        "vector_scatter_kw": keyword("vector.scatter"),
        "vector_masked_load": _masked_load,
        "vector_masked_store": _masked_store,
        "vector_gather": _gather,
        "vector_scatter": _scatter,
        "vector_masked_align": lambda state: lambda c: c[0],
    },
)

OPS = tuple(_CLASSES.values())
