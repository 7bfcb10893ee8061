"""File-level resources (`{-# dialect_resources: {...} #-}`) attached to parsed modules.

MLIR keeps resource blobs in the context; pyir keeps them beside the module they were
parsed with (a weak map, so they go away with the module), where the printer finds them.
"""

from __future__ import annotations

import weakref
from typing import Any

_RESOURCES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def attach(module: Any, resources: dict[str, dict[str, Any]]) -> None:
    if resources:
        _RESOURCES[module] = resources


def resources_of(module: Any) -> dict[str, dict[str, Any]]:
    """dialect name -> {resource name -> value (a string attribute for blobs)}."""
    return _RESOURCES.get(module, {})


#: Ops written with an explicit empty property list (`<{}>`), which MLIR prints back.
EXPLICIT_EMPTY_PROPERTIES: weakref.WeakSet = weakref.WeakSet()


def resource_section(printer: Any, op: Any) -> str:
    """`{-# dialect_resources: {...} #-}` for the resources the printed IR referenced and
    whose data is known (from the file the op was parsed from)."""
    if not printer.resources:
        return ""
    from pyir.textual.printer import keyword_or_string

    table = resources_of(op)
    by_dialect: dict[str, list[str]] = {}
    for dialect, key in printer.resources:
        value = table.get(dialect, {}).get(key)
        if value is None:
            continue
        by_dialect.setdefault(dialect, []).append(
            "      " + keyword_or_string(key) + ": " + printer.render(value)
        )
    if not by_dialect:
        return ""
    order = sorted(by_dialect, key=lambda d: (d != "builtin", d))
    groups = ["    " + d + ": {\n" + ",\n".join(by_dialect[d]) + "\n    }" for d in order]
    return "\n{-#\n  dialect_resources: {\n" + ",\n".join(groups) + "\n  }\n#-}\n"
