"""Builtin types: construction, uniquing, verification and printing.

Every expected string was printed by `iree-opt --allow-unregistered-dialect
--mlir-print-op-generic` (an MLIR opt tool) from the same type written as an attribute.
"""

from __future__ import annotations

import pickle

import pytest

from pyir.asm import TextPrinter
from pyir.attributes import Attribute
from pyir.builtin_attributes import (
    DialectAttr,
    FloatAttr,
    IntegerAttr,
    OpaqueAttr,
    StridedLayoutAttr,
    StringAttr,
)
from pyir.builtin_types import (
    BF16,
    DYNAMIC,
    F16,
    F32,
    F64,
    F80,
    F128,
    FLOAT_FORMATS,
    FLOAT_TYPES_BY_NAME,
    I1,
    I8,
    I32,
    I64,
    INDEX,
    NONE,
    ComplexType,
    DialectType,
    FloatType,
    FunctionType,
    IndexType,
    IntegerType,
    MemRefType,
    NoneType,
    OpaqueType,
    RankedTensorType,
    Signedness,
    TupleType,
    UnrankedMemRefType,
    UnrankedTensorType,
    VectorType,
    element_bitwidth,
)

FN = FunctionType((I32,), (I32,))


class _Layout(Attribute):
    """A stand-in affine-map layout: an attribute wrapping a map-like object."""

    __slots__ = ("map",)

    def __init__(self, map: object) -> None:
        self.map = map
        self._freeze()

    def print(self, printer: object) -> None:
        printer.write("#map")  # type: ignore[attr-defined]


class _Map:
    def __init__(self, num_dims: int, identity: bool) -> None:
        self.num_dims = num_dims
        self.identity = identity

    def is_identity(self) -> bool:
        return self.identity

    def __hash__(self) -> int:
        return hash((self.num_dims, self.identity))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Map) and vars(self) == vars(other)


PRINTED = [
    (I32, "i32"),
    (IntegerType(8, "signed"), "si8"),
    (IntegerType(1, Signedness.UNSIGNED), "ui1"),
    (IntegerType(64, "unsigned"), "ui64"),
    (IntegerType(0), "i0"),
    (IntegerType(16777215), "i16777215"),
    (INDEX, "index"),
    (NONE, "none"),
    (ComplexType(F32), "complex<f32>"),
    (ComplexType(I32), "complex<i32>"),
    (TupleType(()), "tuple<>"),
    (TupleType((I32, F32)), "tuple<i32, f32>"),
    (TupleType((TupleType(()),)), "tuple<tuple<>>"),
    (TupleType((I32, TupleType((F32,)), NONE)), "tuple<i32, tuple<f32>, none>"),
    (FunctionType((), ()), "() -> ()"),
    (FunctionType((I32,), (I32,)), "(i32) -> i32"),
    (FunctionType((I32,), (I32, I32)), "(i32) -> (i32, i32)"),
    (FunctionType((I32,), (FN,)), "(i32) -> ((i32) -> i32)"),
    (FunctionType((FN,), ()), "((i32) -> i32) -> ()"),
    (FunctionType((I32, F32), (FunctionType((), ()),)), "(i32, f32) -> (() -> ())"),
    (RankedTensorType((DYNAMIC, 4), F32), "tensor<?x4xf32>"),
    (RankedTensorType((), F32), "tensor<f32>"),
    (RankedTensorType((0, 3), I8), "tensor<0x3xi8>"),
    (RankedTensorType((4,), F32, StringAttr("enc")), 'tensor<4xf32, "enc">'),
    (RankedTensorType((4,), F32, IntegerAttr(1, I64)), "tensor<4xf32, 1 : i64>"),
    (RankedTensorType((4,), F32, FloatAttr(1.0, F64)), "tensor<4xf32, 1.000000e+00 : f64>"),
    (RankedTensorType((4,), F32, DialectAttr("foo.bar")), "tensor<4xf32, #foo.bar>"),
    (RankedTensorType((4,), ComplexType(F32)), "tensor<4xcomplex<f32>>"),
    (RankedTensorType((4,), VectorType((4,), F32)), "tensor<4xvector<4xf32>>"),
    (RankedTensorType((4,), OpaqueType("foo", "x")), 'tensor<4x!foo<"x">>'),
    (RankedTensorType((4,), DialectType("foo.bar")), "tensor<4x!foo.bar>"),
    (RankedTensorType((9223372036854775807,), F32), "tensor<9223372036854775807xf32>"),
    (UnrankedTensorType(F32), "tensor<*xf32>"),
    (MemRefType((4, DYNAMIC), F32), "memref<4x?xf32>"),
    (MemRefType((), F32), "memref<f32>"),
    (MemRefType((0,), F32), "memref<0xf32>"),
    (MemRefType((4,), IntegerType(0)), "memref<4xi0>"),
    (MemRefType((4, 4), F32, StridedLayoutAttr(0, (4, 1))), "memref<4x4xf32, strided<[4, 1]>>"),
    (
        MemRefType((4, 4), F32, StridedLayoutAttr(DYNAMIC, (4, 1))),
        "memref<4x4xf32, strided<[4, 1], offset: ?>>",
    ),
    (
        MemRefType((4, 4), F32, StridedLayoutAttr(0, (DYNAMIC, 1))),
        "memref<4x4xf32, strided<[?, 1]>>",
    ),
    (
        MemRefType((4, DYNAMIC), F32, StridedLayoutAttr(5, (DYNAMIC, 1))),
        "memref<4x?xf32, strided<[?, 1], offset: 5>>",
    ),
    (MemRefType((4,), F32, None, IntegerAttr(1, I64)), "memref<4xf32, 1>"),
    (MemRefType((4,), F32, None, IntegerAttr(1, I32)), "memref<4xf32, 1 : i32>"),
    (MemRefType((4,), F32, None, IntegerAttr(0, I64)), "memref<4xf32>"),
    (MemRefType((4,), F32, None, IntegerAttr(0, I32)), "memref<4xf32>"),
    (MemRefType((4,), F32, None, StringAttr("gpu")), 'memref<4xf32, "gpu">'),
    (MemRefType((4,), F32, None, FloatAttr(1.0, F64)), "memref<4xf32, 1.000000e+00>"),
    (MemRefType((4,), F32, None, DialectAttr("foo.bar")), "memref<4xf32, #foo.bar>"),
    (MemRefType((4,), F32, None, OpaqueAttr("foo", "x", I32)), 'memref<4xf32, #foo<"x"> : i32>'),
    (
        MemRefType((4,), F32, StridedLayoutAttr(0, (1,)), IntegerAttr(3, I64)),
        "memref<4xf32, strided<[1]>, 3>",
    ),
    (
        MemRefType((4,), F32, StridedLayoutAttr(0, (1,)), IntegerAttr(0, I64)),
        "memref<4xf32, strided<[1]>>",
    ),
    (MemRefType((4,), VectorType((4,), F32)), "memref<4xvector<4xf32>>"),
    (MemRefType((4,), ComplexType(F32)), "memref<4xcomplex<f32>>"),
    (MemRefType((4,), INDEX), "memref<4xindex>"),
    (MemRefType((4,), I1), "memref<4xi1>"),
    (UnrankedMemRefType(F32), "memref<*xf32>"),
    (UnrankedMemRefType(F32, IntegerAttr(2, I64)), "memref<*xf32, 2>"),
    (UnrankedMemRefType(F32, IntegerAttr(0, I64)), "memref<*xf32>"),
    (VectorType((4, 8), F32, (True, False)), "vector<[4]x8xf32>"),
    (VectorType((1, 4), F32, (False, True)), "vector<1x[4]xf32>"),
    (VectorType((4, 2), F32, (True, True)), "vector<[4]x[2]xf32>"),
    (VectorType((4,), I1), "vector<4xi1>"),
    (VectorType((4,), INDEX), "vector<4xindex>"),
    (VectorType((), F32), "vector<f32>"),
    (OpaqueType("foo", "bar"), '!foo<"bar">'),
    (OpaqueType("foo", "a\\0Ab"), '!foo<"a\\0Ab">'),
    (OpaqueType("foo", 'a\\"b'), '!foo<"a\\"b">'),
    (DialectType("foo.bar", "x y"), "!foo.bar<x y>"),
    (DialectType("foo.bar", '"x"'), '!foo.bar<"x">'),
    (DialectType("foo.bar"), "!foo.bar"),
]


@pytest.mark.parametrize(("type_", "text"), PRINTED, ids=[t for _, t in PRINTED])
def test_prints_like_mlir(type_: object, text: str) -> None:
    assert str(type_) == text


def test_float_type_names_print_themselves() -> None:
    names = (
        "f16 bf16 f32 f64 f80 f128 tf32 f8E5M2 f8E4M3 f8E4M3FN f8E5M2FNUZ f8E4M3FNUZ "
        "f8E4M3B11FNUZ f8E3M4 f8E8M0FNU f6E2M3FN f6E3M2FN f4E2M1FN"
    ).split()
    assert list(FLOAT_TYPES_BY_NAME) == names
    for name in names:
        t = FLOAT_TYPES_BY_NAME[name]
        assert str(t) == name
        assert t is FloatType(name)


@pytest.mark.parametrize(
    ("name", "width"),
    [
        ("f16", 16),
        ("bf16", 16),
        ("f32", 32),
        ("f64", 64),
        ("f80", 80),
        ("f128", 128),
        ("tf32", 19),
        ("f8E4M3FN", 8),
        ("f8E8M0FNU", 8),
        ("f6E2M3FN", 6),
        ("f6E3M2FN", 6),
        ("f4E2M1FN", 4),
    ],
)
def test_float_width(name: str, width: int) -> None:
    assert FLOAT_TYPES_BY_NAME[name].width == width
    assert element_bitwidth(FLOAT_TYPES_BY_NAME[name]) == width


@pytest.mark.parametrize(
    ("name", "largest"),
    [
        ("f16", 65504.0),
        ("f8E5M2", 57344.0),
        ("f8E4M3", 240.0),
        ("f8E4M3FN", 448.0),
        ("f8E5M2FNUZ", 57344.0),
        ("f8E4M3FNUZ", 240.0),
        ("f8E4M3B11FNUZ", 30.0),
        ("f8E3M4", 15.5),
        ("f6E2M3FN", 7.5),
        ("f6E3M2FN", 28.0),
        ("f4E2M1FN", 6.0),
    ],
)
def test_float_format_largest_value(name: str, largest: float) -> None:
    assert float(FLOAT_FORMATS[name].max_finite) == largest


def test_float_format_round_trips_bits() -> None:
    f32 = FLOAT_FORMATS["f32"]
    assert f32.from_float(1.0) == 0x3F800000
    assert f32.from_float(0.1) == 0x3DCCCCCD
    assert f32.to_float(0x3F800000) == 1.0
    assert FLOAT_FORMATS["f80"].from_float(1.0) == 0x3FFF8000000000000000
    assert FLOAT_FORMATS["tf32"].from_float(1.0) == 0x1FC00
    assert FLOAT_FORMATS["f8E8M0FNU"].from_float(1.0) == 0x7F
    assert FLOAT_FORMATS["f4E2M1FN"].from_float(1.0) == 0x2
    assert FLOAT_FORMATS["f8E4M3FN"].nan_bits() == 0x7F
    assert FLOAT_FORMATS["f8E5M2FNUZ"].nan_bits() == 0x80
    assert FLOAT_FORMATS["f16"].inf_bits(negative=True) == 0xFC00
    # An x87 "unnormal" (exponent set, integer bit clear) is a NaN.
    assert FLOAT_FORMATS["f80"].decode(0x40004000000000000000)[0] == "nan"
    with pytest.raises(ValueError, match="f4E2M1FN has no NaN"):
        FLOAT_FORMATS["f4E2M1FN"].nan_bits()
    with pytest.raises(ValueError, match="negative"):
        FLOAT_FORMATS["f8E8M0FNU"].from_float(-1.0)


def test_uniqued_and_structural() -> None:
    assert IntegerType(32) is I32
    assert IntegerType(32, "signless") == I32
    assert IntegerType(32, "signed") != I32
    assert IndexType() is INDEX
    assert NoneType() is NONE
    assert FunctionType((I32,), (I32,)) is FN
    # Lists are accepted and stored as tuples; the result is equal to the interned one.
    assert FunctionType([I32], [I32]) == FN
    assert RankedTensorType([2, 3], F32) == RankedTensorType((2, 3), F32)
    assert RankedTensorType((2, 3), F32).shape == (2, 3)
    assert VectorType((4,), F32) == VectorType((4,), F32, (False,))
    assert hash(VectorType((4,), F32)) == hash(VectorType((4,), F32, (False,)))
    assert MemRefType((4,), F32, None, IntegerAttr(0, I64)) == MemRefType((4,), F32)


def test_types_are_immutable() -> None:
    with pytest.raises(AttributeError, match="immutable"):
        I32.width = 8  # type: ignore[misc]


def test_pickle_round_trip() -> None:
    for t in (
        I32,
        IntegerType(8, "unsigned"),
        F80,
        RankedTensorType((DYNAMIC, 4), F32),
        MemRefType((4,), F32, StridedLayoutAttr(DYNAMIC, (1,)), IntegerAttr(1, I64)),
        VectorType((4, 8), BF16, (True, False)),
        FunctionType((I32,), (F16, F128)),
    ):
        assert pickle.loads(pickle.dumps(t)) == t


def test_integer_helpers() -> None:
    assert I8.value_range() == (-128, 255)
    assert IntegerType(8, "signed").value_range() == (-128, 127)
    assert IntegerType(8, "unsigned").value_range() == (0, 255)
    assert IntegerType(1, "signed").value_range() == (-1, 0)
    assert I1.value_range() == (-1, 1)
    assert I8.normalize(255) == -1
    assert IntegerType(8, "unsigned").normalize(-1) == 255
    assert INDEX.value_range() == (-(2**63), 2**63 - 1)
    assert I8.is_signless and IntegerType(8, "signed").is_signed
    assert IntegerType(8, "unsigned").is_unsigned


def test_shaped_helpers() -> None:
    t = RankedTensorType((2, DYNAMIC, 3), F32)
    assert t.has_rank and t.rank == 3
    assert not t.has_static_shape
    assert t.is_dynamic_dim(1) and not t.is_dynamic_dim(0)
    assert t.element_type is F32
    s = MemRefType((2, 3, 4), I32)
    assert s.has_static_shape and s.num_elements == 24
    assert RankedTensorType((), F32).num_elements == 1
    assert RankedTensorType((0, 5), F32).num_elements == 0
    assert VectorType((4,), F32, (True,)).is_scalable
    u = UnrankedTensorType(F32)
    assert not u.has_rank and not u.has_static_shape and u.element_type is F32
    with pytest.raises(ValueError, match="has no rank"):
        _ = u.rank
    with pytest.raises(ValueError, match="static shape"):
        _ = t.num_elements
    assert element_bitwidth(ComplexType(F32)) == 64
    assert element_bitwidth(INDEX) == 64


def test_affine_map_layouts() -> None:
    identity = _Layout(_Map(2, True))
    permuted = _Layout(_Map(2, False))
    assert MemRefType((4, 4), F32, identity).layout is None
    assert str(MemRefType((4, 4), F32, identity)) == "memref<4x4xf32>"
    assert str(MemRefType((4, 4), F32, permuted)) == "memref<4x4xf32, #map>"
    with pytest.raises(ValueError, match="memref layout mismatch between rank and affine map"):
        MemRefType((4, 4), F32, _Layout(_Map(1, True)))


def test_dialect_names() -> None:
    assert DialectType("foo.bar").dialect == "foo"
    assert OpaqueType("foo", "x").dialect == "foo"


INVALID = [
    (lambda: IntegerType(16777216), "integer bitwidth is limited to 16777215 bits"),
    (lambda: IntegerType(-1), "integer bitwidth is limited"),
    (lambda: IntegerType("32"), "integer width must be an int"),
    (lambda: IntegerType(8, "weird"), "signedness must be"),
    (lambda: FloatType("f33"), "unknown float type 'f33'"),
    (lambda: ComplexType(INDEX), "invalid element type for complex"),
    (lambda: ComplexType(NONE), "invalid element type for complex"),
    (lambda: TupleType((I32, 3)), "tuple element types must hold Type values"),
    (lambda: FunctionType(I32, ()), "function inputs must be a sequence"),
    (lambda: RankedTensorType((-2,), F32), "dimensions must be non-negative or dynamic, got -2"),
    (lambda: RankedTensorType(("2",), F32), "tensor shape must hold int values"),
    (lambda: RankedTensorType((4,), TupleType(())), "invalid tensor element type"),
    (lambda: RankedTensorType((4,), NONE), "invalid tensor element type"),
    (lambda: RankedTensorType((4,), MemRefType((4,), F32)), "invalid tensor element type"),
    (lambda: RankedTensorType((4,), RankedTensorType((2,), F32)), "invalid tensor element type"),
    (lambda: RankedTensorType((4,), FN), "invalid tensor element type"),
    (lambda: RankedTensorType((4,), F32, "enc"), "tensor encoding must be an attribute"),
    (lambda: UnrankedTensorType(NONE), "invalid tensor element type"),
    (lambda: MemRefType((4,), DialectType("foo.bar")), "invalid memref element type"),
    (lambda: MemRefType((4,), OpaqueType("foo", "x")), "invalid memref element type"),
    (lambda: MemRefType((4,), RankedTensorType((4,), F32)), "invalid memref element type"),
    (lambda: MemRefType((-3,), F32), "memref dimensions must be non-negative"),
    (
        lambda: MemRefType((4,), F32, StridedLayoutAttr(0, (1, 1))),
        "expected the number of strides to match the rank",
    ),
    (lambda: MemRefType((4,), F32, 7), "memref layout must be an attribute"),
    (lambda: MemRefType((4,), F32, None, 1), "memory space must be an attribute"),
    (lambda: UnrankedMemRefType(NONE), "invalid memref element type"),
    (lambda: VectorType((0,), F32), "vector types must have positive constant sizes but got 0"),
    (
        lambda: VectorType((DYNAMIC,), F32),
        r"vector types must have positive constant sizes but got \?",
    ),
    (lambda: VectorType((4,), ComplexType(F32)), "invalid vector element type"),
    (lambda: VectorType((4,), VectorType((4,), F32)), "invalid vector element type"),
    (lambda: VectorType((4,), DialectType("foo.bar")), "invalid vector element type"),
    (lambda: VectorType((4, 4), F32, (True,)), "vector has 2 dims but 1 scalable flags"),
    (lambda: OpaqueType("foo", 'a"b'), "opaque type data must be the body of a string literal"),
    (lambda: OpaqueType("foo", "a\nb"), "opaque type data must be the body of a string literal"),
    (lambda: OpaqueType("foo.x", "a"), "opaque type dialect must be a dialect namespace"),
    (lambda: DialectType("foo"), "dialect type name must look like 'dialect.name'"),
    (lambda: DialectType("1foo.bar"), "dialect type name must look like 'dialect.name'"),
    (lambda: DialectType("foo.bar", 3), "dialect type body must be text"),
]


@pytest.mark.parametrize(("build", "message"), INVALID)
def test_invalid_parameters(build: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()  # type: ignore[operator]


def test_memref_element_opt_in() -> None:
    class Cell(DialectType):
        """A dialect type that opts in as a memref element."""

        __slots__ = ()
        is_memref_element_type = True

    cell = Cell("my.cell")
    assert str(MemRefType((2,), cell)) == "memref<2x!my.cell>"


def test_printer_receives_nested_types() -> None:
    # The real printer substitutes aliases for nested types: they must go through it.
    seen: list[object] = []

    class Recording(TextPrinter):
        def print_type(self, type: object) -> None:
            seen.append(type)
            super().print_type(type)

    printer = Recording()
    printer.print_type(MemRefType((4,), ComplexType(F32)))
    assert printer.getvalue() == "memref<4xcomplex<f32>>"
    assert seen == [MemRefType((4,), ComplexType(F32)), ComplexType(F32), F32]
