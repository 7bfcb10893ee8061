"""The parsing side of `tensor.gather` / `tensor.scatter`: lark rules and callbacks.

MLIR's format is declarative, but its `$gather_dims` is a dense i64 array written bare
(`gather_dims([0, 1])`), which pyir's declarative formats do not parse, so the two ops are
written here; `print_custom` on the op classes prints them. `GATHER_SYNTAX` is merged into
the dialect's syntax by `tensor`.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import UnitAttr
from pyir.core import Operation
from pyir.dialects.static_dynamic import dense_i64
from pyir.dialects.tensor_gather_ops import GatherOp, ScatterOp
from pyir.dialects.tensor_syntax import _keyword, _positioned

_GRAMMAR = r"""
!tensor_gather_kw: "tensor.gather"
tensor_gather: tensor_gather_kw value_use "[" value_use "]" "gather_dims" tensor_gs_dims [tensor_gs_unique] [tensor_attr_dict] ":" generic_op_signature
!tensor_scatter_kw: "tensor.scatter"
tensor_scatter: tensor_scatter_kw value_use "into" value_use "[" value_use "]" "scatter_dims" tensor_gs_dims [tensor_gs_unique] [tensor_attr_dict] ":" generic_op_signature
tensor_gs_dims: "(" "[" [tensor_int ("," tensor_int)*] "]" ")"
!tensor_gs_unique: "unique"
%extend custom_operation: tensor_gather | tensor_scatter
"""


def _split(state: Any, name: str, dims_key: str, attrs: tuple | None) -> dict:
    """The attr-dict's entries; an inherent attribute there is an error, as in MLIR."""
    if attrs is None:
        return {}
    entries, pos = attrs
    for key in entries:
        if key in (dims_key, "unique"):
            raise state.error(
                f"custom op '{name}' inherent attribute '{key}' cannot be parsed from "
                "attr-dict when strict properties in assembly format is enabled",
                pos,
            )
    return dict(entries)


def _props(dims_key: str, dims: list, unique: Any) -> dict:
    props: dict[str, Any] = {dims_key: dense_i64(dims)}
    if unique is not None:
        props["unique"] = UnitAttr()
    return props


def _operands(state: Any, name: str, pos: int, uses: list, types: list) -> list:
    """functional-type(operands, results): one type per operand, with MLIR's message."""
    if len(uses) != len(types):
        raise state.error(
            f"custom op '{name}' number of operands and types do not match: got "
            f"{len(uses)} operands and {len(types)} types",
            pos,
        )
    return [state.resolve(u, t) for u, t in zip(uses, types)]


def _gather(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, pos), source, indices, dims, unique, attrs, signature = c
        state.end_op()
        inputs, results = signature
        operands = _operands(state, name, pos, [source, indices], list(inputs))
        props = _props("gather_dims", dims, unique)
        attributes = _split(state, name, "gather_dims", attrs)
        return GatherOp.create(operands, list(results), props, attributes)

    return build


def _scatter(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, pos), source, dest, indices, dims, unique, attrs, signature = c
        state.end_op()
        inputs, results = signature
        operands = _operands(state, name, pos, [source, dest, indices], list(inputs))
        props = _props("scatter_dims", dims, unique)
        attributes = _split(state, name, "scatter_dims", attrs)
        return ScatterOp.create(operands, list(results), props, attributes)

    return build


GATHER_SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "tensor_gather_kw": _keyword,
        "tensor_scatter_kw": _keyword,
        "tensor_gather": _gather,
        "tensor_scatter": _scatter,
        "tensor_gs_dims": lambda state: lambda children: [v for v in children if v is not None],
        "tensor_gs_unique": lambda state: lambda children: str(children[0]),
        "tensor_attr_dict": _positioned,
    },
)
