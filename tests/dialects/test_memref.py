"""Tests of the memref dialect's Python API: strided-layout arithmetic (subview result
types, rank reduction, reshape layouts, cast compatibility) and the op builders.

The expected layouts were checked against mlir-opt (iree-opt)."""

from __future__ import annotations

from pyir.affine import AffineMap, AffineMapAttr
from pyir.affine_expr import dim, symbol
from pyir.builtin import ModuleOp
from pyir.builtin_attributes import IntegerAttr, StridedLayoutAttr, UnitAttr
from pyir.builtin_types import (
    DYNAMIC,
    F32,
    I8,
    I32,
    INDEX,
    FunctionType,
    MemRefType,
    RankedTensorType,
    UnrankedMemRefType,
)
from pyir.core import Block
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects import memref
from pyir.dialects import memref_layout as ml
from pyir.dialects.func import FuncOp
from pyir.textual.printer import print_operation
from pyir.verifier import verify

D = DYNAMIC


def _strided(shape, strides, offset=0, space=None) -> MemRefType:
    return MemRefType(tuple(shape), F32, StridedLayoutAttr(offset, strides), space)


def _affine(shape, num_symbols, expr) -> MemRefType:
    return MemRefType(tuple(shape), F32, AffineMapAttr(AffineMap(len(shape), num_symbols, [expr])))


def _body(*arg_types) -> Block:
    return FuncOp.build("f", FunctionType(tuple(arg_types), ())).regions[0].blocks[0]


def _errors(op) -> list[str]:
    seen: list = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    verify(op, engine)
    return [d.message for d in seen]


# -- strides and offsets ------------------------------------------------------------------------
def test_identity_layout_strides_poisoned_by_dynamic_and_zero_dims() -> None:
    assert ml.strides_and_offset(MemRefType((4, 5, 3), F32)) == ([15, 3, 1], 0)
    assert ml.strides_and_offset(MemRefType((4, D, 3), F32)) == ([D, 3, 1], 0)
    assert ml.strides_and_offset(MemRefType((4, 0, 3), F32)) == ([D, 3, 1], 0)
    assert ml.strides_and_offset(MemRefType((0, 4, 3), F32)) == ([12, 3, 1], 0)
    assert ml.strides_and_offset(MemRefType((), F32)) == ([], 0)


def test_strided_layout_is_taken_as_is() -> None:
    assert ml.strides_and_offset(_strided((4, 5), (D, 1), 7)) == ([D, 1], 7)


def test_affine_map_layouts() -> None:
    d0, d1, d2, s0, s1 = dim(0), dim(1), dim(2), symbol(0), symbol(1)
    cases = [
        (_affine((4, 5, 3), 1, d0 * s0 + d1 * 3 + d2 + 7), ([D, 3, 1], 7)),
        (_affine((4, 5, 3), 1, d0 * 15 + d1 * 3 + d2 + s0), ([15, 3, 1], D)),
        (_affine((4, 5, 3), 0, d2 * 20 + d1 * 4 + d0), ([1, 4, 20], 0)),
        (_affine((4, 5, 3), 0, d0 * 15 + d1 * 3), ([15, 3, 0], 0)),
        (_affine((4, 5, 3), 0, d0 * 15 + (d1 + 1) * 3 + d2), ([15, 3, 1], 3)),
        (_affine((4, 5, 3), 2, d0 * s0 * s1 + d1 + d2), ([D, 1, 1], 0)),
        (_affine((4, 5, 3), 0, d0 * -15 + d1 * 3 + d2), ([-15, 3, 1], 0)),
    ]
    for t, expected in cases:
        assert ml.strides_and_offset(t) == expected, t


def test_non_strided_layouts() -> None:
    d0, d1 = dim(0), dim(1)
    assert not ml.is_strided(_affine((4,), 0, d0 % 2))
    two_results = AffineMapAttr(AffineMap(2, 0, [d1, d0]))
    assert not ml.is_strided(MemRefType((4, 4), F32, two_results))
    assert not ml.is_strided(UnrankedMemRefType(F32))
    assert ml.is_strided(MemRefType((4,), F32))


def test_layout_symbol_count() -> None:
    assert ml.layout_symbol_count(MemRefType((4,), F32)) == 0
    assert ml.layout_symbol_count(_strided((4, 4), (D, 1), D)) == 2
    assert ml.layout_symbol_count(_affine((4,), 2, dim(0) + symbol(0) + symbol(1))) == 2


# -- subview inference --------------------------------------------------------------------------
def test_infer_subview_type() -> None:
    source = MemRefType((8, 16), F32)
    t = ml.infer_subview_type(source, (D, 4), (2, D), (1, 2))
    assert str(t) == "memref<2x?xf32, strided<[16, 2], offset: ?>>"
    t = ml.infer_subview_type(source, (1, 1), (2, 3), (1, 1))
    assert str(t) == "memref<2x3xf32, strided<[16, 1], offset: 17>>"


def test_infer_subview_type_saturates_but_keeps_static_zero_products() -> None:
    source = _strided((4, 5, 3), (D, 3, 1), 2)
    # offset 2 + 0 * ? + 1 * 3 + 0 = 5; strides ? * ?, 3 * 1, 1 * 2
    t = ml.infer_subview_type(source, (0, 1, 0), (2, 3, 1), (D, 1, 2))
    assert str(t) == "memref<2x3x1xf32, strided<[?, 3, 2], offset: 5>>"
    # A stride of 0 makes a dynamic source stride static 0.
    t = ml.infer_subview_type(source, (D, 1, 0), (2, 3, 1), (0, 1, 2))
    assert str(t) == "memref<2x3x1xf32, strided<[0, 3, 2], offset: ?>>"


def test_infer_subview_type_keeps_the_memory_space() -> None:
    source = MemRefType((8, 16), I8, None, IntegerAttr(2, I32))
    t = ml.infer_subview_type(source, (0, 0), (4, 4), (2, 2))
    assert str(t) == "memref<4x4xi8, strided<[32, 2]>, 2 : i32>"


def test_infer_subview_type_rejects_non_strided_sources() -> None:
    source = _affine((4,), 0, dim(0) % 2)
    try:
        ml.infer_subview_type(source, (0,), (2,), (1,))
    except ValueError as err:
        assert "is not strided" in str(err)
    else:
        raise AssertionError("expected ValueError")


def test_infer_rank_reduced_subview_type() -> None:
    source = MemRefType((8, 16), F32)
    t = ml.infer_rank_reduced_subview_type((8,), source, (0, 4), (1, 8), (1, 1))
    assert str(t) == "memref<8xf32, strided<[1], offset: 4>>"
    t = ml.infer_rank_reduced_subview_type((4,), source, (2, 0), (4, 1), (1, 1))
    assert str(t) == "memref<4xf32, strided<[16], offset: 32>>"
    t = ml.infer_rank_reduced_subview_type((), source, (0, 0), (1, 1), (1, 1))
    assert str(t) == "memref<f32, strided<[]>>"


def test_rank_reduction_masks() -> None:
    assert ml.rank_reduction_mask((1, 4, 1), (4,)) == {0, 2}
    assert ml.rank_reduction_mask((2, 4), (4,)) is None
    assert ml.rank_reduction_mask((1, 4), (4, 1)) is None
    # Two unit dims, one dropped: the stride that disappears decides which.
    original = _strided((1, 1, 4), (4, 4, 1))
    reduced = _strided((1, 4), (4, 1))
    assert ml.memref_rank_reduction_mask(original, reduced, (1, 1, 4)) == {0}
    original = _strided((1, 1, 4), (8, 4, 1))
    reduced = _strided((1, 4), (8, 1))
    assert ml.memref_rank_reduction_mask(original, reduced, (1, 1, 4)) == {1}
    # A stride that the original does not have cannot appear.
    original = _strided((1, 1), (5, 5))
    assert ml.memref_rank_reduction_mask(original, _strided((1,), (7,)), (1, 1)) is None


def test_subview_mismatch_messages() -> None:
    expected = ml.infer_subview_type(MemRefType((8, 16), F32), (0, 0), (1, 4), (1, 1))
    assert ml.subview_mismatch(expected, _strided((4,), (1,)), (1, 4)) is None
    assert "mismatch of result layout" in ml.subview_mismatch(
        expected, _strided((4,), (2,)), (1, 4)
    )
    assert "mismatch of result layout" in ml.subview_mismatch(
        expected, _strided((4,), (1,), 3), (1, 4)
    )
    assert "mismatch of result sizes" in ml.subview_mismatch(
        expected, MemRefType((5,), F32), (1, 4)
    )
    assert "smaller or equal" in ml.subview_mismatch(expected, MemRefType((1, 4, 1), F32), ())


# -- reshapes and casts -------------------------------------------------------------------------
def test_expanded_type() -> None:
    assert str(ml.expanded_type(MemRefType((128,), F32), (8, 16), [[0, 1]])) == ("memref<8x16xf32>")
    source = _strided((D,), (4,), 2)
    assert str(ml.expanded_type(source, (D, 16), [[0, 1]])) == (
        "memref<?x16xf32, strided<[64, 4], offset: 2>>"
    )
    source = _strided((10, 6), (10000, 1))
    assert str(ml.expanded_type(source, (2, 5, 2, 3), [[0, 1], [2, 3]])) == (
        "memref<2x5x2x3xf32, strided<[50000, 10000, 3, 1]>>"
    )
    assert ml.expanded_type(_affine((4,), 0, dim(0) % 2), (2, 2), [[0, 1]]) is None


def test_collapsed_layout() -> None:
    layout = ml.collapsed_layout(_strided((8, 16), (16, 1), 4), [[0, 1]])
    assert str(layout) == "strided<[1], offset: 4>"
    layout = ml.collapsed_layout(_strided((8, 1, 16), (64, 64, 2)), [[0, 1], [2]])
    assert str(layout) == "strided<[64, 2]>"
    layout = ml.collapsed_layout(_strided((D, D), (D, 1)), [[0, 1]])
    assert str(layout) == "strided<[?]>"  # the last dimension may be 1 at run time
    assert ml.collapsed_layout(_strided((8, 16), (32, 1)), [[0, 1]]) is None


def test_cast_compatible() -> None:
    static = MemRefType((8, 16), F32)
    assert ml.cast_compatible(static, MemRefType((D, D), F32))
    assert ml.cast_compatible(static, _strided((8, 16), (D, D), D))
    assert ml.cast_compatible(static, UnrankedMemRefType(F32))
    assert ml.cast_compatible(UnrankedMemRefType(F32), static)
    assert ml.cast_compatible(UnrankedMemRefType(F32), UnrankedMemRefType(F32))
    assert not ml.cast_compatible(static, MemRefType((8, 15), F32))
    assert not ml.cast_compatible(static, MemRefType((8, 16), I32))
    assert not ml.cast_compatible(static, _strided((8, 16), (16, 2)))
    assert not ml.cast_compatible(static, MemRefType((8, 16), F32, None, IntegerAttr(1, I32)))
    assert not ml.cast_compatible(UnrankedMemRefType(F32), UnrankedMemRefType(I32))
    assert not ml.cast_compatible(static, RankedTensorType((8, 16), F32))


# -- builders -----------------------------------------------------------------------------------
def test_every_listed_op_is_registered() -> None:
    names = {op.name.partition(".")[2] for op in memref.DIALECT.ops}
    assert names == {
        "alloc", "alloca", "dealloc", "load", "store", "atomic_rmw", "dim", "rank", "copy",
        "cast", "subview", "reinterpret_cast", "view", "expand_shape", "collapse_shape",
        "global", "get_global", "extract_strided_metadata", "memory_space_cast",
        "assume_alignment", "transpose", "reshape", "alloca_scope", "alloca_scope.return",
        "realloc", "prefetch", "generic_atomic_rmw", "atomic_yield",
        "extract_aligned_pointer_as_index", "distinct_objects", "dma_start", "dma_wait",
    }  # fmt: skip


def test_alloc_load_store_builders() -> None:
    t = MemRefType((D, 4), F32)
    block = _body(INDEX, F32)
    i, v = block.args
    alloc = memref.AllocOp.build(t, [i], alignment=16)
    block.append(alloc)
    load = memref.LoadOp.build(alloc.results[0], [i, i], nontemporal=True)
    store = memref.StoreOp.build(v, alloc.results[0], [i, i])
    rmw = memref.AtomicRMWOp.build("maxnumf", v, alloc.results[0], [i, i])
    dealloc = memref.DeallocOp.create(operands=[alloc.results[0]])
    block.append_ops([load, store, rmw, dealloc])
    assert print_operation(alloc) == "%alloc = memref.alloc(%arg0) alignment = 16 : memref<?x4xf32>"
    assert print_operation(load) == (
        "%0 = memref.load %alloc[%arg0, %arg0] nontemporal(true) : memref<?x4xf32>"
    )
    assert print_operation(store) == "memref.store %arg1, %alloc[%arg0, %arg0] : memref<?x4xf32>"
    assert print_operation(rmw) == (
        "%1 = memref.atomic_rmw maxnumf %arg1, %alloc[%arg0, %arg0] : (f32, memref<?x4xf32>) -> f32"
    )
    assert memref.AtomicRMWOp(rmw).kind_name == "maxnumf"
    for op in (alloc, load, store, rmw, dealloc):
        assert _errors(op) == []
    bad = memref.AllocOp.build(t)
    block.append(bad)
    assert _errors(bad) == [
        "'memref.alloc' op incorrect number of dynamic sizes, has 0, expected 1"
    ]


def test_subview_builder_infers_the_result_type() -> None:
    block = _body(MemRefType((8, 16), F32), INDEX)
    source, i = block.args
    op = memref.SubViewOp.build(source, [i, 4], [2, 2], [1, 2])
    block.append(op)
    assert str(op.results[0].type) == "memref<2x2xf32, strided<[16, 2], offset: ?>>"
    assert print_operation(op) == (
        "%subview = memref.subview %arg0[%arg1, 4] [2, 2] [1, 2] : memref<8x16xf32> to "
        "memref<2x2xf32, strided<[16, 2], offset: ?>>"
    )
    assert _errors(op) == []
    reduced = _strided((4,), (1,), D)
    op = memref.SubViewOp.build(source, [0, i], [1, 4], [1, 1], result_type=reduced)
    block.append(op)
    assert _errors(op) == []
    view = memref.SubViewOp(op)
    assert view.offsets == [i] and list(view.static_offsets.values) == [0, D]


def test_reshape_cast_and_view_builders() -> None:
    block = _body(MemRefType((D,), F32), INDEX, MemRefType((64,), I8))
    source, i, buf = block.args
    expand = memref.ExpandShapeOp.build(source, MemRefType((D, 4), F32), [[0, 1]], [i, 4])
    block.append(expand)
    collapse = memref.CollapseShapeOp.build(expand.results[0], MemRefType((D,), F32), [[0, 1]])
    cast = memref.CastOp.build(source, MemRefType((16,), F32))
    reinterpret = memref.ReinterpretCastOp.build(
        source, _strided((4, 4), (4, 1), D), i, [4, 4], [4, 1]
    )
    view = memref.ViewOp.build(buf, i, [], MemRefType((4, 4), F32))
    dim_op = memref.DimOp.build(source, i)
    block.append_ops([collapse, cast, reinterpret, view, dim_op])
    assert print_operation(expand) == (
        "%expand_shape = memref.expand_shape %arg0 [[0, 1]] output_shape [%arg1, 4] : "
        "memref<?xf32> into memref<?x4xf32>"
    )
    assert print_operation(reinterpret) == (
        "%reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [%arg1], sizes: [4, 4], "
        "strides: [4, 1] : memref<?xf32> to memref<4x4xf32, strided<[4, 1], offset: ?>>"
    )
    assert print_operation(dim_op) == "%dim = memref.dim %arg0, %arg1 : memref<?xf32>"
    for op in (expand, collapse, cast, reinterpret, view, dim_op):
        assert _errors(op) == [], print_operation(op)
    assert memref.reassociation_groups(memref.ExpandShapeOp(expand).reassociation) == [[0, 1]]


def test_global_builders_and_lookup() -> None:
    module = ModuleOp.build()
    body = module.regions[0].blocks[0]
    t = MemRefType((2,), F32)
    init = DenseIntOrFPElementsAttr(RankedTensorType((2,), F32), [1.0, 2.0])
    glob = memref.GlobalOp.build("c", t, init, constant=True, visibility="private", alignment=8)
    uninit = memref.GlobalOp.build("u", t, UnitAttr())
    fn = FuncOp.build("f", FunctionType((), ()))
    body.append_ops([glob, uninit, fn])
    get = memref.GetGlobalOp.build("c", t)
    fn.regions[0].blocks[0].append(get)
    assert print_operation(glob) == (
        'memref.global "private" constant @c : memref<2xf32> = '
        "dense<[1.000000e+00, 2.000000e+00]> alignment = 8"
    )
    assert print_operation(uninit) == "memref.global @u : memref<2xf32> = uninitialized"
    assert print_operation(get) == "%0 = memref.get_global @c : memref<2xf32>"
    assert memref.GetGlobalOp(get).global_name.root == "c"
    assert _errors(get) == []
    wrong = memref.GetGlobalOp.build("nope", t)
    fn.regions[0].blocks[0].append(wrong)
    assert _errors(wrong) == [
        "'memref.get_global' op 'nope' does not reference a valid global memref"
    ]
