"""Float values as MLIR prints and reads them: exact decimal text for any `FloatFormat`.

Layout: `format_float(fmt, bits)` (cached) is the entry point, giving the text `mlir-opt`
prints for a bit pattern and whether that text is a hex pattern. It tries "%e"-style with
6 digits, then APFloat's default form, built by `_apfloat_text` on the half-up decimal
rounding of `_digits_to_precision`; `_reads_back` and `_is_midpoint` check that a text
rounds back (ties to even) to the same bits. The other direction, `_float_to_bits`, turns
a number or a decimal literal into a bit pattern, taking `struct`'s fast path (table
`_STRUCT_FLOAT`) for f16/f32/f64. Builds only on `pyir.float_formats`; the scalar and
dense attributes of `pyir.builtin_attributes` and `pyir.dense_attributes` print with it.
"""

from __future__ import annotations

import functools
import math
import struct
from fractions import Fraction

from pyir.float_formats import FloatFormat


def _digits_to_precision(digits: str, exp10: int, precision: int) -> tuple[str, int]:
    """Rounds a most-significant-first digit string to `precision` digits, half up, and
    drops the trailing zeros this leaves (APFloat's decimal rounding)."""
    n = len(digits)
    if n <= precision:
        return digits, exp10
    drop = n - precision
    if digits[precision] < "5":
        kept = digits[:precision].rstrip("0")
        return kept, exp10 + n - len(kept)
    kept = digits[:precision].rstrip("9")
    if not kept:
        return "1", exp10 + n
    kept = kept[:-1] + chr(ord(kept[-1]) + 1)
    return kept, exp10 + drop + (precision - len(kept))


def _apfloat_text(
    negative: bool,
    significand: int,
    exp2: int,
    semantics_precision: int,
    precision: int,
    max_padding: int,
    truncate_zero: bool,
) -> str:
    """LLVM's APFloat::toString for a finite value significand * 2**exp2, reproduced
    digit for digit (including its truncating first step), since MLIR's output is built
    on it."""
    sign = "-" if negative else ""
    if significand == 0:
        if max_padding:
            return sign + "0"
        if truncate_zero:
            return sign + "0.0E+0"
        return sign + "0." + "0" * max(precision, 1) + "e+00"
    if not precision:
        precision = 2 + semantics_precision * 59 // 196
    trailing = (significand & -significand).bit_length() - 1
    significand >>= trailing
    exp2 += trailing
    if exp2 >= 0:
        significand <<= exp2
        exp10 = 0
    else:
        significand *= 5**-exp2
        exp10 = exp2
    # First cut, in binary: drop whole decimal digits by truncating division.
    bits = significand.bit_length()
    bits_required = (precision * 196 + 58) // 59
    if bits > bits_required:
        tens = (bits - bits_required) * 59 // 196
        if tens:
            exp10 += tens
            significand //= 10**tens
    digits = str(significand)
    stripped = digits.rstrip("0")
    exp10 += len(digits) - len(stripped)
    digits, exp10 = _digits_to_precision(stripped, exp10, precision)
    n = len(digits)

    if not max_padding:
        scientific = True
    elif exp10 >= 0:
        scientific = exp10 > max_padding or n + exp10 > precision
    else:
        msd = exp10 + n - 1
        scientific = msd < 0 and -msd > max_padding
    if scientific:
        exp10 += n - 1
        text = digits[0] + "."
        if n == 1 and truncate_zero:
            text += "0"
        else:
            text += digits[1:]
        if not truncate_zero and precision > n - 1:
            text += "0" * (precision - n + 1)
        exp_digits = str(abs(exp10))
        if not truncate_zero and len(exp_digits) < 2:
            exp_digits = "0" + exp_digits
        return f"{sign}{text}{'E' if truncate_zero else 'e'}{'-' if exp10 < 0 else '+'}{exp_digits}"
    if exp10 >= 0:
        return sign + digits + "0" * exp10
    whole = exp10 + n
    if whole > 0:
        return f"{sign}{digits[:whole]}.{digits[whole:]}"
    return f"{sign}0.{'0' * -whole}{digits}"


@functools.lru_cache(maxsize=4096)
def format_float(fmt: FloatFormat, bits: int) -> tuple[str, bool]:
    """MLIR's text for the float `bits` of format `fmt`, and whether it is a hex pattern.

    Like MLIR: the shortest of "%e"-style with 6 digits, then APFloat's default form, that
    reads back to the same bits; otherwise (and for NaN and infinity) the bit pattern in
    hex. The default form only counts if it has a '.', so the lexer sees a float.
    """
    category, negative, significand, exp2 = fmt.decode(bits)
    if category == "finite":
        text = _apfloat_text(negative, significand, exp2, fmt.precision, 6, 0, False)
        if _reads_back(fmt, text, bits):
            return text, False
        text = _apfloat_text(negative, significand, exp2, fmt.precision, 0, 3, True)
        if "." in text:
            return text, False
    return f"0x{bits:X}", True


def _reads_back(fmt: FloatFormat, text: str, bits: int) -> bool:
    """Whether the decimal `text` rounds (ties to even) to exactly `bits` in `fmt`."""
    if fmt.width <= 64:
        # Every value and rounding midpoint of these formats is a double, so rounding the
        # correctly rounded double of `text` gives the direct result, unless that double
        # is itself a midpoint (then `text` may lie on either side of it).
        double = float(text)
        if not _is_midpoint(fmt, double):
            code = _STRUCT_FLOAT.get(fmt.name)
            if code is not None:
                try:
                    return int.from_bytes(struct.pack(code, double), "little") == bits
                except OverflowError:
                    pass  # beyond the struct format: fall through to the exact check
            else:
                try:
                    return fmt.from_float(double) == bits
                except ValueError:
                    return False
    value = Fraction(text)
    if value == 0:
        value = -0.0 if text.startswith("-") else 0.0  # zero keeps its sign
    try:
        return fmt.from_float(value) == bits
    except ValueError:
        return False


def _is_midpoint(fmt: FloatFormat, double: float) -> bool:
    """Whether `double` lies exactly halfway between two neighbours of `fmt`."""
    if double == 0.0 or math.isinf(double):
        return False
    binade = max(math.frexp(double)[1] - 1, fmt.emin)
    half_ulps = math.ldexp(abs(double), fmt.precision - binade)
    return half_ulps.is_integer() and int(half_ulps) % 2 == 1


_STRUCT_FLOAT = {"f16": "<e", "f32": "<f", "f64": "<d"}


def _float_to_bits(fmt: FloatFormat, value: float | int | Fraction | str) -> int:
    if isinstance(value, bool) or not isinstance(value, (float, int, Fraction, str)):
        raise ValueError(f"float value must be a number, got {value!r}")
    if isinstance(value, str):
        text = value.strip()
        try:
            value = Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise ValueError(f"invalid float literal {text!r}") from None
        if value == 0:
            value = -0.0 if text.startswith("-") else 0.0  # Fraction has no -0
    code = _STRUCT_FLOAT.get(fmt.name)
    if code is not None and isinstance(value, float):
        try:
            return int.from_bytes(struct.pack(code, value), "little")
        except OverflowError:
            pass  # out of range: the exact path below rounds to infinity
    return fmt.from_float(value)
