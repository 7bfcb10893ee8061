"""Loop-like ops: how loop transforms see a loop op (MLIR's LoopLikeOpInterface).

A `LoopLike` describes one kind of loop op: the regions that form its body (run each
iteration), its induction variables, its loop-carried values (inits, region iteration
arguments, yielded values, results), which values are invariant (defined outside the loop)
and how an op leaves the loop (moved right before it). `loop_like(op)` finds the
description of an op: the op class's `loop_like` attribute when it has one (plugins), else
the registry keyed by op name, which holds MLIR's loop ops: scf.for, scf.forall,
scf.parallel, scf.while, affine.for and affine.parallel. The core names these ops only as
data here; it imports no dialect (their fields are read through the op's own view).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.core import Operation, Region, Value

__all__ = ["LoopLike", "is_defined_outside", "loop_like", "register_loop_like"]


def is_defined_outside(loop: Operation, value: Value) -> bool:
    """Whether `value` is defined outside `loop` (not in any region nested in it)."""
    block = value.parent_block()
    while block is not None:
        region = block.parent
        op = region.parent if region is not None else None
        if op is None:
            return True
        if op is loop:
            return False
        block = op.parent
    return True


class LoopLike:
    """How loop transforms see one kind of loop op.

    `regions` are the indices of the body regions; the entry block of the first one takes
    `num_ivs(op)` induction variables (None: the loop has none, like scf.while) followed
    by the region iteration arguments. `inits_field` names the op view's field holding the
    initial values of the loop-carried values (None: no loop-carried values). Invariant:
    every method only reads the op, except `move_out_of_loop`.
    """

    def __init__(
        self,
        regions: Sequence[int] = (0,),
        num_ivs: Any = 1,
        inits_field: str | None = None,
        carried_in_body: bool = True,
    ) -> None:
        self.region_indices = tuple(regions)
        self._num_ivs = num_ivs
        self.inits_field = inits_field
        #: The body's entry block takes the loop-carried values after the induction
        #: variables (False for scf.parallel, whose reductions are not block arguments).
        self.carried_in_body = carried_in_body

    def loop_regions(self, op: Operation) -> list[Region]:
        return [op.regions[i] for i in self.region_indices]

    def num_induction_vars(self, op: Operation) -> int | None:
        n = self._num_ivs
        return n(op) if callable(n) else n

    def induction_vars(self, op: Operation) -> list[Value] | None:
        """The induction variables (None when the loop has none)."""
        n = self.num_induction_vars(op)
        if n is None:
            return None
        block = op.regions[self.region_indices[0]].blocks[0]
        return list(block.args[:n])

    def inits(self, op: Operation) -> list[Value]:
        """The initial values of the loop-carried values."""
        if self.inits_field is None:
            return []
        return list(getattr(op.view(), self.inits_field))

    def region_iter_args(self, op: Operation) -> list[Value]:
        """The body's block arguments holding the loop-carried values."""
        if self.inits_field is None or not self.carried_in_body:
            return []
        block = op.regions[self.region_indices[0]].blocks[0]
        return list(block.args[self.num_induction_vars(op) or 0 :])

    def yielded_values(self, op: Operation) -> list[Value]:
        """The values the body passes to the next iteration (its last region's
        terminator's operands; scf.while's `after` region)."""
        if self.inits_field is None or not self.carried_in_body:
            return []
        last = op.regions[self.region_indices[-1]].blocks[-1].last_op
        return list(last.operands) if last is not None else []

    def loop_results(self, op: Operation) -> list[Value]:
        return list(op.results)

    def is_defined_outside(self, op: Operation, value: Value) -> bool:
        return is_defined_outside(op, value)

    def move_out_of_loop(self, op: Operation, nested: Operation) -> None:
        """Move `nested` (an op of a loop region) right before the loop."""
        nested.move_before(op)

    def __repr__(self) -> str:
        return f"<LoopLike regions={self.region_indices}>"


def _forall_rank(op: Operation) -> int:
    return len(op.properties["staticLowerBound"].values)


def _all_entry_args(op: Operation) -> int:
    return len(op.regions[0].blocks[0].args)


_REGISTRY: dict[str, LoopLike] = {
    "scf.for": LoopLike(num_ivs=1, inits_field="init_args"),
    "scf.forall": LoopLike(num_ivs=_forall_rank, inits_field="outputs"),
    "scf.parallel": LoopLike(
        num_ivs=_all_entry_args, inits_field="init_vals", carried_in_body=False
    ),
    "scf.while": LoopLike(regions=(0, 1), num_ivs=None, inits_field="inits"),
    "affine.for": LoopLike(num_ivs=1, inits_field="inits"),
    "affine.parallel": LoopLike(num_ivs=_all_entry_args),
}


def register_loop_like(op_name: str, description: LoopLike) -> None:
    """Declare ops named `op_name` loop-like (replacing an earlier description)."""
    _REGISTRY[op_name] = description


def loop_like(op: Operation) -> LoopLike | None:
    """The loop description of `op`, or None when it is not a loop."""
    op_def = op.op_def
    if op_def is not None:
        own = getattr(op_def, "loop_like", None)
        if isinstance(own, LoopLike):
            return own
    return _REGISTRY.get(op.name)
