"""Folders of the arith dialect's float ops, with IEEE semantics: a constant result is
the exact result rounded once to the type (ties to even), as APFloat computes it;
infinities, NaNs and signed zeros follow IEEE 754. Identities: `x + -0.0`, `x - 0.0`,
`x * 1.0` and `x / 1.0` are `x`; `-(-x)` is `x`.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from pyir.builtin_attributes import FloatAttr
from pyir.core import Operation
from pyir.traits import Commutative


def _exact(attr: FloatAttr) -> Fraction | None:
    return attr.type.format.to_fraction(attr.bits)


def _ieee(kind: str, a: float, b: float) -> float:
    """The operation on Python floats (f64), for the special values and zero signs."""
    if kind == "add":
        return a + b
    if kind == "sub":
        return a - b
    if kind == "mul":
        return a * b
    if kind == "div":
        if b == 0.0:
            if a == 0.0 or math.isnan(a):
                return math.nan
            return math.copysign(math.inf, a) * math.copysign(1.0, b)
        return a / b
    if b == 0.0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan  # rem
    return math.fmod(a, b)


def _compute(kind: str, a: FloatAttr, b: FloatAttr, t: Any) -> FloatAttr:
    x, y = _exact(a), _exact(b)
    special = x is None or y is None or (kind in ("div", "rem") and y == 0)
    if not special:
        if kind == "add":
            r = x + y
        elif kind == "sub":
            r = x - y
        elif kind == "mul":
            r = x * y
        elif kind == "div":
            r = x / y
        else:
            r = x - math.trunc(x / y) * y
        if r != 0:
            return FloatAttr(r, t)
    # Infinities, NaNs, and zeros (whose sign IEEE defines): the same in f64.
    return FloatAttr(_ieee(kind, a.value, b.value), t)


def _is(attr: Any, value: float, negative: bool = False) -> bool:
    if not isinstance(attr, FloatAttr):
        return False
    v = attr.value
    return v == value and math.copysign(1.0, v) == (-1.0 if negative else 1.0)


def _binary(kind: str) -> Any:
    def fold(view: Any, operands: tuple) -> Any:
        op: Operation = view.op
        a, b = operands
        t = op.results[0].type
        lhs = op.operands[0]
        # Identities first, as MLIR's folders do (the existing value survives).
        if kind == "add" and _is(b, 0.0, negative=True):
            return lhs
        if kind == "sub" and _is(b, 0.0):
            return lhs
        if kind in ("mul", "div") and _is(b, 1.0):
            return lhs
        if isinstance(a, FloatAttr) and isinstance(b, FloatAttr) and a.type == t:
            return _compute(kind, a, b, t)
        if Commutative in op.op_def.traits_set and a is not None and b is None:
            x, y = op.operands
            op.set_operands([y, x])
            return op.results[0]
        return None

    return fold


def _fold_negf(view: Any, operands: tuple) -> Any:
    op: Operation = view.op
    (a,) = operands
    if isinstance(a, FloatAttr):
        return FloatAttr.from_bits(a.bits ^ (1 << (a.type.width - 1)), a.type)
    inner = op.operands[0].owner
    if isinstance(inner, Operation) and inner.name == "arith.negf":
        return inner.operands[0]
    return None


def _fold_cmpf(view: Any, operands: tuple) -> Any:
    """Both constant (a NaN on one side is as good as two NaNs): the predicate's answer."""
    from pyir.builtin_attributes import IntegerAttr
    from pyir.builtin_types import IntegerType
    from pyir.dialects.arith_attrs import CMPF_PREDICATES

    op: Operation = view.op
    a, b = operands
    if isinstance(a, FloatAttr) and math.isnan(a.value):
        b = a
    if isinstance(b, FloatAttr) and math.isnan(b.value):
        a = b
    index = op.properties.get("predicate")
    result = op.results[0].type
    if not (isinstance(a, FloatAttr) and isinstance(b, FloatAttr)):
        return None
    if not isinstance(index, IntegerAttr) or not isinstance(result, IntegerType):
        return None
    predicate = CMPF_PREDICATES[index.value]
    x, y = a.value, b.value
    unordered = math.isnan(x) or math.isnan(y)
    if predicate in ("false", "true"):
        answer = predicate == "true"
    elif predicate == "ord":
        answer = not unordered
    elif predicate == "uno":
        answer = unordered
    else:
        compare = {"eq": x == y, "gt": x > y, "ge": x >= y, "lt": x < y, "le": x <= y}
        compare["ne"] = x != y and not unordered
        answer = unordered if unordered else compare[predicate[1:]]
        if predicate[0] == "o" and unordered:
            answer = False
    return IntegerAttr(-1 if answer else 0, result)


def _fold_extf(view: Any, operands: tuple) -> Any:
    """Widening is exact: the same value in the wider type."""
    (a,) = operands
    t = view.op.results[0].type
    if not isinstance(a, FloatAttr) or not hasattr(t, "format"):
        return None
    exact = _exact(a)
    if exact is None:
        return FloatAttr(a.value, t)  # inf and NaN keep their kind and sign
    if exact == 0:
        return FloatAttr(a.value, t)  # keeps the zero's sign
    return FloatAttr(exact, t)


FLOAT_FOLDERS = {
    "arith.cmpf": _fold_cmpf,
    "arith.extf": _fold_extf,
    "arith.addf": _binary("add"),
    "arith.subf": _binary("sub"),
    "arith.mulf": _binary("mul"),
    "arith.divf": _binary("div"),
    "arith.remf": _binary("rem"),
    "arith.negf": _fold_negf,
}
