"""Constraints on the types and attributes of op fields, with their descriptions.

A constraint is a pure predicate (`check`) plus the text diagnostics quote
("must be signless-integer-like"). Results of checks on types are memoised per type
(types are immutable and interned), which is why `check` must not depend on anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


# -- constraints -----------------------------------------------------------------------
class Constraint:
    """A predicate on a type or attribute with a description for diagnostics.

    `a | b` accepts what either accepts (`AnyOf`); `a & b` what both accept (`AllOf`).
    `check` must be a pure function of its argument: the verifier remembers its answer
    per operand and result type (types are immutable and interned).
    """

    description = "any"

    def check(self, value: Any) -> bool:
        """Whether `value` satisfies the constraint."""
        return True

    def __or__(self, other: Any) -> Constraint:
        return AnyOf(self, as_constraint(other))

    def __and__(self, other: Any) -> Constraint:
        return AllOf(self, as_constraint(other))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.description}>"


class AnyConstraint(Constraint):
    """Accepts everything; the verifier skips it without calling `check`."""

    description = "any type"


class IsA(Constraint):
    """The value is an instance of one of `classes`."""

    def __init__(self, *classes: type, description: str | None = None) -> None:
        self.classes = classes
        self.description = description or " or ".join(c.__name__ for c in classes)

    def check(self, value: Any) -> bool:
        return isinstance(value, self.classes)


class EqualTo(Constraint):
    """The value equals `expected` (e.g. one particular type)."""

    def __init__(self, expected: Any) -> None:
        self.expected = expected
        self.description = f"'{expected}'"

    def check(self, value: Any) -> bool:
        return value == self.expected


class AnyOf(Constraint):
    """At least one of `options` holds."""

    def __init__(self, *options: Constraint) -> None:
        self.options = options
        self.description = " or ".join(o.description for o in options)

    def check(self, value: Any) -> bool:
        return any(o.check(value) for o in self.options)


class AllOf(Constraint):
    """Every one of `parts` holds."""

    def __init__(self, *parts: Constraint) -> None:
        self.parts = parts
        self.description = " and ".join(p.description for p in parts)

    def check(self, value: Any) -> bool:
        return all(p.check(value) for p in self.parts)


class Predicate(Constraint):
    """`fn(value)` is true; `description` says what that means ("ranked tensor")."""

    def __init__(self, fn: Callable[[Any], bool], description: str) -> None:
        self.fn = fn
        self.description = description

    def check(self, value: Any) -> bool:
        return bool(self.fn(value))


ANY = AnyConstraint()


def as_constraint(c: Any) -> Constraint:
    """None -> ANY, a Constraint as is, a class -> IsA(class), anything else -> EqualTo."""
    if c is None:
        return ANY
    if isinstance(c, Constraint):
        return c
    if isinstance(c, type):
        return IsA(c)
    return EqualTo(c)


def _checked(c: Constraint) -> Constraint | None:
    """The constraint, or None when it accepts everything (so it is never called)."""
    return None if isinstance(c, AnyConstraint) else c


_TYPE_CACHE_LIMIT = 4096


def _type_cache(c: Constraint) -> dict:
    """The memo of `c.check` on types, shared by every field that uses `c`."""
    return c.__dict__.setdefault("_type_cache", {})


def _check_type(c: Constraint, cache: dict, t: Any) -> bool:
    """`c.check(t)`, remembered in `cache` when `t` is hashable."""
    ok = bool(c.check(t))
    try:
        if len(cache) >= _TYPE_CACHE_LIMIT:
            cache.clear()
        cache[t] = ok
    except TypeError:
        pass  # an unhashable type: checked every time
    return ok
