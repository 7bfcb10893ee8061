"""The builtin attributes of MLIR: scalars, strings, containers, dense elements, symbols.

Every class is an immutable, uniqued `Attribute` (see `pyir.attributes`) whose `print`
writes exactly what `mlir-opt` prints. Values that are floats are kept as bit patterns so
that -0.0, NaN payloads and formats narrower or wider than a Python float stay exact;
dense element data is kept as MLIR keeps it, little-endian bytes.

Constructor API (the parser calls these; all raise `ValueError` on invalid parameters):

    IntegerAttr(value: int, type: IntegerType | IndexType)        5 : i32, true, 5 : index
    FloatAttr(value: float | int | Fraction | str, type: FloatType)   rounded to the type;
        a str is a decimal literal, converted exactly.  FloatAttr.from_bits(bits, type)
    StringAttr(value: str | bytes, type: Type | None = None)      "text", "x" : i32
    UnitAttr()                                                    unit
    ArrayAttr(elements: tuple[Attribute, ...])                    [1, "a"]
    DictionaryAttr(entries: Mapping[str, Attribute] | Iterable[tuple[str, Attribute]])
    DenseIntOrFPElementsAttr(type: RankedTensorType | VectorType, values)
        values: a scalar or a one-element sequence (splat), a flat sequence, or sequences
        nested like the shape; float elements may be float, int, Fraction (exact) or a
        FloatAttr of the element type (exact bits); complex elements are (re, im) pairs.
        .from_bytes(type, data) for `dense<"0x..">`
    DenseStringElementsAttr(type, values: str | bytes | nested sequences of them)
    DenseResourceElementsAttr(type, handle_name: str)             dense_resource<blob>
    DenseArrayAttr(element_type: IntegerType | FloatType, values: Sequence)
        .from_bytes(element_type, data)                           array<i32: 1, 2>
    SymbolRefAttr(root: str, nested: tuple[str, ...] = ())        @a::@b;  FlatSymbolRefAttr(name)
    StridedLayoutAttr(offset: int, strides: tuple[int, ...])      strided<[4, 1], offset: ?>
    OpaqueAttr(dialect: str, data: str, type: Type | None = None) #dialect<"data"> : type
        data is the literal's body as written, escapes not decoded (as MLIR keeps it)
    DialectAttr(dialect_and_name: str, body: str | None = None, type: Type | None = None)
    ResourceBlob(data: bytes, alignment: int = 1), ResourceBlob.from_hex(text)
    bool_attr(b: bool) -> IntegerAttr

Dynamic offsets and strides use `DYNAMIC` from `pyir.builtin_types`. IntegerAttr and
FloatAttr also offer `print_value(printer)` (no type) and `print_eliding_default_type`
(MLIR's elision inside arrays and memory spaces: no `: i64` / `: f64`).
"""

from __future__ import annotations

import functools
import math
import struct
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, ClassVar

from pyir.asm import quote_string
from pyir.attributes import Attribute, Type, TypedAttribute, UniquedMeta
from pyir.builtin_types import (
    BARE_ID_RE,
    DYNAMIC,
    F64,
    I1,
    NONE,
    ComplexType,
    FloatFormat,
    FloatType,
    IndexType,
    IntegerType,
    NoneType,
    RankedTensorType,
    VectorType,
    check_dialect_and_name,
    check_dialect_name,
    check_literal_body,
    print_attribute_eliding_default_type,
)

__all__ = [
    "ArrayAttr",
    "DenseArrayAttr",
    "DenseIntOrFPElementsAttr",
    "DenseResourceElementsAttr",
    "DenseStringElementsAttr",
    "DialectAttr",
    "DictionaryAttr",
    "FALSE",
    "FlatSymbolRefAttr",
    "FloatAttr",
    "HEX_ELEMENTS_THRESHOLD",
    "IntegerAttr",
    "OpaqueAttr",
    "ResourceBlob",
    "StridedLayoutAttr",
    "StringAttr",
    "SymbolRefAttr",
    "TRUE",
    "UNIT",
    "UnitAttr",
    "bool_attr",
    "format_float",
    "print_keyword_or_string",
]

#: Non-splat dense elements with more elements than this print as a hex string, as
#: mlir-opt does by default (its --mlir-print-elementsattrs-with-hex-if-larger).
HEX_ELEMENTS_THRESHOLD = 100


def print_keyword_or_string(printer: Any, name: str) -> None:
    """Writes `name` bare when it is an identifier, else as a quoted string (MLIR's rule
    for attribute names, symbol names and resource keys)."""
    if BARE_ID_RE.match(name):
        printer.write(name)
    else:
        printer.print_string(name)


# --------------------------------------------------------------------------- interning


def _exact(value: Any) -> Any:
    """A cache key for `value` that tells -0.0 from 0.0 and matches equal NaNs."""
    if isinstance(value, float):
        if value == 0.0 or value != value:
            return ("float", struct.pack("<d", value))
        return value
    if isinstance(value, tuple):
        return tuple(_exact(v) for v in value)
    return value


class _FloatSafeMeta(UniquedMeta):
    """Interns like `UniquedMeta`, but keys float arguments by their bits: Python says
    0.0 == -0.0, and interning on that would hand out the wrong attribute."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if kwargs:
            return type.__call__(cls, *args, **kwargs)
        try:
            key = _exact(args)
            return cls._instances[key]
        except KeyError:
            pass
        except TypeError:  # unhashable (e.g. nested lists): build without interning
            return type.__call__(cls, *args)
        instance = type.__call__(cls, *args)
        cls._instances[key] = instance
        return instance


# --------------------------------------------------------------------------- float text


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
                    pass
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


# --------------------------------------------------------------------------- scalars


class IntegerAttr(TypedAttribute):
    """An integer constant: `5 : i32`, `-1 : i8`, `5 : index`, `true` / `false` for i1.

    Invariants: `type` is an IntegerType or IndexType; `value` is a Python int held as MLIR
    prints it: two's complement for signless and signed types, plain for unsigned ones
    (so `IntegerAttr(255, i8).value == -1`). Construction checks that the value fits:
    signless types accept both the signed and the unsigned range.
    """

    __slots__ = ("value", "type")
    kind: ClassVar[str] = "builtin.integer"
    value: int
    type: IntegerType | IndexType

    def __init__(self, value: int, type: IntegerType | IndexType) -> None:
        if not isinstance(type, (IntegerType, IndexType)):
            raise ValueError(f"integer attribute type must be an integer or index type, got {type}")
        if not isinstance(value, int):
            raise ValueError(f"integer attribute value must be an int, got {value!r}")
        lo, hi = type.value_range()
        if not lo <= value <= hi:
            raise ValueError(f"integer constant {value} out of range for attribute of type {type}")
        self.value = type.normalize(int(value))
        self.type = type
        self._freeze()

    def __int__(self) -> int:
        return self.value

    def print_value(self, printer: Any) -> None:
        """The value alone, as used where the type is implied (e.g. a memory space)."""
        t = self.type
        if isinstance(t, IntegerType) and t.width == 1 and t.is_signless:
            printer.write("true" if self.value else "false")
        else:
            printer.write(str(self.value))

    def print_eliding_default_type(self, printer: Any) -> None:
        self.print_value(printer)
        t = self.type
        if isinstance(t, IntegerType) and t.is_signless and t.width in (1, 64):
            return
        printer.write(" : ")
        printer.print_type(t)

    def print(self, printer: Any) -> None:
        self.print_value(printer)
        t = self.type
        if isinstance(t, IntegerType) and t.width == 1 and t.is_signless:
            return  # booleans never print their type
        printer.write(" : ")
        printer.print_type(t)


def bool_attr(value: bool) -> IntegerAttr:
    """`true` or `false`: an i1 integer attribute."""
    return IntegerAttr(1 if value else 0, I1)


class FloatAttr(TypedAttribute, metaclass=_FloatSafeMeta):
    """A float constant: `1.000000e+00 : f32`, `0x7FC00000 : f32` (NaN, infinity).

    Invariants: `type` is a FloatType; `bits` is the value's bit pattern in that type, the
    only parameter that equality looks at (so -0.0 differs from 0.0 and NaNs compare by
    payload). Values given as numbers are rounded to the type, ties to even, as MLIR does.
    """

    __slots__ = ("bits", "type")
    kind: ClassVar[str] = "builtin.float"
    bits: int
    type: FloatType

    def __init__(self, value: float | int | Fraction | str, type: FloatType) -> None:
        if not isinstance(type, FloatType):
            raise ValueError(f"float attribute type must be a float type, got {type}")
        self.bits = _float_to_bits(type.format, value)
        self.type = type
        self._freeze()

    @classmethod
    def from_bits(cls, bits: int, type: FloatType) -> FloatAttr:
        """The attribute of a bit pattern (MLIR's `0x7FC00000 : f32` form)."""
        if not isinstance(type, FloatType):
            raise ValueError(f"float attribute type must be a float type, got {type}")
        if not isinstance(bits, int) or isinstance(bits, bool) or bits < 0 or bits >> type.width:
            raise ValueError(f"bit pattern {bits!r} does not fit {type.width}-bit type {type}")
        bits = type.format.canonicalize(bits)
        key = (bits, type)
        cached = _FLOAT_BY_BITS.get(key)
        if cached is None:
            cached = object.__new__(cls)
            cached.bits = bits
            cached.type = type
            cached._freeze()
            _FLOAT_BY_BITS[key] = cached
        return cached

    def __reduce__(self) -> tuple:
        return (FloatAttr.from_bits, (self.bits, self.type))

    @property
    def value(self) -> float:
        """The value as a Python float (exact up to f64; NaN payloads are not kept)."""
        code = _STRUCT_FLOAT.get(self.type.name)
        if code is not None:
            return struct.unpack(code, self.bits.to_bytes(struct.calcsize(code), "little"))[0]
        return self.type.format.to_float(self.bits)

    def __float__(self) -> float:
        return self.value

    def print_value(self, printer: Any) -> None:
        printer.write(format_float(self.type.format, self.bits)[0])

    def print_eliding_default_type(self, printer: Any) -> None:
        text, is_hex = format_float(self.type.format, self.bits)
        printer.write(text)
        if is_hex or self.type != F64:
            printer.write(" : ")
            printer.print_type(self.type)

    def print(self, printer: Any) -> None:
        printer.write(format_float(self.type.format, self.bits)[0])
        printer.write(" : ")
        printer.print_type(self.type)


_FLOAT_BY_BITS: dict[tuple[int, FloatType], FloatAttr] = {}


class StringAttr(TypedAttribute):
    """A string: `"text"` or, with a type, `"text" : i32`.

    Invariants: `value` is a str; bytes that are not UTF-8 are kept as surrogate escapes
    (so any byte string round-trips; `data` gives the bytes back). `type` is NoneType
    when not given, and then is not printed.
    """

    __slots__ = ("value", "type")
    kind: ClassVar[str] = "builtin.string"
    value: str
    type: Type

    def __init__(self, value: str | bytes, type: Type | None = None) -> None:
        if isinstance(value, bytes):
            value = value.decode("utf-8", "surrogateescape")
        if not isinstance(value, str):
            raise ValueError(f"string attribute value must be str or bytes, got {value!r}")
        if type is None:
            type = NONE
        if not isinstance(type, Type):
            raise ValueError(f"string attribute type must be a type, got {type!r}")
        self.value = value
        self.type = type
        self._freeze()

    @property
    def data(self) -> bytes:
        return self.value.encode("utf-8", "surrogateescape")

    def print(self, printer: Any) -> None:
        printer.print_string(self.value)
        if not isinstance(self.type, NoneType):
            printer.write(" : ")
            printer.print_type(self.type)


class UnitAttr(Attribute):
    """`unit`: an attribute whose presence is the information."""

    __slots__ = ()
    kind: ClassVar[str] = "builtin.unit"

    def __init__(self) -> None:
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("unit")


# --------------------------------------------------------------------------- containers


class ArrayAttr(Attribute):
    """`[a, b, ...]`. Invariant: `elements` is a tuple of attributes. Elements print
    with i64 and f64 types elided, as MLIR prints them."""

    __slots__ = ("elements",)
    kind: ClassVar[str] = "builtin.array"
    elements: tuple[Attribute, ...]

    def __init__(self, elements: Iterable[Attribute] = ()) -> None:
        items = tuple(elements)
        for item in items:
            if not isinstance(item, Attribute):
                raise ValueError(f"array elements must be attributes, got {item!r}")
        self.elements = items
        self._freeze()

    def __getitem__(self, index: int) -> Attribute:
        return self.elements[index]

    def __iter__(self) -> Any:
        return iter(self.elements)

    def print(self, printer: Any) -> None:
        printer.write("[")
        for i, item in enumerate(self.elements):
            if i:
                printer.write(", ")
            print_attribute_eliding_default_type(printer, item)
        printer.write("]")


def _name_order(name: str) -> bytes:
    # MLIR orders names by their bytes.
    return name.encode("utf-8", "surrogateescape")


class DictionaryAttr(Attribute):
    """`{a = 1 : i64, b}`: named attributes, sorted by name, names unique and non-empty.

    Invariant: `entries` is a tuple of (name, attribute) pairs in byte order of the names.
    Unit values print as the bare name; names that are not identifiers print quoted.
    """

    __slots__ = ("entries",)
    kind: ClassVar[str] = "builtin.dictionary"
    entries: tuple[tuple[str, Attribute], ...]

    def __init__(
        self, entries: Mapping[str, Attribute] | Iterable[tuple[str, Attribute]] = ()
    ) -> None:
        pairs = list(entries.items()) if isinstance(entries, Mapping) else list(entries)
        seen: set[str] = set()
        for pair in pairs:
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise ValueError(
                    f"dictionary entries must be (name, attribute) pairs, got {pair!r}"
                )
            name, value = pair
            if isinstance(name, StringAttr):
                name = name.value
            if not isinstance(name, str) or not name:
                raise ValueError(f"dictionary names must be non-empty strings, got {name!r}")
            if not isinstance(value, Attribute):
                raise ValueError(f"dictionary value of {name!r} must be an attribute")
            if name in seen:
                raise ValueError(f"duplicate name {name!r} in dictionary")
            seen.add(name)
        normalized = [(p[0].value if isinstance(p[0], StringAttr) else p[0], p[1]) for p in pairs]
        normalized.sort(key=lambda p: _name_order(p[0]))
        self.entries = tuple(normalized)
        self._freeze()

    def get(self, name: str, default: Attribute | None = None) -> Attribute | None:
        for key, value in self.entries:
            if key == name:
                return value
        return default

    def __getitem__(self, name: str) -> Attribute:
        value = self.get(name)
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return any(key == name for key, _ in self.entries)

    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, _ in self.entries)

    def items(self) -> tuple[tuple[str, Attribute], ...]:
        return self.entries

    def print(self, printer: Any) -> None:
        printer.write("{")
        for i, (name, value) in enumerate(self.entries):
            if i:
                printer.write(", ")
            print_keyword_or_string(printer, name)
            if not isinstance(value, UnitAttr):
                printer.write(" = ")
                printer.print_attribute(value)
        printer.write("}")


# --------------------------------------------------------------------------- dense elements


def _storage_bytes(element_type: Type) -> int:
    """Bytes one element takes in MLIR's dense storage (i1 takes a whole byte)."""
    if isinstance(element_type, ComplexType):
        return 2 * _storage_bytes(element_type.element_type)
    if isinstance(element_type, IndexType):
        return 8
    return (element_type.width + 7) // 8  # type: ignore[attr-defined]


_INT_CODES = {1: "B", 2: "H", 4: "I", 8: "Q"}


def _encode_scalars(element_type: Type, values: list, what: str) -> bytes:
    """Packs Python scalars of an integer, index or float type into little-endian bytes."""
    if isinstance(element_type, FloatType):
        fmt = element_type.format
        code = _STRUCT_FLOAT.get(fmt.name)
        plain = True  # only Python floats and ints may take struct's (double) rounding path
        for v in values:
            if type(v) is not float and type(v) is not int:
                plain = False
                if isinstance(v, bool) or not isinstance(v, (int, float, Fraction, FloatAttr)):
                    raise ValueError(f"{what}: expected float values for {element_type}, got {v!r}")
                if isinstance(v, FloatAttr) and v.type != element_type:
                    raise ValueError(f"{what}: {v} does not have element type {element_type}")
        if code is not None and plain:
            try:
                return struct.pack(f"<{len(values)}{code[1]}", *values)
            except OverflowError:
                pass  # a value beyond the range: round each one exactly instead
        size = _storage_bytes(element_type)
        return b"".join(
            (v.bits if isinstance(v, FloatAttr) else fmt.from_float(v)).to_bytes(size, "little")
            for v in values
        )
    lo, hi = element_type.value_range()  # type: ignore[attr-defined]
    width = element_type.width  # type: ignore[attr-defined]
    size = _storage_bytes(element_type)
    mask = (1 << width) - 1
    is_i1 = isinstance(element_type, IntegerType) and width == 1
    words = []
    for v in values:
        if not isinstance(v, int):
            raise ValueError(f"{what}: expected integer values for {element_type}, got {v!r}")
        if not lo <= v <= hi:
            raise ValueError(f"{what}: value {v} out of range for {element_type}")
        words.append((1 if v else 0) if is_i1 else v & mask)
    code = _INT_CODES.get(size)
    if code is not None:
        return struct.pack(f"<{len(words)}{code}", *words)
    return b"".join(w.to_bytes(size, "little") for w in words)


def _decode_scalars(element_type: Type, data: bytes) -> tuple:
    """The inverse of `_encode_scalars`: ints (bools for i1) or floats."""
    size = _storage_bytes(element_type)
    count = len(data) // size
    if isinstance(element_type, FloatType):
        code = _STRUCT_FLOAT.get(element_type.name)
        if code is not None:
            return struct.unpack(f"<{count}{code[1]}", data)
        fmt = element_type.format
        return tuple(
            fmt.to_float(int.from_bytes(data[i : i + size], "little"))
            for i in range(0, len(data), size)
        )
    if isinstance(element_type, IntegerType) and element_type.width == 1:
        return tuple(bool(b) for b in data)
    code = _INT_CODES.get(size)
    if code is not None:
        words = struct.unpack(f"<{count}{code}", data)
    else:
        words = tuple(
            int.from_bytes(data[i : i + size], "little") for i in range(0, len(data), size)
        )
    normalize = element_type.normalize  # type: ignore[attr-defined]
    return tuple(normalize(w) for w in words)


def _element_texts(element_type: Type, data: bytes) -> list[str]:
    """Each element of `data` as MLIR prints it inside `dense<...>` or `array<...>`."""
    if isinstance(element_type, ComplexType):
        parts = _element_texts(element_type.element_type, data)
        return [f"({parts[i]},{parts[i + 1]})" for i in range(0, len(parts), 2)]
    if isinstance(element_type, FloatType):
        fmt = element_type.format
        size = _storage_bytes(element_type)
        return [
            format_float(fmt, int.from_bytes(data[i : i + size], "little"))[0]
            for i in range(0, len(data), size)
        ]
    values = _decode_scalars(element_type, data)
    if isinstance(element_type, IntegerType) and element_type.width == 1:
        return ["true" if v else "false" for v in values]
    return [str(v) for v in values]


def _is_sequence(value: Any) -> bool:
    return isinstance(value, (list, tuple))


def _flatten(values: Any, shape: tuple[int, ...], is_leaf: Any, what: str) -> tuple[list, bool]:
    """Flattens `values` for `shape`: returns (elements, is_splat). Accepts a single leaf
    or a one-leaf sequence (a splat), a flat sequence of all elements, or sequences nested
    like the shape."""
    if hasattr(values, "tolist"):  # numpy arrays and scalars
        values = values.tolist()
    if is_leaf(values):
        return [values], True
    if not _is_sequence(values):
        raise ValueError(f"{what}: expected elements, got {values!r}")
    if len(values) == 1 and is_leaf(values[0]):
        return list(values), True  # one value for any shape is a splat, as in MLIR
    count = math.prod(shape)
    if len(shape) != 1 and len(values) == count and all(is_leaf(v) for v in values):
        return list(values), False
    flat: list = []

    def walk(node: Any, depth: int) -> None:
        if depth == len(shape):
            if not is_leaf(node):
                raise ValueError(f"{what}: nesting deeper than the shape {list(shape)}")
            flat.append(node)
            return
        if not _is_sequence(node):
            raise ValueError(f"{what}: expected a list of {shape[depth]} at depth {depth}")
        if len(node) != shape[depth]:
            raise ValueError(
                f"{what}: {len(node)} elements at depth {depth} but the shape is {list(shape)}"
            )
        for child in node:
            walk(child, depth + 1)

    walk(values, 0)
    return flat, False


def _scalar_leaf(value: Any) -> bool:
    return not _is_sequence(value)


def _complex_leaf(value: Any) -> bool:
    if isinstance(value, complex):
        return True
    return _is_sequence(value) and len(value) == 2 and not any(_is_sequence(v) for v in value)


def _check_dense_type(type: Any, what: str) -> None:
    if not isinstance(type, (RankedTensorType, VectorType)):
        raise ValueError(f"{what} type must be a ranked tensor or vector type, got {type!r}")
    if not type.has_static_shape:
        raise ValueError(f"{what} type must have a static shape, got {type}")


def _print_nested(printer: Any, texts: list[str], shape: tuple[int, ...]) -> None:
    """Writes element texts as nested lists following `shape` (row-major)."""
    if not shape:
        printer.write(texts[0])
        return
    parts: list[str] = []
    pos = 0

    def emit(depth: int) -> None:
        nonlocal pos
        if depth == len(shape):
            parts.append(texts[pos])
            pos += 1
            return
        parts.append("[")
        for i in range(shape[depth]):
            if i:
                parts.append(", ")
            emit(depth + 1)
        parts.append("]")

    emit(0)
    printer.write("".join(parts))


class DenseIntOrFPElementsAttr(TypedAttribute, metaclass=_FloatSafeMeta):
    """`dense<...> : tensor<...>` with integer, index, float or complex elements.

    Invariants: `type` is a statically shaped tensor or vector; `data` holds the elements
    little-endian, row-major, each in `ceil(bits / 8)` bytes (i1: one byte, 0 or 1;
    complex: real then imaginary). A splat holds exactly one element; construction stores
    a splat whenever all elements are equal. Equality compares (type, data).
    """

    __slots__ = ("type", "data")
    kind: ClassVar[str] = "builtin.dense_int_or_fp_elements"
    type: RankedTensorType | VectorType
    data: bytes

    def __init__(self, type: RankedTensorType | VectorType, values: Any) -> None:
        what = "dense elements"
        _check_dense_type(type, what)
        element_type = type.element_type
        if isinstance(element_type, ComplexType):
            part = element_type.element_type
            flat, _ = _flatten(values, type.shape, _complex_leaf, what)
            scalars: list = []
            for v in flat:
                if isinstance(v, complex):
                    scalars.extend((v.real, v.imag))
                else:
                    scalars.extend(v)
            data = _encode_scalars(part, scalars, what)
        elif isinstance(element_type, (IntegerType, IndexType, FloatType)):
            flat, _ = _flatten(values, type.shape, _scalar_leaf, what)
            data = _encode_scalars(element_type, flat, what)
        else:
            raise ValueError(f"{what}: unsupported element type {element_type}")
        self._init(type, data, len(flat))

    def _init(self, type: RankedTensorType | VectorType, data: bytes, count: int) -> None:
        size = _storage_bytes(type.element_type)
        expected = type.num_elements
        if count not in (1, expected):
            raise ValueError(
                f"dense elements: {count} elements given but {type} has {expected} elements"
            )
        if count > 1 and data == data[:size] * count:
            data = data[:size]  # all equal: keep one element, as MLIR stores a splat
        self.type = type
        self.data = data
        self._freeze()

    @classmethod
    def from_bytes(
        cls, type: RankedTensorType | VectorType, data: bytes
    ) -> DenseIntOrFPElementsAttr:
        """From raw little-endian element data (MLIR's `dense<"0x...">` form): either all
        elements or one element to splat."""
        _check_dense_type(type, "dense elements")
        element_type = type.element_type
        if not isinstance(element_type, (IntegerType, IndexType, FloatType, ComplexType)):
            raise ValueError(f"dense elements: unsupported element type {element_type}")
        size = _storage_bytes(element_type)
        data = bytes(data)
        if size == 0 or len(data) not in (size, size * type.num_elements):
            raise ValueError(f"elements hex data size is invalid for provided type: {type}")
        if isinstance(element_type, IntegerType) and element_type.width % 8:
            # Canonicalize padding bits so equal values have equal bytes.
            data = _encode_scalars(element_type, list(_decode_scalars(element_type, data)), "")
        attr = object.__new__(cls)
        attr._init(type, data, len(data) // size)
        return attr

    def __reduce__(self) -> tuple:
        return (DenseIntOrFPElementsAttr.from_bytes, (self.type, self.data))

    @property
    def element_type(self) -> Type:
        return self.type.element_type

    @property
    def shape(self) -> tuple[int, ...]:
        return self.type.shape

    @property
    def is_splat(self) -> bool:
        return len(self.data) == _storage_bytes(self.type.element_type)

    def _stored_values(self) -> tuple:
        element_type = self.type.element_type
        if isinstance(element_type, ComplexType):
            parts = _decode_scalars(element_type.element_type, self.data)
            return tuple(zip(parts[0::2], parts[1::2]))
        return _decode_scalars(element_type, self.data)

    @property
    def values(self) -> tuple:
        """All elements, flat and row-major: ints, bools (i1), floats or (re, im) pairs."""
        stored = self._stored_values()
        if self.is_splat:
            return stored * self.type.num_elements
        return stored

    @property
    def splat_value(self) -> Any:
        if not self.is_splat:
            raise ValueError("dense elements attribute is not a splat")
        return self._stored_values()[0]

    def print(self, printer: Any) -> None:
        printer.write("dense<")
        self.print_body(printer)
        printer.write("> : ")
        printer.print_type(self.type)

    def print_body(self, printer: Any) -> None:
        """The literal between `dense<` and `>` (also used inside `sparse<...>`)."""
        count = self.type.num_elements
        if self.is_splat:
            printer.write(_element_texts(self.type.element_type, self.data)[0])
        elif count > HEX_ELEMENTS_THRESHOLD:
            printer.write(f'"0x{self.data.hex().upper()}"')
        elif count:
            texts = _element_texts(self.type.element_type, self.data)
            _print_nested(printer, texts, self.type.shape)


class DenseStringElementsAttr(TypedAttribute):
    """`dense<["a", "b"]> : tensor<2x!foo.string>`: string elements, any element type.

    Invariants: `type` is a statically shaped tensor or vector; `values` is a tuple of str
    (bytes kept as surrogate escapes), one value when all elements are equal (a splat).
    """

    __slots__ = ("type", "values")
    kind: ClassVar[str] = "builtin.dense_string_elements"
    type: RankedTensorType | VectorType
    values: tuple[str, ...]

    def __init__(self, type: RankedTensorType | VectorType, values: Any) -> None:
        what = "dense string elements"
        _check_dense_type(type, what)
        flat, _ = _flatten(values, type.shape, lambda v: isinstance(v, (str, bytes)), what)
        strings = [
            v.decode("utf-8", "surrogateescape") if isinstance(v, bytes) else v for v in flat
        ]
        if len(strings) not in (1, type.num_elements):
            raise ValueError(f"{what}: {len(strings)} elements given for {type}")
        if len(strings) > 1 and all(s == strings[0] for s in strings):
            strings = strings[:1]
        self.type = type
        self.values = tuple(strings)
        self._freeze()

    @property
    def is_splat(self) -> bool:
        return len(self.values) == 1

    def print(self, printer: Any) -> None:
        printer.write("dense<")
        self.print_body(printer)
        printer.write("> : ")
        printer.print_type(self.type)

    def print_body(self, printer: Any) -> None:
        if self.is_splat:
            printer.print_string(self.values[0])
        elif self.values:
            _print_nested(printer, [quote_string(v) for v in self.values], self.type.shape)


class DenseResourceElementsAttr(TypedAttribute):
    """`dense_resource<name> : tensor<...>`: elements stored in the file's
    `dialect_resources` section under `name` (see `ResourceBlob`).

    Invariants: `type` is a statically shaped tensor or vector; `handle_name` is non-empty.
    """

    __slots__ = ("type", "handle_name")
    kind: ClassVar[str] = "builtin.dense_resource_elements"
    type: RankedTensorType | VectorType
    handle_name: str

    def __init__(self, type: RankedTensorType | VectorType, handle_name: str) -> None:
        _check_dense_type(type, "dense resource")
        if not isinstance(handle_name, str) or not handle_name:
            raise ValueError(f"dense resource name must be a non-empty string, got {handle_name!r}")
        self.type = type
        self.handle_name = handle_name
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write("dense_resource<")
        print_keyword_or_string(printer, self.handle_name)
        printer.write("> : ")
        printer.print_type(self.type)


class ResourceBlob:
    """Bytes of a `dialect_resources` entry and the alignment they need.

    Printed as MLIR does: `"0x"`, the alignment as 4 little-endian bytes, then the data,
    all in upper-case hex. Invariants: alignment is a power of two; data is immutable.
    """

    __slots__ = ("data", "alignment")
    data: bytes
    alignment: int

    def __init__(self, data: bytes, alignment: int = 1) -> None:
        if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
            raise ValueError(f"resource alignment must be a power of two, got {alignment!r}")
        object.__setattr__(self, "data", bytes(data))
        object.__setattr__(self, "alignment", alignment)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("ResourceBlob is immutable")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, ResourceBlob)
            and self.data == other.data
            and self.alignment == other.alignment
        )

    def __hash__(self) -> int:
        return hash((self.data, self.alignment))

    def __repr__(self) -> str:
        return f"ResourceBlob({self.data!r}, alignment={self.alignment})"

    @classmethod
    def from_hex(cls, text: str) -> ResourceBlob:
        """Parses the string body `0x<alignment LE32><data>` (quotes already removed)."""
        if not text.startswith("0x"):
            raise ValueError("resource blob must be a hex string starting with 0x")
        try:
            raw = bytes.fromhex(text[2:])
        except ValueError:
            raise ValueError("resource blob is not valid hex") from None
        if len(raw) < 4:
            raise ValueError("resource blob is missing its 4-byte alignment")
        return cls(raw[4:], int.from_bytes(raw[:4], "little"))

    def to_hex(self) -> str:
        return "0x" + (self.alignment.to_bytes(4, "little") + self.data).hex().upper()

    def print(self, printer: Any) -> None:
        printer.write(f'"{self.to_hex()}"')


class DenseArrayAttr(Attribute, metaclass=_FloatSafeMeta):
    """`array<i32: 1, 2, 3>`, `array<f32: 1.000000e+00>`, `array<i1: true>`, `array<i64>`.

    Invariants: `element_type` is an integer or float type whose width is 1 or a multiple
    of 8; `data` holds the elements little-endian as in DenseIntOrFPElementsAttr (never
    splat-compressed). Equality compares (element_type, data).
    """

    __slots__ = ("element_type", "data")
    kind: ClassVar[str] = "builtin.dense_array"
    element_type: IntegerType | FloatType
    data: bytes

    def __init__(self, element_type: IntegerType | FloatType, values: Iterable = ()) -> None:
        _check_array_element(element_type)
        if hasattr(values, "tolist"):
            values = values.tolist()
        self.element_type = element_type
        self.data = _encode_scalars(element_type, list(values), "dense array")
        self._freeze()

    @classmethod
    def from_bytes(cls, element_type: IntegerType | FloatType, data: bytes) -> DenseArrayAttr:
        _check_array_element(element_type)
        size = _storage_bytes(element_type)
        if len(data) % size:
            raise ValueError(f"dense array data of {len(data)} bytes is not whole {element_type}s")
        values = _decode_scalars(element_type, bytes(data))
        if isinstance(element_type, FloatType):
            attr = object.__new__(cls)
            attr.element_type = element_type
            attr.data = bytes(data)  # floats keep their exact bits (NaN payloads, -0.0)
            attr._freeze()
            return attr
        return cls(element_type, values)

    def __reduce__(self) -> tuple:
        return (DenseArrayAttr.from_bytes, (self.element_type, self.data))

    @property
    def values(self) -> tuple:
        return _decode_scalars(self.element_type, self.data)

    def print(self, printer: Any) -> None:
        printer.write("array<")
        printer.print_type(self.element_type)
        if self.data:
            printer.write(": ")
            printer.write(", ".join(_element_texts(self.element_type, self.data)))
        printer.write(">")


def _check_array_element(element_type: Any) -> None:
    if not isinstance(element_type, (IntegerType, FloatType)):
        raise ValueError(
            f"dense array element type must be an integer or float type, got {element_type}"
        )
    if element_type.width != 1 and element_type.width % 8:
        raise ValueError(
            f"dense array element type bitwidth must be a multiple of 8, got {element_type}"
        )


# --------------------------------------------------------------------------- symbols, layouts


def _check_symbol_name(name: Any) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError(f"symbol names must be non-empty strings, got {name!r}")
    return name


class SymbolRefAttr(Attribute):
    """`@root` or `@root::@nested::@leaf`: a reference to a symbol, possibly nested.

    Invariants: `root` and each of `nested` are non-empty strings; names that are not
    identifiers print quoted (`@"weird name"`).
    """

    __slots__ = ("root", "nested")
    kind: ClassVar[str] = "builtin.symbol_ref"
    root: str
    nested: tuple[str, ...]

    def __init__(self, root: str, nested: Iterable[str] = ()) -> None:
        self.root = _check_symbol_name(root)
        self.nested = tuple(_check_symbol_name(n) for n in nested)
        self._freeze()

    @property
    def leaf(self) -> str:
        return self.nested[-1] if self.nested else self.root

    @property
    def is_flat(self) -> bool:
        return not self.nested

    def print(self, printer: Any) -> None:
        for i, name in enumerate((self.root, *self.nested)):
            printer.write("::@" if i else "@")
            print_keyword_or_string(printer, name)


def FlatSymbolRefAttr(name: str) -> SymbolRefAttr:  # named like the MLIR class it stands for
    """A reference to a symbol in the nearest symbol table: `@name`."""
    return SymbolRefAttr(name)


def _check_stride(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{what} must be an int or DYNAMIC, got {value!r}")
    return value


class StridedLayoutAttr(Attribute):
    """`strided<[s0, s1, ...], offset: o>`: a memref layout by strides and an offset.

    Invariants: offset and strides are ints, `DYNAMIC` printing as `?`; an offset of 0 is
    not printed. As a memref layout it requires one stride per dimension.
    """

    __slots__ = ("offset", "strides")
    kind: ClassVar[str] = "builtin.strided_layout"
    offset: int
    strides: tuple[int, ...]

    def __init__(self, offset: int, strides: Iterable[int]) -> None:
        self.offset = _check_stride(offset, "strided layout offset")
        self.strides = tuple(_check_stride(s, "strided layout stride") for s in strides)
        self._freeze()

    def verify_layout(self, shape: tuple[int, ...]) -> None:
        """The memref layout protocol (see pyir.builtin_types.MemRefType)."""
        if len(shape) != len(self.strides):
            raise ValueError("expected the number of strides to match the rank")

    def is_identity(self) -> bool:
        # MLIR keeps a strided layout in the type even when it describes the identity.
        return False

    def print(self, printer: Any) -> None:
        strides = ", ".join("?" if s == DYNAMIC else str(s) for s in self.strides)
        printer.write(f"strided<[{strides}]")
        if self.offset != 0:
            printer.write(f", offset: {'?' if self.offset == DYNAMIC else self.offset}")
        printer.write(">")


# --------------------------------------------------------------------------- unregistered


def _check_optional_type(type: Any, what: str) -> Type:
    if type is None:
        return NONE
    if not isinstance(type, Type):
        raise ValueError(f"{what} type must be a type, got {type!r}")
    return type


def _print_optional_type(printer: Any, type: Type) -> None:
    if not isinstance(type, NoneType):
        printer.write(" : ")
        printer.print_type(type)


class OpaqueAttr(TypedAttribute):
    """`#dialect<"data">` or `#dialect<"data"> : type`: an attribute of an unloaded dialect.

    Invariants: `dialect` is a namespace identifier; `data` is the string literal's body as
    written (escapes not decoded), so it prints back unchanged; `type` is NoneType when
    absent and then not printed.
    """

    __slots__ = ("dialect", "data", "type")
    kind: ClassVar[str] = "builtin.opaque"
    dialect: str
    data: str
    type: Type

    def __init__(self, dialect: str, data: str, type: Type | None = None) -> None:
        self.dialect = check_dialect_name(dialect, "opaque attribute dialect")
        self.data = check_literal_body(data, "opaque attribute data")
        self.type = _check_optional_type(type, "opaque attribute")
        self._freeze()

    def print(self, printer: Any) -> None:
        printer.write(f'#{self.dialect}<"{self.data}">')
        _print_optional_type(printer, self.type)


class DialectAttr(TypedAttribute):
    """`#dialect.name<body>`, `#dialect.name`, optionally `: type`: an unregistered
    attribute in pretty form.

    Invariants: `dialect_and_name` is `dialect.name` of identifier characters; `body` is
    the raw text between the angle brackets or None; `type` is NoneType when absent.
    """

    __slots__ = ("dialect_and_name", "body", "type")
    kind: ClassVar[str] = "builtin.unregistered_attribute"
    dialect_and_name: str
    body: str | None
    type: Type

    def __init__(
        self, dialect_and_name: str, body: str | None = None, type: Type | None = None
    ) -> None:
        self.dialect_and_name = check_dialect_and_name(dialect_and_name, "dialect attribute name")
        if body is not None and not isinstance(body, str):
            raise ValueError(f"dialect attribute body must be text, got {body!r}")
        self.body = body
        self.type = _check_optional_type(type, "dialect attribute")
        self._freeze()

    @property
    def dialect(self) -> str:
        return self.dialect_and_name.split(".", 1)[0]

    def print(self, printer: Any) -> None:
        printer.write(f"#{self.dialect_and_name}")
        if self.body is not None:
            printer.write(f"<{self.body}>")
        _print_optional_type(printer, self.type)


TRUE = bool_attr(True)
FALSE = bool_attr(False)
UNIT = UnitAttr()
