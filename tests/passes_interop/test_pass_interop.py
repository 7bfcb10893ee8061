"""Differential tests of passes against MLIR: every file under `<pass>/` (a folder per
pass: `canonicalize/`, `cse/`) goes through `pyir-opt --<pass>` and `iree-opt --<pass>`,
and both generic prints of the result must be byte-identical; iree-opt must also read
pyir-opt's custom print of the result with the same meaning. Tool lookup and running are
shared with test_symbol_dce_interop.py."""

from __future__ import annotations

import pytest
from test_symbol_dce_interop import HERE, ok_output

PASSES = (
    "canonicalize",
    "canonicalize-aggressive",
    "cse",
    "convert-scf-to-cf",
    "inline",
    "loop-invariant-code-motion",
    "lower-affine",
)
CORPUS = sorted(
    p.relative_to(HERE).as_posix() for name in PASSES for p in (HERE / name).glob("*.mlir")
)


#: Folders whose pass flag is not `--<folder>`.
FLAGS = {"canonicalize-aggressive": "--canonicalize=region-simplify=aggressive"}


def flags(rel: str) -> tuple[str, ...]:
    folder = rel.split("/")[0]
    return ("--allow-unregistered-dialect", FLAGS.get(folder, f"--{folder}"))


def test_each_pass_has_a_corpus() -> None:
    for name in PASSES:
        assert any(rel.startswith(name + "/") for rel in CORPUS), name


@pytest.mark.parametrize("rel", CORPUS)
def test_generic_output_matches(rel: str) -> None:
    args = (*flags(rel), "--mlir-print-op-generic", rel)
    assert ok_output("pyir", args) == ok_output("iree", args)


@pytest.mark.parametrize("rel", CORPUS)
def test_pyir_output_means_the_same(rel: str) -> None:
    expected = ok_output("iree", (*flags(rel), "--mlir-print-op-generic", rel))
    custom = ok_output("pyir", (*flags(rel), rel))
    reparsed = ok_output(
        "iree", ("--allow-unregistered-dialect", "--mlir-print-op-generic", "-"), custom
    )
    assert reparsed == expected
