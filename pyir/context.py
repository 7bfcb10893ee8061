"""Dialect registration as data, loaded lazily, and the context that owns it.

A `Dialect` is a value naming its ops, types, attributes (and later passes and interpreter
implementations). The `Context` maps dialect names to loaders: a loader is a callable or a
`"module:attribute"` string naming a Dialect value. In-tree dialects and plugins register
the same way, through the `pyir.dialects` entry-point group, so nothing is imported until
IR (or a flag) names the dialect. Start-up cost does not grow with the dialects installed.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

from pyir.diagnostics import DiagnosticEngine

ENTRY_POINT_GROUP = "pyir.dialects"


class Dialect:
    """A dialect's contents. `name` is the op-name prefix; op names must start with it.

    Invariant: every op class in `ops` has `name == "<dialect>.<op>"`.
    """

    def __init__(
        self,
        name: str,
        ops: Iterable[type] = (),
        types: Iterable[type] = (),
        attributes: Iterable[type] = (),
        description: str = "",
        syntax: Any = None,
    ) -> None:
        self.name = name
        self.ops = tuple(ops)
        self.types = tuple(types)
        self.attributes = tuple(attributes)
        self.description = description
        #: Extra grammar contributed by hand (see pyir.textual); None for declarative only.
        self.syntax = syntax
        for op in self.ops:
            if op.name.partition(".")[0] != name:
                raise ValueError(f"dialect '{name}': op '{op.name}' is not in this dialect")
        self.op_by_name = {op.name: op for op in self.ops}
        for op in self.ops:
            op.dialect = self

    def __repr__(self) -> str:
        return f"<Dialect {self.name}: {len(self.ops)} ops>"


Loader = Callable[[], Dialect] | str

_BUILTIN_LOADER = "pyir.builtin:BUILTIN_DIALECT"


def _load(loader: Loader) -> Dialect:
    if callable(loader):
        return loader()
    module_name, _, attr = loader.partition(":")
    module = importlib.import_module(module_name)
    value = getattr(module, attr) if attr else module.DIALECT
    return value() if callable(value) and not isinstance(value, Dialect) else value


_ENTRY_POINTS: dict[str, Loader] | None = None


def installed_dialects() -> dict[str, Loader]:
    """Dialects that installed packages (pyir itself included) declare as entry points."""
    global _ENTRY_POINTS
    if _ENTRY_POINTS is None:
        _ENTRY_POINTS = _scan_entry_points(ENTRY_POINT_GROUP)
    return _ENTRY_POINTS


def _scan_entry_points(group: str) -> dict[str, str]:
    """The entry points of `group` of the distributions on sys.path.

    Reads `*.dist-info/entry_points.txt` directly: importlib.metadata would cost a tool's
    start-up ~30 ms (it imports email parsing and builds objects for every distribution).
    The first distribution on sys.path that names an entry point wins, as in importlib.
    """
    found: dict[str, str] = {}
    header = f"[{group}]"
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if not (name.endswith(".dist-info") or name.endswith(".egg-info")):
                continue
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as f:
                    text = f.read()
            except OSError:
                continue
            if header not in text:
                continue
            in_group = False
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("["):
                    in_group = line == header
                elif in_group and "=" in line:
                    key, _, value = line.partition("=")
                    found.setdefault(key.strip(), value.strip())
    return found


class PluginError(Exception):
    """A dialect plugin could not be loaded; the message says why."""


def _import_plugin(spec: str) -> Any:
    if spec.endswith(".py") or os.sep in spec:
        if not os.path.isfile(spec):
            raise PluginError(f"no plugin file '{spec}'")
        from importlib import util as import_util

        name = "pyir_plugin_" + os.path.splitext(os.path.basename(spec))[0]
        loaded = sys.modules.get(name)
        if loaded is not None and getattr(loaded, "__file__", None) == os.path.abspath(spec):
            return loaded
        module_spec = import_util.spec_from_file_location(name, os.path.abspath(spec))
        if module_spec is None or module_spec.loader is None:
            raise PluginError(f"cannot load '{spec}' as a Python module")
        module = import_util.module_from_spec(module_spec)
        sys.modules[name] = module
        try:
            module_spec.loader.exec_module(module)
        except Exception as err:
            del sys.modules[name]
            raise PluginError(f"'{spec}' failed to import: {type(err).__name__}: {err}") from err
        return module
    try:
        return importlib.import_module(spec)
    except ImportError as err:
        raise PluginError(f"cannot import '{spec}': {err}") from err
    except Exception as err:
        raise PluginError(f"'{spec}' failed to import: {type(err).__name__}: {err}") from err


class Context:
    """Owns the dialect registry, the loaded dialects and the diagnostics engine.

    Invariants: `loaded` only grows; a dialect name maps to one loader. Unregistered ops
    are accepted only when `allow_unregistered_dialects` is set (MLIR's flag).
    """

    def __init__(self, allow_unregistered_dialects: bool = False, use_entry_points: bool = True):
        self.allow_unregistered_dialects = allow_unregistered_dialects
        self.diagnostics = DiagnosticEngine()
        self._loaders: dict[str, Loader] = {"builtin": _BUILTIN_LOADER}
        self._use_entry_points = use_entry_points
        self.loaded: dict[str, Dialect] = {}
        self._op_defs: dict[str, Any] = {}

    # -- registration ------------------------------------------------------------------
    def register_dialect(self, dialect: Dialect | str, loader: Loader | None = None) -> None:
        """Register a Dialect value, or a name with a loader that is called on first use."""
        if isinstance(dialect, Dialect):
            self._loaders[dialect.name] = lambda d=dialect: d
            self._install(dialect)
        else:
            if loader is None:
                raise ValueError("register_dialect(name) needs a loader")
            self._loaders[dialect] = loader

    def load_plugin(self, spec: str) -> list[Dialect]:
        """Load dialects from a plugin: an importable module name or a path to a `.py`
        file, exposing `DIALECT` (a Dialect) or `DIALECTS` (several). Registers and returns
        them; raises PluginError with the reason when the plugin cannot be used."""
        module = _import_plugin(spec)
        found = getattr(module, "DIALECTS", None)
        if found is None:
            single = getattr(module, "DIALECT", None)
            found = [single] if single is not None else []
        dialects = list(found)
        if not dialects or not all(isinstance(d, Dialect) for d in dialects):
            raise PluginError(f"'{spec}' defines no DIALECT or DIALECTS of pyir dialects")
        for dialect in dialects:
            self.register_dialect(dialect)
        return dialects

    def registered_dialect_names(self) -> list[str]:
        names = set(self._loaders)
        if self._use_entry_points:
            names.update(installed_dialects())
        return sorted(names)

    def _loader_for(self, name: str) -> Loader | None:
        loader = self._loaders.get(name)
        if loader is None and self._use_entry_points:
            loader = installed_dialects().get(name)
        return loader

    def is_registered(self, dialect_name: str) -> bool:
        return self._loader_for(dialect_name) is not None

    # -- loading -------------------------------------------------------------------------
    def get_dialect(self, name: str) -> Dialect | None:
        """The loaded dialect, loading it on first request; None when unknown."""
        dialect = self.loaded.get(name)
        if dialect is not None:
            return dialect
        loader = self._loader_for(name)
        if loader is None:
            return None
        dialect = _load(loader)
        if dialect.name != name:
            raise ValueError(f"loader for dialect '{name}' returned dialect '{dialect.name}'")
        self._install(dialect)
        return dialect

    def _install(self, dialect: Dialect) -> None:
        self.loaded[dialect.name] = dialect
        self._op_defs.update(dialect.op_by_name)

    def get_op_def(self, op_name: str) -> Any:
        """The op class registered for `op_name`, or None (unknown op or dialect)."""
        op_def = self._op_defs.get(op_name)
        if op_def is not None:
            return op_def
        dialect_name = op_name.partition(".")[0]
        if dialect_name not in self.loaded and self.get_dialect(dialect_name) is not None:
            return self._op_defs.get(op_name)
        return None
