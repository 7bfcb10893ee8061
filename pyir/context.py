"""Dialect registration as data, loaded lazily, and the context that owns it.

A `Dialect` is a value naming its ops, types and attributes. A `Context` owns three
registries (pyir.registry): dialects (`pyir.dialects` entry points), passes (`pyir.passes`)
and interpreter implementations (`pyir.interpreters`). In-tree dialects and plugins
register the same way, so nothing is imported until IR (or a flag) names a dialect, and
start-up cost does not grow with the dialects installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from pyir.diagnostics import DiagnosticEngine
from pyir.registry import (
    InterpreterRegistry,
    PassRegistry,
    PluginError,
    Registry,
    import_plugin_module,
    type_name,
)

__all__ = ["Context", "Dialect", "DialectRegistry", "PluginError"]

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


#: How a dialect is loaded: a `"module:attribute"` string, or a function returning it.
Loader = Callable[[], Dialect] | str

_BUILTIN_LOADER = "pyir.builtin:BUILTIN_DIALECT"


class DialectRegistry(Registry[Dialect]):
    """Dialects by name (`pyir.dialects` entry points). An entry point names a `Dialect`, or
    a function without arguments that returns one; the dialect's name must be the entry
    point's. `builtin` is always registered."""

    kind = "dialect"
    group = ENTRY_POINT_GROUP

    def __init__(self, use_entry_points: bool = True, entry_points: Any = None) -> None:
        super().__init__(use_entry_points, entry_points)
        self._loaders["builtin"] = _BUILTIN_LOADER

    def validate(self, name: str, value: Any) -> Dialect:
        if callable(value) and not isinstance(value, Dialect | type):
            value = value()  # a factory: plugin code, so its failures are reported as such
        if not isinstance(value, Dialect):
            raise PluginError(f"expected a pyir Dialect, got {type_name(value)}")
        if value.name != name:
            raise PluginError(f"the dialect it provides is named '{value.name}'")
        return value


class Context:
    """Owns the extension registries, the loaded dialects' op classes and the diagnostics.

    Invariants: a dialect, once loaded, stays loaded; `get_op_def` answers from the loaded
    dialects and loads at most the one dialect its op name's prefix names. Unregistered ops
    are accepted only when `allow_unregistered_dialects` is set (MLIR's flag).
    """

    def __init__(self, allow_unregistered_dialects: bool = False, use_entry_points: bool = True):
        self.allow_unregistered_dialects = allow_unregistered_dialects
        self.diagnostics = DiagnosticEngine()
        self.dialects = DialectRegistry(use_entry_points)
        self.passes = PassRegistry(use_entry_points)
        self.interpreters = InterpreterRegistry(use_entry_points)
        self._op_defs: dict[str, Any] = {}

    @property
    def loaded(self) -> Mapping[str, Dialect]:
        """The dialects loaded so far, by name (read it, do not change it)."""
        return self.dialects.loaded

    # -- registration ------------------------------------------------------------------
    def register_dialect(self, dialect: Dialect | str, loader: Loader | None = None) -> None:
        """Register a Dialect value, or a name with a loader that is called on first use."""
        if isinstance(dialect, Dialect):
            self.dialects.register(dialect.name, dialect)
            self._op_defs.update(dialect.op_by_name)
        else:
            if loader is None:
                raise ValueError("register_dialect(name) needs a loader")
            self.dialects.register_loader(dialect, loader)

    def load_plugin(self, spec: str) -> list[Dialect]:
        """Load dialects from a plugin: an importable module name or a path to a `.py`
        file, exposing `DIALECT` (a Dialect) or `DIALECTS` (several). Registers and returns
        them; raises PluginError with the reason when the plugin cannot be used."""
        module = import_plugin_module(spec)
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
        return self.dialects.names()

    def is_registered(self, dialect_name: str) -> bool:
        return dialect_name in self.dialects

    # -- loading -------------------------------------------------------------------------
    def get_dialect(self, name: str) -> Dialect | None:
        """The loaded dialect, loading it on first request; None when unknown; PluginError
        when its plugin cannot be loaded."""
        if self.dialects.is_loaded(name):
            return self.dialects.loaded[name]
        dialect = self.dialects.get(name)
        if dialect is not None:
            self._op_defs.update(dialect.op_by_name)
        return dialect

    def get_op_def(self, op_name: str) -> Any:
        """The op class registered for `op_name`, or None (unknown op or dialect)."""
        op_def = self._op_defs.get(op_name)
        if op_def is not None:
            return op_def
        dialect = self.get_dialect(op_name.partition(".")[0])
        if dialect is None:
            return None
        op_def = dialect.op_by_name.get(op_name)
        if op_def is not None:
            self._op_defs[op_name] = op_def
        return op_def
