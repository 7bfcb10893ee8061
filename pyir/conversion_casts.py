"""Folding away `builtin.unrealized_conversion_cast` ops (MLIR's reconcileUnrealizedCasts).

Given a set of casts, processed from a worklist popped at its end (so the last ones
first, bottom-to-top for casts collected in walk order):

- a cast without uses is erased, and the casts defining its inputs are pushed again
  (they may have lost their last user);
- otherwise the chain of casts feeding it is followed (each link: a cast whose results
  are exactly the inputs of the next one, in order) looking for one whose *input* types
  equal this cast's *result* types (`A -> B -> A`, also `A -> A`); the uses of this
  cast then take those inputs directly and it is erased, its input casts pushed again.

Casts that are neither dead nor foldable stay (the pass leaves them in the IR; the
conversion driver hands them to the type converter's materializations).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pyir.core import Operation

__all__ = ["CAST_NAME", "reconcile_unrealized_casts"]

CAST_NAME = "builtin.unrealized_conversion_cast"


def _input_cast(cast: Operation) -> Operation | None:
    """The cast whose results are exactly `cast`'s inputs, in order, or None."""
    slots = cast.operand_slots
    if not slots:
        return None
    first = slots[0].value
    owner = getattr(first, "op", None)
    if owner is None or owner.name != CAST_NAME:
        return None
    results = owner.results
    if len(results) != len(slots):
        return None
    for slot, result in zip(slots, results):
        if slot.value is not result:
            return None
    return owner


def reconcile_unrealized_casts(casts: Iterable[Operation], rewriter: Any = None) -> list[Operation]:
    """Fold and erase the casts of `casts` (see the module docstring); returns those that
    remain, in their original order. `rewriter`, when given, makes the changes (it needs
    `replace_op(op, values)` and `erase_op(op)`); else the IR is edited directly."""
    order = list(casts)
    worklist: list[Operation] = list(order)
    queued: set[Operation] = set(order)
    erased: set[Operation] = set()

    def push_inputs(cast: Operation) -> None:
        for slot in cast.operand_slots:
            owner = getattr(slot.value, "op", None)
            if owner is not None and owner.name == CAST_NAME and owner not in queued:
                queued.add(owner)
                worklist.append(owner)

    def erase(cast: Operation, values: list | None) -> None:
        erased.add(cast)
        if rewriter is not None:
            if values is None:
                rewriter.erase_op(cast)
            else:
                rewriter.replace_op(cast, values)
            return
        if values is not None:
            for old, new in zip(cast.results, values):
                old.replace_all_uses_with(new)
        cast.erase()

    while worklist:
        cast = worklist.pop()
        queued.discard(cast)
        if not cast.has_uses():
            push_inputs(cast)
            erase(cast, None)
            continue
        wanted = [r.type for r in cast.results]
        link: Operation | None = cast
        while link is not None:
            if [s.value.type for s in link.operand_slots] == wanted:
                push_inputs(cast)
                erase(cast, [s.value for s in link.operand_slots])
                break
            link = _input_cast(link)
    return [c for c in order if c not in erased]
