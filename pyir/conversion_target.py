"""What a dialect conversion must reach: the legal ops (MLIR's ConversionTarget).

Each op name, or failing that its dialect, has an action:

    legal      the op may stay as it is
    illegal    the op must be converted (a partial conversion fails if it cannot be)
    dynamic    a callback `fn(op) -> bool | None` decides per op; None defers to the
               unknown-op callback (or means "not legal" when there is none)

An op whose name and dialect have no action is *unknown*: legal if
`mark_unknown_op_dynamically_legal(fn)` says so, otherwise not legal (a partial conversion
lets pre-existing unknown ops stay, a full conversion fails on them). A legal op may also
be *recursively legal* (`mark_op_recursively_legal`): the ops nested in it are then left
alone. Ops may be named by string or by op class.

Layout: actions by op name and by dialect name; `_resolved` caches per op name the
(action, callback, recursive) triple and is dropped whenever an action changes, so the
per-op check is one dict lookup plus, for dynamic ops, the callback.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any

from pyir.core import Operation

__all__ = ["ConversionTarget", "LegalizationAction"]

Callback = Callable[[Operation], Any]


class LegalizationAction(enum.Enum):
    LEGAL = "legal"
    DYNAMIC = "dynamic"
    ILLEGAL = "illegal"


_LEGAL = LegalizationAction.LEGAL
_DYNAMIC = LegalizationAction.DYNAMIC
_ILLEGAL = LegalizationAction.ILLEGAL
_NO_INFO = (None, None, False)


def _names(ops: Iterable[Any]) -> list[str]:
    out = []
    for op in ops:
        if isinstance(op, (list, tuple, set, frozenset)):
            out.extend(_names(op))
        elif isinstance(op, str):
            out.append(op)
        else:
            name = getattr(op, "name", None)
            if not isinstance(name, str) or not name:
                raise TypeError(f"not an op name or op class: {op!r}")
            out.append(name)
    return out


class ConversionTarget:
    """Legality of ops for a conversion; see the module docstring.

    Invariants: `_ops` maps op names to (action, callback); `_dialects` maps dialect
    names likewise; a DYNAMIC entry of `_ops` always has a callback (a dialect's may lack
    one: it then defers to the unknown-op callback).
    """

    def __init__(self) -> None:
        self._ops: dict[str, tuple[LegalizationAction, Callback | None]] = {}
        self._dialects: dict[str, tuple[LegalizationAction, Callback | None]] = {}
        self._recursive: dict[str, Callback | None] = {}
        self._unknown: Callback | None = None
        self._resolved: dict[str, tuple] = {}

    # -- declaring -----------------------------------------------------------------------------
    def add_legal_op(self, *ops: Any) -> None:
        self._set_ops(ops, _LEGAL, None)

    def add_illegal_op(self, *ops: Any) -> None:
        self._set_ops(ops, _ILLEGAL, None)

    def add_dynamically_legal_op(self, ops: Any, fn: Callback) -> None:
        """`fn(op)` decides; `ops` is one name or class, or a sequence of them."""
        self._set_ops(ops if isinstance(ops, (list, tuple)) else (ops,), _DYNAMIC, fn)

    def add_legal_dialect(self, *dialects: str) -> None:
        self._set_dialects(dialects, _LEGAL, None)

    def add_illegal_dialect(self, *dialects: str) -> None:
        self._set_dialects(dialects, _ILLEGAL, None)

    def add_dynamically_legal_dialect(self, dialects: Any, fn: Callback | None = None) -> None:
        names = (dialects,) if isinstance(dialects, str) else tuple(dialects)
        self._set_dialects(names, _DYNAMIC, fn)

    def mark_unknown_op_dynamically_legal(self, fn: Callback) -> None:
        """Unknown ops (and dynamic ones whose callback returns None) ask `fn`."""
        self._unknown = fn
        self._resolved.clear()

    def mark_op_recursively_legal(self, ops: Any, fn: Callback | None = None) -> None:
        """When these ops are legal, the ops nested in them are not converted (`fn(op)`,
        if given, may return False to convert the nested ops of that op after all)."""
        for name in _names(ops if isinstance(ops, (list, tuple)) else (ops,)):
            self._recursive[name] = fn
        self._resolved.clear()

    def _set_ops(self, ops: Iterable[Any], action: LegalizationAction, fn: Any) -> None:
        for name in _names(ops):
            self._ops[name] = (action, fn)
        self._resolved.clear()

    def _set_dialects(self, names: Iterable[str], action: LegalizationAction, fn: Any) -> None:
        for name in names:
            self._dialects[name] = (action, fn)
        self._resolved.clear()

    # -- querying ------------------------------------------------------------------------------
    def action_of(self, name: str) -> LegalizationAction | None:
        """The action that applies to op name `name` (None: unknown and no callback)."""
        return self._info(name)[0]

    def _info(self, name: str) -> tuple:
        info = self._resolved.get(name)
        if info is not None:
            return info
        entry = self._ops.get(name)
        if entry is None:
            entry = self._dialects.get(name.partition(".")[0])
            if entry is not None and entry[0] is _DYNAMIC and entry[1] is None:
                entry = (_DYNAMIC, self._unknown)
        if entry is None and self._unknown is not None:
            entry = (_DYNAMIC, self._unknown)
        if entry is None:
            info = _NO_INFO
        else:
            info = (entry[0], entry[1], name in self._recursive)
        self._resolved[name] = info
        return info

    def is_legal(self, op: Operation) -> bool:
        """Whether `op` may stay (unknown ops are not legal)."""
        action, fn, _ = self._info(op.name)
        if action is _LEGAL:
            return True
        if action is _DYNAMIC:
            return self._dynamic(op, fn)
        return False

    def _dynamic(self, op: Operation, fn: Callback | None) -> bool:
        result = fn(op) if fn is not None else None
        if result is None and self._unknown is not None and fn is not self._unknown:
            result = self._unknown(op)
        return bool(result)

    def is_recursively_legal(self, op: Operation) -> bool:
        """Whether `op` is legal and its nested ops are to be left alone."""
        action, fn, recursive = self._info(op.name)
        if not recursive or action is None or action is _ILLEGAL:
            return False
        if action is _DYNAMIC and not self._dynamic(op, fn):
            return False
        hook = self._recursive.get(op.name)
        if hook is None:
            return True
        answer = hook(op)
        return True if answer is None else bool(answer)

    def is_illegal(self, op: Operation) -> bool:
        """Whether `op` was explicitly marked illegal (statically, or by its callback
        returning False)."""
        action, fn, _ = self._info(op.name)
        if action is _ILLEGAL:
            return True
        if action is _DYNAMIC:
            result = fn(op) if fn is not None else None
            return result is not None and not result
        return False

    def __repr__(self) -> str:
        return f"<ConversionTarget {len(self._ops)} ops, {len(self._dialects)} dialects>"
