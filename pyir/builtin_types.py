"""The builtin types of MLIR: integers, index, floats, complex, tuples, functions, shaped types.

Every class is an immutable, uniqued `Type` (see `pyir.attributes`): parameters live in
`__slots__` in constructor order, and `print` writes exactly what `mlir-opt` prints.

Constructor API (the parser calls these; all raise `ValueError` on invalid parameters):

    IntegerType(width: int, signedness: Signedness | str = "signless")   i32, si8, ui1
    IndexType()                                                          index
    FloatType(name: str)                                                 f32, bf16, f8E4M3FN ...
    ComplexType(element_type: Type)                                      complex<f32>
    TupleType(types: tuple[Type, ...])                                   tuple<i32, f32>
    NoneType()                                                           none
    FunctionType(inputs: tuple[Type, ...], results: tuple[Type, ...])    (i32) -> (i32, i32)
    RankedTensorType(shape: tuple[int, ...], element_type, encoding: Attribute | None = None)
    UnrankedTensorType(element_type)                                     tensor<*xf32>
    MemRefType(shape, element_type, layout: Attribute | None = None,
               memory_space: Attribute | None = None)                    memref<4x?xf32, 1>
    UnrankedMemRefType(element_type, memory_space: Attribute | None = None)
    VectorType(shape, element_type, scalable_dims: tuple[bool, ...] | None = None)
    OpaqueType(dialect: str, data: str)            !dialect<"data">  (data: literal body as written)
    DialectType(dialect_and_name: str, body: str | None = None)          !foo.bar<body>, !foo.bar

Dynamic sizes in shapes are the constant `DYNAMIC` (printed `?`). Module constants name the
common instances (`I1`, `I32`, `INDEX`, `F32`, ...); `FLOAT_TYPES_BY_NAME` maps every float
keyword to its type. `FloatFormat` describes a float encoding and converts between bit
patterns and exact values; `pyir.builtin_attributes` builds float printing on it.
"""

from __future__ import annotations

import enum
import math
import re
from fractions import Fraction
from typing import Any, ClassVar

from pyir.attributes import Attribute, Type

#: A dynamic dimension or offset (MLIR's ShapedType::kDynamic, the smallest int64).
DYNAMIC = -9223372036854775808
_INT64_MAX = 9223372036854775807
#: MLIR limits integer types to 24 bits of width.
MAX_INTEGER_WIDTH = 16777215

#: A bare identifier: names matching it print unquoted (attribute names, symbols).
BARE_ID_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_$.]*\Z")
_DIALECT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*\Z")


def _check_tuple(values: Any, what: str, item_type: type) -> tuple:
    """Converts a sequence to a tuple, checking the type of each item."""
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise ValueError(f"{what} must be a sequence, got {values!r}")
    result = tuple(values)
    for item in result:
        if not isinstance(item, item_type) or (item_type is int and isinstance(item, bool)):
            raise ValueError(f"{what} must hold {item_type.__name__} values, got {item!r}")
    return result


def _print_type_list(printer: Any, types: tuple) -> None:
    for i, t in enumerate(types):
        if i:
            printer.write(", ")
        printer.print_type(t)


def print_attribute_eliding_default_type(printer: Any, attr: Attribute) -> None:
    """Prints `attr` the way MLIR does where a type may be elided (array elements, memory
    spaces): integer attributes of type i64 and float attributes of type f64 drop `: type`."""
    hook = getattr(attr, "print_eliding_default_type", None)
    if hook is not None:
        hook(printer)
    else:
        printer.print_attribute(attr)


# --------------------------------------------------------------------------- integers


class Signedness(enum.StrEnum):
    SIGNLESS = "signless"
    SIGNED = "signed"
    UNSIGNED = "unsigned"


_SIGN_PREFIX = {Signedness.SIGNLESS: "i", Signedness.SIGNED: "si", Signedness.UNSIGNED: "ui"}


class IntegerType(Type):
    """`i<width>`, `si<width>` or `ui<width>`.

    Invariants: 0 <= width <= MAX_INTEGER_WIDTH; signedness is a `Signedness`.
    """

    __slots__ = ("width", "signedness")
    kind: ClassVar[str] = "builtin.integer"
    width: int
    signedness: Signedness

    def __init__(self, width: int, signedness: Signedness | str = Signedness.SIGNLESS) -> None:
        if not isinstance(width, int) or isinstance(width, bool):
            raise ValueError(f"integer width must be an int, got {width!r}")
        if not 0 <= width <= MAX_INTEGER_WIDTH:
            raise ValueError(
                f"integer bitwidth is limited to {MAX_INTEGER_WIDTH} bits, got {width}"
            )
        try:
            sign = Signedness(signedness)
        except ValueError:
            raise ValueError(
                f"signedness must be 'signless', 'signed' or 'unsigned', got {signedness!r}"
            ) from None
        self.width = width
        self.signedness = sign
        self._freeze()

    @property
    def is_signless(self) -> bool:
        return self.signedness is Signedness.SIGNLESS

    @property
    def is_signed(self) -> bool:
        return self.signedness is Signedness.SIGNED

    @property
    def is_unsigned(self) -> bool:
        return self.signedness is Signedness.UNSIGNED

    def value_range(self) -> tuple[int, int]:
        """Inclusive range of values an attribute of this type accepts. Signless integers
        accept both the signed and the unsigned range, as MLIR's parser does."""
        w = self.width
        if w == 0:
            return (0, 0)
        if self.signedness is Signedness.SIGNED:
            return (-(1 << (w - 1)), (1 << (w - 1)) - 1)
        if self.signedness is Signedness.UNSIGNED:
            return (0, (1 << w) - 1)
        return (-(1 << (w - 1)), (1 << w) - 1)

    def normalize(self, value: int) -> int:
        """The canonical value of the bit pattern `value` truncates to: two's complement
        for signless and signed types (as MLIR prints them), plain for unsigned ones."""
        w = self.width
        if w == 0:
            return 0
        bits = value & ((1 << w) - 1)
        if self.signedness is not Signedness.UNSIGNED and bits >> (w - 1):
            return bits - (1 << w)
        return bits

    def print(self, printer: Any) -> None:
        printer.write(f"{_SIGN_PREFIX[self.signedness]}{self.width}")


class IndexType(Type):
    """`index`: a target-sized integer, 64 bits wide for constants (MLIR's storage width)."""

    __slots__ = ()
    kind: ClassVar[str] = "builtin.index"
    #: Width used to check and store index constants.
    width: ClassVar[int] = 64

    def __init__(self) -> None:
        self._freeze()

    def value_range(self) -> tuple[int, int]:
        return (-(1 << 63), (1 << 63) - 1)

    def normalize(self, value: int) -> int:
        bits = value & ((1 << 64) - 1)
        return bits - (1 << 64) if bits >> 63 else bits

    def print(self, printer: Any) -> None:
        printer.write("index")


# --------------------------------------------------------------------------- floats


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


class FloatType(Type):
    """A builtin float type named by its keyword (`f32`, `bf16`, `f8E4M3FN`, ...).

    Invariants: `name` is a key of `FLOAT_FORMATS`; `format` describes its encoding.
    """

    __slots__ = ("name",)
    kind: ClassVar[str] = "builtin.float"
    name: str

    def __init__(self, name: str) -> None:
        if name not in FLOAT_FORMATS:
            raise ValueError(f"unknown float type {name!r}")
        self.name = name
        self._freeze()

    @property
    def format(self) -> FloatFormat:
        return FLOAT_FORMATS[self.name]

    @property
    def width(self) -> int:
        """The bit width of the encoding (19 for tf32, 80 for f80)."""
        return FLOAT_FORMATS[self.name].width

    def print(self, printer: Any) -> None:
        printer.write(self.name)


# --------------------------------------------------------------------------- composites


class ComplexType(Type):
    """`complex<element>`. Invariant: the element is an integer or float type."""

    __slots__ = ("element_type",)
    kind: ClassVar[str] = "builtin.complex"
    element_type: Type

    def __init__(self, element_type: Type) -> None:
        if not isinstance(element_type, (IntegerType, FloatType)):
            raise ValueError(f"invalid element type for complex: {element_type!r}")
        self.element_type = element_type
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("complex<")
        printer.print_type(self.element_type)
        printer.write(">")


class TupleType(Type):
    """`tuple<t1, t2, ...>`, possibly empty. Invariant: `types` is a tuple of types."""

    __slots__ = ("types",)
    kind: ClassVar[str] = "builtin.tuple"
    types: tuple[Type, ...]

    def __init__(self, types: tuple[Type, ...] = ()) -> None:
        self.types = _check_tuple(types, "tuple element types", Type)
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("tuple<")
        _print_type_list(printer, self.types)
        printer.write(">")


class NoneType(Type):
    """`none`: the unit type."""

    __slots__ = ()
    kind: ClassVar[str] = "builtin.none"

    def __init__(self) -> None:
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("none")


class FunctionType(Type):
    """`(inputs) -> results`. Invariant: `inputs` and `results` are tuples of types.

    A single result prints without parentheses unless it is itself a function type.
    """

    __slots__ = ("inputs", "results")
    kind: ClassVar[str] = "builtin.function"
    inputs: tuple[Type, ...]
    results: tuple[Type, ...]

    def __init__(self, inputs: tuple[Type, ...], results: tuple[Type, ...]) -> None:
        self.inputs = _check_tuple(inputs, "function inputs", Type)
        self.results = _check_tuple(results, "function results", Type)
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("(")
        _print_type_list(printer, self.inputs)
        printer.write(") -> ")
        results = self.results
        if len(results) == 1 and not isinstance(results[0], FunctionType):
            printer.print_type(results[0])
        else:
            printer.write("(")
            _print_type_list(printer, results)
            printer.write(")")


# --------------------------------------------------------------------------- shaped types


class ShapedType(Type):
    """Base of tensors, memrefs and vectors: an element type and, if ranked, a shape.

    Ranked subclasses have a `shape` tuple whose entries are sizes >= 0 or `DYNAMIC`.
    """

    __slots__ = ()
    element_type: Type

    @property
    def has_rank(self) -> bool:
        return hasattr(self, "shape")

    @property
    def rank(self) -> int:
        shape = getattr(self, "shape", None)
        if shape is None:
            raise ValueError(f"{self} has no rank")
        return len(shape)

    @property
    def has_static_shape(self) -> bool:
        shape = getattr(self, "shape", None)
        return shape is not None and DYNAMIC not in shape

    @property
    def num_elements(self) -> int:
        """The product of the dimensions; only for static shapes."""
        if not self.has_static_shape:
            raise ValueError(f"{self} does not have a static shape")
        count = 1
        for dim in self.shape:  # type: ignore[attr-defined]
            count *= dim
        return count

    def is_dynamic_dim(self, index: int) -> bool:
        return self.shape[index] == DYNAMIC  # type: ignore[attr-defined]


def _check_shape(shape: Any, what: str) -> tuple[int, ...]:
    dims = _check_tuple(shape, f"{what} shape", int)
    for dim in dims:
        if dim != DYNAMIC and not 0 <= dim <= _INT64_MAX:
            raise ValueError(f"{what} dimensions must be non-negative or dynamic, got {dim}")
    return dims


def _print_shape(printer: Any, shape: tuple[int, ...]) -> None:
    printer.write("".join("?x" if d == DYNAMIC else f"{d}x" for d in shape))


def _is_builtin_type(t: Type) -> bool:
    return type(t).__module__ == __name__


def _valid_tensor_element(t: Any) -> bool:
    # Types of other dialects are allowed; those dialects verify their own use.
    tensor_ok = (
        IntegerType,
        IndexType,
        FloatType,
        ComplexType,
        VectorType,
        OpaqueType,
        DialectType,
    )
    if isinstance(t, tensor_ok):
        return True
    return isinstance(t, Type) and not _is_builtin_type(t)


def _valid_memref_element(t: Any) -> bool:
    if isinstance(t, (IntegerType, IndexType, FloatType, ComplexType, VectorType)):
        return True
    if isinstance(t, (MemRefType, UnrankedMemRefType)):
        return True
    # A dialect type opts in, as MLIR's MemRefElementTypeInterface does.
    return isinstance(t, Type) and bool(getattr(t, "is_memref_element_type", False))


def _is_default_memory_space(attr: Any) -> bool:
    # MLIR canonicalizes an integer memory space of 0 (of any integer type) to none. Checked
    # by shape rather than class so this module need not import the attribute module.
    return isinstance(getattr(attr, "type", None), IntegerType) and getattr(attr, "value", 1) == 0


def _check_memory_space(memory_space: Any) -> Attribute | None:
    if memory_space is None or _is_default_memory_space(memory_space):
        return None
    if not isinstance(memory_space, Attribute):
        raise ValueError(f"memory space must be an attribute, got {memory_space!r}")
    return memory_space


def _print_memory_space(printer: Any, memory_space: Attribute | None) -> None:
    if memory_space is not None:
        printer.write(", ")
        print_attribute_eliding_default_type(printer, memory_space)


class RankedTensorType(ShapedType):
    """`tensor<4x?xf32>` or `tensor<4xf32, encoding>`.

    Invariants: dims are >= 0 or DYNAMIC; the element type is an integer, index, float,
    complex, vector, opaque or non-builtin type; `encoding` is an attribute or None.
    """

    __slots__ = ("shape", "element_type", "encoding")
    kind: ClassVar[str] = "builtin.tensor"
    shape: tuple[int, ...]
    encoding: Attribute | None

    def __init__(
        self, shape: tuple[int, ...], element_type: Type, encoding: Attribute | None = None
    ) -> None:
        self.shape = _check_shape(shape, "tensor")
        if not _valid_tensor_element(element_type):
            raise ValueError(f"invalid tensor element type: {element_type!r}")
        if encoding is not None and not isinstance(encoding, Attribute):
            raise ValueError(f"tensor encoding must be an attribute, got {encoding!r}")
        self.element_type = element_type
        self.encoding = encoding
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("tensor<")
        _print_shape(printer, self.shape)
        printer.print_type(self.element_type)
        if self.encoding is not None:
            printer.write(", ")
            printer.print_attribute(self.encoding)
        printer.write(">")


class UnrankedTensorType(ShapedType):
    """`tensor<*xf32>`. Invariant: the element type is valid for tensors."""

    __slots__ = ("element_type",)
    kind: ClassVar[str] = "builtin.unranked_tensor"

    def __init__(self, element_type: Type) -> None:
        if not _valid_tensor_element(element_type):
            raise ValueError(f"invalid tensor element type: {element_type!r}")
        self.element_type = element_type
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("tensor<*x")
        printer.print_type(self.element_type)
        printer.write(">")


def _is_identity_layout(layout: Attribute, shape: tuple[int, ...]) -> bool:
    """Checks a layout against the shape and says whether it is the identity. A layout
    either implements `verify_layout(shape)` and `is_identity()` itself (the protocol, like
    MLIR's MemRefLayoutAttrInterface) or wraps an affine map in `.map`."""
    verify = getattr(layout, "verify_layout", None)
    affine_map = getattr(layout, "map", None)
    if verify is not None:
        verify(shape)
    elif affine_map is not None and hasattr(affine_map, "num_dims"):
        if affine_map.num_dims != len(shape):
            raise ValueError(
                "memref layout mismatch between rank and affine map: "
                f"{len(shape)} != {affine_map.num_dims}"
            )
    is_identity = getattr(layout, "is_identity", None)
    if is_identity is None and affine_map is not None:
        is_identity = getattr(affine_map, "is_identity", None)
    return is_identity is not None and bool(is_identity())


class MemRefType(ShapedType):
    """`memref<4x?xf32, layout, memory_space>`.

    Invariants: dims are >= 0 or DYNAMIC; the element type is an integer, index, float,
    complex, vector, memref or a type with `is_memref_element_type = True`. `layout` is None
    for the identity layout: an attribute whose `is_identity()` returns True is dropped, as
    MLIR drops identity affine maps; see `_is_identity_layout` for the layout protocol.
    `memory_space` is None for the default space: an integer attribute of value 0 is
    dropped, as in MLIR.
    """

    __slots__ = ("shape", "element_type", "layout", "memory_space")
    kind: ClassVar[str] = "builtin.memref"
    shape: tuple[int, ...]
    layout: Attribute | None
    memory_space: Attribute | None

    def __init__(
        self,
        shape: tuple[int, ...],
        element_type: Type,
        layout: Attribute | None = None,
        memory_space: Attribute | None = None,
    ) -> None:
        self.shape = _check_shape(shape, "memref")
        if not _valid_memref_element(element_type):
            raise ValueError(f"invalid memref element type: {element_type!r}")
        if layout is not None:
            if not isinstance(layout, Attribute):
                raise ValueError(f"memref layout must be an attribute, got {layout!r}")
            if _is_identity_layout(layout, self.shape):
                layout = None
        self.element_type = element_type
        self.layout = layout
        self.memory_space = _check_memory_space(memory_space)
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("memref<")
        _print_shape(printer, self.shape)
        printer.print_type(self.element_type)
        if self.layout is not None:
            printer.write(", ")
            printer.print_attribute(self.layout)
        _print_memory_space(printer, self.memory_space)
        printer.write(">")


class UnrankedMemRefType(ShapedType):
    """`memref<*xf32>` or `memref<*xf32, memory_space>` (no layout).

    Invariants: as MemRefType for the element type and memory space.
    """

    __slots__ = ("element_type", "memory_space")
    kind: ClassVar[str] = "builtin.unranked_memref"
    memory_space: Attribute | None

    def __init__(self, element_type: Type, memory_space: Attribute | None = None) -> None:
        if not _valid_memref_element(element_type):
            raise ValueError(f"invalid memref element type: {element_type!r}")
        self.element_type = element_type
        self.memory_space = _check_memory_space(memory_space)
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("memref<*x")
        printer.print_type(self.element_type)
        _print_memory_space(printer, self.memory_space)
        printer.write(">")


class VectorType(ShapedType):
    """`vector<[4]x8xf32>`: static sizes > 0, some of them scalable (in brackets).

    Invariants: every dim is > 0; `scalable_dims` has one bool per dim (all False when
    not given); the element type is an integer, index or float type.
    """

    __slots__ = ("shape", "element_type", "scalable_dims")
    kind: ClassVar[str] = "builtin.vector"
    shape: tuple[int, ...]
    scalable_dims: tuple[bool, ...]

    def __init__(
        self,
        shape: tuple[int, ...],
        element_type: Type,
        scalable_dims: tuple[bool, ...] | None = None,
    ) -> None:
        dims = _check_tuple(shape, "vector shape", int)
        for dim in dims:
            if dim <= 0:
                shown = "?" if dim == DYNAMIC else dim
                raise ValueError(f"vector types must have positive constant sizes but got {shown}")
        if scalable_dims is None:
            scalable = (False,) * len(dims)
        else:
            scalable = _check_tuple(scalable_dims, "vector scalable dims", bool)
            if len(scalable) != len(dims):
                raise ValueError(f"vector has {len(dims)} dims but {len(scalable)} scalable flags")
        if not isinstance(element_type, (IntegerType, IndexType, FloatType)):
            raise ValueError(f"invalid vector element type: {element_type!r}")
        self.shape = dims
        self.element_type = element_type
        self.scalable_dims = scalable
        self._freeze()

    @property
    def is_scalable(self) -> bool:
        return any(self.scalable_dims)

    def print(self, printer: Any) -> None:
        printer.write("vector<")
        printer.write(
            "".join(f"[{d}]x" if s else f"{d}x" for d, s in zip(self.shape, self.scalable_dims))
        )
        printer.print_type(self.element_type)
        printer.write(">")


# --------------------------------------------------------------------------- unregistered


_VALID_LITERAL_BODY = re.compile(r'(?:[^"\\\n]|\\(?:[nt"\\]|[0-9A-Fa-f]{2}))*\Z')


def check_literal_body(data: str, what: str) -> str:
    """Checks that `data` can sit between double quotes as written (escapes kept)."""
    if not isinstance(data, str) or not _VALID_LITERAL_BODY.match(data):
        raise ValueError(f"{what} must be the body of a string literal, got {data!r}")
    return data


def check_dialect_name(name: str, what: str) -> str:
    if not isinstance(name, str) or not _DIALECT_NAME.match(name):
        raise ValueError(f"{what} must be a dialect namespace, got {name!r}")
    return name


def check_dialect_and_name(name: str, what: str) -> str:
    if (
        not isinstance(name, str)
        or not BARE_ID_RE.match(name)
        or "." not in name
        or name.endswith(".")
    ):
        raise ValueError(f"{what} must look like 'dialect.name', got {name!r}")
    return name


class OpaqueType(Type):
    """`!dialect<"data">`: a type of a dialect that is not loaded, kept as text.

    Invariants: `dialect` is a namespace identifier; `data` is the string literal's body
    exactly as written (escape sequences not decoded), so it prints back unchanged.
    """

    __slots__ = ("dialect", "data")
    kind: ClassVar[str] = "builtin.opaque"
    dialect: str
    data: str

    def __init__(self, dialect: str, data: str) -> None:
        self.dialect = check_dialect_name(dialect, "opaque type dialect")
        self.data = check_literal_body(data, "opaque type data")
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write(f'!{self.dialect}<"{self.data}">')


class DialectType(Type):
    """`!dialect.name<body>` or `!dialect.name`: an unregistered type in pretty form.

    Invariants: `dialect_and_name` is `dialect.name` made of identifier characters;
    `body` is the raw text between the angle brackets, or None when there are none.
    """

    __slots__ = ("dialect_and_name", "body")
    kind: ClassVar[str] = "builtin.unregistered_type"
    dialect_and_name: str
    body: str | None

    def __init__(self, dialect_and_name: str, body: str | None = None) -> None:
        self.dialect_and_name = check_dialect_and_name(dialect_and_name, "dialect type name")
        if body is not None and not isinstance(body, str):
            raise ValueError(f"dialect type body must be text, got {body!r}")
        self.body = body
        self._freeze()

    @property
    def dialect(self) -> str:
        return self.dialect_and_name.split(".", 1)[0]

    def print(self, printer: Any) -> None:
        if self.body is None:
            printer.write(f"!{self.dialect_and_name}")
        else:
            printer.write(f"!{self.dialect_and_name}<{self.body}>")


# --------------------------------------------------------------------------- instances


def element_bitwidth(t: Type) -> int:
    """Bit width of an integer, index or float type; a complex type counts both parts."""
    if isinstance(t, (IntegerType, FloatType, IndexType)):
        return t.width
    if isinstance(t, ComplexType):
        return 2 * element_bitwidth(t.element_type)
    raise ValueError(f"{t} has no bit width")


I1 = IntegerType(1)
I8 = IntegerType(8)
I16 = IntegerType(16)
I32 = IntegerType(32)
I64 = IntegerType(64)
INDEX = IndexType()
NONE = NoneType()
F16 = FloatType("f16")
BF16 = FloatType("bf16")
F32 = FloatType("f32")
F64 = FloatType("f64")
F80 = FloatType("f80")
F128 = FloatType("f128")

#: Every builtin float type by its keyword.
FLOAT_TYPES_BY_NAME: dict[str, Type] = {name: FloatType(name) for name in FLOAT_FORMATS}
