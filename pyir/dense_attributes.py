"""The builtin dense element attributes: `dense<...>`, `dense_resource<...>`, `array<...>`.

Layout: element data is kept as MLIR keeps it, little-endian bytes, row-major, each
element in `ceil(bits / 8)` bytes (i1: one byte; complex: real then imaginary). First the
private codecs shared by the classes: `_storage_bytes` (bytes an element takes),
`_encode_scalars` / `_decode_scalars` (Python scalars <-> bytes), `_element_texts` (each
element as MLIR prints it), `_flatten` (nested or flat Python values -> a flat list and
whether it is a splat) and `_print_nested` (texts back into nested lists). Then the
attributes: DenseIntOrFPElementsAttr (ints, index, floats, complex), DenseStringElementsAttr,
DenseResourceElementsAttr with the ResourceBlob it names, and DenseArrayAttr.

Builds on the scalars of `pyir.builtin_attributes` (FloatAttr values are accepted as exact
elements), which re-exports every name here, so both modules are the builtin dialect's
attributes; `pyir.builtin_attributes_extra` builds `sparse<...>` on these classes.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable
from fractions import Fraction
from typing import Any, ClassVar

from pyir.asm import quote_string
from pyir.attributes import Attribute, Type, TypedAttribute
from pyir.builtin_attributes import FloatAttr, _FloatSafeMeta, print_keyword_or_string
from pyir.builtin_types import (
    ComplexType,
    FloatType,
    IndexType,
    IntegerType,
    RankedTensorType,
    VectorType,
)
from pyir.float_printing import _STRUCT_FLOAT, format_float

#: Non-splat dense elements with more elements than this print as a hex string, as
#: mlir-opt does by default (its --mlir-print-elementsattrs-with-hex-if-larger).
HEX_ELEMENTS_THRESHOLD = 100


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
