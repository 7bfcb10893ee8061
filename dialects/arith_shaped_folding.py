"""Integer arithmetic folders for vectors and tensors (the scalar folders in arith_folding
handle scalars only): MLIR's identities with splat constants (x + 0, x * 1, x & 0, x | -1,
x % 1, ...), x - x and x ^ x (static shapes only: MLIR cannot build a zero of a dynamic
shape), and element-wise constant folding of splat and dense operands, with the same
no-fold cases as the scalars (division by zero, MIN / -1, shifts past the width).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import IndexType, IntegerType
from pyir.dialects.arith_fold_elements import lift, scalar_element_type
from pyir.dialects.arith_more_folding import _filled, _int_rule, _signed, _splat_int, _width


# -- vectors and tensors of integers --------------------------------------------------------
def _sdiv(a: int, b: int, w: int) -> int | None:
    x, y = _signed(a, w), _signed(b, w)
    if y == 0 or (x == -(1 << (w - 1)) and y == -1):
        return None
    q = abs(x) // abs(y)
    return q if (x < 0) == (y < 0) else -q


def _srem(a: int, b: int, w: int) -> int | None:
    x, y = _signed(a, w), _signed(b, w)
    if y == 0:
        return None
    r = abs(x) % abs(y)
    return -r if x < 0 else r


def _shift(kind: str) -> Any:
    def compute(a: int, b: int, w: int) -> int | None:
        if b >= w:
            return None  # poison: left alone
        if kind == "shl":
            return a << b
        return (_signed(a, w) if kind == "shrs" else a) >> b

    return compute


#: Element computations on unsigned operand bits (None: no fold), for dense constants.
INT_ELEMENTWISE: dict[str, Any] = {
    "arith.addi": lambda a, b, w: a + b,
    "arith.subi": lambda a, b, w: a - b,
    "arith.muli": lambda a, b, w: a * b,
    "arith.divui": lambda a, b, w: a // b if b else None,
    "arith.divsi": _sdiv,
    "arith.ceildivui": lambda a, b, w: -(-a // b) if b else None,
    "arith.remui": lambda a, b, w: a % b if b else None,
    "arith.remsi": _srem,
    "arith.andi": lambda a, b, w: a & b,
    "arith.ori": lambda a, b, w: a | b,
    "arith.xori": lambda a, b, w: a ^ b,
    "arith.shli": _shift("shl"),
    "arith.shrsi": _shift("shrs"),
    "arith.shrui": _shift("shru"),
    "arith.maxsi": lambda a, b, w: a if _signed(a, w) >= _signed(b, w) else b,
    "arith.minsi": lambda a, b, w: a if _signed(a, w) <= _signed(b, w) else b,
    "arith.maxui": max,
    "arith.minui": min,
}
_RIGHT_ZERO_IS_LHS = {"arith.addi", "arith.subi", "arith.ori", "arith.xori"}
_RIGHT_ZERO_IS_LHS |= {"arith.shli", "arith.shrsi", "arith.shrui"}
_RIGHT_ONE_IS_LHS = {"arith.muli", "arith.divui", "arith.divsi", "arith.ceildivui"}


def shaped_int(name: str, base: Any) -> Any:
    """The folder of `name` for vector and tensor operands: MLIR's rules with splat
    constants, then element-wise constant folding; scalars go to `base` unchanged."""
    compute = INT_ELEMENTWISE[name]

    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        t = op.results[0].type
        if isinstance(t, (IntegerType, IndexType)) or base is None:
            return base(view, operands) if base is not None else None
        lhs, rhs = op.operands
        if lhs is rhs and name in ("arith.subi", "arith.xori"):
            return _filled(t, 0)  # (None for a dynamic shape: MLIR cannot build it)
        c = _splat_int(operands[1])
        if c is not None:
            mask = (1 << _width(scalar_element_type(t))) - 1
            if c == 0 and name in _RIGHT_ZERO_IS_LHS:
                return lhs
            if c == 0 and name in ("arith.muli", "arith.andi"):
                return rhs
            if c == 1 and name in _RIGHT_ONE_IS_LHS:
                return lhs
            if c == 1 and name in ("arith.remui", "arith.remsi"):
                return _filled(t, 0)
            if c == mask and name == "arith.andi":
                return lhs
            if c == mask and name == "arith.ori":
                return rhs
        folded = lift(_int_rule(compute), operands, t)
        if folded is not None:
            return folded
        return base(view, operands)

    return fold
