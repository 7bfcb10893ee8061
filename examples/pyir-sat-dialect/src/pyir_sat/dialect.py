"""The `sat` dialect: integer arithmetic that saturates instead of wrapping around.

    %s = sat.add %a, %b : i8                  // 100 + 100 is 127, not -56
    %n = sat.trunc %w : i32 to i8             // 300 becomes 127
    %c = sat.clamp %x to [-10, 10] : i32      // hand-written syntax

Values are signed integers of signless type (`i8`, `i32`, ...), as in arith's `*si` ops.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IntegerType
from pyir.context import Dialect
from pyir.core import Operation
from pyir.opdef import OpView, Predicate, operand, prop, result
from pyir.traits import Pure, SameOperandsAndResultType

# A constraint: a test plus the words diagnostics use ("operand #0 must be ...").
SignlessInt = Predicate(
    lambda t: isinstance(t, IntegerType) and t.is_signless and t.width > 0,
    "signless integer",
)


# -- ops with a declarative assembly format ---------------------------------------------------
class AddOp(OpView):
    """`%r = sat.add %a, %b : i8`: the sum, saturated to the type's signed range."""

    name = "sat.add"
    traits = (Pure, SameOperandsAndResultType)
    lhs = operand(SignlessInt)
    rhs = operand(SignlessInt)
    res = result(SignlessInt)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($res)"


class TruncOp(OpView):
    """`%r = sat.trunc %x : i32 to i8`: narrows, saturating values that do not fit."""

    name = "sat.trunc"
    traits = (Pure,)
    input = operand(SignlessInt)
    res = result(SignlessInt)
    assembly_format = "$input attr-dict `:` type($input) `to` type($res)"

    def verify_(self) -> str | None:
        """The op's own rule, run after the declared constraints hold: None means valid,
        a string is the error (pyir prefixes "'sat.trunc' op ")."""
        source, target = self.input.type, self.res.type
        if target.width >= source.width:
            return f"result type {target} must be narrower than operand type {source}"
        return None


# -- an op with hand-written syntax -------------------------------------------------------------
def signed_range(t: IntegerType) -> tuple[int, int]:
    """The smallest and largest value of `t` read as a signed integer."""
    return -(1 << (t.width - 1)), (1 << (t.width - 1)) - 1


I64 = IntegerType(64)


def bound_attr(value: int) -> IntegerAttr:
    """A clamp bound as a property value: a signed 64-bit integer attribute."""
    smallest, largest = signed_range(I64)
    if not smallest <= value <= largest:
        raise ValueError(f"bound {value} does not fit in a signed 64-bit integer")
    return IntegerAttr(value, I64)


class ClampOp(OpView):
    """`%r = sat.clamp %x to [-10, 10] : i32`: `x` limited to `[lo, hi]`.

    The bounds are the properties `lo` and `hi` (i64 integers). A declarative format would
    print them as `-10 : i64`; the bare bracketed pair needs hand-written syntax:
    grammar rules plus callbacks that build the op (CLAMP_SYNTAX) and `print_custom`.
    """

    name = "sat.clamp"
    traits = (Pure, SameOperandsAndResultType)
    hand_written_syntax = True
    input = operand(SignlessInt)
    res = result(SignlessInt)
    lo = prop(IntegerAttr)
    hi = prop(IntegerAttr)

    @classmethod
    def build(cls, value: Any, lo: int, hi: int) -> Operation:
        """A clamp of the Value `value` (for Python code that builds IR)."""
        props = {"lo": bound_attr(lo), "hi": bound_attr(hi)}
        return cls.create([value], [value.type], properties=props)

    def verify_(self) -> str | None:
        lo, hi = self.lo.value, self.hi.value
        if lo > hi:
            return f"lower bound {lo} is greater than upper bound {hi}"
        smallest, largest = signed_range(self.res.type)
        if lo < smallest or hi > largest:
            return f"bounds [{lo}, {hi}] do not fit in {self.res.type}"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        """Print what follows the op name: ` %x to [-10, 10] : i32`."""
        view = ClampOp(op)
        p.write(" ")
        p.print_operand(view.input)
        p.write(f" to [{view.lo.value}, {view.hi.value}]")
        p.print_optional_attr_dict(dict(op.attributes))
        p.write(" : ")
        p.print_type(view.res.type)


# lark rules, added to the `custom_operation` alternatives of pyir's grammar. `value_use`,
# `attribute_dict`, `type` and INTEGER come from pyir's grammar (textual/grammar/mlir.lark).
# `!` keeps the keyword token in the rule's children.
CLAMP_GRAMMAR = r"""
sat_clamp: sat_clamp_kw value_use "to" "[" sat_bound "," sat_bound "]" [attribute_dict] ":" type
!sat_clamp_kw: "sat.clamp"
sat_bound: INTEGER        -> sat_bound_positive
         | "-" INTEGER    -> sat_bound_negative
%extend custom_operation: sat_clamp
"""


# Callbacks: for each rule, a factory that receives the parser state and returns the function
# called with the rule's children when the rule is reduced.
def _keyword(state: Any) -> Any:
    def begin(children: list) -> str:
        state.begin_op("sat.clamp")  # tell the parser an op starts here (for locations)
        return "sat.clamp"

    return begin


def _positive(state: Any) -> Any:
    return lambda children: int(children[0], 0)


def _negative(state: Any) -> Any:
    return lambda children: -int(children[0], 0)


def _clamp(state: Any) -> Any:
    def build(children: list) -> Operation:
        _keyword, use, lo, hi, attrs, type_ = children
        state.end_op()
        value = state.resolve(use, type_)  # checks that %x has type `type_`
        try:
            props = {"lo": bound_attr(lo), "hi": bound_attr(hi)}
        except ValueError as err:  # a located error for the user, not a traceback
            raise state.error(str(err), state.pos) from None
        return ClampOp.create([value], [type_], properties=props, attributes=attrs)

    return build


CLAMP_SYNTAX = CustomSyntax(
    CLAMP_GRAMMAR,
    {
        "sat_clamp_kw": _keyword,
        "sat_bound_positive": _positive,
        "sat_bound_negative": _negative,
        "sat_clamp": _clamp,
    },
)

DIALECT = Dialect(
    "sat",
    [AddOp, TruncOp, ClampOp],
    syntax=CLAMP_SYNTAX,
    description="Saturating integer arithmetic.",
)
