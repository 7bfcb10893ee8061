"""Shared helpers of the parser tests (test_parser.py, test_parser_errors.py)."""

from __future__ import annotations

from typing import Any

from pyir.context import Context
from pyir.core import Operation
from pyir.diagnostics import Diagnostic, Severity
from pyir.location import FileLineColLoc
from pyir.textual.parser import parse_source

FILE = "in.mlir"


def make_context(allow_unregistered: bool = True) -> Context:
    # No entry points: these tests use made-up `test.*` ops and must not depend on which
    # dialects happen to be installed.
    return Context(allow_unregistered_dialects=allow_unregistered, use_entry_points=False)


def parse(text: str, allow_unregistered: bool = True, **kwargs: Any) -> tuple[Any, list]:
    context = make_context(allow_unregistered)
    module = parse_source(text, kwargs.pop("filename", FILE), context, **kwargs)
    return module, list(context.diagnostics.collected)


def ok(text: str, **kwargs: Any) -> Operation:
    module, diags = parse(text, **kwargs)
    assert not diags, [f"{d.location}: {d.message}" for d in diags]
    assert module is not None
    return module


def error(text: str, allow_unregistered: bool = True, **kwargs: Any) -> tuple[str, int, int]:
    """(message, line, column) of the one error `text` must produce."""
    module, diags = parse(text, allow_unregistered, **kwargs)
    assert module is None
    assert len(diags) == 1, [d.message for d in diags]
    diag = diags[0]
    assert diag.severity == Severity.ERROR
    assert not diag.message.startswith("internal error"), diag.message
    flc = diag.location.file_line_col()
    assert flc is not None and flc[0] == kwargs.get("filename", FILE)
    return diag.message, flc[1], flc[2]


def only_diag(text: str) -> Diagnostic:
    module, diags = parse(text)
    assert module is None and len(diags) == 1
    return diags[0]


def top_ops(module: Operation) -> list[Operation]:
    return list(module.regions[0].blocks[0].ops)


def first_op(text: str) -> Operation:
    return top_ops(ok(text))[0]


def flc(location: Any) -> tuple[int, int]:
    assert isinstance(location, FileLineColLoc), location
    return location.line, location.column


def position(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the nth occurrence of `needle` in `text`."""
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(needle, offset + 1)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
