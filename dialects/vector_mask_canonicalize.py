"""Folders and canonicalization patterns of vector.create_mask and vector.constant_mask,
and of the ops that read a mask, as MLIR's `--canonicalize` applies them.

- constant_mask: every size the whole dim -> a `dense<true>` constant; every size 0
  -> `dense<false>` (a 0-d mask: its one size, 1 or 0);
- create_mask: every size a constant -> constant_mask, sizes clamped to [0, dim] and
  all zero once one is (CreateMaskFolder); on a scalable dim only a negative size or
  `n * vscale` with n >= the dim folds;
- extract of a create_mask (vector results): all-false when a static position lies past
  its size or a size is a constant <= 0 -> `dense<false>`; else, when every extracted
  size is a constant (or the dim is whole under a dynamic position) -> create_mask of
  the remaining sizes (ExtractOpFromCreateMask);
- extract of a constant_mask: the same reasoning, giving a constant_mask of the
  remaining sizes, or `true` / `false` for a scalar;
- transpose of a mask -> the mask with permuted sizes (FoldTransposeCreateMask);
- shape_cast dropping leading or trailing unit dims whose sizes are the constant 1 ->
  the mask without them (ShapeCastCreateMaskFolderTrailingOneDim);
- extract_strided_slice with unit strides of a constant_mask -> the sliced
  constant_mask; of a create_mask -> create_mask of `size - offset` (arith.subi)
  (StridedSliceConstantMaskFolder, StridedSliceCreateMaskFolder).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType, VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.static_dynamic import DYNAMIC, dense_i64, static_values
from pyir.dialects.vector_canonicalize import _producer
from pyir.dialects.vector_common import I1
from pyir.folding import constant_value
from pyir.patterns import RewritePattern


def _bool_splat(t: VectorType, value: bool) -> Any:
    try:
        return DenseIntOrFPElementsAttr(t, [value])
    except (ValueError, TypeError):
        return None


def _sizes(op: Operation) -> list[int]:
    return list(static_values(op.properties.get("mask_dim_sizes")))


def _arith_int(value: Any) -> int | None:
    """The integer of an `arith.constant` producing `value`, else None."""
    if _producer(value, "arith.constant") is None:
        return None
    attr = constant_value(value)
    return attr.value if isinstance(attr, IntegerAttr) else None


def _constant_int(value: Any) -> int | None:
    """The integer of any constant producing `value` (MLIR's getConstantIntValue)."""
    attr = constant_value(value)
    return attr.value if isinstance(attr, IntegerAttr) else None


def _replace(rewriter: Any, op: Operation, new: Operation) -> bool:
    rewriter.replace_op(op, new)
    return True


def _constant_mask(rewriter: Any, op: Operation, sizes: list[int], t: VectorType) -> Operation:
    from pyir.dialects.vector_mask_ops import ConstantMaskOp

    return rewriter.create(
        ConstantMaskOp,
        [],
        [t],
        properties={"mask_dim_sizes": dense_i64(sizes)},
        location=op.location,
    )


def _create_mask(rewriter: Any, op: Operation, sizes: list, t: VectorType) -> Operation:
    from pyir.dialects.vector_mask_ops import CreateMaskOp

    return rewriter.create(CreateMaskOp, list(sizes), [t], location=op.location)


def _arith_constant(rewriter: Any, op: Operation, attr: Any, t: Any) -> Operation:
    from pyir.dialects.arith import ConstantOp

    return rewriter.create(ConstantOp, [], [t], properties={"value": attr}, location=op.location)


# -- vector.constant_mask ---------------------------------------------------------------------------
def fold_constant_mask(view: Any, operands: tuple) -> Any:
    """All-true or all-false constant masks -> a splat constant."""
    op = view.op
    t = op.results[0].type
    sizes = _sizes(op)
    if not isinstance(t, VectorType) or not sizes:
        return None
    if not t.shape:
        return _bool_splat(t, sizes[0] == 1)
    if tuple(sizes) == tuple(t.shape):
        return _bool_splat(t, True)
    if all(s == 0 for s in sizes):
        return _bool_splat(t, False)
    return None


# -- vector.create_mask -----------------------------------------------------------------------------
class CreateMaskFolder(RewritePattern):
    """create_mask of constant sizes -> constant_mask, the sizes clamped to [0, dim] and
    all 0 when one is. A scalable dim folds only a negative size (an all-false mask)."""

    root = "vector.create_mask"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        t = op.results[0].type
        if not isinstance(t, VectorType):
            return False
        shape, scalable = (t.shape, t.scalable_dims) if t.shape else ((1,), (False,))
        if len(op.operands) != len(shape):
            return False
        sizes = []
        for value, dim, is_scalable in zip(op.operands, shape, scalable):
            size = _constant_int(value)
            if size is not None:
                if is_scalable and size >= 0:
                    return False
            else:
                # `n * vscale` with n >= dim: the whole dim (vscale >= 1).
                size = _vscale_multiplier(value)
                if size is None or size < dim:
                    return False
            sizes.append(min(max(size, 0), dim))
        if 0 in sizes:
            sizes = [0] * len(sizes)
        return _replace(rewriter, op, _constant_mask(rewriter, op, sizes, t))


def _vscale_multiplier(value: Any) -> int | None:
    """n when `value` is `vector.vscale` (1) or `arith.muli` of it and the constant n
    (MLIR's getConstantVscaleMultiplier)."""
    if _producer(value, "vector.vscale") is not None:
        return 1
    mul = _producer(value, "arith.muli")
    if mul is None:
        return None
    lhs, rhs = mul.operands
    if _producer(lhs, "vector.vscale") is not None:
        return _constant_int(rhs)
    if _producer(rhs, "vector.vscale") is not None:
        return _constant_int(lhs)
    return None


def _create_mask_all_false(op: Operation) -> bool:
    """MLIR's getMaskFormat(create_mask) == AllFalse: some size is a constant <= 0."""
    for value in op.operands:
        size = _arith_int(value)
        if size is not None and size <= 0:
            return True
    return False


# -- vector.extract of a mask -----------------------------------------------------------------------
def _extract_sizes(position: list[int], bounds: list, shape: tuple, all_false: bool) -> str:
    """ "false", "mask" (the remaining sizes describe the result) or "unknown", for an
    extract at `position` of a mask whose sizes are `bounds` (None: not a constant)."""
    unknown = False
    for i, p in enumerate(position):
        if all_false:
            break
        bound = bounds[i]
        if bound is None:
            unknown = True
        elif p != DYNAMIC:
            all_false = p >= bound
        elif bound < shape[i]:
            unknown = True  # a dynamic position in a partly true dim
    if all_false:
        return "false"
    return "unknown" if unknown else "mask"


class ExtractFromMask(RewritePattern):
    """extract of a create_mask (vector result) or a constant_mask -> `false`, or the
    mask of the remaining dims (ExtractOpFromCreateMask; constant_mask through the
    same rule)."""

    root = "vector.extract"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        source = op.operands[0]
        create = _producer(source, "vector.create_mask")
        constant = _producer(source, "vector.constant_mask") if create is None else None
        result_type = op.results[0].type
        if create is None and constant is None:
            return False
        position = list(static_values(op.properties.get("static_position")))
        if any(p < 0 and p != DYNAMIC for p in position):
            return False
        shape = source.type.shape
        if create is not None:
            if not isinstance(result_type, VectorType):
                return False
            bounds = [_arith_int(v) for v in create.operands]
            all_false = _create_mask_all_false(create)
        else:
            bounds = _sizes(constant)
            all_false = 0 in bounds
        if len(bounds) < len(position):
            return False
        kind = _extract_sizes(position, bounds, shape, all_false)
        if kind == "unknown":
            return False
        if kind == "false" or not isinstance(result_type, VectorType):
            value = kind != "false"
            attr = _bool_splat(result_type, value) if isinstance(result_type, VectorType) else None
            if attr is None:
                attr = IntegerAttr(1 if value else 0, I1)
            return _replace(rewriter, op, _arith_constant(rewriter, op, attr, result_type))
        if create is not None:
            rest = list(create.operands[len(position) :])
            return _replace(rewriter, op, _create_mask(rewriter, op, rest, result_type))
        rest_sizes = bounds[len(position) :]
        return _replace(rewriter, op, _constant_mask(rewriter, op, rest_sizes, result_type))


# -- vector.transpose of a mask ---------------------------------------------------------------------
class TransposeOfMask(RewritePattern):
    """transpose(create_mask / constant_mask) -> the mask with sizes permuted
    (FoldTransposeCreateMask)."""

    root = "vector.transpose"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        source = op.operands[0]
        perm = list(static_values(op.properties.get("permutation")))
        t = op.results[0].type
        create = _producer(source, "vector.create_mask")
        if create is not None and len(create.operands) == len(perm):
            sizes = [create.operands[p] for p in perm]
            return _replace(rewriter, op, _create_mask(rewriter, op, sizes, t))
        constant = _producer(source, "vector.constant_mask")
        if constant is not None and len(_sizes(constant)) == len(perm):
            sizes = [_sizes(constant)[p] for p in perm]
            return _replace(rewriter, op, _constant_mask(rewriter, op, sizes, t))
        return False


# -- vector.shape_cast of a mask --------------------------------------------------------------------
def _dropped_unit_dims(src: VectorType, dst: VectorType) -> tuple[int, int] | None:
    """(start, count) of the dims a shape_cast drops when they are all leading or all
    trailing (the trailing end tried first); None otherwise."""
    n = len(src.shape) - len(dst.shape)
    if n <= 0 or not dst.shape:
        return None  # a 0-d mask would still need one size
    dims = list(zip(src.shape, src.scalable_dims))
    kept = list(zip(dst.shape, dst.scalable_dims))
    if dims[: len(kept)] == kept:
        return len(kept), n
    if dims[n:] == kept:
        return 0, n
    return None


class ShapeCastOfMask(RewritePattern):
    """shape_cast dropping leading or trailing dims of a mask whose sizes there are the
    constant 1 -> the mask without those dims (ShapeCastCreateMaskFolderTrailingOneDim)."""

    root = "vector.shape_cast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        source = op.operands[0]
        create = _producer(source, "vector.create_mask")
        constant = _producer(source, "vector.constant_mask") if create is None else None
        if create is None and constant is None:
            return False
        t = op.results[0].type
        dropped = _dropped_unit_dims(source.type, t)
        if dropped is None:
            return False
        start, count = dropped
        if create is not None:
            sizes: list = list(create.operands)
            if len(sizes) != len(source.type.shape):
                return False
            if any(_arith_int(v) != 1 for v in sizes[start : start + count]):
                return False
            kept = sizes[:start] + sizes[start + count :]
            return _replace(rewriter, op, _create_mask(rewriter, op, kept, t))
        sizes = _sizes(constant)
        if any(s != 1 for s in sizes[start : start + count]):
            return False
        kept = sizes[:start] + sizes[start + count :]
        return _replace(rewriter, op, _constant_mask(rewriter, op, kept, t))


# -- vector.extract_strided_slice of a mask ---------------------------------------------------------
def _slice(op: Operation) -> tuple[list[int], list[int]] | None:
    """(offsets, sizes) of an extract_strided_slice with unit strides, else None."""
    from pyir.dialects.vector_slice_ops import ints

    strides = ints(op.properties.get("strides"))
    if any(s != 1 for s in strides):
        return None
    return ints(op.properties.get("offsets")), ints(op.properties.get("sizes"))


class StridedSliceOfConstantMask(RewritePattern):
    """extract_strided_slice(constant_mask) -> constant_mask of the sliced region
    (StridedSliceConstantMaskFolder)."""

    root = "vector.extract_strided_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        constant = _producer(op.operands[0], "vector.constant_mask")
        sliced = _slice(op) if constant is not None else None
        if sliced is None:
            return False
        offsets, slice_sizes = sliced
        mask = _sizes(constant)
        sizes = [
            max(0, min(offset + size, bound) - offset)
            for bound, offset, size in zip(mask, offsets, slice_sizes)
        ]
        sizes += mask[len(sizes) :]
        if 0 in sizes:
            sizes = [0] * len(mask)
        t = op.results[0].type
        return _replace(rewriter, op, _constant_mask(rewriter, op, sizes, t))


class StridedSliceOfCreateMask(RewritePattern):
    """extract_strided_slice(create_mask) -> create_mask of `size - offset` on the sliced
    dims (create_mask clamps, so no min/max is needed) (StridedSliceCreateMaskFolder)."""

    root = "vector.extract_strided_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.arith import ConstantOp, SubIOp

        create = _producer(op.operands[0], "vector.create_mask")
        sliced = _slice(op) if create is not None else None
        if sliced is None:
            return False
        offsets, _ = sliced
        sizes = []
        for value, offset in zip(create.operands, offsets):
            if not isinstance(value.type, IndexType):
                return False
            const = rewriter.create(
                ConstantOp,
                [],
                [value.type],
                properties={"value": IntegerAttr(offset, value.type)},
                location=op.location,
            )
            sub = rewriter.create(
                SubIOp, [value, const.results[0]], [value.type], location=op.location
            )
            sizes.append(sub.results[0])
        sizes += list(create.operands[len(sizes) :])
        t = op.results[0].type
        return _replace(rewriter, op, _create_mask(rewriter, op, sizes, t))


def install(ops: dict) -> None:
    """Give the mask ops their folds and patterns, and the ops reading masks theirs
    (put before the patterns installed earlier, as MLIR lists them first)."""
    ops["vector.constant_mask"].fold = fold_constant_mask
    ops["vector.create_mask"].canonicalization_patterns = (CreateMaskFolder(),)
    extra = {
        "vector.extract": (ExtractFromMask(),),
        "vector.transpose": (TransposeOfMask(),),
        "vector.shape_cast": (ShapeCastOfMask(),),
        "vector.extract_strided_slice": (StridedSliceOfConstantMask(), StridedSliceOfCreateMask()),
    }
    for name, patterns in extra.items():
        cls = ops[name]
        cls.canonicalization_patterns = (*patterns, *getattr(cls, "canonicalization_patterns", ()))
