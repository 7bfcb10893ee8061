"""The `sccp` pass and its solver (pyir.dataflow, pyir.transforms.sccp).

iree-opt does not register MLIR's `sccp` pass, so the oracle here is the same MLIR build
driven through its Python bindings (the `iree-base-compiler` package): the script below
registers the SCCP pass through MLIR's C API, runs a pipeline and prints the generic form.
Each file of tests/passes_interop/sccp/ goes through both tools with two pipelines (on
the module: interprocedural; on each function: not) and the generic prints must be
byte-identical; iree-opt must read pyir-opt's custom print of the result with the same
meaning. Unit tests cover the solver's answers and what the rewrite must not change.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from pyir.context import Context
from pyir.core import Operation
from pyir.dataflow import UNKNOWN, Constant, ConstantPropagation
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation
from pyir.transforms.sccp import sccp

INTEROP = Path(__file__).resolve().parents[1] / "passes_interop"
sys.path.insert(0, str(INTEROP))
import test_symbol_dce_interop as interop  # noqa: E402  (the shared tool runner)

CORPUS = sorted(p.relative_to(INTEROP).as_posix() for p in (INTEROP / "sccp").glob("*.mlir"))
PIPELINES = ("builtin.module(sccp)", "builtin.module(func.func(sccp))")

_ORACLE = r"""
import ctypes, os, sys
from iree.compiler import ir, passmanager
import iree.compiler._mlir_libs as libs
lib = ctypes.CDLL(os.path.join(os.path.dirname(libs.__file__), "libIREECompiler.so"))
lib.mlirRegisterTransformsSCCPPass()
context = ir.Context()
context.allow_unregistered_dialects = True
module = ir.Module.parse(sys.stdin.read(), context)
passmanager.PassManager.parse(sys.argv[1], context).run(module.operation)
print(module.operation.get_asm(print_generic_op_form=True))
"""


@cache
def mlir_sccp(rel: str, pipeline: str) -> str:
    text = (INTEROP / rel).read_text()
    proc = subprocess.run(
        [sys.executable, "-c", _ORACLE, pipeline],
        input=text,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if proc.returncode != 0 and "No module named 'iree" in proc.stderr:
        pytest.fail("the MLIR oracle needs iree-base-compiler: pip install it", pytrace=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.rstrip() + "\n"


def pyir_sccp(rel: str, pipeline: str, generic: bool = True) -> str:
    flags = ["--allow-unregistered-dialect", f"--pass-pipeline={pipeline}", rel]
    if generic:
        flags.append("--mlir-print-op-generic")
    return interop.ok_output("pyir", tuple(flags))


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 3


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize("rel", CORPUS)
def test_generic_output_matches_mlir(rel: str, pipeline: str) -> None:
    assert pyir_sccp(rel, pipeline) == mlir_sccp(rel, pipeline)


@pytest.mark.parametrize("rel", CORPUS)
def test_pyir_output_means_the_same(rel: str) -> None:
    custom = pyir_sccp(rel, PIPELINES[0], generic=False)
    args = ("--allow-unregistered-dialect", "--mlir-print-op-generic", "-")
    assert interop.ok_output("iree", args, custom) == mlir_sccp(rel, PIPELINES[0])


# -- the solver and the rewrite ----------------------------------------------------------------
def parse(text: str) -> Operation:
    context = Context(allow_unregistered_dialects=True)
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    return module


BRANCHES = """
func.func @f(%x: i32, %c: i1) -> i32 {
  %false = arith.constant false
  %c4 = arith.constant 4 : i32
  cf.cond_br %false, ^dead, ^live(%c4 : i32)
^dead:
  %d = arith.addi %c4, %c4 : i32
  cf.br ^join(%d : i32)
^live(%a: i32):
  %b = arith.muli %a, %a : i32
  cf.cond_br %c, ^join(%b : i32), ^join(%x : i32)
^join(%j: i32):
  return %j : i32
}
"""


def test_solver_answers() -> None:
    module = parse(BRANCHES)
    solver = ConstantPropagation(module)
    solver.run()
    func = next(op for op in module.walk() if op.name == "func.func")
    entry, dead, live, join = func.regions[0].blocks
    assert [solver.is_live(b) for b in (entry, dead, live, join)] == [True, False, True, True]
    product = live.first_op.results[0]
    state = solver.lattice(product)
    assert isinstance(state, Constant) and state.value.value == 16
    assert state.dialect.name == "arith"
    assert solver.lattice(dead.first_op.results[0]) is None  # never reached
    assert solver.lattice(join.args[0]) is UNKNOWN  # 16 or %x
    assert solver.lattice(entry.args[0]) is UNKNOWN


def test_in_place_folds_are_undone() -> None:
    # arith.addi's fold moves a lone constant left operand to the right, in place: the
    # analysis must not leave that change behind (only replacements are SCCP's doing).
    module = parse(
        "func.func @f(%x: i32) -> i32 {\n  %c5 = arith.constant 5 : i32\n"
        "  %y = arith.addi %c5, %x : i32\n  return %y : i32\n}\n"
    )
    sccp(module)
    assert "arith.addi %c5_i32, %arg0 : i32" in print_operation(module)


def test_nothing_to_do_changes_nothing() -> None:
    text = "func.func @f(%x: i32) -> i32 {\n  %y = arith.addi %x, %x : i32\n  return %y : i32\n}\n"
    module = parse(text)
    before = print_operation(module)
    assert not sccp(module)
    assert print_operation(module) == before


def test_constants_are_unique_per_region_and_type() -> None:
    module = parse(
        "func.func @f() -> (i32, i32, i64) {\n  %a = arith.constant 3 : i32\n"
        "  %b = arith.constant 3 : i32\n  %c = arith.constant 3 : i64\n"
        "  return %a, %b, %c : i32, i32, i64\n}\n"
    )
    assert sccp(module)
    lines = [line.strip() for line in print_operation(module).splitlines()]
    assert lines[2:5] == [
        "%c3_i64 = arith.constant 3 : i64",
        "%c3_i32 = arith.constant 3 : i32",
        "return %c3_i32, %c3_i32, %c3_i64 : i32, i32, i64",
    ]


def test_sccp_runs_from_the_command_line_without_tracebacks() -> None:
    code, out, err = interop.run(
        "pyir", ("--sccp", "-"), "func.func @f() {\n  cf.br ^bb1\n^bb1:\n  return\n}\n"
    )
    assert code == 0 and "Traceback" not in err
    assert "cf.br ^bb1" in out
