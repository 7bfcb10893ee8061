"""MLIR's affine expressions, as immutable interned values.

Layout: an `AffineExpr` is a node of a DAG. A dim (`d0`) or symbol (`s0`) node holds a
position, a constant node an int64 value, a binary node (add, mul, mod, floordiv,
ceildiv) a kind and two children. Every node is interned when built, so two structurally
equal expressions are one object: equality is identity and costs nothing. Each node also
caches what MLIR recomputes by walking the tree (hash, "symbolic or constant", "pure
affine", largest known divisor, highest dim and symbol position), so every simplification
rule is O(1) and no query recurses.

Construction simplifies exactly as MLIR's `AffineExpr` operators do (the same rules, in
the same order, with the same int64 overflow behaviour), because MLIR's parser builds
expressions with those operators: building `2 * d0 + d1 - s0` here gives the tree that
`mlir-opt` prints as `d0 * 2 + d1 - s0`. Printing follows MLIR's printer, parentheses and
`-` spellings included. Deep expressions are printed, walked and rebuilt with explicit
stacks, never with recursion. Maps and sets over these expressions live in `pyir.affine`.
"""

from __future__ import annotations

import enum
import math
import operator
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = [
    "AffineBinaryExpr",
    "AffineConstantExpr",
    "AffineDimExpr",
    "AffineExpr",
    "AffineExprKind",
    "binary",
    "ceildiv",
    "constant",
    "dim",
    "floordiv",
    "symbol",
]

_I64_MIN = -(1 << 63)
_I64_MAX = (1 << 63) - 1
_U64_MASK = (1 << 64) - 1

_MUL_ERROR = (
    "non-affine expression: at least one of the multiply operands has to be either a "
    "constant or symbolic"
)


def _rhs_error(op: str) -> str:
    return f"non-affine expression: right operand of {op} has to be either a constant or symbolic"


def _wrap(value: int) -> int:
    """Two's-complement int64 wrap: MLIR folds some constants without overflow checks."""
    return ((value - _I64_MIN) & _U64_MASK) + _I64_MIN


def _fits(value: int) -> bool:
    return _I64_MIN <= value <= _I64_MAX


class AffineExprKind(enum.Enum):
    """The eight node kinds; the value of a binary kind is its spelling in MLIR syntax."""

    ADD = "+"
    MUL = "*"
    MOD = "mod"
    FLOORDIV = "floordiv"
    CEILDIV = "ceildiv"
    CONSTANT = "constant"
    DIM = "dim"
    SYMBOL = "symbol"


ADD = AffineExprKind.ADD
MUL = AffineExprKind.MUL
MOD = AffineExprKind.MOD
FLOORDIV = AffineExprKind.FLOORDIV
CEILDIV = AffineExprKind.CEILDIV
CONSTANT = AffineExprKind.CONSTANT
DIM = AffineExprKind.DIM
SYMBOL = AffineExprKind.SYMBOL

_SPELLING = {MUL: " * ", MOD: " mod ", FLOORDIV: " floordiv ", CEILDIV: " ceildiv "}


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
        return NotImplemented if rhs is None else _add(self, rhs)

    def __radd__(self, other: int) -> AffineExpr:
        lhs = _coerce(other)
        return NotImplemented if lhs is None else _add(lhs, self)

    def __sub__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        if rhs is None:
            return NotImplemented
        if rhs.kind is CONSTANT:
            # A constant is negated as an int64 (wrapping): d0 - (-2^63) is d0 + -2^63,
            # where a negated expression is a multiply by -1 that may stay unfolded.
            return _add(self, constant(_wrap(-rhs.value)))
        return _add(self, _mul(rhs, constant(-1)))

    def __rsub__(self, other: int) -> AffineExpr:
        lhs = _coerce(other)
        # MLIR's `int - expr` is `expr * -1 + int`.
        return NotImplemented if lhs is None else _add(_mul(self, constant(-1)), lhs)

    def __neg__(self) -> AffineExpr:
        return _mul(self, constant(-1))

    def __mul__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        return NotImplemented if rhs is None else _mul(self, rhs)

    def __rmul__(self, other: int) -> AffineExpr:
        # MLIR's `int * expr` is `expr * int`.
        rhs = _coerce(other)
        return NotImplemented if rhs is None else _mul(self, rhs)

    def __mod__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        return NotImplemented if rhs is None else _mod(self, rhs)

    def __rmod__(self, other: int) -> AffineExpr:
        lhs = _coerce(other)
        return NotImplemented if lhs is None else _mod(lhs, self)

    def __floordiv__(self, other: AffineExpr | int) -> AffineExpr:
        rhs = _coerce(other)
        return NotImplemented if rhs is None else _floordiv(self, rhs)

    def __rfloordiv__(self, other: int) -> AffineExpr:
        lhs = _coerce(other)
        return NotImplemented if lhs is None else _floordiv(lhs, self)

    def floordiv(self, other: AffineExpr | int) -> AffineExpr:
        return _floordiv(self, _coerce_strict(other))

    def ceildiv(self, other: AffineExpr | int) -> AffineExpr:
        return _ceildiv(self, _coerce_strict(other))

    def mod(self, other: AffineExpr | int) -> AffineExpr:
        return _mod(self, _coerce_strict(other))

    def replace_dims_and_symbols(
        self, dims: Sequence[AffineExpr] = (), symbols: Sequence[AffineExpr] = ()
    ) -> AffineExpr:
        """Substitute dim i by `dims[i]` and symbol j by `symbols[j]` (positions past the
        end stay), rebuilding with the simplifying constructors as MLIR does."""
        cache: dict[AffineExpr, AffineExpr] = {}
        for node in self.nodes():
            if isinstance(node, AffineBinaryExpr):
                lhs, rhs = cache[node.lhs], cache[node.rhs]
                new = node if lhs is node.lhs and rhs is node.rhs else binary(node.kind, lhs, rhs)
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
        values: dict[AffineExpr, int] = {}
        for node in self.nodes():
            kind = node.kind
            if kind is CONSTANT:
                values[node] = node.value
            elif kind is DIM:
                values[node] = dims[node.position]
            elif kind is SYMBOL:
                values[node] = symbols[node.position]
            else:
                a = values[node.lhs]
                b = values[node.rhs]
                if kind is ADD:
                    values[node] = a + b
                elif kind is MUL:
                    values[node] = a * b
                elif kind is MOD:
                    if b < 1:
                        raise ValueError(f"affine mod by non-positive value {b}")
                    values[node] = a % b
                else:
                    if b == 0:
                        raise ValueError("affine division by zero")
                    values[node] = a // b if kind is FLOORDIV else -(-a // b)
        return values[self]

    # -- printing --------------------------------------------------------------------
    def to_string(
        self, dim_names: Sequence[str] | None = None, symbol_names: Sequence[str] | None = None
    ) -> str:
        """MLIR syntax; dims and symbols print as `dim_names[i]`/`symbol_names[j]` when
        given (as affine ops print SSA operands inside their maps), else `d0`/`s0`."""
        parts: list[str] = []
        _print_expr(self, parts, dim_names, symbol_names)
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


_BUILDERS: dict[AffineExprKind, Callable[[AffineExpr, AffineExpr], AffineExpr]] = {
    ADD: _add,
    MUL: _mul,
    MOD: _mod,
    FLOORDIV: _floordiv,
    CEILDIV: _ceildiv,
}


def binary(kind: AffineExprKind, lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs <kind> rhs`, simplified (MLIR's getAffineBinaryOpExpr)."""
    builder = _BUILDERS.get(kind)
    if builder is None:
        raise ValueError(f"{kind} is not a binary affine expression kind")
    return builder(_coerce_strict(lhs), _coerce_strict(rhs))


def floordiv(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    return _floordiv(_coerce_strict(lhs), _coerce_strict(rhs))


def ceildiv(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    return _ceildiv(_coerce_strict(lhs), _coerce_strict(rhs))


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


# -- printing ------------------------------------------------------------------------
def _print_expr(
    expr: AffineExpr,
    parts: list[str],
    dim_names: Sequence[str] | None,
    symbol_names: Sequence[str] | None,
) -> None:
    """Append MLIR's spelling of `expr`. Work items are strings or (expr, strong) pairs,
    where `strong` means the context binds tighter than `+` so a non-leaf needs parens."""
    stack: list[Any] = [(expr, False)]
    append = parts.append
    while stack:
        item = stack.pop()
        if type(item) is str:
            append(item)
            continue
        node, strong = item
        kind = node.kind
        if kind is DIM:
            append(dim_names[node.position] if dim_names is not None else f"d{node.position}")
            continue
        if kind is SYMBOL:
            pos = node.position
            append(symbol_names[pos] if symbol_names is not None else f"s{pos}")
            continue
        if kind is CONSTANT:
            append(str(node.value))
            continue
        lhs, rhs = node.lhs, node.rhs
        if kind is not ADD:
            if kind is MUL and rhs.kind is CONSTANT and rhs.value == -1:
                seq: list[Any] = ["-", (lhs, True)]
            else:
                seq = [(lhs, True), _SPELLING[kind], (rhs, True)]
        elif rhs.kind is MUL and rhs.rhs.kind is CONSTANT and rhs.rhs.value < 0:
            # x + y * -1 prints as x - y, and x + y * -c as x - y * c.
            c = rhs.rhs.value
            if c == -1:
                seq = [(lhs, False), " - ", (rhs.lhs, rhs.lhs.kind is ADD)]
            else:
                seq = [(lhs, False), " - ", (rhs.lhs, True), f" * {-c}"]
        elif rhs.kind is CONSTANT and rhs.value < 0:
            seq = [(lhs, False), f" - {-rhs.value}"]
        else:
            seq = [(lhs, False), " + ", (rhs, False)]
        if strong:
            stack.append(")")
            stack.extend(reversed(seq))
            stack.append("(")
        else:
            stack.extend(reversed(seq))
