"""Parsing the custom forms of affine.delinearize_index and affine.linearize_index:

    %r:2 = affine.delinearize_index %idx into (%a, 16) : index, index
    %l = affine.linearize_index disjoint [%i, %j] by (4, 8) : index

`with_index_ops(syntax)` adds these rules to the rest of the dialect's syntax.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import UnitAttr, bool_attr
from pyir.builtin_types import IndexType
from pyir.core import Operation
from pyir.dialects.affine_index_ops import DelinearizeIndexOp, LinearizeIndexOp
from pyir.dialects.affine_syntax import _keyword, _split_attrs
from pyir.dialects.static_dynamic import dense_i64, index_list_syntax, resolve_index_list
from pyir.opdef import segment_sizes

_INDEX = IndexType()

GRAMMAR = r"""
affine_delinearize: affine_delinearize_kw value_use "into" affidx_index_list [attribute_dict] ":" type_list
!affine_delinearize_kw: "affine.delinearize_index"
affine_linearize: affine_linearize_kw [aff_disjoint] "[" [value_use_list] "]" "by" affidx_index_list [attribute_dict] ":" type
!affine_linearize_kw: "affine.linearize_index"
!aff_disjoint: "disjoint"

%extend custom_operation: affine_delinearize | affine_linearize
"""


def _types(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _delinearize(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), use, basis, attrs, types = c
        state.end_op()
        types = _types(types)
        linear = state.resolve(use, types[0] if types else _INDEX)
        static, dynamic = resolve_index_list(state, basis)
        props: dict = {}
        attributes = _split_attrs(DelinearizeIndexOp, attrs, props)
        props["static_basis"] = dense_i64(static)
        operands = [linear, *dynamic]
        return DelinearizeIndexOp.create(operands, types, props, attributes)

    return build


def _linearize(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), disjoint, uses, basis, attrs, result_type = c
        state.end_op()
        uses = uses or []
        indices = state.resolve_all(uses, [result_type] * len(uses), name_pos)
        static, dynamic = resolve_index_list(state, basis)
        props: dict = {}
        attributes = _split_attrs(LinearizeIndexOp, attrs, props)
        props["static_basis"] = dense_i64(static)
        props["disjoint"] = UnitAttr() if disjoint is not None else bool_attr(False)
        props["operandSegmentSizes"] = segment_sizes((len(indices), len(dynamic)))
        operands = [*indices, *dynamic]
        return LinearizeIndexOp.create(operands, [result_type], props, attributes)

    return build


_LIST_GRAMMAR, _LIST_CALLBACKS = index_list_syntax("affidx", "()")

CALLBACKS = {
    "affine_delinearize_kw": _keyword,
    "affine_linearize_kw": _keyword,
    "affine_delinearize": _delinearize,
    "affine_linearize": _linearize,
    **_LIST_CALLBACKS,
}


def with_index_ops(syntax: CustomSyntax) -> CustomSyntax:
    """`syntax` plus the rules of delinearize_index and linearize_index."""
    return CustomSyntax(syntax.grammar + GRAMMAR + _LIST_GRAMMAR, {**syntax.callbacks, **CALLBACKS})
