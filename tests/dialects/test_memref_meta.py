"""Builders and helpers of the memref metadata and scope ops (memref_meta_ops,
memref_scope_ops): what they build prints as mlir-opt prints it and verifies."""

from __future__ import annotations

from pyir.builtin_attributes import IntegerAttr, StridedLayoutAttr
from pyir.builtin_types import DYNAMIC, F32, INDEX, FunctionType, IntegerType, MemRefType
from pyir.core import Block
from pyir.dialects import memref
from pyir.dialects import memref_meta_ops as meta
from pyir.dialects.func import FuncOp
from pyir.textual.printer import print_operation
from pyir.verifier import verify

D = DYNAMIC


def _body(*arg_types) -> Block:
    return FuncOp.build("f", FunctionType(tuple(arg_types), ())).regions[0].blocks[0]


def test_extract_strided_metadata_builder() -> None:
    t = MemRefType((4, D), F32, StridedLayoutAttr(D, (D, 1)))
    block = _body(t)
    op = memref.ExtractStridedMetadataOp.build(block.args[0])
    block.append(op)
    assert [r.type for r in op.results] == [MemRefType((), F32), *[INDEX] * 5]
    assert print_operation(op) == (
        "%base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata "
        "%arg0 : memref<4x?xf32, strided<[?, 1], offset: ?>> -> memref<f32>, index, index, "
        "index, index, index"
    )
    assert verify(op)


def test_transpose_builder_infers_the_strided_type() -> None:
    block = _body(MemRefType((4, 8), F32))
    op = memref.TransposeOp.build(block.args[0], [1, 0])
    block.append(op)
    assert op.results[0].type == MemRefType((8, 4), F32, StridedLayoutAttr(0, (1, 8)))
    assert print_operation(op) == (
        "%transpose = memref.transpose %arg0 (d0, d1) -> (d1, d0) : memref<4x8xf32> to "
        "memref<8x4xf32, strided<[1, 8]>>"
    )
    assert verify(op)


def test_canonical_strided_text() -> None:
    identity = MemRefType((4, 8), F32, StridedLayoutAttr(0, (8, 1)))
    assert meta.canonical_strided_text(identity) == "memref<4x8xf32>"
    dynamic = MemRefType((4, 8), F32, StridedLayoutAttr(D, (1, D)))
    assert meta.canonical_strided_text(dynamic) == (
        "memref<4x8xf32, affine_map<(d0, d1)[s0, s1] -> (d0 + s0 + d1 * s1)>>"
    )


def test_assume_alignment_and_memory_space_cast_builders() -> None:
    t = MemRefType((4,), F32, None, IntegerAttr(1, IntegerType(64)))
    block = _body(t)
    align = memref.AssumeAlignmentOp.build(block.args[0], 16)
    cast = memref.MemorySpaceCastOp.build(block.args[0], MemRefType((4,), F32))
    block.append_ops([align, cast])
    assert print_operation(align) == (
        "%assume_align = memref.assume_alignment %arg0, 16 : memref<4xf32, 1>"
    )
    assert verify(align) and verify(cast)
    assert not meta.memory_space_cast_compatible(t, MemRefType((5,), F32))
