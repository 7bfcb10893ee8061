"""Builtin attributes with identity or composite payloads: `distinct[N]<attr>` and
`sparse<indices, values>`.

Kept apart from pyir.builtin_attributes (the size budget); both modules are the
builtin dialect's attributes.
"""

from __future__ import annotations

import itertools
from typing import Any, ClassVar

from pyir.attributes import Attribute, TypedAttribute
from pyir.builtin_attributes import DenseIntOrFPElementsAttr, DenseStringElementsAttr, UnitAttr
from pyir.builtin_types import I64, RankedTensorType, ShapedType

_DISTINCT_IDS = itertools.count()


class DistinctAttr(Attribute):
    """`distinct[N]<attr>`: an attribute equal only to itself, wrapping `referenced`.

    Invariants: two DistinctAttr are equal exactly when they are the same object (`uid`
    differs between distinct instances); `referenced` is any attribute (unit by default).
    The printer numbers distinct attributes in the order it meets them.
    """

    __slots__ = ("referenced", "uid")
    kind: ClassVar[str] = "builtin.distinct"
    uniqued = False

    def __init__(self, referenced: Attribute | None = None) -> None:
        self.referenced = referenced if referenced is not None else UnitAttr()
        self.uid = next(_DISTINCT_IDS)
        self._freeze()

    def print(self, printer: Any) -> None:
        number = getattr(printer, "distinct_id", None)
        printer.write(f"distinct[{number(self) if number else self.uid}]<")
        if not isinstance(self.referenced, UnitAttr):
            printer.print_attribute(self.referenced)
        printer.write(">")


class SparseElementsAttr(TypedAttribute):
    """`sparse<indices, values> : type`: the listed elements of a shaped value, zeros elsewhere.

    Invariants: `indices` is a dense i64 attribute of shape [number of entries, rank];
    `values` a dense attribute of shape [number of entries] and the type's element type;
    an attribute with no entries prints as `sparse<>`.
    """

    __slots__ = ("type", "indices", "values")
    kind: ClassVar[str] = "builtin.sparse_elements"

    def __init__(self, type: ShapedType, indices: Any, values: Any) -> None:
        if not isinstance(type, ShapedType) or not type.has_static_shape:
            raise ValueError("sparse elements literal type must have static shape")
        if not isinstance(indices, DenseIntOrFPElementsAttr):
            raise ValueError("sparse indices must be a dense integer attribute")
        if not isinstance(values, (DenseIntOrFPElementsAttr, DenseStringElementsAttr)):
            raise ValueError("sparse values must be a dense attribute")
        self.type = type
        self.indices = indices
        self.values = values
        self._freeze()

    @property
    def num_entries(self) -> int:
        return self.values.type.shape[0] if self.values.type.shape else 1

    def print(self, printer: Any) -> None:
        printer.write("sparse<")
        if self.num_entries:
            self.indices.print_body(printer)
            printer.write(", ")
            self.values.print_body(printer)
        printer.write("> : ")
        printer.print_type(self.type)


def sparse_index_type(entries: int, rank: int) -> RankedTensorType:
    """The type of the indices of `entries` entries of a rank-`rank` value."""
    return RankedTensorType((entries, rank), I64)
