"""Affine expressions expanded into `arith` ops on `index` values (MLIR's
expandAffineExpr / expandAffineMap), op for op in MLIR's order.

The expansion walks the expression tree (not the DAG: a repeated subexpression is
expanded each time it occurs) left operand first. Dims and symbols are the given values;
a constant is a fresh `arith.constant`; `+` is `arith.addi`; `*` is `arith.muli` with the
`nsw` flag; mod, floordiv and ceildiv expand into MLIR's branch-free sequences:

    a mod b       r = remsi a, b; c0; n = cmpi slt r, c0; s = addi r, b; select n, s, r
    a floordiv b  c0; cm1; n = cmpi slt a, c0; x = subi cm1, a; d = select n, x, a;
                  q = divsi d, b; y = subi cm1, q; select n, y, q
    a ceildiv b   c0; c1; n = cmpi sle a, c0; x = subi c0, a; y = subi a, c1;
                  d = select n, x, y; q = divsi d, b; u = subi c0, q; v = addi q, c1;
                  select n, u, v

A mod, floordiv or ceildiv by a non-positive constant cannot be expanded: MLIR reports
"modulo by non-positive value is not supported" / "division by non-positive value is
not supported" and creates nothing. `expansion_errors` lists those messages in the order
MLIR emits them, so callers can check before they build.

Ops are created by name through a builder that has a context (this module is part of the
core and imports no dialect); `arith` must be registered in that context.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.affine import AffineMap
from pyir.affine_expr import ADD, CEILDIV, CONSTANT, DIM, FLOORDIV, MOD, MUL, SYMBOL, AffineExpr
from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType, IntegerType
from pyir.core import Value

__all__ = ["ArithEmitter", "expand_affine_expr", "expand_affine_map", "expansion_errors"]

MOD_ERROR = "modulo by non-positive value is not supported"
DIV_ERROR = "division by non-positive value is not supported"

_CMPI = ("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge")


class ArithEmitter:
    """Creates the few `arith` ops the lowering needs at a builder's insertion point.

    Invariant: `builder.context` knows the arith dialect (its op classes fill default
    properties such as `overflowFlags = #arith.overflow<none>`).
    """

    def __init__(self, builder: Any, location: Any = None) -> None:
        self.builder = builder
        self.location = location
        self._nsw: Any = None

    def _create(self, name: str, operands: Sequence[Value], types: list, props: Any = None):
        return self.builder.create(
            name, list(operands), types, properties=props, location=self.location
        )

    def constant_index(self, value: int) -> Value:
        attr = IntegerAttr(value, IndexType())
        return self._create("arith.constant", (), [attr.type], {"value": attr}).results[0]

    def constant(self, attr: Any) -> Value:
        return self._create("arith.constant", (), [attr.type], {"value": attr}).results[0]

    def binary(self, name: str, lhs: Value, rhs: Value, props: Any = None) -> Value:
        return self._create(name, (lhs, rhs), [lhs.type], props).results[0]

    def muli_nsw(self, lhs: Value, rhs: Value) -> Value:
        return self.binary("arith.muli", lhs, rhs, {"overflowFlags": self._nsw_attr()})

    def cmpi(self, predicate: str, lhs: Value, rhs: Value) -> Value:
        props = {"predicate": IntegerAttr(_CMPI.index(predicate), IntegerType(64))}
        return self._create("arith.cmpi", (lhs, rhs), [IntegerType(1)], props).results[0]

    def select(self, cond: Value, a: Value, b: Value) -> Value:
        return self._create("arith.select", (cond, a, b), [a.type]).results[0]

    def _nsw_attr(self) -> Any:
        if self._nsw is None:
            context = self.builder.context
            dialect = context.get_dialect("arith") if context is not None else None
            for cls in getattr(dialect, "attributes", ()):
                if getattr(cls, "name", None) == "arith.overflow":
                    self._nsw = cls(("nsw",))
                    break
            else:
                raise RuntimeError("the arith dialect (with #arith.overflow) is not available")
        return self._nsw


def expansion_errors(expr: AffineExpr) -> list[str]:
    """The messages MLIR emits when expanding `expr` (empty when it expands)."""
    errors: list[str] = []
    stack = [expr]
    while stack:
        node = stack.pop()
        kind = node.kind
        if kind in (MOD, FLOORDIV, CEILDIV):
            rhs = node.rhs
            if rhs.kind is CONSTANT and rhs.value <= 0:
                errors.append(MOD_ERROR if kind is MOD else DIV_ERROR)
                continue  # MLIR does not visit the operands then
        if kind in (ADD, MUL, MOD, FLOORDIV, CEILDIV):
            stack.append(node.rhs)
            stack.append(node.lhs)
    return errors


def expand_affine_expr(
    emitter: ArithEmitter, expr: AffineExpr, dims: Sequence[Value], symbols: Sequence[Value]
) -> Value:
    """Emit the ops computing `expr` on `dims` and `symbols`; the caller has checked
    `expansion_errors(expr)` is empty."""
    done: list[Value] = []
    todo: list[tuple[AffineExpr, bool]] = [(expr, False)]
    while todo:
        node, visited = todo.pop()
        kind = node.kind
        if kind is DIM:
            done.append(dims[node.position])
        elif kind is SYMBOL:
            done.append(symbols[node.position])
        elif kind is CONSTANT:
            done.append(emitter.constant_index(node.value))
        elif not visited:
            todo.append((node, True))
            todo.append((node.rhs, False))
            todo.append((node.lhs, False))
        else:
            rhs = done.pop()
            lhs = done.pop()
            done.append(_emit_binary(emitter, kind, lhs, rhs))
    return done[0]


def _emit_binary(e: ArithEmitter, kind: Any, lhs: Value, rhs: Value) -> Value:
    if kind is ADD:
        return e.binary("arith.addi", lhs, rhs)
    if kind is MUL:
        return e.muli_nsw(lhs, rhs)
    if kind is MOD:
        remainder = e.binary("arith.remsi", lhs, rhs)
        zero = e.constant_index(0)
        negative = e.cmpi("slt", remainder, zero)
        corrected = e.binary("arith.addi", remainder, rhs)
        return e.select(negative, corrected, remainder)
    if kind is FLOORDIV:
        zero = e.constant_index(0)
        minus_one = e.constant_index(-1)
        negative = e.cmpi("slt", lhs, zero)
        flipped = e.binary("arith.subi", minus_one, lhs)
        dividend = e.select(negative, flipped, lhs)
        quotient = e.binary("arith.divsi", dividend, rhs)
        corrected = e.binary("arith.subi", minus_one, quotient)
        return e.select(negative, corrected, quotient)
    # CEILDIV
    zero = e.constant_index(0)
    one = e.constant_index(1)
    non_positive = e.cmpi("sle", lhs, zero)
    negated = e.binary("arith.subi", zero, lhs)
    decremented = e.binary("arith.subi", lhs, one)
    dividend = e.select(non_positive, negated, decremented)
    quotient = e.binary("arith.divsi", dividend, rhs)
    negated_quotient = e.binary("arith.subi", zero, quotient)
    incremented = e.binary("arith.addi", quotient, one)
    return e.select(non_positive, negated_quotient, incremented)


def expand_affine_map(
    emitter: ArithEmitter, amap: AffineMap, operands: Sequence[Value]
) -> list[Value]:
    """One value per result of `amap` applied to `operands` (dims, then symbols)."""
    dims = operands[: amap.num_dims]
    symbols = operands[amap.num_dims :]
    return [expand_affine_expr(emitter, e, dims, symbols) for e in amap.results]
