"""Folders and canonicalization patterns of the masked memory ops and of
vector.multi_reduction, as MLIR's `--canonicalize` applies them.

A mask is all-true / all-false when it is an `arith.constant` whose elements all are
(`dense<true>`), or a `vector.constant_mask` whose sizes are all whole dims / include a
0 (MLIR's getMaskFormat); anything else is unknown and nothing folds.

- maskedload / expandload: all-true -> vector.load (no alignment, as in MLIR); all-false
  -> pass_thru (MaskedLoadFolder, ExpandLoadFolder); maskedload and maskedstore also read
  through memref.cast (their folds);
- maskedstore / compressstore: all-true -> vector.store; all-false -> erased
  (MaskedStoreFolder, CompressStoreFolder);
- gather: all-false -> pass_thru (GatherFolder); a 1-d memref gather whose indices are
  `vector.step` or the constant 0, 1, ... -> maskedload (FoldContiguousGather);
- scatter: all-false -> erased, or its tensor base (ScatterFolder); contiguous indices
  -> maskedstore (FoldContiguousScatter);
- multi_reduction: no reduction dims -> the source (fold); every reduced dim of size 1
  -> a shape_cast (or an extract for a scalar result) combined with the accumulator by
  the kind's arith op (ElideUnitDimsInMultiDimReduction); in a `vector.mask`, the mask
  is cast the same way and an `arith.select` picks the cast source where it is off.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import bool_attr
from pyir.builtin_types import I1, FloatType, MemRefType, VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.static_dynamic import dense_i64, static_values
from pyir.dialects.vector_reduction_canonicalize import (
    _COMBINE,
    _arith_op,
    _masked_root,
    _select,
)
from pyir.dialects.vector_transfer_canonicalize import fold_memref_cast
from pyir.folding import constant_value
from pyir.patterns import RewritePattern

ALL_TRUE, ALL_FALSE = "true", "false"


def _producer(value: Any) -> Operation | None:
    return getattr(value, "op", None)


def mask_format(mask: Any) -> str | None:
    """ALL_TRUE, ALL_FALSE, or None when the mask is not known (getMaskFormat)."""
    owner = _producer(mask)
    if owner is None:
        return None
    if owner.name == "arith.constant":
        attr = constant_value(mask)
        if not isinstance(attr, DenseIntOrFPElementsAttr):
            return None
        values = [bool(v) for v in attr.values]
        if values and all(values):
            return ALL_TRUE
        if values and not any(values):
            return ALL_FALSE
        return None
    if owner.name == "vector.constant_mask":
        t = mask.type
        sizes = static_values(owner.properties.get("mask_dim_sizes"))
        if not isinstance(t, VectorType) or len(sizes) != len(t.shape) or not t.shape:
            return None
        if 0 in sizes:
            return ALL_FALSE
        if all(s == d for s, d in zip(sizes, t.shape)):
            return ALL_TRUE
    return None


def _memory_op(rewriter: Any, op: Operation, name: str, operands: list, results: list) -> Any:
    from pyir.dialects import vector_masked_memory, vector_memory

    # MLIR's builders of vector.load / vector.store set `nontemporal = false`.
    props = {"nontemporal": bool_attr(False)} if name in ("vector.load", "vector.store") else {}
    for cls in (*vector_memory.OPS, *vector_masked_memory.OPS):
        if cls.name == name:
            return rewriter.create(cls, operands, results, props, location=op.location)
    return None


# -- loads and stores ---------------------------------------------------------------------------
class MaskedLoadFolder(RewritePattern):
    """maskedload / expandload with a constant mask: all-true -> vector.load, all-false
    -> pass_thru (MaskedLoadFolder, ExpandLoadFolder)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        fmt = mask_format(op.operands[-2])
        if fmt == ALL_FALSE:
            rewriter.replace_op(op, [op.operands[-1]])
            return True
        if fmt != ALL_TRUE:
            return False
        load = _memory_op(rewriter, op, "vector.load", list(op.operands[:-2]), [op.results[0].type])
        rewriter.replace_op(op, load)
        return True


class MaskedStoreFolder(RewritePattern):
    """maskedstore / compressstore with a constant mask: all-true -> vector.store,
    all-false -> erased (MaskedStoreFolder, CompressStoreFolder)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        fmt = mask_format(op.operands[-2])
        if fmt == ALL_FALSE:
            rewriter.erase_op(op)
            return True
        if fmt != ALL_TRUE:
            return False
        operands = [op.operands[-1], *op.operands[:-2]]
        _memory_op(rewriter, op, "vector.store", operands, [])
        rewriter.erase_op(op)
        return True


class GatherFolder(RewritePattern):
    """gather with an all-false mask -> pass_thru; scatter -> erased, or its tensor base
    (GatherFolder, ScatterFolder). An all-true mask keeps the op (no unmasked form)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if mask_format(op.operands[-2]) != ALL_FALSE:
            return False
        if op.name == "vector.gather":
            rewriter.replace_op(op, [op.operands[-1]])
        elif op.results:
            rewriter.replace_op(op, [op.operands[0]])
        else:
            rewriter.erase_op(op)
        return True


def _is_contiguous(indices: Any) -> bool:
    """Whether a 1-d index vector is 0, 1, 2, ...: `vector.step` or such a constant."""
    t = indices.type
    if not isinstance(t, VectorType) or len(t.shape) != 1 or t.is_scalable:
        return False
    owner = _producer(indices)
    if owner is None:
        return False
    if owner.name == "vector.step":
        return True
    if owner.name != "arith.constant":
        return False
    attr = constant_value(indices)
    if not isinstance(attr, DenseIntOrFPElementsAttr):
        return False
    return list(attr.values) == list(range(t.shape[0]))


class ContiguousGather(RewritePattern):
    """gather / scatter on a memref with indices 0, 1, ... -> maskedload / maskedstore
    at the same offsets (FoldContiguousGather, FoldContiguousScatter)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        ops = list(op.operands)
        if not isinstance(ops[0].type, MemRefType) or not _is_contiguous(ops[-3]):
            return False
        operands = [*ops[:-3], ops[-2], ops[-1]]
        if op.name == "vector.gather":
            new = _memory_op(rewriter, op, "vector.maskedload", operands, [op.results[0].type])
            rewriter.replace_op(op, new)
        else:
            _memory_op(rewriter, op, "vector.maskedstore", operands, [])
            rewriter.erase_op(op)
        return True


def fold_masked_load(view: Any, operands: tuple) -> Any:
    return list(view.op.results) if fold_memref_cast(view.op) else None


def fold_masked_store(view: Any, operands: tuple) -> Any:
    return [] if fold_memref_cast(view.op) else None


# -- vector.multi_reduction ---------------------------------------------------------------------
def fold_multi_reduction(view: Any, operands: tuple) -> Any:
    """No reduction dims: the source itself."""
    op = view.op
    dims = static_values(op.properties.get("reduction_dims"))
    if not dims and op.operands[0].type == op.results[0].type:
        return op.operands[0]
    return None


class MultiReductionOfUnitDims(RewritePattern):
    """multi_reduction reducing only dims of size 1 -> shape_cast (or extract, for a
    scalar result) of the source, combined with acc (ElideUnitDimsInMultiDimReduction)."""

    root = "vector.multi_reduction"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.vector_ops import ExtractOp
        from pyir.dialects.vector_shape_ops import ShapeCastOp

        source = op.operands[0].type
        dims = static_values(op.properties.get("reduction_dims"))
        if not isinstance(source, VectorType) or not dims:
            return False
        if any(not 0 <= d < len(source.shape) or source.shape[d] != 1 for d in dims):
            return False
        dest = op.results[0].type
        kind = getattr(op.properties.get("kind"), "value", None)
        names = _COMBINE.get(kind)
        element = source.element_type
        is_float = isinstance(element, FloatType)
        name = None if names is None else names[1 if is_float else 0]
        combine = _arith_op(name) if name is not None else None
        if combine is None:
            return False
        root, mask = _masked_root(op, rewriter)

        def cast(value: Any, t: Any) -> Any:
            if isinstance(t, VectorType):
                return rewriter.create(ShapeCastOp, [value], [t], location=op.location)
            position = {"static_position": dense_i64([0] * len(source.shape))}
            return rewriter.create(ExtractOp, [value], [t], position, location=op.location)

        if mask is not None:
            mask_dest = (
                VectorType(dest.shape, I1, dest.scalable_dims)
                if isinstance(dest, VectorType)
                else I1
            )
            mask = cast(mask, mask_dest).results[0]
        source_cast = cast(op.operands[0], dest).results[0]
        new = rewriter.create(
            combine, [op.operands[1], source_cast], [dest], location=op.location
        ).results[0]
        if mask is not None:
            # Masked-off lanes take the (cast) source, as MLIR's pattern does.
            new = _select(rewriter, op, mask, new, source_cast)
        rewriter.replace_op(root, [new])
        return True


def install(ops: dict) -> None:
    """Give the masked memory ops and multi_reduction their folds and patterns."""
    for name in ("vector.maskedload", "vector.expandload"):
        ops[name].canonicalization_patterns = (MaskedLoadFolder(name),)
    for name in ("vector.maskedstore", "vector.compressstore"):
        ops[name].canonicalization_patterns = (MaskedStoreFolder(name),)
    ops["vector.maskedload"].fold = fold_masked_load
    ops["vector.maskedstore"].fold = fold_masked_store
    # expandload / compressstore subclass these two but have no fold in MLIR.
    ops["vector.expandload"].fold = None
    ops["vector.compressstore"].fold = None
    for name in ("vector.gather", "vector.scatter"):
        ops[name].canonicalization_patterns = (GatherFolder(name), ContiguousGather(name))
    ops["vector.multi_reduction"].fold = fold_multi_reduction
    ops["vector.multi_reduction"].canonicalization_patterns = (MultiReductionOfUnitDims(),)
