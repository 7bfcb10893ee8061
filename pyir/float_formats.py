"""Binary floating-point encodings: the bit layout of every builtin float type.

Layout: `NonFinite` names how a format spends its non-finite patterns (IEEE infinities
and NaNs, a single all-ones NaN, a NaN in place of -0, or none); `FloatFormat` holds one
encoding's parameters in `__slots__` (width, precision, exponent range and bias, flags)
and converts exactly between bit patterns and values, keeping -0 and NaN payloads;
`FLOAT_FORMATS` maps each builtin float keyword (`f32`, `bf16`, `f8E4M3FN`, ...) to its
format. Pure data and arithmetic: nothing here imports the IR. `pyir.builtin_types`
builds `FloatType` on this table and re-exports its names; `pyir.float_printing` prints
values of these formats the way MLIR does.
"""

from __future__ import annotations

import enum
import math
from fractions import Fraction
from typing import Any


class NonFinite(enum.Enum):
    """How a float format encodes values that are not finite numbers."""

    IEEE = "ieee"  # all-ones exponent: infinity (zero mantissa) or NaN
    NAN_ALL_ONES = "nan_all_ones"  # no infinity; only the all-ones pattern (either sign) is NaN
    NAN_NEGATIVE_ZERO = "nan_negative_zero"  # no infinity, no -0: the -0 pattern is the NaN
    FINITE_ONLY = "finite_only"  # every pattern is a finite number


class FloatFormat:
    """A binary floating-point encoding, with exact conversions to and from bit patterns.

    `precision` counts significand bits including the leading one; `emin`/`emax` are the
    unbiased exponents of the smallest and largest normal binades; `bias` maps an exponent
    field to its unbiased exponent. Values are exchanged as (negative, significand, exp2)
    triples meaning (-1)**negative * significand * 2**exp2, which keep -0 and are exact.
    """

    __slots__ = (
        "name",
        "width",
        "precision",
        "emin",
        "emax",
        "bias",
        "non_finite",
        "signed",
        "has_zero",
        "explicit_int_bit",
        "_mant_bits",
        "_exp_bits",
        "max_finite",
    )

    def __init__(
        self,
        name: str,
        width: int,
        precision: int,
        emin: int,
        emax: int,
        non_finite: NonFinite = NonFinite.IEEE,
        *,
        bias: int | None = None,
        signed: bool = True,
        has_zero: bool = True,
        explicit_int_bit: bool = False,
    ) -> None:
        self.name = name
        self.width = width
        self.precision = precision
        self.emin = emin
        self.emax = emax
        self.bias = 1 - emin if bias is None else bias
        self.non_finite = non_finite
        self.signed = signed
        self.has_zero = has_zero
        self.explicit_int_bit = explicit_int_bit
        self._mant_bits = precision if explicit_int_bit else precision - 1
        self._exp_bits = width - self._mant_bits - (1 if signed else 0)
        self.max_finite = self._compute_max_finite()

    def _compute_max_finite(self) -> Fraction:
        top_mant = (1 << self.precision) - 1
        top_field = self.emax + self.bias
        if self.non_finite is NonFinite.NAN_ALL_ONES and top_field == (1 << self._exp_bits) - 1:
            top_mant -= 1  # the top binade holds the NaN as its all-ones mantissa
        return Fraction(top_mant) * Fraction(2) ** (self.emax - self.precision + 1)

    @property
    def has_infinity(self) -> bool:
        return self.non_finite is NonFinite.IEEE

    @property
    def has_nan(self) -> bool:
        return self.non_finite is not NonFinite.FINITE_ONLY

    # decoding ---------------------------------------------------------------

    def decode(self, bits: int) -> tuple[str, bool, int, int]:
        """Splits a bit pattern into (category, negative, significand, exp2), where category
        is "finite", "inf" or "nan" (significand and exp2 are 0 unless finite)."""
        negative = bool(self.signed and bits >> (self.width - 1) & 1)
        mant = bits & ((1 << self._mant_bits) - 1)
        exp_field = (bits >> self._mant_bits) & ((1 << self._exp_bits) - 1)
        exp_all_ones = exp_field == (1 << self._exp_bits) - 1
        nf = self.non_finite
        if nf is NonFinite.IEEE and exp_all_ones:
            if self.explicit_int_bit:
                return ("inf" if mant == 1 << 63 else "nan", negative, 0, 0)
            return ("nan" if mant else "inf", negative, 0, 0)
        if self.explicit_int_bit and exp_field and not mant >> 63:
            return ("nan", negative, 0, 0)  # an "unnormal": x87 treats it as a NaN
        if nf is NonFinite.NAN_ALL_ONES and exp_all_ones and mant == (1 << self._mant_bits) - 1:
            return ("nan", negative, 0, 0)
        if nf is NonFinite.NAN_NEGATIVE_ZERO and negative and exp_field == 0 and mant == 0:
            return ("nan", True, 0, 0)
        has_subnormals = self.emin + self.bias == 1
        if self.explicit_int_bit:
            return ("finite", negative, mant, max(exp_field, 1) - self.bias - self._mant_bits + 1)
        if exp_field == 0 and has_subnormals:
            return ("finite", negative, mant, self.emin - self.precision + 1)
        significand = mant | (1 << self._mant_bits)
        return ("finite", negative, significand, exp_field - self.bias - self.precision + 1)

    def canonicalize(self, bits: int) -> int:
        """The pattern LLVM keeps for `bits`: x87 unnormals become NaNs with an all-ones
        exponent (their mantissa kept); every other pattern is kept as is."""
        if self.explicit_int_bit:
            exp_field = (bits >> self._mant_bits) & ((1 << self._exp_bits) - 1)
            if exp_field and not (bits >> 63) & 1:
                return bits | (((1 << self._exp_bits) - 1) << self._mant_bits)
        return bits

    def to_fraction(self, bits: int) -> Fraction | None:
        """The exact value of a finite bit pattern, or None for infinities and NaNs."""
        category, negative, sig, exp2 = self.decode(bits)
        if category != "finite":
            return None
        value = Fraction(sig) * Fraction(2) ** exp2
        return -value if negative else value

    def to_float(self, bits: int) -> float:
        """The value as a Python float (exact for formats up to f64; rounded beyond)."""
        category, negative, sig, exp2 = self.decode(bits)
        if category == "nan":
            return float("nan")
        if category == "inf":
            return float("-inf") if negative else float("inf")
        try:
            value = float(Fraction(sig) * Fraction(2) ** exp2)
        except OverflowError:
            value = float("inf")
        return -value if negative else value

    # encoding ---------------------------------------------------------------

    def nan_bits(self, negative: bool = False) -> int:
        """The default (quiet) NaN pattern of this format."""
        if self.non_finite is NonFinite.FINITE_ONLY:
            raise ValueError(f"{self.name} has no NaN")
        sign = (1 << (self.width - 1)) if negative and self.signed else 0
        if self.non_finite is NonFinite.NAN_NEGATIVE_ZERO:
            return 1 << (self.width - 1)
        exp = ((1 << self._exp_bits) - 1) << self._mant_bits
        if self.non_finite is NonFinite.NAN_ALL_ONES:
            return sign | exp | ((1 << self._mant_bits) - 1)
        quiet = 3 << 62 if self.explicit_int_bit else 1 << (self._mant_bits - 1)
        return sign | exp | quiet

    def inf_bits(self, negative: bool = False) -> int:
        if self.non_finite is not NonFinite.IEEE:
            raise ValueError(f"{self.name} has no infinity")
        sign = (1 << (self.width - 1)) if negative else 0
        exp = ((1 << self._exp_bits) - 1) << self._mant_bits
        return sign | exp | (1 << 63 if self.explicit_int_bit else 0)

    def from_float(self, value: float | int | Fraction) -> int:
        """Rounds `value` to the nearest representable number (ties to even) and returns
        its bit pattern. Overflow gives infinity, NaN, or the largest finite value,
        depending on what the format has, as LLVM's APFloat conversion does."""
        if isinstance(value, float):
            negative = math.copysign(1.0, value) < 0
            if value != value:
                return self.nan_bits(negative)
            if value in (float("inf"), float("-inf")):
                if self.non_finite is NonFinite.IEEE:
                    return self.inf_bits(negative)
                if self.non_finite is NonFinite.FINITE_ONLY:
                    raise ValueError(f"{self.name} cannot represent {value}")
                return self.nan_bits(negative)
            return self._encode(negative, Fraction(abs(value)))
        exact = Fraction(value)
        return self._encode(exact < 0, abs(exact))

    def _encode(self, negative: bool, magnitude: Fraction) -> int:
        if negative and not self.signed:
            raise ValueError(f"{self.name} cannot represent negative values")
        p = self.precision
        if magnitude == 0:
            significand, exp2 = 0, self.emin
        else:
            num, den = magnitude.numerator, magnitude.denominator
            exp2 = num.bit_length() - den.bit_length()
            if (num << max(0, -exp2)) < (den << max(0, exp2)):
                exp2 -= 1
            exp2 = max(exp2, self.emin)
            shift = p - 1 - exp2  # significand = magnitude * 2**shift, rounded
            if shift >= 0:
                q, r = divmod(num << shift, den)
                twice_r, d = 2 * r, den
            else:
                q, r = divmod(num, den << -shift)
                twice_r, d = 2 * r, den << -shift
            if twice_r > d or (twice_r == d and q & 1):
                q += 1
            if q >> p:  # rounding carried into a new binade
                q >>= 1
                exp2 += 1
            significand = q
        if significand and Fraction(significand) * Fraction(2) ** (exp2 - p + 1) > self.max_finite:
            if self.non_finite is NonFinite.IEEE:
                return self.inf_bits(negative)
            if self.non_finite is NonFinite.FINITE_ONLY:
                return self._pack(negative, (1 << p) - 1, self.emax)
            return self.nan_bits(negative)
        if significand == 0:
            if not self.has_zero:
                return self._pack(False, 1, self.emin)  # no zero: the smallest value instead
            if self.non_finite is NonFinite.NAN_NEGATIVE_ZERO:
                negative = False  # -0 would be the NaN pattern
            return (1 << (self.width - 1)) if negative else 0
        return self._pack(negative, significand, exp2)

    def _pack(self, negative: bool, significand: int, exp2: int) -> int:
        sign = (1 << (self.width - 1)) if negative and self.signed else 0
        if significand >> (self.precision - 1):
            exp_field = exp2 + self.bias
            mant = significand if self.explicit_int_bit else significand - (1 << self._mant_bits)
        else:  # subnormal
            exp_field = 0
            mant = significand
        return sign | (exp_field << self._mant_bits) | mant


def _fmt(name: str, width: int, precision: int, emin: int, emax: int, *a: Any, **k: Any) -> Any:
    return FloatFormat(name, width, precision, emin, emax, *a, **k)


_NAN1 = NonFinite.NAN_ALL_ONES
_NANZ = NonFinite.NAN_NEGATIVE_ZERO
_FINITE = NonFinite.FINITE_ONLY

#: The float formats of the builtin float types, by keyword.
FLOAT_FORMATS: dict[str, FloatFormat] = {
    f.name: f
    for f in (
        _fmt("f16", 16, 11, -14, 15),
        _fmt("bf16", 16, 8, -126, 127),
        _fmt("f32", 32, 24, -126, 127),
        _fmt("f64", 64, 53, -1022, 1023),
        _fmt("f80", 80, 64, -16382, 16383, explicit_int_bit=True),
        _fmt("f128", 128, 113, -16382, 16383),
        _fmt("tf32", 19, 11, -126, 127),
        _fmt("f8E5M2", 8, 3, -14, 15),
        _fmt("f8E4M3", 8, 4, -6, 7),
        _fmt("f8E4M3FN", 8, 4, -6, 8, _NAN1),
        _fmt("f8E5M2FNUZ", 8, 3, -15, 15, _NANZ),
        _fmt("f8E4M3FNUZ", 8, 4, -7, 7, _NANZ),
        _fmt("f8E4M3B11FNUZ", 8, 4, -10, 4, _NANZ),
        _fmt("f8E3M4", 8, 5, -2, 3),
        _fmt("f8E8M0FNU", 8, 1, -127, 127, _NAN1, bias=127, signed=False, has_zero=False),
        _fmt("f6E2M3FN", 6, 4, 0, 2, _FINITE),
        _fmt("f6E3M2FN", 6, 3, -2, 4, _FINITE),
        _fmt("f4E2M1FN", 4, 2, 0, 2, _FINITE),
    )
}
