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

Layout: module helpers and constants, then IntegerType / IndexType, FloatType (its
encodings, `FloatFormat`, `NonFinite` and `FLOAT_FORMATS`, live in `pyir.float_formats`
and are re-exported here), ComplexType / TupleType / NoneType / FunctionType, the shaped
types (tensors, memrefs, vectors), the unregistered OpaqueType / DialectType, and last the
named instances.
"""

from __future__ import annotations

import enum
import re
from typing import Any, ClassVar

from pyir.attributes import Attribute, Type
from pyir.float_formats import FLOAT_FORMATS, FloatFormat
from pyir.float_formats import NonFinite as NonFinite  # re-exported

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
