"""Folders and canonicalization patterns of the tensor slice, pad and reassociative reshape
ops (MLIR's `fold` methods and getCanonicalizationPatterns of ExtractSliceOp,
InsertSliceOp, PadOp, CollapseShapeOp and ExpandShapeOp):

- extract_slice: of a splat constant -> a splat of the result type; the whole source ->
  the source; of an insert_slice at the same place -> the inserted tensor; constant
  offsets, sizes and strides become static, with a cast back (the constant argument
  folder); of a cast that loses information -> of the cast's source
  (ExtractSliceOpCastFolder);
- insert_slice: overwriting the whole (static) dest -> the source; of a zero-size window ->
  the dest; of an extract_slice of the dest at the same place -> the dest; over an
  insert_slice at the same place -> into that one's dest; constant lists become static
  (with a cast of the source when its canonical type changes); a source less static than
  the sizes gets a cast (InsertSliceOpSourceCastInserter); casts that only drop static
  sizes of the source or dest are looked through, with a cast of the result back
  (InsertSliceOpCastFolder);
- parallel_insert_slice: the same three patterns (MLIR has no folder for it); a cast of its
  source goes before its `scf.forall.in_parallel` parent;
- pad: no padding (and no `nofold`) -> the source, or a cast of it (FoldStaticZeroPadding);
  the other pad patterns are in `tensor_pad_canonicalize`;
- collapse_shape / expand_shape: to the same type -> the source; of a dense constant -> the
  reshaped constant; of the inverse reshape back to the original type -> the original.
"""

from __future__ import annotations

from typing import Any

from pyir.builder import InsertionPoint
from pyir.builtin_types import DYNAMIC, RankedTensorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects import tensor_pad_canonicalize as pads
from pyir.dialects import tensor_reshape_compose as compose
from pyir.dialects.shape_folding import (
    ComposeReassociativeReshapeOps,
    const_int,
    defining,
    fold_constant_entries,
)
from pyir.dialects.static_dynamic import (
    merge_mixed,
    split_mixed,
    static_values,
    verify_in_bounds_slice,
)
from pyir.dialects.tensor_canonicalize import preserves_static_info, replace_with_built
from pyir.patterns import RewritePattern

_LISTS = ("offsets", "sizes", "strides")


def view_mixed(view: Any, which: str) -> list:
    """The mixed list (ints and Values) `which` ("offsets", "low", ...) of an op view."""
    return merge_mixed(static_values(getattr(view, "static_" + which)), getattr(view, which))


def _lists(op: Operation) -> list[list]:
    view = op.op_def(op)
    return [view_mixed(view, n) for n in _LISTS]


def _mixed(op: Operation, which: str) -> list:
    return view_mixed(op.op_def(op), which)


def _ints(mixed: list) -> list:
    """Each entry as an int when static or constant, else DYNAMIC (getConstantIntValue)."""
    out = []
    for entry in mixed:
        c = entry if isinstance(entry, int) else const_int(entry)
        out.append(DYNAMIC if c is None else c)
    return out


def _is_identity(op: Operation, shape: tuple) -> bool:
    """Zero offsets, unit strides and sizes equal to the static `shape` (leading dims)."""
    offsets, sizes, strides = (_ints(m) for m in _lists(op))
    if any(o != 0 for o in offsets) or any(s != 1 for s in strides):
        return False
    return all(s == d and d != DYNAMIC for s, d in zip(sizes, shape))


def _same_place(a: Operation, b: Operation) -> bool:
    """The two ops have the same offsets, sizes and strides (same ints or same Values)."""
    for x, y in zip(_lists(a), _lists(b)):
        if len(x) != len(y):
            return False
        for p, q in zip(x, y):
            if isinstance(p, int) != isinstance(q, int):
                return False
            if (p != q) if isinstance(p, int) else (p is not q):
                return False
    return True


def canonical_slice_type(rank: int, source: Any, sizes: tuple) -> RankedTensorType:
    """The slice type of the static `sizes` reduced to `rank` by dropping the leftmost unit
    dimensions (MLIR's inferCanonicalRankReducedResultType)."""
    shape = list(sizes)
    extra = len(shape) - rank
    if extra > 0:
        drop = [i for i, d in enumerate(shape) if d == 1][:extra]
        shape = [d for i, d in enumerate(shape) if i not in drop]
    return RankedTensorType(tuple(shape), source.element_type)


def _fold_lists(lists: list[list]) -> bool:
    """Fold constant entries of the first list that has any (offsets and sizes only
    non-negative ones), as MLIR's constant argument folders do; True if one changed."""
    for i, non_negative in ((0, True), (1, True), (2, False)):
        lists[i], changed = fold_constant_entries(lists[i], non_negative)
        if changed:
            return True
    return False


def _in_bounds(shape: tuple, lists: list[list]) -> bool:
    statics = [split_mixed(m)[0] for m in lists]
    return verify_in_bounds_slice(shape, *statics) is None


# -- extract_slice ------------------------------------------------------------------------------
def fold_extract_slice(view: Any, operands: tuple) -> Any:
    op = view.op
    source = op.operands[0]
    t = op.results[0].type
    splat = operands[0]
    if isinstance(splat, DenseIntOrFPElementsAttr) and splat.is_splat and DYNAMIC not in t.shape:
        return DenseIntOrFPElementsAttr.from_bytes(t, splat.data)
    if source.type == t and _is_identity(op, source.type.shape):
        return source
    insert = defining(source, "tensor.insert_slice")
    if insert is not None and insert.operands[0].type == t and _same_place(insert, op):
        return insert.operands[0]
    return None


class ExtractSliceConstantArgumentFolder(RewritePattern):
    """extract_slice %t[%c0] [%c4] [%c1] -> cast(extract_slice %t[0] [4] [1])"""

    root = "tensor.extract_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp
        from pyir.dialects.tensor_slice_ops import ExtractSliceOp

        lists = _lists(op)
        if not _fold_lists(lists):
            return False
        source = op.operands[0]
        if not _in_bounds(source.type.shape, lists):
            return False
        t = op.results[0].type
        new_type = canonical_slice_type(len(t.shape), source.type, split_mixed(lists[1])[0])
        new = ExtractSliceOp.build(source, *lists, result_type=new_type)
        new.location = op.location
        rewriter.insert(new)
        if new_type != t:
            new = rewriter.create(CastOp, [new.results[0]], [t], location=op.location)
        rewriter.replace_op(op, new)
        return True


class ExtractSliceOpCastFolder(RewritePattern):
    """extract_slice(cast(%t)) where the cast loses information -> extract_slice(%t)"""

    root = "tensor.extract_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_slice_ops import ExtractSliceOp

        if any(const_int(v) is not None for v in op.operands):
            return False  # the constant folder goes first
        cast = defining(op.operands[0], "tensor.cast")
        if cast is None:
            return False
        source = cast.operands[0]
        if not preserves_static_info(cast.results[0].type, source.type):
            return False
        lists = _lists(op)
        if not _in_bounds(source.type.shape, lists):
            return False
        new = ExtractSliceOp.build(source, *lists, result_type=op.results[0].type)
        replace_with_built(rewriter, op, new)
        return True


# -- insert_slice -------------------------------------------------------------------------------
def fold_insert_slice(view: Any, operands: tuple) -> Any:
    op = view.op
    source, dest = op.operands[0], op.operands[1]
    t = op.results[0].type
    if source.type == t and DYNAMIC not in t.shape and _is_identity(op, t.shape):
        return source
    previous = defining(dest, "tensor.insert_slice")
    if (
        previous is not None
        and previous.operands[0].type == source.type
        and _same_place(previous, op)
    ):
        op.set_operand(1, previous.operands[1])
        return op.results[0]
    extract = defining(source, "tensor.extract_slice")
    if extract is not None and extract.operands[0] is dest and _same_place(extract, op):
        return dest
    if any(s == 0 for s in _ints(_mixed(op, "sizes"))):
        return dest
    return None


def _cast_source_to(rewriter: Any, op: Operation, source: Any, source_type: Any) -> Any:
    """`tensor.cast source` to `source_type`, created before `op` (before its parent for
    parallel_insert_slice, whose parent holds nothing else)."""
    from pyir.dialects.tensor_ops import CastOp

    anchor = op if op.results else op.parent_op()
    with rewriter.at(InsertionPoint.before(anchor)):
        cast = rewriter.create(CastOp, [source], [source_type], location=op.location)
    return cast.results[0]


# The insert_slice patterns also serve parallel_insert_slice (subclasses with its root, at
# the end): the new op is built by `op.op_def`, both classes sharing
# `build(source, dest, offsets, sizes, strides)`, and only insert_slice has a result.
class InsertSliceConstantArgumentFolder(RewritePattern):
    """insert_slice %s into %d[%c0] [%c4] [%c1] -> insert_slice (cast %s) into %d[0] [4] [1]"""

    root = "tensor.insert_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lists = _lists(op)
        if not _fold_lists(lists):
            return False
        source, dest = op.operands[0], op.operands[1]
        if not _in_bounds(dest.type.shape, lists):
            return False
        source_type = canonical_slice_type(
            len(source.type.shape), dest.type, split_mixed(lists[1])[0]
        )
        if source_type != source.type:
            source = _cast_source_to(rewriter, op, source, source_type)
        new = op.op_def.build(source, dest, *lists)
        replace_with_built(rewriter, op, new)
        return True


def _rank_reduction_mask_dynamic(original: list, reduced: tuple) -> set | None:
    """MLIR's computeRankReductionMask with matchDynamic: a dynamic size on either side
    matches anything but a static 1; other dims of `original` must be 1 to be dropped."""
    dropped = set()
    j = 0
    for i, size in enumerate(original):
        if j < len(reduced) and size != 1 and DYNAMIC in (size, reduced[j]):
            j += 1
            continue
        if j < len(reduced) and size == reduced[j]:
            j += 1
            continue
        if size != 1:
            return None
        dropped.add(i)
    return dropped if j == len(reduced) else None


def _cast_source(value: Any) -> Any:
    """The source of a `tensor.cast` defining `value` that only drops static sizes."""
    cast = defining(value, "tensor.cast")
    if cast is None or not preserves_static_info(cast.results[0].type, cast.operands[0].type):
        return None
    return cast.operands[0]


class InsertSliceOpCastFolder(RewritePattern):
    """insert_slice (cast %s : more static) into (cast %d : more static) ->
    cast(insert_slice %s into %d), sizes taking the static sizes of %s"""

    root = "tensor.insert_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp
        from pyir.dialects.tensor_shapes import slice_type_error
        from pyir.dialects.tensor_slice_ops import infer_slice_type

        if any(const_int(v) is not None for v in op.operands):
            return False  # the constant folder goes first
        cast_src, cast_dst = _cast_source(op.operands[0]), _cast_source(op.operands[1])
        if cast_src is None and cast_dst is None:
            return False
        src = cast_src if cast_src is not None else op.operands[0]
        dst = cast_dst if cast_dst is not None else op.operands[1]
        src_shape = src.type.shape
        offsets, sizes, strides = _lists(op)
        static_sizes = list(split_mixed(sizes)[0])
        mask = _rank_reduction_mask_dynamic(static_sizes, src_shape)
        if mask is None:
            return False
        # As MLIR does, the source dim index only moves on past a static source dim.
        k = 0
        for i in range(len(static_sizes)):
            if i not in mask and k < len(src_shape) and src_shape[k] != DYNAMIC:
                sizes[i] = static_sizes[i] = src_shape[k]
                k += 1
        expected = infer_slice_type(dst.type, static_sizes)
        if slice_type_error(expected, src.type) is not None:
            return False
        if not _in_bounds(dst.type.shape, [offsets, sizes, strides]):
            return False
        new = op.op_def.build(src, dst, offsets, sizes, strides)
        new.location = op.location
        rewriter.insert(new)
        if op.results and dst.type != op.operands[1].type:
            new = rewriter.create(
                CastOp, [new.results[0]], [op.results[0].type], location=op.location
            )
        rewriter.replace_op(op, new)
        return True


class InsertSliceOpSourceCastInserter(RewritePattern):
    """insert_slice %s : tensor<?xf32> into %d[..] [4] [..] ->
    insert_slice (cast %s : tensor<4xf32>) into %d"""

    root = "tensor.insert_slice"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        source, dest = op.operands[0], op.operands[1]
        source_type = source.type
        if len(source_type.shape) != len(dest.type.shape):
            return False
        shape = list(source_type.shape)
        for i, size in enumerate(_ints(_mixed(op, "sizes"))):
            if size == DYNAMIC:
                continue
            if size < 0:
                return False
            shape[i] = size
        new_type = RankedTensorType(tuple(shape), source_type.element_type, source_type.encoding)
        if new_type == source_type or not preserves_static_info(source_type, new_type):
            return False
        if any(a != b and DYNAMIC not in (a, b) for a, b in zip(source_type.shape, shape)):
            return False  # not cast compatible
        # MLIR puts the cast of a parallel_insert_slice inside its parent (which then fails
        # to verify); it goes before the parent here, as for the constant folder.
        cast = _cast_source_to(rewriter, op, source, new_type)
        new = op.op_def.build(cast, dest, *_lists(op))
        replace_with_built(rewriter, op, new)
        return True


# -- pad ----------------------------------------------------------------------------------------
def fold_pad(view: Any, operands: tuple) -> Any:
    op = view.op
    t = op.results[0].type
    if DYNAMIC in t.shape or t != op.operands[0].type or "nofold" in op.properties:
        return None
    return op.operands[0]


class FoldStaticZeroPadding(RewritePattern):
    """pad %t low[0, 0] high[0, 0] -> cast %t"""

    root = "tensor.pad"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp

        if "nofold" in op.properties:
            return False
        view = op.op_def(op)
        for which in ("low", "high"):
            if any(p != 0 for p in _ints(view_mixed(view, which))):
                return False
        cast = rewriter.create(CastOp, [op.operands[0]], [op.results[0].type], location=op.location)
        rewriter.replace_op(op, cast)
        return True


# -- collapse_shape / expand_shape (folders in shape_folding) ----------------------------------
class FoldReshapeWithSplat(RewritePattern):
    """expand_shape / collapse_shape (splat %v : static) -> splat %v of the result type"""

    root = "tensor.expand_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import SplatOp

        splat = defining(op.operands[0], "tensor.splat")
        t = op.results[0].type
        if splat is None or DYNAMIC in splat.results[0].type.shape or DYNAMIC in t.shape:
            return False
        new = rewriter.create(SplatOp, [splat.operands[0]], [t], location=op.location)
        rewriter.replace_op(op, new)
        return True


class FoldCollapseWithSplat(FoldReshapeWithSplat):
    root = "tensor.collapse_shape"


class FoldReshapeWithFromElements(RewritePattern):
    """expand_shape / collapse_shape (from_elements ...) to a static type ->
    from_elements ... of the result type"""

    root = "tensor.expand_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import FromElementsOp

        producer = defining(op.operands[0], "tensor.from_elements")
        t = op.results[0].type
        if producer is None or DYNAMIC in t.shape:
            return False
        new = rewriter.create(FromElementsOp, list(producer.operands), [t], location=op.location)
        rewriter.replace_op(op, new)
        return True


class FoldCollapseWithFromElements(FoldReshapeWithFromElements):
    root = "tensor.collapse_shape"


class ParallelInsertSliceConstantArgumentFolder(InsertSliceConstantArgumentFolder):
    """parallel_insert_slice %s into %o[%c0] [%c4] [%c1] -> ... into %o[0] [4] [1]"""

    root = "tensor.parallel_insert_slice"


class ParallelInsertSliceOpCastFolder(InsertSliceOpCastFolder):
    """parallel_insert_slice (cast %s : more static) into %o -> parallel_insert_slice %s"""

    root = "tensor.parallel_insert_slice"


class ParallelInsertSliceOpSourceCastInserter(InsertSliceOpSourceCastInserter):
    """parallel_insert_slice %s : tensor<?xf32> into %o[..] [%c4] [..] (not foldable) ->
    parallel_insert_slice (cast %s : tensor<4xf32>), the cast before the parent"""

    root = "tensor.parallel_insert_slice"


FOLDERS = {
    "tensor.extract_slice": fold_extract_slice,
    "tensor.insert_slice": fold_insert_slice,
    "tensor.pad": fold_pad,
    "tensor.collapse_shape": compose.reshape_folder("tensor.expand_shape"),
    "tensor.expand_shape": compose.reshape_folder("tensor.collapse_shape"),
}

PATTERNS: dict[str, tuple] = {
    "tensor.extract_slice": (ExtractSliceConstantArgumentFolder, ExtractSliceOpCastFolder),
    "tensor.insert_slice": (
        InsertSliceConstantArgumentFolder,
        InsertSliceOpCastFolder,
        InsertSliceOpSourceCastInserter,
    ),
    "tensor.parallel_insert_slice": (
        ParallelInsertSliceConstantArgumentFolder,
        ParallelInsertSliceOpCastFolder,
        ParallelInsertSliceOpSourceCastInserter,
    ),
    "tensor.pad": (
        FoldStaticZeroPadding,
        pads.FoldSourceTensorCast,
        pads.FoldTargetTensorCast,
        pads.FoldOrthogonalPaddings,
        pads.FoldStaticPadding,
        pads.FoldConsecutiveConstantPadding,
    ),
    # In MLIR's order (patterns of equal benefit are tried in the order they were added).
    "tensor.collapse_shape": (
        ComposeReassociativeReshapeOps("tensor.collapse_shape"),
        compose.ComposeCollapseOfExpandOp,
        FoldCollapseWithSplat,
        FoldCollapseWithFromElements,
        compose.FoldCollapseOfCastOp,
    ),
    "tensor.expand_shape": (
        ComposeReassociativeReshapeOps("tensor.expand_shape"),
        compose.ComposeExpandOfCollapseOp,
        compose.ConvertToStaticExpandShape,
        FoldReshapeWithSplat,
        FoldReshapeWithFromElements,
    ),
}
