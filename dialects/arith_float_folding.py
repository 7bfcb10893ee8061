"""Folders of the arith dialect's float ops, with IEEE semantics: a constant result is
the exact result rounded once to the type (ties to even), as APFloat computes it;
infinities, NaNs and signed zeros follow IEEE 754. Identities: `x + -0.0`, `x - 0.0`,
`x * 1.0` and `x / 1.0` are `x`; `-(-x)` is `x`.

The min/max family (MIN_MAX_FOLDERS, installed by arith_more_folding) follows LLVM's
`maximum` (a NaN wins), `maxnum` (a quiet NaN loses, a signaling one wins) and
`maximumnum` (any NaN loses), with -0 below +0; `op(x, x)` is x, and so is `op(x, c)` for
the neutral constant (-inf for maximumf, +inf for minimumf, NaN for the others).
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
    def element(e: Any, x: Any, y: Any) -> Any:
        if not isinstance(x, FloatAttr) or not isinstance(y, FloatAttr) or x.type != e:
            return None
        return _compute(kind, x, y, e)

    def fold(view: Any, operands: tuple) -> Any:
        from pyir.dialects.arith_fold_elements import lift

        op: Operation = view.op
        a, b = operands
        t = op.results[0].type
        lhs = op.operands[0]
        # Identities first, as MLIR's folders do (the existing value survives); a splat
        # constant counts as its value.
        c = _splat_float(b)
        if kind == "add" and _is(c, 0.0, negative=True):
            return lhs
        if kind == "sub" and _is(c, 0.0):
            return lhs
        if kind in ("mul", "div") and _is(c, 1.0):
            return lhs
        if a is not None and b is not None:
            folded = lift(element, operands, t)
            if folded is not None:
                return folded
        if Commutative in op.op_def.traits_set and a is not None and b is None:
            x, y = op.operands
            op.set_operands([y, x])
            return op.results[0]
        return None

    return fold


def _negate(e: Any, a: Any) -> Any:
    if not isinstance(a, FloatAttr) or not a.type.format.signed:
        return None
    return FloatAttr.from_bits(a.bits ^ (1 << (a.type.width - 1)), a.type)


def _fold_negf(view: Any, operands: tuple) -> Any:
    from pyir.dialects.arith_fold_elements import lift

    op: Operation = view.op
    inner = op.operands[0].owner
    if isinstance(inner, Operation) and inner.name == "arith.negf":
        return inner.operands[0]  # MLIR checks negf(negf(x)) first
    return lift(_negate, operands, op.results[0].type)


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


# -- minimum and maximum ----------------------------------------------------------------------
def _quiet(a: FloatAttr) -> FloatAttr:
    """APFloat's makeQuiet: a signaling IEEE NaN gets its quiet bit."""
    fmt = a.type.format
    if fmt.decode(a.bits)[0] != "nan" or fmt.explicit_int_bit or fmt.precision < 2:
        return a
    from pyir.builtin_types import NonFinite

    if fmt.non_finite is not NonFinite.IEEE:
        return a
    return FloatAttr.from_bits(a.bits | (1 << (fmt.precision - 2)), a.type)


def _is_nan(a: FloatAttr) -> bool:
    return a.type.format.decode(a.bits)[0] == "nan"


def _is_signaling(a: FloatAttr) -> bool:
    return _is_nan(a) and _quiet(a).bits != a.bits


def _negative(a: FloatAttr) -> bool:
    return bool(a.bits >> (a.type.width - 1)) and a.type.format.signed


def _pick(a: FloatAttr, b: FloatAttr, larger: bool) -> FloatAttr:
    """The larger (or smaller) of two numbers; -0 is below +0."""
    x, y = a.type.format.to_fraction(a.bits), b.type.format.to_fraction(b.bits)
    if x is None or y is None:  # infinities: compare as floats
        x, y = a.value, b.value
    if x == y == 0 and _negative(a) != _negative(b):
        return (b if _negative(a) else a) if larger else (a if _negative(a) else b)
    if larger:
        return b if x < y else a
    return b if y < x else a


def _maximum(larger: bool) -> Any:
    """llvm::maximum / minimum: a NaN operand wins (quieted)."""

    def rule(element: Any, a: Any, b: Any) -> Any:
        if not isinstance(a, FloatAttr) or not isinstance(b, FloatAttr) or a.type != b.type:
            return None
        if _is_nan(a):
            return _quiet(a)
        if _is_nan(b):
            return _quiet(b)
        return _pick(a, b, larger)

    return rule


def _maxnum(larger: bool) -> Any:
    """llvm::maxnum / minnum: a quiet NaN loses, a signaling one wins (quieted)."""

    def rule(element: Any, a: Any, b: Any) -> Any:
        if not isinstance(a, FloatAttr) or not isinstance(b, FloatAttr) or a.type != b.type:
            return None
        if _is_signaling(a):
            return _quiet(a)
        if _is_signaling(b):
            return _quiet(b)
        if _is_nan(a):
            return b
        if _is_nan(b):
            return a
        return _pick(a, b, larger)

    return rule


def _maximumnum(larger: bool) -> Any:
    """llvm::maximumnum / minimumnum (IEEE 754-2019): any NaN loses."""

    def rule(element: Any, a: Any, b: Any) -> Any:
        if not isinstance(a, FloatAttr) or not isinstance(b, FloatAttr) or a.type != b.type:
            return None
        if _is_nan(a):
            return _quiet(b) if _is_nan(b) else b
        if _is_nan(b):
            return a
        return _pick(a, b, larger)

    return rule


def _splat_float(attr: Any) -> FloatAttr | None:
    """A float constant or the value of a float splat (MLIR's m_*Float matchers)."""
    from pyir.dense_attributes import DenseIntOrFPElementsAttr

    if isinstance(attr, FloatAttr):
        return attr
    if isinstance(attr, DenseIntOrFPElementsAttr) and attr.is_splat:
        e = attr.type.element_type
        if hasattr(e, "format"):
            size = len(attr.data)
            return FloatAttr.from_bits(int.from_bytes(attr.data[:size], "little"), e)
    return None


def _is_inf(attr: Any, negative: bool) -> bool:
    a = _splat_float(attr)
    return a is not None and a.type.format.decode(a.bits)[0] == "inf" and _negative(a) == negative


def _min_max_folder(rule: Any, neutral: Any) -> Any:
    """`op(x, x)` is x; `op(x, c)` is x when `neutral(c)`; constants fold element-wise; a
    lone constant on the left moves right (Commutative)."""
    from pyir.dialects.arith_fold_elements import lift

    def fold(view: Any, operands: tuple) -> Any:
        op: Operation = view.op
        lhs, rhs = op.operands
        if lhs is rhs:
            return rhs
        if operands[1] is not None and neutral(operands[1]):
            return lhs
        folded = lift(rule, operands, op.results[0].type)
        if folded is not None:
            return folded
        if operands[0] is not None and operands[1] is None:
            op.set_operands([rhs, lhs])
            return op.results[0]
        return None

    return fold


def _nan_operand(attr: Any) -> bool:
    a = _splat_float(attr)
    return a is not None and _is_nan(a)


MIN_MAX_FOLDERS = {
    "arith.maximumf": _min_max_folder(_maximum(True), lambda c: _is_inf(c, negative=True)),
    "arith.minimumf": _min_max_folder(_maximum(False), lambda c: _is_inf(c, negative=False)),
    "arith.maxnumf": _min_max_folder(_maxnum(True), _nan_operand),
    "arith.minnumf": _min_max_folder(_maxnum(False), _nan_operand),
    "arith.maximumnumf": _min_max_folder(_maximumnum(True), _nan_operand),
    "arith.minimumnumf": _min_max_folder(_maximumnum(False), _nan_operand),
}
