"""Small pieces shared by the dialects' hand-written syntax (`pyir.asm.CustomSyntax`).

- `keyword_at(name)`: the callback factory of an op's keyword rule: the op `name` starts
  there, and the rule's value is the parser position (for diagnostics pointing at the op).
- `split_attrs(op_cls, attrs, props)`: a custom form's attribute dictionary split as MLIR's
  non-strict formats do: inherent attributes go to the properties.
- `print_subscript(p, base, indices)`: `%base[%i, %j]`, as MLIR prints indexed accesses.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.core import Value


def keyword_at(name: str) -> Any:
    """Callback factory for a keyword rule: begins op `name`; the value is the position."""

    def factory(state: Any) -> Any:
        def push(children: list) -> int:
            state.begin_op(name)
            return state.pos

        return push

    return factory


def split_attrs(op_cls: type, attrs: dict | None, props: dict) -> dict:
    """A custom form's attribute dictionary split as MLIR does: entries naming an inherent
    attribute of `op_cls` go to `props`; the discardable rest is returned."""
    if not attrs:
        return {}
    names = {d.name for d in op_cls.property_defs}
    out = {}
    for key, value in attrs.items():
        if key in names:
            props[key] = value
        else:
            out[key] = value
    return out


def print_subscript(p: Any, base: Value, indices: Sequence[Value]) -> None:
    """`%base[%i, %j]` (no leading space)."""
    p.print_operand(base)
    p.write("[")
    p.print_operands(indices)
    p.write("]")
