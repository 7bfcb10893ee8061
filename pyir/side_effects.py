"""What an op does to memory, as far as the traits and the MemoryEffects interface say,
and what follows: whether an op would be erasable once unused (MLIR's
wouldOpBeTriviallyDead; the drivers check the "unused" part in their own loops).

Effects are (kind, value) pairs with kind "read", "write", "allocate" or "free" and the
value affected (None: unknown or any). An op says nothing about its effects unless it has
Pure / NoMemoryEffect (none), RecursiveMemoryEffects (those of its nested ops), or the
MemoryEffects interface (`get_effects(op)` on its class); an op that says nothing may do
anything.
"""

from __future__ import annotations

from pyir.core import Operation
from pyir.traits import IsTerminator, MemoryEffects, NoMemoryEffect, Pure, RecursiveMemoryEffects

#: Unknown effects: may read and write anything.
UNKNOWN = None


def get_effects(op: Operation) -> list | None:
    """The op's effects including nested ops' for RecursiveMemoryEffects; None when unknown."""
    op_def = op.op_def
    if op_def is None:
        return UNKNOWN
    traits = op_def.traits_set
    if Pure in traits or NoMemoryEffect in traits:
        own: list = []
    elif MemoryEffects in traits:
        own = list(op_def.get_effects(op))
    elif RecursiveMemoryEffects in traits:
        own = []
    else:
        return UNKNOWN
    if RecursiveMemoryEffects in traits:
        for region in op.regions:
            for block in region.blocks:
                for nested in block.ops:
                    effects = get_effects(nested)
                    if effects is None:
                        return UNKNOWN
                    own.extend(effects)
    return own


def is_memory_effect_free(op: Operation) -> bool:
    effects = get_effects(op)
    return effects is not None and not effects


def only_reads_or_allocates_results(op: Operation) -> bool:
    """Every effect is a read, or an allocation of one of the op's own results."""
    effects = get_effects(op)
    if effects is None:
        return False
    results = set(op.results)
    return all(
        kind == "read" or (kind == "allocate" and value in results) for kind, value in effects
    )


def would_be_trivially_dead(op: Operation) -> bool:
    """Erasable if unused: not a terminator, and no effects but reads and allocating its
    own results (MLIR's wouldOpBeTriviallyDead)."""
    op_def = op.op_def
    if op_def is not None and IsTerminator in op_def.traits_set:
        return False
    return only_reads_or_allocates_results(op)
