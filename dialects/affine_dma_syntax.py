"""Parsing the custom forms of affine.prefetch, affine.dma_start and affine.dma_wait:

    affine.prefetch %m[%i, %j + 5], read, locality<3>, data {attrs} : memref<400x400xi32>
    affine.dma_start %src[%i], %dst[0], %tag[0], %num [, %stride, %per] : S, D, T
    affine.dma_wait %tag[%i + 1], %num : memref<1xi32>

`with_dma_ops(syntax)` adds these rules to the rest of the dialect's syntax; the
subscript rules (`aff_subscripts`) are affine_syntax's. Errors are MLIR's: a bad
read/write or cache word, a wrong stride-operand or type count.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMapAttr
from pyir.asm import CustomSyntax
from pyir.builtin_attributes import IntegerAttr, bool_attr
from pyir.builtin_types import IndexType, IntegerType
from pyir.core import Operation
from pyir.dialects.affine_dma_ops import DmaStartOp, DmaWaitOp, PrefetchOp
from pyir.dialects.affine_syntax import _fail, _keyword, _memref_type, _split_attrs, ssa_map

__all__ = ["with_dma_ops"]

_INDEX = IndexType()

GRAMMAR = r"""
affine_prefetch: affine_prefetch_kw value_use aff_subscripts "," aff_dma_word "," "locality" "<" aff_dma_int ">" "," aff_dma_word [attribute_dict] aff_memref_type
!affine_prefetch_kw: "affine.prefetch"
affine_dma_start: affine_dma_start_kw aff_dma_ref "," aff_dma_ref "," aff_dma_ref "," value_use ("," value_use)* ":" type_list
!affine_dma_start_kw: "affine.dma_start"
affine_dma_wait: affine_dma_wait_kw aff_dma_ref "," value_use aff_memref_type
!affine_dma_wait_kw: "affine.dma_wait"
aff_dma_ref: value_use aff_subscripts
aff_dma_word: BARE_ID
aff_dma_int: INTEGER

%extend custom_operation: affine_prefetch | affine_dma_start | affine_dma_wait
"""


def _word(state: Any) -> Any:
    return lambda c: str(c[0])


def _int(state: Any) -> Any:
    def build(c: list) -> int:
        value = int(str(c[0]), 0)
        if value >= 2**31:
            raise state.error("integer value too large", state.pos)
        return value

    return build


def _ref(state: Any) -> Any:
    """`%m[<exprs>]`: the memref use, the map and the map's operand uses."""

    def build(c: list) -> tuple:
        amap, uses = ssa_map(state, c[1] or [])
        return (c[0], amap, uses)

    return build


def _prefetch(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), memref_use, trees, rw, hint, cache, attrs, mtype = c
        if rw not in ("read", "write"):
            raise _fail(state, name, "rw specifier has to be 'read' or 'write'", name_pos)
        if cache not in ("data", "instr"):
            raise _fail(state, name, "cache type has to be 'data' or 'instr'", name_pos)
        state.end_op()
        mtype = _memref_type(state, name, mtype, name_pos)
        amap, uses = ssa_map(state, trees or [])
        memref = state.resolve(memref_use, mtype)
        indices = state.resolve_all(uses, [_INDEX] * len(uses), name_pos)
        props: dict = {}
        attributes = _split_attrs(PrefetchOp, attrs, props)
        props["isWrite"] = bool_attr(rw == "write")
        props["localityHint"] = IntegerAttr(hint, IntegerType(32))
        props["isDataCache"] = bool_attr(cache == "data")
        props["map"] = AffineMapAttr(amap)
        return PrefetchOp.create([memref, *indices], [], props, attributes)

    return build


def _resolve_ref(state: Any, ref: tuple, mtype: Any, pos: int) -> list:
    use, _, uses = ref
    return [state.resolve(use, mtype), *state.resolve_all(uses, [_INDEX] * len(uses), pos)]


def _dma_start(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), src, dst, tag, num, *rest = c
        types = rest.pop()
        if rest and len(rest) != 2:
            raise _fail(state, name, "expected two stride related operands", name_pos)
        if len(types) != 3:
            raise _fail(state, name, "expected three types", name_pos)
        state.end_op()
        operands = []
        for ref, mtype in zip((src, dst, tag), types):
            operands += _resolve_ref(state, ref, mtype, name_pos)
        operands.append(state.resolve(num, _INDEX))
        operands += state.resolve_all(rest, [_INDEX] * len(rest), name_pos)
        props = {k: AffineMapAttr(r[1]) for k, r in zip(("src_map", "dst_map", "tag_map"), c[1:4])}
        return DmaStartOp.create(operands, [], props)

    return build


def _dma_wait(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), tag, num, mtype = c
        state.end_op()
        operands = _resolve_ref(state, tag, mtype[0], name_pos)
        _memref_type(state, name, mtype, name_pos)
        operands.append(state.resolve(num, _INDEX))
        return DmaWaitOp.create(operands, [], {"tag_map": AffineMapAttr(tag[1])})

    return build


CALLBACKS = {
    "affine_prefetch_kw": _keyword,
    "affine_dma_start_kw": _keyword,
    "affine_dma_wait_kw": _keyword,
    "affine_prefetch": _prefetch,
    "affine_dma_start": _dma_start,
    "affine_dma_wait": _dma_wait,
    "aff_dma_ref": _ref,
    "aff_dma_word": _word,
    "aff_dma_int": _int,
}


def with_dma_ops(syntax: CustomSyntax) -> CustomSyntax:
    """`syntax` plus the rules of prefetch, dma_start and dma_wait."""
    return CustomSyntax(syntax.grammar + GRAMMAR, {**syntax.callbacks, **CALLBACKS})
