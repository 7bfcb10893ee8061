"""MLIR's affine expressions, as immutable interned values.

An `AffineExpr` is a node of an interned DAG (`pyir.affine_expr_nodes`): structurally
equal expressions are one object, so equality is identity. Construction simplifies exactly
as MLIR's `AffineExpr` operators do (`pyir.affine_expr_rules`: the same rules, in the same
order, with the same int64 overflow behaviour), because MLIR's parser builds expressions
with those operators: building `2 * d0 + d1 - s0` here gives the tree that `mlir-opt`
prints as `d0 * 2 + d1 - s0`. Printing follows MLIR's printer (`pyir.affine_expr_print`).
Maps and sets over these expressions live in `pyir.affine`.

This module is the public import for all of it; the topic modules behind it are
`affine_expr_kinds` (node kinds, int64 helpers), `affine_expr_nodes` (node classes,
interning, pickling), `affine_expr_rules` (simplifying constructors) and
`affine_expr_print`.
"""

from __future__ import annotations

# Importing the rules installs them as the operators of AffineExpr.
from pyir.affine_expr_kinds import (  # noqa: F401  (re-exported names)
    _I64_MAX,
    _I64_MIN,
    _U64_MASK,
    ADD,
    CEILDIV,
    CONSTANT,
    DIM,
    FLOORDIV,
    MOD,
    MUL,
    SYMBOL,
    AffineExprKind,
    _fits,
    _wrap,
)
from pyir.affine_expr_nodes import (  # noqa: F401
    AffineBinaryExpr,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
    AffineSymbolExpr,
    _coerce,
    _coerce_strict,
    _from_postfix,
    _raw,
    _set,
    _to_postfix,
    constant,
    dim,
    symbol,
)
from pyir.affine_expr_print import print_expr as _print_expr  # noqa: F401
from pyir.affine_expr_rules import (  # noqa: F401
    _add,
    _ceildiv,
    _floordiv,
    _mod,
    _mul,
    binary,
    ceildiv,
    floordiv,
)

__all__ = [
    "AffineBinaryExpr",
    "AffineConstantExpr",
    "AffineDimExpr",
    "AffineExpr",
    "AffineExprKind",
    "binary",
    "ceildiv",
    "constant",
    "dim",
    "floordiv",
    "symbol",
]
