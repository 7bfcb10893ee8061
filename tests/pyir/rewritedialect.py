"""The `rw` test dialect for the rewrite drivers: constants, a folding add, a negation
with a double-negation pattern, and an op with unknown effects that keeps values alive."""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.context import Dialect
from pyir.core import Operation
from pyir.opdef import OpView, operand, prop, result, var_operand
from pyir.patterns import RewritePattern
from pyir.traits import Commutative, ConstantLike, Pure


class ConstOp(OpView):
    name = "rw.const"
    traits = (ConstantLike, Pure)
    value = prop(IntegerAttr)
    out = result()


class AddOp(OpView):
    """Folds constant + constant, and x + 0 to x."""

    name = "rw.add"
    traits = (Pure, Commutative)
    lhs = operand()
    rhs = operand()
    out = result()

    def fold(self, operands: tuple) -> Any:
        lhs, rhs = operands
        if lhs is not None and rhs is not None:
            return IntegerAttr(lhs.value + rhs.value, self.op.results[0].type)
        if rhs is not None and rhs.value == 0:
            return self.op.operands[0]
        return None


class NegOp(OpView):
    name = "rw.neg"
    traits = (Pure,)
    arg = operand()
    out = result()


class SinkOp(OpView):
    """Unknown effects: never dead."""

    name = "rw.sink"
    args = var_operand()


class DoubleNeg(RewritePattern):
    """neg(neg(x)) -> x"""

    root = "rw.neg"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        inner = op.operands[0].owner
        if not isinstance(inner, Operation) or inner.name != "rw.neg":
            return rewriter.notify_match_failure(op, "operand is not a negation")
        rewriter.replace_op(op, [inner.operands[0]])
        return True


class SwapConstantLeft(RewritePattern):
    """Commutative ops with a constant on the left get it on the right."""

    root = Commutative
    benefit = 2

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lhs, rhs = op.operands
        if not (isinstance(lhs.owner, Operation) and lhs.owner.name == "rw.const"):
            return False
        if isinstance(rhs.owner, Operation) and rhs.owner.name == "rw.const":
            return False

        def swap() -> None:
            op.set_operands([rhs, lhs])

        rewriter.modify_op_in_place(op, swap)
        return True


def materialize_constant(builder: Any, value: Any, type: Any, location: Any) -> Any:
    return builder.create(ConstOp, [], [type], {"value": value}, location=location)


DIALECT = Dialect("rw", [ConstOp, AddOp, NegOp, SinkOp])
DIALECT.materialize_constant = materialize_constant  # type: ignore[attr-defined]
