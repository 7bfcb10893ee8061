"""Builtin attributes: construction, uniquing, verification and printing.

Every expected string was printed by `iree-opt --allow-unregistered-dialect
--mlir-print-op-generic` (an MLIR opt tool) from the same attribute in an op's dictionary.
"""

from __future__ import annotations

import math
import pickle
from fractions import Fraction

import pytest

from pyir.builtin_attributes import (
    FALSE,
    HEX_ELEMENTS_THRESHOLD,
    TRUE,
    UNIT,
    ArrayAttr,
    DenseArrayAttr,
    DenseIntOrFPElementsAttr,
    DenseResourceElementsAttr,
    DenseStringElementsAttr,
    DialectAttr,
    DictionaryAttr,
    FlatSymbolRefAttr,
    FloatAttr,
    IntegerAttr,
    OpaqueAttr,
    ResourceBlob,
    StridedLayoutAttr,
    StringAttr,
    SymbolRefAttr,
    UnitAttr,
    bool_attr,
)
from pyir.builtin_types import (
    BF16,
    DYNAMIC,
    F16,
    F32,
    F64,
    F80,
    F128,
    FLOAT_TYPES_BY_NAME,
    I1,
    I8,
    I16,
    I32,
    I64,
    INDEX,
    ComplexType,
    DialectType,
    IntegerType,
    RankedTensorType,
    VectorType,
)

FT = FLOAT_TYPES_BY_NAME
UI8 = IntegerType(8, "unsigned")
SI8 = IntegerType(8, "signed")
STR = DialectType("foo.str")


def tensor(*shape: int, element: object = I32) -> RankedTensorType:
    return RankedTensorType(shape, element)


def dense(values: object, *shape: int, element: object = I32) -> DenseIntOrFPElementsAttr:
    return DenseIntOrFPElementsAttr(tensor(*shape, element=element), values)


# --------------------------------------------------------------------------- integers

INTEGERS = [
    (IntegerAttr(5, I32), "5 : i32"),
    (IntegerAttr(-1, I8), "-1 : i8"),
    (IntegerAttr(255, I8), "-1 : i8"),
    (IntegerAttr(255, UI8), "255 : ui8"),
    (IntegerAttr(-128, SI8), "-128 : si8"),
    (IntegerAttr(5, I64), "5 : i64"),
    (IntegerAttr(5, INDEX), "5 : index"),
    (IntegerAttr(-5, INDEX), "-5 : index"),
    (bool_attr(True), "true"),
    (bool_attr(False), "false"),
    (IntegerAttr(1, I1), "true"),
    (IntegerAttr(-1, I1), "true"),
    (IntegerAttr(-1, IntegerType(1, "signed")), "-1 : si1"),
    (IntegerAttr(1, IntegerType(1, "unsigned")), "1 : ui1"),
]


@pytest.mark.parametrize(("attr", "text"), INTEGERS, ids=[t for _, t in INTEGERS])
def test_integer_prints_like_mlir(attr: IntegerAttr, text: str) -> None:
    assert str(attr) == text


def test_integer_values_and_uniquing() -> None:
    assert IntegerAttr(255, I8).value == -1
    assert IntegerAttr(255, I8) == IntegerAttr(-1, I8)
    assert IntegerAttr(5, I32) is IntegerAttr(5, I32)
    assert IntegerAttr(5, I32) != IntegerAttr(5, I64)
    assert int(IntegerAttr(7, I32)) == 7
    assert bool_attr(True) is TRUE and bool_attr(False) is FALSE
    assert IntegerAttr(True, I1) == TRUE
    big = 2**64 - 1
    assert IntegerAttr(big, IntegerType(64, "unsigned")).value == big


@pytest.mark.parametrize(
    ("value", "type_"),
    [(256, I8), (-129, I8), (-1, UI8), (128, SI8), (1, IntegerType(1, "signed")), (2**63, INDEX)],
)
def test_integer_out_of_range(value: int, type_: object) -> None:
    with pytest.raises(ValueError, match=f"integer constant {value} out of range for attribute"):
        IntegerAttr(value, type_)


def test_integer_invalid_parameters() -> None:
    with pytest.raises(ValueError, match="must be an integer or index type, got f32"):
        IntegerAttr(1, F32)
    with pytest.raises(ValueError, match="value must be an int, got 1.5"):
        IntegerAttr(1.5, I32)


# --------------------------------------------------------------------------- floats

FLOATS = [
    (FloatAttr(1.0, F32), "1.000000e+00 : f32"),
    (FloatAttr(0.5, F64), "5.000000e-01 : f64"),
    (FloatAttr(float("nan"), F32), "0x7FC00000 : f32"),
    (FloatAttr(float("inf"), F32), "0x7F800000 : f32"),
    (FloatAttr(float("-inf"), F32), "0xFF800000 : f32"),
    (FloatAttr(1e10, F32), "1.000000e+10 : f32"),
    (FloatAttr(0.1, F32), "1.000000e-01 : f32"),
    (FloatAttr(0.1, F64), "1.000000e-01 : f64"),
    (FloatAttr(3.14159, F16), "3.140630e+00 : f16"),
    (FloatAttr(1.0, BF16), "1.000000e+00 : bf16"),
    (FloatAttr(0.1, BF16), "1.000980e-01 : bf16"),
    (FloatAttr(1.1, F16), "1.099610e+00 : f16"),
    (FloatAttr(123456789.0, F64), "0x419D6F3454000000 : f64"),
    (FloatAttr(1234567.0, F32), "0x4996B438 : f32"),
    (FloatAttr(-0.0, F32), "-0.000000e+00 : f32"),
    (FloatAttr(0.0, F32), "0.000000e+00 : f32"),
    (FloatAttr(1e-10, F64), "1.000000e-10 : f64"),
    (FloatAttr(1e100, F64), "1.000000e+100 : f64"),
    (FloatAttr(5e-324, F64), "4.940660e-324 : f64"),
    (FloatAttr(1e-5, F32), "9.99999974E-6 : f32"),
    (FloatAttr(0.0001, F32), "9.99999974E-5 : f32"),
    (FloatAttr(12345.678, F32), "12345.6777 : f32"),
    (FloatAttr(100.0, F32), "1.000000e+02 : f32"),
    (FloatAttr(100000.0, F32), "1.000000e+05 : f32"),
    (FloatAttr(0.001, F32), "1.000000e-03 : f32"),
    (FloatAttr(123.456, F64), "1.234560e+02 : f64"),
    (FloatAttr(1e-7, F16), "1.192090e-07 : f16"),
    (FloatAttr(65504.0, F16), "6.550400e+04 : f16"),
    (FloatAttr(3e38, F32), "3.000000e+38 : f32"),
    (FloatAttr(1e-50, F32), "0.000000e+00 : f32"),
    (FloatAttr(1e39, F32), "0x7F800000 : f32"),
    (FloatAttr(1e10, F16), "0x7C00 : f16"),
    (FloatAttr(1.0, F80), "1.000000e+00 : f80"),
    (FloatAttr("1.1", F80), "1.100000e+00 : f80"),
    (FloatAttr("1.1", F128), "1.100000e+00 : f128"),
    (FloatAttr(2.0, F128), "2.000000e+00 : f128"),
    (FloatAttr(1.0, FT["tf32"]), "1.000000e+00 : tf32"),
    (FloatAttr(1.5, FT["f8E4M3FN"]), "1.500000e+00 : f8E4M3FN"),
    (FloatAttr(0.3, FT["f8E4M3FN"]), "3.125000e-01 : f8E4M3FN"),
    (FloatAttr(500.0, FT["f8E4M3FN"]), "0x7F : f8E4M3FN"),
    (FloatAttr(1e-7, FT["f8E4M3FN"]), "0.000000e+00 : f8E4M3FN"),
    (FloatAttr(7.0, FT["f4E2M1FN"]), "6.000000e+00 : f4E2M1FN"),
    (FloatAttr(3.0, FT["f4E2M1FN"]), "3.000000e+00 : f4E2M1FN"),
    (FloatAttr(0.0, FT["f8E8M0FNU"]), "5.877470e-39 : f8E8M0FNU"),
    (FloatAttr(1.0, FT["f8E8M0FNU"]), "1.000000e+00 : f8E8M0FNU"),
    (FloatAttr(1.5, FT["f8E8M0FNU"]), "2.000000e+00 : f8E8M0FNU"),
    (FloatAttr(3.0, FT["f8E8M0FNU"]), "4.000000e+00 : f8E8M0FNU"),
    (FloatAttr(0.0, FT["f8E5M2FNUZ"]), "0.000000e+00 : f8E5M2FNUZ"),
    (FloatAttr(-0.0, FT["f8E5M2FNUZ"]), "0.000000e+00 : f8E5M2FNUZ"),
    (FloatAttr.from_bits(0x7FC00001, F32), "0x7FC00001 : f32"),
    (FloatAttr.from_bits(0x7FF8000000000000, F64), "0x7FF8000000000000 : f64"),
    (FloatAttr.from_bits(0x7FF0000000000001, F64), "0x7FF0000000000001 : f64"),
    (FloatAttr.from_bits(0x7E00, F16), "0x7E00 : f16"),
    (FloatAttr.from_bits(0x7C00, F16), "0x7C00 : f16"),
    (FloatAttr.from_bits(0x1, F32), "1.401300e-45 : f32"),
    (FloatAttr.from_bits(0x0, F32), "0.000000e+00 : f32"),
    (FloatAttr.from_bits(0x7F, FT["f8E4M3FN"]), "0x7F : f8E4M3FN"),
    (FloatAttr.from_bits(0x80, FT["f8E4M3FN"]), "-0.000000e+00 : f8E4M3FN"),
    (FloatAttr.from_bits(0x80, FT["f8E5M2FNUZ"]), "0x80 : f8E5M2FNUZ"),
    (FloatAttr.from_bits(0xFF, FT["f8E8M0FNU"]), "0xFF : f8E8M0FNU"),
    (FloatAttr.from_bits(0x20, FT["f6E2M3FN"]), "-0.000000e+00 : f6E2M3FN"),
    (FloatAttr.from_bits(0x1, FT["tf32"]), "1.147940e-41 : tf32"),
    (FloatAttr.from_bits(0x3F800, FT["tf32"]), "1.701410e+38 : tf32"),
    (FloatAttr.from_bits(0x3FFF8000000000000000, F80), "1.000000e+00 : f80"),
    (FloatAttr.from_bits(0x7FFF8000000000000000, F80), "0x7FFF8000000000000000 : f80"),
    (FloatAttr.from_bits(0x7FFFC000000000000000, F80), "0x7FFFC000000000000000 : f80"),
    (FloatAttr.from_bits(0x1, F80), "3.645200e-4951 : f80"),
    # An x87 unnormal reads as a NaN and keeps its mantissa under an all-ones exponent.
    (FloatAttr.from_bits(0xD5154039D142C1E6415A, F80), "0xFFFF4039D142C1E6415A : f80"),
    (FloatAttr.from_bits(0xC6E286BEF29899918A7, F80), "0x7FFF286BEF29899918A7 : f80"),
    (
        FloatAttr.from_bits(0x7FFF0000000000000000000000000000, F128),
        "0x7FFF0000000000000000000000000000 : f128",
    ),
]


@pytest.mark.parametrize(("attr", "text"), FLOATS, ids=[t for _, t in FLOATS])
def test_float_prints_like_mlir(attr: FloatAttr, text: str) -> None:
    assert str(attr) == text


def test_float_rounds_to_the_type() -> None:
    assert FloatAttr(0.1, F32).value == 0.10000000149011612
    assert FloatAttr(0.1, F32).bits == 0x3DCCCCCD
    assert FloatAttr(0.1, F64).value == 0.1
    assert FloatAttr(1, F32) == FloatAttr(1.0, F32)
    assert FloatAttr(Fraction(1, 3), F64).value == 1 / 3
    assert FloatAttr("0.1", F32) == FloatAttr(0.1, F32)
    assert FloatAttr("-0.0", F32).bits == 0x80000000
    assert math.isnan(FloatAttr(float("nan"), F16).value)
    assert FloatAttr(2.5, FT["f8E4M3FN"]).value == 2.5
    assert float(FloatAttr(448.0, FT["f8E4M3FN"])) == 448.0


def test_float_identity_uses_bits() -> None:
    assert FloatAttr(0.0, F32) != FloatAttr(-0.0, F32)
    assert FloatAttr(-0.0, F32) is FloatAttr(-0.0, F32)
    assert FloatAttr(0.0, F32) is FloatAttr(0.0, F32)
    assert FloatAttr(float("nan"), F32) == FloatAttr.from_bits(0x7FC00000, F32)
    assert FloatAttr.from_bits(0x7FC00000, F32) is FloatAttr.from_bits(0x7FC00000, F32)
    assert FloatAttr.from_bits(0x3F800000, F32) == FloatAttr(1.0, F32)
    assert FloatAttr(1.0, F32) != FloatAttr(1.0, F64)


def test_float_invalid_parameters() -> None:
    with pytest.raises(ValueError, match="must be a float type, got i32"):
        FloatAttr(1.0, I32)
    with pytest.raises(ValueError, match="float value must be a number"):
        FloatAttr(None, F32)
    with pytest.raises(ValueError, match="invalid float literal"):
        FloatAttr("1.0.0", F32)
    with pytest.raises(ValueError, match="does not fit 16-bit type f16"):
        FloatAttr.from_bits(0x10000, F16)
    with pytest.raises(ValueError, match="f8E8M0FNU cannot represent negative values"):
        FloatAttr(-1.0, FT["f8E8M0FNU"])
    with pytest.raises(ValueError, match="f4E2M1FN has no NaN"):
        FloatAttr(float("nan"), FT["f4E2M1FN"])


# --------------------------------------------------------------------------- strings, containers

OTHERS = [
    (StringAttr("hello"), '"hello"'),
    (StringAttr('a"b\\c\n\t\x01'), '"a\\22b\\\\c\\0A\\09\\01"'),
    (StringAttr(b"\xff\x00"), '"\\FF\\00"'),
    (StringAttr("x", I32), '"x" : i32'),
    (StringAttr("é"), '"\\C3\\A9"'),
    (SymbolRefAttr('a"b'), '@"a\\22b"'),
    (DictionaryAttr({'a"b': IntegerAttr(1, I64)}), '{"a\\22b" = 1 : i64}'),
    (UnitAttr(), "unit"),
    (
        ArrayAttr([IntegerAttr(1, I64), FloatAttr(2.0, F64), StringAttr("s")]),
        '[1, 2.000000e+00, "s"]',
    ),
    (
        ArrayAttr(
            [
                IntegerAttr(1, I32),
                FloatAttr(2.0, F32),
                FloatAttr(3.0, F64),
                StringAttr("x", I32),
                FloatAttr(float("nan"), F64),
            ]
        ),
        '[1 : i32, 2.000000e+00 : f32, 3.000000e+00, "x" : i32, 0x7FF8000000000000 : f64]',
    ),
    (ArrayAttr([UNIT, IntegerAttr(1, I64), FloatAttr(2.5, F64)]), "[unit, 1, 2.500000e+00]"),
    (ArrayAttr([FloatAttr(1.0, F64), IntegerAttr(2, INDEX)]), "[1.000000e+00, 2 : index]"),
    (
        ArrayAttr([IntegerAttr(1, I64), UNIT, DialectAttr("foo.bar", "2", I64)]),
        "[1, unit, #foo.bar<2> : i64]",
    ),
    (ArrayAttr([]), "[]"),
    (
        DictionaryAttr({"b": UNIT, "a": IntegerAttr(1, I64), "c d": IntegerAttr(2, I64)}),
        '{a = 1 : i64, b, "c d" = 2 : i64}',
    ),
    (DictionaryAttr([("a", ArrayAttr([IntegerAttr(1, I64)]))]), "{a = [1]}"),
    (DictionaryAttr({}), "{}"),
    (SymbolRefAttr("a", ["b"]), "@a::@b"),
    (SymbolRefAttr("weird name"), '@"weird name"'),
    (SymbolRefAttr("a b", ["c"]), '@"a b"::@c'),
    (SymbolRefAttr("a", ["x y"]), '@a::@"x y"'),
    (FlatSymbolRefAttr("a"), "@a"),
    (StridedLayoutAttr(DYNAMIC, [4, 1]), "strided<[4, 1], offset: ?>"),
    (StridedLayoutAttr(0, [4, 1]), "strided<[4, 1]>"),
    (StridedLayoutAttr(3, []), "strided<[], offset: 3>"),
    (StridedLayoutAttr(0, [0, 1]), "strided<[0, 1]>"),
    (StridedLayoutAttr(DYNAMIC, [DYNAMIC, DYNAMIC]), "strided<[?, ?], offset: ?>"),
    (OpaqueAttr("foo", "data", I32), '#foo<"data"> : i32'),
    (OpaqueAttr("foo", "x"), '#foo<"x">'),
    (OpaqueAttr("foo", "a\\nb"), '#foo<"a\\nb">'),
    (DialectAttr("foo.bar", "x y"), "#foo.bar<x y>"),
    (DialectAttr("foo.bar", "[1, 2]"), "#foo.bar<[1, 2]>"),
    (DialectAttr("foo.bar"), "#foo.bar"),
    (DialectAttr("foo.bar", "1", I32), "#foo.bar<1> : i32"),
    (DialectAttr("foo.bar", None, I32), "#foo.bar : i32"),
]


@pytest.mark.parametrize(("attr", "text"), OTHERS, ids=[t for _, t in OTHERS])
def test_attribute_prints_like_mlir(attr: object, text: str) -> None:
    assert str(attr) == text


def test_string_bytes() -> None:
    assert StringAttr(b"abc") == StringAttr("abc")
    assert StringAttr(b"\xff").data == b"\xff"
    assert StringAttr("é").data == "é".encode()
    assert StringAttr("x") != StringAttr("x", I32)
    with pytest.raises(ValueError, match="must be str or bytes"):
        StringAttr(3)
    with pytest.raises(ValueError, match="string attribute type must be a type"):
        StringAttr("x", "i32")


def test_array_and_dictionary_access() -> None:
    array = ArrayAttr((IntegerAttr(1, I64), UNIT))
    assert array[1] is UNIT and list(array) == [IntegerAttr(1, I64), UNIT]
    d = DictionaryAttr({"z": UNIT, "a": IntegerAttr(1, I64)})
    assert d.keys() == ("a", "z")
    assert d["z"] is UNIT and d.get("q") is None and "a" in d and "q" not in d
    assert d == DictionaryAttr([("a", IntegerAttr(1, I64)), ("z", UNIT)])
    assert DictionaryAttr([(StringAttr("k"), UNIT)]).keys() == ("k",)
    with pytest.raises(KeyError):
        d["q"]


def test_container_errors() -> None:
    with pytest.raises(ValueError, match="array elements must be attributes"):
        ArrayAttr([1])
    with pytest.raises(ValueError, match="duplicate name 'a' in dictionary"):
        DictionaryAttr([("a", UNIT), ("a", UNIT)])
    with pytest.raises(ValueError, match="dictionary names must be non-empty strings"):
        DictionaryAttr({"": UNIT})
    with pytest.raises(ValueError, match="dictionary value of 'a' must be an attribute"):
        DictionaryAttr({"a": 1})
    with pytest.raises(ValueError, match="symbol names must be non-empty strings"):
        SymbolRefAttr("")
    with pytest.raises(ValueError, match="symbol names must be non-empty strings"):
        SymbolRefAttr("a", [""])
    with pytest.raises(ValueError, match="strided layout stride must be an int or DYNAMIC"):
        StridedLayoutAttr(0, [1.5])
    with pytest.raises(ValueError, match="opaque attribute data must be the body"):
        OpaqueAttr("foo", 'x"y')
    with pytest.raises(ValueError, match="dialect attribute name must look like"):
        DialectAttr("foo")


def test_symbol_ref_helpers() -> None:
    ref = SymbolRefAttr("a", ("b", "c"))
    assert ref.leaf == "c" and not ref.is_flat
    assert FlatSymbolRefAttr("a") is SymbolRefAttr("a")
    assert FlatSymbolRefAttr("a").is_flat


# --------------------------------------------------------------------------- dense elements

DENSE = [
    (dense(1.0, 4, element=F32), "dense<1.000000e+00> : tensor<4xf32>"),
    (dense([[1, 2], [3, 4]], 2, 2), "dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>"),
    (dense([1, 2, 3, 4], 2, 2), "dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>"),
    (
        dense([(1, 2), (3, 4)], 2, element=ComplexType(I32)),
        "dense<[(1,2), (3,4)]> : tensor<2xcomplex<i32>>",
    ),
    (
        dense((1.0, 2.0), 2, element=ComplexType(F32)),
        "dense<(1.000000e+00,2.000000e+00)> : tensor<2xcomplex<f32>>",
    ),
    (
        dense(complex(1.5, 2.5), element=ComplexType(F64)),
        "dense<(1.500000e+00,2.500000e+00)> : tensor<complex<f64>>",
    ),
    (dense([True, False], 2, element=I1), "dense<[true, false]> : tensor<2xi1>"),
    (dense(True, 4, element=I1), "dense<true> : tensor<4xi1>"),
    (dense([1.0, 2.0], 2, element=F64), "dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf64>"),
    (dense([], 0), "dense<> : tensor<0xi32>"),
    (dense([], 0, 4, element=F32), "dense<> : tensor<0x4xf32>"),
    (dense([[]], 1, 0), "dense<> : tensor<1x0xi32>"),
    (dense(1, 2, 0), "dense<1> : tensor<2x0xi32>"),
    (dense(5), "dense<5> : tensor<i32>"),
    (dense([1, 1, 1], 3), "dense<1> : tensor<3xi32>"),
    (dense(255, 2, element=UI8), "dense<255> : tensor<2xui8>"),
    (dense(255, 2, element=I8), "dense<-1> : tensor<2xi8>"),
    (dense(4294967295, 2), "dense<-1> : tensor<2xi32>"),
    (dense([1, 2], 2, element=IntegerType(80)), "dense<[1, 2]> : tensor<2xi80>"),
    (dense([0, 1, 2], 3, element=IntegerType(4)), "dense<[0, 1, 2]> : tensor<3xi4>"),
    (
        dense([0.0, 1.0, 2.0], 3, element=FT["f4E2M1FN"]),
        "dense<[0.000000e+00, 1.000000e+00, 2.000000e+00]> : tensor<3xf4E2M1FN>",
    ),
    (
        dense([float("nan"), 1.0], 2, element=F32),
        "dense<[0x7FC00000, 1.000000e+00]> : tensor<2xf32>",
    ),
    (dense(float("nan"), 2, element=F32), "dense<0x7FC00000> : tensor<2xf32>"),
    (dense(-0.0, 2, element=F32), "dense<-0.000000e+00> : tensor<2xf32>"),
    (
        dense([0.0, -0.0], 2, element=F32),
        "dense<[0.000000e+00, -0.000000e+00]> : tensor<2xf32>",
    ),
    (dense(7, 200, element=I8), "dense<7> : tensor<200xi8>"),
    (DenseIntOrFPElementsAttr(VectorType((4,), I32), 1), "dense<1> : vector<4xi32>"),
    (
        DenseIntOrFPElementsAttr.from_bytes(tensor(4, element=I8), bytes([1, 2, 3, 4])),
        "dense<[1, 2, 3, 4]> : tensor<4xi8>",
    ),
    (
        DenseIntOrFPElementsAttr.from_bytes(tensor(3), bytes.fromhex("010000000100000001000000")),
        "dense<1> : tensor<3xi32>",
    ),
    (
        DenseIntOrFPElementsAttr.from_bytes(tensor(3), bytes.fromhex("01000000")),
        "dense<1> : tensor<3xi32>",
    ),
    (
        DenseIntOrFPElementsAttr.from_bytes(tensor(2), bytes.fromhex("0100000002000000")),
        "dense<[1, 2]> : tensor<2xi32>",
    ),
    (
        DenseIntOrFPElementsAttr.from_bytes(tensor(3, element=I1), bytes.fromhex("01")),
        "dense<true> : tensor<3xi1>",
    ),
    (
        DenseIntOrFPElementsAttr.from_bytes(tensor(2, element=I1), bytes.fromhex("FF")),
        "dense<true> : tensor<2xi1>",
    ),
    (
        DenseIntOrFPElementsAttr.from_bytes(tensor(2, element=I1), bytes.fromhex("0101")),
        "dense<true> : tensor<2xi1>",
    ),
    (
        DenseIntOrFPElementsAttr.from_bytes(
            tensor(1, element=F80), bytes.fromhex("0000000000000080FF3F")
        ),
        "dense<1.000000e+00> : tensor<1xf80>",
    ),
    (
        DenseIntOrFPElementsAttr.from_bytes(
            tensor(2, element=F80), bytes.fromhex("0000000000000080FF3F0000000000000080FF3F")
        ),
        "dense<1.000000e+00> : tensor<2xf80>",
    ),
]


@pytest.mark.parametrize(("attr", "text"), DENSE, ids=[t for _, t in DENSE])
def test_dense_prints_like_mlir(attr: object, text: str) -> None:
    assert str(attr) == text


def _hex(data: bytes) -> str:
    return '"0x' + data.hex().upper() + '"'


def test_dense_hex_threshold() -> None:
    # mlir-opt switches to hex for non-splat attributes with more than 100 elements.
    assert HEX_ELEMENTS_THRESHOLD == 100
    small = dense(list(range(100)), 100)
    assert str(small).startswith("dense<[0, 1, 2, 3,") and str(small).endswith(
        "99]> : tensor<100xi32>"
    )
    large = dense(list(range(101)), 101)
    expected = b"".join(i.to_bytes(4, "little") for i in range(101))
    assert str(large) == f"dense<{_hex(expected)}> : tensor<101xi32>"


def test_dense_hex_layouts() -> None:
    # Prefixes of what mlir-opt printed for 101-element attributes of each kind.
    cases = [
        ([bool(i % 3) for i in range(101)], I1, '"0x0001010001010001'),
        ([(i, -i) for i in range(101)], ComplexType(I16), '"0x000000000100FFFF0200FEFF'),
        ([i + 0.5 for i in range(101)], F16, '"0x0038003E00410043'),
        ([i % 8 for i in range(101)], IntegerType(4), '"0x00010203040506070001'),
        (list(range(101)), INDEX, '"0x00000000000000000100000000000000'),
        ([i + 0.5 for i in range(101)], FT["f8E4M3FN"], '"0x303C4246494B4D4F5052'),
        (list(range(101)), IntegerType(24), '"0x000000010000020000030000'),
        ([(float(i), 1.0) for i in range(101)], ComplexType(F32), '"0x000000000000803F0000803F'),
        (list(range(101)), IntegerType(7), '"0x000102030405060708090A0B'),
    ]
    for values, element, prefix in cases:
        text = str(dense(values, 101, element=element))
        assert text.startswith("dense<" + prefix), (element, text[:60])
        assert text.endswith(f'"> : tensor<101x{element}>')
    assert str(dense(7, 200, element=I8)) == "dense<7> : tensor<200xi8>"


def test_dense_values_and_equality() -> None:
    a = dense([[1, 2], [3, 4]], 2, 2)
    assert a.values == (1, 2, 3, 4)
    assert a.shape == (2, 2) and a.element_type is I32 and not a.is_splat
    assert a == DenseIntOrFPElementsAttr.from_bytes(a.type, a.data)
    splat = dense(3, 4)
    assert splat.is_splat and splat.splat_value == 3 and splat.values == (3, 3, 3, 3)
    assert dense([3, 3, 3, 3], 4) == splat
    assert dense([True, False], 2, element=I1).values == (True, False)
    assert dense([(1, 2)], 1, element=ComplexType(I8)).values == ((1, 2),)
    assert dense([0.5, 0.25], 2, element=BF16).values == (0.5, 0.25)
    assert dense(0.0, 2, element=F32) != dense(-0.0, 2, element=F32)
    assert dense([0.1], 1, element=F32).values == (0.10000000149011612,)
    assert pickle.loads(pickle.dumps(a)) == a
    with pytest.raises(ValueError, match="not a splat"):
        _ = a.splat_value


def test_dense_splat_forms_and_exact_floats() -> None:
    assert dense([7], 4) == dense(7, 4) and str(dense((7,), 4)) == "dense<7> : tensor<4xi32>"
    assert dense([(1, 2)], 3, element=ComplexType(I8)).is_splat
    nan = FloatAttr.from_bits(0x7FC00001, F32)
    assert (
        str(dense([nan, 1.0], 2, element=F32))
        == "dense<[0x7FC00001, 1.000000e+00]> : tensor<2xf32>"
    )
    # A Fraction rounds once, straight to the element type.
    assert dense([Fraction(1, 10)], 1, element=F32).data == bytes.fromhex("CDCCCC3D")
    with pytest.raises(ValueError, match="does not have element type f32"):
        dense([FloatAttr(1.0, F64)], 1, element=F32)


def test_dense_errors() -> None:
    with pytest.raises(ValueError, match=r"2 elements at depth 0 but the shape is \[3\]"):
        dense([1, 2], 3)
    with pytest.raises(ValueError, match="expected integer values for i32, got 1.5"):
        dense(1.5, 2)
    with pytest.raises(ValueError, match="expected float values for f32"):
        dense("x", 2, element=F32)
    with pytest.raises(ValueError, match=r"expected a list of 2 at depth 1"):
        dense([1, [2, 3]], 2, 2)
    with pytest.raises(ValueError, match="value 256 out of range for i8"):
        dense([256], 1, element=I8)
    with pytest.raises(ValueError, match="must have a static shape"):
        DenseIntOrFPElementsAttr(RankedTensorType((DYNAMIC,), I32), 1)
    with pytest.raises(ValueError, match="must be a ranked tensor or vector type"):
        DenseIntOrFPElementsAttr(I32, 1)
    with pytest.raises(ValueError, match="unsupported element type"):
        dense(1, 2, element=STR)
    with pytest.raises(ValueError, match="elements hex data size is invalid for provided type"):
        DenseIntOrFPElementsAttr.from_bytes(tensor(2), b"\x00\x00\x00")


STRINGS = [
    (
        DenseStringElementsAttr(tensor(2, element=STR), ["a", "b"]),
        'dense<["a", "b"]> : tensor<2x!foo.str>',
    ),
    (
        DenseStringElementsAttr(tensor(2, element=STR), ["a", "a"]),
        'dense<"a"> : tensor<2x!foo.str>',
    ),
    (DenseStringElementsAttr(tensor(4, element=STR), "a"), 'dense<"a"> : tensor<4x!foo.str>'),
    (
        DenseStringElementsAttr(tensor(1, element=STR), ["a\n"]),
        'dense<"a\\0A"> : tensor<1x!foo.str>',
    ),
    (
        DenseStringElementsAttr(tensor(2, 2, element=STR), [["a", b"\xff"], ["c", "d"]]),
        'dense<[["a", "\\FF"], ["c", "d"]]> : tensor<2x2x!foo.str>',
    ),
]


@pytest.mark.parametrize(("attr", "text"), STRINGS, ids=[t for _, t in STRINGS])
def test_dense_strings_print_like_mlir(attr: object, text: str) -> None:
    assert str(attr) == text


def test_dense_resource_and_blob() -> None:
    assert (
        str(DenseResourceElementsAttr(tensor(4, element=I8), "blob1"))
        == "dense_resource<blob1> : tensor<4xi8>"
    )
    assert (
        str(DenseResourceElementsAttr(tensor(4, element=I8), "a b"))
        == 'dense_resource<"a b"> : tensor<4xi8>'
    )
    assert (
        str(DenseResourceElementsAttr(tensor(2, element=I16), "x.y"))
        == "dense_resource<x.y> : tensor<2xi16>"
    )
    blob = ResourceBlob.from_hex("0x04000000abcdef00")
    assert blob.alignment == 4 and blob.data == b"\xab\xcd\xef\x00"
    assert blob.to_hex() == "0x04000000ABCDEF00"
    assert ResourceBlob(b"\xab\xcd", 1).to_hex() == "0x01000000ABCD"
    assert blob == ResourceBlob(b"\xab\xcd\xef\x00", 4) and hash(blob) == hash(
        ResourceBlob(b"\xab\xcd\xef\x00", 4)
    )
    with pytest.raises(AttributeError):
        blob.alignment = 8  # type: ignore[misc]
    with pytest.raises(ValueError, match="power of two"):
        ResourceBlob(b"", 3)
    with pytest.raises(ValueError, match="missing its 4-byte alignment"):
        ResourceBlob.from_hex("0x0100")
    with pytest.raises(ValueError, match="starting with 0x"):
        ResourceBlob.from_hex("0100")
    with pytest.raises(ValueError, match="non-empty string"):
        DenseResourceElementsAttr(tensor(4, element=I8), "")


# --------------------------------------------------------------------------- dense arrays

ARRAYS = [
    (DenseArrayAttr(I32, [1, 2, 3]), "array<i32: 1, 2, 3>"),
    (DenseArrayAttr(F32, [1.0, 2.5]), "array<f32: 1.000000e+00, 2.500000e+00>"),
    (DenseArrayAttr(I1, [True, False]), "array<i1: true, false>"),
    (DenseArrayAttr(I32, []), "array<i32>"),
    (DenseArrayAttr(F64, [0.1]), "array<f64: 1.000000e-01>"),
    (DenseArrayAttr(I8, [-1]), "array<i8: -1>"),
    (DenseArrayAttr(F16, [1.0]), "array<f16: 1.000000e+00>"),
    (DenseArrayAttr(BF16, [1.0]), "array<bf16: 1.000000e+00>"),
    (DenseArrayAttr(UI8, [1]), "array<ui8: 1>"),
    (DenseArrayAttr(F32, [float("nan"), -0.0]), "array<f32: 0x7FC00000, -0.000000e+00>"),
    (DenseArrayAttr(FT["f8E4M3FN"], [1.0]), "array<f8E4M3FN: 1.000000e+00>"),
    (DenseArrayAttr(I64, [-(2**63)]), "array<i64: -9223372036854775808>"),
    (DenseArrayAttr(I32, [4294967295]), "array<i32: -1>"),
]


@pytest.mark.parametrize(("attr", "text"), ARRAYS, ids=[t for _, t in ARRAYS])
def test_dense_array_prints_like_mlir(attr: object, text: str) -> None:
    assert str(attr) == text


def test_dense_array_values() -> None:
    a = DenseArrayAttr(I32, (1, 2, 3))
    assert a.values == (1, 2, 3)
    assert a is DenseArrayAttr(I32, (1, 2, 3))
    assert DenseArrayAttr(F32, (0.0,)) != DenseArrayAttr(F32, (-0.0,))
    assert DenseArrayAttr(F32, (-0.0,)) is DenseArrayAttr(F32, (-0.0,))
    assert DenseArrayAttr.from_bytes(I32, a.data) == a
    nan = DenseArrayAttr.from_bytes(F32, bytes.fromhex("0100C07F"))
    assert str(nan) == "array<f32: 0x7FC00001>"
    assert pickle.loads(pickle.dumps(nan)) == nan
    assert DenseArrayAttr(I1, [1, 0]).values == (True, False)


def test_dense_array_errors() -> None:
    with pytest.raises(ValueError, match="element type bitwidth must be a multiple of 8, got i4"):
        DenseArrayAttr(IntegerType(4), [1])
    with pytest.raises(ValueError, match="bitwidth must be a multiple of 8, got tf32"):
        DenseArrayAttr(FT["tf32"], [1.0])
    with pytest.raises(ValueError, match="must be an integer or float type, got index"):
        DenseArrayAttr(INDEX, [1])
    with pytest.raises(ValueError, match="value 300 out of range for i8"):
        DenseArrayAttr(I8, [300])
    with pytest.raises(ValueError, match="is not whole i32s"):
        DenseArrayAttr.from_bytes(I32, b"\x00")


# --------------------------------------------------------------------------- general


def test_layout_protocol() -> None:
    layout = StridedLayoutAttr(0, (4, 1))
    layout.verify_layout((2, 4))
    assert not layout.is_identity()
    with pytest.raises(ValueError, match="expected the number of strides to match the rank"):
        layout.verify_layout((4,))


def test_pickle_round_trip() -> None:
    for attr in (
        IntegerAttr(5, I32),
        FloatAttr(-0.0, F32),
        FloatAttr("1.1", F80),
        StringAttr(b"\xff"),
        ArrayAttr([UNIT, TRUE]),
        DictionaryAttr({"a": UNIT}),
        SymbolRefAttr("a", ["b"]),
        StridedLayoutAttr(DYNAMIC, (1,)),
        OpaqueAttr("foo", "x", I32),
        DialectAttr("foo.bar", "x"),
        DenseStringElementsAttr(tensor(2, element=STR), ["a", "b"]),
        DenseResourceElementsAttr(tensor(2), "r"),
    ):
        assert pickle.loads(pickle.dumps(attr)) == attr


def test_kinds_are_distinct() -> None:
    classes = [
        IntegerAttr,
        FloatAttr,
        StringAttr,
        UnitAttr,
        ArrayAttr,
        DictionaryAttr,
        DenseIntOrFPElementsAttr,
        DenseStringElementsAttr,
        DenseResourceElementsAttr,
        DenseArrayAttr,
        SymbolRefAttr,
        StridedLayoutAttr,
        OpaqueAttr,
        DialectAttr,
    ]
    kinds = [c.kind for c in classes]
    assert all(k.startswith("builtin.") for k in kinds)
    assert len(set(kinds)) == len(kinds)
