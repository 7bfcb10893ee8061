"""Folders of the math dialect: constant operands give constant results, as MLIR's do.

Which ops fold, and for which float types, follows MLIR exactly:
- exact operations fold for every float type, computed exactly here: `absf`,
  `copysign`, `ceil`, `floor`, `roundeven` (rounding to an integral value keeps the
  sign of a zero and quiets a NaN);
- the transcendental functions (`sin`, `exp`, `log`, `powf`, ... and `round`, `trunc`,
  `sqrt`, `rsqrt`, `sincos`, and `fpowi`) fold only f32 and f64 constants, by calling the
  host C library (`sinf` for f32, `sin` for f64; see math_libm), whose bits MLIR keeps;
- `log`, `log2`, `log10`, `sqrt` and `rsqrt` do not fold a negative operand (-0.0 and
  negative NaNs included), nor `log1p` one below -1; `atan2(0, 0)` is NaN for every type;
  `fpowi` multiplies by squaring, rounding each product (APFloat arithmetic);
- the integer ops `absi`, `ctlz`, `cttz`, `ctpop`, `ipowi` fold with wraparound
  (`ipowi` leaves 0 to a negative power, and i1, alone);
- the classification ops (`isnan`, `isinf`, `isfinite`, `isnormal`) fold scalars and
  splats only.
Everything folds element-wise on splat and dense vectors and tensors too (see
arith_fold_elements). `fma` and `clampf` do not fold in MLIR and do not fold here.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import I1, IndexType, IntegerType, NonFinite
from pyir.dialects import math_libm
from pyir.dialects.arith_fold_elements import lift


# -- helpers --------------------------------------------------------------------------------
def _host_width(attr: Any) -> int | None:
    """32 or 64 for f32 and f64 constants (the types MLIR folds through libm), else None."""
    if isinstance(attr, FloatAttr) and attr.type.name in ("f32", "f64"):
        return attr.type.width
    return None


def _sign(attr: FloatAttr) -> bool:
    return bool(attr.bits >> (attr.type.width - 1)) and attr.type.format.signed


def _is_nan(attr: FloatAttr) -> bool:
    return attr.type.format.decode(attr.bits)[0] == "nan"


def _negative(attr: FloatAttr) -> bool:
    """APFloat's isNegative: the sign, for zeros and NaNs too."""
    return _sign(attr)


def _plain_signed(attr: FloatAttr) -> bool:
    """A format whose sign is one bit that can be flipped freely (not FNUZ or unsigned)."""
    fmt = attr.type.format
    return fmt.signed and fmt.non_finite is not NonFinite.NAN_NEGATIVE_ZERO


# -- libm functions -------------------------------------------------------------------------
def _libm(name: str, guard: Any = None) -> Any:
    """A rule calling `name` (f32 or f64 operands of one type); `guard(*args)` false: none."""

    def rule(element: Any, *args: Any) -> Any:
        width = _host_width(args[0])
        if width is None or any(a.type != args[0].type for a in args):
            return None
        if guard is not None and not guard(*args):
            return None
        bits = math_libm.call(name, width, *(a.bits for a in args))
        return None if bits is None else FloatAttr.from_bits(bits, args[0].type)

    return rule


def _not_negative(a: FloatAttr) -> bool:
    return not _negative(a)


def _log1p_guard(a: FloatAttr) -> bool:
    """MLIR's `(a + 1).isNegative()` check: below -1, -inf, or a negative NaN."""
    if _is_nan(a):
        return not _sign(a)
    value = a.type.format.to_fraction(a.bits)
    return value is None and not _sign(a) or value is not None and value >= -1


def _rsqrt(element: Any, a: Any) -> Any:
    """1 / sqrt(a): the C library's square root, then a correctly rounded division."""
    width = _host_width(a)
    if width is None or _negative(a):
        return None
    bits = math_libm.call("sqrt", width, a.bits)
    if bits is None:
        return None
    root = FloatAttr.from_bits(bits, a.type)
    exact = a.type.format.to_fraction(root.bits)
    if exact is None:  # +inf gives +0; NaN stays NaN
        return FloatAttr(0.0, a.type) if not _is_nan(root) else root
    if exact == 0:
        return FloatAttr(math.inf, a.type)
    return FloatAttr(1 / exact, a.type)


def _atan2(element: Any, a: Any, b: Any) -> Any:
    fmt = a.type.format
    if a.type != b.type:
        return None
    if fmt.to_fraction(a.bits) == 0 and fmt.to_fraction(b.bits) == 0:
        try:
            return FloatAttr.from_bits(fmt.nan_bits(), a.type)
        except ValueError:
            return None
    return _libm("atan2")(element, a, b)


def _fpowi(element: Any, base: Any, exponent: Any) -> Any:
    """base ** n by squaring and multiplying, each product rounded to the type (APFloat
    arithmetic, as MLIR folds it); a negative n gives 1 / base ** |n|. f32 and f64 only."""
    from pyir.dialects.arith_float_folding import _compute

    t = base.type
    if _host_width(base) is None or not isinstance(exponent, IntegerAttr):
        return None
    n = exponent.value  # signed
    result, square, k = FloatAttr(1.0, t), base, abs(n)
    while k:
        if k & 1:
            result = _compute("mul", result, square, t)
        k >>= 1
        if k:
            square = _compute("mul", square, square, t)
    return _compute("div", FloatAttr(1.0, t), result, t) if n < 0 else result


# -- exact float operations -----------------------------------------------------------------
def _absf(element: Any, a: Any) -> Any:
    if not a.type.format.signed or (not _plain_signed(a) and _is_nan(a)):
        return a  # an unsigned format, or the NaN of a format whose -0 is NaN: no sign
    return FloatAttr.from_bits(a.bits & ~(1 << (a.type.width - 1)), a.type)


def _copysign(element: Any, a: Any, b: Any) -> Any:
    if a.type != b.type:
        return None
    if not a.type.format.signed:
        return a
    top = 1 << (a.type.width - 1)
    if not _plain_signed(a) and (_is_nan(a) or a.type.format.to_fraction(a.bits) == 0):
        return a  # a format whose -0 is its NaN: NaN and zero have no sign to copy
    return FloatAttr.from_bits((a.bits & ~top) | (b.bits & top), a.type)


def _round_integral(how: Any) -> Any:
    """APFloat's roundToIntegral: `how(Fraction) -> int`; zeros keep the operand's sign,
    infinities stay, NaNs are quieted."""

    def rule(element: Any, a: Any) -> Any:
        fmt = a.type.format
        category = fmt.decode(a.bits)[0]
        if category == "inf":
            return a
        if category == "nan":
            if fmt.non_finite is not NonFinite.IEEE or fmt.explicit_int_bit:
                return a
            return FloatAttr.from_bits(a.bits | (1 << (fmt.precision - 2)), a.type)
        value = fmt.to_fraction(a.bits)
        if value is None:
            return None
        magic = Fraction(2) ** (fmt.precision - 1)
        if abs(value) >= magic or value == 0:
            return a  # already integral
        # APFloat adds and subtracts 2**(p-1); where that overflows the format, the
        # result is inf - inf: a NaN with the operand's sign.
        if magic > fmt.max_finite:
            if fmt.non_finite is not NonFinite.IEEE:
                return None
            return FloatAttr.from_bits(fmt.nan_bits(_sign(a)), a.type)
        r = how(value)
        if fmt.precision < 2 and value == Fraction(1, 2) and how is round:
            r = 1  # f8E8M0FNU: 1.5 rounds to 2 (its one-bit significands have no "even")
        if r == 0:
            # The operand's sign; a format without -0 (or without 0) rounds it as APFloat.
            return FloatAttr(-0.0 if _sign(a) else 0.0, a.type)
        return FloatAttr(Fraction(r), a.type)

    return rule


# -- classification -------------------------------------------------------------------------
def _classify(test: Any) -> Any:
    def rule(element: Any, a: Any) -> Any:
        if not isinstance(a, FloatAttr):
            return None
        category, _, significand, _ = a.type.format.decode(a.bits)
        answer = test(category, significand, a.type.format)
        return IntegerAttr(-1 if answer else 0, I1)

    return rule


def _is_normal(category: str, significand: int, fmt: Any) -> bool:
    return category == "finite" and bool(significand >> (fmt.precision - 1))


# -- integers -------------------------------------------------------------------------------
def _width(t: Any) -> int:
    return 64 if isinstance(t, IndexType) else t.width


def _int_rule(compute: Any) -> Any:
    """`compute(unsigned_bits, width, *more_unsigned)` -> int or None, wrapped to the type."""

    def rule(element: Any, *args: Any) -> Any:
        if not all(isinstance(a, IntegerAttr) for a in args):
            return None
        t = args[0].type
        if not isinstance(t, (IntegerType, IndexType)):
            return None
        w = _width(t)
        mask = (1 << w) - 1
        value = compute(w, *(a.value & mask for a in args))
        return None if value is None else IntegerAttr(t.normalize(value & mask), t)

    return rule


def _absi(w: int, x: int) -> int:
    return (-x if w and x >> (w - 1) else x) if w else 0


def _ctlz(w: int, x: int) -> int:
    return w - x.bit_length()


def _cttz(w: int, x: int) -> int:
    return (x & -x).bit_length() - 1 if x else w


def _ipowi(w: int, base: int, power: int) -> int | None:
    if w <= 1:
        return None  # MLIR leaves i1 powers alone
    mask = (1 << w) - 1
    if power == 0:
        return 1
    if w and power >> (w - 1):  # a negative power
        if base == 0:
            return None  # 0 to a negative power: left alone
        if base == 1 & mask:
            return 1
        if base != mask:
            return 0  # |base| > 1
        return mask if power & 1 else 1  # base -1
    return pow(base, power, 1 << w)


# -- the table ------------------------------------------------------------------------------
_LIBM_UNARY = (
    "acos acosh asin asinh atan atanh cbrt cos cosh erf erfc exp exp2 expm1 "
    "round sin sinh tan tanh trunc"
).split()

RULES: dict[str, Any] = {name: _libm(name) for name in _LIBM_UNARY}
RULES.update(
    {
        "log": _libm("log", _not_negative),
        "log2": _libm("log2", _not_negative),
        "log10": _libm("log10", _not_negative),
        "log1p": _libm("log1p", _log1p_guard),
        "sqrt": _libm("sqrt", _not_negative),
        "rsqrt": _rsqrt,
        "powf": _libm("pow"),
        "atan2": _atan2,
        "fpowi": _fpowi,
        "absf": _absf,
        "copysign": _copysign,
        "ceil": _round_integral(math.ceil),
        "floor": _round_integral(math.floor),
        "roundeven": _round_integral(round),  # Fraction rounds halves to even
        "absi": _int_rule(_absi),
        "ctlz": _int_rule(_ctlz),
        "cttz": _int_rule(_cttz),
        "ctpop": _int_rule(lambda w, x: x.bit_count()),
        "ipowi": _int_rule(_ipowi),
    }
)
CLASSIFIERS: dict[str, Any] = {
    "isnan": _classify(lambda c, s, f: c == "nan"),
    "isinf": _classify(lambda c, s, f: c == "inf"),
    "isfinite": _classify(lambda c, s, f: c == "finite"),
    "isnormal": _classify(_is_normal),
}


def _folder(rule: Any, splat_only: bool = False) -> Any:
    def fold(view: Any, operands: tuple) -> Any:
        return lift(rule, operands, view.op.results[0].type, splat_only)

    return fold


def _fold_sincos(view: Any, operands: tuple) -> Any:
    types = [r.type for r in view.op.results]
    sin = lift(RULES["sin"], operands, types[0])
    cos = lift(RULES["cos"], operands, types[1])
    return None if sin is None or cos is None else [sin, cos]


def install_folders(ops: list[type], dialect: Any) -> None:
    """Give each math op in `ops` its folder, and `dialect` arith's constant materializer."""
    from pyir.dialects.arith_folding import materialize_constant

    for cls in ops:
        short = cls.name.split(".", 1)[1]
        if short in RULES:
            cls.fold = _folder(RULES[short])  # type: ignore[attr-defined]
        elif short in CLASSIFIERS:
            cls.fold = _folder(CLASSIFIERS[short], splat_only=True)  # type: ignore[attr-defined]
        elif short == "sincos":
            cls.fold = _fold_sincos  # type: ignore[attr-defined]
    dialect.materialize_constant = materialize_constant
