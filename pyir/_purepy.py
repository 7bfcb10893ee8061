"""The one switch between the Cython core and its pure-Python twin.

The hot modules are written in Cython's pure-Python mode: the same `.py` file is either
imported as source or compiled (with its `.pxd`) into an extension module that sits beside
it. Python's import system prefers the extension, so to force the pure build we put a finder
in front that returns the source file for exactly those modules.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence

# Keep in sync with setup.py:CYTHON_SOURCES.
CYTHON_MODULES = frozenset(
    {
        "pyir.core",
        "pyir.textual.lalr",
        "pyir.greedy_rewrite",
        "pyir.folding",
        "pyir.cse",
        "pyir.dialects.arith_folding",
    }
)

PURE_PYTHON = os.environ.get("PYIR_PURE_PYTHON", "") not in ("", "0")


class _PreferSourceFinder(importlib.abc.MetaPathFinder):
    """Resolves the Cython-compiled modules to their `.py` source."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target=None):  # noqa: ANN001
        if fullname not in CYTHON_MODULES or not path:
            return None
        leaf = fullname.rpartition(".")[2]
        for folder in path:
            source = os.path.join(folder, leaf + ".py")
            if os.path.exists(source):
                loader = importlib.machinery.SourceFileLoader(fullname, source)
                return importlib.util.spec_from_file_location(fullname, source, loader=loader)
        return None


def install() -> None:
    if PURE_PYTHON and not any(isinstance(f, _PreferSourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _PreferSourceFinder())


def compiled_modules() -> dict[str, bool]:
    """Which of the hot modules are running compiled (imports them)."""
    result = {}
    for name in sorted(CYTHON_MODULES):
        module = importlib.import_module(name)
        result[name] = not (module.__file__ or "").endswith(".py")
    return result
