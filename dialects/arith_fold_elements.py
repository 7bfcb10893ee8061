"""Element-wise constant folding: one scalar rule applied to scalars, splats and dense
elements, the way MLIR's `constFoldUnaryOp` / `constFoldBinaryOp` family lifts it.

A scalar rule takes the result's element type and one scalar constant per operand (a
FloatAttr or an IntegerAttr), and returns the result's scalar constant (of that element
type) or None (no fold). `lift` applies it:
- to scalar operands: the rule's answer;
- to splat operands (all of them): a splat of the rule's answer, in the result type;
- to dense operands (any non-splat): the rule on every element; one None and nothing
  folds.
Operands of mixed kinds (a scalar and a vector), unknown attributes (resources, sparse,
poison) and element types the rule does not expect all give None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import FloatType, IndexType, IntegerType
from pyir.dense_attributes import DenseIntOrFPElementsAttr

Scalar = FloatAttr | IntegerAttr
Rule = Callable[..., Any]


def _element_attrs(attr: DenseIntOrFPElementsAttr) -> list | None:
    """The elements of `attr` as scalar attributes (one when it is a splat)."""
    e = attr.type.element_type
    if not isinstance(e, (FloatType, IntegerType, IndexType)):
        return None
    if isinstance(e, FloatType):
        size = len(attr.data) // (1 if attr.is_splat else attr.type.num_elements)
        data = attr.data
        return [
            FloatAttr.from_bits(int.from_bytes(data[i : i + size], "little"), e)
            for i in range(0, len(data), size)
        ]
    stored = attr.values[:1] if attr.is_splat else attr.values
    return [IntegerAttr(e.normalize(int(v)), e) for v in stored]


def _dense(result_type: Any, values: list) -> DenseIntOrFPElementsAttr | None:
    """The elements attribute of `values` (scalar attributes) in `result_type`."""
    e = getattr(result_type, "element_type", None)
    if e is None or getattr(result_type, "shape", None) is None:
        return None
    raw = []
    for v in values:
        if getattr(v, "type", None) != e:
            return None
        raw.append(v if isinstance(v, FloatAttr) else v.value)
    try:
        return DenseIntOrFPElementsAttr(result_type, raw)
    except ValueError:
        return None


def lift(rule: Rule, operands: tuple, result_type: Any, splat_only: bool = False) -> Any:
    """`rule` applied element-wise to constant `operands` (see the module docstring);
    `splat_only` refuses non-splat dense operands (MLIR's classification folders). A rule
    that fails on a value it did not foresee (a format's corner) folds nothing."""
    try:
        return _lift(rule, operands, result_type, splat_only)
    except (ArithmeticError, ValueError, TypeError, AttributeError):
        return None


def _lift(rule: Rule, operands: tuple, result_type: Any, splat_only: bool) -> Any:
    if not operands or any(a is None for a in operands):
        return None
    element = scalar_element_type(result_type)
    if all(isinstance(a, (FloatAttr, IntegerAttr)) for a in operands):
        result = rule(element, *operands)
        return result if result is None or result.type == result_type else None
    if not all(isinstance(a, DenseIntOrFPElementsAttr) for a in operands):
        return None
    if any(a.type.shape != operands[0].type.shape for a in operands):
        return None
    splat = all(a.is_splat for a in operands)
    if splat_only and not splat:
        return None
    columns = []
    for a in operands:
        elements = _element_attrs(a)
        if elements is None:
            return None
        if not splat and a.is_splat:
            elements = elements * a.type.num_elements
        columns.append(elements)
    results = []
    for args in zip(*columns):
        r = rule(element, *args)
        if r is None:
            return None
        results.append(r)
    return _dense(result_type, results)


def scalar_element_type(t: Any) -> Any:
    """The element type of a vector or tensor type; any other type itself."""
    return getattr(t, "element_type", t)
