"""Common subexpression elimination (MLIR's cse pass, as a function).

An op is replaced by an earlier equivalent one that dominates it: same name, operands
(as a multiset for Commutative ops), result types, properties and attributes, no regions;
and, as in MLIR, an unused op without effects is erased on the way.
Ops without memory effects are always candidates; ops that only read are replaced only
when nothing between the two in the same block may write; ops with other or unknown
effects never are. Values are known along the dominator tree: a block's ops see those of
its dominators; nested regions see the enclosing scope unless their op is isolated from
above; graph regions (no dominance) are simplified block by block.
"""

from __future__ import annotations

from typing import Any

import cython

from pyir.core import Block, Operation, OpOperand, OpResult, Region
from pyir.dominance import DomTree, has_ssa_dominance
from pyir.side_effects import get_effects
from pyir.traits import (
    Commutative,
    IsolatedFromAbove,
    IsTerminator,
    MemoryEffects,
    NoMemoryEffect,
    Pure,
)


class _Scopes:
    """Known ops by key, with an undo log per open scope."""

    __slots__ = ("known", "logs")

    def __init__(self) -> None:
        self.known: dict = {}
        self.logs: list[list] = []

    def push(self) -> None:
        self.logs.append([])

    def pop(self) -> None:
        known = self.known
        for key, previous in reversed(self.logs.pop()):
            if previous is None:
                del known[key]
            else:
                known[key] = previous


def _freeze(d: Any) -> tuple:
    if not d:
        return ()
    return tuple(sorted(d.items(), key=lambda kv: kv[0]))


class _Eliminator:
    def __init__(self) -> None:
        self.erased = 0
        self.facts: dict = {}

    def region(self, region: Region, scopes: _Scopes) -> None:
        blocks = region.blocks
        if not blocks:
            return
        if len(blocks) == 1:
            scopes.push()
            self.block(blocks[0], scopes, True)
            scopes.pop()
            return
        if not has_ssa_dominance(region):
            for block in blocks:
                scopes.push()
                self.block(block, scopes, False)
                scopes.pop()
            return
        tree = DomTree(region)
        children: dict[Block, list[Block]] = {}
        for block in blocks:
            if block is blocks[0] or not tree.is_reachable(block):
                continue
            idom = tree.immediate_dominator(block)
            if idom is not None:
                children.setdefault(idom, []).append(block)
        # Depth-first over the dominator tree without recursion: (block, entered?).
        stack: list[tuple[Block, bool]] = [(blocks[0], False)]
        while stack:
            block, entered = stack.pop()
            if entered:
                scopes.pop()
                continue
            scopes.push()
            self.block(block, scopes, True)
            stack.append((block, True))
            for child in reversed(children.get(block, ())):
                stack.append((child, False))

    @cython.locals(op=Operation, nxt=Operation, slot=OpOperand, r=OpResult)
    def block(self, block: Block, scopes: _Scopes, dominance: bool) -> None:
        # The hot loop: one pass over the block's ops with the per-class facts cached.
        facts = self.facts
        known = scopes.known
        log = scopes.logs[-1]
        op = block.first_op
        while op is not None:
            nxt = op.next_op
            op_def = op.op_def
            if op.regions:
                # An unregistered op might be isolated from above (MLIR's mightHaveTrait).
                isolated = op_def is None or IsolatedFromAbove in op_def.traits_set
                inner = _Scopes() if isolated else scopes
                for nested in op.regions:
                    self.region(nested, inner)
                op = nxt
                continue
            if op_def is None:
                op = nxt
                continue
            fact = facts.get(op_def)
            if fact is None:
                fact = facts[op_def] = _class_facts(op_def)
            kind = fact[0]
            if kind == _DYNAMIC:
                kind = _effect_kind(op)
            if kind == _NEVER:
                op = nxt
                continue
            for r in op.results:
                if r.first_use is not None:
                    break
            else:
                op.erase()  # MLIR's cse erases unused ops without effects as it goes
                self.erased += 1
                op = nxt
                continue
            # The short key (name and operands) finds the candidate cheaply: the types,
            # properties and attributes are compared only when it hits.
            operands = [slot.value for slot in op.operand_slots]
            if operands:
                if fact[1] and len(operands) > 1:
                    operands.sort(key=id)
                key: Any = (op.name, *operands)
            else:
                key = (op.name, _freeze(op.properties), _freeze(op.attributes))
            existing = known.get(key)
            if existing is not None and not _same_details(existing, op):
                key = (key, _details(op))  # another op with these operands: the full key
                existing = known.get(key)
            if existing is not None and (kind == _PURE or not _writes_between(existing, op)):
                for old, new in zip(op.results, existing.results):
                    old.replace_all_uses_with(new)
                op.erase()
                self.erased += 1
            else:
                log.append((key, existing))
                known[key] = op
            op = nxt


_NEVER, _PURE, _READS, _DYNAMIC = range(4)


def _class_facts(op_def: Any) -> tuple[int, bool]:
    """(candidate kind, commutative) of an op class; _DYNAMIC when its effects depend on
    the op (the MemoryEffects interface)."""
    traits = op_def.traits_set
    commutative = Commutative in traits
    if IsTerminator in traits:
        return _NEVER, commutative
    if Pure in traits or NoMemoryEffect in traits:
        return _PURE, commutative
    if MemoryEffects in traits:
        return _DYNAMIC, commutative
    return _NEVER, commutative


def _effect_kind(op: Operation) -> int:
    effects = get_effects(op)
    if effects is None:
        return _NEVER
    if not effects:
        return _PURE
    if all(k == "read" for k, _ in effects):
        return _READS
    return _NEVER


def _details(op: Operation) -> tuple:
    return (tuple(r.type for r in op.results), _freeze(op.properties), _freeze(op.attributes))


def _same_details(a: Operation, b: Operation) -> bool:
    if len(a.results) != len(b.results):
        return False
    for x, y in zip(a.results, b.results):
        if x.type != y.type:
            return False
    return (a.properties is b.properties or a.properties == b.properties) and (
        a.attributes is b.attributes or a.attributes == b.attributes
    )


def _writes_between(first: Operation, second: Operation) -> bool:
    """Whether an op after `first` and before `second` may write (they must share a block;
    otherwise the answer is a conservative yes)."""
    if first.parent is not second.parent:
        return True
    op = first.next_op
    while op is not None and op is not second:
        effects = get_effects(op)
        if effects is None or any(k != "read" for k, _ in effects):
            return True
        op = op.next_op
    return op is None


def eliminate_common_subexpressions(root: Operation) -> int:
    """CSE every region nested in `root`; returns the number of ops erased."""
    eliminator = _Eliminator()
    scopes = _Scopes()
    for region in root.regions:
        eliminator.region(region, scopes)
    return eliminator.erased
