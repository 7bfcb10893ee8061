"""Canonicalization patterns of affine.delinearize_index and affine.linearize_index, as
MLIR has them (its pattern names in parentheses):

- delinearize(linearize disjoint [..., a, b] by (..., B1, B2)) into (..., B1, B2) ->
  the matching tail cancels: (..., a, b) (CancelDelinearizeOfLinearizeDisjointExactTail);
- delinearize over unit basis entries: those results are 0, the rest delinearize over
  the other entries (DropUnitExtentBasis);
- delinearize(linearize disjoint [..., x] by (..., N)) whose last basis entries multiply
  to N: x delinearizes alone (SplitDelinearizeSpanningLastLinearizeArg);
- linearize of a run of delinearize results with the same basis: the run becomes one
  index over the product of its basis (CancelLinearizeOfDelinearizePortion);
- linearize [0, ...]: the leading zero is dropped (DropLinearizeLeadingZero);
- linearize over unit basis entries whose index is 0 (any index when `disjoint`): the
  entries are dropped (DropLinearizeUnitComponentsIfDisjointOrZero).

Zeros of vector-typed indices are splat constants.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr, UnitAttr
from pyir.builtin_types import IndexType
from pyir.core import Operation, OpResult
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.affine_index_folding import const_int
from pyir.dialects.affine_index_ops import (
    DelinearizeIndexOp,
    LinearizeIndexOp,
    build_delinearize,
    build_linearize,
    has_outer_bound,
    mixed_basis,
    multi_index,
    padded_basis,
)
from pyir.dialects.static_dynamic import DYNAMIC, static_values
from pyir.patterns import RewritePattern

__all__ = ["DELINEARIZE_PATTERNS", "install", "linearize_patterns"]

_DELIN, _LIN = "affine.delinearize_index", "affine.linearize_index"


def same(a: Any, b: Any) -> bool:
    """OpFoldResult equality: equal ints, the same Value, or both None."""
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    return a is b


def _disjoint(op: Operation) -> bool:
    return isinstance(op.properties.get("disjoint"), UnitAttr)


def _delinearize(rewriter: Any, location: Any, linear: Any, basis: list, outer: bool = True):
    operands, types, props = build_delinearize(linear, basis, outer)
    return rewriter.create(DelinearizeIndexOp, operands, types, props, location=location)


def _linearize(rewriter: Any, location: Any, indices: list, basis: list, disjoint: bool):
    operands, types, props = build_linearize(indices, basis, disjoint)
    return rewriter.create(LinearizeIndexOp, operands, types, props, location=location)


def _zero(rewriter: Any, type: Any, location: Any) -> Any:
    """An arith.constant 0 of `type` (index, or a splat of a vector of index)."""
    from pyir.dialects.arith import ConstantOp

    if isinstance(type, IndexType):
        attr = IntegerAttr(0, type)
    else:
        attr = DenseIntOrFPElementsAttr(type, 0)
    return rewriter.create(ConstantOp, [], [type], {"value": attr}, location=location).results[0]


def _linearize_source(op: Operation) -> Operation | None:
    """The disjoint linearize_index defining a delinearize_index's input, if any."""
    value = op.operands[0]
    if not isinstance(value, OpResult) or value.op.name != _LIN:
        return None
    return value.op if _disjoint(value.op) else None


class CancelDelinearizeOfLinearizeTail(RewritePattern):
    """delinearize(linearize disjoint [.., a, b] by (.., B1, B2)) into (.., B1, B2) ->
    (delinearize(linearize [..] by (..)) into (..), a, b)."""

    root = _DELIN

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lin = _linearize_source(op)
        if lin is None:
            return False
        ins = multi_index(lin)
        lin_basis, delin_basis = mixed_basis(lin), mixed_basis(op)
        matches = 0
        for a, b in zip(reversed(lin_basis), reversed(delin_basis)):
            if not same(a, b):
                break
            matches += 1
        if matches == 0:
            return False
        n_lin, n_delin = len(lin_basis), len(delin_basis)
        if matches == n_lin == n_delin and len(ins) == len(op.results):
            rewriter.replace_op(op, ins)
            return True
        loc = op.location
        new_lin = _linearize(rewriter, lin.location, ins[: len(ins) - matches],
                             lin_basis[: n_lin - matches], True)  # fmt: skip
        new_delin = _delinearize(rewriter, loc, new_lin.results[0],
                                 delin_basis[: n_delin - matches], has_outer_bound(op))  # fmt: skip
        rewriter.replace_op(op, [*new_delin.results, *ins[len(ins) - matches :]])
        return True


class DropUnitExtentBasis(RewritePattern):
    """delinearize %x into (1, %n, 1, 8) -> (0, a, 0, b) with a, b of
    delinearize %x into (%n, 8)."""

    root = _DELIN

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        basis = padded_basis(op)
        units = [b is not None and const_int(b) == 1 for b in basis]
        if not any(units):
            return False
        zero = _zero(rewriter, op.operands[0].type, op.location)
        rest = [b for b, unit in zip(basis, units) if not unit]
        kept = iter(())
        if rest:
            kept = iter(_delinearize(rewriter, op.location, op.operands[0], rest).results)
        rewriter.replace_op(op, [zero if unit else next(kept) for unit in units])
        return True


class SplitDelinearizeSpanningLastLinearizeArg(RewritePattern):
    """delinearize(linearize disjoint [z, y, x] by (3, 2, 32)) into (2, 3, 8, 4) ->
    delinearize(linearize [z, y] by (3, 2)) into (2, 3), delinearize x into (8, 4)."""

    root = _DELIN

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lin = _linearize_source(op)
        if lin is None:
            return False
        lin_static = static_values(lin.properties.get("static_basis"))
        if not lin_static or lin_static[-1] == DYNAMIC:
            return False
        target, size, count = lin_static[-1], 1, 0
        basis = static_values(op.properties.get("static_basis"))
        for elem in reversed(basis):
            if elem == DYNAMIC:
                return False
            size *= elem
            count += 1
            if size > target:
                return False
            if size == target:
                break
        if size < target or count < 2:
            return False
        ins = multi_index(lin)
        lin_basis, delin_basis = mixed_basis(lin), mixed_basis(op)
        front = _linearize(rewriter, lin.location, ins[:-1], lin_basis[:-1], True)
        head = _delinearize(rewriter, op.location, front.results[0],
                            delin_basis[: len(delin_basis) - count], has_outer_bound(op))  # fmt: skip
        tail = _delinearize(rewriter, op.location, ins[-1], delin_basis[len(delin_basis) - count :])
        rewriter.replace_op(op, [*head.results, *tail.results])
        return True


class DropLinearizeLeadingZero(RewritePattern):
    """linearize [0, a, b] by (X, B1, B2) -> linearize [a, b] by (B1, B2)."""

    root = _LIN

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        indices = multi_index(op)
        if not indices or const_int(indices[0]) != 0:
            return False
        if len(indices) == 1:
            rewriter.replace_op(op, [indices[0]])
            return True
        basis = mixed_basis(op)
        if has_outer_bound(op):
            basis = basis[1:]
        new = _linearize(rewriter, op.location, indices[1:], basis, _disjoint(op))
        rewriter.replace_op(op, new)
        return True


class DropLinearizeUnitComponents(RewritePattern):
    """linearize disjoint [a, b, c] by (4, 1, 8) -> linearize disjoint [a, c] by (4, 8);
    without `disjoint` only entries whose index is the constant 0 go
    (DropLinearizeUnitComponentsIfDisjointOrZero)."""

    root = _LIN

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        indices = multi_index(op)
        disjoint = _disjoint(op)
        new_indices, new_basis = [], []
        rest = indices
        if not has_outer_bound(op):
            if not indices:
                return False
            new_indices.append(indices[0])
            rest = indices[1:]
        for index, elem in zip(rest, mixed_basis(op)):
            if const_int(elem) == 1 and (disjoint or const_int(index) == 0):
                continue
            new_indices.append(index)
            new_basis.append(elem)
        if len(new_indices) == len(indices):
            return False
        if not new_indices:
            rewriter.replace_op(op, [_zero(rewriter, op.results[0].type, op.location)])
            return True
        new = _linearize(rewriter, op.location, new_indices, new_basis, disjoint)
        rewriter.replace_op(op, new)
        return True


DELINEARIZE_PATTERNS = (
    CancelDelinearizeOfLinearizeTail(),
    DropUnitExtentBasis(),
    SplitDelinearizeSpanningLastLinearizeArg(),
)


def linearize_patterns() -> tuple:
    """The linearize_index patterns (the run-merging one lives in its own module)."""
    from pyir.dialects.affine_index_merge import CancelLinearizeOfDelinearizePortion

    return (
        CancelLinearizeOfDelinearizePortion(),
        DropLinearizeLeadingZero(),
        DropLinearizeUnitComponents(),
    )


def install(ops: dict) -> None:
    """Give delinearize_index and linearize_index (by name) their folds and patterns."""
    from pyir.dialects.affine_index_folding import fold_delinearize, fold_linearize

    ops[_DELIN].fold = fold_delinearize
    ops[_DELIN].canonicalization_patterns = DELINEARIZE_PATTERNS
    ops[_LIN].fold = fold_linearize
    ops[_LIN].canonicalization_patterns = linearize_patterns()
