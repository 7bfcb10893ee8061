"""Tests of pyir.context: lazy dialect loading and dialect plugins."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pyir.context import Context, Dialect, PluginError
from pyir.opdef import OpView

PLUGIN = """
from pyir.context import Dialect
from pyir.opdef import OpView


class NopOp(OpView):
    name = "plg.nop"


DIALECT = Dialect("plg", [NopOp])
"""


def test_builtin_is_always_there_and_others_load_on_first_use() -> None:
    context = Context(use_entry_points=False)
    assert context.get_op_def("builtin.module") is not None
    assert context.get_op_def("nosuch.op") is None

    class ThingOp(OpView):
        name = "lazy.thing"

    calls = []

    def loader() -> Dialect:
        calls.append(1)
        return Dialect("lazy", [ThingOp])

    context.register_dialect("lazy", loader)
    assert calls == [] and "lazy" in context.registered_dialect_names()
    assert context.get_op_def("lazy.thing") is ThingOp
    assert context.get_op_def("lazy.thing") is ThingOp and calls == [1]


def test_entry_points_name_the_in_tree_dialects_without_importing_them() -> None:
    context = Context()
    names = context.registered_dialect_names()
    assert {"arith", "builtin", "func"} <= set(names)
    assert "arith" not in context.loaded


def test_plugin_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "plg_dialect.py"
    path.write_text(PLUGIN)
    context = Context(use_entry_points=False)
    (dialect,) = context.load_plugin(str(path))
    assert dialect.name == "plg"
    assert context.get_op_def("plg.nop") is dialect.op_by_name["plg.nop"]
    # Loading the same file again reuses the module (the op classes stay the same).
    assert context.load_plugin(str(path))[0] is dialect


def test_plugin_from_a_module_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plg_module_dialect.py").write_text(PLUGIN.replace('"plg', '"plgm'))
    monkeypatch.syspath_prepend(str(tmp_path))
    context = Context(use_entry_points=False)
    (dialect,) = context.load_plugin("plg_module_dialect")
    assert dialect.name == "plgm" and context.get_op_def("plgm.nop") is not None
    sys.modules.pop("plg_module_dialect", None)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("VALUE = 1\n", "defines no DIALECT or DIALECTS of pyir dialects"),
        ("DIALECT = 3\n", "defines no DIALECT or DIALECTS of pyir dialects"),
        ("raise RuntimeError('boom')\n", "failed to import: RuntimeError: boom"),
    ],
)
def test_bad_plugins_are_reported(tmp_path: Path, source: str, message: str) -> None:
    path = tmp_path / "bad_plugin.py"
    path.write_text(source)
    with pytest.raises(PluginError, match=message):
        Context(use_entry_points=False).load_plugin(str(path))


def test_missing_plugins_are_reported(tmp_path: Path) -> None:
    context = Context(use_entry_points=False)
    with pytest.raises(PluginError, match="no plugin file"):
        context.load_plugin(str(tmp_path / "absent.py"))
    with pytest.raises(PluginError, match="cannot import 'no_such_plugin_module'"):
        context.load_plugin("no_such_plugin_module")


def test_the_context_owns_one_registry_per_kind_of_extension() -> None:
    context = Context()
    assert context.dialects.group == "pyir.dialects"
    assert context.passes.group == "pyir.passes"
    assert context.interpreters.group == "pyir.interpreters"

    class Canonicalize:
        name = "canonicalize"

    context.passes.register("canonicalize", Canonicalize)
    context.interpreters.register("lazy", {"lazy.thing": lambda: None})
    assert context.passes.get("canonicalize") is Canonicalize
    assert Context().passes.get("canonicalize") is None  # registries are per context


def test_a_broken_dialect_loader_is_a_plugin_error_naming_it() -> None:
    context = Context(use_entry_points=False)
    context.register_dialect("gone", "no_such_module_for_pyir_tests:DIALECT")
    assert context.is_registered("gone") and "gone" not in context.loaded
    message = (
        r"^dialect 'gone' \(loader 'no_such_module_for_pyir_tests:DIALECT'\): cannot import "
        r"module 'no_such_module_for_pyir_tests'"
    )
    with pytest.raises(PluginError, match=message):
        context.get_op_def("gone.op")
    with pytest.raises(PluginError, match=message):  # remembered, not retried
        context.get_dialect("gone")


def test_a_dialect_registered_as_a_value_is_loaded_at_once() -> None:
    class ThingOp(OpView):
        name = "eager.thing"

    context = Context(use_entry_points=False)
    context.register_dialect(Dialect("eager", [ThingOp]))
    assert "eager" in context.loaded and context.get_op_def("eager.thing") is ThingOp
    assert context.registered_dialect_names() == ["builtin", "eager"]


def test_op_defs_of_a_dialect_loaded_through_the_registry_are_found() -> None:
    class ThingOp(OpView):
        name = "direct.thing"

    context = Context(use_entry_points=False)
    context.register_dialect("direct", lambda: Dialect("direct", [ThingOp]))
    assert context.dialects.get("direct") is not None  # loaded without the context's help
    assert context.get_op_def("direct.thing") is ThingOp
    assert context.get_op_def("direct.other") is None
