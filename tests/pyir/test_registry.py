"""Tests of pyir.registry: entry-point scanning, lazy loading and validation per kind.

The pass and interpreter registries are exercised with small test objects (pyir has no
pass or interpreter classes yet); fake distributions are `*.dist-info` folders written
into a temporary directory, and plugin modules are files there too.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyir.context import Dialect, DialectRegistry
from pyir.opdef import OpView
from pyir.registry import (
    EntryPoint,
    InterpreterRegistry,
    PassRegistry,
    PluginError,
    Registry,
    installed_entry_points,
    load_object,
    scan_entry_points,
)

PLUGIN_MODULE = '''
"""A module of test extensions; importing it counts in IMPORTS (a list in builtins)."""
import builtins

builtins.REGISTRY_TEST_IMPORTS.append(__name__)


class Canonicalize:
    name = "canonicalize"


class Misnamed:
    name = "something-else"


INTERPRETERS = {"rt.add": lambda a, b: a + b}
WRONG_OP = {"other.add": lambda a, b: a + b}
NOT_CALLABLE = {"rt.add": 3}
NUMBER = 3
'''


@pytest.fixture
def plugin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path holding `rt_plugin.py` and `rt_broken.py`; records imports."""
    import builtins

    (tmp_path / "rt_plugin.py").write_text(PLUGIN_MODULE)
    (tmp_path / "rt_broken.py").write_text("raise RuntimeError('plugin bug')\n")
    (tmp_path / "rt_needs_missing.py").write_text("import rt_not_installed_anywhere\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(builtins, "REGISTRY_TEST_IMPORTS", [], raising=False)
    yield tmp_path
    for name in ("rt_plugin", "rt_broken", "rt_needs_missing"):
        sys.modules.pop(name, None)


def imports() -> list[str]:
    import builtins

    return builtins.REGISTRY_TEST_IMPORTS


def write_dist(folder: Path, dist: str, text: str) -> None:
    info = folder / f"{dist}.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(text)


def entry(name: str, value: str, group: str = "pyir.passes") -> EntryPoint:
    return EntryPoint(name, value, group, "rt_dist-1.0")


# -- scanning --------------------------------------------------------------------------------
def test_scan_reads_pyir_groups_of_every_distribution(tmp_path: Path) -> None:
    write_dist(
        tmp_path,
        "a_dist-1.0",
        "[console_scripts]\ntool = a:main\n\n"
        "[pyir.passes]\n# a comment\ncanonicalize = a.passes:Canonicalize\n"
        "[pyir.dialects]\nalpha = a.dialect:DIALECT [extra]\n",
    )
    write_dist(tmp_path, "b_dist-2.0", "[pyir.passes]\ncanonicalize = b:Other\ncse = b:CSE\n")
    write_dist(tmp_path, "c_dist-1.0", "[console_scripts]\nc = c:main\n")
    (tmp_path / "not_a_dist").mkdir()

    found = scan_entry_points([str(tmp_path), str(tmp_path / "absent")])
    assert set(found) == {"pyir.passes", "pyir.dialects"}
    passes = found["pyir.passes"]
    # The first distribution (in sorted folder order) naming an entry point wins.
    assert passes["canonicalize"] == EntryPoint(
        "canonicalize", "a.passes:Canonicalize", "pyir.passes", "a_dist-1.0"
    )
    assert passes["cse"].distribution == "b_dist-2.0"
    assert found["pyir.dialects"]["alpha"].value == "a.dialect:DIALECT [extra]"


def test_installed_entry_points_include_pyirs_own_dialects() -> None:
    dialects = installed_entry_points("pyir.dialects")
    assert dialects["func"].value == "pyir.dialects.func:DIALECT"
    assert installed_entry_points("pyir.no-such-group") == {}


def test_load_object_follows_module_and_attribute_path(plugin_dir: Path) -> None:
    assert load_object("rt_plugin:Canonicalize.name") == "canonicalize"
    assert load_object("rt_plugin").NUMBER == 3
    with pytest.raises(PluginError, match="'rt_plugin:' is not of the form 'module:attribute'"):
        load_object("rt_plugin:")


# -- laziness --------------------------------------------------------------------------------
def test_names_import_nothing_and_get_imports_once(plugin_dir: Path) -> None:
    registry = PassRegistry(
        entry_points={"canonicalize": entry("canonicalize", "rt_plugin:Canonicalize")}
    )
    assert registry.names() == ["canonicalize"]
    assert "canonicalize" in registry and "cse" not in registry
    assert imports() == []
    first = registry.get("canonicalize")
    assert first is not None and first.__name__ == "Canonicalize"
    assert registry.get("canonicalize") is first
    assert imports() == ["rt_plugin"]
    assert registry.get("cse") is None
    assert dict(registry.loaded) == {"canonicalize": first}


def test_a_failure_is_remembered_and_the_plugin_runs_once(plugin_dir: Path) -> None:
    calls = []

    def loader() -> object:
        calls.append(1)
        raise ValueError("bad config")

    registry = PassRegistry(use_entry_points=False)
    registry.register_loader("p", loader)
    for _ in range(2):
        with pytest.raises(
            PluginError, match=r"pass 'p' \(loader .*loader\): failed: ValueError: bad config"
        ):
            registry.get("p")
    assert calls == [1]


def test_code_registration_wins_over_entry_points(plugin_dir: Path) -> None:
    class Canonicalize:
        name = "canonicalize"

    registry = PassRegistry(entry_points={"canonicalize": entry("canonicalize", "rt_broken:X")})
    registry.register("canonicalize", Canonicalize)
    assert registry.get("canonicalize") is Canonicalize
    registry.register_loader("canonicalize", "rt_plugin:Canonicalize")
    assert registry.get("canonicalize") is not Canonicalize  # the new loader, run on request
    assert imports() == ["rt_plugin"]


def test_use_entry_points_false_ignores_installed_ones() -> None:
    registry = DialectRegistry(use_entry_points=False)
    assert registry.names() == ["builtin"]
    assert registry.get("func") is None


def test_a_generic_registry_accepts_whatever_its_loader_returns() -> None:
    registry: Registry[object] = Registry()
    registry.register_loader("x", lambda: 42)
    assert registry.get("x") == 42 and registry.names() == ["x"]
    with pytest.raises(TypeError, match="a loader is"):
        registry.register_loader("y", 3)  # type: ignore[arg-type]


def test_require_names_the_known_extensions() -> None:
    registry = InterpreterRegistry(use_entry_points=False)
    registry.register("rt", {})
    with pytest.raises(PluginError, match=r"no interpreter named 'nope' \(known: rt\)"):
        registry.require("nope")
    assert registry.require("rt") == {}


# -- errors name the entry point and the problem ---------------------------------------------
EP = "entry point 'p = {value}' in group 'pyir.passes' of rt_dist-1.0"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("rt_absent_module:X", "cannot import module 'rt_absent_module': No module named"),
        ("rt_broken:X", "module 'rt_broken' failed to import: RuntimeError: plugin bug"),
        (
            "rt_needs_missing:X",
            "module 'rt_needs_missing' failed to import: ModuleNotFoundError: "
            "No module named 'rt_not_installed_anywhere'",
        ),
        ("rt_plugin:Absent", "module 'rt_plugin' has no attribute 'Absent'"),
        ("rt_plugin:NUMBER", "expected a pass class, got int"),
        ("rt_plugin:Misnamed", "pass class Misnamed is named 'something-else', not 'p'"),
    ],
)
def test_pass_plugin_errors(plugin_dir: Path, value: str, problem: str) -> None:
    registry = PassRegistry(entry_points={"p": entry("p", value)})
    with pytest.raises(PluginError) as info:
        registry.get("p")
    message = str(info.value)
    assert message.startswith(f"pass 'p' ({EP.format(value=value)}): "), message
    assert problem in message
    assert (info.value.name, info.value.kind) == ("p", "pass")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("rt_plugin:NUMBER", "expected a mapping from op names to functions, got int"),
        ("rt_plugin:WRONG_OP", "'other.add' is not an op of dialect 'rt'"),
        ("rt_plugin:NOT_CALLABLE", "the implementation of 'rt.add' is not callable"),
    ],
)
def test_interpreter_plugin_errors(plugin_dir: Path, value: str, problem: str) -> None:
    ep = EntryPoint("rt", value, "pyir.interpreters", "rt_dist-1.0")
    with pytest.raises(PluginError, match="^interpreter 'rt' \\(entry point 'rt = ") as info:
        InterpreterRegistry(entry_points={"rt": ep}).get("rt")
    assert str(info.value).endswith(problem)


def test_interpreter_implementations_load_read_only(plugin_dir: Path) -> None:
    ep = EntryPoint("rt", "rt_plugin:INTERPRETERS", "pyir.interpreters", "rt_dist-1.0")
    impls = InterpreterRegistry(entry_points={"rt": ep}).get("rt")
    assert impls is not None and impls["rt.add"](2, 3) == 5
    with pytest.raises(TypeError):
        impls["rt.sub"] = lambda a, b: a - b  # type: ignore[index]


def test_objects_registered_in_code_are_validated_at_once() -> None:
    with pytest.raises(
        PluginError, match=r"^pass 'p' \(object registered in code \(int\)\): expected a pass"
    ):
        PassRegistry().register("p", 3)


# -- dialects --------------------------------------------------------------------------------
class _RtOp(OpView):
    name = "rt.op"


RT_DIALECT = Dialect("rt", [_RtOp])


def _make_rt() -> Dialect:
    return RT_DIALECT


def _failing_factory() -> Dialect:
    raise KeyError("no config")


def _dialect_entry(value: str, name: str = "rt") -> dict[str, EntryPoint]:
    return {name: EntryPoint(name, value, "pyir.dialects", "rt_dist-1.0")}


@pytest.mark.parametrize("attr", ["RT_DIALECT", "_make_rt"])
def test_dialect_entry_points_name_a_dialect_or_a_factory(attr: str) -> None:
    registry = DialectRegistry(entry_points=_dialect_entry(f"{__name__}:{attr}"))
    assert registry.names() == ["builtin", "rt"]
    assert registry.get("rt") is RT_DIALECT


@pytest.mark.parametrize(
    ("attr", "name", "problem"),
    [
        ("RT_DIALECT", "other", "the dialect it provides is named 'rt'"),
        ("_RtOp", "rt", "expected a pyir Dialect, got class _RtOp"),
        ("_failing_factory", "rt", "failed: KeyError: 'no config'"),
    ],
)
def test_bad_dialect_entry_points(attr: str, name: str, problem: str) -> None:
    registry = DialectRegistry(entry_points=_dialect_entry(f"{__name__}:{attr}", name))
    with pytest.raises(PluginError) as info:
        registry.get(name)
    assert str(info.value) == (
        f"dialect '{name}' (entry point '{name} = {__name__}:{attr}' in group "
        f"'pyir.dialects' of rt_dist-1.0): {problem}"
    )
