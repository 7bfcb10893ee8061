"""The `cv` test dialect for the dialect-conversion tests, and helpers to parse and print it.

High-level ops (`cv.add`, `cv.mul`, `cv.neg`) lower to low-level ones (`cv.ladd`,
`cv.lmul`) through an intermediate (`cv.mid`); `cv.const` is a constant (the dialect
materializes folded constants with it), `cv.make` a producer and `cv.use` a sink with
unknown effects; `cv.region` holds one region (blocks with arguments) ended by
`cv.yield`; `cv.call` has a single and a variadic operand group (for adaptor names).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.context import Context, Dialect
from pyir.core import Operation
from pyir.opdef import OpView, operand, prop, region, result, var_operand, var_result
from pyir.textual.parser import parse_source
from pyir.textual.printer import PrintOptions, print_operation
from pyir.traits import ConstantLike, IsTerminator, Pure


class ConstOp(OpView):
    name = "cv.const"
    traits = (ConstantLike, Pure)
    value = prop(IntegerAttr)
    out = result()


class AddOp(OpView):
    name = "cv.add"
    traits = (Pure,)
    lhs = operand()
    rhs = operand()
    out = result()


class MulOp(OpView):
    name = "cv.mul"
    traits = (Pure,)
    lhs = operand()
    rhs = operand()
    out = result()


class NegOp(OpView):
    """Folds the negation of a constant."""

    name = "cv.neg"
    traits = (Pure,)
    arg = operand()
    out = result()

    def fold(self, operands: tuple) -> Any:
        (value,) = operands
        if value is None:
            return None
        return IntegerAttr(-value.value, self.op.results[0].type)


class MidOp(OpView):
    name = "cv.mid"
    lhs = operand()
    rhs = operand()
    out = result()


class LowAddOp(OpView):
    name = "cv.ladd"
    lhs = operand()
    rhs = operand()
    out = result()


class LowMulOp(OpView):
    name = "cv.lmul"
    lhs = operand()
    rhs = operand()
    out = result()


class MakeOp(OpView):
    name = "cv.make"
    outs = var_result()


class UseOp(OpView):
    name = "cv.use"
    args = var_operand()


class RegionOp(OpView):
    name = "cv.region"
    args = var_operand()
    outs = var_result()
    body = region()


class YieldOp(OpView):
    name = "cv.yield"
    traits = (IsTerminator,)
    args = var_operand()


class CallOp(OpView):
    name = "cv.call"
    callee = operand()
    args = var_operand()
    outs = var_result()


def materialize_constant(builder: Any, value: Any, type: Any, location: Any) -> Any:
    return builder.create(ConstOp, [], [type], {"value": value}, location=location)


CV = Dialect(
    "cv",
    [
        ConstOp,
        AddOp,
        MulOp,
        NegOp,
        MidOp,
        LowAddOp,
        LowMulOp,
        MakeOp,
        UseOp,
        RegionOp,
        YieldOp,
        CallOp,
    ],
)
CV.materialize_constant = materialize_constant  # type: ignore[attr-defined]


def parse(text: str) -> tuple[Operation, Context]:
    context = Context(allow_unregistered_dialects=True)
    context.register_dialect(CV)
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [str(d) for d in context.diagnostics.collected]
    return module, context


def show(op: Operation) -> str:
    return print_operation(op)


def body(op: Operation) -> list[str]:
    """The printed lines inside the top module, stripped."""
    return [line.strip() for line in show(op).splitlines()[1:-1]]


def generic(op: Operation) -> str:
    return print_operation(op, PrintOptions(generic=True, debuginfo=True))


def test_the_dialect_parses_and_prints() -> None:
    module, _ = parse(
        """
        %a = "cv.make"() : () -> i32
        %b = "cv.add"(%a, %a) : (i32, i32) -> i32
        "cv.use"(%b) : (i32) -> ()
        """
    )
    assert body(module) == [
        '%0 = "cv.make"() : () -> i32',
        '%1 = "cv.add"(%0, %0) : (i32, i32) -> i32',
        '"cv.use"(%1) : (i32) -> ()',
    ]
    assert module.regions[0].blocks[0].first_op.op_def is MakeOp
