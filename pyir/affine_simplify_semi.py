"""MLIR's simplifyAffineExpr for semi-affine expressions (products of symbols or dims with
symbols, and mod / floordiv / ceildiv by symbolic expressions).

Two steps, as MLIR takes them:
1. a structural pass (MLIR's simplifySemiAffine): `x mod s`, `x floordiv s`, `x ceildiv s`
   where `s` is a symbol that divides `x` become 0, `x / s`; a mod of `y - y mod s` by `s`
   is 0;
2. flattening, where every non-constant product, mod or division becomes a local variable,
   and rebuilding (MLIR's getSemiAffineExprFromFlatForm): terms ordered by the position of
   their dim or symbol (a dim before the products and symbols of its position), then the
   locals that are not simple products, then the constant. When the expression already
   has the plain flat form it is kept as is.
"""

from __future__ import annotations

from pyir.affine_expr import (
    ADD,
    CEILDIV,
    CONSTANT,
    DIM,
    FLOORDIV,
    MOD,
    MUL,
    SYMBOL,
    AffineExpr,
    binary,
    constant,
    dim,
    symbol,
)
from pyir.affine_simplify import _Flattener, expr_from_flat_form

__all__ = ["simplify_semi_affine_expr"]

_DIVISIONS = (MOD, FLOORDIV, CEILDIV)


# -- step 1: division by a symbol that divides ---------------------------------------------------
def _divisible(expr: AffineExpr, position: int, kind: object) -> bool:
    """Whether `expr` is a multiple of symbol `position` for a division of `kind` (MLIR's
    isDivisibleBySymbol)."""
    k = expr.kind
    if k is CONSTANT:
        return expr.value == 0
    if k is DIM:
        return False
    if k is SYMBOL:
        return expr.position == position
    if k is ADD:
        return _divisible(expr.lhs, position, kind) and _divisible(expr.rhs, position, kind)
    if k is MOD:
        return _divisible(expr.lhs, position, MOD) and _divisible(expr.rhs, position, MOD)
    if k is MUL:
        return _divisible(expr.lhs, position, kind) or _divisible(expr.rhs, position, kind)
    # (a floordiv b) floordiv s = (a floordiv s) floordiv b; not across kinds.
    return k is kind and _divisible(expr.lhs, position, k)


def _divide(expr: AffineExpr, position: int, kind: object) -> AffineExpr | None:
    """`expr` divided by symbol `position`, once `_divisible` said it is (MLIR's
    symbolicDivide); None where it is not."""
    k = expr.kind
    if k is CONSTANT:
        return constant(0) if expr.value == 0 else None
    if k is DIM:
        return None
    if k is SYMBOL:
        return constant(1)
    if k is MUL:
        if not _divisible(expr.lhs, position, kind):
            rhs = _divide(expr.rhs, position, kind)
            return None if rhs is None else expr.lhs * rhs
        lhs = _divide(expr.lhs, position, kind)
        return None if lhs is None else lhs * expr.rhs
    if k is ADD or k is MOD:
        inner = kind if k is ADD else MOD
        lhs, rhs = _divide(expr.lhs, position, inner), _divide(expr.rhs, position, inner)
        return None if lhs is None or rhs is None else binary(k, lhs, rhs)
    lhs = _divide(expr.lhs, position, k)
    return None if lhs is None else binary(k, lhs, expr.rhs)


def _summands(expr: AffineExpr) -> list[AffineExpr]:
    out: list[AffineExpr] = []
    stack = [expr]
    while stack:
        node = stack.pop()
        if node.kind is ADD:
            stack.append(node.rhs)
            stack.append(node.lhs)
        else:
            out.append(node)
    return out


def _negated(expr: AffineExpr) -> AffineExpr | None:
    if expr.kind is not MUL:
        return None
    if expr.lhs.kind is CONSTANT and expr.lhs.value == -1:
        return expr.rhs
    if expr.rhs.kind is CONSTANT and expr.rhs.value == -1:
        return expr.lhs
    return None


def _mod_of_mod_subtraction(lhs: AffineExpr, rhs: AffineExpr, nd: int, ns: int) -> bool:
    """`lhs` is `x - x mod rhs` (in any order of summands), so `lhs mod rhs` is 0 (MLIR's
    isModOfModSubtraction, the shape loop peeling leaves)."""
    from pyir.affine_simplify import simplify_affine_expr

    terms = _summands(lhs)
    for i, term in enumerate(terms):
        inner = _negated(term)
        if inner is None or inner.kind is not MOD or inner.rhs is not rhs:
            continue
        diff: AffineExpr = constant(0)
        for j, other in enumerate(terms):
            if j != i:
                diff = diff + other
        diff = simplify_affine_expr(diff - inner.lhs, nd, ns)
        if diff.kind is CONSTANT and diff.value == 0:
            return True
    return False


def _structural(expr: AffineExpr, nd: int, ns: int) -> AffineExpr:
    """MLIR's simplifySemiAffine, children first."""
    done: dict[AffineExpr, AffineExpr] = {}
    for node in expr.nodes():
        k = node.kind
        if k is CONSTANT or k is DIM or k is SYMBOL:
            done[node] = node
            continue
        lhs, rhs = done[node.lhs], done[node.rhs]
        done[node] = _structural_binary(node, lhs, rhs, nd, ns)
    return done[expr]


def _structural_binary(
    node: AffineExpr, lhs: AffineExpr, rhs: AffineExpr, nd: int, ns: int
) -> AffineExpr:
    k = node.kind
    if k not in _DIVISIONS:
        return binary(k, lhs, rhs)
    if _mod_of_mod_subtraction(lhs, rhs, nd, ns):
        return constant(0)
    if rhs.kind is not SYMBOL or not _divisible(node.lhs, rhs.position, k):
        return binary(k, lhs, rhs)
    if k is MOD:
        return constant(0)
    divided = _divide(lhs, rhs.position, k)
    return binary(k, lhs, rhs) if divided is None else divided


# -- step 2: flattening with semi-affine locals --------------------------------------------------
class _SemiFlattener(_Flattener):
    """The flattener with MLIR's semi-affine extension: a product, mod or division whose
    right operand is not a constant becomes a local variable holding that expression."""

    def _visit(self, node: AffineExpr) -> bool:
        kind = node.kind
        if kind is ADD or kind in (CONSTANT, DIM, SYMBOL) or node.rhs.kind is CONSTANT:
            return super()._visit(node)
        rhs = self.stack.pop()
        lhs = self.stack[-1]
        local = binary(kind, self.to_expr(lhs), self.to_expr(rhs))
        at = self._find_local(local)
        if at == -1:
            self._add_local(local)  # adds a column to every vector, `lhs` included
            at = len(self.locals) - 1
        lhs[:] = [0] * len(lhs)
        lhs[self.local_start + at] = 1
        return True


def semi_affine_expr_from_flat_form(
    flat: list[int], nd: int, ns: int, locals_: list[AffineExpr]
) -> AffineExpr | None:
    """MLIR's getSemiAffineExprFromFlatForm; None when two terms would take one place."""
    keyed: dict[tuple[int, int], tuple[AffineExpr, int]] = {}
    top = max(nd, ns)
    next_symbol, next_dim = 0, -1
    for j in range(ns):
        if flat[nd + j]:
            keyed[(j, top + next_symbol)] = (symbol(j), flat[nd + j])
            next_symbol += 1
    placed = [False] * len(locals_)
    for i, local in enumerate(locals_):
        c = flat[nd + ns + i]
        if not c:
            continue
        lhs, rhs = local.lhs, local.rhs
        if lhs.kind not in (DIM, SYMBOL) or rhs.kind not in (DIM, SYMBOL, CONSTANT):
            continue
        if lhs.kind is DIM and rhs.kind is CONSTANT:
            key = (lhs.position, next_dim)
            next_dim -= 1
        elif lhs.kind is DIM:
            key = (lhs.position, rhs.position)
        else:
            key = (lhs.position, top + next_symbol)
            next_symbol += 1
        if key in keyed:
            return None
        keyed[key] = (local, c)
        placed[i] = True
    for j in range(nd):
        if flat[j]:
            keyed[(j, next_dim)] = (dim(j), flat[j])
            next_dim -= 1
    expr: AffineExpr = constant(0)
    for key in sorted(keyed):
        term, c = keyed[key]
        expr = expr + term * c
    for i, local in enumerate(locals_):
        c = flat[nd + ns + i]
        if c and not placed[i]:
            expr = expr + local * c
    if flat[-1]:
        expr = expr + flat[-1]
    return expr


def simplify_semi_affine_expr(expr: AffineExpr, nd: int, ns: int) -> AffineExpr:
    """MLIR's simplifyAffineExpr for an expression that is not pure affine (the expression
    unchanged when a step cannot apply)."""
    try:
        simplified = _structural(expr, nd, ns)
        flattener = _SemiFlattener(nd, ns)
        flat = flattener.flatten(simplified)
        if flat is None:
            return simplified
        plain = expr_from_flat_form(flat, nd, ns, flattener.locals)
        if simplified.is_pure_affine():
            return plain
        if plain is simplified:
            return simplified
        rebuilt = semi_affine_expr_from_flat_form(flat, nd, ns, flattener.locals)
        return simplified if rebuilt is None else rebuilt
    except (ValueError, RecursionError, IndexError):
        return expr  # a non-affine intermediate or an expression too deep to walk
