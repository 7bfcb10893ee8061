"""Type constraints and shape rules shared by the `arith` and `math` dialects.

Both dialects work element-wise on scalars and on vectors and tensors of them. The
constraints here accept a scalar of the right kind or a vector/tensor of it, and carry
MLIR's descriptions ("signless-fixed-width-integer-like", "bool-like", ...) so
diagnostics read as MLIR's do. The traits reproduce MLIR's shape checks: `Elementwise`,
`SameOperandsAndResultShape`, `SameTypeOperands`, `SameInputOutputTensorDims`, and the
"result is i1 of the operand's shape" rule of comparisons and classification ops.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import (
    DYNAMIC,
    I1,
    FloatType,
    IndexType,
    IntegerType,
    MemRefType,
    RankedTensorType,
    UnrankedMemRefType,
    UnrankedTensorType,
    VectorType,
)
from pyir.opdef import Predicate
from pyir.traits import Trait

_CONTAINERS = (VectorType, RankedTensorType, UnrankedTensorType)
_SHAPED = (VectorType, RankedTensorType, UnrankedTensorType, MemRefType, UnrankedMemRefType)


# -- element types --------------------------------------------------------------------------
def element_type(t: Any) -> Any:
    """The element type of a vector or tensor; any other type itself."""
    return t.element_type if isinstance(t, _CONTAINERS) else t


def is_signless_int(t: Any, nonzero: bool = True) -> bool:
    return (
        isinstance(t, IntegerType) and t.signedness == "signless" and (t.width > 0 or not nonzero)
    )


def _like(scalar: Any, description: str) -> Predicate:
    """A scalar accepted by `scalar`, or a vector or tensor (ranked or not) of one."""
    return Predicate(lambda t: bool(scalar(element_type(t))), description)


def _memref_of(t: Any, scalar: Any) -> bool:
    return isinstance(t, (MemRefType, UnrankedMemRefType)) and bool(scalar(t.element_type))


SIGNLESS_INT_OR_INDEX_LIKE = _like(
    lambda e: isinstance(e, IndexType) or is_signless_int(e),
    "signless-non-zero-bitwidth-integer-like",
)
SIGNLESS_FIXED_WIDTH_INT_LIKE = _like(is_signless_int, "signless-fixed-width-integer-like")
#: math's integer ops accept i0 and index too.
SIGNLESS_INT_LIKE = _like(
    lambda e: isinstance(e, IndexType) or is_signless_int(e, nonzero=False),
    "signless-integer-like",
)
FLOAT_LIKE = _like(lambda e: isinstance(e, FloatType), "floating-point-like")
BOOL_LIKE = _like(lambda e: e == I1, "bool-like")
INDEX_CAST_TYPE = Predicate(
    lambda t: (
        SIGNLESS_INT_OR_INDEX_LIKE.check(t)
        or _memref_of(t, lambda e: isinstance(e, IndexType) or is_signless_int(e, nonzero=False))
    ),
    "signless-non-zero-bitwidth-integer-like or memref of signless-integer",
)
BITCAST_TYPE = Predicate(
    lambda t: bool(
        isinstance(element_type(t), FloatType)
        or is_signless_int(element_type(t))
        or _memref_of(t, lambda e: isinstance(e, FloatType) or is_signless_int(e))
    ),
    "non-zero-bitwidth-signless-integer-or-float-like or memref of non-zero-bitwidth "
    "signless integer or float",
)


# -- shapes ---------------------------------------------------------------------------------
def shape_of(t: Any) -> tuple | None:
    """The shape of a ranked shaped type, () for a scalar, None when unranked."""
    if isinstance(t, _SHAPED):
        return getattr(t, "shape", None)
    return ()


def compatible_shapes(a: Any, b: Any) -> bool:
    """MLIR's verifyCompatibleShape: both scalars, or both shaped with an unknown rank or
    equal ranks whose dims are equal where both are static."""
    shaped_a, shaped_b = isinstance(a, _SHAPED), isinstance(b, _SHAPED)
    if not shaped_a and not shaped_b:
        return True
    if not (shaped_a and shaped_b):
        return False
    sa, sb = shape_of(a), shape_of(b)
    if sa is None or sb is None:
        return True
    if len(sa) != len(sb):
        return False
    return all(x == y or x == DYNAMIC or y == DYNAMIC for x, y in zip(sa, sb))


def i1_same_shape(t: Any) -> Any:
    """`t` with its element type replaced by i1 (MLIR's getI1SameShape)."""
    if isinstance(t, VectorType):
        return VectorType(t.shape, I1, t.scalable_dims)
    if isinstance(t, RankedTensorType):
        return RankedTensorType(t.shape, I1, t.encoding)
    if isinstance(t, UnrankedTensorType):
        return UnrankedTensorType(I1)
    return I1


def _types(op: Any) -> list:
    return [s.value.type for s in op.operand_slots] + [r.type for r in op.results]


# -- traits ---------------------------------------------------------------------------------
class Elementwise(Trait):
    """Vectors and tensors are mapped element by element: if any operand or result is a
    vector or tensor, every result is, and all of them share one kind and shape."""

    types_only = True

    @staticmethod
    def verify(op: Any) -> str | None:
        results = [r.type for r in op.results if isinstance(r.type, _CONTAINERS)]
        operands = [s.value.type for s in op.operand_slots if isinstance(s.value.type, _CONTAINERS)]
        if not results and not operands:
            return None
        if not operands:
            return "if a result is non-scalar, then at least one operand must be non-scalar"
        if not results:
            return "if an operand is non-scalar, then there must be at least one non-scalar result"
        if len(results) != len(op.results):
            return "if an operand is non-scalar, then all results must be non-scalar"
        types = operands + results
        kind = type(types[0])
        if any(type(t) is not kind for t in types) or not all(
            compatible_shapes(types[0], t) for t in types[1:]
        ):
            return "all non-scalar operands/results must have the same shape and base type"
        return None


class SameOperandsAndResultShape(Trait):
    """Every operand and result has a compatible shape (scalars have none)."""

    types_only = True

    @staticmethod
    def verify(op: Any) -> str | None:
        types = _types(op)
        if types and not all(compatible_shapes(types[0], t) for t in types[1:]):
            return "requires the same shape for all operands and results"
        return None


class SameTypeOperands(Trait):
    """All operands have one type."""

    @staticmethod
    def verify(op: Any) -> str | None:
        slots = op.operand_slots
        if any(s.value.type != slots[0].value.type for s in slots[1:]):
            return "requires all operands to have the same type"
        return None


class SameInputOutputTensorDims(Trait):
    """A cast between tensors keeps every dimension exactly (dynamic stays dynamic)."""

    @staticmethod
    def verify(op: Any) -> str | None:
        dims = {
            getattr(t, "shape", ()) if isinstance(t, (RankedTensorType, UnrankedTensorType)) else ()
            for t in (op.operand_slots[0].value.type, op.results[0].type)
        }
        if len(dims) != 1:
            return "failed to verify that input and output have the same tensor dimensions"
        return None


class ResultIsI1OfOperandShape(Trait):
    """The result is i1, or a vector/tensor of i1 of the first operand's shape."""

    @staticmethod
    def verify(op: Any) -> str | None:
        if op.results[0].type != i1_same_shape(op.operand_slots[0].value.type):
            return (
                "failed to verify that result type has i1 element type and same shape as operands"
            )
        return None


def all_types_match(op: Any, names: tuple[str, ...], types: list) -> str | None:
    """MLIR's AllTypesMatch message when `types` (of the fields `names`) differ."""
    if any(t != types[0] for t in types[1:]):
        return f"failed to verify that all of {{{', '.join(names)}}} have same type"
    return None


# -- cast compatibility (MLIR's areCastCompatible) -------------------------------------------
def valid_cast(src: Any, dst: Any) -> bool:
    """Shapes compatible, and tensors with the same encoding."""
    if isinstance(src, RankedTensorType) and isinstance(dst, RankedTensorType):
        if src.encoding != dst.encoding:
            return False
    return compatible_shapes(src, dst)


def width_change(kind: type, wider: bool) -> Any:
    """Elements of type `kind` on both sides, the result's strictly wider (or narrower)."""

    def check(src: Any, dst: Any) -> bool:
        s, d = element_type(src), element_type(dst)
        if not (valid_cast(src, dst) and isinstance(s, kind) and isinstance(d, kind)):
            return False
        return d.width > s.width if wider else d.width < s.width

    return check


def scaling_cast_error(op: Any, wider: bool) -> str | None:
    """The cast-compatibility message of the scaling casts (input to result width)."""
    src, scale = (s.value.type for s in op.operand_slots)
    dst = op.results[0].type
    if width_change(FloatType, wider)(src, dst):
        return None
    return f"operand types '{src}', '{scale}' and result type '{dst}' are cast incompatible"
