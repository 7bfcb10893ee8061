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

from pyir.attributes import Attribute
from pyir.core import Operation, Value
from pyir.traits import ConstantLike


class FoldError(Exception):
    """A fold hook returned something that is not a fold result for its op."""


def constant_value(value: Value) -> Attribute | None:
    """The constant a value holds: the `value` of the ConstantLike op defining it."""
    owner = getattr(value, "op", None)  # an OpResult's op; block arguments have none
    if owner is None:
        return None
    op_def = owner.op_def
    if op_def is None or ConstantLike not in op_def.traits_set:
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
    operands = tuple([constant_value(slot.value) for slot in op.operand_slots])
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


def canonicalization_patterns(op_cls: Any) -> tuple:
    """The patterns an op class declares (an empty tuple when it declares none)."""
    return tuple(getattr(op_cls, "canonicalization_patterns", ()) or ())
