"""Folders of the arith casts, as MLIR's: constants convert (scalars, splats and dense
elements alike, see arith_fold_elements), and chains of casts shorten.

Constant conversions, with APFloat's rules:
- `sitofp` / `uitofp`: the integer rounded to the float type (ties to even; overflow is
  infinity, or what the format has instead);
- `fptosi` / `fptoui`: truncation toward zero; NaN, infinities and values out of the
  integer's range do not fold (APFloat reports an invalid operation);
- `truncf` (any rounding mode) and `extf`: only conversions that lose nothing fold; a NaN
  keeps its payload, shifted, and does not fold when a payload bit (or the signaling bit)
  would be lost;
- `convertf`: as `truncf` (between types of one width);
- `scaling_extf(x, s)`: `extf(x) * extf(s)` when both extend exactly; `scaling_truncf(x,
  s)`: `x / extf(s)` in x's type, then an exact `truncf`;
- `bitcast`: the same bits in the other type; `extsi`, `extui`, `trunci`, `index_cast`,
  `index_castui`: sign or zero extension, or truncation, to the result's width.
Chains: `extsi(extsi(x))` and `extui(extui(x))` extend `x` at once; `trunci` of an
extension of `x` is `x` (same type) or a truncation of `x` (wider `x`), and `trunci` of a
`trunci` truncates the inner operand; `extf(truncf(x))` is `x` when both carry the
`contract` flag (`truncf(extf(x))` is left alone, as MLIR does). A cast
to the type it already has is its operand (MLIR's CastOpInterface fold).
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import FloatType, IndexType, IntegerType, NonFinite
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.arith_canonicalize import defined_by
from pyir.dialects.arith_fold_elements import lift, scalar_element_type


def _width(t: Any) -> int:
    return 64 if isinstance(t, IndexType) else t.width


# -- scalar conversions ---------------------------------------------------------------------
def _int_to_float(signed: bool) -> Any:
    def rule(element: Any, a: Any) -> Any:
        if not isinstance(a, IntegerAttr) or not isinstance(element, FloatType):
            return None
        w = _width(a.type)
        n = a.value & ((1 << w) - 1)
        if signed and w and n >> (w - 1):
            n -= 1 << w
        try:
            return FloatAttr(Fraction(n), element)
        except ValueError:
            return None

    return rule


def _float_to_int(signed: bool) -> Any:
    def rule(element: Any, a: Any) -> Any:
        if not isinstance(a, FloatAttr) or not isinstance(element, IntegerType):
            return None
        exact = a.type.format.to_fraction(a.bits)
        if exact is None:
            return None  # NaN or infinity: invalid
        n = math.trunc(exact)
        w = element.width
        lo, hi = (-(1 << (w - 1)), (1 << (w - 1)) - 1) if signed else (0, (1 << w) - 1)
        if not lo <= n <= hi:
            return None
        return IntegerAttr(element.normalize(n), element)

    return rule


def _ieee_nan_convert(a: FloatAttr, target: FloatType) -> FloatAttr | None:
    """A NaN in another IEEE format, payload shifted; None when bits would be lost or the
    NaN signals (APFloat's convert reports those)."""
    src, dst = a.type.format, target.format
    if src.non_finite is NonFinite.NAN_NEGATIVE_ZERO and dst.non_finite is NonFinite.IEEE:
        return FloatAttr.from_bits(dst.nan_bits(), target)  # no payload: the default NaN
    if src.non_finite not in (NonFinite.IEEE, NonFinite.NAN_ALL_ONES) or src.explicit_int_bit:
        return None  # (an all-ones NaN, as in f8E4M3FN, converts like a quiet one)
    if dst.non_finite is not NonFinite.IEEE or dst.explicit_int_bit:
        return None
    src_mant, dst_mant = src.precision - 1, dst.precision - 1
    if src_mant < 1:
        return FloatAttr.from_bits(dst.nan_bits(), target)  # f8E8M0FNU: no payload bits
    mantissa = a.bits & ((1 << src_mant) - 1)
    if not mantissa >> (src_mant - 1):
        return None  # signaling
    shift = src_mant - dst_mant
    if shift > 0:
        if mantissa & ((1 << shift) - 1):
            return None
        mantissa >>= shift
    else:
        mantissa <<= -shift
    sign = (a.bits >> (a.type.width - 1)) & 1
    exponent = ((1 << (dst.width - dst.precision)) - 1) << dst_mant
    return FloatAttr.from_bits((sign << (target.width - 1)) | exponent | mantissa, target)


def convert_float_exactly(element: Any, a: Any) -> Any:
    """`a` in the float type `element` when nothing is lost (MLIR's convertFloatValue)."""
    if not isinstance(a, FloatAttr) or not isinstance(element, FloatType):
        return None
    fmt = a.type.format
    category = fmt.decode(a.bits)[0]
    if category == "nan":
        return _ieee_nan_convert(a, element)
    negative = bool(a.bits >> (a.type.width - 1)) and fmt.signed
    if category == "inf":
        if element.format.non_finite is not NonFinite.IEEE:
            return None
        return FloatAttr.from_bits(element.format.inf_bits(negative), element)
    exact = fmt.to_fraction(a.bits)
    try:
        converted = FloatAttr(exact if exact else (-0.0 if negative else 0.0), element)
    except ValueError:
        return None
    if element.format.to_fraction(converted.bits) != exact:
        return None
    if exact == 0 and bool(converted.bits >> (element.width - 1)) != negative:
        return None  # a format without -0
    return converted


def _int_cast(kind: str) -> Any:
    def rule(element: Any, a: Any) -> Any:
        if not isinstance(a, IntegerAttr) or not isinstance(element, (IntegerType, IndexType)):
            return None
        w = _width(a.type)
        n = a.value & ((1 << w) - 1)
        if kind == "signed" and w and n >> (w - 1):
            n -= 1 << w
        return IntegerAttr(element.normalize(n), element)

    return rule


def _bitcast_rule(element: Any, a: Any) -> Any:
    bits = a.bits if isinstance(a, FloatAttr) else a.value & ((1 << _width(a.type)) - 1)
    if isinstance(element, FloatType):
        return FloatAttr.from_bits(bits, element)
    if isinstance(element, IntegerType):
        return IntegerAttr(element.normalize(bits), element)
    return None


# -- folders --------------------------------------------------------------------------------
def _identity(op: Operation) -> Any:
    """CastOpInterface: a cast to its operand's own type is the operand."""
    source = op.operands[0]
    return source if source.type == op.results[0].type else None


def _constant_folder(rule: Any) -> Any:
    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        folded = lift(rule, operands, op.results[0].type)
        return folded if folded is not None else _identity(op)

    return fold


def _fold_bitcast(view: Any, operands: tuple) -> Any:
    op = view.op
    (a,) = operands
    result_type = op.results[0].type
    if isinstance(a, DenseIntOrFPElementsAttr):
        try:
            return DenseIntOrFPElementsAttr.from_bytes(result_type, a.data)
        except (ValueError, AttributeError):
            return None
    if isinstance(a, (FloatAttr, IntegerAttr)) and not hasattr(result_type, "shape"):
        return _bitcast_rule(result_type, a)
    return _identity(op)


def _fold_ext(name: str, kind: str) -> Any:
    """extsi / extui: an extension of the same kind underneath extends its operand."""
    constant = _constant_folder(_int_cast(kind))

    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        inner = defined_by(op.operands[0], name)
        if inner is not None:
            op.set_operands([inner.operands[0]])
            return op.results[0]
        return constant(view, operands)

    return fold


def _fold_trunci(view: Any, operands: tuple) -> Any:
    op = view.op
    result = op.results[0].type
    inner = defined_by(op.operands[0], "arith.extsi", "arith.extui")
    if inner is not None:
        source = inner.operands[0]
        src_e, dst_e = scalar_element_type(source.type), scalar_element_type(result)
        if _width(src_e) > _width(dst_e):
            op.set_operands([source])  # trunci(ext(a)) -> trunci(a)
            return op.results[0]
        if src_e == dst_e:
            return source  # trunci(ext(a)) -> a
    inner = defined_by(op.operands[0], "arith.trunci")
    if inner is not None:
        op.set_operands([inner.operands[0]])
        return op.results[0]
    return lift(_int_cast("truncate"), operands, result)


def _fold_truncf(view: Any, operands: tuple) -> Any:
    # MLIR (this version) has no truncf(extf(x)) fold: only constants.
    return lift(convert_float_exactly, operands, view.op.results[0].type)


def _has_contract(op: Operation) -> bool:
    flags = getattr(op.properties.get("fastmath"), "value", ())
    return "contract" in flags


def _fold_extf(view: Any, operands: tuple) -> Any:
    op = view.op
    inner = defined_by(op.operands[0], "arith.truncf")
    if inner is not None and inner.operands[0].type == op.results[0].type:
        if _has_contract(inner) and _has_contract(op):
            return inner.operands[0]
    return lift(convert_float_exactly, operands, op.results[0].type)


def _scaling_extf_rule(element: Any, a: Any, scale: Any) -> Any:
    """extf(a) * extf(scale), both extensions exact, the product rounded once."""
    from pyir.dialects.arith_float_folding import _compute

    x, s = convert_float_exactly(element, a), convert_float_exactly(element, scale)
    return None if x is None or s is None else _compute("mul", x, s, element)


def _scaling_truncf_rule(element: Any, a: Any, scale: Any) -> Any:
    """truncf(a / extf(scale)): the quotient in the operand's type, then an exact truncf."""
    from pyir.dialects.arith_float_folding import _compute

    if not isinstance(a, FloatAttr):
        return None
    s = convert_float_exactly(a.type, scale)
    if s is None:
        return None
    return convert_float_exactly(element, _compute("div", a, s, a.type))


def _fold_scaling(rule: Any) -> Any:
    def fold(view: Any, operands: tuple) -> Any:
        return lift(rule, operands, view.op.results[0].type)

    return fold


CAST_FOLDERS: dict[str, Any] = {
    "arith.sitofp": _constant_folder(_int_to_float(True)),
    "arith.uitofp": _constant_folder(_int_to_float(False)),
    "arith.fptosi": _constant_folder(_float_to_int(True)),
    "arith.fptoui": _constant_folder(_float_to_int(False)),
    "arith.index_cast": _constant_folder(_int_cast("signed")),
    "arith.index_castui": _constant_folder(_int_cast("unsigned")),
    "arith.bitcast": _fold_bitcast,
    "arith.extsi": _fold_ext("arith.extsi", "signed"),
    "arith.extui": _fold_ext("arith.extui", "unsigned"),
    "arith.trunci": _fold_trunci,
    "arith.truncf": _fold_truncf,
    "arith.extf": _fold_extf,
    "arith.convertf": _fold_truncf,  # the same: constants that convert exactly
    "arith.scaling_extf": _fold_scaling(_scaling_extf_rule),
    "arith.scaling_truncf": _fold_scaling(_scaling_truncf_rule),
}
