"""Differential tests of `reconcile-unrealized-casts` against MLIR (`iree-opt`): every file
under `reconcile/` goes through both tools, on the top module (`--reconcile-unrealized-casts`)
and nested on each function (`builtin.module(func.func(reconcile-unrealized-casts))`);
the generic prints of the results must be byte-identical, and iree-opt must read pyir's
custom print of the result with the same meaning. Tool lookup and running are shared with
test_symbol_dce_interop.py."""

from __future__ import annotations

import pytest
from test_symbol_dce_interop import HERE, ok_output

CORPUS = sorted(p.relative_to(HERE).as_posix() for p in (HERE / "reconcile").glob("*.mlir"))
PIPELINES = {
    "flag": ("--reconcile-unrealized-casts",),
    "nested": ("--pass-pipeline=builtin.module(func.func(reconcile-unrealized-casts))",),
}
COMMON = ("--allow-unregistered-dialect",)


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 3, CORPUS


@pytest.mark.parametrize("pipeline", sorted(PIPELINES))
@pytest.mark.parametrize("rel", CORPUS)
def test_generic_output_matches(rel: str, pipeline: str) -> None:
    args = (*COMMON, *PIPELINES[pipeline], "--mlir-print-op-generic", rel)
    assert ok_output("pyir", args) == ok_output("iree", args)


@pytest.mark.parametrize("rel", CORPUS)
def test_pyir_output_means_the_same(rel: str) -> None:
    flags = (*COMMON, *PIPELINES["flag"])
    expected = ok_output("iree", (*flags, "--mlir-print-op-generic", rel))
    custom = ok_output("pyir", (*flags, rel))
    reparsed = ok_output("iree", (*COMMON, "--mlir-print-op-generic", "-"), custom)
    assert reparsed == expected
