"""Evaluating an affine expression on integer dims and symbols, with exact (unbounded)
arithmetic."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.affine_expr_kinds import ADD, CONSTANT, DIM, FLOORDIV, MOD, MUL, SYMBOL


def evaluate_nodes(nodes: Sequence[Any], dims: Sequence[int], symbols: Sequence[int]) -> int:
    """The value of the last of `nodes` (an expression's distinct nodes, children first, as
    `AffineExpr.nodes()` lists them). Raises ValueError for a division by zero or a mod by a
    non-positive value, the cases MLIR's constant folder refuses."""
    values: dict[Any, int] = {}
    for node in nodes:
        kind = node.kind
        if kind is CONSTANT:
            values[node] = node.value
        elif kind is DIM:
            values[node] = dims[node.position]
        elif kind is SYMBOL:
            values[node] = symbols[node.position]
        else:
            a = values[node.lhs]
            b = values[node.rhs]
            if kind is ADD:
                values[node] = a + b
            elif kind is MUL:
                values[node] = a * b
            elif kind is MOD:
                if b < 1:
                    raise ValueError(f"affine mod by non-positive value {b}")
                values[node] = a % b
            else:
                if b == 0:
                    raise ValueError("affine division by zero")
                values[node] = a // b if kind is FLOORDIV else -(-a // b)
    return values[nodes[-1]]
