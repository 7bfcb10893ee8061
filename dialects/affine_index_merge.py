"""MLIR's CancelLinearizeOfDelinearizePortion: a linearize_index whose indices include a
run of consecutive results of one delinearize_index, with the same basis entries,
takes the run as one index over the product of those entries:

    %0:3 = affine.delinearize_index %x into (2, 4, 8)
    %1 = affine.linearize_index [%0#1, %0#2] by (4, 8)
      ->
    %0:2 = affine.delinearize_index %x into (2, 32)
    %1 = affine.linearize_index [%0#1] by (32)        (which folds to %0#1)

Other users of the merged results read them from a residual delinearize of the merged
index. A run may start where the bounds differ when it starts at result 0 of the
delinearize and index 0 of the linearize, or when the linearize is `disjoint` and the
delinearize has no outer bound. One run per delinearize op per application. A product with dynamic entries is an
affine.apply.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineConstantExpr, AffineMap, AffineMapAttr, constant, symbol
from pyir.builder import InsertionPoint
from pyir.builtin_types import IndexType
from pyir.core import Operation, OpResult
from pyir.dialects.affine_index_canonicalize import (
    _DELIN,
    _LIN,
    _delinearize,
    _disjoint,
    _linearize,
    same,
)
from pyir.dialects.affine_index_folding import const_int
from pyir.dialects.affine_index_ops import multi_index, padded_basis
from pyir.dialects.affine_ops import ApplyOp
from pyir.patterns import RewritePattern

__all__ = ["CancelLinearizeOfDelinearizePortion"]

_INDEX = IndexType()


def _product(rewriter: Any, terms: list, location: Any) -> Any:
    """MLIR's computeProduct: None if a term is None (an unknown outer bound), the int
    when all terms are constants, else the result of an affine.apply multiplying them."""
    result, dynamic = constant(1), []
    for term in terms:
        if term is None:
            return None
        value = const_int(term)
        if value is not None:
            result = result * constant(value)
        else:
            result = result * symbol(len(dynamic))
            dynamic.append(term)
    if isinstance(result, AffineConstantExpr):
        return result.value
    amap = AffineMap(0, len(dynamic), [result])
    return rewriter.create(ApplyOp, dynamic, [_INDEX], {"map": AffineMapAttr(amap)},
                           location=location).results[0]  # fmt: skip


def _find_runs(op: Operation, lin_basis: list) -> list:
    """(delinearize op, lin start, delin start, length) of each run, left to right."""
    indices = multi_index(op)
    disjoint = _disjoint(op)
    runs, seen, i = [], set(), 0
    while i < len(indices):
        value = indices[i]
        delin = value.op if isinstance(value, OpResult) else None
        if delin is None or delin.name != _DELIN:
            i += 1
            continue
        d = value.index
        delin_basis = padded_basis(delin)
        first = delin_basis[d]
        fits = same(first, lin_basis[i]) or (i == 0 and d == 0)
        if not fits and not (disjoint and d == 0 and first is None):
            i += 1
            continue
        j, outs = 1, len(delin.results)
        while i + j < len(indices) and d + j < outs:
            if indices[i + j] is not delin.results[d + j]:
                break
            if not same(lin_basis[i + j], delin_basis[d + j]):
                break
            j += 1
        if j <= 1 or id(delin) in seen:
            i += 1
            continue
        seen.add(id(delin))
        runs.append((delin, i, d, j))
        i += j
    return runs


class CancelLinearizeOfDelinearizePortion(RewritePattern):
    """linearize [.., d#1, d#2, ..] by (.., B1, B2, ..) with d = delinearize (.., B1, B2,
    ..) -> linearize [.., m, ..] by (.., B1*B2, ..) with m from a delinearize over the
    merged basis (see the module docstring)."""

    root = _LIN

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lin_basis = padded_basis(op)
        runs = _find_runs(op, lin_basis)
        if not runs:
            return False
        indices = multi_index(op)
        new_index, new_basis, replacements, end = [], [], [], 0
        for delin, start, d, length in runs:
            new_index += indices[end:start]
            new_basis += lin_basis[end:start]
            end = start + length
            with rewriter.at(InsertionPoint.before(delin)):
                size = _product(rewriter, lin_basis[start:end], op.location)
                if length == len(delin.results):
                    new_index.append(delin.operands[0])
                    new_basis.append(size)
                    replacements.append(None)
                    continue
                merged_basis = padded_basis(delin)
                merged_basis[d : d + length] = [size]
                merged = _delinearize(rewriter, delin.location, delin.operands[0], merged_basis)
                combined = merged.results[d]
                residual = _delinearize(rewriter, delin.location, combined,
                                        lin_basis[start:end])  # fmt: skip
            results = list(merged.results)
            replacements.append([*results[:d], *residual.results, *results[d + 1 :]])
            new_index.append(combined)
            new_basis.append(size)
        new_index += indices[end:]
        new_basis += lin_basis[end:]
        new = _linearize(rewriter, op.location, new_index, new_basis, _disjoint(op))
        rewriter.replace_op(op, new)
        for (delin, *_), values in zip(runs, replacements):
            if values is not None:
                rewriter.replace_op(delin, values)
        return True
