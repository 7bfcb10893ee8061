"""Tests of the math dialect's Python API: the op list and the builders."""

from __future__ import annotations

from pyir.builtin_types import F32, I1, I32, FunctionType, VectorType
from pyir.core import Block
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects import math
from pyir.dialects.arith_attrs import NO_FASTMATH, FastMathFlagsAttr
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


def test_every_upstream_op_is_registered() -> None:
    names = {op.name.partition(".")[2] for op in math.DIALECT.ops}
    expected = {
        "absf", "absi", "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt",
        "ceil", "clampf", "copysign", "cos", "cosh", "ctlz", "ctpop", "cttz", "erf", "erfc",
        "exp", "exp2", "expm1", "floor", "fma", "fpowi", "ipowi", "isfinite", "isinf",
        "isnan", "isnormal", "log", "log10", "log1p", "log2", "powf", "round", "roundeven",
        "rsqrt", "sin", "sincos", "sinh", "sqrt", "tan", "tanh", "trunc",
    }  # fmt: skip
    assert names == expected


def test_float_ops_default_to_no_fastmath_and_integer_ops_have_none() -> None:
    block = _body(F32, I32)
    sin = math.SinOp.build(block.args[0])
    ctlz = math.CtlzOp.build(block.args[1])
    block.append_ops([sin, ctlz])
    assert sin.properties["fastmath"] == NO_FASTMATH
    assert "fastmath" not in ctlz.properties
    assert print_operation(sin) == "%0 = math.sin %arg0 : f32"
    assert _errors(sin) == [] and _errors(ctlz) == []


def test_classification_builder_returns_i1_of_the_shape() -> None:
    block = _body(VectorType((4,), F32))
    op = math.IsNaNOp.build(block.args[0], fastmath=FastMathFlagsAttr("fast"))
    block.append(op)
    assert op.results[0].type == VectorType((4,), I1)
    assert print_operation(op) == "%0 = math.isnan %arg0 fastmath<fast> : vector<4xf32>"


def test_sincos_and_clampf() -> None:
    block = _body(F32, F32, F32)
    sincos = math.SinCosOp.build(block.args[0])
    clamp = math.ClampFOp.build(*block.args)
    block.append_ops([sincos, clamp])
    assert print_operation(sincos) == "%sin, %cos = math.sincos %arg0 : f32"
    assert print_operation(clamp) == "%0 = math.clampf %arg0 to [%arg1, %arg2] : f32"


def test_fpowi_result_must_be_the_base_type() -> None:
    block = _body(F32, I32)
    good = math.FPowIOp.build(*block.args)
    bad = math.FPowIOp.create(list(block.args), [I32])
    block.append_ops([good, bad])
    assert _errors(good) == []
    assert _errors(bad)[0].startswith("'math.fpowi' op result #0 must be floating-point-like")
