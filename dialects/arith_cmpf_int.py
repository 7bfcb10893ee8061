"""CmpFIntToFPConst: `cmpf(sitofp(x), c)` / `cmpf(uitofp(x), c)` with a scalar float
constant `c` compares the integer instead (MLIR's pattern, after LLVM's InstCombine).

    cmpf olt, (sitofp %x : i32 to f64), 4.4   ->  cmpi sle, %x, 4
    cmpf ogt, (sitofp %x : i8 to f32), 300.0  ->  false

An integer converted to float is never NaN, so `ord` is true, `uno` false, and ordered and
unordered predicates agree. A constant beyond the integer's range decides the compare; a
fractional constant decides `eq`/`ne` and moves the bound of the others to the integer
rounded toward zero. When the integer has more bits than the float's significand, the
conversion rounds: the compare is left alone if the constant lies where that rounding
could change its answer. Values are compared exactly (fractions), as APFloat does.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import I1, IntegerType
from pyir.core import Operation
from pyir.dialects.arith_attrs import CMPF_PREDICATES, CMPI_PREDICATES
from pyir.dialects.arith_canonicalize import defined_by
from pyir.folding import constant_value
from pyir.patterns import RewritePattern

# cmpf predicate (ordered or unordered alike) -> cmpi predicate, signed / unsigned source.
_SIGNED = {"eq": "eq", "gt": "sgt", "ge": "sge", "lt": "slt", "le": "sle", "ne": "ne"}
_UNSIGNED = {"eq": "eq", "gt": "ugt", "ge": "uge", "lt": "ult", "le": "ule", "ne": "ne"}
# The predicates true of every integer above (below) the integer's range.
_TRUE_ABOVE = frozenset(("ne", "slt", "sle", "ult", "ule"))
_TRUE_BELOW = frozenset(("ne", "sgt", "sge", "ugt", "uge"))
#: ilogb's answer for infinity (LLVM's IEK_Inf: INT_MAX).
_ILOGB_INF = 2**31 - 1


def _ilogb(value: Fraction | float) -> int:
    """The unbiased exponent of a nonzero finite value; very negative for zero."""
    if value == 0:
        return -(2**31) + 1
    if isinstance(value, float):
        return _ILOGB_INF
    num, den = abs(value.numerator), value.denominator
    e = num.bit_length() - den.bit_length()
    return e if (num << max(0, -e)) >= (den << max(0, e)) else e - 1


def _real(attr: FloatAttr) -> Fraction | float | None:
    """The exact value: a Fraction, +-inf as a float, or None for NaN."""
    category, negative, _, _ = attr.type.format.decode(attr.bits)
    if category == "nan":
        return None
    if category == "inf":
        return -math.inf if negative else math.inf
    return attr.type.format.to_fraction(attr.bits)


def _from_int(n: int, t: Any) -> Fraction | float | None:
    """The integer `n` rounded to float type `t` (ties to even; overflow as APFloat)."""
    try:
        return _real(FloatAttr.from_bits(t.format.from_float(Fraction(n)), t))
    except ValueError:
        return None


def _lt(a: Any, b: Any) -> bool:
    """APFloat's `a < b`: false when either is NaN (None)."""
    return a is not None and b is not None and a < b


def _adjust(pred: str, negative: bool) -> str | bool:
    """The cmpi predicate against trunc(c) for a fractional constant c, or the answer."""
    if pred in ("eq", "ne"):
        return pred == "ne"
    table = {
        "ule": (False, "ule"),
        "sle": ("slt", "sle"),
        "ult": (False, "ule"),
        "slt": ("slt", "sle"),
        "ugt": (True, "ugt"),
        "sgt": ("sge", "sgt"),
        "uge": (True, "ugt"),
        "sge": ("sge", "sgt"),
    }
    return table[pred][0 if negative else 1]


class CmpFIntToFPConst(RewritePattern):
    """cmpf(sitofp(x) or uitofp(x), constant) -> cmpi(x, constant) or a constant i1."""

    root = "arith.cmpf"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        flt = constant_value(op.operands[1])
        if not isinstance(flt, FloatAttr):
            return False
        rhs = _real(flt)
        cast = defined_by(op.operands[0], "arith.sitofp", "arith.uitofp")
        index = op.properties.get("predicate")
        if rhs is None or cast is None or not isinstance(index, IntegerAttr):
            return False
        x = cast.operands[0]
        if not isinstance(x.type, IntegerType) or not 0 <= index.value < len(CMPF_PREDICATES):
            return False
        unsigned = cast.name == "arith.uitofp"
        answer = self._decide(flt.type, rhs, x.type.width, unsigned, CMPF_PREDICATES[index.value])
        if answer is None:
            return False
        if isinstance(answer, bool):
            self._replace_with_bool(op, rewriter, answer)
            return True
        pred, bound = answer
        const = rewriter.create(
            _arith("arith.constant"),
            [],
            [x.type],
            {"value": IntegerAttr(x.type.normalize(bound), x.type)},
            location=op.location,
        )
        cmp = rewriter.create(
            _arith("arith.cmpi"),
            [x, const.results[0]],
            [I1],
            {"predicate": IntegerAttr(CMPI_PREDICATES.index(pred), IntegerType(64))},
            location=op.location,
        )
        rewriter.replace_op(op, cmp)
        return True

    @staticmethod
    def _decide(ft: Any, rhs: Any, w: int, unsigned: bool, fpred: str) -> Any:
        """None (no rewrite), a bool (the answer), or (cmpi predicate, integer bound)."""
        precision = ft.format.precision
        value_bits = w if unsigned else w - 1
        if w > precision:
            # The conversion may round: give up where that could change the answer.
            if isinstance(rhs, float):
                if _ilogb(ft.format.max_finite) < value_bits:
                    return None  # the conversion could overflow to infinity
            elif precision <= _ilogb(rhs) <= value_bits:
                return None
        if fpred in ("ord", "uno"):
            return fpred == "ord"
        if fpred in ("false", "true"):
            return None  # MLIR does not handle these (and its cmpf fold keeps them)
        pred = (_UNSIGNED if unsigned else _SIGNED)[fpred.lstrip("ou")]
        lo, hi = (0, (1 << w) - 1) if unsigned else (-(1 << (w - 1)), (1 << (w - 1)) - 1)
        if _lt(_from_int(hi, ft), rhs):
            return pred in _TRUE_ABOVE
        if _lt(rhs, _from_int(lo, ft)):
            return pred in _TRUE_BELOW
        if isinstance(rhs, float):
            return None
        bound = math.trunc(rhs)
        if not lo <= bound <= hi:
            return None  # APFloat's convertToInteger reports an invalid operation
        if rhs != 0 and _from_int(bound, ft) != rhs:
            adjusted = _adjust(pred, rhs < 0)
            if isinstance(adjusted, bool):
                return adjusted
            pred = adjusted
        return pred, bound

    @staticmethod
    def _replace_with_bool(op: Operation, rewriter: Any, value: bool) -> None:
        const = rewriter.create(
            _arith("arith.constant"),
            [],
            [I1],
            {"value": IntegerAttr(I1.normalize(1 if value else 0), I1)},
            location=op.location,
        )
        rewriter.replace_op(op, const)


def _arith(name: str) -> Any:
    from pyir.dialects import arith

    return arith.DIALECT.op_by_name[name]
