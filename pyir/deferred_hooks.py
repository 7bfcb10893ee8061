"""Rewrite hooks installed on first use: parsing and printing never import them.

A dialect's folders and canonicalization patterns often live in modules of their own,
larger than the op definitions and needed only by passes. `defer_hooks(loader, ops)`
puts a placeholder on each op class for `fold` and `canonicalization_patterns`; the
first read of either, on any of those classes, runs `loader()` once (which imports the
modules and sets the real hooks, on these classes or on others), then every placeholder
left in place gives way to what the class had before (or to nothing).

`load_deferred_hooks()` runs every loader still pending. The canonicalizer and the pass
manager call it first, because a loader may install patterns on another dialect's ops
(vector's contraction pattern is rooted at `arith.addf`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

#: The attributes a deferred loader provides.
HOOK_NAMES = ("fold", "canonicalization_patterns")

_MISSING = object()
_PENDING: list[_DeferredGroup] = []


class _DeferredGroup:
    """One loader and the placeholders waiting for it.

    Invariant: `loaded` is False exactly while the group is in `_PENDING` and its
    placeholders are on their classes."""

    def __init__(self, loader: Callable[[], None]) -> None:
        self.loader = loader
        self.loaded = False
        #: (class, attribute name, the class's own value before, or _MISSING).
        self.slots: list[tuple[type, str, Any]] = []

    def load(self) -> None:
        if self.loaded:
            return
        self.loaded = True
        _PENDING.remove(self)
        # The placeholders go first: the loader may read the hooks it is setting.
        for cls, name, before in self.slots:
            current = cls.__dict__.get(name)
            if isinstance(current, _Placeholder) and current.group is self:
                if before is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, before)
        self.loader()


class _Placeholder:
    """A class attribute that loads its group, then reads the real attribute."""

    def __init__(self, group: _DeferredGroup, name: str) -> None:
        self.group = group
        self.name = name

    def __get__(self, instance: Any, owner: type) -> Any:
        self.group.load()
        return getattr(owner if instance is None else instance, self.name)


def defer_hooks(loader: Callable[[], None], ops: Iterable[type]) -> None:
    """Run `loader` (which installs folders and canonicalization patterns) when one of
    `ops` is first asked for its `fold` or `canonicalization_patterns`."""
    group = _DeferredGroup(loader)
    for cls in ops:
        for name in HOOK_NAMES:
            before = cls.__dict__.get(name, _MISSING)
            group.slots.append((cls, name, before))
            setattr(cls, name, _Placeholder(group, name))
    _PENDING.append(group)


def load_deferred_hooks() -> None:
    """Run every loader not yet run."""
    while _PENDING:
        _PENDING[0].load()


def set_hooks(ops: Iterable[type], folders: dict[str, Any], patterns: dict[str, Any]) -> None:
    """Give each op class in `ops` its folder and its canonicalization patterns, looked
    up by op name in `folders` and `patterns` (ops in neither keep what they have)."""
    for cls in ops:
        fold = folders.get(cls.name)
        if fold is not None:
            cls.fold = fold  # type: ignore[attr-defined]
        found = patterns.get(cls.name)
        if found:
            cls.canonicalization_patterns = found  # type: ignore[attr-defined]
