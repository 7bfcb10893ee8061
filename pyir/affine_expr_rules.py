"""MLIR's simplifying constructors of affine expressions (its AffineExpr operators): the same
rules, in the same order, with the same int64 overflow behaviour, because MLIR's parser
builds expressions with them. Importing this module installs them as the Python operators
of `pyir.affine_expr_nodes.AffineExpr` (through its `BUILDERS` table)."""

from __future__ import annotations

from pyir.affine_expr_kinds import (
    ADD,
    CEILDIV,
    CONSTANT,
    FLOORDIV,
    MOD,
    MUL,
    AffineExprKind,
    _fits,
    _wrap,
)
from pyir.affine_expr_nodes import (
    BUILDERS,
    AffineExpr,
    _coerce_strict,
    _raw,
    _raw_commutative,
    constant,
)

_MUL_ERROR = (
    "non-affine expression: at least one of the multiply operands has to be either a "
    "constant or symbolic"
)


def _rhs_error(op: str) -> str:
    return f"non-affine expression: right operand of {op} has to be either a constant or symbolic"


def _add(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr:
    simplified = _simplify_add(lhs, rhs)
    return simplified if simplified is not None else _raw_commutative(ADD, lhs, rhs)


def _simplify_add(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr | None:
    """`lhs + rhs` rewritten by one of MLIR's add rules, or None when none applies.

    The last rule: (a + b) + (e floordiv q) * k -> a + (b + (e floordiv q) * k) when the
    inner sum simplifies (it finds b - (b floordiv c) * c -> b mod c inside a longer sum).
    It descends the right spine of the sum, so it is a loop, not recursion.
    """
    outer: list[AffineExpr] = []
    while True:
        result = _add_rules(lhs, rhs)
        if result is None and lhs.kind is ADD and rhs.kind is MUL and rhs.lhs.kind is FLOORDIV:
            outer.append(lhs.lhs)
            lhs = lhs.rhs
            continue
        break
    if result is not None:
        for term in reversed(outer):
            result = _add(term, result)
    return result


def _add_rules(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr | None:
    """Every add rule but the nested-sum one, in MLIR's order; None if none applies."""
    lk, rk = lhs.kind, rhs.kind
    if lk is CONSTANT and rk is CONSTANT:
        total = lhs.value + rhs.value
        # An overflowing fold is left unfolded, as MLIR leaves it.
        return constant(total) if _fits(total) else None
    # Constants go right, and a symbolic term goes right of a dim term: 4 + d0 -> d0 + 4.
    if lk is CONSTANT or (lhs._symbolic and not rhs._symbolic):
        return _add(rhs, lhs)
    lhs_plus_const = lk is ADD and lhs.rhs.kind is CONSTANT
    if rk is CONSTANT:
        if rhs.value == 0:
            return lhs  # x + 0 -> x
        if lhs_plus_const:  # (x + c1) + c2 -> x + (c1 + c2), wrapping like MLIR
            return _add(lhs.lhs, constant(_wrap(lhs.rhs.value + rhs.value)))
    # x * c1 + x * c2 -> x * (c1 + c2), a bare x counting as x * 1.
    if lk is MUL and lhs.rhs.kind is CONSTANT:
        c1, x1 = lhs.rhs.value, lhs.lhs
    else:
        c1, x1 = 1, lhs
    if rk is MUL and rhs.rhs.kind is CONSTANT:
        c2, x2 = rhs.rhs.value, rhs.lhs
    else:
        c2, x2 = 1, rhs
    if x1 is x2:
        return _mul(x1, constant(_wrap(c1 + c2)))
    if lhs_plus_const:  # (x + c) + y -> (x + y) + c
        return _add(_add(lhs.lhs, rhs), lhs.rhs)
    if rk is not MUL:
        return None
    inner, factor = rhs.lhs, rhs.rhs
    if factor.kind is CONSTANT and factor.value == -1 and inner.kind is MUL:
        # x + ((x floordiv q) * q) * -1 -> x mod q, for a symbolic q.
        quotient, q = inner.lhs, inner.rhs
        if quotient.kind is FLOORDIV and quotient.rhs is q and quotient.lhs is lhs:
            return _mod(lhs, q)
        return None
    if inner.kind is not FLOORDIV:
        return None
    # x + (x floordiv c) * -c -> x mod c, for a constant c > 0.
    c = inner.rhs
    if (
        inner.lhs is lhs
        and c.kind is CONSTANT
        and factor.kind is CONSTANT
        and c.value > 0
        and c.value == -factor.value
    ):
        return _mod(lhs, c)
    return None


def _mul(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr:
    lk, rk = lhs.kind, rhs.kind
    if lk is CONSTANT and rk is CONSTANT:
        product = lhs.value * rhs.value
        return constant(product) if _fits(product) else _raw(MUL, lhs, rhs)
    if not lhs._symbolic and not rhs._symbolic:
        raise ValueError(_MUL_ERROR)
    # The constant, else the symbolic operand, goes right: 2 * d0 -> d0 * 2.
    if not rhs._symbolic or lk is CONSTANT:
        return _mul(rhs, lhs)
    lhs_times_const = lk is MUL and lhs.rhs.kind is CONSTANT
    if rk is CONSTANT:
        c = rhs.value
        if c == 1:
            return lhs  # x * 1 -> x
        if c == 0:
            return rhs  # x * 0 -> 0
        if lhs_times_const:  # (x * c1) * c2 -> x * (c1 * c2), wrapping like MLIR
            return _mul(lhs.lhs, constant(_wrap(lhs.rhs.value * c)))
    if lhs_times_const:  # (x * c) * y -> (x * y) * c
        return _mul(_mul(lhs.lhs, rhs), lhs.rhs)
    return _raw_commutative(MUL, lhs, rhs)


def _div_by_const_mul(lhs: AffineExpr, c: int) -> AffineExpr | None:
    """(x * k) floordiv/ceildiv c -> x * (k / c) when c divides k."""
    if lhs.kind is MUL and lhs.rhs.kind is CONSTANT:
        k = lhs.rhs.value
        if k % c == 0 and _fits(k // c):
            return _mul(lhs.lhs, constant(k // c))
    return None


def _floordiv(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr:
    if not rhs._symbolic:
        raise ValueError(_rhs_error("floordiv"))
    if rhs.kind is not CONSTANT:
        return constant(1) if lhs is rhs else _raw(FLOORDIV, lhs, rhs)  # x floordiv x -> 1
    if rhs.value == 0:
        return _raw(FLOORDIV, lhs, rhs)
    c = rhs.value
    if lhs.kind is CONSTANT:
        quotient = lhs.value // c
        return constant(quotient) if _fits(quotient) else _raw(FLOORDIV, lhs, rhs)
    if c == 1:
        return lhs  # x floordiv 1 -> x
    if _floordiv_splits(lhs, c):
        return _floordiv_split(lhs, c)
    return _floordiv_unsplit(lhs, rhs)


def _floordiv_splits(expr: AffineExpr, c: int) -> bool:
    # (a + b) floordiv c -> a floordiv c + b floordiv c when c is known to divide a or b.
    return expr.kind is ADD and (expr.lhs._divisor % c == 0 or expr.rhs._divisor % c == 0)


def _floordiv_unsplit(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr:
    c = rhs.value
    if lhs.kind is CONSTANT:
        quotient = lhs.value // c
        return constant(quotient) if _fits(quotient) else _raw(FLOORDIV, lhs, rhs)
    simplified = _div_by_const_mul(lhs, c)
    return simplified if simplified is not None else _raw(FLOORDIV, lhs, rhs)


def _floordiv_split(expr: AffineExpr, c: int) -> AffineExpr:
    """Distribute `floordiv c` over a tree of adds, with an explicit stack: a sum of
    thousands of multiples of c must not exhaust Python's recursion limit."""
    divisor = constant(c)
    results: list[AffineExpr] = []
    stack: list[tuple[AffineExpr, bool]] = [(expr, False)]
    while stack:
        node, combine = stack.pop()
        if combine:
            right = results.pop()
            results.append(_add(results.pop(), right))
        elif _floordiv_splits(node, c):
            stack.append((node, True))
            stack.append((node.rhs, False))
            stack.append((node.lhs, False))
        else:
            results.append(_floordiv_unsplit(node, divisor))
    return results[0]


def _ceildiv(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr:
    if not rhs._symbolic:
        raise ValueError(_rhs_error("ceildiv"))
    if rhs.kind is not CONSTANT:
        return constant(1) if lhs is rhs else _raw(CEILDIV, lhs, rhs)  # x ceildiv x -> 1
    if rhs.value == 0:
        return _raw(CEILDIV, lhs, rhs)
    c = rhs.value
    if lhs.kind is CONSTANT:
        quotient = -(-lhs.value // c)
        return constant(quotient) if _fits(quotient) else _raw(CEILDIV, lhs, rhs)
    if c == 1:
        return lhs  # x ceildiv 1 -> x
    simplified = _div_by_const_mul(lhs, c)
    return simplified if simplified is not None else _raw(CEILDIV, lhs, rhs)


def _mod(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr:
    if not rhs._symbolic:
        raise ValueError(_rhs_error("mod"))
    if rhs.kind is not CONSTANT:
        return constant(0) if lhs is rhs else _raw(MOD, lhs, rhs)  # x mod x -> 0
    # mod by zero or a negative number is left alone.
    if rhs.value < 1:
        return _raw(MOD, lhs, rhs)
    c = rhs.value
    # Each rule below that drops part of lhs re-simplifies `rest mod c`: a loop rather
    # than recursion, so long sums stay within the recursion limit.
    while True:
        if lhs.kind is CONSTANT:
            return constant(lhs.value % c)
        if lhs._divisor % c == 0:
            return constant(0)  # (x * 128) mod 64 -> 0
        if lhs.kind is ADD:  # (a + b) mod c -> b mod c when c divides a (or symmetric)
            if lhs.lhs._divisor % c == 0:
                lhs = lhs.rhs
                continue
            if lhs.rhs._divisor % c == 0:
                lhs = lhs.lhs
                continue
        if lhs.kind is MOD and lhs.rhs.kind is CONSTANT:
            inner = lhs.rhs.value
            if inner >= 1 and inner % c == 0:  # (x mod 8) mod 4 -> x mod 4
                lhs = lhs.lhs
                continue
        return _raw(MOD, lhs, rhs)


# The operators of AffineExpr are these constructors.
BUILDERS.update({ADD: _add, MUL: _mul, MOD: _mod, FLOORDIV: _floordiv, CEILDIV: _ceildiv})


def binary(kind: AffineExprKind, lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs <kind> rhs`, simplified (MLIR's getAffineBinaryOpExpr)."""
    builder = BUILDERS.get(kind)
    if builder is None:
        raise ValueError(f"{kind} is not a binary affine expression kind")
    return builder(_coerce_strict(lhs), _coerce_strict(rhs))


def floordiv(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    return _floordiv(_coerce_strict(lhs), _coerce_strict(rhs))


def ceildiv(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    return _ceildiv(_coerce_strict(lhs), _coerce_strict(rhs))
