"""The `inline` pass and the inlining utility (pyir.inliner, pyir.transforms.inline).

Differential tests run iree-opt (the MLIR oracle) and pyir-opt with the same options on
the corpus in tests/passes_interop/inline/ (the default options are covered by
test_pass_interop.py; the files under `no_canonicalize/` need `default-pipeline=` because
pyir's canonicalize does not yet simplify cf branches as MLIR's does) and compare the
generic prints, locations included where asked. Unit tests cover the call graph, the
utility's refusals and the pass options.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pyir.call_interfaces import DialectInlinerInterface, callable_region
from pyir.context import Context
from pyir.core import Operation
from pyir.inliner import inline_call
from pyir.pass_manager import PassManager
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation
from pyir.transforms.inline import CallGraph, InlinerPass

INTEROP = Path(__file__).resolve().parents[1] / "passes_interop"
sys.path.insert(0, str(INTEROP))
import test_symbol_dce_interop as interop  # noqa: E402  (the shared tool runner)

CORPUS = sorted(p.relative_to(INTEROP).as_posix() for p in (INTEROP / "inline").glob("*.mlir"))
NO_CANON = sorted(
    p.relative_to(INTEROP).as_posix() for p in (INTEROP / "inline/no_canonicalize").glob("*.mlir")
)
OPTIONS = (
    "default-pipeline=",
    "inlining-threshold=0",
    "inlining-threshold=50",
    "max-iterations=1",
    "op-pipelines=func.func(cse)",
)


def both(rel: str, *flags: str) -> tuple[str, str]:
    args = ("--allow-unregistered-dialect", *flags, rel)
    return interop.ok_output("pyir", args), interop.ok_output("iree", args)


# -- differential ------------------------------------------------------------------------------
def test_corpora_are_not_empty() -> None:
    assert len(CORPUS) >= 3 and len(NO_CANON) >= 2


@pytest.mark.parametrize("option", OPTIONS)
@pytest.mark.parametrize("rel", CORPUS)
def test_options_match_mlir(rel: str, option: str) -> None:
    pyir, iree = both(rel, f"--inline={option}", "--mlir-print-op-generic")
    assert pyir == iree


@pytest.mark.parametrize("rel", NO_CANON)
def test_multi_block_and_locations_match_mlir(rel: str) -> None:
    flags = ("--inline=default-pipeline=", "--mlir-print-op-generic")
    pyir, iree = both(rel, *flags)
    assert pyir == iree
    pyir, iree = both(rel, *flags, "--mlir-print-debuginfo")
    assert pyir == iree  # both tools read the same relative path
    assert "callsite(" in pyir


def test_pass_pipeline_text_matches_mlir() -> None:
    args = (
        "--inline=op-pipelines=func.func(cse,cse)",
        "--dump-pass-pipeline",
        CORPUS[0],
        "-o",
        "/dev/null",
    )
    pyir, iree = interop.run("pyir", args), interop.run("iree", args)
    assert pyir[0] == iree[0] == 0
    assert pyir[2] == iree[2]  # the dump goes to stderr
    assert "op-pipelines={func.func(cse,cse)}}" in pyir[2]


# -- the call graph ----------------------------------------------------------------------------
def parse(text: str) -> tuple[Operation, Context]:
    context = Context(allow_unregistered_dialects=True)
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    return module, context


CHAIN = """
func.func @a(%x: i32) -> i32 {
  %r = call @b(%x) : (i32) -> i32
  return %r : i32
}
func.func private @b(%x: i32) -> i32 {
  %r = call @c(%x) : (i32) -> i32
  %s = call @ext(%r) : (i32) -> i32
  return %s : i32
}
func.func private @c(%x: i32) -> i32 {
  %r = call @b(%x) : (i32) -> i32
  return %r : i32
}
func.func private @ext(i32) -> i32
"""


def sym(node: Any) -> str:
    return node.op.properties["sym_name"].value


def test_call_graph_sccs_come_callees_first() -> None:
    module, _ = parse(CHAIN)
    cg = CallGraph(module)
    assert len(cg.nodes) == 3  # the declaration has no body
    sccs = [sorted(sym(n) for n in scc if not n.is_external) for scc in cg.sccs()]
    sccs = [s for s in sccs if s]
    assert sccs == [["b", "c"], ["a"]]


def test_unresolved_calls_go_to_the_unknown_node() -> None:
    module, _ = parse(CHAIN)
    cg = CallGraph(module)
    b = next(n for n in cg.nodes.values() if sym(n) == "b")
    targets = [t for _, t in b.edges]
    assert cg.unknown in targets and len(targets) == 2


# -- the utility -------------------------------------------------------------------------------
def first_call(module: Operation) -> Operation:
    return next(op for op in module.walk(post_order=False) if op.name == "func.call")


def callee_op(module: Operation, name: str) -> Operation:
    return next(
        op
        for op in module.walk(post_order=False)
        if op.name == "func.func" and op.properties["sym_name"].value == name
    )


SIMPLE = """
func.func private @f(%a: i32) -> i32 {
  %r = arith.addi %a, %a : i32
  return %r : i32
}
func.func @g(%x: i32) -> i32 {
  %r = call @f(%x) : (i32) -> i32
  %s = arith.muli %r, %r : i32
  return %s : i32
}
"""


def test_inline_call_clones_and_replaces_results() -> None:
    module, _ = parse(SIMPLE)
    call, callee = first_call(module), callee_op(module, "f")
    assert inline_call(call, callee, callable_region(callee), clone=True)
    assert not call.has_uses()
    call.erase()
    text = print_operation(module)
    assert "%0 = arith.addi %arg0, %arg0 : i32\n    %1 = arith.muli %0, %0 : i32" in text
    assert "func.func private @f" in text  # cloned: the callee is still there


def test_inline_call_refuses_type_mismatches_and_leaves_ir_alone() -> None:
    module, _ = parse(
        "func.func private @f(%a: i64) -> i64 {\n  return %a : i64\n}\n"
        "func.func @g(%x: i32) -> i32 {\n"
        '  %r = "func.call"(%x) <{callee = @f}> : (i32) -> i32\n  return %r : i32\n}\n'
    )
    before = print_operation(module)
    call, callee = first_call(module), callee_op(module, "f")
    assert not inline_call(call, callee, callable_region(callee))
    assert print_operation(module) == before


class Refuse(DialectInlinerInterface):
    """Says no to everything (the defaults)."""


def test_a_dialect_can_refuse_inlining(monkeypatch: pytest.MonkeyPatch) -> None:
    from pyir.dialects import arith

    module, context = parse(SIMPLE)
    monkeypatch.setattr(arith.DIALECT, "inliner", Refuse(), raising=False)
    pm = PassManager.from_pipeline(context, "builtin.module(inline{default-pipeline=})")
    assert pm.run(module)
    assert "call @f" in print_operation(module)
    monkeypatch.setattr(arith.DIALECT, "inliner", None, raising=False)
    assert pm.run(module)
    assert "call @f" in print_operation(module)


def test_unregistered_ops_block_inlining() -> None:
    module, context = parse(
        'func.func private @f(%a: i32) -> i32 {\n  %r = "x.y"(%a) : (i32) -> i32\n'
        "  return %r : i32\n}\nfunc.func @g(%x: i32) -> i32 {\n"
        "  %r = call @f(%x) : (i32) -> i32\n  return %r : i32\n}\n"
    )
    call, callee = first_call(module), callee_op(module, "f")
    assert not inline_call(call, callee, callable_region(callee))


# -- options and errors ------------------------------------------------------------------------
def test_options_default_like_mlir() -> None:
    p = InlinerPass()
    assert p.pipeline_text() == (
        "inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }"
    )
    p.set_options("op-pipelines=func.func(cse,canonicalize),foo.bar(cse)")
    assert p.op_pipeline_texts() == {"func.func": "cse,canonicalize", "foo.bar": "cse"}


@pytest.mark.parametrize(
    "options",
    ["default-pipeline=no-such-pass", "op-pipelines=func.func(no-such-pass)", "op-pipelines=x"],
)
def test_bad_pipelines_are_errors_not_tracebacks(options: str) -> None:
    proc = subprocess.run(
        [*interop._pyir_opt(), f"--inline={options}", str(INTEROP / CORPUS[0])],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    assert "error" in proc.stderr and "Traceback" not in proc.stderr


def test_not_a_symbol_table_is_mlirs_error() -> None:
    text = "func.func @f() {\n  return\n}\n"
    args = ("--pass-pipeline=builtin.module(func.func(inline))", "-")
    pyir = interop.run("pyir", args, text)
    iree = interop.run("iree", (*args, "--mlir-print-op-on-diagnostic=false"), text)
    assert pyir[0] == iree[0] == 1
    assert pyir[2].splitlines()[0] == iree[2].splitlines()[0]
    assert "Traceback" not in pyir[2]
