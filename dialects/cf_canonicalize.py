"""Canonicalization patterns of the cf dialect (those of MLIR's ControlFlowOps):

- `cf.br` to a block whose only predecessor it is: the blocks merge;
- `cf.br` to a block holding nothing but a `cf.br`: it branches to that block's target;
- `cf.cond_br` on a constant, or to one block with the same operands: a `cf.br`; to one
  block with different operands (its only predecessor): `arith.select`s and a `cf.br`;
  through pass-through blocks: straight to their targets; a `cf.cond_br` on the
  condition its block's single predecessor branched on: a `cf.br`; uses of the condition
  in a successor reached only from here: the constant it must hold there;
- `cf.switch` with only a default, on a constant, with cases equal to the default, through
  pass-through blocks, or below a switch on the same flag: simplified likewise;
- `cf.assert` of a constant true: erased.

Replacement branches take the replaced op's location and drop its discardable
attributes, as MLIR's do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import I1
from pyir.core import Block, BlockArgument, Operation, Value
from pyir.dialects.arith import ConstantOp
from pyir.dialects.arith_syntax import SelectOp
from pyir.folding import constant_value
from pyir.patterns import RewritePattern

__all__ = ["install"]

# The op classes, set by install() (cf.py imports this module, not the other way round).
_OPS: dict[str, type] = {}


def _const_int(value: Value) -> int | None:
    attr = constant_value(value)
    if isinstance(attr, IntegerAttr):
        return attr.value
    return None


def _replace(rewriter: Any, op: Operation, new: Operation) -> None:
    rewriter.insert(new)
    rewriter.replace_op(op, new)


def _br(dest: Block, operands: Sequence[Value], location: Any) -> Operation:
    return _OPS["br"].build(dest, list(operands), location=location)


def _same(a: Sequence[Value], b: Sequence[Value]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def _single_predecessor(block: Block) -> Operation | None:
    """The terminator of the one predecessor edge into `block` (None for zero or more)."""
    use = block.first_pred
    if use is None or use.next_use is not None:
        return None
    return use.owner


def _unique_predecessor(block: Block) -> Block | None:
    """The block every predecessor edge comes from (None if none or several)."""
    use = block.first_pred
    found = None
    while use is not None:
        pred = use.owner.parent
        if found is not None and pred is not found:
            return None
        found = pred
        use = use.next_use
    return found


def collapse_branch(dest: Block, operands: Sequence[Value]) -> tuple[Block, list[Value]] | None:
    """If `dest` holds only a `cf.br` to another block, and its arguments are used only by
    that branch: the branch's target and the operands it would receive when entered with
    `operands` (MLIR's collapseBranch); None otherwise."""
    first = dest.first_op
    if first is None or first is not dest.last_op or first.name != "cf.br":
        return None
    for arg in dest.args:
        use = arg.first_use
        while use is not None:
            if use.owner is not first:
                return None
            use = use.next_use
    target = first.successor_slots[0].block
    if target is dest:
        return None  # an infinite loop: leave it
    forwarded = []
    for value in first.operands:
        if isinstance(value, BlockArgument) and value.owner is dest:
            forwarded.append(operands[value.index])
        else:
            forwarded.append(value)
    return target, forwarded


# -- cf.br ---------------------------------------------------------------------------------------
class SimplifyBranch(RewritePattern):
    """br ^b(args) where ^b has one predecessor -> ^b's ops appended here;
    br ^b where ^b is `br ^c(x)` -> br ^c(x)."""

    root = "cf.br"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        dest = op.successor_slots[0].block
        here = op.parent
        if dest is not here and _single_predecessor(dest) is not None:
            operands = op.operands
            rewriter.erase_op(op)
            rewriter.merge_blocks(dest, here, operands)
            return True
        if dest is here:
            return False
        collapsed = collapse_branch(dest, op.operands)
        if collapsed is None:
            return False
        _replace(rewriter, op, _br(collapsed[0], collapsed[1], op.location))
        return True


# -- cf.cond_br ----------------------------------------------------------------------------------
def _cond_br_parts(op: Operation) -> tuple[Value, list[Value], list[Value]]:
    _, t, f = op.properties["operandSegmentSizes"].values
    operands = op.operands
    return operands[0], operands[1 : 1 + t], operands[1 + t : 1 + t + f]


class SimplifyConstCondBranchPred(RewritePattern):
    """cond_br %true, ^a, ^b -> br ^a; cond_br %false, ^a, ^b -> br ^b"""

    root = "cf.cond_br"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        cond, t_ops, f_ops = _cond_br_parts(op)
        value = _const_int(cond)
        if value is None:
            return False
        index = 0 if value else 1
        dest = op.successor_slots[index].block
        _replace(rewriter, op, _br(dest, f_ops if index else t_ops, op.location))
        return True


class SimplifyPassThroughCondBranch(RewritePattern):
    """cond_br %c, ^a, ^b where ^a is `br ^x(..)` -> cond_br %c, ^x(..), ^b"""

    root = "cf.cond_br"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        cond, t_ops, f_ops = _cond_br_parts(op)
        t_dest = op.successor_slots[0].block
        f_dest = op.successor_slots[1].block
        t_new = collapse_branch(t_dest, t_ops)
        f_new = collapse_branch(f_dest, f_ops)
        if t_new is None and f_new is None:
            return False
        t_dest, t_ops = t_new or (t_dest, t_ops)
        f_dest, f_ops = f_new or (f_dest, f_ops)
        weights = op.properties.get("branch_weights")
        new = _OPS["cond_br"].build(
            cond,
            t_dest,
            f_dest,
            t_ops,
            f_ops,
            weights.values if weights is not None else None,
            location=op.location,
        )
        _replace(rewriter, op, new)
        return True


class SimplifyCondBranchIdenticalSuccessors(RewritePattern):
    """cond_br %c, ^a(x), ^a(x) -> br ^a(x);
    cond_br %c, ^a(x), ^a(y) -> br ^a(select %c, x, y) when this block is ^a's only
    predecessor."""

    root = "cf.cond_br"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        dest = op.successor_slots[0].block
        if dest is not op.successor_slots[1].block:
            return False
        cond, t_ops, f_ops = _cond_br_parts(op)
        if _same(t_ops, f_ops):
            _replace(rewriter, op, _br(dest, t_ops, op.location))
            return True
        if _unique_predecessor(dest) is not op.parent:
            return False
        merged = []
        for a, b in zip(t_ops, f_ops):
            if a is b:
                merged.append(a)
            else:
                select = rewriter.insert(SelectOp.build(cond, a, b, location=op.location))
                merged.append(select.results[0])
        _replace(rewriter, op, _br(dest, merged, op.location))
        return True


class SimplifyCondBranchFromCondBranchOnSameCondition(RewritePattern):
    """A cond_br on %c in a block entered only from the true (false) edge of a cond_br on
    %c -> br to its true (false) successor."""

    root = "cf.cond_br"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        here = op.parent
        pred = _single_predecessor(here)
        if pred is None:
            return False
        if pred.name != "cf.cond_br":
            return False
        cond, t_ops, f_ops = _cond_br_parts(op)
        if pred.operands[0] is not cond:
            return False
        if pred.successor_slots[0].block is here:
            new = _br(op.successor_slots[0].block, t_ops, op.location)
        else:
            new = _br(op.successor_slots[1].block, f_ops, op.location)
        _replace(rewriter, op, new)
        return True


class CondBranchTruthPropagation(RewritePattern):
    """Uses of %c in a successor of `cond_br %c` entered only from here -> true (false)."""

    root = "cf.cond_br"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        cond = op.operands[0]
        replaced = False
        for index, flag in ((0, 1), (1, 0)):
            dest = op.successor_slots[index].block
            if _single_predecessor(dest) is None:
                continue
            constant = None
            use = cond.first_use
            while use is not None:
                nxt = use.next_use
                owner = use.owner
                if owner.parent is dest:
                    replaced = True
                    if constant is None:
                        new = ConstantOp.build(IntegerAttr(flag, I1), location=op.location)
                        constant = rewriter.insert(new).results[0]
                    rewriter.modify_op_in_place(owner, lambda u=use, c=constant: u.set(c))
                use = nxt
        return replaced


# -- cf.switch -----------------------------------------------------------------------------------
class _Switch:
    """A switch's parts: flag, default (block, operands), cases [(value, block, operands)]."""

    def __init__(self, op: Operation) -> None:
        view = _OPS["switch"](op)
        self.flag = op.operands[0]
        self.default = (op.successor_slots[0].block, list(view.default_operands))
        values = view.case_values
        self.values_attr = values
        groups = view.case_operand_groups()
        self.cases = [
            (int(v), op.successor_slots[i + 1].block, list(groups[i]))
            for i, v in enumerate(values.values if values is not None else ())
        ]

    def build(self, cases: list, location: Any, default: Any = None) -> Operation:
        d_block, d_ops = default or self.default
        return _OPS["switch"].build(self.flag, d_block, d_ops, cases, location=location)


def _fold_switch(rewriter: Any, op: Operation, sw: _Switch, value: int) -> None:
    """Replace the switch by a branch to where it goes for flag `value`."""
    mask = (1 << sw.flag.type.width) - 1
    for case, block, operands in sw.cases:
        if (case - value) & mask == 0:
            _replace(rewriter, op, _br(block, operands, op.location))
            return
    _replace(rewriter, op, _br(sw.default[0], sw.default[1], op.location))


class SimplifySwitchWithOnlyDefault(RewritePattern):
    """switch %f, [default: ^d(x)] -> br ^d(x)"""

    root = "cf.switch"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if len(op.successor_slots) != 1:
            return False
        sw = _Switch(op)
        _replace(rewriter, op, _br(sw.default[0], sw.default[1], op.location))
        return True


class DropSwitchCasesThatMatchDefault(RewritePattern):
    """switch [default: ^d(x), 42: ^d(x), 43: ^e] -> switch [default: ^d(x), 43: ^e]"""

    root = "cf.switch"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        sw = _Switch(op)
        d_block, d_ops = sw.default
        kept = [c for c in sw.cases if not (c[1] is d_block and _same(c[2], d_ops))]
        if len(kept) == len(sw.cases):
            return False
        _replace(rewriter, op, sw.build(kept, op.location))
        return True


class SimplifyConstSwitchValue(RewritePattern):
    """switch %c42, [default: ^d, 42: ^a] -> br ^a"""

    root = "cf.switch"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        value = _const_int(op.operands[0])
        if value is None:
            return False
        _fold_switch(rewriter, op, _Switch(op), value)
        return True


class SimplifyPassThroughSwitch(RewritePattern):
    """A switch successor that is `br ^x(..)` -> ^x(..) directly."""

    root = "cf.switch"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        sw = _Switch(op)
        if sw.values_attr is None:
            return False  # only a default: SimplifySwitchWithOnlyDefault's job
        changed = False
        cases = []
        for value, block, operands in sw.cases:
            collapsed = collapse_branch(block, operands)
            if collapsed is not None:
                changed = True
                block, operands = collapsed
            cases.append((value, block, operands))
        default = collapse_branch(*sw.default)
        if default is not None:
            changed = True
        if not changed:
            return False
        new = sw.build(cases, op.location, default)
        new.set_property("case_values", sw.values_attr)  # the same attribute, as MLIR
        _replace(rewriter, op, new)
        return True


def _pred_switch(op: Operation) -> Operation | None:
    """The switch on the same flag ending the single predecessor of `op`'s block."""
    pred = _single_predecessor(op.parent)
    if pred is None or pred.name != "cf.switch" or pred.operands[0] is not op.operands[0]:
        return None
    return pred


class SimplifySwitchFromSwitchOnSameCondition(RewritePattern):
    """A switch on %f in a block entered only from case V of a switch on %f -> br to
    where it goes for V."""

    root = "cf.switch"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        pred = _pred_switch(op)
        here = op.parent
        if pred is None or pred.successor_slots[0].block is here:
            return False
        outer = _Switch(pred)
        sw = _Switch(op)
        for value, block, _ in outer.cases:
            if block is here:
                _fold_switch(rewriter, op, sw, value)
                return True
        _replace(rewriter, op, _br(sw.default[0], sw.default[1], op.location))
        return True


class SimplifySwitchFromDefaultSwitchOnSameCondition(RewritePattern):
    """A switch on %f in a block entered only from the default edge of a switch on %f ->
    without the cases the outer switch sends elsewhere."""

    root = "cf.switch"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        pred = _pred_switch(op)
        here = op.parent
        if pred is None or pred.successor_slots[0].block is not here:
            return False
        outer = _Switch(pred)
        mask = (1 << op.operands[0].type.width) - 1
        impossible = {v & mask for v, block, _ in outer.cases if block is not here}
        sw = _Switch(op)
        kept = [c for c in sw.cases if c[0] & mask not in impossible]
        if len(kept) == len(sw.cases):
            return False
        _replace(rewriter, op, sw.build(kept, op.location))
        return True


# -- any branch ---------------------------------------------------------------------------------
def _incoming(edge: Any, block: Block) -> list[Value] | None:
    """The operands the branch owning `edge` passes to `block` (None if it cannot say)."""
    op = edge.owner
    hook = getattr(op.op_def, "get_successor_operands", None) if op.op_def else None
    if hook is None:
        return None
    values = list(hook(op, edge.index))
    return values if len(values) == len(block.args) else None


class ForwardUniformBlockArguments(RewritePattern):
    """In the regions of any op: a block argument that each of the block's two or more
    incoming edges sets to the same value %v gets its uses replaced by %v (the argument
    itself goes with region simplification). iree-opt's canonicalizer does this when it
    visits the op holding the blocks (before their branches); a block with a single
    incoming edge is left alone."""

    root = None

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        changed = False
        for region in op.regions:
            for block in region.blocks[1:]:
                if block.args:
                    changed |= _forward_uniform(block, rewriter)
        return changed


class ForwardUniformSuccessorArguments(RewritePattern):
    """ForwardUniformBlockArguments for the successors of one branch: iree-opt revisits
    the op holding a changed branch, which pyir's driver does not, so the branches ask
    for themselves."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        changed = False
        for slot in op.successor_slots:
            block = slot.block
            if block is not None and block.args and block is not block.parent.blocks[0]:
                changed |= _forward_uniform(block, rewriter)
        return changed


def _forward_uniform(block: Block, rewriter: Any) -> bool:
    first = block.first_pred
    if first is None or first.next_use is None:
        return False
    edges = []
    use = first
    while use is not None:
        values = _incoming(use, block)
        if values is None:
            return False
        edges.append(values)
        use = use.next_use
    changed = False
    for i, arg in enumerate(block.args):
        value = edges[0][i]
        if value is arg or arg.first_use is None:
            continue
        if all(values[i] is value for values in edges):
            rewriter.replace_all_uses_with(arg, value)
            changed = True
    return changed


# -- cf.assert -----------------------------------------------------------------------------------
class EraseRedundantAssertions(RewritePattern):
    """cf.assert %true, "..." -> (nothing)"""

    root = "cf.assert"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        value = _const_int(op.operands[0])
        if value is None or value & 1 == 0:
            return False
        rewriter.erase_op(op)
        return True


def install(br: type, cond_br: type, switch: type, assert_: type) -> None:
    """Attach the patterns to the op classes, in MLIR's order (it tries equal-benefit
    patterns in the order they were added)."""
    _OPS.update(br=br, cond_br=cond_br, switch=switch)
    br.canonicalization_patterns = (  # type: ignore[attr-defined]
        SimplifyBranch,
        ForwardUniformSuccessorArguments("cf.br"),
        ForwardUniformBlockArguments,
    )
    cond_br.canonicalization_patterns = (  # type: ignore[attr-defined]
        SimplifyConstCondBranchPred,
        SimplifyPassThroughCondBranch,
        SimplifyCondBranchIdenticalSuccessors,
        SimplifyCondBranchFromCondBranchOnSameCondition,
        CondBranchTruthPropagation,
        ForwardUniformSuccessorArguments("cf.cond_br"),
    )
    switch.canonicalization_patterns = (  # type: ignore[attr-defined]
        SimplifySwitchWithOnlyDefault,
        DropSwitchCasesThatMatchDefault,
        SimplifyConstSwitchValue,
        SimplifyPassThroughSwitch,
        SimplifySwitchFromSwitchOnSameCondition,
        SimplifySwitchFromDefaultSwitchOnSameCondition,
        ForwardUniformSuccessorArguments("cf.switch"),
    )
    assert_.canonicalization_patterns = (EraseRedundantAssertions,)  # type: ignore[attr-defined]
