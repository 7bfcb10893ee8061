"""Canonicalizations that merge or reorient `scf.if` ops (MLIR's CombineIfs,
CombineNestedIfs and the scf.if fold):

- two adjacent ifs on the same condition (or one on `%c` and one on `%c xor true`)
  become one if whose branches run both ifs' branches in order;
- an if whose then branch holds only another if (and whose else branches, if any, only
  yield) becomes one if on the `arith.andi` of both conditions;
- an if on `%c xor true` with an else branch becomes an if on `%c` with its branches
  swapped (a fold: the op changes in place).

`install` puts these in front of the scf.if patterns already installed, in MLIR's order.
"""

from __future__ import annotations

from typing import Any

from pyir.builder import InsertionPoint
from pyir.builtin_attributes import IntegerAttr
from pyir.core import Block, Operation, Region, Value
from pyir.folding import constant_value
from pyir.patterns import RewritePattern


def _is_true(value: Value) -> bool:
    """Whether `value` is the i1 constant true (stored as -1 or 1)."""
    attr = constant_value(value)
    return (
        isinstance(attr, IntegerAttr) and attr.value != 0 and getattr(attr.type, "width", None) == 1
    )


def negated(value: Value) -> Value | None:
    """`%c` when `value` is `arith.xori %c, true` (MLIR matches the constant on the
    right-hand side only), else None."""
    op = getattr(value, "op", None)
    if op is None or op.name != "arith.xori" or not _is_true(op.operands[1]):
        return None
    return op.operands[0]


def _block(region: Region) -> Block | None:
    return region.blocks[0] if region.blocks else None


def _yield_op(rewriter: Any, values: list, location: Any) -> Operation:
    from pyir.dialects.scf_terminators import YieldOp

    return rewriter.create(YieldOp, values, [], location=location)


def _merge_into(rewriter: Any, source: Block, dest: Block) -> None:
    """Append `source`'s ops to `dest`; the two yields become one yielding dest's values
    then source's (at the end, with the source yield's location)."""
    first, second = dest.last_op, source.last_op
    rewriter.merge_blocks(source, dest)
    rewriter.insertion_point = InsertionPoint.at_block_end(dest)
    _yield_op(rewriter, [*first.operands, *second.operands], second.location)
    rewriter.erase_op(first)
    rewriter.erase_op(second)


class CombineIfs(RewritePattern):
    """scf.if %c {A} else {B}; scf.if %c {C} else {D} -> scf.if %c {A; C} else {B; D}
    (also when the second condition is `%c xor true` or the first is the negation of the
    second: its branches then run on the other side). Results of the first if used in the
    second become the yielded values of the matching branch (MLIR's CombineIfs).

    The combined if takes the first if's condition and returns the results of both."""

    root = "scf.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        prev = op.prev_op
        if prev is None or prev.name != "scf.if":
            return False
        prev_cond, next_cond = prev.operands[0], op.operands[0]
        next_then: Block | None = None
        next_else: Block | None = None
        then_block, else_block = _block(op.regions[0]), _block(op.regions[1])
        if next_cond is prev_cond:
            next_then, next_else = then_block, else_block
        if negated(next_cond) is prev_cond or negated(prev_cond) is next_cond:
            next_else = then_block
            if else_block is not None:
                next_then = else_block
        if (next_then is None and next_else is None) or _block(prev.regions[0]) is None:
            return False
        _forward_results(rewriter, prev, next_then, next_else)
        combined = rewriter.create(
            op.op_def,
            [prev_cond],
            [r.type for r in prev.results] + [r.type for r in op.results],
            regions=[Region(), Region()],
            location=op.location,
        )
        then_region, else_region = combined.regions
        rewriter.inline_region_before(prev.regions[0], then_region, None)
        if next_then is not None:
            _merge_into(rewriter, next_then, then_region.blocks[0])
        rewriter.inline_region_before(prev.regions[1], else_region, None)
        if next_else is not None:
            if not else_region.blocks:
                rewriter.inline_region_before(next_else.parent, else_region, None)
            else:
                _merge_into(rewriter, next_else, else_region.blocks[0])
        n = len(prev.results)
        rewriter.replace_op(prev, list(combined.results[:n]))
        rewriter.replace_op(op, list(combined.results[n:]))
        return True


def _forward_results(
    rewriter: Any, prev: Operation, next_then: Block | None, next_else: Block | None
) -> None:
    """Uses of `prev`'s results inside the second if's branches become what `prev`'s
    matching branch yields."""
    then_block, else_block = _block(prev.regions[0]), _block(prev.regions[1])
    if else_block is None:
        return  # no results
    pairs = zip(prev.results, then_block.last_op.operands, else_block.last_op.operands)
    for result, then_value, else_value in pairs:
        for use in list(result.uses()):
            where = use.owner.parent_region()
            if next_then is not None and next_then.parent.is_ancestor_of(where):
                rewriter.set_operand(use.owner, use.index, then_value)
            elif next_else is not None and next_else.parent.is_ancestor_of(where):
                rewriter.set_operand(use.owner, use.index, else_value)


def _single_op(block: Block) -> bool:
    first = block.first_op
    return first is not None and first is block.last_op


class CombineNestedIfs(RewritePattern):
    """scf.if %a { scf.if %b {A} } -> scf.if (%a and %b) {A} (MLIR's CombineNestedIfs).

    Else branches may only yield. A result the outer if takes from the inner one must
    have the same value on both false paths; a result the then branch yields from outside
    becomes `arith.select %a, then, else`."""

    root = "scf.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        then_block, else_block = _block(op.regions[0]), _block(op.regions[1])
        if then_block is None or then_block.first_op is None:
            return False
        nested = then_block.first_op
        if nested.next_op is not then_block.last_op or nested.name != "scf.if":
            return False
        if else_block is not None and not _single_op(else_block):
            return False
        nested_then, nested_else = _block(nested.regions[0]), _block(nested.regions[1])
        if nested_then is None or (nested_else is not None and not _single_op(nested_else)):
            return False
        then_values = list(then_block.last_op.operands)
        else_values = list(else_block.last_op.operands) if else_block is not None else []
        if len(else_values) != len(then_values):
            return False
        to_select: list[int] = []
        for i, value in enumerate(then_values):
            if getattr(value, "op", None) is nested:
                if nested_else is None:
                    return False
                if nested_else.last_op.operands[value.index] is not else_values[i]:
                    return False
                then_values[i] = nested_then.last_op.operands[value.index]
                continue
            block = value.parent_block()
            if block is not None and block.parent is op.regions[0]:
                return False
            to_select.append(i)
        _combine_nested(rewriter, op, nested, then_values, else_values, to_select)
        return True


def _combine_nested(
    rewriter: Any,
    op: Operation,
    nested: Operation,
    then_values: list,
    else_values: list,
    to_select: list[int],
) -> None:
    from pyir.dialects.arith import AndIOp
    from pyir.dialects.arith_syntax import SelectOp

    condition = op.operands[0]
    both = rewriter.create(
        AndIOp, [condition, nested.operands[0]], [condition.type], location=op.location
    )
    new = rewriter.create(
        op.op_def,
        [both.results[0]],
        [r.type for r in op.results],
        regions=[Region(), Region()],
        location=op.location,
    )
    block = rewriter.create_block(new.regions[0])
    rewriter.insertion_point = InsertionPoint.before(new)
    results = list(new.results)
    for i in to_select:
        select = rewriter.create(
            SelectOp,
            [condition, then_values[i], else_values[i]],
            [then_values[i].type],
            location=op.location,
        )
        results[i] = select.results[0]
    rewriter.merge_blocks(nested.regions[0].blocks[0], block)
    old_yield = block.last_op
    rewriter.insertion_point = InsertionPoint.at_block_end(block)
    _yield_op(rewriter, then_values, old_yield.location)
    rewriter.replace_op(old_yield, [])
    if else_values:
        rewriter.create_block(new.regions[1])
        _yield_op(rewriter, else_values, op.location)
    rewriter.replace_op(op, results)


def fold_if(view: Any, operands: tuple) -> Any:
    """scf.if (%c xor true) {A} else {B} -> scf.if %c {B} else {A}, in place."""
    op = view.op
    then_block, else_block = _block(op.regions[0]), _block(op.regions[1])
    if then_block is None or else_block is None:
        return None
    condition = negated(op.operands[0])
    if condition is None:
        return None
    op.set_operand(0, condition)
    then_block.detach()
    else_block.detach()
    op.regions[0].add_block(else_block)
    op.regions[1].add_block(then_block)
    return list(op.results)


def install(if_op: type) -> None:
    """Give `if_op` its fold and put CombineIfs and CombineNestedIfs first among its
    canonicalization patterns (MLIR's order)."""
    if_op.fold = fold_if  # type: ignore[attr-defined]
    installed = tuple(getattr(if_op, "canonicalization_patterns", ()) or ())
    if_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        CombineIfs,
        CombineNestedIfs,
        *(p for p in installed if p not in (CombineIfs, CombineNestedIfs)),
    )
