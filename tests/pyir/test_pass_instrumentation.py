"""IR printing around passes (MLIR's headers and filters) and pass timing reports."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
import testdialect as t

from pyir.builtin_attributes import StringAttr
from pyir.context import Context
from pyir.core import Block, Operation
from pyir.pass_instrumentation import IRPrinting, PassTiming, Timer, fingerprint
from pyir.pass_manager import PassManager
from pyir.passes import Pass, PassFailure, option


class Touch(Pass):
    """Sets `touched` on each function when `change` is set."""

    name = "touch"
    display_name = "TouchPass"
    anchor = "test.func"
    change: bool = option(False)

    def run_on_operation(self, op: Any) -> None:
        if self.change:
            op.set_attribute("touched", StringAttr("y"))


class Fail(Pass):
    name = "fail"
    display_name = "FailPass"

    def run_on_operation(self, op: Any) -> None:
        raise PassFailure("no")


def render(op: Operation, module_scope: bool) -> str:
    while module_scope and op.parent_op() is not None:
        op = op.parent_op()
    name = op.properties.get("sym_name")
    touched = "+" if "touched" in op.attributes else ""
    return f"<{op.name}{' @' + name.value if name is not None else ''}{touched}>"


@pytest.fixture
def context() -> Context:
    ctx = Context(use_entry_points=False)
    ctx.register_dialect(t.TEST_DIALECT)
    return ctx


def module(*names: str) -> Operation:
    mod = t.ModuleOp.create()
    body = mod.regions[0].add_block(Block())
    for name in names:
        f, fbody = t.op_with_body(t.FuncOp, properties={"sym_name": StringAttr(name)})
        t.ret(fbody)
        body.append(f)
    return mod


def dumps(context: Context, pipeline: list[Pass], op: Operation, **config: Any) -> str:
    stream = io.StringIO()
    pm = PassManager(context, op.name)
    for p in pipeline:
        pm.add_pass(p)
    pm.add_instrumentation(IRPrinting(render, stream, **config))
    pm.run(op)
    return stream.getvalue()


def test_before_and_after_all(context: Context) -> None:
    out = dumps(context, [Touch(change=True)], module("f"), before=True, after=True)
    assert out == (
        "// -----// IR Dump Before TouchPass: touch{change=true} //----- //\n<test.func @f>\n\n"
        "// -----// IR Dump After TouchPass: touch{change=true} //----- //\n<test.func @f+>\n\n"
    )


def test_selection_by_pass_name(context: Context) -> None:
    out = dumps(context, [Touch(), Fail()], module("f"), after={"touch"})
    assert out.count("IR Dump") == 1 and "After TouchPass" in out
    out = dumps(context, [Touch(), Fail()], module("f"), before={"fail"}, after={"fail"})
    assert out == (
        "// -----// IR Dump Before FailPass: fail //----- //\n<test.module>\n\n"
        "// -----// IR Dump After FailPass Failed: fail //----- //\n<test.module>\n\n"
    )


def test_after_only_on_change(context: Context) -> None:
    out = dumps(
        context,
        [Touch(change=False), Touch(change=True)],
        module("f", "g"),
        after=True,
        after_only_on_change=True,
    )
    assert out.count("IR Dump After") == 2
    assert "<test.func @f+>" in out and "<test.func @g+>" in out


def test_after_only_on_failure(context: Context) -> None:
    out = dumps(context, [Touch(), Fail()], module("f"), after_only_on_failure=True)
    assert out == "// -----// IR Dump After FailPass Failed: fail //----- //\n<test.module>\n\n"


def test_module_scope_header_names_the_op(context: Context) -> None:
    out = dumps(context, [Touch()], module("f"), after=True, module_scope=True)
    assert out == (
        "// -----// IR Dump After TouchPass: touch{change=false} ('test.func' operation: @f) "
        "//----- //\n<test.module>\n\n"
    )


def test_fingerprint_changes_with_the_ir() -> None:
    mod = module("f")
    before = fingerprint(mod)
    assert fingerprint(mod) == before
    mod.regions[0].blocks[0].first_op.set_attribute("x", StringAttr("1"))
    assert fingerprint(mod) != before


def test_timing_tree_and_report(context: Context) -> None:
    root = Timer("root")
    root.start()
    pm = PassManager(context, "test.module")
    pm.add_pass(Touch())
    pm.add_pass(Fail())
    pm.add_instrumentation(PassTiming(root))
    pm.run(module("f", "g"))
    root.stop()
    (pipeline, fail) = root.children.values()
    assert pipeline.name == "'test.func' Pipeline"
    assert [c.name for c in pipeline.children.values()] == ["TouchPass"]
    assert fail.name == "FailPass"
    report = root.report()
    lines = report.splitlines()
    assert lines[:6] == [
        "===" + "-" * 73 + "===",
        " " * 25 + "... Execution time report ...",
        "===" + "-" * 73 + "===",
        lines[3],
        "",
        "  ----Wall Time----  ----Name----",
    ]
    assert re.fullmatch(r"  Total Execution Time: \d+\.\d{4} seconds", lines[3])
    names = [line[21:] for line in lines[6:]]
    assert names == ["'test.func' Pipeline", "  TouchPass", "FailPass", "Rest", "Total"]
    assert re.fullmatch(r"  +\d+\.\d{4} \(100\.0%\)  Total", lines[-1])
    assert report.endswith("Total\n")


def test_timing_list_display_merges_by_name() -> None:
    root = Timer("root")
    a = root.child("a", "A")
    a.child("b", "B").elapsed = 2.0
    a.elapsed = 3.0
    root.child("c", "B").elapsed = 1.0
    root.elapsed = 5.0
    lines = root.report("list").splitlines()[6:]
    assert lines == [
        "    3.0000 ( 60.0%)  A",
        "    3.0000 ( 60.0%)  B",
        "    1.0000 ( 20.0%)  Rest",
        "    5.0000 (100.0%)  Total",
    ]
