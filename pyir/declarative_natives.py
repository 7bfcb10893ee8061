"""The natives every declarative rule can name: attribute arithmetic, types, use counts.

A native is a Python object a rule refers to by name (pyir.declarative_patterns explains
how each kind is used). These are the defaults; a rule's own `natives` add to them and
override them by name. Functions that compute a result return None when they do not
apply (operands of the wrong kind), which makes the rule decline rather than fail.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.builtin_attributes import IntegerAttr


def _int_binary(
    name: str, fn: Callable[[int, int], int]
) -> Callable[[Any, Any], IntegerAttr | None]:
    """An IntegerAttr operation wrapping around in the attribute's type; a plain int
    operand takes the other operand's type."""

    def apply(a: Any, b: Any) -> IntegerAttr | None:
        if isinstance(a, int) and isinstance(b, IntegerAttr):
            a = IntegerAttr(b.type.normalize(a), b.type)
        elif isinstance(b, int) and isinstance(a, IntegerAttr):
            b = IntegerAttr(a.type.normalize(b), a.type)
        if not isinstance(a, IntegerAttr) or not isinstance(b, IntegerAttr) or a.type != b.type:
            return None
        t = a.type
        return IntegerAttr(t.normalize(fn(a.value, b.value)), t)

    apply.__name__ = apply.__qualname__ = name
    return apply


def neg(a: Any) -> IntegerAttr | None:
    """-a, wrapping around in a's type."""
    if not isinstance(a, IntegerAttr):
        return None
    return IntegerAttr(a.type.normalize(-a.value), a.type)


def int_attr(value: Any, type: Any) -> IntegerAttr | None:
    """The IntegerAttr of `value` (an int, wrapped to the type) and `type` (an integer or
    index type); None for other types."""
    normalize = getattr(type, "normalize", None)
    if normalize is None or not isinstance(value, int):
        return None
    try:
        return IntegerAttr(normalize(value), type)
    except ValueError:
        return None


def type_of(x: Any) -> Any:
    """The type of a value or of a typed attribute."""
    return getattr(x, "type", None)


def same_type(a: Any, b: Any) -> bool:
    """Both values (or typed attributes) have the same type."""
    return getattr(a, "type", None) == getattr(b, "type", None)


def has_one_use(v: Any) -> bool:
    """The value has exactly one use (MLIR's HasOneUse)."""
    return bool(v.has_one_use())


#: The natives every rule sees, by the name rules use.
DEFAULT_NATIVES: dict[str, Any] = {
    "add": _int_binary("add", lambda x, y: x + y),
    "sub": _int_binary("sub", lambda x, y: x - y),
    "mul": _int_binary("mul", lambda x, y: x * y),
    "neg": neg,
    "int_attr": int_attr,
    "type": type_of,
    "same_type": same_type,
    "has_one_use": has_one_use,
}
