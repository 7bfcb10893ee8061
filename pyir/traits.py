"""Op traits and interfaces.

A trait is a class listed in an op definition's `traits`; the definition keeps them in
`traits_set` so `op.has_trait(IsTerminator)` is one set lookup. A trait may carry a
`verify(op)` static method that returns an error message (or None); the verifier runs
those after the structural checks. Interfaces are traits with methods that the op class
implements (e.g. `MemoryEffects.get_effects`).
"""

from __future__ import annotations

from typing import Any


class Trait:
    """Base of traits. `verify(op)` returns an error message, or None when the op is fine.
    A trait whose rule reads nothing but the op's operand and result types sets
    `types_only`: the verifier then runs it once per op class and type signature."""

    types_only = False

    @staticmethod
    def verify(op: Any) -> str | None:
        return None


class IsTerminator(Trait):
    """The op ends its block, and must be the last op in it."""


class NoTerminator(Trait):
    """The op's regions hold a single block with no terminator requirement (builtin.module)."""


class SingleBlock(Trait):
    """Every region of the op has at most one block."""

    @staticmethod
    def verify(op: Any) -> str | None:
        for i, region in enumerate(op.regions):
            if len(region.blocks) > 1:
                return f"expects region #{i} to have 0 or 1 blocks"
        return None


class IsolatedFromAbove(Trait):
    """Ops nested in the regions may not use values defined outside of them."""


class HasParent(Trait):
    """Subclass with `parents = ("dialect.op", ...)`: the op must be nested in one of them."""

    parents: tuple[str, ...] = ()


class ZeroRegions(Trait):
    pass


class Symbol(Trait):
    """The op defines a symbol: it has a `sym_name` string attribute (property)."""


class SymbolTable(Trait):
    """The op's single region holds symbols whose names are unique in it."""


class Pure(Trait):
    """No memory effects and always speculatable: may be CSE'd, hoisted or erased when dead."""


class NoMemoryEffect(Trait):
    """The op reads and writes no memory (Pure implies it)."""


class MemoryEffects(Trait):
    """Interface: the op class defines `get_effects(op) -> list[tuple[str, Value | None]]`
    with effect kinds "read", "write", "allocate", "free"."""


class RecursiveMemoryEffects(Trait):
    """The op's own effects are none; its effects are those of the ops in its regions."""


class SameOperandsAndResultType(Trait):
    """All operands and results have one type."""

    types_only = True

    @staticmethod
    def verify(op: Any) -> str | None:
        # Types are uniqued, so identity settles almost every comparison.
        first = None
        for slot in op.operand_slots:
            t = slot.value.type
            if first is None:
                first = t
            elif t is not first and t != first:
                return "requires the same type for all operands and results"
        for r in op.results:
            t = r.type
            if first is None:
                first = t
            elif t is not first and t != first:
                return "requires the same type for all operands and results"
        return None


class SameOperandsAndResultShape(Trait):
    pass


class Commutative(Trait):
    """The first two operands may be swapped."""


class ConstantLike(Trait):
    """The op materializes a constant (its `value` attribute); used by folding and CSE."""


class AffineScope(Trait):
    pass


class AutomaticAllocationScope(Trait):
    pass


class RegionKindGraph(Trait):
    """The op's regions are graph regions: no dominance, no terminators required."""


def is_pure(op: Any) -> bool:
    op_def = op.op_def
    return op_def is not None and (Pure in op_def.traits_set or NoMemoryEffect in op_def.traits_set)
