"""Differential tests of `symbol-dce` against MLIR, with `iree-opt` as the oracle.

Each corpus file (`symbol_dce/*.mlir`; `symbol_dce_split/*.mlir` run with
`--split-input-file`) goes through both tools with the same pipeline, and:

- `test_generic_output_matches`: both tools' generic prints (`--mlir-print-op-generic`) of
  the result are byte-identical (trailing whitespace aside);
- `test_pyir_output_means_the_same`: iree-opt's generic print of pyir-opt's custom-form
  result equals iree-opt's own generic result, so what pyir prints means the same;
- `test_errors_match`: on inputs where the pass must fail, both tools exit with status 1
  and report the same first diagnostic line.

Pipelines: the pass flag (`--symbol-dce` on the top module) and a nested pipeline
(`builtin.module(builtin.module(symbol-dce))`, the pass on each nested module, whose
visibility then matters). Tools (found by tests/opt_tools.py): `$IREE_OPT` or `iree-opt`
on PATH (a missing iree-opt fails the tests); `$PYIR_OPT` or `pyir-opt` on PATH or
`python -m pyir.tools.opt`. Tools run in this folder with relative paths, so locations
read the same for both.
"""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path

import pytest
from opt_tools import iree_opt, pyir_opt

HERE = Path(__file__).resolve().parent
CORPUS = sorted(
    p.relative_to(HERE).as_posix()
    for folder in ("symbol_dce", "symbol_dce_split")
    for p in (HERE / folder).glob("*.mlir")
)
PIPELINES = {
    "flag": ("--symbol-dce",),
    "nested": ("--pass-pipeline=builtin.module(builtin.module(symbol-dce))",),
}
COMMON = ("--allow-unregistered-dialect",)

# Inputs on which the pass fails: (name, text, pipeline flags).
FAILING = {
    "unknown-symbol-table": (
        'module {\n  "test.maybe_table"() ({\n    "test.op"() {ref = @f} : () -> ()\n'
        "  }) : () -> ()\n  func.func private @f() {\n    return\n  }\n}\n",
        ("--symbol-dce",),
    ),
    "not-a-symbol-table": (
        "func.func @f() {\n  return\n}\n",
        ("--pass-pipeline=builtin.module(func.func(symbol-dce))",),
    ),
}


# Other test modules run the tools through this one (`run`, `ok_output`, `_pyir_opt`).
_pyir_opt = pyir_opt


@cache
def run(tool: str, args: tuple[str, ...], stdin: str | None = None) -> tuple[int, str, str]:
    command = iree_opt() if tool == "iree" else pyir_opt()
    proc = subprocess.run(
        [*command, *args],
        input=stdin,
        cwd=HERE,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return proc.returncode, proc.stdout, proc.stderr


def flags_for(rel: str, pipeline: str) -> tuple[str, ...]:
    split = ("--split-input-file",) if "split" in Path(rel).parts[0] else ()
    return (*COMMON, *split, *PIPELINES[pipeline])


def ok_output(tool: str, args: tuple[str, ...], stdin: str | None = None) -> str:
    code, out, err = run(tool, args, stdin)
    assert code == 0, f"{tool} {' '.join(args)} failed:\n{err}"
    return out.rstrip() + "\n"


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 3, CORPUS


@pytest.mark.parametrize("pipeline", sorted(PIPELINES))
@pytest.mark.parametrize("rel", CORPUS)
def test_generic_output_matches(rel: str, pipeline: str) -> None:
    args = (*flags_for(rel, pipeline), "--mlir-print-op-generic", rel)
    expected = ok_output("iree", args)
    actual = ok_output("pyir", args)
    assert actual == expected


@pytest.mark.parametrize("pipeline", sorted(PIPELINES))
@pytest.mark.parametrize("rel", CORPUS)
def test_pyir_output_means_the_same(rel: str, pipeline: str) -> None:
    flags = flags_for(rel, pipeline)
    expected = ok_output("iree", (*flags, "--mlir-print-op-generic", rel))
    pyir_custom = ok_output("pyir", (*flags, rel))
    split = ("--split-input-file",) if "--split-input-file" in flags else ()
    reparsed = ok_output("iree", (*COMMON, *split, "--mlir-print-op-generic", "-"), pyir_custom)
    assert reparsed == expected


@pytest.mark.parametrize("name", sorted(FAILING))
def test_errors_match(name: str) -> None:
    text, flags = FAILING[name]
    args = (*COMMON, *flags, "--mlir-print-op-on-diagnostic=false", "-")
    iree_code, iree_out, iree_err = run("iree", args, text)
    pyir_args = tuple(a for a in args if not a.startswith("--mlir-print-op-on-diagnostic"))
    pyir_code, pyir_out, pyir_err = run("pyir", pyir_args, text)
    assert (iree_code, pyir_code) == (1, 1)
    assert pyir_out == iree_out == ""
    assert "Traceback" not in pyir_err
    assert pyir_err.splitlines()[0] == iree_err.splitlines()[0]
