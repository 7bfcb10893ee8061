"""MLIR's affine maps and integer sets over the affine expressions of `pyir.affine_expr`.

Layout: an `AffineMap` holds `num_dims`, `num_symbols` and a tuple of result expressions;
an `IntegerSet` holds `num_dims`, `num_symbols`, a tuple of constraint expressions and a
parallel tuple of equality flags (`expr == 0` when set, else `expr >= 0`). Both are plain
immutable values with structural equality and a cached hash; the expressions inside them
are the interned DAG nodes of `pyir.affine_expr`, so comparing two maps compares their
results by identity. `AffineMapAttr` and `IntegerSetAttr` wrap them as builtin
attributes. `AffineParseScope` is the small name-binding helper a parser uses to turn
`(i, j)[n]` into d0, d1, s0.

The expression API (`AffineExpr`, its node classes and the `dim`/`symbol`/`constant`/
`binary`/`floordiv`/`ceildiv` constructors) is re-exported here, so `pyir.affine` remains
the one import for all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

# Besides what this module uses and `__all__` lists, the import re-exports names that
# pyir.affine had before the expressions moved out: the kind aliases, and `_from_postfix`,
# which pickles of AffineExpr made before the split refer to as pyir.affine._from_postfix.
from pyir.affine_expr import (
    ADD,  # noqa: F401
    CEILDIV,  # noqa: F401
    CONSTANT,
    DIM,
    FLOORDIV,  # noqa: F401
    MOD,  # noqa: F401
    MUL,  # noqa: F401
    SYMBOL,
    AffineBinaryExpr,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
    AffineExprKind,
    AffineSymbolExpr,
    _coerce_strict,
    _from_postfix,  # noqa: F401
    _set,
    binary,
    ceildiv,
    constant,
    dim,
    floordiv,
    symbol,
)
from pyir.attributes import Attribute

__all__ = [
    "AffineBinaryExpr",
    "AffineConstantExpr",
    "AffineDimExpr",
    "AffineExpr",
    "AffineExprKind",
    "AffineMap",
    "AffineMapAttr",
    "AffineParseScope",
    "AffineSymbolExpr",
    "IntegerSet",
    "IntegerSetAttr",
    "binary",
    "ceildiv",
    "constant",
    "dim",
    "floordiv",
    "symbol",
]


def _print_header(num_dims: int, num_symbols: int) -> str:
    text = "(" + ", ".join(f"d{i}" for i in range(num_dims)) + ")"
    if num_symbols:
        text += "[" + ", ".join(f"s{i}" for i in range(num_symbols)) + "]"
    return text


def _check_count(value: int, what: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"number of {what} must be a non-negative int, got {value!r}")


def _check_exprs(
    exprs: Iterable[object], num_dims: int, num_symbols: int, what: str
) -> tuple[AffineExpr, ...]:
    checked = tuple(exprs)
    for i, expr in enumerate(checked):
        if not isinstance(expr, AffineExpr):
            raise ValueError(f"{what} {i} is not an AffineExpr: {expr!r}")
        if expr._max_dim >= num_dims:
            raise ValueError(f"{what} {i} uses d{expr._max_dim} but there are {num_dims} dims")
        if expr._max_symbol >= num_symbols:
            raise ValueError(
                f"{what} {i} uses s{expr._max_symbol} but there are {num_symbols} symbols"
            )
    return checked


# -- affine maps ---------------------------------------------------------------------
class AffineMap:
    """`(d0, ..., d<n-1>)[s0, ...] -> (result, ...)`: a function from dims and symbols to
    a tuple of affine expressions.

    Invariants: immutable and hashable; `results` is a tuple of AffineExpr that use only
    dims below `num_dims` and symbols below `num_symbols`; equality is structural.
    """

    __slots__ = ("num_dims", "num_symbols", "results", "_hash")
    num_dims: int
    num_symbols: int
    results: tuple[AffineExpr, ...]

    def __init__(self, num_dims: int, num_symbols: int, results: Iterable[AffineExpr]) -> None:
        _check_count(num_dims, "dims")
        _check_count(num_symbols, "symbols")
        checked = _check_exprs(results, num_dims, num_symbols, "affine map result")
        _set(self, "num_dims", num_dims)
        _set(self, "num_symbols", num_symbols)
        _set(self, "results", checked)
        _set(self, "_hash", hash((AffineMap, num_dims, num_symbols, checked)))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("AffineMap is immutable")

    def __eq__(self, other: object) -> bool:
        return self is other or (
            type(other) is AffineMap
            and self._hash == other._hash
            and self.num_dims == other.num_dims
            and self.num_symbols == other.num_symbols
            and self.results == other.results
        )

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple:
        return (AffineMap, (self.num_dims, self.num_symbols, self.results))

    # -- builders --------------------------------------------------------------------
    @classmethod
    def identity(cls, num_dims: int, num_symbols: int = 0) -> AffineMap:
        """`(d0, ..., dn-1) -> (d0, ..., dn-1)` (MLIR's getMultiDimIdentityMap)."""
        return cls(num_dims, num_symbols, [dim(i) for i in range(num_dims)])

    @classmethod
    def constant_map(cls, value: int) -> AffineMap:
        """`() -> (value)`."""
        return cls(0, 0, [constant(value)])

    @classmethod
    def empty(cls, num_dims: int = 0, num_symbols: int = 0) -> AffineMap:
        """A map with no results, e.g. `(d0) -> ()`."""
        return cls(num_dims, num_symbols, ())

    @classmethod
    def permutation(cls, permutation: Sequence[int]) -> AffineMap:
        """`(d0, d1, d2) -> (d<p0>, d<p1>, d<p2>)` for a permutation p of range(n)."""
        if sorted(permutation) != list(range(len(permutation))):
            raise ValueError(f"not a permutation: {list(permutation)}")
        return cls(len(permutation), 0, [dim(p) for p in permutation])

    # -- queries ---------------------------------------------------------------------
    @property
    def num_results(self) -> int:
        return len(self.results)

    @property
    def num_inputs(self) -> int:
        return self.num_dims + self.num_symbols

    def get_result(self, index: int) -> AffineExpr:
        return self.results[index]

    def is_identity(self) -> bool:
        """Result i is d<i> for every i and there are as many results as dims."""
        if self.num_dims != len(self.results):
            return False
        return all(r.kind is DIM and r.position == i for i, r in enumerate(self.results))

    def is_empty(self) -> bool:
        return not self.results

    def is_constant(self) -> bool:
        return all(r.kind is CONSTANT for r in self.results)

    def is_single_constant(self) -> bool:
        return len(self.results) == 1 and self.results[0].kind is CONSTANT

    def get_constant_results(self) -> tuple[int, ...]:
        if not self.is_constant():
            raise ValueError(f"affine map {self} has non-constant results")
        return tuple(r.value for r in self.results)

    def is_projected_permutation(self, allow_zero_in_results: bool = False) -> bool:
        """No symbols, and every result is a distinct dim (or the constant 0 if allowed)."""
        if self.num_symbols:
            return False
        seen: set[int] = set()
        for r in self.results:
            if r.kind is DIM:
                if r.position in seen:
                    return False
                seen.add(r.position)
            elif not (allow_zero_in_results and r.kind is CONSTANT and r.value == 0):
                return False
        return True

    def is_permutation(self) -> bool:
        return self.num_dims == len(self.results) and self.is_projected_permutation()

    def get_permutation(self) -> tuple[int, ...]:
        """The positions p with result i == d<p[i]>; ValueError unless a permutation."""
        if not self.is_permutation():
            raise ValueError(f"affine map {self} is not a permutation")
        return tuple(r.position for r in self.results)

    # -- transforms ------------------------------------------------------------------
    def replace_dims_and_symbols(
        self,
        dims: Sequence[AffineExpr],
        symbols: Sequence[AffineExpr],
        num_dims: int,
        num_symbols: int,
    ) -> AffineMap:
        """Substitute in every result; the new map has `num_dims` dims, `num_symbols`
        symbols."""
        return AffineMap(
            num_dims,
            num_symbols,
            [r.replace_dims_and_symbols(dims, symbols) for r in self.results],
        )

    def compose(self, other: AffineMap) -> AffineMap:
        """`self ∘ other`: feeds `other`'s results into `self`'s dims (MLIR's compose).

        The result has `other`'s dims and `self`'s symbols followed by `other`'s.
        """
        if len(other.results) != self.num_dims:
            raise ValueError(
                f"cannot compose {self} with {other}: {len(other.results)} results "
                f"for {self.num_dims} dims"
            )
        shift = [symbol(self.num_symbols + i) for i in range(other.num_symbols)]
        fed = [r.replace_dims_and_symbols((), shift) for r in other.results]
        return self.replace_dims_and_symbols(
            fed,
            [symbol(i) for i in range(self.num_symbols)],
            other.num_dims,
            self.num_symbols + other.num_symbols,
        )

    def evaluate(self, dims: Sequence[int] = (), symbols: Sequence[int] = ()) -> tuple[int, ...]:
        """Every result for integer inputs (see `AffineExpr.evaluate`)."""
        if len(dims) != self.num_dims or len(symbols) != self.num_symbols:
            raise ValueError(
                f"affine map {self} takes {self.num_dims} dims and {self.num_symbols} "
                f"symbols, got {len(dims)} and {len(symbols)}"
            )
        return tuple(r.evaluate(dims, symbols) for r in self.results)

    # -- printing --------------------------------------------------------------------
    def __str__(self) -> str:
        results = ", ".join(r.to_string() for r in self.results)
        return f"{_print_header(self.num_dims, self.num_symbols)} -> ({results})"

    def __repr__(self) -> str:
        return f"AffineMap({str(self)!r})"


# -- integer sets --------------------------------------------------------------------
class IntegerSet:
    """`(d0, ...)[s0, ...] : (c0 >= 0, c1 == 0, ...)`: the integer points satisfying every
    constraint, each an affine expression compared with zero.

    Invariants: immutable and hashable; at least one constraint (an empty list given to
    the constructor becomes `0 == 0`, the always-true set, as MLIR's parser makes it);
    `eq_flags[i]` says whether constraint i is an equality; constraints use only dims
    below `num_dims` and symbols below `num_symbols`; equality is structural.
    """

    __slots__ = ("num_dims", "num_symbols", "constraints", "eq_flags", "_hash")
    num_dims: int
    num_symbols: int
    constraints: tuple[AffineExpr, ...]
    eq_flags: tuple[bool, ...]

    def __init__(
        self,
        num_dims: int,
        num_symbols: int,
        constraints: Iterable[AffineExpr],
        eq_flags: Iterable[bool] | None = None,
    ) -> None:
        _check_count(num_dims, "dims")
        _check_count(num_symbols, "symbols")
        checked = _check_exprs(constraints, num_dims, num_symbols, "integer set constraint")
        flags = (False,) * len(checked) if eq_flags is None else tuple(bool(f) for f in eq_flags)
        if len(flags) != len(checked):
            raise ValueError(
                f"integer set has {len(checked)} constraints but {len(flags)} equality flags"
            )
        if not checked:
            checked, flags = (constant(0),), (True,)
        _set(self, "num_dims", num_dims)
        _set(self, "num_symbols", num_symbols)
        _set(self, "constraints", checked)
        _set(self, "eq_flags", flags)
        _set(self, "_hash", hash((IntegerSet, num_dims, num_symbols, checked, flags)))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("IntegerSet is immutable")

    def __eq__(self, other: object) -> bool:
        return self is other or (
            type(other) is IntegerSet
            and self._hash == other._hash
            and self.num_dims == other.num_dims
            and self.num_symbols == other.num_symbols
            and self.constraints == other.constraints
            and self.eq_flags == other.eq_flags
        )

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple:
        return (IntegerSet, (self.num_dims, self.num_symbols, self.constraints, self.eq_flags))

    @classmethod
    def empty(cls, num_dims: int = 0, num_symbols: int = 0) -> IntegerSet:
        """The set with no points, `1 == 0` (MLIR's getEmptySet)."""
        return cls(num_dims, num_symbols, [constant(1)], [True])

    def is_empty_integer_set(self) -> bool:
        """True for the canonical empty set `1 == 0` (MLIR's isEmptyIntegerSet)."""
        return (
            len(self.constraints) == 1
            and self.eq_flags[0]
            and self.constraints[0].kind is CONSTANT
            and self.constraints[0].value != 0
        )

    @property
    def num_constraints(self) -> int:
        return len(self.constraints)

    @property
    def num_equalities(self) -> int:
        return sum(self.eq_flags)

    @property
    def num_inequalities(self) -> int:
        return len(self.eq_flags) - sum(self.eq_flags)

    @property
    def num_inputs(self) -> int:
        return self.num_dims + self.num_symbols

    def get_constraint(self, index: int) -> AffineExpr:
        return self.constraints[index]

    def is_eq(self, index: int) -> bool:
        return self.eq_flags[index]

    def contains(self, dims: Sequence[int] = (), symbols: Sequence[int] = ()) -> bool:
        """Whether the integer point satisfies every constraint."""
        for expr, is_eq in zip(self.constraints, self.eq_flags):
            value = expr.evaluate(dims, symbols)
            if value != 0 if is_eq else value < 0:
                return False
        return True

    def __str__(self) -> str:
        constraints = ", ".join(
            f"{c.to_string()} {'==' if eq else '>='} 0"
            for c, eq in zip(self.constraints, self.eq_flags)
        )
        return f"{_print_header(self.num_dims, self.num_symbols)} : ({constraints})"

    def __repr__(self) -> str:
        return f"IntegerSet({str(self)!r})"


# -- attributes ----------------------------------------------------------------------
class AffineMapAttr(Attribute):
    """`affine_map<...>`: an AffineMap as an attribute. Invariant: `value` is an AffineMap."""

    __slots__ = ("value",)
    kind = "builtin.affine_map"
    value: AffineMap

    def __init__(self, value: AffineMap) -> None:
        if not isinstance(value, AffineMap):
            raise ValueError(f"expected an AffineMap, got {value!r}")
        self.value = value
        self._freeze()

    @property
    def map(self) -> AffineMap:
        return self.value

    def print(self, printer: Any) -> None:
        printer.write(f"affine_map<{self.value}>")


class IntegerSetAttr(Attribute):
    """`affine_set<...>`: an IntegerSet as an attribute. Invariant: `value` is an
    IntegerSet."""

    __slots__ = ("value",)
    kind = "builtin.integer_set"
    value: IntegerSet

    def __init__(self, value: IntegerSet) -> None:
        if not isinstance(value, IntegerSet):
            raise ValueError(f"expected an IntegerSet, got {value!r}")
        self.value = value
        self._freeze()

    @property
    def set(self) -> IntegerSet:
        return self.value

    def print(self, printer: Any) -> None:
        printer.write(f"affine_set<{self.value}>")


# -- parsing helper ------------------------------------------------------------------
class AffineParseScope:
    """The identifiers bound by a map or set header such as `(i, j)[n]`: the i-th dim
    name means `dim(i)`, the j-th symbol name `symbol(j)`.

    Invariant: names are unique across dims and symbols (ValueError "redefinition of
    identifier 'x'" otherwise, MLIR's message). Expressions are then built with the
    ordinary operators, which raise MLIR's non-affine errors.
    """

    __slots__ = ("num_dims", "num_symbols", "_names")

    def __init__(self, dim_names: Sequence[str] = (), symbol_names: Sequence[str] = ()) -> None:
        self._names: dict[str, AffineExpr] = {}
        for i, name in enumerate(dim_names):
            self._bind(name, dim(i))
        for i, name in enumerate(symbol_names):
            self._bind(name, symbol(i))
        self.num_dims = len(dim_names)
        self.num_symbols = len(symbol_names)

    def _bind(self, name: str, expr: AffineExpr) -> None:
        if name in self._names:
            raise ValueError(f"redefinition of identifier '{name}'")
        self._names[name] = expr

    def lookup(self, name: str) -> AffineExpr:
        """The dim or symbol bound to `name`."""
        try:
            return self._names[name]
        except KeyError:
            raise ValueError("use of undeclared identifier") from None

    def dim(self, name: str) -> AffineExpr:
        """The dim bound to `name`; ValueError if unbound or a symbol."""
        expr = self.lookup(name)
        if expr.kind is not DIM:
            raise ValueError(f"'{name}' is a symbol, not a dimension")
        return expr

    def symbol(self, name: str) -> AffineExpr:
        """The symbol bound to `name`; ValueError if unbound or a dim."""
        expr = self.lookup(name)
        if expr.kind is not SYMBOL:
            raise ValueError(f"'{name}' is a dimension, not a symbol")
        return expr

    @staticmethod
    def constraint(
        lhs: AffineExpr | int, op: str, rhs: AffineExpr | int
    ) -> tuple[AffineExpr, bool]:
        """`lhs >= rhs`, `lhs <= rhs` or `lhs == rhs` as (expression, is_equality) against
        zero, normalised as MLIR's parser does: `a >= b` is `a - b >= 0`, `a <= b` is
        `b - a >= 0`, `a == b` is `a - b == 0`."""
        a, b = _coerce_strict(lhs), _coerce_strict(rhs)
        if op == ">=":
            return a - b, False
        if op == "<=":
            return b - a, False
        if op == "==":
            return a - b, True
        raise ValueError(f"expected '>=', '<=' or '==' in an affine constraint, got {op!r}")

    def make_map(self, results: Iterable[AffineExpr]) -> AffineMap:
        return AffineMap(self.num_dims, self.num_symbols, results)

    def make_set(self, constraints: Iterable[tuple[AffineExpr, bool]]) -> IntegerSet:
        """From (expression, is_equality) pairs; none at all gives MLIR's `0 == 0`."""
        pairs = list(constraints)
        return IntegerSet(
            self.num_dims, self.num_symbols, [e for e, _ in pairs], [eq for _, eq in pairs]
        )
