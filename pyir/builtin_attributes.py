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

Layout: interning (`_FloatSafeMeta`, which keys float arguments by their bits), scalars,
containers, symbols and layouts, then the unregistered `#dialect<...>` forms and the
named instances. Two parts live in their own modules and are re-exported here: the float
text (`format_float`, `_float_to_bits`) in `pyir.float_printing`, and the dense element
attributes (DenseIntOrFPElementsAttr, DenseStringElementsAttr, DenseResourceElementsAttr,
ResourceBlob, DenseArrayAttr, HEX_ELEMENTS_THRESHOLD and their helpers) in
`pyir.dense_attributes`. That module builds on FloatAttr here, so its names are bound on
first access (module `__getattr__`) rather than imported, which keeps imports acyclic.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, ClassVar

from pyir.attributes import Attribute, Type, TypedAttribute, UniquedMeta
from pyir.builtin_types import (
    BARE_ID_RE,
    DYNAMIC,
    F64,
    I1,
    NONE,
    FloatType,
    IndexType,
    IntegerType,
    NoneType,
    check_dialect_and_name,
    check_dialect_name,
    check_literal_body,
    print_attribute_eliding_default_type,
)
from pyir.float_printing import _STRUCT_FLOAT, _float_to_bits, format_float

#: The public names of pyir.dense_attributes, re-exported here (see `__getattr__`).
_DENSE_PUBLIC = (
    "DenseArrayAttr",
    "DenseIntOrFPElementsAttr",
    "DenseResourceElementsAttr",
    "DenseStringElementsAttr",
    "HEX_ELEMENTS_THRESHOLD",
    "ResourceBlob",
)

__all__ = [
    "ArrayAttr",
    "DialectAttr",
    "DictionaryAttr",
    "FALSE",
    "FlatSymbolRefAttr",
    "FloatAttr",
    "IntegerAttr",
    "OpaqueAttr",
    "StridedLayoutAttr",
    "StringAttr",
    "SymbolRefAttr",
    "TRUE",
    "UNIT",
    "UnitAttr",
    "bool_attr",
    "format_float",
    "print_keyword_or_string",
    *_DENSE_PUBLIC,
]


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

#: The names defined in pyir.dense_attributes, re-exported here on first access.
_DENSE_NAMES = frozenset(
    (
        *_DENSE_PUBLIC,
        "_INT_CODES",
        "_check_array_element",
        "_check_dense_type",
        "_complex_leaf",
        "_decode_scalars",
        "_element_texts",
        "_encode_scalars",
        "_flatten",
        "_is_sequence",
        "_print_nested",
        "_scalar_leaf",
        "_storage_bytes",
    )
)


def __getattr__(name: str) -> Any:
    """Binds a name of pyir.dense_attributes on first use (PEP 562): that module imports
    this one, so importing it at the top would make the two import each other."""
    if name in _DENSE_NAMES:
        from pyir import dense_attributes

        value = getattr(dense_attributes, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _DENSE_NAMES)


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
