"""Affine expression nodes: the immutable interned DAG behind `pyir.affine_expr`.

Layout: an `AffineExpr` is a node of a DAG. A dim (`d0`) or symbol (`s0`) node holds a
position, a constant node an int64 value, a binary node (add, mul, mod, floordiv,
ceildiv) a kind and two children. Every node is interned when built, so two structurally
equal expressions are one object: equality is identity and costs nothing. Each node also
caches what MLIR recomputes by walking the tree (hash, "symbolic or constant", "pure
affine", largest known divisor, highest dim and symbol position), so every simplification
rule is O(1) and no query recurses.

This module builds nodes as they are (`_raw`); the Python operators on them are MLIR's
simplifying constructors, which live above it in `pyir.affine_expr_rules` (they build with
this module's interning) and fill `BUILDERS` when imported. Import `pyir.affine_expr`,
which loads both.
"""

from __future__ import annotations

import math
import operator
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from pyir.affine_expr_eval import evaluate_nodes
from pyir.affine_expr_kinds import (
    _U64_MASK,
    ADD,
    CEILDIV,
    CONSTANT,
    DIM,
    FLOORDIV,
    MOD,
    MUL,
    SYMBOL,
    AffineExprKind,
    _fits,
    _wrap,
)
from pyir.affine_expr_print import print_expr

#: MLIR's simplifying constructor of each binary kind (`lhs <kind> rhs` -> simplified node),
#: filled by `pyir.affine_expr_rules` when it is imported.
BUILDERS: dict[AffineExprKind, Callable[[AffineExpr, AffineExpr], AffineExpr]] = {}


class AffineExpr:
    """An affine expression node. Build nodes with `dim`, `symbol`, `constant`, operators.

    Invariants: immutable; interned (structurally equal nodes are the same object, so
    `==` is `is`); already simplified by MLIR's construction rules; a multiply has at
    least one symbolic-or-constant operand and a mod/floordiv/ceildiv a symbolic-or-
    constant right operand (MLIR's semi-affine rule); constants fit in int64.

    Python operators build expressions: `+`, `-`, unary `-`, `*`, `%` (MLIR's `mod`),
    `//` (MLIR's `floordiv`), and the methods `floordiv`, `ceildiv`, `mod`. Operands may
    be ints. A non-affine product or divisor raises ValueError with MLIR's message.
    """

    __slots__ = (
        "kind",
        "_hash",
        "_symbolic",
        "_pure",
        "_divisor",
        "_max_dim",
        "_max_symbol",
        "__weakref__",
    )

    kind: AffineExprKind
    _hash: int
    #: True when no dim occurs (MLIR's isSymbolicOrConstant).
    _symbolic: bool
    #: MLIR's isPureAffine: mul/div/mod only by constants.
    _pure: bool
    #: MLIR's getLargestKnownDivisor, an int64 computed with MLIR's wrap-around.
    _divisor: int
    #: Highest dim / symbol position used, -1 if none.
    _max_dim: int
    _max_symbol: int
    # Declared for the type checker; each is stored only by the subclass whose kind has
    # it (dim/symbol: position; constant: value; binary: lhs, rhs). Code reads them after
    # testing `kind`.
    position: int
    value: int
    lhs: AffineExpr
    rhs: AffineExpr

    def __new__(cls, *args: Any) -> AffineExpr:
        raise TypeError("build affine expressions with dim(), symbol(), constant() and operators")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __hash__(self) -> int:
        return self._hash

    # Interned values: copying returns the value itself.
    def __copy__(self) -> AffineExpr:
        return self

    def __deepcopy__(self, memo: dict) -> AffineExpr:
        return self

    def __reduce__(self) -> tuple:
        return (_from_postfix, (_to_postfix(self),))

    # -- queries ---------------------------------------------------------------------
    def is_symbolic_or_constant(self) -> bool:
        """True when no dimension occurs in this expression."""
        return self._symbolic

    def is_pure_affine(self) -> bool:
        """True when every multiply has a constant operand and every divisor is constant."""
        return self._pure

    def largest_known_divisor(self) -> int:
        """MLIR's getLargestKnownDivisor (int64 arithmetic, as MLIR computes it)."""
        return self._divisor

    def is_function_of_dim(self, position: int) -> bool:
        """True when `d<position>` occurs."""
        return any(e.kind is DIM and e.position == position for e in self.nodes())

    def is_function_of_symbol(self, position: int) -> bool:
        """True when `s<position>` occurs."""
        return any(e.kind is SYMBOL and e.position == position for e in self.nodes())

    def nodes(self) -> list[AffineExpr]:
        """Each distinct node once, children before parents. Subexpressions are shared
        (interned), so this can be far smaller than the tree `walk` visits."""
        order: list[AffineExpr] = []
        seen: set[int] = set()
        stack: list[tuple[AffineExpr, bool]] = [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, AffineBinaryExpr):
                stack.append((node, True))
                stack.append((node.rhs, False))
                stack.append((node.lhs, False))
            else:
                order.append(node)
        return order

    def walk(self) -> Iterator[AffineExpr]:
        """Every node once per occurrence, children before parents (post-order)."""
        stack: list[tuple[AffineExpr, bool]] = [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded or not isinstance(node, AffineBinaryExpr):
                yield node
                continue
            stack.append((node, True))
            stack.append((node.rhs, False))
            stack.append((node.lhs, False))

    # -- building --------------------------------------------------------------------
    def __add__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        return NotImplemented if rhs is None else BUILDERS[ADD](self, rhs)

    def __radd__(self, other: int) -> AffineExpr:
        lhs = _coerce(other)
        return NotImplemented if lhs is None else BUILDERS[ADD](lhs, self)

    def __sub__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        if rhs is None:
            return NotImplemented
        if rhs.kind is CONSTANT:
            # A constant is negated as an int64 (wrapping): d0 - (-2^63) is d0 + -2^63,
            # where a negated expression is a multiply by -1 that may stay unfolded.
            return BUILDERS[ADD](self, constant(_wrap(-rhs.value)))
        return BUILDERS[ADD](self, BUILDERS[MUL](rhs, constant(-1)))

    def __rsub__(self, other: int) -> AffineExpr:
        lhs = _coerce(other)
        # MLIR's `int - expr` is `expr * -1 + int`.
        return (
            NotImplemented if lhs is None else BUILDERS[ADD](BUILDERS[MUL](self, constant(-1)), lhs)
        )

    def __neg__(self) -> AffineExpr:
        return BUILDERS[MUL](self, constant(-1))

    def __mul__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        return NotImplemented if rhs is None else BUILDERS[MUL](self, rhs)

    def __rmul__(self, other: int) -> AffineExpr:
        # MLIR's `int * expr` is `expr * int`.
        rhs = _coerce(other)
        return NotImplemented if rhs is None else BUILDERS[MUL](self, rhs)

    def __mod__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        return NotImplemented if rhs is None else BUILDERS[MOD](self, rhs)

    def __rmod__(self, other: int) -> AffineExpr:
        lhs = _coerce(other)
        return NotImplemented if lhs is None else BUILDERS[MOD](lhs, self)

    def __floordiv__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        return NotImplemented if rhs is None else BUILDERS[FLOORDIV](self, rhs)

    def __rfloordiv__(self, other: int) -> AffineExpr:
        lhs = _coerce(other)
        return NotImplemented if lhs is None else BUILDERS[FLOORDIV](lhs, self)

    def floordiv(self, other: AffineExpr | int) -> AffineExpr:
        return BUILDERS[FLOORDIV](self, _coerce_strict(other))

    def ceildiv(self, other: AffineExpr | int) -> AffineExpr:
        return BUILDERS[CEILDIV](self, _coerce_strict(other))

    def mod(self, other: AffineExpr | int) -> AffineExpr:
        return BUILDERS[MOD](self, _coerce_strict(other))

    def replace_dims_and_symbols(
        self, dims: Sequence[AffineExpr] = (), symbols: Sequence[AffineExpr] = ()
    ) -> AffineExpr:
        """Substitute dim i by `dims[i]` and symbol j by `symbols[j]` (positions past the
        end stay), rebuilding with the simplifying constructors as MLIR does."""
        cache: dict[AffineExpr, AffineExpr] = {}
        for node in self.nodes():
            if isinstance(node, AffineBinaryExpr):
                lhs, rhs = cache[node.lhs], cache[node.rhs]
                new = node if lhs is node.lhs and rhs is node.rhs else BUILDERS[node.kind](lhs, rhs)
            elif node.kind is DIM and node.position < len(dims):
                new = dims[node.position]
            elif node.kind is SYMBOL and node.position < len(symbols):
                new = symbols[node.position]
            else:
                new = node
            cache[node] = new
        return cache[self]

    def evaluate(self, dims: Sequence[int] = (), symbols: Sequence[int] = ()) -> int:
        """The value for integer dims and symbols, with exact (unbounded) arithmetic.

        Raises ValueError for a division by zero or a mod by a non-positive value, the
        cases MLIR's constant folder refuses.
        """
        return evaluate_nodes(self.nodes(), dims, symbols)

    # -- printing --------------------------------------------------------------------
    def to_string(
        self, dim_names: Sequence[str] | None = None, symbol_names: Sequence[str] | None = None
    ) -> str:
        """MLIR syntax; dims and symbols print as `dim_names[i]`/`symbol_names[j]` when
        given (as affine ops print SSA operands inside their maps), else `d0`/`s0`."""
        parts: list[str] = []
        print_expr(self, parts, dim_names, symbol_names)
        return "".join(parts)

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"AffineExpr({self.to_string()!r})"


class AffineDimExpr(AffineExpr):
    """Dimension `d<position>`. `AffineDimExpr(i)` is `dim(i)`."""

    __slots__ = ("position",)
    position: int

    def __new__(cls, position: int) -> AffineDimExpr:
        return dim(position)


class AffineSymbolExpr(AffineExpr):
    """Symbol `s<position>`. `AffineSymbolExpr(i)` is `symbol(i)`."""

    __slots__ = ("position",)
    position: int

    def __new__(cls, position: int) -> AffineSymbolExpr:
        return symbol(position)


class AffineConstantExpr(AffineExpr):
    """An int64 constant. `AffineConstantExpr(v)` is `constant(v)`."""

    __slots__ = ("value",)
    value: int

    def __new__(cls, value: int) -> AffineConstantExpr:
        return constant(value)


class AffineBinaryExpr(AffineExpr):
    """`lhs <kind> rhs`. Not constructed directly: use the operators or `binary()`, which
    simplify (the result of `d0 + 0` is not a binary node)."""

    __slots__ = ("lhs", "rhs")
    lhs: AffineExpr
    rhs: AffineExpr

    def __new__(cls, *args: Any) -> AffineBinaryExpr:
        raise TypeError("build binary affine expressions with operators or affine.binary()")


# -- interning ----------------------------------------------------------------------
# Dims and symbols are few and live for the process, like MLIR's context-owned ones.
# Constants and binary nodes are held weakly: a node lives while something uses it, and
# a key's strong references to the children keep the identity-based keys valid.
_DIMS: dict[int, AffineDimExpr] = {}
_SYMBOLS: dict[int, AffineSymbolExpr] = {}
_CONSTANTS: weakref.WeakValueDictionary[int, AffineConstantExpr] = weakref.WeakValueDictionary()
_BINARIES: weakref.WeakValueDictionary[tuple, AffineBinaryExpr] = weakref.WeakValueDictionary()

_set = object.__setattr__


def _init_leaf(
    node: AffineExpr, kind: AffineExprKind, symbolic: bool, divisor: int, md: int, ms: int
) -> None:
    _set(node, "kind", kind)
    _set(node, "_symbolic", symbolic)
    _set(node, "_pure", True)
    _set(node, "_divisor", divisor)
    _set(node, "_max_dim", md)
    _set(node, "_max_symbol", ms)


def _as_int(value: object, what: str) -> int:
    """`value` as a plain int: ints and integer-like values (numpy integers) but not bool,
    which would otherwise hash equal to 0 and 1 in the interning tables."""
    if type(value) is int:
        return value
    if isinstance(value, bool) or not hasattr(type(value), "__index__"):
        raise ValueError(f"{what} must be an int, got {value!r}")
    return operator.index(value)  # type: ignore[call-overload]


def dim(position: int) -> AffineDimExpr:
    """The dimension `d<position>`."""
    position = _as_int(position, "dimension position")
    node = _DIMS.get(position)
    if node is None:
        if position < 0:
            raise ValueError(f"dimension position must be non-negative, got {position}")
        node = object.__new__(AffineDimExpr)
        _init_leaf(node, DIM, False, 1, position, -1)
        _set(node, "position", position)
        _set(node, "_hash", hash((DIM, position)))
        _DIMS[position] = node
    return node


def symbol(position: int) -> AffineSymbolExpr:
    """The symbol `s<position>`."""
    position = _as_int(position, "symbol position")
    node = _SYMBOLS.get(position)
    if node is None:
        if position < 0:
            raise ValueError(f"symbol position must be non-negative, got {position}")
        node = object.__new__(AffineSymbolExpr)
        _init_leaf(node, SYMBOL, True, 1, -1, position)
        _set(node, "position", position)
        _set(node, "_hash", hash((SYMBOL, position)))
        _SYMBOLS[position] = node
    return node


def constant(value: int) -> AffineConstantExpr:
    """The constant `value`; ValueError unless it fits in int64, as MLIR's are."""
    value = _as_int(value, "affine constant")
    node = _CONSTANTS.get(value)
    if node is None:
        if not _fits(value):
            raise ValueError(f"affine constant {value} does not fit in a signed 64-bit integer")
        node = object.__new__(AffineConstantExpr)
        _init_leaf(node, CONSTANT, True, _wrap(abs(value)), -1, -1)
        _set(node, "value", value)
        _set(node, "_hash", hash((CONSTANT, value)))
        _CONSTANTS[value] = node
    return node


def _raw(kind: AffineExprKind, lhs: AffineExpr, rhs: AffineExpr) -> AffineBinaryExpr:
    """The interned binary node, without simplification."""
    key = (kind, lhs, rhs)
    node = _BINARIES.get(key)
    if node is not None:
        return node
    node = object.__new__(AffineBinaryExpr)
    _set(node, "kind", kind)
    _set(node, "lhs", lhs)
    _set(node, "rhs", rhs)
    _set(node, "_hash", hash((kind, lhs._hash, rhs._hash)))
    _set(node, "_symbolic", lhs._symbolic and rhs._symbolic)
    rconst = rhs.kind is CONSTANT
    if kind is ADD:
        pure = lhs._pure and rhs._pure
    elif kind is MUL:
        pure = lhs._pure and rhs._pure and (rconst or lhs.kind is CONSTANT)
    else:
        pure = lhs._pure and rconst
    _set(node, "_pure", pure)
    _set(node, "_divisor", _binary_divisor(kind, lhs, rhs))
    _set(node, "_max_dim", max(lhs._max_dim, rhs._max_dim))
    _set(node, "_max_symbol", max(lhs._max_symbol, rhs._max_symbol))
    _BINARIES[key] = node
    return node


def _raw_commutative(kind: AffineExprKind, lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr:
    """An add or mul of two dims/symbols puts dims first, then lower positions first
    (s1 * s0 -> s0 * s1), as MLIR does since its commutative-ordering change."""
    if (
        (lhs.kind is DIM or lhs.kind is SYMBOL)
        and (rhs.kind is DIM or rhs.kind is SYMBOL)
        and (lhs.kind is SYMBOL, lhs.position) > (rhs.kind is SYMBOL, rhs.position)
    ):
        lhs, rhs = rhs, lhs
    return _raw(kind, lhs, rhs)


def _binary_divisor(kind: AffineExprKind, lhs: AffineExpr, rhs: AffineExpr) -> int:
    # MLIR computes these in int64/uint64 and lets them wrap; so do we, so that the rules
    # that test divisibility fire exactly when MLIR's do.
    if kind is MUL:
        return _wrap(lhs._divisor * rhs._divisor)
    if kind is ADD or kind is MOD:
        return _wrap(math.gcd(lhs._divisor & _U64_MASK, rhs._divisor & _U64_MASK))
    # floordiv/ceildiv by a constant c: (k * x) / c is a multiple of k / c when c | k.
    if rhs.kind is CONSTANT and rhs.value != 0:
        c = rhs.value
        if lhs._divisor % c == 0:
            return _wrap(abs(lhs._divisor // c))
    return 1


def _coerce(value: object) -> AffineExpr | None:
    if isinstance(value, AffineExpr):
        return value
    if type(value) is int or (not isinstance(value, bool) and hasattr(type(value), "__index__")):
        return constant(value)  # type: ignore[arg-type]
    return None


def _coerce_strict(value: object) -> AffineExpr:
    expr = _coerce(value)
    if expr is None:
        raise TypeError(f"expected an AffineExpr or int, got {type(value).__name__}")
    return expr


# -- simplifying constructors (MLIR's AffineExpr operators) ---------------------------


# -- flat encoding: pickling without recursion ----------------------------------------
def _to_postfix(expr: AffineExpr) -> tuple:
    """The distinct nodes, children first; a binary node names its operands by index."""
    index: dict[int, int] = {}
    out: list[tuple] = []
    for node in expr.nodes():
        kind = node.kind
        if kind is CONSTANT:
            out.append(("c", node.value))
        elif kind is DIM:
            out.append(("d", node.position))
        elif kind is SYMBOL:
            out.append(("s", node.position))
        else:
            out.append((kind.value, index[id(node.lhs)], index[id(node.rhs)]))
        index[id(node)] = len(out) - 1
    return tuple(out)


def _from_postfix(items: tuple) -> AffineExpr:
    # Rebuilt raw: every node was simplified when first built, and re-simplifying could
    # rewrite nodes that MLIR's rules built directly (such as overflowing constant sums).
    leaves = {"c": constant, "d": dim, "s": symbol}
    built: list[AffineExpr] = []
    for item in items:
        if len(item) == 2:
            built.append(leaves[item[0]](item[1]))
        else:
            built.append(_raw(AffineExprKind(item[0]), built[item[1]], built[item[2]]))
    return built[-1]


# Pickles name the public module, which loads the rules that make the operators work (and
# keeps the name that pickles made before the split used).
_from_postfix.__module__ = "pyir.affine_expr"
