"""Tests of the tensor dialect's Python API: builders, the shape helpers, and the
verifier hooks it relies on (region rules after the nested ops, plain messages)."""

from __future__ import annotations

from pyir.builtin_types import DYNAMIC, F32, I32, INDEX, FunctionType, RankedTensorType
from pyir.core import Block
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects import tensor
from pyir.dialects.func import FuncOp, ReturnOp
from pyir.dialects.tensor_ops import (
    ConcatOp,
    DimOp,
    EmptyOp,
    ExtractOp,
    FromElementsOp,
    GenerateOp,
    InsertOp,
    SplatOp,
    YieldOp,
)
from pyir.dialects.tensor_parallel_ops import ParallelInsertSliceOp
from pyir.dialects.tensor_shapes import (
    collapsed_shape,
    concat_error,
    rank_reduction_mask,
    reshape_error,
    slice_bounds_error,
    slice_type_error,
)
from pyir.dialects.tensor_slice_ops import (
    CollapseShapeOp,
    ExpandShapeOp,
    ExtractSliceOp,
    InsertSliceOp,
    PadOp,
)
from pyir.textual.printer import print_operation
from pyir.verifier import verify

D = DYNAMIC


def T(*shape: int, element=F32) -> RankedTensorType:  # noqa: N802 - reads like the type
    return RankedTensorType(shape, element)


def _func(*arg_types) -> tuple:
    fn = FuncOp.build("f", FunctionType(tuple(arg_types), ()))
    return fn, fn.regions[0].blocks[0]


def _errors(op) -> list[str]:
    seen: list = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    verify(op, engine)
    return [d.message for d in seen]


def _finish(fn, block) -> str:
    block.append(ReturnOp.create([]))
    assert _errors(fn) == []
    return print_operation(fn)


def test_every_upstream_op_is_registered() -> None:
    names = {op.name.partition(".")[2] for op in tensor.DIALECT.ops}
    assert names == {
        "bitcast", "cast", "collapse_shape", "concat", "dim", "empty", "expand_shape",
        "extract", "extract_slice", "from_elements", "gather", "generate", "insert",
        "insert_slice", "pad", "parallel_insert_slice", "rank", "reshape", "scatter",
        "splat", "yield",
    }  # fmt: skip


def test_element_builders_infer_types() -> None:
    fn, block = _func(T(4, D), INDEX, F32)
    t, i, f = block.args
    empty = EmptyOp.build(T(D, 4), [i])
    extract = ExtractOp.build(t, [i, i])
    insert = InsertOp.build(f, t, [i, i])
    dim = DimOp.build(t, i)
    elements = FromElementsOp.build([f, f])
    splat = SplatOp.build(f, T(D, 2), [i])
    block.append_ops([empty, extract, insert, dim, elements, splat])
    assert extract.results[0].type == F32
    assert insert.results[0].type == T(4, D)
    assert elements.results[0].type == T(2)
    text = _finish(fn, block)
    assert "%0 = tensor.empty(%arg1) : tensor<?x4xf32>" in text
    assert "%extracted = tensor.extract %arg0[%arg1, %arg1] : tensor<4x?xf32>" in text
    assert "%inserted = tensor.insert %arg2 into %arg0[%arg1, %arg1] : tensor<4x?xf32>" in text
    assert "%from_elements = tensor.from_elements %arg2, %arg2 : tensor<2xf32>" in text
    assert "%splat = tensor.splat %arg2[%arg1] : tensor<?x2xf32>" in text


def test_concat_builder_infers_the_joined_shape() -> None:
    fn, block = _func(T(3, D), T(3, 2))
    op = ConcatOp.build(1, list(block.args))
    block.append(op)
    assert op.results[0].type == T(3, D)
    op0 = ConcatOp.build(0, [block.args[1], block.args[1]])
    block.append(op0)
    assert op0.results[0].type == T(6, 2)
    assert "tensor.concat dim(0) %arg1, %arg1" in _finish(fn, block)


def test_slice_builders_take_mixed_lists() -> None:
    fn, block = _func(T(8, 16), INDEX)
    t, i = block.args
    ext = ExtractSliceOp.build(t, [0, i], [4, i], [1, 1])
    block.append(ext)
    assert ext.results[0].type == T(4, D)
    assert ExtractSliceOp(ext).mixed("offsets") == [0, i]
    reduced = ExtractSliceOp.build(t, [0, 0], [1, 16], [1, 1], result_type=T(16))
    block.append(reduced)
    ins = InsertSliceOp.build(ext.results[0], t, [0, i], [4, i], [1, 1])
    block.append(ins)
    text = _finish(fn, block)
    assert (
        "%extracted_slice = tensor.extract_slice %arg0[0, %arg1] [4, %arg1] [1, 1] : "
        "tensor<8x16xf32> to tensor<4x?xf32>"
    ) in text
    assert "tensor.insert_slice %extracted_slice into %arg0[0, %arg1] [4, %arg1] [1, 1]" in text
    assert ext.properties["operandSegmentSizes"].values == (1, 1, 1, 0)


def test_parallel_insert_slice_builder_has_no_result_and_needs_its_parent() -> None:
    fn, block = _func(T(8, 16), T(4, 16), INDEX)
    t, s, i = block.args
    op = ParallelInsertSliceOp.build(s, t, [i, 0], [4, 16], [1, 1])
    block.append(op)
    assert len(op.results) == 0
    assert ParallelInsertSliceOp(op).mixed("offsets") == [i, 0]
    assert op.properties["operandSegmentSizes"].values == (1, 1, 1, 0, 0)
    block.append(ReturnOp.create([]))
    errors = _errors(fn)
    assert len(errors) == 1
    assert errors[0].startswith("expected InParallelOpInterface parent, got:")


def test_pad_and_generate_builders_make_index_blocks() -> None:
    fn, block = _func(T(4, D), INDEX, F32)
    t, i, f = block.args

    def yield_f(body: Block) -> None:
        body.append(YieldOp.build(f))

    pad = PadOp.build(t, [1, i], [2, 0], T(7, D), nofold=True, body=yield_f)
    gen = GenerateOp.build(T(D, 3), [i], body=yield_f)
    block.append_ops([pad, gen])
    assert [a.type for a in pad.regions[0].blocks[0].args] == [INDEX, INDEX]
    text = _finish(fn, block)
    assert "%padded = tensor.pad %arg0 nofold low[1, %arg1] high[2, 0] {" in text
    assert "%generated = tensor.generate %arg1 {" in text


def test_reshape_builders() -> None:
    fn, block = _func(T(2, 3, D), INDEX)
    t, i = block.args
    col = CollapseShapeOp.build(t, [[0, 1], [2]])
    block.append(col)
    assert col.results[0].type == T(6, D)
    exp = ExpandShapeOp.build(col.results[0], [[0, 1], [2]], [2, 3, i])
    block.append(exp)
    assert exp.results[0].type == T(2, 3, D)
    assert "output_shape [2, 3, %arg1]" in _finish(fn, block)


def test_region_rules_run_after_the_body_and_plain_messages_have_no_prefix() -> None:
    fn, block = _func(INDEX, I32)
    gen = GenerateOp.build(
        T(D), [block.args[0]], body=lambda b: b.append(YieldOp.build(block.args[1]))
    )
    block.append(gen)
    block.append(ReturnOp.create([]))
    assert _errors(fn) == [
        "'tensor.generate' op body must be terminated with a `yield` operation of the tensor "
        "element type"
    ]
    fn2, block2 = _func(F32)
    gen2 = GenerateOp.create([], [T(4)], regions=1)
    gen2.regions[0].add_block(Block([INDEX, INDEX]))
    gen2.regions[0].blocks[0].append(YieldOp.build(block2.args[0]))
    block2.append(gen2)
    block2.append(ReturnOp.create([]))
    assert _errors(fn2) == ["must have one body argument per input dimension"]


def test_rank_reduction_mask_drops_unit_dims_greedily() -> None:
    assert rank_reduction_mask((1, 6, 1), (1, 6)) == {2}
    assert rank_reduction_mask((1, 6, 1), (6, 1)) == {0}
    assert rank_reduction_mask((1, 1, 2, 1, 1, 4, 1), (1, 2, 1, 4)) == {1, 4, 6}
    assert rank_reduction_mask((2, 3), (3,)) is None
    assert rank_reduction_mask((4,), (4, 1)) is None


def test_slice_type_error_messages() -> None:
    assert slice_type_error(T(1, 4), T(4)) is None
    assert slice_type_error(T(4), T(4, 1)) == (
        "expected rank to be smaller or equal to the other rank. "
    )
    assert slice_type_error(T(1, 4), T(4, 1)) == (
        "expected type to be 'tensor<1x4xf32>' or a rank-reduced version. (size mismatch) "
    )
    assert slice_type_error(T(4), T(4, element=I32)) == "expected element type to be 'f32'"


def test_slice_bounds_checks_only_static_upper_bounds() -> None:
    assert slice_bounds_error((8,), (3,), (3,), (3,)) == (
        "slice along dimension 0 runs out-of-bounds: 9 >= 8"
    )
    assert slice_bounds_error((8,), (8,), (0,), (1,)) == "offset 0 is out-of-bounds: 8 >= 8"
    assert slice_bounds_error((8,), (0,), (2,), (-1,)) is None
    assert slice_bounds_error((D,), (9,), (4,), (1,)) is None
    assert slice_bounds_error((8,), (D,), (9,), (1,)) is None


def test_concat_and_reshape_rules() -> None:
    assert concat_error(0, [T(3, 4), T(D, 4)], T(D, 4)) is None
    assert concat_error(0, [T(3, 4), T(4, 5)], T(7, 5)) == (
        "static concatenation size mismatch along non-concatenated dimension 1"
    )
    assert collapsed_shape((2, 3, D, 4), [[0, 1], [2, 3]]) == (6, D)
    assert reshape_error(T(2, 3, 4), T(6, 4), [[0, 1], [2]]) is None
    assert reshape_error(T(2, 3, 4), T(8, 3), [[0, 2], [1]]) == (
        "expected reassociation map #0 to be valid and contiguous."
    )


def test_gather_scatter_builders_infer_types_and_verify() -> None:
    from pyir.dialects.tensor_gather_ops import GatherOp, ScatterOp

    fn, block = _func(T(4, 5), RankedTensorType((3, 1), INDEX))
    s, i = block.args
    full = GatherOp.build(s, i, [0], unique=True)
    reduced = GatherOp.build(s, i, [0], rank_reduced=True)
    scatter = ScatterOp.build(full.results[0], s, i, [0])
    block.append_ops([full, reduced, scatter])
    assert full.results[0].type == T(3, 1, 5)
    assert reduced.results[0].type == T(3, 5)
    text = _finish(fn, block)
    assert "tensor.gather %arg0[%arg1] gather_dims([0]) unique :" in text
    assert "tensor.scatter %gather into %arg0[%arg1] scatter_dims([0]) unique :" in text
    bad = GatherOp.build(s, i, [0, 1])
    assert _errors(bad) == [
        "'tensor.gather' op gather_dims length must match the size of last dimension of indices"
    ]
