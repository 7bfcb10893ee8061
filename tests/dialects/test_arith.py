"""Tests of the arith dialect's Python API: builders, result names, flags and enums."""

from __future__ import annotations

import pytest

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import F16, F32, I1, I32, I64, INDEX, FunctionType, IntegerType, VectorType
from pyir.core import Block
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects import arith
from pyir.dialects.arith_attrs import (
    CMPF_PREDICATES,
    CMPI_PREDICATES,
    NO_FASTMATH,
    NO_OVERFLOW,
    ROUNDING_MODES,
    FastMathFlagsAttr,
    IntegerOverflowFlagsAttr,
)
from pyir.dialects.arith_casts import ExtSIOp, TruncIOp
from pyir.dialects.arith_syntax import CmpFOp, CmpIOp, SelectOp
from pyir.dialects.func import FuncOp
from pyir.textual.printer import print_operation
from pyir.verifier import verify


def _body(*arg_types) -> Block:
    """The entry block of a new function taking `arg_types` (so its args print as %argN)."""
    return FuncOp.build("f", FunctionType(tuple(arg_types), ())).regions[0].blocks[0]


def _errors(op) -> list[str]:
    seen: list = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    verify(op, engine)
    return [d.message for d in seen]


def _text(op) -> str:
    return print_operation(op)


def test_every_upstream_op_is_registered() -> None:
    names = {op.name.partition(".")[2] for op in arith.DIALECT.ops}
    expected = {
        "addf", "addi", "addui_extended", "andi", "bitcast", "ceildivsi", "ceildivui",
        "cmpf", "cmpi", "constant", "convertf", "divf", "divsi", "divui", "extf", "extsi",
        "extui", "floordivsi", "flush_denormals", "fptosi", "fptoui", "index_cast",
        "index_castui", "maximumf", "maximumnumf", "maxnumf", "maxsi", "maxui", "minimumf",
        "minimumnumf", "minnumf", "minsi", "minui", "mulf", "muli", "mulsi_extended",
        "mului_extended", "negf", "ori", "remf", "remsi", "remui", "scaling_extf",
        "scaling_truncf", "select", "shli", "shrsi", "shrui", "sitofp", "subf", "subi",
        "subui_extended", "truncf", "trunci", "uitofp", "xori",
    }  # fmt: skip
    assert names == expected


def test_binary_builder_stores_the_default_flags() -> None:
    block = _body(I32, I32)
    op = arith.AddIOp.build(*block.args)
    block.append(op)
    assert op.results[0].type == I32
    assert op.properties["overflowFlags"] == NO_OVERFLOW
    assert _errors(op) == []
    assert _text(op) == "%0 = arith.addi %arg0, %arg1 : i32"


def test_binary_builder_takes_flags() -> None:
    block = _body(F32, F32)
    op = arith.MulFOp.build(*block.args, fastmath=FastMathFlagsAttr(["nnan", "ninf"]))
    block.append(op)
    assert _text(op) == "%0 = arith.mulf %arg0, %arg1 fastmath<nnan,ninf> : f32"
    assert NO_FASTMATH == FastMathFlagsAttr("none")


def test_flags_print_in_mlir_order_and_fast_groups_all() -> None:
    assert str(FastMathFlagsAttr(["contract", "nnan"])) == "#arith.fastmath<nnan,contract>"
    assert str(FastMathFlagsAttr(list(FastMathFlagsAttr("fast").value))) == "#arith.fastmath<fast>"
    assert str(IntegerOverflowFlagsAttr(["nuw", "nsw"])) == "#arith.overflow<nsw, nuw>"
    with pytest.raises(ValueError):
        FastMathFlagsAttr(["quick"])


def test_constant_names_follow_mlir() -> None:
    block = _body()
    values = [
        IntegerAttr(0, I32),
        IntegerAttr(-1, I64),
        IntegerAttr(1, INDEX),
        IntegerAttr(1, I1),
        IntegerAttr(0, I1),
        FloatAttr(1.5, F32),
    ]
    ops = [arith.ConstantOp.build(v) for v in values]
    block.append_ops(ops)
    assert [arith.ConstantOp.asm_result_names(op)[0] for op in ops] == [
        "c0_i32",
        "c-1_i64",
        "c1",
        "true",
        "false",
        "cst",
    ]
    assert all(_errors(op) == [] for op in ops)


def test_constant_of_a_signed_type_does_not_verify() -> None:
    op = arith.ConstantOp.build(IntegerAttr(1, IntegerType(32, "signed")))
    _body().append(op)
    assert _errors(op) == ["'arith.constant' op integer return type must be signless"]


def test_compare_builders_make_i1_of_the_operand_shape() -> None:
    v4 = VectorType((4,), I32)
    block = _body(v4, v4, F32)
    cmpi = CmpIOp.build("ult", block.args[0], block.args[1])
    cmpf = CmpFOp.build("une", block.args[2], block.args[2])
    block.append_ops([cmpi, cmpf])
    assert cmpi.results[0].type == VectorType((4,), I1)
    assert cmpi.properties["predicate"] == IntegerAttr(CMPI_PREDICATES.index("ult"), I64)
    assert cmpf.properties["fastmath"] == NO_FASTMATH
    assert _text(cmpi) == "%0 = arith.cmpi ult, %arg0, %arg1 : vector<4xi32>"
    assert _text(cmpf) == "%1 = arith.cmpf une, %arg2, %arg2 : f32"
    with pytest.raises(ValueError):
        CmpIOp.build("lt", block.args[0], block.args[1])


def test_enum_tables_match_mlir_numbering() -> None:
    assert CMPI_PREDICATES.index("uge") == 9
    assert CMPF_PREDICATES.index("uno") == 14 and CMPF_PREDICATES[-1] == "true"
    assert ROUNDING_MODES.index("to_nearest_away") == 4


def test_select_builder_and_mask_verification() -> None:
    v4 = VectorType((4,), F32)
    block = _body(I1, v4, VectorType((3,), I1))
    ok = SelectOp.build(block.args[0], block.args[1], block.args[1])
    bad = SelectOp.build(block.args[2], block.args[1], block.args[1])
    block.append_ops([ok, bad])
    assert _errors(ok) == []
    assert _errors(bad) == [
        "'arith.select' op failed to verify that condition is signless i1 or has matching shape"
    ]


def test_cast_builder_checks_widths() -> None:
    block = _body(I32)
    ext = ExtSIOp.build(block.args[0], I64)
    trunc = TruncIOp.build(block.args[0], I64)
    block.append_ops([ext, trunc])
    assert _errors(ext) == []
    assert _errors(trunc) == [
        "'arith.trunci' op operand type 'i32' and result type 'i64' are cast incompatible"
    ]
    assert _text(ext) == "%0 = arith.extsi %arg0 : i32 to i64"


def test_truncf_prints_the_rounding_keyword() -> None:
    from pyir.dialects.arith_syntax import TruncFOp

    block = _body(F32)
    op = TruncFOp.create([block.args[0]], [F16], {"roundingmode": IntegerAttr(2, IntegerType(32))})
    block.append(op)
    assert _text(op) == "%0 = arith.truncf %arg0 upward : f32 to f16"
