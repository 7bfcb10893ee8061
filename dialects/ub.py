"""The `ub` dialect: undefined behaviour made explicit, with MLIR's syntax.

    %0 = ub.poison : i32          // generic: "ub.poison"() <{value = #ub.poison}> : () -> i32
    ub.unreachable                // a terminator that must never be reached

`#ub.poison` is the poison attribute: the constant value of a `ub.poison` result. Fold
hooks of other dialects return it to say "this result is poison"; their dialect's
`materialize_constant` then builds a `ub.poison` (see `materialize_poison`). Any type may
be poisoned, so the op has no type constraint.
"""

from __future__ import annotations

from typing import Any

from pyir.context import Dialect
from pyir.dialect_attrs import ParametrizedAttr
from pyir.opdef import OpView, Predicate, prop, result
from pyir.traits import ConstantLike, IsTerminator, Pure


class PoisonAttr(ParametrizedAttr):
    """`#ub.poison`: a poison value of whatever type holds it.

    Invariant: no parameters, so there is one instance (attributes are uniqued).
    """

    name = "ub.poison"


#: The one poison attribute.
POISON = PoisonAttr()

# A predicate rather than IsA(PoisonAttr): an op format would print an IsA-constrained
# definition stripped (its body alone), but `ub.poison <#ub.poison> : i32` writes it whole.
PoisonAttrLike = Predicate(lambda a: isinstance(a, PoisonAttr), "poison attribute")


def is_poison(attr: Any) -> bool:
    """True when a fold operand (a constant attribute or None) is the poison attribute."""
    return isinstance(attr, PoisonAttr)


class PoisonOp(OpView):
    """`%0 = ub.poison : i32`: a poison value of the result type.

    Invariants: exactly one result, of any type; `value` is a poison attribute (the
    default `#ub.poison`, which the custom form leaves out). ConstantLike: its constant is
    `value`, which is also what it folds to.
    """

    name = "ub.poison"
    traits = (ConstantLike, Pure)
    value = prop(PoisonAttrLike, default=POISON)
    result = result()
    assembly_format = "attr-dict (`<` $value^ `>`)? `:` type($result)"

    def fold(self, operands: tuple) -> Any:
        return self.op.properties.get("value", POISON)

    @classmethod
    def build(cls, type: Any, location: Any = None, value: Any = POISON) -> Any:
        """A poison value of `type`."""
        return cls.create(result_types=[type], properties={"value": value}, location=location)


class UnreachableOp(OpView):
    """`ub.unreachable`: control never gets here (reaching it is undefined behaviour).

    Invariants: no operands or results; the last op of its block.
    """

    name = "ub.unreachable"
    traits = (IsTerminator,)
    assembly_format = "attr-dict"


def materialize_poison(builder: Any, value: Any, type: Any, location: Any) -> Any:
    """A `ub.poison` of `type` when `value` is a poison attribute, else None. Dialects
    whose folds may yield poison call it first in their `materialize_constant`."""
    if not isinstance(value, PoisonAttr):
        return None
    return builder.create(PoisonOp, [], [type], {"value": value}, location=location)


def materialize_constant(builder: Any, value: Any, type: Any, location: Any) -> Any:
    """The ub dialect materializes only poison (a folded `ub.poison`)."""
    return materialize_poison(builder, value, type, location)


DIALECT = Dialect(
    "ub",
    [PoisonOp, UnreachableOp],
    attributes=[PoisonAttr],
    description="Undefined behaviour: poison values and unreachable code.",
)

DIALECT.materialize_constant = materialize_constant  # type: ignore[attr-defined]
