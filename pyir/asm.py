"""The printing protocol that attributes, types and op syntax hooks write through.

`AsmPrinter` is what `Attribute.print` and an op's custom `print` hook receive; the full
printer in `pyir.textual` implements it with alias substitution and SSA value naming.
`TextPrinter` here is the minimal implementation behind `str(attr)`: no aliases.
"""

from __future__ import annotations

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
