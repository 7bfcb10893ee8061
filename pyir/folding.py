"""Fold hooks: what an op definition may say about computing its results at compile time.

An op class may define

    def fold(self, operands: tuple) -> Any

where `operands[i]` is the constant value (an Attribute) of operand i when it is produced
by a ConstantLike op, else None. It returns None (no fold), or one entry per result, each
an Attribute (the result is that constant) or a Value (the result is that existing value);
a single-result op may return the entry itself. Returning the op's own result means "I
changed myself in place" (MLIR's in-place fold). The hook must not create or erase ops.

An op class may also list `canonicalization_patterns`: rewrite patterns (instances or
classes, see the rewriting issue's pyir.rewriting) that the canonicalizer collects from
every registered op.

`fold_op` runs the hook for one op and checks what it returned.
"""

from __future__ import annotations

from typing import Any

import cython

from pyir.attributes import Attribute
from pyir.core import Operation, OpOperand, OpResult, Value
from pyir.traits import ConstantLike

#: op class -> whether it is ConstantLike (a class's traits never change once defined).
_CONSTANT_LIKE: dict = {}


class FoldError(Exception):
    """A fold hook returned something that is not a fold result for its op."""


def constant_value(value: Value) -> Attribute | None:
    """The constant a value holds: the `value` of the ConstantLike op defining it."""
    if not isinstance(value, OpResult):
        return None  # a block argument
    return _constant_of(value)


@cython.cfunc
@cython.locals(owner=Operation)
def _constant_of(value: OpResult) -> Any:
    owner = value.op
    op_def = owner.op_def
    if op_def is None:
        return None
    table: dict = _CONSTANT_LIKE
    constant_like = table.get(op_def)
    if constant_like is None:
        constant_like = table[op_def] = ConstantLike in op_def.traits_set
    if not constant_like:
        return None
    return owner.properties.get("value") or owner.attributes.get("value")


def fold_op(op: Operation) -> list | None:
    """Run `op`'s fold hook: None when it has none or does not fold, else one Attribute or
    Value per result (an in-place fold returns the op's own results). Raises FoldError
    when the hook's answer does not fit the op."""
    view_cls = op.op_def
    hook = getattr(view_cls, "fold", None) if view_cls is not None else None
    if hook is None:
        return None
    operands = _operand_constants(op.operand_slots)
    folded = hook(view_cls(op), operands)
    if folded is None:
        return None
    if not isinstance(folded, (list, tuple)):
        folded = [folded]
    results = list(folded)
    if len(results) != len(op.results):
        raise FoldError(
            f"fold of '{op.name}' returned {len(results)} values for {len(op.results)} results"
        )
    for i, entry in enumerate(results):
        if isinstance(entry, Value):
            if entry.type != op.results[i].type:
                raise FoldError(
                    f"fold of '{op.name}' replaced result #{i} of type {op.results[i].type} "
                    f"with a value of type {entry.type}"
                )
        elif not isinstance(entry, Attribute):
            raise FoldError(
                f"fold of '{op.name}' returned {entry!r} for result #{i}: "
                "expected an Attribute or a Value"
            )
    return results


@cython.cfunc
@cython.locals(slot=OpOperand, value=Value)
def _operand_constants(slots: tuple) -> tuple:
    """`constant_value` of each operand."""
    constants = []
    for slot in slots:
        value = slot.value
        constants.append(_constant_of(value) if isinstance(value, OpResult) else None)
    return tuple(constants)


def canonicalization_patterns(op_cls: Any) -> tuple:
    """The patterns an op class declares (an empty tuple when it declares none)."""
    return tuple(getattr(op_cls, "canonicalization_patterns", ()) or ())
