"""MLIR's spelling of affine expressions, parentheses and `-` forms included, printed with
an explicit stack (deep expressions must not exhaust Python's recursion limit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pyir.affine_expr_kinds import _SPELLING, ADD, CONSTANT, DIM, MUL, SYMBOL

if TYPE_CHECKING:  # the node classes print with this module
    from pyir.affine_expr_nodes import AffineExpr


def print_expr(
    expr: AffineExpr,
    parts: list[str],
    dim_names: Sequence[str] | None,
    symbol_names: Sequence[str] | None,
) -> None:
    """Append MLIR's spelling of `expr`. Work items are strings or (expr, strong) pairs,
    where `strong` means the context binds tighter than `+` so a non-leaf needs parens."""
    stack: list[Any] = [(expr, False)]
    append = parts.append
    while stack:
        item = stack.pop()
        if type(item) is str:
            append(item)
            continue
        node, strong = item
        kind = node.kind
        if kind is DIM:
            append(dim_names[node.position] if dim_names is not None else f"d{node.position}")
            continue
        if kind is SYMBOL:
            pos = node.position
            append(symbol_names[pos] if symbol_names is not None else f"s{pos}")
            continue
        if kind is CONSTANT:
            append(str(node.value))
            continue
        lhs, rhs = node.lhs, node.rhs
        if kind is not ADD:
            if kind is MUL and rhs.kind is CONSTANT and rhs.value == -1:
                seq: list[Any] = ["-", (lhs, True)]
            else:
                seq = [(lhs, True), _SPELLING[kind], (rhs, True)]
        elif rhs.kind is MUL and rhs.rhs.kind is CONSTANT and rhs.rhs.value < 0:
            # x + y * -1 prints as x - y, and x + y * -c as x - y * c.
            c = rhs.rhs.value
            if c == -1:
                seq = [(lhs, False), " - ", (rhs.lhs, rhs.lhs.kind is ADD)]
            else:
                seq = [(lhs, False), " - ", (rhs.lhs, True), f" * {-c}"]
        elif rhs.kind is CONSTANT and rhs.value < 0:
            seq = [(lhs, False), f" - {-rhs.value}"]
        else:
            seq = [(lhs, False), " + ", (rhs, False)]
        if strong:
            stack.append(")")
            stack.extend(reversed(seq))
            stack.append("(")
        else:
            stack.extend(reversed(seq))
