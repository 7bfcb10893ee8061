"""The kinds of affine expression nodes and the int64 arithmetic MLIR's rules use.

Shared by the node classes (`pyir.affine_expr_nodes`), the simplifying constructors
(`pyir.affine_expr_rules`) and the printer (`pyir.affine_expr_print`); the public names are
re-exported by `pyir.affine_expr`.
"""

from __future__ import annotations

import enum

_I64_MIN = -(1 << 63)
_I64_MAX = (1 << 63) - 1
_U64_MASK = (1 << 64) - 1


def _wrap(value: int) -> int:
    """Two's-complement int64 wrap: MLIR folds some constants without overflow checks."""
    return ((value - _I64_MIN) & _U64_MASK) + _I64_MIN


def _fits(value: int) -> bool:
    return _I64_MIN <= value <= _I64_MAX


class AffineExprKind(enum.Enum):
    """The eight node kinds; the value of a binary kind is its spelling in MLIR syntax."""

    ADD = "+"
    MUL = "*"
    MOD = "mod"
    FLOORDIV = "floordiv"
    CEILDIV = "ceildiv"
    CONSTANT = "constant"
    DIM = "dim"
    SYMBOL = "symbol"


ADD = AffineExprKind.ADD
MUL = AffineExprKind.MUL
MOD = AffineExprKind.MOD
FLOORDIV = AffineExprKind.FLOORDIV
CEILDIV = AffineExprKind.CEILDIV
CONSTANT = AffineExprKind.CONSTANT
DIM = AffineExprKind.DIM
SYMBOL = AffineExprKind.SYMBOL

_SPELLING = {MUL: " * ", MOD: " mod ", FLOORDIV: " floordiv ", CEILDIV: " ceildiv "}
