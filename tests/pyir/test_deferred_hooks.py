"""pyir.deferred_hooks: folders and canonicalization patterns installed on first read."""

from __future__ import annotations

from typing import Any

from pyir import deferred_hooks
from pyir.folding import canonicalization_patterns
from pyir.opdef import OpView, operand, result


def _ops() -> tuple[type, type, type]:
    class A(OpView):
        name = "hooks.a"
        x = operand()
        y = result()

    class B(OpView):
        name = "hooks.b"
        x = operand()
        y = result()
        canonicalization_patterns = ("own",)

    class C(OpView):
        name = "hooks.c"
        x = operand()
        y = result()

    return A, B, C


def test_the_loader_runs_once_on_first_read_and_installs_the_hooks() -> None:
    A, B, C = _ops()
    calls: list[int] = []

    def fold_a(view: Any, operands: tuple) -> Any:
        return None

    def loader() -> None:
        calls.append(1)
        A.fold = fold_a  # type: ignore[attr-defined]
        C.canonicalization_patterns = ("installed on another op",)  # type: ignore[attr-defined]

    deferred_hooks.defer_hooks(loader, [A, B])
    assert calls == []
    assert getattr(A, "fold", None) is fold_a
    assert calls == [1]
    # Attributes the loader did not set are what the class had: its own, or the base's.
    assert getattr(B, "fold", None) is None
    assert canonicalization_patterns(B) == ("own",)
    assert canonicalization_patterns(A) == ()
    assert canonicalization_patterns(C) == ("installed on another op",)
    assert getattr(A, "fold", None) is fold_a
    assert calls == [1]


def test_load_deferred_hooks_runs_every_pending_loader() -> None:
    A, B, C = _ops()
    calls: list[str] = []
    deferred_hooks.defer_hooks(lambda: calls.append("a"), [A])
    deferred_hooks.defer_hooks(lambda: calls.append("bc"), [B, C])
    deferred_hooks.load_deferred_hooks()
    assert sorted(calls) == ["a", "bc"]
    assert "fold" not in A.__dict__ and "fold" not in C.__dict__
    assert B.__dict__["canonicalization_patterns"] == ("own",)
    deferred_hooks.load_deferred_hooks()
    assert sorted(calls) == ["a", "bc"]
