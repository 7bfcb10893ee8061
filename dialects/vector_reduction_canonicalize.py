"""Canonicalization patterns of vector.reduction and vector.contract, as MLIR's
`--canonicalize` applies them.

- reduction of a one-element (or 0-d) vector -> an extract, combined with the
  accumulator by the arith op of the kind (ElideSingleElementReduction); in a
  `vector.mask`, the mask op is replaced and an `arith.select` on the mask's element
  keeps the accumulator in the masked-off lane;
- `arith.addf` / `arith.addi` of a contraction whose accumulator is zero -> the
  contraction accumulating into the other operand (CanonicalizeContractAdd; the pattern
  is rooted at the arith ops but registered by vector.contract, as in MLIR).
"""

from __future__ import annotations

from typing import Any

from pyir.builder import IRMapping
from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import I1, FloatType, IndexType, IntegerType, VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.static_dynamic import dense_i64
from pyir.folding import constant_value
from pyir.patterns import RewritePattern


def _producer(value: Any, name: str) -> Operation | None:
    owner = getattr(value, "op", None)
    return owner if owner is not None and owner.name == name else None


# -- vector.reduction ----------------------------------------------------------------------------
#: CombiningKind -> (integer op, float op) that combines two values (makeArithReduction).
_COMBINE = {
    "add": ("arith.addi", "arith.addf"),
    "mul": ("arith.muli", "arith.mulf"),
    "and": ("arith.andi", None),
    "or": ("arith.ori", None),
    "xor": ("arith.xori", None),
    "minsi": ("arith.minsi", None),
    "minui": ("arith.minui", None),
    "maxsi": ("arith.maxsi", None),
    "maxui": ("arith.maxui", None),
    "minnumf": (None, "arith.minnumf"),
    "maxnumf": (None, "arith.maxnumf"),
    "minimumf": (None, "arith.minimumf"),
    "maximumf": (None, "arith.maximumf"),
}


def _arith_op(name: str) -> Any:
    from pyir.dialects import arith

    for cls in arith.DIALECT.ops:
        if cls.name == name:
            return cls
    return None


class ReductionOfOneElement(RewritePattern):
    """vector.reduction <k>, %v[, %acc] of a vector<1xT> or vector<T> -> the element
    (extract), combined with %acc by k's arith op (ElideSingleElementReduction)."""

    root = "vector.reduction"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_ops import ExtractOp

        vector_type = op.operands[0].type
        if not isinstance(vector_type, VectorType):
            return False
        shape = vector_type.shape
        if shape and shape[0] != 1:
            return False  # vector<[1]xT> too: its one dim is 1 (as in MLIR)
        kind = getattr(op.properties.get("kind"), "value", None)
        combine = None
        if len(op.operands) > 1:
            ops = _COMBINE.get(kind)
            is_float = isinstance(op.results[0].type, FloatType)
            name = None if ops is None else ops[1 if is_float else 0]
            combine = _arith_op(name) if name is not None else None
            if combine is None:
                return False
        root, mask = _masked_root(op, rewriter)
        if mask is not None and combine is not None:
            # A masked reduction keeps the accumulator in the masked-off lane.
            mask = rewriter.create(
                ExtractOp,
                [mask],
                [I1],
                {"static_position": dense_i64([0] * len(mask.type.shape))},
                location=op.location,
            ).results[0]
        extract = rewriter.create(
            ExtractOp,
            [op.operands[0]],
            [op.results[0].type],
            {"static_position": dense_i64([0] * len(shape))},
            location=op.location,
        )
        result = extract.results[0]
        if combine is not None:
            props = {}
            fastmath = op.properties.get("fastmath")
            if combine.name in _FLOAT_COMBINERS and fastmath is not None:
                props["fastmath"] = fastmath
            new = rewriter.create(
                combine,
                [result, op.operands[1]],
                [op.results[0].type],
                props,
                location=op.location,
            )
            result = new.results[0]
            if mask is not None:
                result = _select(rewriter, op, mask, result, op.operands[1])
        rewriter.replace_op(root, [result])
        return True


def _masked_root(op: Operation, rewriter: Any) -> tuple[Operation, Any]:
    """The op to replace (the `vector.mask` around `op`, if any) and its mask; new ops
    go before it."""
    from pyir.dialects.vector_mask_region_canonicalize import masking_op

    mask_op = masking_op(op)
    if mask_op is None:
        return op, None
    rewriter.set_insertion_point(mask_op)
    return mask_op, mask_op.operands[0]


def _select(rewriter: Any, op: Operation, mask: Any, value: Any, other: Any) -> Any:
    from pyir.dialects.arith_syntax import SelectOp

    select = rewriter.create(SelectOp, [mask, value, other], [value.type], location=op.location)
    return select.results[0]


_FLOAT_COMBINERS = {f for _, f in _COMBINE.values() if f is not None}


# -- vector.contract -----------------------------------------------------------------------------
def _is_zero(value: Any) -> bool:
    """Whether `value` is an arith.constant equal to the zero of its type."""
    owner = _producer(value, "arith.constant")
    if owner is None:
        return False
    attr = constant_value(value)
    t = value.type
    if isinstance(t, VectorType):
        try:
            zero = DenseIntOrFPElementsAttr.from_bytes(t, bytes(_element_size_of(t.element_type)))
        except (ValueError, TypeError):
            return False
        return attr == zero
    if isinstance(t, FloatType):
        return attr == FloatAttr(0.0, t)
    if isinstance(t, (IntegerType, IndexType)):
        return attr == IntegerAttr(0, t)
    return False


def _element_size_of(t: Any) -> int:
    return 8 if isinstance(t, IndexType) else (getattr(t, "width", 8) + 7) // 8


class ContractAdd(RewritePattern):
    """add(contract(a, b, 0), c) -> contract(a, b, c) (CanonicalizeContractAdd)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if len(op.operands) != 2:
            return False
        a, b = op.operands
        for contraction, other in ((a, b), (b, a)):
            owner = _producer(contraction, "vector.contract")
            if owner is None or len(owner.operands) < 3 or not _is_zero(owner.operands[2]):
                continue
            mapping = IRMapping()
            mapping.map(owner.operands[2], other)
            new = rewriter.clone(owner, mapping)
            rewriter.replace_op(op, [new.results[0]])
            return True
        return False


def install(ops: dict) -> None:
    """Give vector.reduction and vector.contract their patterns."""
    ops["vector.reduction"].canonicalization_patterns = (ReductionOfOneElement(),)
    ops["vector.contract"].canonicalization_patterns = (
        ContractAdd("arith.addi"),
        ContractAdd("arith.addf"),
    )
