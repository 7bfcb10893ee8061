"""Tests of the vector dialect's Python API: builders, inferred types, and the helpers
behind its verifiers (broadcast rules, transfer masks, memref strides, combining kinds)."""

from __future__ import annotations

import pytest

from pyir.affine import AffineMap
from pyir.affine_expr import constant, dim
from pyir.builtin_attributes import StridedLayoutAttr
from pyir.builtin_types import (
    F32,
    F64,
    I1,
    I8,
    I32,
    INDEX,
    FunctionType,
    MemRefType,
    RankedTensorType,
    VectorType,
)
from pyir.core import Block
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects import vector
from pyir.dialects.func import FuncOp
from pyir.dialects.vector_common import is_last_dim_unit_stride, transfer_mask_type
from pyir.dialects.vector_contract import (
    ContractionOp,
    IteratorTypeAttr,
    ReductionOp,
    kind_supports,
)
from pyir.dialects.vector_memory import LoadOp, StoreOp
from pyir.dialects.vector_ops import (
    BroadcastOp,
    ExtractOp,
    FMAOp,
    InsertOp,
    broadcast_error,
    extract_result_type,
)
from pyir.dialects.vector_transfer import TransferReadOp, TransferWriteOp
from pyir.textual.printer import print_operation
from pyir.verifier import verify


def _vec(*shape: int, element=F32, scalable=None) -> VectorType:
    return VectorType(shape, element, scalable)


def _body(*arg_types) -> Block:
    """The entry block of a new function taking `arg_types` (its args print as %argN)."""
    return FuncOp.build("f", FunctionType(tuple(arg_types), ())).regions[0].blocks[0]


def _errors(op) -> list[str]:
    seen: list = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    verify(op, engine)
    return [d.message for d in seen]


def test_dialect_lists_the_core_ops_and_enum_attributes() -> None:
    names = {op.name for op in vector.DIALECT.ops}
    assert names == {
        "vector.broadcast",
        "vector.fma",
        "vector.extract",
        "vector.insert",
        "vector.load",
        "vector.store",
        "vector.transfer_read",
        "vector.transfer_write",
        "vector.reduction",
        "vector.contract",
        "vector.shape_cast",
        "vector.from_elements",
        "vector.to_elements",
        "vector.transpose",
        "vector.step",
        "vector.extract_strided_slice",
        "vector.insert_strided_slice",
        "vector.create_mask",
        "vector.constant_mask",
        "vector.vscale",
        "vector.bitcast",
        "vector.shuffle",
        "vector.interleave",
        "vector.maskedload",
        "vector.maskedstore",
        "vector.expandload",
        "vector.compressstore",
        "vector.gather",
        "vector.scatter",
        "vector.multi_reduction",
        "vector.mask",
        "vector.yield",
        "vector.outerproduct",
        "vector.scalable.insert",
        "vector.scalable.extract",
        "vector.type_cast",
        "vector.deinterleave",
    }
    assert {a.name for a in vector.DIALECT.attributes} == {"vector.kind", "vector.iterator_type"}


# -- helpers ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("src", "dst", "message"),
    [
        (F32, _vec(4, 4), None),
        (_vec(4), _vec(3, 4), None),
        (_vec(1), _vec(2, scalable=(True,)), None),  # a fixed unit dim stretches
        (_vec(1, scalable=(True,)), _vec(4, scalable=(True,)), "dimension mismatch ([1] vs. [4])"),
        (_vec(2), _vec(2, scalable=(True,)), "dimension mismatch (2 vs. [2])"),
        (_vec(4, 8), _vec(1, 8), "dimension mismatch (4 vs. 1)"),
        (_vec(4, 4), _vec(4), "source rank higher than destination rank"),
        (MemRefType((4,), F32), _vec(4), "source type is not a vector"),
    ],
)
def test_broadcast_rules(src, dst, message) -> None:
    assert broadcast_error(src, dst) == message


def test_extract_result_type_drops_the_indexed_dims() -> None:
    source = _vec(2, 3, 4, scalable=(False, False, True))
    assert extract_result_type(source, 0) == source
    assert extract_result_type(source, 2) == _vec(4, scalable=(True,))
    assert extract_result_type(source, 3) == F32


def test_transfer_mask_type_follows_the_source_dims() -> None:
    # (d0, d1, d2) -> (d2, d0) on vector<4x5xf32>: the mask is in source order, 5x4.
    perm = AffineMap(3, 0, [dim(2), dim(0)])
    assert transfer_mask_type(_vec(4, 5), perm) == _vec(5, 4, element=I1)
    # Broadcast results drop out; a mask of no dims is a 1-element vector.
    assert transfer_mask_type(_vec(4, 5), AffineMap(3, 0, [constant(0), dim(2)])) == _vec(
        5, element=I1
    )
    assert transfer_mask_type(_vec(4), AffineMap(1, 0, [constant(0)])) == _vec(1, element=I1)
    # Not a projected permutation: no mask type.
    assert transfer_mask_type(_vec(4), AffineMap(2, 0, [dim(0) + dim(1)])) is None


def test_last_dim_unit_stride() -> None:
    assert is_last_dim_unit_stride(MemRefType((4, 4), F32))
    assert is_last_dim_unit_stride(MemRefType((4, 4), F32, StridedLayoutAttr(3, (16, 1))))
    assert not is_last_dim_unit_stride(MemRefType((4, 4), F32, StridedLayoutAttr(0, (1, 4))))
    from pyir.affine import AffineMapAttr

    column_major = AffineMapAttr(AffineMap(2, 0, [dim(1) * 4 + dim(0)]))
    offset = AffineMapAttr(AffineMap(2, 0, [dim(0) * 4 + dim(1) + 7]))
    modulo = AffineMapAttr(AffineMap(2, 0, [dim(0) * 4 + dim(1) % 2]))
    assert not is_last_dim_unit_stride(MemRefType((4, 4), F32, column_major))
    assert is_last_dim_unit_stride(MemRefType((4, 4), F32, offset))
    assert not is_last_dim_unit_stride(MemRefType((4, 4), F32, modulo))


def test_kind_supports() -> None:
    assert kind_supports("add", F32) and kind_supports("add", INDEX)
    assert kind_supports("xor", I8) and not kind_supports("xor", F32)
    assert kind_supports("maximumf", F64) and not kind_supports("maxnumf", I32)


# -- builders --------------------------------------------------------------------------------
def test_broadcast_fma_extract_insert_builders() -> None:
    block = _body(F32, _vec(3, 4), INDEX)
    a, v, i = block.args
    bcast = BroadcastOp.build(a, _vec(2, 4))
    fma = FMAOp.build(v, v, v)
    row = ExtractOp.build(v, [i])
    elem = ExtractOp.build(v, [0, i])
    ins = InsertOp.build(a, v, [-1, 2])
    block.append_ops([bcast, fma, row, elem, ins])
    assert row.results[0].type == _vec(4)
    assert elem.results[0].type == F32
    assert ExtractOp(elem).mixed_position == [0, i]
    assert print_operation(bcast) == "%0 = vector.broadcast %arg0 : f32 to vector<2x4xf32>"
    assert print_operation(fma) == "%1 = vector.fma %arg1, %arg1, %arg1 : vector<3x4xf32>"
    assert (
        print_operation(row)
        == "%2 = vector.extract %arg1[%arg2] : vector<4xf32> from vector<3x4xf32>"
    )
    assert (
        print_operation(ins) == "%4 = vector.insert %arg0, %arg1 [-1, 2] : f32 into vector<3x4xf32>"
    )
    for op in (bcast, fma, row, elem, ins):
        assert _errors(op) == []


def test_extract_position_is_verified() -> None:
    block = _body(_vec(3, 4))
    op = ExtractOp.build(block.args[0], [5])
    block.append(op)
    assert _errors(op) == [
        "'vector.extract' op expected position attribute #1 to be a non-negative integer "
        "smaller than the corresponding vector dimension or poison (-1)"
    ]


def test_load_store_builders() -> None:
    memref = MemRefType((-(2**63), 8), F32)
    block = _body(memref, INDEX)
    m, i = block.args
    load = LoadOp.build(_vec(8), m, [i, i])
    store = StoreOp.build(load.results[0], m, [i, i])
    block.append_ops([load, store])
    assert LoadOp.get_effects(load) == [("read", m)]
    assert StoreOp.get_effects(store) == [("write", m)]
    assert _errors(load) == [] and _errors(store) == []
    assert (
        print_operation(store)
        == "vector.store %0, %arg0[%arg1, %arg1] : memref<?x8xf32>, vector<8xf32>"
    )


def test_transfer_builders_default_to_the_minor_identity() -> None:
    memref = MemRefType((4, 8, 16), F32)
    tensor = RankedTensorType((4, 8), F32)
    mask_type = _vec(8, 4, element=I1)
    block = _body(memref, tensor, INDEX, F32, mask_type)
    m, t, i, pad, mask = block.args
    read = TransferReadOp.build(_vec(8), m, [i, i, i], pad)
    assert read.properties["permutation_map"].value == AffineMap(3, 0, [dim(2)])
    transposed = TransferReadOp.build(
        _vec(4, 8), t, [i, i], pad, AffineMap(2, 0, [dim(1), dim(0)]), mask=mask
    )
    write = TransferWriteOp.build(transposed.results[0], t, [i, i], in_bounds=[True, True])
    block.append_ops([read, transposed, write])
    assert [r.type for r in write.results] == [tensor]
    assert TransferReadOp(transposed).mask is mask
    assert TransferReadOp.get_effects(transposed) == []  # a tensor read touches no memory
    assert print_operation(read) == (
        "%0 = vector.transfer_read %arg0[%arg2, %arg2, %arg2], %arg3 : memref<4x8x16xf32>, "
        "vector<8xf32>"
    )
    assert print_operation(write) == (
        "%2 = vector.transfer_write %1, %arg1[%arg2, %arg2] {in_bounds = [true, true]} : "
        "vector<4x8xf32>, tensor<4x8xf32>"
    )
    for op in (read, transposed, write):
        assert _errors(op) == []


def test_reduction_and_contract_builders() -> None:
    block = _body(_vec(4, 3), _vec(3, 7), _vec(4, 7), _vec(16))
    a, b, c, v = block.args
    red = ReductionOp.build("maxnumf", v)
    m, n, k = dim(0), dim(1), dim(2)
    contract = ContractionOp.build(
        a,
        b,
        c,
        [AffineMap(3, 0, [m, k]), AffineMap(3, 0, [k, n]), AffineMap(3, 0, [m, n])],
        ["parallel", "parallel", "reduction"],
    )
    block.append_ops([red, contract])
    assert red.results[0].type == F32
    assert contract.properties["iterator_types"][2] == IteratorTypeAttr("reduction")
    assert (
        print_operation(red) == "%0 = vector.reduction <maxnumf>, %arg3 : vector<16xf32> into f32"
    )
    assert _errors(red) == [] and _errors(contract) == []
    bad = ReductionOp.build("xor", v)
    block.append(bad)
    assert _errors(bad) == [
        "'vector.reduction' op unsupported reduction type ''f32'' for kind 'xor'"
    ]


def test_generic_form_aliases_affine_maps_in_properties() -> None:
    # MLIR's generic form gives a registered op's property values aliases too.
    from pyir.textual.printer import PrintOptions

    memref = MemRefType((4, 8), F32)
    func = FuncOp.build("f", FunctionType((memref, INDEX, F32), ()))
    block = func.regions[0].blocks[0]
    m, i, pad = block.args
    block.append(TransferReadOp.build(_vec(8), m, [i, i], pad))
    text = print_operation(func, PrintOptions(generic=True))
    assert text.startswith("#map = affine_map<(d0, d1) -> (d1)>\n")
    assert "permutation_map = #map}>" in text
