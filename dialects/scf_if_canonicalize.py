"""Canonicalization patterns of `scf.if` with results or an else branch (MLIR's
ConvertTrivialIfToSelect, RemoveEmptyElseBranch, RemoveUnusedResults and
ReplaceIfYieldWithConditionOrValue):

- a result yielded from outside the if in both branches becomes an `arith.select` (or the
  value itself when both branches yield it); the if keeps the other results;
- an if without results whose else branch holds only its yield loses the else branch;
- results nobody uses are removed;
- a result that is `true`/`false` in the branches is the condition, or its negation.
"""

from __future__ import annotations

from typing import Any

from pyir.builder import InsertionPoint
from pyir.builtin_attributes import IntegerAttr
from pyir.core import Operation, Region
from pyir.folding import constant_value
from pyir.patterns import RewritePattern


def _yields(op: Operation) -> tuple[Operation, Operation] | None:
    """The then and else yields of an scf.if with both branches."""
    then_blocks, else_blocks = op.regions[0].blocks, op.regions[1].blocks
    if not then_blocks or not else_blocks:
        return None
    return then_blocks[0].last_op, else_blocks[0].last_op


def _defined_directly_in(value: Any, region: Region) -> bool:
    owner = value.owner
    block = owner.parent if isinstance(owner, Operation) else owner
    return block is not None and block.parent is region


def _new_if(rewriter: Any, op: Operation, types: list, attributes: Any = None) -> Operation:
    """An scf.if on `op`'s condition with result `types` and empty regions."""
    return rewriter.create(
        op.op_def,
        [op.operands[0]],
        types,
        attributes=attributes,
        regions=[Region(), Region()],
        location=op.location,
    )


def _set_yield(rewriter: Any, terminator: Operation, values: list) -> None:
    rewriter.modify_op_in_place(terminator, lambda: terminator.set_operands(values))


class IfToSelect(RewritePattern):
    """scf.if %c -> T { yield %a } else { yield %b } -> arith.select %c, %a, %b, for the
    results both branches yield from outside (MLIR's ConvertTrivialIfToSelect)."""

    root = "scf.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.arith_syntax import SelectOp

        yields = _yields(op)
        if not op.results or yields is None:
            return False
        then_yield, else_yield = yields
        then_region, else_region = op.regions
        pairs = list(zip(then_yield.operands, else_yield.operands))
        inside = [
            _defined_directly_in(t, then_region) or _defined_directly_in(f, else_region)
            for t, f in pairs
        ]
        if all(inside):
            return False
        new = _new_if(rewriter, op, [t.type for (t, _), keep in zip(pairs, inside) if keep])
        rewriter.inline_region_before(then_region, new.regions[0], None)
        rewriter.inline_region_before(else_region, new.regions[1], None)
        rewriter.insertion_point = InsertionPoint.before(new)  # the selects go first
        results: list = []
        kept_true: list = []
        kept_false: list = []
        for (t, f), keep in zip(pairs, inside):
            if keep:
                results.append(new.results[len(kept_true)])
                kept_true.append(t)
                kept_false.append(f)
            elif t is f:
                results.append(t)
            else:
                select = rewriter.create(SelectOp, [op.operands[0], t, f], [t.type])
                results.append(select.results[0])
        _set_yield(rewriter, then_yield, kept_true)
        _set_yield(rewriter, else_yield, kept_false)
        rewriter.replace_op(op, results)
        return True


class IfRemoveEmptyElse(RewritePattern):
    """scf.if %c {A} else {} -> scf.if %c {A} (no results; MLIR's RemoveEmptyElseBranch)."""

    root = "scf.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        blocks = op.regions[1].blocks
        if op.results or not blocks or blocks[0].first_op is not blocks[0].last_op:
            return False
        new = _new_if(rewriter, op, [], dict(op.attributes))  # MLIR clones the op
        rewriter.inline_region_before(op.regions[0], new.regions[0], None)
        rewriter.erase_op(op)
        return True


class IfRemoveUnusedResults(RewritePattern):
    """Results of scf.if that nobody uses are dropped, with what the yields give for them
    (MLIR's RemoveUnusedResults)."""

    root = "scf.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        used = [r for r in op.results if r.first_use is not None]
        if len(used) == len(op.results):
            return False
        new = _new_if(rewriter, op, [r.type for r in used])
        for old_region, new_region in zip(op.regions, new.regions):
            if not old_region.blocks:
                continue
            block = rewriter.create_block(new_region)
            terminator = old_region.blocks[0].last_op
            rewriter.merge_blocks(old_region.blocks[0], block)
            _set_yield(rewriter, terminator, [terminator.operands[r.index] for r in used])
        # An unused result stands for itself: it has no uses to move.
        replacements: list = list(op.results)
        for i, r in enumerate(used):
            replacements[r.index] = new.results[i]
        rewriter.replace_op(op, replacements)
        return True


def _bool_constant(value: Any) -> bool | None:
    attr = constant_value(value)
    if isinstance(attr, IntegerAttr) and getattr(attr.type, "width", None) == 1:
        return bool(attr.value)
    return None


class IfYieldsCondition(RewritePattern):
    """A result that both branches yield alike is that value; one that is true/false is
    the condition, false/true its negation (MLIR's ReplaceIfYieldWithConditionOrValue)."""

    root = "scf.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.builtin_attributes import bool_attr
        from pyir.dialects.arith import DIALECT as ARITH

        yields = _yields(op)
        if not op.results or yields is None:
            return False
        changed = False
        condition = op.operands[0]
        for t, f, result in zip(yields[0].operands, yields[1].operands, op.results):
            if result.first_use is None:
                continue
            if t is f:
                rewriter.replace_all_uses_with(result, t)
                changed = True
                continue
            tv, fv = _bool_constant(t), _bool_constant(f)
            if tv is None or fv is None or tv == fv:
                continue
            if tv:
                rewriter.replace_all_uses_with(result, condition)
            else:
                dialect = t.owner.op_def.dialect
                materialize = getattr(dialect, "materialize_constant", None)
                one = (
                    materialize(rewriter, bool_attr(True), condition.type, op.location)
                    if materialize is not None
                    else None
                )
                if one is None:
                    continue  # the constant's dialect cannot make a `true`
                negated = rewriter.create(
                    ARITH.op_by_name["arith.xori"], [condition, one.results[0]], [condition.type]
                )
                rewriter.replace_all_uses_with(result, negated.results[0])
            changed = True
        return changed
