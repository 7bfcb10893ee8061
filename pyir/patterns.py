"""Rewrite patterns and the sets drivers apply them from.

A pattern matches ops of one name (`root = "arith.addi"`), ops with a trait or interface
(`root = Commutative`, a Trait class), or any op (`root = None`). Its `benefit` orders
it against the other patterns that may apply to the same op: higher first, then the
order of addition. `match_and_rewrite(op, rewriter)` returns True when it changed the IR,
which it must do only through the rewriter, and False (having changed nothing) when it
does not apply.

`PatternSet.freeze()` indexes the patterns once: drivers ask `patterns_for(op)` and get the
few patterns that can apply, looked up by op name and cached per op class.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from pyir.core import Operation


class RewritePattern:
    """One rewrite. Invariants: `benefit` is a non-negative int; `root` is an op name, a
    Trait class, or None (any op); `name` names the pattern in debug output."""

    root: ClassVar[Any] = None
    benefit: ClassVar[int] = 1
    #: (operand index, op name) pairs that must all hold for the pattern to match: the
    #: operand is a result of an op of that name. The greedy driver checks them before
    #: calling `match_and_rewrite`, which must not rely on that check.
    operand_producers: tuple[tuple[int, str], ...] = ()
    #: Names in `--debug-rewrites` output; the class name when empty.
    name: ClassVar[str] = ""

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        raise NotImplementedError(f"{type(self).__name__}.match_and_rewrite")

    @property
    def debug_name(self) -> str:
        return self.name or type(self).__name__

    def __repr__(self) -> str:
        return f"<pattern {self.debug_name} on {self.root_description}>"

    @property
    def root_description(self) -> str:
        root = self.root
        if root is None:
            return "any op"
        if isinstance(root, str):
            return f"'{root}'"
        return getattr(root, "__name__", str(root))


class PatternSet:
    """Patterns being collected; `freeze()` makes the indexed set drivers use."""

    def __init__(self, patterns: Iterable[Any] = ()) -> None:
        self.patterns: list[RewritePattern] = []
        self.add(*patterns)

    def add(self, *patterns: Any) -> PatternSet:
        """Add pattern instances (or classes, instantiated without arguments)."""
        for p in patterns:
            if isinstance(p, type):
                p = p()
            if not isinstance(p, RewritePattern):
                raise TypeError(f"not a RewritePattern: {p!r}")
            if not isinstance(p.benefit, int) or p.benefit < 0:
                raise ValueError(f"{p.debug_name}: benefit must be a non-negative int")
            self.patterns.append(p)
        return self

    def freeze(self) -> FrozenPatternSet:
        return FrozenPatternSet(self.patterns)


_NONE: tuple = ()


class FrozenPatternSet:
    """Patterns indexed by root. `patterns_for(op)` is a dict lookup after the first op of
    each name (the list for an op class is built once: its name's patterns, those of its
    traits, and the any-op ones, by decreasing benefit)."""

    def __init__(self, patterns: Iterable[RewritePattern]) -> None:
        self.patterns = tuple(patterns)
        self._by_name: dict[str, list[tuple[int, int, RewritePattern]]] = {}
        self._by_trait: list[tuple[int, int, RewritePattern]] = []
        self._any: list[tuple[int, int, RewritePattern]] = []
        for order, p in enumerate(self.patterns):
            entry = (-p.benefit, order, p)
            if p.root is None:
                self._any.append(entry)
            elif isinstance(p.root, str):
                self._by_name.setdefault(p.root, []).append(entry)
            else:
                self._by_trait.append(entry)
        #: op class (or name, for unregistered ops) -> its patterns, in trial order;
        #: filled by `patterns_for`, which drivers may bypass by reading it first.
        self.cache: dict[Any, tuple] = {}

    def __len__(self) -> int:
        return len(self.patterns)

    def patterns_for(self, op: Operation) -> tuple:
        key = op.op_def or op.name  # an op class has one name
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = self._collect(op)
        return found

    def _collect(self, op: Operation) -> tuple:
        entries = list(self._by_name.get(op.name, ()))
        op_def = op.op_def
        if op_def is not None:
            traits = op_def.traits_set
            entries += [e for e in self._by_trait if e[2].root in traits]
        entries += self._any
        if not entries:
            return _NONE
        entries.sort(key=lambda e: (e[0], e[1]))
        return tuple(e[2] for e in entries)
