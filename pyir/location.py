"""Source locations (MLIR's LocationAttr family): file:line:col, name, call site, fused, unknown.

Locations are attributes, compared structurally but not interned: the parser gives every
operation its own `FileLineColLoc`, and a cache of those would only cost memory.
"""

from __future__ import annotations

from typing import Any

from pyir.attributes import Attribute


class Location(Attribute):
    """Base of all locations. `print` writes the body that goes inside `loc(...)`."""

    __slots__ = ()
    uniqued = False

    def _freeze(self) -> None:
        # Hashing is deferred: most per-op locations are never hashed.
        object.__setattr__(self, "_hash", None)

    def __hash__(self) -> int:
        h = self._hash
        if h is None:
            h = hash((type(self), self._key()))
            object.__setattr__(self, "_hash", h)
        return h

    def print(self, printer: Any) -> None:
        printer.write("loc(")
        self.print_body(printer)
        printer.write(")")

    def print_body(self, printer: Any) -> None:
        raise TypeError(f"{type(self).__name__} does not define print_body()")

    def file_line_col(self) -> tuple[str, int, int] | None:
        """The first file:line:col position this location names, for diagnostics."""
        return None


class UnknownLoc(Location):
    __slots__ = ()

    def __init__(self) -> None:
        self._freeze()

    def print_body(self, printer: Any) -> None:
        printer.write("unknown")


class FileLineColLoc(Location):
    """`"file":line:col` (1-based line and column)."""

    __slots__ = ("filename", "line", "column")

    def __init__(self, filename: str, line: int, column: int) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "filename", filename)
        setattr_(self, "line", line)
        setattr_(self, "column", column)
        setattr_(self, "_hash", None)

    def print_body(self, printer: Any) -> None:
        printer.print_string(self.filename)
        printer.write(f":{self.line}:{self.column}")

    def file_line_col(self) -> tuple[str, int, int] | None:
        return (self.filename, self.line, self.column)


_new_object = object.__new__
_set = object.__setattr__


def make_file_line_col(filename: str, line: int, column: int) -> FileLineColLoc:
    """`FileLineColLoc(filename, line, column)` without the metaclass call (the parser
    makes one per operation)."""
    loc = _new_object(FileLineColLoc)
    _set(loc, "filename", filename)
    _set(loc, "line", line)
    _set(loc, "column", column)
    _set(loc, "_hash", None)
    return loc


class FileLineColRange(FileLineColLoc):
    """`"file":line:col to :end_col` or `"file":line:col to end_line:end_col`."""

    __slots__ = ("end_line", "end_column")

    def __init__(self, filename: str, line: int, column: int, end_line: int, end_column: int):
        FileLineColLoc.__init__(self, filename, line, column)
        object.__setattr__(self, "end_line", end_line)
        object.__setattr__(self, "end_column", end_column)

    def print_body(self, printer: Any) -> None:
        FileLineColLoc.print_body(self, printer)
        if self.end_line == self.line:
            printer.write(f" to :{self.end_column}")
        else:
            printer.write(f" to {self.end_line}:{self.end_column}")


def file_location(
    filename: str, line: int, column: int, end_line: int | None, end_column: int | None
) -> FileLineColLoc:
    """The simplest location for a parsed position or range (a range of one point is a
    position, as MLIR prints it)."""
    if end_column is None or (end_line in (None, line) and end_column == column):
        return FileLineColLoc(filename, line, column)
    return FileLineColRange(
        filename, line, column, line if end_line is None else end_line, end_column
    )


class NameLoc(Location):
    """`"name"` or `"name"(child)`."""

    __slots__ = ("name", "child")

    def __init__(self, name: str, child: Location | None = None) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "child", child)
        self._freeze()

    def print_body(self, printer: Any) -> None:
        printer.print_string(self.name)
        if self.child is not None and not isinstance(self.child, UnknownLoc):
            printer.write("(")
            _print_nested(printer, self.child)
            printer.write(")")

    def file_line_col(self) -> tuple[str, int, int] | None:
        return None if self.child is None else self.child.file_line_col()


class CallSiteLoc(Location):
    """`callsite(callee at caller)`."""

    __slots__ = ("callee", "caller")

    def __init__(self, callee: Location, caller: Location) -> None:
        object.__setattr__(self, "callee", callee)
        object.__setattr__(self, "caller", caller)
        self._freeze()

    def print_body(self, printer: Any) -> None:
        printer.write("callsite(")
        _print_nested(printer, self.callee)
        printer.write(" at ")
        _print_nested(printer, self.caller)
        printer.write(")")

    def file_line_col(self) -> tuple[str, int, int] | None:
        return self.callee.file_line_col() or self.caller.file_line_col()


class FusedLoc(Location):
    """`fused[a, b]` or `fused<#metadata>[a, b]`."""

    __slots__ = ("locations", "metadata")

    def __init__(self, locations: tuple, metadata: Attribute | None = None) -> None:
        object.__setattr__(self, "locations", tuple(locations))
        object.__setattr__(self, "metadata", metadata)
        self._freeze()

    def print_body(self, printer: Any) -> None:
        printer.write("fused")
        if self.metadata is not None:
            printer.write("<")
            printer.print_attribute(self.metadata)
            printer.write(">")
        printer.write("[")
        for i, loc in enumerate(self.locations):
            if i:
                printer.write(", ")
            _print_nested(printer, loc)
        printer.write("]")

    def file_line_col(self) -> tuple[str, int, int] | None:
        for loc in self.locations:
            flc = loc.file_line_col()
            if flc is not None:
                return flc
        return None


class OpaqueLoc(Location):
    """A location that only prints its fallback (MLIR's OpaqueLoc)."""

    __slots__ = ("fallback",)

    def __init__(self, fallback: Location) -> None:
        object.__setattr__(self, "fallback", fallback)
        self._freeze()

    def print_body(self, printer: Any) -> None:
        self.fallback.print_body(printer)

    def file_line_col(self) -> tuple[str, int, int] | None:
        return self.fallback.file_line_col()


def _print_nested(printer: Any, loc: Location) -> None:
    """Nested locations print without `loc(...)`, unless the printer aliases them."""
    hook = getattr(printer, "print_nested_location", None)
    if hook is not None:
        hook(loc)
    else:
        loc.print_body(printer)


UNKNOWN_LOC = UnknownLoc()
