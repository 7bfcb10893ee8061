"""Diagnostics: how errors, warnings, remarks and notes reach users.

A `Diagnostic` is a value (severity, message, location, attached notes). Code that finds
a problem in user input emits one into the `DiagnosticEngine` of its context; the engine
hands it to the registered handlers (the tools print it with the source line and a caret,
`--verify-diagnostics` collects it). `DiagnosticError` only carries a diagnostic up the
stack to the boundary that reports it; it never escapes a tool.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from pyir.location import Location


class Severity(enum.IntEnum):
    NOTE = 0
    REMARK = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


class Diagnostic:
    """One message about one location; `notes` are attached diagnostics of severity NOTE."""

    __slots__ = ("severity", "message", "location", "notes")

    def __init__(
        self,
        severity: Severity,
        message: str,
        location: Location | None = None,
        notes: list[Diagnostic] | None = None,
    ) -> None:
        self.severity = severity
        self.message = message
        self.location = location
        self.notes: list[Diagnostic] = notes if notes is not None else []

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Diagnostic) and (
            self.severity,
            self.message,
            self.location,
            self.notes,
        ) == (other.severity, other.message, other.location, other.notes)

    def __repr__(self) -> str:
        return (
            f"Diagnostic(severity={self.severity!r}, message={self.message!r}, "
            f"location={self.location!r}, notes={self.notes!r})"
        )

    def attach_note(self, message: str, location: Location | None = None) -> Diagnostic:
        note = Diagnostic(
            Severity.NOTE, message, location if location is not None else self.location
        )
        self.notes.append(note)
        return note

    def __str__(self) -> str:
        return format_diagnostic(self)


class DiagnosticError(Exception):
    """Carries a diagnostic to the code that reports it (the parser, verifier, tools)."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


Handler = Callable[[Diagnostic], None]


class DiagnosticEngine:
    """Routes diagnostics to handlers, newest first; collects them when nobody listens.

    Invariant: `error_count` counts every ERROR emitted since creation (or `reset`).
    """

    def __init__(self) -> None:
        self._handlers: list[Handler] = []
        self.collected: list[Diagnostic] = []
        self.error_count = 0

    def push_handler(self, handler: Handler) -> None:
        self._handlers.append(handler)

    def pop_handler(self) -> Handler:
        return self._handlers.pop()

    def emit(self, diagnostic: Diagnostic) -> Diagnostic:
        if diagnostic.severity == Severity.ERROR:
            self.error_count += 1
        if self._handlers:
            self._handlers[-1](diagnostic)
        else:
            self.collected.append(diagnostic)
        return diagnostic

    def error(self, message: str, location: Location | None = None) -> Diagnostic:
        return self.emit(Diagnostic(Severity.ERROR, message, location))

    def warning(self, message: str, location: Location | None = None) -> Diagnostic:
        return self.emit(Diagnostic(Severity.WARNING, message, location))

    def remark(self, message: str, location: Location | None = None) -> Diagnostic:
        return self.emit(Diagnostic(Severity.REMARK, message, location))

    def reset(self) -> None:
        self.collected.clear()
        self.error_count = 0


def location_prefix(location: Location | None) -> str:
    """`file:line:col` for a location that names a position, else the location's text."""
    if location is None:
        return "<unknown>"
    flc = location.file_line_col()
    if flc is not None:
        return f"{flc[0]}:{flc[1]}:{flc[2]}"
    return str(location)


def format_diagnostic(diag: Diagnostic, sources: dict[str, str] | None = None) -> str:
    """MLIR's layout: `file:line:col: error: message`, the source line and a caret.

    `sources` maps file names to their text, so the offending line can be shown.
    """
    lines = [f"{location_prefix(diag.location)}: {diag.severity.label}: {diag.message}"]
    lines.extend(_source_excerpt(diag.location, sources))
    for note in diag.notes:
        lines.append(format_diagnostic(note, sources))
    return "\n".join(lines)


def _source_excerpt(location: Any, sources: dict[str, str] | None) -> list[str]:
    if location is None or not sources:
        return []
    flc = location.file_line_col()
    if flc is None or flc[0] not in sources:
        return []
    text = sources[flc[0]]
    source_lines = text.split("\n")
    if not 1 <= flc[1] <= len(source_lines):
        return []
    line = source_lines[flc[1] - 1].rstrip("\r")
    caret_col = max(flc[2] - 1, 0)
    prefix = "".join(ch if ch == "\t" else " " for ch in line[:caret_col])
    return [line, prefix + "^"]
