"""TypeConverter and SignatureConversion (pyir.type_converter), without a conversion."""

from __future__ import annotations

from typing import Any

import pytest
import test_conversion_dialect as cv
from test_conversion_dialect import parse

from pyir.builder import Builder
from pyir.builtin import UnrealizedConversionCastOp
from pyir.builtin_types import F16, F32, I1, I8, I16, I32, I64, FunctionType, TupleType
from pyir.core import Block, Operation, Region
from pyir.type_converter import SignatureConversion, TypeConverter


def widening() -> TypeConverter:
    """i32 -> i64, tuple<...> -> its elements, f16 not convertible, the rest legal."""
    tc = TypeConverter()
    tc.add_conversion(lambda t: t)
    tc.add_conversion(lambda t: I64 if t == I32 else None)
    tc.add_conversion(lambda t: list(t.types) if isinstance(t, TupleType) else None)
    tc.add_conversion(lambda t: False if t == F16 else None)
    return tc


def test_conversions_are_tried_newest_first_and_cached() -> None:
    calls: list[Any] = []
    tc = TypeConverter()

    @tc.add_conversion
    def everything(t: Any) -> Any:
        calls.append(("old", t))
        return t

    @tc.add_conversion
    def narrow(t: Any) -> Any:
        calls.append(("new", t))
        return I8 if t == I16 else None

    assert tc.convert_type(I16) == I8
    assert tc.convert_type(I32) == I32
    assert calls == [("new", I16), ("new", I32), ("old", I32)]
    assert tc.convert_type(I16) == I8 and len(calls) == 3  # cached
    tc.add_conversion(lambda t: I1)  # adding a conversion drops the cache
    assert tc.convert_type(I16) == I1


def test_one_to_n_drop_and_failure() -> None:
    tc = widening()
    pair = TupleType((I32, F32))
    assert tc.convert_type_n(pair) == [I32, F32]
    assert tc.convert_type(pair) is None  # not 1:1
    assert tc.convert_type_n(TupleType(())) == []
    assert tc.convert_type(F16) is None and tc.convert_type_n(F16) is None
    assert tc.convert_types([I32, pair, I1]) == [I64, I32, F32, I1]
    assert tc.convert_types([I32, F16]) is None
    assert TypeConverter().convert_type(I32) is None  # no conversion at all


def test_legality_of_types_ops_and_regions() -> None:
    tc = widening()
    assert tc.is_legal(I64) and not tc.is_legal(I32) and not tc.is_legal(F16)
    assert tc.is_legal([I64, F32]) and not tc.is_legal((I64, I32))
    assert tc.is_signature_legal(FunctionType((I64,), (F32,)))
    assert not tc.is_signature_legal(FunctionType((I64,), (I32,)))
    module, _ = parse(
        """
        %a = "cv.make"() : () -> i64
        %b = "cv.add"(%a, %a) : (i64, i64) -> i32
        "cv.region"() ({
        ^bb0(%x: i64):
          "cv.yield"() : () -> ()
        ^bb1(%y: i32):
          "cv.yield"() : () -> ()
        }) : () -> ()
        """
    )
    make, add, region_op = module.regions[0].blocks[0].ops
    assert tc.is_legal(make) and not tc.is_legal(add)
    entry, other = region_op.regions[0].blocks
    assert tc.is_legal(entry) and not tc.is_legal(other)
    assert not tc.is_legal(region_op.regions[0])


def test_signature_conversions() -> None:
    tc = widening()
    conversion = SignatureConversion(4)
    assert tc.convert_signature_args([I32, TupleType((I1, I8)), TupleType(()), F32], conversion)
    assert conversion.converted_types == [I64, I1, I8, F32]
    m = [conversion.input_mapping(i) for i in range(4)]
    assert [(x.input_no, x.size) for x in m if x is not None] == [(0, 1), (1, 2), (3, 1)]
    assert m[2] is None  # dropped
    assert tc.convert_block_signature(Block([F16])) is None
    fn, conv = tc.convert_function_type(FunctionType((I32, TupleType((I1, I1))), (I32,)))
    assert fn == FunctionType((I64, I1, I1), (I64,))
    assert conv.converted_types == [I64, I1, I1]
    assert tc.convert_function_type(FunctionType((), (F16,))) is None


def test_signature_conversion_bookkeeping() -> None:
    module, _ = parse('%a = "cv.make"() : () -> i32')
    value = module.regions[0].blocks[0].first_op.results[0]
    conversion = SignatureConversion(3)
    conversion.add_inputs(0, [I64])
    conversion.add_inputs([F32])  # a new input no old one maps to
    conversion.remap_input(2, value)
    assert conversion.converted_types == [I64, F32]
    assert conversion.input_mapping(2).replacement == [value]
    assert conversion.input_mapping(1) is None
    with pytest.raises(ValueError, match="already mapped"):
        conversion.add_inputs(0, [I1])
    with pytest.raises(IndexError):
        conversion.remap_input(3, value)
    assert "3 inputs" in repr(conversion)


def _cast(builder: Any, t: Any, inputs: list, location: Any) -> Any:
    return builder.create(UnrealizedConversionCastOp, inputs, [t]).results[0]


def test_materializations_newest_first_with_type_checks() -> None:
    region = Region()
    block = Block([I32])
    region.add_block(block)
    builder = Builder.at_end(block)
    tc = TypeConverter()
    assert tc.materialize_source_conversion(builder, I64, block.args) is None
    order: list[str] = []

    def named(name: str, result: bool) -> Any:
        def fn(b: Any, t: Any, inputs: list, loc: Any) -> Any:
            order.append(name)
            return _cast(b, t, inputs, loc) if result else None

        return fn

    tc.add_source_materialization(named("first", True))
    tc.add_source_materialization(named("second", False))
    value = tc.materialize_source_conversion(builder, I64, block.args)
    assert value.type == I64 and order == ["second", "first"]
    tc.add_argument_materialization(named("arg", True))
    assert tc.materialize_argument_conversion(builder, F32, block.args).type == F32
    tc.add_target_materialization(named("target", True))
    assert [v.type for v in tc.materialize_target_conversion(builder, [I8], block.args)] == [I8]
    assert tc.materialize_target_conversion(builder, [I8, I8], block.args) is None

    def split(b: Any, types: list, inputs: list, loc: Any) -> Any:
        return list(b.create(UnrealizedConversionCastOp, inputs, types).results)

    tc.add_target_materialization(split, one_to_n=True)
    assert len(tc.materialize_target_conversion(builder, [I8, I1], block.args)) == 2
    tc.add_source_materialization(lambda b, t, inputs, loc: _cast(b, I1, inputs, loc))
    with pytest.raises(TypeError, match="not i64"):
        tc.materialize_source_conversion(builder, I64, block.args)
    assert isinstance(block.first_op, Operation) and block.first_op.op_def is not None
    assert cv.CV.name == "cv"
