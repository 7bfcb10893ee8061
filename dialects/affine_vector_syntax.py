"""Parsing the custom forms of affine.vector_load and affine.vector_store:

    %v = affine.vector_load %m[%i, %j + 1] : memref<100x100xf32>, vector<8xf32>
    affine.vector_store %v, %m[%i, %j] : memref<100x100xf32>, vector<8xf32>

`with_vector_ops(syntax)` adds these rules to the rest of the dialect's syntax; the
subscript rules (`aff_subscripts`) are affine_syntax's.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMapAttr
from pyir.asm import CustomSyntax
from pyir.builtin_types import IndexType, VectorType
from pyir.core import Operation
from pyir.dialects.affine_syntax import _fail, _keyword, _memref_type, _split_attrs, ssa_map
from pyir.dialects.affine_vector_ops import VectorLoadOp, VectorStoreOp

__all__ = ["with_vector_ops"]

_INDEX = IndexType()

GRAMMAR = r"""
affine_vector_load: affine_vector_load_kw value_use aff_subscripts [attribute_dict] aff_memref_type "," aff_vec_type
!affine_vector_load_kw: "affine.vector_load"
affine_vector_store: affine_vector_store_kw value_use "," value_use aff_subscripts [attribute_dict] aff_memref_type "," aff_vec_type
!affine_vector_store_kw: "affine.vector_store"
aff_vec_type: type

%extend custom_operation: affine_vector_load | affine_vector_store
"""


def _vec_type(state: Any) -> Any:
    return lambda c: (c[0], state.pos)


def _vector_type(state: Any, name: str, typed: tuple) -> VectorType:
    t, pos = typed
    if not isinstance(t, VectorType):
        message = f"invalid kind of type specified: expected builtin.vector, but found '{t}'"
        raise _fail(state, name, message, pos)
    return t


def _load(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), memref_use, trees, attrs, mtype, vtype = c
        state.end_op()
        mtype = _memref_type(state, name, mtype, name_pos)
        vtype = _vector_type(state, name, vtype)
        amap, uses = ssa_map(state, trees or [])
        memref = state.resolve(memref_use, mtype)
        indices = state.resolve_all(uses, [_INDEX] * len(uses), name_pos)
        props: dict = {}
        attributes = _split_attrs(VectorLoadOp, attrs, props)
        props["map"] = AffineMapAttr(amap)
        return VectorLoadOp.create([memref, *indices], [vtype], props, attributes)

    return build


def _store(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), value_use, memref_use, trees, attrs, mtype, vtype = c
        state.end_op()
        mtype = _memref_type(state, name, mtype, name_pos)
        vtype = _vector_type(state, name, vtype)
        amap, uses = ssa_map(state, trees or [])
        value = state.resolve(value_use, vtype)
        memref = state.resolve(memref_use, mtype)
        indices = state.resolve_all(uses, [_INDEX] * len(uses), name_pos)
        props: dict = {}
        attributes = _split_attrs(VectorStoreOp, attrs, props)
        props["map"] = AffineMapAttr(amap)
        return VectorStoreOp.create([value, memref, *indices], [], props, attributes)

    return build


CALLBACKS = {
    "affine_vector_load_kw": _keyword,
    "affine_vector_store_kw": _keyword,
    "affine_vector_load": _load,
    "affine_vector_store": _store,
    "aff_vec_type": _vec_type,
}


def with_vector_ops(syntax: CustomSyntax) -> CustomSyntax:
    """`syntax` plus the rules of vector_load and vector_store."""
    return CustomSyntax(syntax.grammar + GRAMMAR, {**syntax.callbacks, **CALLBACKS})
