"""Extension registries: a name maps to a loader, a loader to a validated object.

Dialects, passes and interpreter implementations reach pyir the same way. Each kind of
extension has one registry class (a subclass of `Registry`) that names its entry-point group
and validates what a loader returns:

| kind | registry | entry-point group | an entry point names |
| --- | --- | --- | --- |
| dialect | `pyir.context.DialectRegistry` | `pyir.dialects` | a `Dialect` (or a function making one) |
| pass | `PassRegistry` | `pyir.passes` | a pass class whose `name` is the entry point's name |
| interpreter | `InterpreterRegistry` | `pyir.interpreters` | op name -> implementation function, for one dialect |

An installed package declares `name = "module:attribute"` in the group; code may also
register objects or loaders by hand. What stays lazy:
- the entry points of the installed distributions are read once per process, for every
  pyir group at once, straight from their `entry_points.txt` files (importlib.metadata
  would add ~30 ms to a tool's start-up);
- a module is imported only when its object is first asked for by name (`Registry.get`);
  the object, or the PluginError it caused, is remembered, so plugin code runs at most once
  per registry;
- names only select among registered loaders: nothing a registry is asked for (a dialect
  prefix in IR text, a pass name on a command line) is ever used as a module to import.

Data layout: `_INSTALLED` maps group -> name -> EntryPoint (None until the first scan); a
registry keeps `_loaders` (name -> Loader registered in code, winning over entry points),
`_loaded` (name -> validated object) and `_failed` (name -> the PluginError to raise again).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

T = TypeVar("T")

#: The prefix of the entry-point groups pyir reads; other groups are skipped while scanning.
GROUP_PREFIX = "pyir."


class PluginError(Exception):
    """An extension could not be loaded. The message names where it came from (entry point,
    loader or file) and what went wrong; `name` and `kind` say what was asked for (empty for
    a plugin file loaded by path)."""

    def __init__(self, message: str, name: str = "", kind: str = "") -> None:
        super().__init__(message)
        self.name = name
        self.kind = kind


class EntryPoint:
    """One `name = module:attribute` line of a distribution's entry_points.txt.

    `value` is kept as written; `distribution` is the distribution's folder name without its
    suffix (`pyir_toy-0.1.0`), which error messages quote.
    """

    __slots__ = ("name", "value", "group", "distribution")

    def __init__(self, name: str, value: str, group: str, distribution: str = "") -> None:
        self.name = name
        self.value = value
        self.group = group
        self.distribution = distribution

    def describe(self) -> str:
        where = f" of {self.distribution}" if self.distribution else ""
        return f"entry point '{self.name} = {self.value}' in group '{self.group}'{where}"

    def __repr__(self) -> str:
        return f"<EntryPoint {self.describe()}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EntryPoint) and (
            (self.name, self.value, self.group, self.distribution)
            == (other.name, other.value, other.group, other.distribution)
        )

    def __hash__(self) -> int:
        return hash((self.name, self.value, self.group))


#: What a registry accepts as a loader: a `"module:attribute"` string, an installed entry
#: point, or a function without arguments returning the object.
Loader = str | EntryPoint | Callable[[], Any]


# -- entry points ---------------------------------------------------------------------------
def scan_entry_points(paths: Iterable[str]) -> dict[str, dict[str, EntryPoint]]:
    """The pyir entry points (`pyir.*` groups) of the distributions found in `paths`:
    group -> name -> EntryPoint. As in importlib.metadata, the first distribution on the
    path that declares a name wins."""
    found: dict[str, dict[str, EntryPoint]] = {}
    for folder in paths:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue  # a missing folder or a zip file: no dist-info folders to read
        for name in names:
            if name.endswith(".dist-info"):
                dist = name[: -len(".dist-info")]
            elif name.endswith(".egg-info"):
                dist = name[: -len(".egg-info")]
            else:
                continue
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as f:
                    text = f.read()
            except (OSError, UnicodeDecodeError):
                continue
            if "[" + GROUP_PREFIX in text:
                _parse_entry_points(text, dist, found)
    return found


def _parse_entry_points(text: str, dist: str, found: dict[str, dict[str, EntryPoint]]) -> None:
    group: dict[str, EntryPoint] | None = None
    group_name = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            group_name = line[1:-1].strip()
            group = (
                found.setdefault(group_name, {}) if group_name.startswith(GROUP_PREFIX) else None
            )
        elif group is not None and "=" in line:
            key, _, value = line.partition("=")
            key = key.strip()
            if key and key not in group:
                group[key] = EntryPoint(key, value.strip(), group_name, dist)


_INSTALLED: dict[str, dict[str, EntryPoint]] | None = None


def installed_entry_points(group: str) -> Mapping[str, EntryPoint]:
    """The entry points of `group` declared by the distributions on sys.path; sys.path is
    scanned once per process (for all groups), on the first call."""
    global _INSTALLED
    if _INSTALLED is None:
        _INSTALLED = scan_entry_points(sys.path)
    return _INSTALLED.get(group, {})


def forget_installed_entry_points() -> None:
    """Scan sys.path again on the next request (after installing a package at run time)."""
    global _INSTALLED
    _INSTALLED = None


# -- loading --------------------------------------------------------------------------------
def _import_module(module_name: str) -> Any:
    try:
        return importlib.import_module(module_name)
    except ImportError as err:
        if err.name is not None and (module_name + ".").startswith(err.name + "."):
            raise PluginError(f"cannot import module '{module_name}': {err}") from err
        raise PluginError(
            f"module '{module_name}' failed to import: {type(err).__name__}: {err}"
        ) from err
    except Exception as err:  # the plugin's own code raised while importing
        raise PluginError(
            f"module '{module_name}' failed to import: {type(err).__name__}: {err}"
        ) from err


def load_object(reference: str) -> Any:
    """The object `"package.module:attr.sub"` names (`[extras]` ignored); PluginError
    saying which part is missing."""
    reference = reference.partition("[")[0].strip()
    module_name, colon, attr_path = (part.strip() for part in reference.partition(":"))
    if not module_name or (colon and not attr_path):
        raise PluginError(f"'{reference}' is not of the form 'module:attribute'")
    value = _import_module(module_name)
    if not colon:
        return value
    for attr in attr_path.split("."):
        try:
            value = getattr(value, attr)
        except AttributeError:
            raise PluginError(f"module '{module_name}' has no attribute '{attr_path}'") from None
    return value


def describe_loader(loader: Loader) -> str:
    if isinstance(loader, EntryPoint):
        return loader.describe()
    if isinstance(loader, str):
        return f"loader '{loader}'"
    return f"loader {getattr(loader, '__qualname__', None) or repr(loader)}"


def _run_loader(loader: Loader) -> Any:
    if isinstance(loader, EntryPoint):
        return load_object(loader.value)
    if isinstance(loader, str):
        return load_object(loader)
    try:
        return loader()
    except PluginError:
        raise
    except Exception as err:
        raise PluginError(f"failed: {type(err).__name__}: {err}") from err


def type_name(value: Any) -> str:
    """How error messages name what a plugin provided: `int`, `class Foo`, ..."""
    if isinstance(value, type):
        return f"class {value.__qualname__}"
    return type(value).__qualname__


# -- registries -----------------------------------------------------------------------------
class Registry(Generic[T]):
    """Names -> loaders -> validated objects, for one kind of extension.

    Subclasses set `kind` (for messages), `group` (the entry-point group, or None) and
    override `validate`. Invariants: a name has at most one loader here (a loader registered
    in code replaces the entry point of that name); `get(name)` runs a loader at most once,
    after which it returns the same object, or raises the same PluginError, every time.
    """

    kind: ClassVar[str] = "extension"
    group: ClassVar[str | None] = None

    def __init__(
        self,
        use_entry_points: bool = True,
        entry_points: Mapping[str, EntryPoint] | None = None,
    ) -> None:
        """`entry_points` replaces the installed ones (tests); `use_entry_points=False`
        ignores both, leaving only what is registered in code."""
        self._use_entry_points = use_entry_points
        self._entry_points = entry_points
        self._loaders: dict[str, Loader] = {}
        self._loaded: dict[str, T] = {}
        self._failed: dict[str, PluginError] = {}

    # -- what a subclass provides ------------------------------------------------------------
    def validate(self, name: str, value: Any) -> T:
        """The object to register under `name`, made from what the loader returned; raises
        PluginError saying what is wrong (the registry adds where the object came from)."""
        return value

    # -- registration ------------------------------------------------------------------------
    def register(self, name: str, value: Any) -> T:
        """Register an object now: it is validated at once (PluginError if it is wrong)."""
        obj = self._validated(name, value, f"object registered in code ({type_name(value)})")
        self._loaders[name] = lambda: obj
        self._failed.pop(name, None)
        self._loaded[name] = obj
        return obj

    def register_loader(self, name: str, loader: Loader) -> None:
        """Register a loader, run on the first `get(name)`."""
        if not isinstance(loader, str | EntryPoint) and not callable(loader):
            raise TypeError(f"a loader is a 'module:attribute' string or a callable: {loader!r}")
        self._loaders[name] = loader
        self._loaded.pop(name, None)
        self._failed.pop(name, None)

    # -- queries (never import anything) ------------------------------------------------------
    def entry_points(self) -> Mapping[str, EntryPoint]:
        if not self._use_entry_points or self.group is None:
            return {}
        if self._entry_points is not None:
            return self._entry_points
        return installed_entry_points(self.group)

    def loader_for(self, name: str) -> Loader | None:
        loader = self._loaders.get(name)
        if loader is None:
            loader = self.entry_points().get(name)
        return loader

    def names(self) -> list[str]:
        """Every registered name, sorted; imports nothing."""
        return sorted({*self._loaders, *self.entry_points()})

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.loader_for(name) is not None

    def is_loaded(self, name: str) -> bool:
        return name in self._loaded

    @property
    def loaded(self) -> Mapping[str, T]:
        """The objects loaded so far, by name."""
        return self._loaded

    # -- loading -----------------------------------------------------------------------------
    def get(self, name: str) -> T | None:
        """The object registered as `name`, loaded on first request; None when no loader has
        that name; PluginError when its loader fails or gives a wrong object."""
        obj = self._loaded.get(name)
        if obj is not None:
            return obj
        failed = self._failed.get(name)
        if failed is not None:
            raise failed
        loader = self.loader_for(name)
        if loader is None:
            return None
        source = describe_loader(loader)
        try:
            try:
                value = _run_loader(loader)
            except PluginError as err:
                raise self._error(name, source, str(err)) from err.__cause__
            obj = self._validated(name, value, source)
        except PluginError as err:
            self._failed[name] = err
            raise
        self._loaded[name] = obj
        return obj

    def require(self, name: str) -> T:
        """Like `get`, but an unknown name is a PluginError listing the known ones."""
        obj = self.get(name)
        if obj is None:
            known = ", ".join(self.names()) or "none"
            raise PluginError(f"no {self.kind} named '{name}' (known: {known})", name, self.kind)
        return obj

    def _validated(self, name: str, value: Any, source: str) -> T:
        try:
            return self.validate(name, value)
        except PluginError as err:
            raise self._error(name, source, str(err)) from None
        except Exception as err:  # plugin code run by validate (a factory) failed
            raise self._error(name, source, f"failed: {type(err).__name__}: {err}") from err

    def _error(self, name: str, source: str, problem: str) -> PluginError:
        return PluginError(f"{self.kind} '{name}' ({source}): {problem}", name, self.kind)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {len(self._loaded)} of {len(self.names())} loaded>"


class PassRegistry(Registry[type]):
    """Passes by name (`pyir.passes` entry points). A pass is a class whose `name` is the
    name it is registered under (its typed fields will be its options).

    Until pyir's pass base class exists this checks that shape only; the pass manager
    tightens it by overriding `validate` (an `issubclass` check).
    """

    kind = "pass"
    group = "pyir.passes"

    def validate(self, name: str, value: Any) -> type:
        if not isinstance(value, type):
            raise PluginError(f"expected a pass class, got {type_name(value)}")
        declared = getattr(value, "name", None)
        if declared != name:
            raise PluginError(
                f"pass class {value.__qualname__} is named {declared!r}, not '{name}'"
            )
        return value


class InterpreterRegistry(Registry[Mapping[str, Callable[..., Any]]]):
    """Interpreter implementations by dialect name (`pyir.interpreters` entry points): a
    mapping from the dialect's op names to the function that interprets each op.

    The value is copied into a read-only mapping; keys must be op names of that dialect
    (`"<dialect>.<op>"`), values callables.
    """

    kind = "interpreter"
    group = "pyir.interpreters"

    def validate(self, name: str, value: Any) -> Mapping[str, Callable[..., Any]]:
        from types import MappingProxyType

        if not isinstance(value, Mapping):
            raise PluginError(
                f"expected a mapping from op names to functions, got {type_name(value)}"
            )
        prefix = name + "."
        for op_name, fn in value.items():
            if not isinstance(op_name, str) or not op_name.startswith(prefix):
                raise PluginError(f"{op_name!r} is not an op of dialect '{name}'")
            if not callable(fn):
                raise PluginError(f"the implementation of '{op_name}' is not callable")
        return MappingProxyType(dict(value))


# -- plugin modules named on a command line -------------------------------------------------
def import_plugin_module(spec: str) -> Any:
    """The module a command-line plugin spec names: a path to a `.py` file or an importable
    module name. A file is imported once per path (again on later calls it is reused)."""
    if spec.endswith(".py") or os.sep in spec:
        return _import_file(spec)
    try:
        return importlib.import_module(spec)
    except ImportError as err:
        raise PluginError(f"cannot import '{spec}': {err}") from err
    except Exception as err:
        raise PluginError(f"'{spec}' failed to import: {type(err).__name__}: {err}") from err


def _import_file(spec: str) -> Any:
    if not os.path.isfile(spec):
        raise PluginError(f"no plugin file '{spec}'")
    from importlib import util as import_util

    path = os.path.abspath(spec)
    name = "pyir_plugin_" + os.path.splitext(os.path.basename(spec))[0]
    loaded = sys.modules.get(name)
    if loaded is not None and getattr(loaded, "__file__", None) == path:
        return loaded
    module_spec = import_util.spec_from_file_location(name, path)
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
