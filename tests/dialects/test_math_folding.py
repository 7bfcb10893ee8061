"""The math folders' building blocks: the C-library binding, element-wise lifting, and the
rules that do not need a whole IR round trip. (The folds themselves are checked against
MLIR in tests/passes_interop/canonicalize/math_*.mlir.)"""

from __future__ import annotations

import struct

import pytest

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import F16, F32, F64, I1, I8, VectorType
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects import math_libm
from pyir.dialects.arith_fold_elements import lift
from pyir.dialects.math_folding import CLASSIFIERS, RULES


def f32_bits(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


def test_libm_calls_single_precision_for_f32() -> None:
    bits = math_libm.call("sin", 32, f32_bits(0.5))
    assert bits is not None
    assert FloatAttr.from_bits(bits, F32).value == pytest.approx(0.479425538604203, 1e-7)
    assert math_libm.call("sin", 16, 0) is None  # only f32 and f64


def test_without_a_c_library_nothing_folds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(math_libm, "_LIBRARY", [None])
    monkeypatch.setattr(math_libm, "_FUNCTIONS", {})
    assert RULES["sin"](F32, FloatAttr(0.5, F32)) is None
    assert RULES["floor"](F32, FloatAttr(-0.5, F32)) == FloatAttr(-1.0, F32)  # exact: no libm


def test_libm_folds_are_f32_and_f64_only() -> None:
    assert RULES["exp"](F64, FloatAttr(0.0, F64)) == FloatAttr(1.0, F64)
    assert RULES["exp"](F16, FloatAttr(0.0, F16)) is None


def test_negative_operands_of_log_and_sqrt_do_not_fold() -> None:
    assert RULES["log"](F32, FloatAttr(-0.0, F32)) is None
    assert RULES["sqrt"](F32, FloatAttr(-4.0, F32)) is None
    assert RULES["log1p"](F32, FloatAttr(-1.0, F32)) == FloatAttr(float("-inf"), F32)


def test_integer_rules_wrap_around() -> None:
    assert RULES["absi"](I8, IntegerAttr(-128, I8)) == IntegerAttr(-128, I8)
    assert RULES["ctlz"](I8, IntegerAttr(0, I8)) == IntegerAttr(8, I8)
    assert RULES["ipowi"](I8, IntegerAttr(3, I8), IntegerAttr(5, I8)) == IntegerAttr(-13, I8)
    assert RULES["ipowi"](I8, IntegerAttr(0, I8), IntegerAttr(-1, I8)) is None


def test_lift_over_splats_and_dense() -> None:
    v = VectorType((3,), F32)
    splat = DenseIntOrFPElementsAttr(v, [2.0])
    dense = DenseIntOrFPElementsAttr(v, [1.5, -2.5, 0.25])
    assert lift(RULES["floor"], (splat,), v) == splat
    assert lift(RULES["floor"], (dense,), v).values == (1.0, -3.0, 0.0)
    assert lift(RULES["copysign"], (dense, splat), v).values == (1.5, 2.5, 0.25)
    # Mixed scalars and vectors, missing operands, and rules that decline: no fold.
    assert lift(RULES["floor"], (FloatAttr(1.0, F32), splat), v) is None
    assert lift(RULES["floor"], (None,), v) is None
    assert lift(RULES["log"], (dense,), v) is None


def test_classifiers_fold_splats_only() -> None:
    v = VectorType((2,), F32)
    b = VectorType((2,), I1)
    splat = DenseIntOrFPElementsAttr(v, [float("nan")])
    folded = lift(CLASSIFIERS["isnan"], (splat,), b, splat_only=True)
    assert folded is not None and folded.values == (True, True)
    dense = DenseIntOrFPElementsAttr(v, [1.0, float("nan")])
    assert lift(CLASSIFIERS["isnan"], (dense,), b, splat_only=True) is None


def test_lift_never_raises() -> None:
    def broken(element: object, a: object) -> object:
        raise ValueError("a corner the rule did not foresee")

    assert lift(broken, (FloatAttr(1.0, F32),), F32) is None
