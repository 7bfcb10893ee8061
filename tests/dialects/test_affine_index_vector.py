"""Tests of the Python API of affine.delinearize_index, affine.linearize_index,
affine.vector_load and affine.vector_store: builders over mixed (int / Value) bases, the
"no outer bound" forms, and their verifiers."""

from __future__ import annotations

from pyir.affine import AffineMap, dim
from pyir.builtin_types import F32, INDEX, FunctionType, MemRefType, VectorType
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects.affine_index_ops import (
    DelinearizeIndexOp,
    LinearizeIndexOp,
    has_outer_bound,
    mixed_basis,
    padded_basis,
)
from pyir.dialects.affine_vector_ops import VectorLoadOp, VectorStoreOp
from pyir.dialects.func import FuncOp, ReturnOp
from pyir.textual.printer import print_operation
from pyir.verifier import verify


def _function(*arg_types) -> tuple:
    fn = FuncOp.build("f", FunctionType(tuple(arg_types), ()))
    return fn, fn.regions[0].blocks[0]


def _errors(op) -> list[str]:
    seen: list = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    verify(op, engine)
    return [d.message for d in seen]


def test_index_builders_take_mixed_bases():
    fn, entry = _function(INDEX, INDEX)
    x, n = entry.args
    delin = entry.append(DelinearizeIndexOp.build(x, [n, 16]))
    no_outer = entry.append(DelinearizeIndexOp.build(x, [None, 4]))
    lin = entry.append(LinearizeIndexOp.build(list(delin.results), [n, 16], disjoint=True))
    entry.append(ReturnOp.create())
    assert _errors(fn) == []
    assert mixed_basis(delin) == [n, 16] and has_outer_bound(delin)
    assert len(no_outer.results) == 2 and not has_outer_bound(no_outer)
    assert padded_basis(no_outer) == [None, 4]
    text = print_operation(fn)
    assert "affine.delinearize_index %arg0 into (%arg1, 16) : index, index" in text
    assert "affine.delinearize_index %arg0 into (4) : index, index" in text
    assert "affine.linearize_index disjoint [%0#0, %0#1] by (%arg1, 16) : index" in text
    assert mixed_basis(lin) == [n, 16]


def test_index_verifier_messages():
    fn, entry = _function(INDEX)
    (x,) = entry.args
    bad = DelinearizeIndexOp.build(x, [0, 4])
    entry.append(bad)
    entry.append(ReturnOp.create())
    assert _errors(fn) == [
        "'affine.delinearize_index' op no basis element may be statically non-positive"
    ]


def test_vector_access_builders_and_verifier():
    memref = MemRefType((16, 32), F32)
    fn, entry = _function(memref, INDEX)
    m, i = entry.args
    vec = VectorType((8,), F32)
    shifted = AffineMap(1, 0, [dim(0), dim(0) + 1])
    load = entry.append(VectorLoadOp.build(vec, m, [i], shifted))
    entry.append(VectorStoreOp.build(load.results[0], m, [i, i]))
    entry.append(ReturnOp.create())
    assert _errors(fn) == []
    text = print_operation(fn)
    assert "affine.vector_load %arg0[%arg1, %arg1 + 1] : memref<16x32xf32>, vector<8xf32>" in text
    assert "affine.vector_store %0, %arg0[%arg1, %arg1] : memref<16x32xf32>, vector<8xf32>" in text
