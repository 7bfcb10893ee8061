"""Base classes of attributes and types: immutable values, uniqued on construction.

Layout: a concrete attribute class lists its parameters in `__slots__` (plus the base's
cached hash) and validates them in `__init__`, raising `ValueError` with a message that
reads well after "invalid <kind>: ". Construction goes through `UniquedMeta.__call__`,
which returns the one existing instance for the same class and positional arguments, so
building the same type twice costs one dict lookup. Equality is structural (over
`_key()`), so instances built with keyword arguments, which bypass the cache, still
compare equal.

Types are attributes (a `Type` used where an attribute is expected is MLIR's TypeAttr).
Each class prints itself in MLIR syntax through an `AsmPrinter` (see `pyir.asm`);
`str(attr)` prints without aliases.
"""

from __future__ import annotations

from typing import Any, ClassVar


class UniquedMeta(type):
    """Interns instances by (class, positional arguments)."""

    def __init__(cls, name: str, bases: tuple, namespace: dict) -> None:
        super().__init__(name, bases, namespace)
        cls._instances: dict = {}

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if kwargs or not cls.uniqued:
            return super().__call__(*args, **kwargs)
        try:
            return cls._instances[args]
        except KeyError:
            pass
        except TypeError:  # unhashable arguments (e.g. a list): build without interning
            return super().__call__(*args)
        instance = super().__call__(*args)
        cls._instances[args] = instance
        return instance


class Attribute(metaclass=UniquedMeta):
    """An immutable compile-time value. Subclasses declare their parameters in `__slots__`.

    Invariants: parameters are hashable and never change after `__init__`; two attributes
    are equal exactly when they have the same class and equal parameters.
    """

    __slots__ = ("_hash",)
    #: The registered name, e.g. "builtin.integer" or "mydialect.thing".
    kind: ClassVar[str] = ""
    #: False for classes with one instance per use (per-op locations): interning them
    #: would only grow the cache.
    uniqued: ClassVar[bool] = True

    def _key(self) -> tuple:
        return tuple(getattr(self, name) for name in _param_slots(type(self)))

    def __setattr__(self, name: str, value: Any) -> None:
        if hasattr(self, "_hash"):
            raise AttributeError(f"{type(self).__name__} is immutable")
        object.__setattr__(self, name, value)

    def _freeze(self) -> None:
        """Called at the end of each concrete `__init__`: no assignment after this."""
        object.__setattr__(self, "_hash", hash((type(self), self._key())))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        return type(other) is type(self) and self._key() == other._key()  # type: ignore[union-attr]

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __reduce__(self) -> tuple:
        return (type(self), self._key())

    def print(self, printer: Any) -> None:
        """Write this value in MLIR syntax with `printer.write(...)` and friends."""
        raise TypeError(f"{type(self).__name__} does not define print()")

    def __str__(self) -> str:
        from pyir.asm import TextPrinter

        printer = TextPrinter()
        if isinstance(self, Type):
            printer.print_type(self)
        else:
            printer.print_attribute(self)
        return printer.getvalue()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class Type(Attribute):
    """A type; usable as an attribute value (MLIR's TypeAttr)."""

    __slots__ = ()


class TypedAttribute(Attribute):
    """An attribute that carries a type; every subclass has a `type` parameter (IntegerAttr)."""

    __slots__ = ()


_SLOTS_CACHE: dict[type, tuple[str, ...]] = {}


def _param_slots(cls: type) -> tuple[str, ...]:
    try:
        return _SLOTS_CACHE[cls]
    except KeyError:
        names: list[str] = []
        for klass in reversed(cls.__mro__):
            for name in klass.__dict__.get("__slots__", ()):
                if name not in ("_hash", "__weakref__") and name not in names:
                    names.append(name)
        _SLOTS_CACHE[cls] = tuple(names)
        return _SLOTS_CACHE[cls]
