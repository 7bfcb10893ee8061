"""Pass managers: nesting, merging, running, failures, verification, registry; on the
`test` dialect (test.module holds test.func symbols)."""

from __future__ import annotations

from typing import Any

import pytest
import testdialect as t

from pyir.builtin_attributes import StringAttr
from pyir.context import Context
from pyir.core import Block, Operation
from pyir.location import FileLineColLoc
from pyir.pass_manager import (
    NestedPipelines,
    OpPassManager,
    PassInstrumentation,
    PassManager,
    PassManagerError,
    lookup_pass,
    pass_registry,
)
from pyir.passes import Pass, PassFailure, option
from pyir.registry import EntryPoint, PassRegistry, PluginError

LOG: list[tuple[str, str]] = []


def sym(op: Operation) -> str:
    value = op.properties.get("sym_name")
    return value.value if value is not None else op.name


class Record(Pass):
    """Logs (tag, symbol) for each function it runs on."""

    name = "record"
    anchor = "test.func"
    tag: str = option("r")

    def run_on_operation(self, op: Any) -> None:
        LOG.append((self.tag, sym(op)))
        self.mark_all_preserved()


class RecordAny(Pass):
    name = "record-any"
    tag: str = option("any")

    def run_on_operation(self, op: Any) -> None:
        LOG.append((self.tag, sym(op)))
        self.mark_all_preserved()


class FailOnMarked(Pass):
    """Fails on functions with a `fail` attribute; `silent` fails without a message."""

    name = "fail-on-marked"
    anchor = "test.func"
    silent: bool = option(False)

    def run_on_operation(self, op: Any) -> None:
        LOG.append(("fail?", sym(op)))
        if "fail" in op.attributes:
            if self.silent:
                self.signal_pass_failure()
                return
            raise PassFailure("was marked to fail")


class Crash(Pass):
    name = "crash"

    def run_on_operation(self, op: Any) -> None:
        raise KeyError("oops")


class BreakIR(Pass):
    """Erases each function's terminator (invalid IR) unless `preserve` lies about it."""

    name = "break-ir"
    anchor = "test.func"
    preserve: bool = option(False)

    def run_on_operation(self, op: Any) -> None:
        op.regions[0].blocks[0].last_op.erase()
        if self.preserve:
            self.mark_all_preserved()


class TablesOnly(Pass):
    name = "tables-only"

    @classmethod
    def can_schedule_on(cls, op_def: Any) -> bool:
        from pyir.traits import SymbolTable

        return SymbolTable in op_def.traits_set


@pytest.fixture(autouse=True)
def _clear_log() -> None:
    LOG.clear()


@pytest.fixture
def context() -> Context:
    ctx = Context(use_entry_points=False)
    ctx.register_dialect(t.TEST_DIALECT)
    return ctx


def loc(line: int) -> FileLineColLoc:
    return FileLineColLoc("m.mlir", line, 1)


def module(*funcs: str, marked: tuple[str, ...] = ()) -> Operation:
    """`test.module { test.func @f {test.ret} ... }` (line n+1 for the n-th function)."""
    mod = t.ModuleOp.create(location=loc(1))
    body = mod.regions[0].add_block(Block())
    for i, name in enumerate(funcs):
        attrs = {"fail": StringAttr("yes")} if name in marked else None
        f, fbody = t.op_with_body(
            t.FuncOp,
            properties={"sym_name": StringAttr(name)},
            attributes=attrs,
            location=loc(i + 2),
        )
        t.ret(fbody)
        body.append(f)
    return mod


def messages(context: Context) -> list[str]:
    return [d.message for d in context.diagnostics.collected]


# -- building ----------------------------------------------------------------------------------
def test_implicit_nesting_and_merging_of_adjacent_adaptors(context: Context) -> None:
    pm = PassManager(context, "test.module")
    pm.add_pass(Record(tag="a"))
    pm.add_pass(Record(tag="b"))
    pm.add_pass(RecordAny(tag="top"))
    pm.add_pass(Record(tag="c"))
    # As MLIR shows it before running: one adaptor per implicitly nested pass.
    assert pm.pipeline_text() == (
        "test.module(test.func(record{tag=a}),test.func(record{tag=b}),"
        "record-any{tag=top},test.func(record{tag=c}))"
    )
    assert pm.run(module("f", "g"))
    # Adjacent adaptors merged: a then b on f, then on g; the top-level pass; then c.
    assert LOG == [
        ("a", "f"),
        ("b", "f"),
        ("a", "g"),
        ("b", "g"),
        ("top", "test.module"),
        ("c", "f"),
        ("c", "g"),
    ]
    assert pm.pipeline_text() == (
        "test.module(test.func(record{tag=a},record{tag=b}),record-any{tag=top},"
        "test.func(record{tag=c}))"
    )


def test_any_managers_are_not_merged_and_run_on_isolated_ops_only(context: Context) -> None:
    mod = module("f")
    region_op, rbody = t.op_with_body(t.RegionOp)
    t.ret(rbody)
    mod.regions[0].blocks[0].append(region_op)
    pm = PassManager(context, "test.module", nesting="explicit")
    pm.nest_any().add_pass(RecordAny(tag="x"))
    pm.nest_any().add_pass(RecordAny(tag="y"))
    assert pm.run(mod)
    assert LOG == [("x", "f"), ("y", "f")]  # test.region is not isolated: skipped
    assert len(pm.passes) == 2


def test_explicit_nesting_error_names_the_pass(context: Context) -> None:
    pm = OpPassManager("test.module", nesting="explicit")
    with pytest.raises(PassManagerError, match="Can't add pass 'Record' restricted to 'test.func'"):
        pm.add_pass(Record())
    with pytest.raises(TypeError):
        pm.add_pass("record")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        OpPassManager("x", nesting="sideways")


def test_walk_passes_and_pretty_text(context: Context) -> None:
    pm = PassManager(context, "test.module", nesting="explicit")
    pm.nest("test.func").add_pass(Record())
    pm.add_pass(RecordAny())
    assert [p.name for p in pm.walk_passes()] == ["record", "record-any"]
    assert isinstance(pm.passes[0], NestedPipelines)
    assert pm.pretty_text() == (
        "test.module(\n  test.func(\n    record{tag=r}\n  ),\n  record-any{tag=any}\n)"
    )


# -- running -----------------------------------------------------------------------------------
def test_failure_runs_siblings_then_stops_the_pipeline(context: Context) -> None:
    pm = PassManager(context, "test.module")
    pm.add_pass(FailOnMarked())
    pm.add_pass(Record(tag="later-in-func"))
    pm.add_pass(RecordAny(tag="after"))
    assert not pm.run(module("f", "bad", "g", marked=("bad",)))
    # Every function ran the first pass; `bad` did not run the second; nothing ran after.
    assert LOG == [
        ("fail?", "f"),
        ("later-in-func", "f"),
        ("fail?", "bad"),
        ("fail?", "g"),
        ("later-in-func", "g"),
    ]
    (diag,) = context.diagnostics.collected
    assert diag.message == "'test.func' op was marked to fail"
    assert diag.location == loc(3)


def test_silent_failure_still_reports_a_located_error(context: Context) -> None:
    pm = PassManager(context, "test.module")
    pm.add_pass(FailOnMarked(silent=True))
    assert not pm.run(module("bad", marked=("bad",)))
    (diag,) = context.diagnostics.collected
    assert (diag.message, diag.location) == ("pass 'fail-on-marked' failed", loc(2))


def test_exception_in_a_pass_is_a_located_error(context: Context) -> None:
    pm = PassManager(context, "test.module")
    pm.add_pass(Crash())
    assert not pm.run(module("f"))
    assert messages(context) == ["internal error in pass 'crash': KeyError: 'oops'"]
    strict = PassManager(context, "test.module", catch_errors=False)
    strict.add_pass(Crash())
    with pytest.raises(KeyError):
        strict.run(module("f"))


def test_verify_each_catches_broken_ir(context: Context) -> None:
    pm = PassManager(context, "test.module")
    pm.add_pass(BreakIR())
    assert not pm.run(module("f"))
    assert messages(context) == ["empty block: expect at least a terminator"]


def test_without_verify_each_or_when_preserved_no_verification(context: Context) -> None:
    pm = PassManager(context, "test.module", verify_each=False)
    pm.add_pass(BreakIR())
    assert pm.run(module("f"))
    preserved = PassManager(context, "test.module")
    preserved.add_pass(BreakIR(preserve=True))
    assert preserved.run(module("f"))
    assert messages(context) == []


def test_wrong_top_level_op_is_an_error(context: Context) -> None:
    pm = PassManager(context, "builtin.module")
    assert not pm.run(module("f"))
    assert messages(context) == ["can't run 'builtin.module' pass manager on 'test.module' op"]


def test_nested_manager_on_unregistered_or_non_isolated_ops(context: Context) -> None:
    mod = module()
    body = mod.regions[0].blocks[0]
    body.append(Operation("foo.bar", regions=1, location=loc(5)))
    region_op, rbody = t.op_with_body(t.RegionOp, location=loc(6))
    t.ret(rbody)
    body.append(region_op)
    pm = PassManager(context, "test.module", nesting="explicit")
    pm.nest("foo.bar").add_pass(RecordAny())
    pm.nest("test.region").add_pass(RecordAny())
    assert not pm.run(mod)
    assert messages(context) == [
        "'foo.bar' op trying to schedule a pass on an unregistered operation",
        "'test.region' op trying to schedule a pass on an operation not marked as "
        "'IsolatedFromAbove'",
    ]
    assert LOG == []


def test_pass_that_cannot_schedule_on_the_anchor(context: Context) -> None:
    pm = PassManager(context, "test.module", nesting="explicit")
    pm.nest("test.func").add_pass(TablesOnly())
    with pytest.raises(
        PassManagerError,
        match=r"unable to schedule pass 'TablesOnly' on a PassManager intended to run on "
        r"'test.func'!",
    ):
        pm.run(module("f"))
    top_any = PassManager(context, "any")
    top_any.add_pass(TablesOnly())
    f = module("f").regions[0].blocks[0].first_op
    assert not top_any.run(f)
    assert messages(context) == [
        "'test.func' op trying to schedule pass 'TablesOnly' on an unsupported operation"
    ]


def test_unknown_dependent_dialect(context: Context) -> None:
    class NeedsDialect(Pass):
        name = "needs-dialect"
        dependent_dialects = ("nosuchdialect",)

        def run_on_operation(self, op: Any) -> None:
            pass

    pm = PassManager(context, "test.module")
    pm.add_pass(NeedsDialect())
    with pytest.raises(PassManagerError, match="depends on dialect 'nosuchdialect'"):
        pm.run(module())


def test_from_pipeline_and_add_pipeline(context: Context) -> None:
    context.passes.register("record", Record)
    context.passes.register("record-any", RecordAny)
    pm = PassManager.from_pipeline(context, "test.module(test.func(record{tag=p}),record-any)")
    assert pm.nesting == "explicit" and pm.anchor == "test.module"
    pm.add_pipeline("record-any{tag=q}")
    pm.add_pipeline("test.module(test.func(record{tag=z}))")
    assert pm.run(module("f"))
    assert LOG == [("p", "f"), ("any", "test.module"), ("q", "test.module"), ("z", "f")]


class Hooks(PassInstrumentation):
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def run_before_pipeline(self, anchor: str, op: Any) -> None:
        LOG.append((f"{self.tag}:before-pipeline:{anchor}", sym(op)))

    def run_after_pipeline(self, anchor: str, op: Any) -> None:
        LOG.append((f"{self.tag}:after-pipeline:{anchor}", sym(op)))

    def run_before_pass(self, pass_: Any, op: Any) -> None:
        LOG.append((f"{self.tag}:before:{pass_.display_name}", sym(op)))

    def run_after_pass(self, pass_: Any, op: Any) -> None:
        LOG.append((f"{self.tag}:after:{pass_.display_name}", sym(op)))

    def run_after_pass_failed(self, pass_: Any, op: Any) -> None:
        LOG.append((f"{self.tag}:failed:{pass_.display_name}", sym(op)))


def test_instrumentation_hooks_and_order(context: Context) -> None:
    pm = PassManager(context, "test.module")
    pm.add_instrumentation(Hooks("1"))
    pm.add_instrumentation(Hooks("2"))
    pm.add_pass(FailOnMarked())
    assert not pm.run(module("bad", marked=("bad",)))
    assert LOG == [
        ("1:before:Pipeline Collection", "test.module"),
        ("2:before:Pipeline Collection", "test.module"),
        ("1:before-pipeline:test.func", "bad"),
        ("2:before-pipeline:test.func", "bad"),
        ("1:before:FailOnMarked", "bad"),
        ("2:before:FailOnMarked", "bad"),
        ("fail?", "bad"),
        ("2:failed:FailOnMarked", "bad"),
        ("1:failed:FailOnMarked", "bad"),
        ("2:after-pipeline:test.func", "bad"),
        ("1:after-pipeline:test.func", "bad"),
        ("2:failed:Pipeline Collection", "test.module"),
        ("1:failed:Pipeline Collection", "test.module"),
    ]


# -- registry ----------------------------------------------------------------------------------
def test_in_tree_passes_are_registered_lazily(context: Context) -> None:
    registry = pass_registry(context)
    assert "symbol-dce" in registry.names()
    assert not registry.is_loaded("symbol-dce")
    cls = lookup_pass(context, "symbol-dce")
    assert cls is not None and cls.name == "symbol-dce" and cls.display_name == "SymbolDCEPass"


def test_code_registration_wins_over_in_tree(context: Context) -> None:
    class Fake(Pass):
        name = "symbol-dce"

    context.passes.register("symbol-dce", Fake)
    assert lookup_pass(context, "symbol-dce") is Fake


def test_entry_point_passes(context: Context) -> None:
    group = "pyir.passes"
    context.passes = PassRegistry(
        entry_points={
            "record": EntryPoint("record", "test_pass_manager:Record", group, "dist-1.0"),
            "wrong": EntryPoint("wrong", "test_pass_manager:LOG", group, "dist-1.0"),
            "symbol-dce": EntryPoint("symbol-dce", "test_pass_manager:Record", group),
        }
    )
    assert lookup_pass(context, "record") is Record
    with pytest.raises(PluginError, match="expected a pass class, got list"):
        lookup_pass(context, "wrong")
    # The in-tree pass wins over an entry point of the same name.
    assert lookup_pass(context, "symbol-dce").__name__ == "SymbolDCEPass"


def test_registered_class_that_is_not_a_pass(context: Context) -> None:
    class NotAPass:
        name = "not-a-pass"

    context.passes.register("not-a-pass", NotAPass)
    with pytest.raises(PluginError, match="is not a subclass of pyir.passes.Pass"):
        lookup_pass(context, "not-a-pass")
