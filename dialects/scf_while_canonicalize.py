"""Canonicalization patterns of `scf.while` (MLIR's WhileConditionTruth, WhileCmpCond and
WhileOpAlignBeforeArgs):

- in the `after` region, an argument that receives the loop condition is `true`;
- in the `after` region, an `arith.cmpi` repeating (or negating) the loop condition's
  comparison on the forwarded value is `true` (or `false`);
- when `scf.condition` forwards exactly the `before` arguments in another order, it is
  made to forward them in order, the `after` arguments and results permuted to match;
- a loop whose condition is the constant `false` runs its `before` region once: that
  region is inlined and the loop's results are the values the condition forwards
  (MLIR's region-branch inlining pattern).

Invariant arguments, forwarded, duplicated and unused values are removed by the generic
region-branch patterns (scf_region_branch), which subsume MLIR's older while patterns
(RemoveLoopInvariantArgsFromBeforeBlock, RemoveLoopInvariantValueYielded,
WhileUnusedResult, WhileRemoveDuplicatedResults, WhileRemoveUnusedArgs).
"""

from __future__ import annotations

from typing import Any

from pyir.builder import InsertionPoint
from pyir.builtin_attributes import IntegerAttr, bool_attr
from pyir.core import Block, Operation, Region
from pyir.patterns import RewritePattern

#: arith.cmpi predicate -> its negation (eq <-> ne, slt <-> sge, sle <-> sgt, ...).
_INVERSE = (1, 0, 5, 4, 3, 2, 9, 8, 7, 6)


def _parts(op: Operation) -> tuple[Block, Operation, Block, Operation] | None:
    """before block, scf.condition, after block, scf.yield (None when malformed)."""
    if not op.regions[0].blocks or not op.regions[1].blocks:
        return None
    before, after = op.regions[0].blocks[0], op.regions[1].blocks[0]
    condition, yield_op = before.last_op, after.last_op
    if condition is None or condition.name != "scf.condition":
        return None
    if yield_op is None or yield_op.name != "scf.yield":
        return None
    if len(condition.operands) != len(after.args) + 1:
        return None
    return before, condition, after, yield_op


def _bool_constant(rewriter: Any, value: bool, t: Any, location: Any) -> Any:
    from pyir.dialects.arith import ConstantOp

    return rewriter.create(ConstantOp, [], [t], {"value": bool_attr(value)}, location=location)


class WhileConditionTruth(RewritePattern):
    """scf.condition(%c) ..., %c, ... -> the matching `after` argument is `true`."""

    root = "scf.while"
    name = "WhileConditionTruth"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        parts = _parts(op)
        if parts is None:
            return False
        _, condition, after, _ = parts
        flag = condition.operands[0]
        true = None
        for value, arg in zip(condition.operands[1:], after.args):
            if value is not flag or arg.first_use is None:
                continue
            if true is None:
                # Made right before the loop, MLIR's insertion point for the pattern (so
                # the driver keeps it after the constants already hoisted there).
                with rewriter.at(InsertionPoint.before(op)):
                    true = _bool_constant(rewriter, True, flag.type, op.location).results[0]
            rewriter.replace_all_uses_with(arg, true)
        return true is not None


class WhileCmpCond(RewritePattern):
    """`arith.cmpi p, %arg, %x` in the `after` region, where the condition is
    `arith.cmpi p, %v, %x` and %v arrives as %arg -> true (false for the negated
    predicate); likewise with the forwarded value on the right."""

    root = "scf.while"
    name = "WhileCmpCond"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        parts = _parts(op)
        if parts is None:
            return False
        _, condition, after, _ = parts
        cmp = getattr(condition.operands[0], "op", None)
        if cmp is None or cmp.name != "arith.cmpi":
            return False
        predicate = _predicate(cmp)
        if predicate is None:
            return False
        changed = False
        for value, arg in zip(condition.operands[1:], after.args):
            for side in (0, 1):
                if value is not cmp.operands[side]:
                    continue
                for use in list(arg.uses()):
                    user = use.owner
                    if user.name != "arith.cmpi" or user.parent is None:
                        continue
                    if user.operands[1 - side] is not cmp.operands[1 - side]:
                        continue
                    other = _predicate(user)
                    if other == predicate:
                        same = True
                    elif other == _INVERSE[predicate]:
                        same = False
                    else:
                        continue
                    # Before the loop, not the comparison: MLIR's replaceOpWithNewOp
                    # builds at the pattern's insertion point, in front of the root op.
                    with rewriter.at(InsertionPoint.before(op)):
                        const = _bool_constant(rewriter, same, user.results[0].type, user.location)
                    rewriter.replace_op(user, const.results)
                    changed = True
        return changed


def _predicate(cmp: Operation) -> int | None:
    attr = cmp.properties.get("predicate")
    if not isinstance(attr, IntegerAttr) or not 0 <= attr.value < len(_INVERSE):
        return None
    return attr.value


class WhileOpAlignBeforeArgs(RewritePattern):
    """scf.condition forwarding the `before` arguments permuted (each once) -> forwarding
    them in order; the `after` arguments and the results follow the permutation."""

    root = "scf.while"
    name = "WhileOpAlignBeforeArgs"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        parts = _parts(op)
        if parts is None:
            return False
        before, condition, after, _ = parts
        args = list(before.args)
        forwarded = list(condition.operands[1:])
        if len(args) != len(forwarded) or all(a is f for a, f in zip(args, forwarded)):
            return False
        if len(set(map(id, forwarded))) != len(forwarded):
            return False
        # position[i]: where before argument i is forwarded now.
        position = []
        for arg in args:
            found = next((j for j, f in enumerate(forwarded) if f is arg), None)
            if found is None:
                return False
            position.append(found)
        rewriter.modify_op_in_place(
            condition, lambda: condition.set_operands([condition.operands[0], *args])
        )
        new = rewriter.create(
            op.op_def,
            list(op.operands),
            [op.results[j].type for j in position],
            dict(op.properties),
            dict(op.attributes),
            regions=[Region(), Region()],
            location=op.location,
        )
        rewriter.inline_region_before(op.regions[0], new.regions[0], None)
        new_after = rewriter.create_block(new.regions[1], [after.args[j].type for j in position])
        mapped = [None] * len(position)
        results = [None] * len(position)
        for i, j in enumerate(position):
            mapped[j] = new_after.args[i]
            results[j] = new.results[i]
        rewriter.inline_block_before(after, new_after, None, mapped)
        rewriter.replace_op(op, results)
        return True


class WhileFalseCondition(RewritePattern):
    """scf.while whose scf.condition is `false` -> its `before` region, run once on the
    inits; the results are the values the condition forwards."""

    root = "scf.while"
    name = "RegionBranchOpInlining"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.folding import constant_value

        parts = _parts(op)
        if parts is None:
            return False
        before, condition, _, _ = parts
        flag = constant_value(condition.operands[0])
        if not isinstance(flag, IntegerAttr) or flag.value != 0:
            return False
        if len(before.args) != len(op.operands):
            return False
        rewriter.inline_block_before(before, op.parent, op, list(op.operands))
        forwarded = list(condition.operands[1:])  # read after the arguments are replaced
        rewriter.erase_op(condition)
        rewriter.replace_op(op, forwarded)
        return True
