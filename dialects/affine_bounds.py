"""What affine canonicalization knows about the values of map operands: the constant
ranges of `affine.for` induction variables, and the map simplifications that use them
(MLIR's simplifyMapWithOperands and simplifyMinOrMaxExprWithOperands).

Only induction variables of `affine.for` loops with constant bounds carry a range (as in
MLIR): `lb <= iv <= last`, where `last` is the last value the loop takes. Every function
works on the operands of a map, dims first, then symbols, and answers None (unknown)
rather than guess.
"""

from __future__ import annotations

import math
from typing import Any

from pyir.affine import AffineMap
from pyir.affine_expr import (
    ADD,
    CEILDIV,
    CONSTANT,
    DIM,
    FLOORDIV,
    MOD,
    SYMBOL,
    AffineExpr,
    binary,
    constant,
)
from pyir.affine_simplify import flatten_affine_expr
from pyir.core import BlockArgument, Operation

__all__ = [
    "for_of_induction_var",
    "simplify_map_with_operands",
    "simplify_min_or_max_with_operands",
]


def for_of_induction_var(value: Any) -> Operation | None:
    """The `affine.for` whose induction variable `value` is (MLIR's
    getForInductionVarOwner), else None."""
    if not isinstance(value, BlockArgument) or value.index != 0:
        return None
    op = value.block.parent_op()
    return op if op is not None and op.name == "affine.for" else None


def _constant_bound(op: Operation, name: str) -> int | None:
    attr = op.properties.get(name)
    amap = getattr(attr, "value", None)
    if not isinstance(amap, AffineMap) or not amap.is_single_constant():
        return None
    return amap.results[0].value


def _step(op: Operation) -> int:
    step = getattr(op.properties.get("step"), "value", 1)
    return step if isinstance(step, int) and step > 0 else 1


def iv_lower_bound(value: Any) -> int | None:
    """The constant lower bound of the loop whose induction variable `value` is."""
    loop = for_of_induction_var(value)
    return None if loop is None else _constant_bound(loop, "lowerBoundMap")


def iv_upper_bound(value: Any) -> int | None:
    """The largest value an induction variable takes (inclusive): the upper bound minus
    one, made exact for the step when the lower bound is known too."""
    loop = for_of_induction_var(value)
    if loop is None:
        return None
    ub = _constant_bound(loop, "upperBoundMap")
    if ub is None:
        return None
    lb = _constant_bound(loop, "lowerBoundMap")
    if lb is None:
        return ub - 1
    return ub - 1 - (ub - lb - 1) % _step(loop)


def bound_for_expr(
    expr: AffineExpr, nd: int, ns: int, lbs: list, ubs: list, is_upper: bool
) -> int | None:
    """A constant bound of `expr` (upper when `is_upper`) from the operand bounds `lbs` /
    `ubs` (MLIR's getBoundForAffineExpr): divisions and mods by positive constants are
    handled at the top, then the expression must flatten without local variables."""
    kind = expr.kind
    if kind in (FLOORDIV, CEILDIV, MOD):
        rhs = expr.rhs
        if kind is not MOD:
            if rhs.kind is not CONSTANT or rhs.value < 1:
                return None
            bound = bound_for_expr(expr.lhs, nd, ns, lbs, ubs, is_upper)
            if bound is None:
                return None
            c = rhs.value
            return bound // c if kind is FLOORDIV else -(-bound // c)
        if rhs.kind is CONSTANT and rhs.value >= 1:
            c = rhs.value
            lo = bound_for_expr(expr.lhs, nd, ns, lbs, ubs, False)
            hi = bound_for_expr(expr.lhs, nd, ns, lbs, ubs, True)
            if lo is not None and hi is not None and lo // c == hi // c:
                return hi % c if is_upper else lo % c
            return c - 1 if is_upper else 0
    flat = flatten_affine_expr(expr, nd, ns)
    if flat is None or len(flat[0]) != nd + ns + 1:
        return None  # semi-affine, or local (division) variables
    coefficients = flat[0]
    total = coefficients[-1]
    for i in range(nd + ns):
        c = coefficients[i]
        if c == 0:
            continue
        b = (ubs[i] if is_upper else lbs[i]) if c > 0 else (lbs[i] if is_upper else ubs[i])
        if b is None:
            return None
        total += b * c
    return total


def _operand_bounds(operands: list) -> tuple[list, list]:
    return [iv_lower_bound(v) for v in operands], [iv_upper_bound(v) for v in operands]


def simplify_min_or_max_with_operands(amap: AffineMap, operands: list, is_max: bool) -> AffineMap:
    """Drop the results of a max (min) map that some other result always exceeds (stays
    below), and turn results with a single possible value into constants (MLIR's
    simplifyMinOrMaxExprWithOperands). Of results that tie, the first is kept."""
    if not operands:
        return amap
    nd, ns = amap.num_dims, amap.num_symbols
    lbs_in, ubs_in = _operand_bounds(operands)
    lows: list[int | None] = []
    highs: list[int | None] = []
    for e in amap.results:
        if e.kind is CONSTANT:
            lows.append(e.value)
            highs.append(e.value)
        else:
            lows.append(bound_for_expr(e, nd, ns, lbs_in, ubs_in, False))
            highs.append(bound_for_expr(e, nd, ns, lbs_in, ubs_in, True))
    kept = []
    for i, e in enumerate(amap.results):
        lo, hi = lows[i], highs[i]
        if lo is not None and hi is not None and lo == hi:
            e = constant(lo)
        # For a max: redundant when another result's lowest value is above this one's
        # highest. For a min, mirrored.
        mine = hi if is_max else lo
        others = lows if is_max else highs
        if mine is None:
            kept.append(e)
            continue
        redundant = False
        for pos, other in enumerate(others):
            if pos == i or other is None:
                continue
            if (other > mine) if is_max else (other < mine):
                redundant = True
                break
            if other != mine:
                continue
            # A tie: when both are single values, keep the first.
            other_fixed = (highs[pos] if is_max else lows[pos]) == other
            if lo is not None and lo == hi and other_fixed and i < pos:
                continue
            redundant = True
            break
        if not redundant:
            kept.append(e)
    return AffineMap(nd, ns, kept)


# -- simplifyMapWithOperands -------------------------------------------------------------------
def _divisor_of(expr: AffineExpr, operands: list) -> int:
    """MLIR's getLargestKnownDivisor(expr, operands): the expression's own divisor, or
    for a dim bound to a loop's induction variable, what its lower bound and step say."""
    if expr.kind is not DIM:
        return expr.largest_known_divisor()
    loop = for_of_induction_var(operands[expr.position])
    if loop is None:
        return 1
    if _constant_bound(loop, "lowerBoundMap") == 0:
        return _step(loop)
    lb_map = loop.properties["lowerBoundMap"].value
    divisor = 0
    for r in lb_map.results:
        divisor = math.gcd(divisor, r.largest_known_divisor())
    return math.gcd(divisor, _step(loop))


def _non_negative_below(expr: AffineExpr, operands: list, k: int) -> bool:
    """0 <= expr < k for every value the operands take (MLIR's isNonNegativeBoundedBy)."""
    if expr.kind is CONSTANT:
        return 0 <= expr.value < k
    if expr.kind is not DIM:
        return False
    loop = for_of_induction_var(operands[expr.position])
    if loop is None:
        return False
    lb = _constant_bound(loop, "lowerBoundMap")
    ub = _constant_bound(loop, "upperBoundMap")
    return lb is not None and lb >= 0 and ub is not None and ub <= k


def _split_multiple_plus_rest(expr: AffineExpr, operands: list) -> tuple | None:
    """(divisor, multiple, rest) when `expr` is `multiple + rest` with `multiple` a
    known multiple of divisor and 0 <= rest < divisor (MLIR's isQTimesDPlusR)."""
    if expr.kind is not ADD:
        return None
    a, b = expr.lhs, expr.rhs
    div = _divisor_of(a, operands)
    if _non_negative_below(b, operands, div):
        return div, a, b
    div = _divisor_of(b, operands)
    if _non_negative_below(a, operands, div):
        return div, b, a
    return None


def _simplify_expr(expr: AffineExpr, nd: int, ns: int, operands: list, bounds: tuple) -> AffineExpr:
    kind = expr.kind
    if kind in (DIM, SYMBOL, CONSTANT):
        return expr
    lhs = _simplify_expr(expr.lhs, nd, ns, operands, bounds)
    rhs = _simplify_expr(expr.rhs, nd, ns, operands, bounds)
    expr = binary(kind, lhs, rhs)
    kind = expr.kind
    if kind not in (FLOORDIV, CEILDIV, MOD):
        return expr
    lhs, rhs = expr.lhs, expr.rhs
    if rhs.kind is not CONSTANT or rhs.value <= 0:
        return expr  # undefined expressions are left alone
    c = rhs.value
    lbs, ubs = bounds
    lo = lhs.value if lhs.kind is CONSTANT else bound_for_expr(lhs, nd, ns, lbs, ubs, False)
    hi = lhs.value if lhs.kind is CONSTANT else bound_for_expr(lhs, nd, ns, lbs, ubs, True)
    if lo is not None and hi is not None:
        if kind is FLOORDIV and lo // c == hi // c:
            return constant(lo // c)
        if kind is CEILDIV and -(-lo // c) == -(-hi // c):
            return constant(-(-lo // c))
        if kind is MOD and 0 <= lo < c and hi < c:
            return lhs
    split = _split_multiple_plus_rest(lhs, operands)
    if split is not None:
        div, multiple, rest = split
        if c % div == 0 and kind is FLOORDIV:
            return binary(FLOORDIV, multiple, rhs)
        if div % c == 0 and kind is MOD:
            return binary(MOD, rest, rhs)
        return expr
    if (kind is FLOORDIV and _non_negative_below(lhs, operands, c)) or (
        kind is MOD and _divisor_of(lhs, operands) % c == 0
    ):
        return constant(0)
    return expr


def simplify_map_with_operands(amap: AffineMap, operands: list) -> AffineMap:
    """Fold divisions and mods by constants whose value the operand ranges decide
    (MLIR's simplifyMapWithOperands), e.g. `d0 floordiv 8` -> 0 for `d0` in [0, 8)."""
    if not operands or all(e.kind in (DIM, CONSTANT) for e in amap.results):
        return amap
    bounds = _operand_bounds(operands)
    nd, ns = amap.num_dims, amap.num_symbols
    return AffineMap(nd, ns, [_simplify_expr(e, nd, ns, operands, bounds) for e in amap.results])
