"""tensor and memref folders and canonicalization patterns: the shared helpers, and inputs
on which every fold must bail out quietly (the differential corpus is in
tests/passes_interop/canonicalize/{memref,tensor}_*.mlir)."""

from __future__ import annotations

import pytest

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import DYNAMIC, F32, I32, RankedTensorType
from pyir.context import Context
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.shape_folding import compose_reassociations
from pyir.dialects.tensor_canonicalize import (
    element_at,
    joined_shape,
    preserves_static_info,
)
from pyir.dialects.tensor_slice_canonicalize import canonical_slice_type
from pyir.folding import canonicalization_patterns
from pyir.greedy_rewrite import GreedyRewriteConfig, apply_patterns_greedily
from pyir.patterns import PatternSet
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation


def canonicalize(text: str) -> str:
    context = Context(allow_unregistered_dialects=True)
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    patterns = PatternSet()
    for name in ("arith", "tensor", "memref"):
        for op in context.get_dialect(name).ops:
            patterns.add(*canonicalization_patterns(op))
    apply_patterns_greedily(module, patterns.freeze(), GreedyRewriteConfig(top_down=True))
    return print_operation(module)


def test_compose_reassociations() -> None:
    # collapse [[0, 1], [2], [3]] then [[0, 1, 2]]: one group of all four dims.
    assert compose_reassociations([[0, 1, 2]], [[0, 1], [2], [3]]) == [[0, 1, 2, 3]]
    assert compose_reassociations([[0], [1]], [[0], [1]]) is None  # same rank: no reshape
    assert compose_reassociations([], [[0, 1], [2]]) == []  # down to rank 0
    assert compose_reassociations([[0]], [[0], [1], [2]]) is None  # groups do not cover


def test_element_at_keeps_float_bits() -> None:
    t = RankedTensorType((2,), F32)
    nan = FloatAttr.from_bits(0x7FC00001, F32)
    attr = DenseIntOrFPElementsAttr(t, [FloatAttr(-0.0, F32), nan])
    assert element_at(attr, 0).bits == 0x80000000
    assert element_at(attr, 1).bits == 0x7FC00001
    ints = DenseIntOrFPElementsAttr(RankedTensorType((3,), I32), [1, -2, 3])
    assert element_at(ints, 1) == IntegerAttr(-2, I32)


def test_shape_helpers() -> None:
    a = RankedTensorType((4, DYNAMIC), F32)
    b = RankedTensorType((DYNAMIC, 5), F32)
    assert joined_shape(a, b) == (4, 5)
    assert joined_shape(a, RankedTensorType((3, DYNAMIC), F32)) is False
    assert preserves_static_info(RankedTensorType((DYNAMIC, DYNAMIC), F32), a)
    assert not preserves_static_info(a, RankedTensorType((DYNAMIC, DYNAMIC), F32))
    assert canonical_slice_type(1, a, (1, 1)).shape == (1,)


@pytest.mark.parametrize(
    "body",
    [
        # dim of an unranked tensor / memref, and out-of-range dim indices
        "%c5 = arith.constant 5 : index\n"
        "%d = tensor.dim %u, %c5 : tensor<*xf32>\n"
        "%e = tensor.dim %t, %c5 : tensor<4x?xf32>\n"
        "%f = memref.dim %m, %c5 : memref<?xf32>\n"
        '"test.use"(%d, %e, %f) : (index, index, index) -> ()',
        # negative and out-of-range constant indices into constants and from_elements
        "%cm = arith.constant -1 : index\n"
        "%cst = arith.constant dense<[1, 2]> : tensor<2xi32>\n"
        "%x = tensor.extract %cst[%cm] : tensor<2xi32>\n"
        "%fe = tensor.from_elements %i, %i : tensor<2xi32>\n"
        "%y = tensor.extract %fe[%cm] : tensor<2xi32>\n"
        '"test.use"(%x, %y) : (i32, i32) -> ()',
        # complex and i1 constants
        "%c0 = arith.constant 0 : index\n"
        "%z = arith.constant dense<(1.0, 2.0)> : tensor<2xcomplex<f32>>\n"
        "%w = tensor.extract %z[%c0] : tensor<2xcomplex<f32>>\n"
        "%true = arith.constant true\n"
        "%b = tensor.from_elements %true, %true : tensor<2xi1>\n"
        '"test.use"(%w, %b) : (complex<f32>, tensor<2xi1>) -> ()',
        # casts from unranked types into their users
        "%c0 = arith.constant 0 : index\n"
        "%c = memref.cast %um : memref<*xf32> to memref<?xf32>\n"
        "%v = memref.load %c[%c0] : memref<?xf32>\n"
        "memref.dealloc %c : memref<?xf32>\n"
        "%tc = tensor.cast %u : tensor<*xf32> to tensor<?x?xf32>\n"
        "%tt = tensor.cast %tc : tensor<?x?xf32> to tensor<*xf32>\n"
        '"test.use"(%v, %tt) : (f32, tensor<*xf32>) -> ()',
        # negative constant sizes stay dynamic
        "%cm = arith.constant -3 : index\n"
        "%e = tensor.empty(%cm) : tensor<?xf32>\n"
        "%a = memref.alloc(%cm) : memref<?xf32>\n"
        '"test.use"(%e, %a) : (tensor<?xf32>, memref<?xf32>) -> ()',
    ],
)
def test_bails_out_quietly(body: str) -> None:
    text = (
        "func.func @f(%u: tensor<*xf32>, %t: tensor<4x?xf32>, %m: memref<?xf32>, "
        "%um: memref<*xf32>, %i: i32) {\n" + body + "\nreturn\n}\n"
    )
    out = canonicalize(text)
    assert "func.func @f" in out
