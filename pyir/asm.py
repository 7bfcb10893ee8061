"""The printing protocol that attributes, types and op syntax hooks write through.

`AsmPrinter` is what `Attribute.print` and an op's custom `print` hook receive; the full
printer in `pyir.textual` implements it with alias substitution and SSA value naming.
`TextPrinter` here is the minimal implementation behind `str(attr)`: no aliases.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

# As MLIR prints strings: only the backslash gets a letter escape; the quote and all
# non-printable bytes are written as \XX hex.
_ESCAPES = {'"': "\\22", "\\": "\\\\"}


def quote_string(text: str) -> str:
    """MLIR string literal for `text`: printable ASCII kept, everything else as \\XX bytes."""
    out = ['"']
    for ch in text:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.extend(f"\\{b:02X}" for b in ch.encode("utf-8", "surrogateescape"))
    out.append('"')
    return "".join(out)


def quote_bytes(data: bytes) -> str:
    """MLIR string literal for raw bytes (string attributes may hold any bytes)."""
    out = ['"']
    for b in data:
        ch = chr(b)
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif 0x20 <= b <= 0x7E:
            out.append(ch)
        else:
            out.append(f"\\{b:02X}")
    out.append('"')
    return "".join(out)


class AsmPrinter(Protocol):
    """What attribute/type printers and op print hooks may call."""

    def write(self, text: str) -> None: ...

    def print_type(self, type: Any) -> None: ...

    def print_attribute(self, attr: Any) -> None: ...

    def print_string(self, text: str) -> None: ...


class TextPrinter:
    """Prints attributes and types into a string, never using aliases."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def write(self, text: str) -> None:
        self._parts.append(text)

    def print_type(self, type: Any) -> None:
        type.print(self)

    def print_attribute(self, attr: Any) -> None:
        attr.print(self)

    def print_string(self, text: str) -> None:
        self._parts.append(quote_string(text))

    def getvalue(self) -> str:
        return "".join(self._parts)


# -- parsing hooks ------------------------------------------------------------------------------
class AsmParseError(Exception):
    """A located error raised by syntax hooks (and the parser): `pos` is a source offset;
    `notes` are (message, offset) pairs."""

    def __init__(self, message: str, pos: int, notes: list | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.pos = pos
        self.notes = notes or []


class AsmParserState(Protocol):
    """What a hand-written syntax callback may use of the parser (pyir.textual implements it).

    Callbacks are called when their grammar rule is reduced, with the rule's children; `pos`
    is the rule's start offset. SSA uses arrive as (name, offset) pairs.
    """

    pos: int
    pending_entry_args: list | None

    def begin_op(self, name: str) -> None: ...

    def default_dialect(self) -> str: ...

    def end_op(self) -> str: ...

    def resolve(self, use: tuple[str, int], type: Any) -> Any: ...

    def resolve_all(self, uses: list | None, types: list, pos: int) -> list: ...

    def set_entry_block_args(self, args: list[tuple[str, Any, Any, int]]) -> None: ...

    def loc(self, pos: int) -> Any: ...

    def error(self, message: str, pos: int) -> AsmParseError: ...


#: A callback factory: given the parser state, returns the rule's callback.
CallbackFactory = Callable[[Any], Callable[[list], Any]]


class CustomSyntax:
    """Hand-written syntax of a dialect: lark rules (which `%extend custom_operation`)
    and, per rule name, the factory of the callback that builds its value."""

    def __init__(self, grammar: str, callbacks: dict[str, CallbackFactory] | None = None):
        self.grammar = grammar
        self.callbacks = callbacks or {}
