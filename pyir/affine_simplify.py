"""Value-free simplification of affine expressions and maps, as MLIR computes it.

- `constant_fold_expr` / `partial_constant_fold`: evaluate expressions whose dims and
  symbols have known integer values (MLIR's AffineExprConstantFolder and
  AffineMap::partialConstantFold), reporting "poison" for a division by zero or a mod by a
  non-positive value.
- `simplify_affine_expr` / `simplify_affine_map`: MLIR's simplifyAffineExpr for pure affine
  expressions: flatten to a coefficient vector (dims, symbols, local division variables,
  constant), then rebuild, so `d1 + d0 * 2 + d0` becomes `d0 * 3 + d1`.
- `shift_dims`, `shift_symbols`, `replace_position`: the renumbering helpers that map
  composition uses.

Layout of a flat form (MLIR's): one int per dim, per symbol, per local variable (each a
floordiv of an affine expression by a constant, kept in `locals`), then the constant term.
Semi-affine expressions (a product of two non-constants, a division by a symbol) are left
as they are: MLIR's separate semi-affine simplifier is not reproduced.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pyir.affine import AffineMap
from pyir.affine_expr import (
    ADD,
    CEILDIV,
    CONSTANT,
    DIM,
    FLOORDIV,
    MOD,
    MUL,
    SYMBOL,
    AffineBinaryExpr,
    AffineExpr,
    _wrap,
    constant,
    dim,
    symbol,
)

__all__ = [
    "constant_fold_expr",
    "expr_from_flat_form",
    "flatten_affine_expr",
    "partial_constant_fold",
    "replace_position",
    "shift_dims",
    "shift_symbols",
    "simplify_affine_expr",
    "simplify_affine_map",
]


# -- constant folding ------------------------------------------------------------------------------
class Poison(Exception):
    """A division by zero or a mod by a non-positive value while folding constants."""


def constant_fold_expr(
    expr: AffineExpr, num_dims: int, operands: Sequence[int | None]
) -> tuple[int | None, bool]:
    """(value, poison): the value of `expr` when every dim and symbol it uses has a known
    value in `operands` (dims first, None = unknown), else None. As MLIR's folder, both
    sides of every binary node are evaluated, so a poisoned side is reported even when
    the other side is unknown; arithmetic wraps to int64."""
    poison = False
    values: dict[AffineExpr, int | None] = {}
    for node in expr.nodes():
        kind = node.kind
        if kind is CONSTANT:
            values[node] = node.value
        elif kind is DIM:
            values[node] = operands[node.position]
        elif kind is SYMBOL:
            values[node] = operands[num_dims + node.position]
        else:
            a, b = values[node.lhs], values[node.rhs]
            if a is None or b is None:
                values[node] = None
            elif kind is ADD:
                values[node] = _wrap(a + b)
            elif kind is MUL:
                values[node] = _wrap(a * b)
            elif kind is MOD:
                if b < 1:
                    poison, values[node] = True, None
                else:
                    values[node] = a % b
            elif b == 0:
                poison, values[node] = True, None
            else:
                values[node] = _wrap(a // b if kind is FLOORDIV else -(-a // b))
    return values[expr], poison


def partial_constant_fold(
    amap: AffineMap, operands: Sequence[int | None]
) -> tuple[AffineMap, list[int] | None, bool]:
    """MLIR's AffineMap::partialConstantFold: (the map with every result that folds replaced
    by its constant, the constants of all results when every one folded else None, poison).
    When poison is met the map and results are meaningless."""
    exprs: list[AffineExpr] = []
    results: list[int] | None = []
    for expr in amap.results:
        value, poison = constant_fold_expr(expr, amap.num_dims, operands)
        if poison:
            return amap, None, True
        if value is not None:
            exprs.append(constant(value))
            if results is not None:
                results.append(value)
        else:
            exprs.append(expr)
            results = None
    return AffineMap(amap.num_dims, amap.num_symbols, exprs), results, False


# -- renumbering ---------------------------------------------------------------------------------
def shift_dims(expr: AffineExpr, num_dims: int, shift: int) -> AffineExpr:
    """d<i> -> d<i + shift> for the `num_dims` dims."""
    if not shift:
        return expr
    return expr.replace_dims_and_symbols([dim(i + shift) for i in range(num_dims)])


def shift_symbols(expr: AffineExpr, num_symbols: int, shift: int) -> AffineExpr:
    """s<i> -> s<i + shift> for the `num_symbols` symbols."""
    if not shift:
        return expr
    return expr.replace_dims_and_symbols((), [symbol(i + shift) for i in range(num_symbols)])


def replace_position(
    expr: AffineExpr, is_dim: bool, position: int, replacement: AffineExpr
) -> AffineExpr:
    """Replace one dim (or symbol) by `replacement`, rebuilding with the simplifying
    constructors (MLIR's AffineExpr::replace of a dim or symbol)."""
    ident: list[AffineExpr] = [(dim if is_dim else symbol)(i) for i in range(position + 1)]
    ident[position] = replacement
    if is_dim:
        return expr.replace_dims_and_symbols(ident)
    return expr.replace_dims_and_symbols((), ident)


# -- flattening ----------------------------------------------------------------------------------
class _Flattener:
    """MLIR's SimpleAffineExprFlattener restricted to pure affine expressions."""

    def __init__(self, num_dims: int, num_symbols: int) -> None:
        self.num_dims = num_dims
        self.num_symbols = num_symbols
        self.locals: list[AffineExpr] = []
        self.stack: list[list[int]] = []

    @property
    def local_start(self) -> int:
        return self.num_dims + self.num_symbols

    def _width(self) -> int:
        return self.local_start + len(self.locals) + 1

    def _add_local(self, expr: AffineExpr) -> None:
        column = self.local_start + len(self.locals)
        for vec in self.stack:
            vec.insert(column, 0)
        self.locals.append(expr)

    def _find_local(self, expr: AffineExpr) -> int:
        for i, e in enumerate(self.locals):
            if e is expr:
                return i
        return -1

    def flatten(self, expr: AffineExpr) -> list[int] | None:
        # Post-order over the tree (not the DAG): locals are found by value anyway.
        todo: list[tuple[AffineExpr, bool]] = [(expr, False)]
        while todo:
            node, done = todo.pop()
            if isinstance(node, AffineBinaryExpr) and not done:
                todo.append((node, True))
                todo.append((node.rhs, False))
                todo.append((node.lhs, False))
                continue
            if not self._visit(node):
                return None
        return self.stack[-1]

    def _visit(self, node: AffineExpr) -> bool:
        kind = node.kind
        if kind in (DIM, SYMBOL, CONSTANT):
            vec = [0] * self._width()
            if kind is DIM:
                vec[node.position] = 1
            elif kind is SYMBOL:
                vec[self.num_dims + node.position] = 1
            else:
                vec[-1] = node.value
            self.stack.append(vec)
            return True
        rhs = self.stack.pop()
        lhs = self.stack[-1]
        if kind is ADD:
            for i, v in enumerate(rhs):
                lhs[i] += v
            return True
        c = rhs[-1]  # pure affine: the right operand is a constant
        if kind is MUL:
            for i in range(len(lhs)):
                lhs[i] *= c
            return True
        if c <= 0:
            return False
        if kind is MOD:
            return self._mod(lhs, c)
        return self._div(lhs, c, kind is CEILDIV)

    def _mod(self, lhs: list[int], c: int) -> bool:
        if all(v % c == 0 for v in lhs):
            lhs[:] = [0] * len(lhs)
            return True
        gcd = c
        for v in lhs:
            gcd = math.gcd(gcd, abs(v))
        dividend = [v // gcd for v in lhs] if gcd != 1 else list(lhs)
        divisor = c // gcd
        quotient = self.to_expr(dividend).floordiv(constant(divisor))
        at = self._find_local(quotient)
        if at == -1:
            self._add_local(quotient)
            lhs[self.local_start + len(self.locals) - 1] = -c
        else:
            lhs[self.local_start + at] -= c
        return True

    def _div(self, lhs: list[int], c: int, ceil: bool) -> bool:
        gcd = c
        for v in lhs:
            gcd = math.gcd(gcd, abs(v))
        if gcd != 1:
            lhs[:] = [v // gcd for v in lhs]
        divisor = c // gcd
        if divisor == 1:
            return True
        a = self.to_expr(lhs)
        div = a.ceildiv(constant(divisor)) if ceil else a.floordiv(constant(divisor))
        at = self._find_local(div)
        if at == -1:
            self._add_local(div)
        lhs[:] = [0] * len(lhs)
        lhs[self.local_start + (len(self.locals) - 1 if at == -1 else at)] = 1
        return True

    def to_expr(self, flat: Sequence[int]) -> AffineExpr:
        return expr_from_flat_form(flat, self.num_dims, self.num_symbols, self.locals)


def expr_from_flat_form(
    flat: Sequence[int], num_dims: int, num_symbols: int, locals_: Sequence[AffineExpr]
) -> AffineExpr:
    """MLIR's getAffineExprFromFlatForm: dims, symbols and locals times their
    coefficients, summed in order, then the constant."""
    expr: AffineExpr = constant(0)
    start = num_dims + num_symbols
    for j in range(start):
        if flat[j]:
            var = dim(j) if j < num_dims else symbol(j - num_dims)
            expr = expr + var * flat[j]
    for j in range(start, len(flat) - 1):
        if flat[j]:
            expr = expr + locals_[j - start] * flat[j]
    if flat[-1]:
        expr = expr + flat[-1]
    return expr


def flatten_affine_expr(
    expr: AffineExpr, num_dims: int, num_symbols: int
) -> tuple[list[int], list[AffineExpr]] | None:
    """(flat form, local expressions) of a pure affine expression; None for semi-affine
    ones or a division by a non-positive constant."""
    if not expr.is_pure_affine():
        return None
    flattener = _Flattener(num_dims, num_symbols)
    flat = flattener.flatten(expr)
    if flat is None:
        return None
    return flat, flattener.locals


def simplify_affine_expr(expr: AffineExpr, num_dims: int, num_symbols: int) -> AffineExpr:
    """MLIR's simplifyAffineExpr; semi-affine expressions are simplified by
    `pyir.affine_simplify_semi`, which builds on this module's flattener."""
    if not expr.is_pure_affine():
        from pyir.affine_simplify_semi import simplify_semi_affine_expr

        return simplify_semi_affine_expr(expr, num_dims, num_symbols)
    flat = flatten_affine_expr(expr, num_dims, num_symbols)
    if flat is None:
        return expr
    return expr_from_flat_form(flat[0], num_dims, num_symbols, flat[1])


def simplify_affine_map(amap: AffineMap) -> AffineMap:
    """MLIR's simplifyAffineMap: each result simplified."""
    return AffineMap(
        amap.num_dims,
        amap.num_symbols,
        [simplify_affine_expr(e, amap.num_dims, amap.num_symbols) for e in amap.results],
    )
