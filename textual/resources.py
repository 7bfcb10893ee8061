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
