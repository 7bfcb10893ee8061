"""Turning parsed pieces of text into builtin types and attributes.

The parser's callbacks hand over token text and already-built sub-values; the functions
here decode literals (strings with escapes, numbers, dimension lists, dense literals) and
call the constructors of pyir.builtin_types / builtin_attributes / affine. A constructor's
ValueError becomes a ParseError at the construct's source offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pyir import affine
from pyir import builtin_attributes as ba
from pyir import builtin_types as bt


def _error(message: str, pos: int) -> Exception:
    from pyir.textual.parser import ParseError

    return ParseError(message, pos)


def build(constructor: Callable[..., Any], pos: int, *args: Any) -> Any:
    """Call a type/attribute constructor, turning its ValueError into a located error."""
    try:
        return constructor(*args)
    except ValueError as err:
        raise _error(str(err), pos) from None


# -- strings --------------------------------------------------------------------------------
_SIMPLE_ESCAPES = {"n": 10, "t": 9, '"': 34, "\\": 92}


def unquote_bytes(token: str, pos: int) -> bytes:
    """The bytes of a string literal token (with its quotes); MLIR's escapes decoded."""
    body = token[1:-1]
    if "\\" not in body:
        return body.encode("utf-8", "surrogateescape")
    out = bytearray()
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch != "\\":
            out += ch.encode("utf-8", "surrogateescape")
            i += 1
            continue
        nxt = body[i + 1] if i + 1 < n else ""
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif i + 2 < n and _is_hex(body[i + 1]) and _is_hex(body[i + 2]):
            out.append(int(body[i + 1 : i + 3], 16))
            i += 3
        else:
            raise _error("unknown escape in string literal", pos + 1 + i)
    return bytes(out)


def _is_hex(ch: str) -> bool:
    return ch in "0123456789abcdefABCDEF"


def bytes_to_str(data: bytes) -> str:
    """Strings are kept as str; bytes that are not UTF-8 survive as surrogate escapes."""
    return data.decode("utf-8", "surrogateescape")


def unquote(token: str, pos: int) -> str:
    return bytes_to_str(unquote_bytes(token, pos))


def symbol_name(token: str, pos: int) -> str:
    """`@name` or `@"quoted name"` -> the name."""
    if token.startswith('@"'):
        return unquote(token[1:], pos)
    return token[1:]


def symbol_ref(names: list[str], pos: int) -> Any:
    return build(ba.SymbolRefAttr, pos, names[0], tuple(names[1:]))


# -- numbers --------------------------------------------------------------------------------
def parse_int(text: str) -> int:
    """A decimal or `0x` hexadecimal literal; leading zeros are decimal, as in MLIR."""
    if text.startswith(("0x", "0X")):
        return int(text, 16)
    return int(text, 10)


class IntLiteral:
    """An integer literal as written: its text (decimal or 0x hex) and sign."""

    __slots__ = ("text", "negative")

    def __init__(self, text: str, negative: bool) -> None:
        self.text = text
        self.negative = negative

    @property
    def is_hex(self) -> bool:
        return self.text.startswith("0x")

    def value(self) -> int:
        v = parse_int(self.text)
        return -v if self.negative else v


class FloatLiteral:
    """A decimal floating-point literal as written."""

    __slots__ = ("text", "negative")

    def __init__(self, text: str, negative: bool) -> None:
        self.text = text
        self.negative = negative

    def value(self) -> float:
        v = float(self.text)
        return -v if self.negative else v


def integer_type(text: str, pos: int) -> Any:
    if text[0] == "s":
        return build(bt.IntegerType, pos, int(text[2:]), "signed")
    if text[0] == "u":
        return build(bt.IntegerType, pos, int(text[2:]), "unsigned")
    return build(bt.IntegerType, pos, int(text[1:]))


def float_from_literal(literal: Any, type: Any, pos: int) -> Any:
    """A FloatAttr of `type` from an integer (hex bit pattern) or float literal."""
    if isinstance(literal, IntLiteral):
        if not literal.is_hex:
            raise _error("unexpected decimal integer literal for a floating point value", pos)
        if literal.negative:
            raise _error("hexadecimal float literal should not have a leading minus", pos)
        return build(ba.FloatAttr.from_bits, pos, int(literal.text, 16), type)
    # The literal's text converts exactly (no detour through a Python float).
    return build(ba.FloatAttr, pos, ("-" if literal.negative else "") + literal.text, type)


def number_attr(literal: Any, type: Any, pos: int) -> Any:
    if isinstance(literal, FloatLiteral):
        if type is None:
            type = bt.FloatType("f64")
        if not isinstance(type, bt.FloatType):
            raise _error("floating point value not valid for specified type", pos)
        return float_from_literal(literal, type, pos)
    if type is None:
        type = bt.IntegerType(64)
    if isinstance(type, bt.FloatType):
        return float_from_literal(literal, type, pos)
    if not isinstance(type, (bt.IntegerType, bt.IndexType)):
        raise _error("integer literal not valid for specified type", pos)
    value = literal.value()
    if isinstance(type, bt.IntegerType) and type.signedness == "unsigned" and value < 0:
        raise _error("negative integer literal not valid for unsigned integer type", pos)
    try:
        return ba.IntegerAttr(value, type)
    except ValueError:
        raise _error("integer constant out of range for attribute", pos) from None


# -- shaped types -----------------------------------------------------------------------------
def parse_dims(text: str | None) -> tuple[list[int], list[bool], bool]:
    """`4x?x[8]x` -> ([4, DYNAMIC, 8], [False, False, True], unranked=False)."""
    if text is None:
        return [], [], False
    if text == "*x":
        return [], [], True
    if not text.replace("x", "").replace("?", "").replace("[", "").replace("]", "").isdigit():
        # The list spans whitespace or comments between dimensions.
        text = "".join(re.sub(r"//[^\n]*", "", text).split())
    dims: list[int] = []
    scalable: list[bool] = []
    for part in text[:-1].split("x"):
        if part == "?":
            dims.append(bt.DYNAMIC)
            scalable.append(False)
        elif part.startswith("["):
            dims.append(int(part[1:-1]))
            scalable.append(True)
        else:
            dims.append(int(part))
            scalable.append(False)
    return dims, scalable, False


def tensor_type(dims_text: str | None, element: Any, encoding: Any, pos: int) -> Any:
    dims, scalable, unranked = parse_dims(dims_text)
    if any(scalable):
        raise _error("unexpected scalable dimension in tensor type", pos)
    if unranked:
        if encoding is not None:
            raise _error("cannot apply encoding to unranked tensor", pos)
        return build(bt.UnrankedTensorType, pos, element)
    return build(bt.RankedTensorType, pos, tuple(dims), element, encoding)


_LAYOUT_TYPES: tuple = ()


def memref_type(dims_text: str | None, element: Any, first: Any, second: Any, pos: int) -> Any:
    dims, scalable, unranked = parse_dims(dims_text)
    if any(scalable):
        raise _error("unexpected scalable dimension in memref type", pos)
    if unranked:
        if second is not None:
            raise _error("expected '>' after memory space of unranked memref", pos)
        return build(bt.UnrankedMemRefType, pos, element, first)
    layout, space = None, None
    if first is not None:
        if isinstance(first, (affine.AffineMapAttr, ba.StridedLayoutAttr)):
            layout, space = first, second
        else:
            if second is not None:
                raise _error("expected memory space to be last in memref type", pos)
            space = first
    return build(bt.MemRefType, pos, tuple(dims), element, layout, space)


def vector_type(dims_text: str | None, element: Any, pos: int) -> Any:
    dims, scalable, unranked = parse_dims(dims_text)
    if unranked:
        raise _error("vector types must have a static shape; '*' is not allowed", pos)
    return build(bt.VectorType, pos, tuple(dims), element, tuple(scalable))


# -- dialect symbols ------------------------------------------------------------------------
def _split_dialect_symbol(token: str) -> tuple[str, str | None]:
    """`!foo.bar<body>` -> ("foo.bar", "body"); `!foo.bar` -> ("foo.bar", None)."""
    name = token[1:]
    lt = name.find("<")
    if lt < 0:
        return name, None
    return name[:lt], name[lt + 1 : -1]


def dialect_type(token: str, pos: int, context: Any) -> Any:
    name, body = _split_dialect_symbol(token)
    if "." not in name:
        if body is None:
            raise _error(f"undefined symbol alias id '{name}'", pos)
        if body.startswith('"') and body.endswith('"'):
            return build(bt.OpaqueType, pos, name, body[1:-1])
        raise _error(f"expected string literal data in dialect type '{name}'", pos)
    _check_dialect_allowed(name, pos, context, "type")
    return build(bt.DialectType, pos, name, body)


def dialect_attr(token: str, type: Any, pos: int, context: Any) -> Any:
    name, body = _split_dialect_symbol(token)
    if "." not in name:
        if body is None:
            raise _error(f"undefined symbol alias id '{name}'", pos)
        if body.startswith('"') and body.endswith('"'):
            return build(ba.OpaqueAttr, pos, name, body[1:-1], type)
        raise _error(f"expected string literal data in dialect attribute '{name}'", pos)
    _check_dialect_allowed(name, pos, context, "attribute")
    return build(ba.DialectAttr, pos, name, body, type)


def _check_dialect_allowed(name: str, pos: int, context: Any, what: str) -> None:
    dialect = name.partition(".")[0]
    if context.allow_unregistered_dialects:
        return
    if context.get_dialect(dialect) is None:
        raise _error(
            f"dialect '{dialect}' provides no {what} parsing hook; use "
            "--allow-unregistered-dialect to accept it as opaque",
            pos,
        )


# -- dense elements -------------------------------------------------------------------------
class DenseList(list):
    """A bracketed list inside `dense<...>`."""


class DenseString:
    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


class DenseComplex:
    __slots__ = ("real", "imag")

    def __init__(self, real: Any, imag: Any) -> None:
        self.real = real
        self.imag = imag


def _flatten(literal: Any, pos: int) -> tuple[list[int], list[Any]]:
    """Shape and row-major elements of a nested dense literal (iteratively)."""
    if not isinstance(literal, DenseList):
        return [], [literal]
    shape: list[int] | None = None
    flat: list[Any] = []
    # Walk level by level: every list at one depth must have the same length.
    level: list[Any] = [literal]
    dims: list[int] = []
    while level and isinstance(level[0], DenseList):
        n = len(level[0])
        nxt: list[Any] = []
        for item in level:
            if not isinstance(item, DenseList) or len(item) != n:
                raise _error(
                    "tensor literal is invalid; ranks are not consistent between elements", pos
                )
            nxt.extend(item)
        dims.append(n)
        level = nxt
        if n == 0:
            break
    for item in level:
        if isinstance(item, DenseList):
            raise _error(
                "tensor literal is invalid; ranks are not consistent between elements", pos
            )
        flat.append(item)
    shape = dims
    return shape, flat


def _element_value(item: Any, element_type: Any, pos: int) -> Any:
    if isinstance(element_type, bt.ComplexType):
        if not isinstance(item, DenseComplex):
            raise _error("expected complex element", pos)
        inner = element_type.element_type
        return (_element_value(item.real, inner, pos), _element_value(item.imag, inner, pos))
    if isinstance(item, DenseComplex):
        raise _error("complex element not valid for a non-complex element type", pos)
    if isinstance(element_type, bt.FloatType):
        if isinstance(item, bool):
            raise _error("expected floating point literal, got boolean", pos)
        # A FloatAttr keeps the exact bits (negative zero, NaN payloads).
        return float_from_literal(item, element_type, pos)
    if isinstance(element_type, (bt.IntegerType, bt.IndexType)):
        if isinstance(item, bool):
            if isinstance(element_type, bt.IntegerType) and element_type.width == 1:
                return int(item)
            raise _error("expected i1 type for 'true' or 'false' values", pos)
        if isinstance(item, FloatLiteral):
            raise _error("expected integer elements, but parsed floating-point", pos)
        value = item.value()
        return build(ba.IntegerAttr, pos, value, element_type).value
    raise _error(f"invalid element type '{element_type}' for dense elements", pos)


def dense_attr(literal: Any, type: Any, pos: int) -> Any:
    if not isinstance(type, bt.ShapedType) or not getattr(type, "has_static_shape", False):
        raise _error("elements literal type must have static shape", pos)
    element_type = type.element_type
    if literal is None:
        # `dense<>`: no elements, valid for any shape with a zero dimension.
        if type.num_elements != 0:
            raise _error("expected element literal of primitive type", pos)
        return build(ba.DenseIntOrFPElementsAttr, pos, type, ())
    if isinstance(literal, DenseString) and not isinstance(element_type, _STRING_ELEMENT_TYPES):
        # dense<"0x..."> is a hex blob of the element data.
        text = literal.data.decode("latin-1")
        if not text.startswith("0x"):
            raise _error("expected hex string of the element data", pos)
        try:
            raw = bytes.fromhex(text[2:])
        except ValueError:
            raise _error("expected hex string of the element data", pos) from None
        return build(ba.DenseIntOrFPElementsAttr.from_bytes, pos, type, raw)
    shape, flat = _flatten(literal, pos)
    if any(isinstance(x, DenseString) for x in flat):
        if not all(isinstance(x, DenseString) for x in flat):
            raise _error("expected string elements", pos)
        values = tuple(bytes_to_str(x.data) for x in flat)
        return build(ba.DenseStringElementsAttr, pos, type, _check_shape(shape, type, values, pos))
    values = tuple(_element_value(x, element_type, pos) for x in flat)
    return build(ba.DenseIntOrFPElementsAttr, pos, type, _check_shape(shape, type, values, pos))


#: Element types whose dense literals are strings (so `dense<"...">` is not a hex blob).
_STRING_ELEMENT_TYPES = (bt.DialectType, bt.OpaqueType)


def _check_shape(shape: list[int], type: Any, values: tuple, pos: int) -> tuple:
    """A splat (one element, no brackets) or a nested literal matching the type's shape."""
    if not shape and len(values) == 1:
        return values if type.shape == () else values[:1]
    if tuple(shape) != tuple(type.shape):
        got = "[" + ", ".join(str(d) for d in shape) + "]"
        want = "[" + ", ".join(str(d) for d in type.shape) + "]"
        raise _error(
            f"inferred shape of elements literal ({got}) does not match type ({want})", pos
        )
    return values


def dense_array(element_type: Any, items: list, pos: int) -> Any:
    values = []
    for item in items:
        if isinstance(element_type, bt.FloatType):
            if isinstance(item, bool):
                raise _error("expected floating point literal", pos)
            values.append(_element_value(item, element_type, pos))
        elif isinstance(item, bool):
            values.append(int(item))
        elif isinstance(item, FloatLiteral):
            raise _error("expected integer literal in integer array", pos)
        else:
            values.append(item.value())
    return build(ba.DenseArrayAttr, pos, element_type, tuple(values))


# -- affine ---------------------------------------------------------------------------------
def affine_id(name: str, dims: list[str], symbols: list[str], pos: int) -> Any:
    if name in dims:
        return affine.dim(dims.index(name))
    if name in symbols:
        return affine.symbol(symbols.index(name))
    raise _error(f"use of undeclared identifier '{name}'", pos)


def affine_const(value: int) -> Any:
    return affine.constant(value)


def affine_binary(kind: str, lhs: Any, rhs: Any, pos: int) -> Any:
    try:
        if kind == "neg":
            return -lhs
        if kind == "add":
            return lhs + rhs
        if kind == "sub":
            return lhs - rhs
        if kind == "mul":
            return lhs * rhs
        if kind == "floordiv":
            return affine.floordiv(lhs, rhs)
        if kind == "ceildiv":
            return affine.ceildiv(lhs, rhs)
        return lhs % rhs
    except ValueError as err:
        raise _error(str(err), pos) from None


def affine_map(num_dims: int, num_symbols: int, results: list, pos: int) -> Any:
    return build(affine.AffineMap, pos, num_dims, num_symbols, tuple(results))


def integer_set(num_dims: int, num_symbols: int, constraints: list, pos: int) -> Any:
    exprs = tuple(c[0] for c in constraints)
    flags = tuple(c[1] for c in constraints)
    return build(affine.IntegerSet, pos, num_dims, num_symbols, exprs, flags)


def affine_map_attr(value: Any) -> Any:
    return affine.AffineMapAttr(value)


def integer_set_attr(value: Any) -> Any:
    return affine.IntegerSetAttr(value)


def sparse_attr(indices_literal: Any, values_literal: Any, type: Any, pos: int) -> Any:
    """`sparse<indices, values> : type` (both literals None for `sparse<>`)."""
    from pyir.builtin_attributes_extra import SparseElementsAttr, sparse_index_type

    if not isinstance(type, bt.ShapedType) or not getattr(type, "has_static_shape", False):
        raise _error("elements literal type must have static shape", pos)
    rank = len(type.shape)
    element_type = type.element_type
    if indices_literal is None:
        indices = ba.DenseIntOrFPElementsAttr(sparse_index_type(0, rank), ())
        values_type = bt.RankedTensorType((0,), element_type)
        return build(
            SparseElementsAttr,
            pos,
            type,
            indices,
            build(ba.DenseIntOrFPElementsAttr, pos, values_type, ()),
        )
    index_shape, index_flat = _flatten(indices_literal, pos)
    if not index_shape:  # a splat index: one entry whose coordinates are all this value
        index_flat = index_flat * max(rank, 1)
        index_shape = [1, rank]
    elif len(index_shape) == 1:
        index_shape = [index_shape[0], 1] if rank == 1 else [1, index_shape[0]]
    entries = index_shape[0]
    index_values = tuple(_element_value(x, bt.IntegerType(64), pos) for x in index_flat)
    indices = build(
        ba.DenseIntOrFPElementsAttr, pos, sparse_index_type(entries, rank), index_values
    )
    value_shape, value_flat = _flatten(values_literal, pos)
    values_type = bt.RankedTensorType((entries,), element_type)
    if any(isinstance(x, DenseString) for x in value_flat):
        texts = tuple(bytes_to_str(x.data) for x in value_flat)
        values = build(
            ba.DenseStringElementsAttr, pos, values_type, texts if value_shape else texts[:1]
        )
    else:
        converted = tuple(_element_value(x, element_type, pos) for x in value_flat)
        values = build(
            ba.DenseIntOrFPElementsAttr,
            pos,
            values_type,
            converted if value_shape else converted[:1],
        )
    return build(SparseElementsAttr, pos, type, indices, values)
