"""`lower-affine` for affine.delinearize_index and affine.linearize_index (MLIR's
AffineExpandIndexOps lowerings, which its LowerAffinePass applies), with MLIR's output.

- Strides are the suffix products of the basis without its outer bound: one
  `arith.constant` per static product, `arith.muli` of the dynamic entries (nsw, plus nuw
  when the values are known non-negative: always for delinearize, when `disjoint` for
  linearize), times the static part unless that is 1.
- delinearize: the first index is `floordivsi(x, stride0)`; each middle one
  `divsi(mod(x, stride_i), stride_i+1)`, the last `mod(x, stride_last)`, where mod is
  `remsi` corrected by `select(r < 0, r + stride, r)`. A single result is the input.
- linearize: each index but the last times its stride (muli nsw), then the terms summed
  with addi nsw, those invariant in more enclosing loops first (stable).

Vector-of-index operands: the strides are still computed as index scalars, then each is
`vector.broadcast` to the vector type (outermost first); the zero of the delinearize
sign fix is a `dense<0>` splat and its compare yields a vector of i1.
Uses op names only, as the rest of the pass does.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr, UnitAttr
from pyir.builtin_types import IndexType, IntegerType, VectorType
from pyir.core import Operation, Value
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.loop_like import is_defined_outside, loop_like

__all__ = ["INDEX_PATTERNS"]

_DYNAMIC = -(2**63)
_INDEX = IndexType()


def _overflow(conv: Any, flags: tuple) -> Any:
    dialect = conv.context.get_dialect("arith") if conv.context is not None else None
    for cls in getattr(dialect, "attributes", ()):
        if getattr(cls, "name", None) == "arith.overflow":
            return cls(flags)
    raise RuntimeError("the arith dialect (with #arith.overflow) is not available")


def _binary(conv: Any, op: Operation, name: str, lhs: Value, rhs: Value, flags=None) -> Value:
    props = {"overflowFlags": _overflow(conv, flags)} if flags else None
    new = conv.rewriter.create(name, [lhs, rhs], [lhs.type], properties=props, location=op.location)
    return new.results[0]


def _constant(conv: Any, op: Operation, value: int) -> Value:
    attr = IntegerAttr(value, _INDEX)
    new = conv.rewriter.create(
        "arith.constant", [], [_INDEX], properties={"value": attr}, location=op.location
    )
    return new.results[0]


def _is_index_like(type: Any) -> bool:
    """index, or a vector of index (what the index ops accept)."""
    return isinstance(type, IndexType) or (
        isinstance(type, VectorType) and isinstance(type.element_type, IndexType)
    )


def _broadcast(conv: Any, op: Operation, strides: list, type: Any) -> list:
    """The index `strides` splat to `type` when that is a vector type (else as they are)."""
    if not isinstance(type, VectorType):
        return strides
    return [
        conv.rewriter.create("vector.broadcast", [s], [type], location=op.location).results[0]
        for s in strides
    ]


def _zero_like(conv: Any, op: Operation, type: Any) -> Value:
    if not isinstance(type, VectorType):
        return _constant(conv, op, 0)
    attr = DenseIntOrFPElementsAttr(type, 0)
    new = conv.rewriter.create(
        "arith.constant", [], [type], properties={"value": attr}, location=op.location
    )
    return new.results[0]


def _bool_like(type: Any) -> Any:
    """i1, or the vector of i1 with `type`'s shape."""
    if isinstance(type, VectorType):
        return VectorType(type.shape, IntegerType(1), type.scalable_dims)
    return IntegerType(1)


def _strides(conv: Any, op: Operation, dynamic: list, static: list, nonneg: bool) -> list:
    """MLIR's computeStrides: suffix products of `static` (dynamic entries read from the
    end of `dynamic`), outermost first."""
    flags = ("nsw", "nuw") if nonneg else ("nsw",)
    out: list = []
    index, dyn_part, static_part = len(dynamic), None, 1
    for elem in reversed(static):
        if elem == _DYNAMIC:
            value = dynamic[index - 1]
            dyn_part = (
                value
                if dyn_part is None
                else _binary(conv, op, "arith.muli", dyn_part, value, flags)
            )
            index -= 1
        else:
            static_part *= elem
        if dyn_part is not None and static_part == 1:
            out.append(dyn_part)
            continue
        stride = _constant(conv, op, static_part)
        if dyn_part is not None:
            stride = _binary(conv, op, "arith.muli", dyn_part, stride, flags)
        out.append(stride)
    return out[::-1]


def _basis(op: Operation) -> list:
    attr = op.properties.get("static_basis")
    return list(getattr(attr, "values", ()))


def lower_delinearize(conv: Any, op: Operation) -> bool:
    x = op.operands[0]
    if not _is_index_like(x.type):
        return False
    static = _basis(op)
    if len(op.results) == len(static):
        static = static[1:]
    if len(op.results) == 1:
        conv.replace(op, [x])
        return True
    strides = _strides(conv, op, list(op.operands[1:]), static, True)
    strides = _broadcast(conv, op, strides, x.type)
    zero = _zero_like(conv, op, x.type)

    def mod(stride: Value) -> Value:
        rem = _binary(conv, op, "arith.remsi", x, stride)
        props = {"predicate": IntegerAttr(2, IntegerType(64))}
        neg = conv.rewriter.create(
            "arith.cmpi", [rem, zero], [_bool_like(x.type)], properties=props, location=op.location
        ).results[0]
        fixed = _binary(conv, op, "arith.addi", rem, stride, ("nsw",))
        return conv.rewriter.create(
            "arith.select", [neg, fixed, rem], [rem.type], location=op.location
        ).results[0]

    results = [_binary(conv, op, "arith.floordivsi", x, strides[0])]
    for this, nxt in zip(strides, strides[1:]):
        results.append(_binary(conv, op, "arith.divsi", mod(this), nxt))
    results.append(mod(strides[-1]))
    conv.replace(op, results)
    return True


def _invariant_loops(owner: Operation, value: Value) -> int:
    """MLIR's numEnclosingInvariantLoops: enclosing loops `value` is defined outside of."""
    count, current = 0, owner
    while True:
        loop = current.parent_op()
        while loop is not None and loop_like(loop) is None:
            loop = loop.parent_op()
        if loop is None or not is_defined_outside(loop, value):
            return count
        current, count = loop, count + 1


def lower_linearize(conv: Any, op: Operation) -> bool:
    sizes = getattr(op.properties.get("operandSegmentSizes"), "values", None)
    n = sizes[0] if sizes else len(op.operands)
    indices, dynamic = list(op.operands[:n]), list(op.operands[n:])
    if not indices:
        conv.replace(op, [_constant(conv, op, 0)])
        return True
    result_type = op.results[0].type
    if not _is_index_like(result_type):
        return False
    static = _basis(op)
    if n == len(static):
        static = static[1:]
    disjoint = isinstance(op.properties.get("disjoint"), UnitAttr)
    strides = _strides(conv, op, dynamic, static, disjoint)
    strides = _broadcast(conv, op, strides, result_type)
    scaled = []
    for stride, index in zip(strides, indices[:-1]):
        value = _binary(conv, op, "arith.muli", index, stride, ("nsw",))
        scaled.append((value, _invariant_loops(op, index)))
    scaled.append((indices[-1], _invariant_loops(op, indices[-1])))
    scaled.sort(key=lambda entry: -entry[1])
    result = scaled[0][0]
    for value, _ in scaled[1:]:
        result = _binary(conv, op, "arith.addi", result, value, ("nsw",))
    conv.replace(op, [result])
    return True


INDEX_PATTERNS = {
    "affine.delinearize_index": lower_delinearize,
    "affine.linearize_index": lower_linearize,
}
