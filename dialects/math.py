"""The `math` dialect: element-wise mathematical functions, with MLIR's syntax.

Every op works on scalars and on vectors and tensors of them, e.g.
`%y = math.sin %x fastmath<afn> : f32`. Float ops carry fast-math flags
(`#arith.fastmath`, shared with `arith`, default `none`); integer ops (`absi`, `ctlz`,
`cttz`, `ctpop`, `ipowi`) do not. Classification ops (`isnan`, ...) return i1 values of
their operand's shape; `fpowi` raises floats to integer powers; `sincos` has two results.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.context import Dialect
from pyir.deferred_hooks import defer_hooks
from pyir.dialects.arith_attrs import NO_FASTMATH, FastMathFlagsAttr
from pyir.dialects.arith_syntax import fastmath_callback, keyword_callback, print_fastmath
from pyir.dialects.arith_types import (
    BOOL_LIKE,
    FLOAT_LIKE,
    SIGNLESS_INT_LIKE,
    Elementwise,
    ResultIsI1OfOperandShape,
    SameOperandsAndResultShape,
    all_types_match,
    i1_same_shape,
)
from pyir.opdef import IsA, OpView, operand, prop, result
from pyir.traits import Pure, SameOperandsAndResultType

# Ops have a field named `operand`, as in MLIR; in their class bodies it hides the function.
_operand = operand
_FASTMATH = " (`fastmath` `` $fastmath^)?"


class MathOp(OpView):
    """Base of the math ops: `build(*operands)` makes one whose result type follows from
    the first operand (the i1 shape of it for the classification ops)."""

    @classmethod
    def result_types_for(cls, operands: tuple) -> list:
        return [operands[0].type] * len(cls.result_defs)

    @classmethod
    def build(cls, *operands: Any, location: Any = None, **properties: Any) -> Any:
        """`cls(operands...)`; keyword arguments are properties (`fastmath=...`)."""
        types = cls.result_types_for(operands)
        return cls.create(operands, types, properties, location=location)


def _fastmath() -> Any:
    return prop(IsA(FastMathFlagsAttr), default=NO_FASTMATH)


def _math_op(op_name: str, operands: tuple[str, ...], kind: str, doc: str) -> type:
    """An op whose operands and result share one type; `kind` "float" (with fast-math
    flags) or "integer"."""
    constraint = FLOAT_LIKE if kind == "float" else SIGNLESS_INT_LIKE
    fields: dict[str, Any] = {
        "__doc__": f"`{op_name}`: {doc}",
        "name": op_name,
        "traits": (Pure, Elementwise, SameOperandsAndResultType),
    }
    for n in operands:
        fields[n] = operand(constraint)
    fields["result"] = result(constraint)
    clause = ""
    if kind == "float":
        fields["fastmath"] = _fastmath()
        clause = _FASTMATH
    head = " `,` ".join(f"${n}" for n in operands)
    fields["assembly_format"] = f"{head}{clause} attr-dict `:` type($result)"
    short = op_name.split(".")[1]
    return type(short.capitalize() + "Op", (MathOp,), fields)


_UNARY_FLOAT = {
    "absf": "absolute value.",
    "acos": "arcus cosine.",
    "acosh": "hyperbolic arcus cosine.",
    "asin": "arcus sine.",
    "asinh": "hyperbolic arcus sine.",
    "atan": "arcus tangent.",
    "atanh": "hyperbolic arcus tangent.",
    "cbrt": "cube root.",
    "ceil": "rounds up to an integral value.",
    "cos": "cosine.",
    "cosh": "hyperbolic cosine.",
    "erf": "error function.",
    "erfc": "complementary error function, 1 - erf(x).",
    "exp": "base-e exponential.",
    "exp2": "base-2 exponential.",
    "expm1": "exp(x) - 1.",
    "floor": "rounds down to an integral value.",
    "log": "natural logarithm.",
    "log10": "base-10 logarithm.",
    "log1p": "log(1 + x).",
    "log2": "base-2 logarithm.",
    "round": "rounds to the nearest integral value, halfway cases away from zero.",
    "roundeven": "rounds to the nearest integral value, halfway cases to even.",
    "rsqrt": "reciprocal of the square root.",
    "sin": "sine.",
    "sinh": "hyperbolic sine.",
    "sqrt": "square root.",
    "tan": "tangent.",
    "tanh": "hyperbolic tangent.",
    "trunc": "rounds towards zero to an integral value.",
}
_BINARY_FLOAT = {
    "atan2": "2-argument arcus tangent atan2(lhs, rhs).",
    "copysign": "the magnitude of lhs with the sign of rhs.",
    "powf": "lhs raised to the power rhs.",
}
_UNARY_INT = {
    "absi": "absolute value of a signed integer.",
    "ctlz": "counts the leading zero bits.",
    "cttz": "counts the trailing zero bits.",
    "ctpop": "counts the set bits.",
}

_OPS: dict[str, type] = {}
for _name, _doc in _UNARY_FLOAT.items():
    _OPS[_name] = _math_op(f"math.{_name}", ("operand",), "float", _doc)
for _name, _doc in _BINARY_FLOAT.items():
    _OPS[_name] = _math_op(f"math.{_name}", ("lhs", "rhs"), "float", _doc)
for _name, _doc in _UNARY_INT.items():
    _OPS[_name] = _math_op(f"math.{_name}", ("operand",), "integer", _doc)
_OPS["fma"] = _math_op("math.fma", ("a", "b", "c"), "float", "fused multiply-add a * b + c.")
_OPS["ipowi"] = _math_op("math.ipowi", ("lhs", "rhs"), "integer", "integer power lhs ** rhs.")
globals().update({cls.__name__: cls for cls in _OPS.values()})


class FPowIOp(MathOp):
    """`%r = math.fpowi %x, %n : f32, i32`: a float raised to a signed integer power.

    Invariants: the result has the base's type; the exponent has the base's shape."""

    name = "math.fpowi"
    traits = (Pure, SameOperandsAndResultShape, Elementwise)
    lhs = operand(FLOAT_LIKE)
    rhs = operand(SIGNLESS_INT_LIKE)
    result = result(FLOAT_LIKE)
    fastmath = _fastmath()
    assembly_format = "$lhs `,` $rhs" + _FASTMATH + " attr-dict `:` type($lhs) `,` type($rhs)"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        return [operands[0].type]

    def verify_(self) -> str | None:
        types = [self.op.operand_slots[0].value.type, self.op.results[0].type]
        return all_types_match(self.op, ("lhs", "result"), types)


def _classifier(op_name: str, doc: str) -> type:
    """`%b = math.isnan %x : f32`: an i1 (or i1 vector/tensor) per element."""

    @classmethod  # type: ignore[misc]
    def infer_result_types(cls: type, operands: list, attrs: dict) -> list:
        return [i1_same_shape(operands[0].type)]

    @classmethod  # type: ignore[misc]
    def result_types_for(cls: type, operands: tuple) -> list:
        return [i1_same_shape(operands[0].type)]

    fields = {
        "__doc__": f"`{op_name}`: {doc}",
        "name": op_name,
        "traits": (Pure, ResultIsI1OfOperandShape, Elementwise),
        "operand": operand(FLOAT_LIKE),
        "result": result(BOOL_LIKE),
        "fastmath": _fastmath(),
        "assembly_format": "$operand" + _FASTMATH + " attr-dict `:` type($operand)",
        "infer_result_types": infer_result_types,
        "result_types_for": result_types_for,
    }
    short = op_name.split(".")[1]
    return type(short.capitalize() + "Op", (MathOp,), fields)


IsFiniteOp = _classifier("math.isfinite", "whether each element is finite.")
IsInfOp = _classifier("math.isinf", "whether each element is infinite.")
IsNaNOp = _classifier("math.isnan", "whether each element is NaN.")
IsNormalOp = _classifier("math.isnormal", "whether each element is a normal number.")


class ClampFOp(MathOp):
    """`%r = math.clampf %x to [%lo, %hi] : f32`: min(max(x, lo), hi), element-wise.

    Hand-written syntax: MLIR's format puts a space literal between `to` and `[`."""

    name = "math.clampf"
    traits = (Pure, Elementwise, SameOperandsAndResultType)
    hand_written_syntax = True
    operand = _operand(FLOAT_LIKE)
    min = _operand(FLOAT_LIKE)
    max = _operand(FLOAT_LIKE)
    result = result(FLOAT_LIKE)
    fastmath = _fastmath()

    @staticmethod
    def print_custom(op: Any, p: Any) -> None:
        x, lo, hi = (s.value for s in op.operand_slots)
        p.write(" ")
        p.print_operand(x)
        p.write(" to [")
        p.print_operands([lo, hi])
        p.write("]")
        print_fastmath(op, p)
        attrs = dict(op.properties)
        attrs.update(op.attributes)
        p.print_optional_attr_dict(attrs, ("fastmath",))
        p.write(" : ")
        p.print_type(op.results[0].type)


_CLAMPF_GRAMMAR = r"""
math_clampf: math_clampf_kw value_use "to" "[" value_use "," value_use "]" [math_fastmath] [attribute_dict] ":" type
!math_clampf_kw: "math.clampf"
math_fastmath: "fastmath" "<" BARE_ID ("," BARE_ID)* ">"
%extend custom_operation: math_clampf
"""


def _clampf(state: Any) -> Any:
    def build(c: list) -> Any:
        _, x, lo, hi, fastmath, attrs, t = c
        state.end_op()
        operands = [state.resolve(use, t) for use in (x, lo, hi)]
        props = {"fastmath": fastmath} if fastmath is not None else {}
        others = {}
        for key, value in (attrs or {}).items():
            (props if key == "fastmath" else others)[key] = value
        return ClampFOp.create(operands, [t], props, others)

    return build


MATH_SYNTAX = CustomSyntax(
    _CLAMPF_GRAMMAR,
    {
        "math_clampf_kw": keyword_callback,
        "math_fastmath": fastmath_callback,
        "math_clampf": _clampf,
    },
)


class SinCosOp(MathOp):
    """`%sin, %cos = math.sincos %x : f32`: the sine and the cosine of each element."""

    name = "math.sincos"
    traits = (Pure, Elementwise, SameOperandsAndResultType)
    operand = operand(FLOAT_LIKE)
    sin = result(FLOAT_LIKE)
    cos = result(FLOAT_LIKE)
    fastmath = _fastmath()
    assembly_format = "$operand" + _FASTMATH + " attr-dict `:` type($operand)"

    @staticmethod
    def asm_result_names(op: Any) -> list[str]:
        return ["sin", "cos"]


DIALECT = Dialect(
    "math",
    [
        *_OPS.values(),
        FPowIOp,
        IsFiniteOp,
        IsInfOp,
        IsNaNOp,
        IsNormalOp,
        ClampFOp,
        SinCosOp,
    ],
    syntax=MATH_SYNTAX,
    description="Element-wise mathematical functions on integers and floats.",
)


def _install_rewrite_hooks() -> None:
    from pyir.dialects.arith_poison import install_math_poison
    from pyir.dialects.math_folding import install_folders

    install_folders(list(DIALECT.ops), DIALECT)
    install_math_poison(list(DIALECT.ops), DIALECT)


# Folders load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
