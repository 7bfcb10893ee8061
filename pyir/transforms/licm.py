"""`loop-invariant-code-motion`: hoist loop-invariant ops out of loops (MLIR's LICM).

Every loop-like op (see pyir.loop_like) is visited innermost first. In each of its body
regions, an op moves right before the loop when it is not a terminator, has no memory
effects (nested ops included), is speculatable (see below), and every value it or its
nested ops use is defined outside the loop or inside the op itself. Ops are tried in
order; when one moves, its users in the region are tried again, as MLIR's worklist does.
Ops with regions (an `scf.if`, a fully invariant inner loop) move as a whole.

Speculatability says whether an op may run where it would not have (MLIR's
ConditionallySpeculatable): `Pure` ops may; others may not, except those with a rule in
the registry below (`register_speculatability`) or a `get_speculatability(op)` on their
op class. A rule answers SPECULATABLE, NOT_SPECULATABLE or RECURSIVELY_SPECULATABLE (if
every nested op is). The registry holds MLIR's rules for the ops pyir has: integer
division and remainder by a constant that is never 0 (nor -1 for signed division),
`tensor.dim` / `memref.dim` with a constant in-range index, `scf.for` / `affine.for` with
step 1 and `scf.if` / `affine.if` (recursively).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType, IntegerType, MemRefType, RankedTensorType
from pyir.core import Operation, Region
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.folding import constant_value
from pyir.loop_like import LoopLike, loop_like
from pyir.passes import Pass
from pyir.side_effects import is_memory_effect_free
from pyir.traits import IsTerminator, Pure

__all__ = [
    "NOT_SPECULATABLE",
    "RECURSIVELY_SPECULATABLE",
    "SPECULATABLE",
    "LoopInvariantCodeMotionPass",
    "is_speculatable",
    "move_loop_invariant_code",
    "register_speculatability",
    "speculatability",
]

SPECULATABLE = "speculatable"
NOT_SPECULATABLE = "not-speculatable"
RECURSIVELY_SPECULATABLE = "recursively-speculatable"


# -- speculatability ----------------------------------------------------------------------------
def _constant_ints(value: Any) -> list[tuple[int, int]] | None:
    """The (value, bit width) of each element of the integer constant `value` holds."""
    attr = constant_value(value)
    if isinstance(attr, IntegerAttr):
        elements, t = [attr.value], attr.type
    elif isinstance(attr, DenseIntOrFPElementsAttr):
        elements, t = list(attr.values), attr.type.element_type
    else:
        return None
    if isinstance(t, IndexType):
        width = 64
    elif isinstance(t, IntegerType):
        width = t.width
    else:
        return None
    return [(int(v), width) for v in elements]


def _never_zero(value: Any, nor_minus_one: bool = False) -> bool:
    """The divisor is a constant none of whose elements is 0 (nor -1 when asked)."""
    elements = _constant_ints(value)
    if elements is None:
        return False
    for v, width in elements:
        mask = (1 << width) - 1
        if v & mask == 0 or (nor_minus_one and v & mask == mask):
            return False
    return True


def _unsigned_division(op: Operation) -> str:
    return SPECULATABLE if _never_zero(op.operands[1]) else NOT_SPECULATABLE


def _signed_division(op: Operation) -> str:
    # INT_MIN / -1 overflows: -1 is excluded too.
    return SPECULATABLE if _never_zero(op.operands[1], nor_minus_one=True) else NOT_SPECULATABLE


def _dim(ranked: type) -> Callable[[Operation], str]:
    def rule(op: Operation) -> str:
        index = constant_value(op.operands[1])
        source = op.operands[0].type
        if not isinstance(index, IntegerAttr) or not isinstance(source, ranked):
            return NOT_SPECULATABLE
        return NOT_SPECULATABLE if len(source.shape) <= index.value else SPECULATABLE

    return rule


def _scf_for(op: Operation) -> str:
    step = _constant_ints(op.operands[2])
    # Any other step may make the loop run forever.
    one = step is not None and [v for v, _ in step] == [1]
    return RECURSIVELY_SPECULATABLE if one else NOT_SPECULATABLE


def _affine_for(op: Operation) -> str:
    step = op.properties.get("step")
    one = isinstance(step, IntegerAttr) and step.value == 1
    return RECURSIVELY_SPECULATABLE if one else NOT_SPECULATABLE


def _recursive(op: Operation) -> str:
    return RECURSIVELY_SPECULATABLE


_RULES: dict[str, Callable[[Operation], str]] = {
    "arith.divui": _unsigned_division,
    "arith.ceildivui": _unsigned_division,
    "arith.remui": _unsigned_division,
    "arith.remsi": _unsigned_division,  # the remainder of INT_MIN by -1 is defined (0)
    "arith.divsi": _signed_division,
    "arith.ceildivsi": _signed_division,
    "tensor.dim": _dim(RankedTensorType),
    "memref.dim": _dim(MemRefType),
    "scf.for": _scf_for,
    "scf.if": _recursive,
    "affine.for": _affine_for,
    "affine.if": _recursive,
}


def register_speculatability(op_name: str, rule: Callable[[Operation], str]) -> None:
    """Give ops named `op_name` a speculatability rule (replacing an earlier one)."""
    _RULES[op_name] = rule


def speculatability(op: Operation) -> str:
    """SPECULATABLE, NOT_SPECULATABLE or RECURSIVELY_SPECULATABLE (see the module doc)."""
    rule = _RULES.get(op.name)
    if rule is not None:
        return rule(op)
    op_def = op.op_def
    if op_def is None:
        return NOT_SPECULATABLE
    own = getattr(op_def, "get_speculatability", None)
    if own is not None:
        return own(op)
    return SPECULATABLE if Pure in op_def.traits_set else NOT_SPECULATABLE


def is_speculatable(op: Operation) -> bool:
    """Whether `op` (and, when that is its rule, every op nested in it) may be executed
    speculatively (MLIR's isSpeculatable)."""
    kind = speculatability(op)
    if kind == SPECULATABLE:
        return True
    if kind != RECURSIVELY_SPECULATABLE:
        return False
    for region in op.regions:
        for block in region.blocks:
            for nested in block.ops:
                if not is_speculatable(nested):
                    return False
    return True


# -- hoisting -----------------------------------------------------------------------------------
def _can_be_hoisted(op: Operation, loop: Operation, description: LoopLike) -> bool:
    """Not a terminator, and every value used in `op` comes from outside the loop or from
    inside `op` itself."""
    op_def = op.op_def
    if op_def is not None and IsTerminator in op_def.traits_set:
        return False
    for nested in op.walk(post_order=False):
        for value in nested.operands:
            block = value.parent_block()
            region = block.parent if block is not None else None
            owner = region.parent if region is not None else None
            if owner is not None and op.is_ancestor(owner):
                continue
            if not description.is_defined_outside(loop, value):
                return False
    return True


def _region_ops(region: Region) -> list[Operation]:
    return [op for block in region.blocks for op in block.ops]


def move_loop_invariant_code(loop: Operation, description: LoopLike | None = None) -> int:
    """Hoist the invariant ops of `loop`'s body regions before it; returns how many moved."""
    description = description or loop_like(loop)
    if description is None or loop.parent is None:
        return 0  # not a loop, or nowhere to hoist to
    moved = 0
    for region in description.loop_regions(loop):
        worklist = deque(_region_ops(region))
        while worklist:
            op = worklist.popleft()
            if op.parent_region() is not region:
                continue  # moved already
            if not (is_memory_effect_free(op) and is_speculatable(op)):
                continue
            if not _can_be_hoisted(op, loop, description):
                continue
            description.move_out_of_loop(loop, op)
            moved += 1
            # Its users at the top of the loop body may have become invariant.
            for result in op.results:
                for user in result.users():
                    if user.parent_region() is region:
                        worklist.append(user)
    return moved


class LoopInvariantCodeMotionPass(Pass):
    """Hoists invariant code out of every loop nested in the op, innermost loops first."""

    name = "loop-invariant-code-motion"
    summary = "Hoist loop invariant instructions outside of the loop"
    display_name = "LoopInvariantCodeMotionPass"

    def run_on_operation(self, op: Any) -> None:
        loops = [(o, d) for o in op.walk(post_order=True) if (d := loop_like(o)) is not None]
        for loop, description in loops:
            move_loop_invariant_code(loop, description)
