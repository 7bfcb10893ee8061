"""Folders and canonicalization patterns of memref.subview and memref.reinterpret_cast
(MLIR's `fold` methods and getCanonicalizationPatterns of SubViewOp and ReinterpretCastOp):

- subview: identity subviews fold to the source, a no-op subview of a subview to that one;
  constant offsets, sizes and strides become static (with a cast back; negative offsets
  and sizes, zero strides and out-of-bounds windows stay); a subview of a cast that loses
  information reads the cast's source; an all-zero-offset, unit-stride, full-size subview
  is its source or a cast of it (TrivialSubViewOpFolder);
- reinterpret_cast reads through reinterpret_cast, cast and zero-offset subview, and to its
  source's own static type is the source; constant offset / size / stride operands become
  static (not negative offsets or sizes) with a cast back (ReinterpretCastOpConstantFolder);
- view reads through a cast of its byte buffer, to the buffer's own static type with a
  constant zero shift is the buffer, and constant non-negative sizes become static with a
  cast back (ViewOpShapeFolder).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import StridedLayoutAttr
from pyir.builtin_types import DYNAMIC, MemRefType
from pyir.core import Operation
from pyir.dialects.memref_canonicalize import cast_back, cast_folds_into_consumer
from pyir.dialects.memref_layout import infer_subview_type, memref_rank_reduction_mask
from pyir.dialects.shape_folding import const_int, defining, fold_constant_entries
from pyir.dialects.static_dynamic import (
    merge_mixed,
    split_mixed,
    static_values,
    verify_in_bounds_slice,
)
from pyir.patterns import RewritePattern


# -- subview ------------------------------------------------------------------------------------
def _mixed(view: Any, which: str) -> list:
    return merge_mixed(static_values(getattr(view, "static_" + which)), getattr(view, which))


def _static(mixed: list) -> tuple:
    return split_mixed(mixed)[0]


def fold_subview(view: Any, operands: tuple) -> Any:
    """subview to the source's own static type -> the source; subview(subview(x)) with zero
    offsets, unit strides and the same sizes -> the inner subview."""
    op = view.op
    source = op.operands[0]
    t = op.results[0].type
    layout = getattr(t, "layout", None)
    static_layout = not isinstance(layout, StridedLayoutAttr) or DYNAMIC not in (
        layout.offset,
        *layout.strides,
    )
    if t == source.type and DYNAMIC not in t.shape and static_layout:
        return source
    inner = defining(source, "memref.subview")
    if inner is None or t != source.type:
        return None
    inner_view = inner.op_def(inner)
    if any(o != 0 for o in _static(_const_mixed(view, "offsets"))):
        return None
    if any(s != 1 for s in _static(_const_mixed(view, "strides"))):
        return None
    if not _same_entries(_mixed(view, "sizes"), _mixed(inner_view, "sizes")):
        return None
    return source


def _const_mixed(view: Any, which: str) -> list:
    """The list with constant Values read as ints (MLIR's getConstantIntValue on each)."""
    out = []
    for entry in _mixed(view, which):
        c = entry if isinstance(entry, int) else const_int(entry)
        out.append(DYNAMIC if c is None else c)
    return out


def _same_entries(a: list, b: list) -> bool:
    """Equal OpFoldResult lists: same ints, or the very same Values."""
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if isinstance(x, int) != isinstance(y, int):
            return False
        if (x != y) if isinstance(x, int) else (x is not y):
            return False
    return True


def _reduced_type(inferred: MemRefType, dropped: set[int]) -> MemRefType:
    """`inferred` (a strided subview type) without the dimensions in `dropped`."""
    if not dropped:
        return inferred
    layout = inferred.layout
    shape = tuple(d for i, d in enumerate(inferred.shape) if i not in dropped)
    strides = [s for i, s in enumerate(layout.strides) if i not in dropped]
    return MemRefType(
        shape,
        inferred.element_type,
        StridedLayoutAttr(layout.offset, strides),
        inferred.memory_space,
    )


def _build_subview(rewriter: Any, op: Operation, source: Any, lists: list, t: Any) -> Operation:
    from pyir.dialects.memref_view_ops import SubViewOp

    new = SubViewOp.build(source, *lists, result_type=t)
    new.location = op.location
    return rewriter.insert(new)


class SubViewConstantArgumentFolder(RewritePattern):
    """subview with constant offset/size/stride operands -> static entries, cast back."""

    root = "memref.subview"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        view = op.op_def(op)
        lists = [_mixed(view, n) for n in ("offsets", "sizes", "strides")]
        # MLIR folds the first list that has constants, then the next on a later visit.
        for i, non_negative in ((0, True), (1, True), (2, False)):
            lists[i], changed = fold_constant_entries(lists[i], non_negative, i == 2)
            if changed:
                break
        else:
            return False
        source_type = op.operands[0].type
        statics = [_static(m) for m in lists]
        if verify_in_bounds_slice(source_type.shape, *statics) is not None:
            return False  # the new op would not verify
        try:
            inferred = infer_subview_type(source_type, *(_static(m) for m in lists))
        except ValueError:
            return False
        dropped = memref_rank_reduction_mask(
            source_type, op.results[0].type, static_values(view.static_sizes)
        )
        if dropped is None:
            return False
        new = _build_subview(rewriter, op, op.operands[0], lists, _reduced_type(inferred, dropped))
        cast_back(rewriter, op, new)
        return True


class SubViewOpMemRefCastFolder(RewritePattern):
    """subview(cast(%x)) where the cast only loses information -> cast(subview(%x))"""

    root = "memref.subview"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if any(const_int(v) is not None for v in op.operands):
            return False  # the constant folder goes first
        cast = defining(op.operands[0], "memref.cast")
        if cast is None or not cast_folds_into_consumer(cast):
            return False
        view = op.op_def(op)
        lists = [_mixed(view, n) for n in ("offsets", "sizes", "strides")]
        try:
            inferred = infer_subview_type(cast.operands[0].type, *(_static(m) for m in lists))
        except ValueError:
            return False
        dropped = memref_rank_reduction_mask(
            op.operands[0].type, op.results[0].type, static_values(view.static_sizes)
        )
        if dropped is None:
            return False
        new = _build_subview(
            rewriter, op, cast.operands[0], lists, _reduced_type(inferred, dropped)
        )
        cast_back(rewriter, op, new)
        return True


class TrivialSubViewOpFolder(RewritePattern):
    """subview[0, ...][full static sizes][1, ...] of the same rank -> the source (or a cast)"""

    root = "memref.subview"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.memref_access_ops import CastOp

        source = op.operands[0]
        if len(source.type.shape) != len(op.results[0].type.shape):
            return False
        view = op.op_def(op)
        offsets = _const_mixed(view, "offsets")
        sizes = _const_mixed(view, "sizes")
        strides = _const_mixed(view, "strides")
        if any(o != 0 for o in offsets) or any(s != 1 for s in strides):
            return False
        if any(s == DYNAMIC or s != d for s, d in zip(sizes, source.type.shape)):
            return False
        if source.type == op.results[0].type:
            rewriter.replace_op(op, [source])
            return True
        cast = rewriter.create(CastOp, [source], [op.results[0].type], location=op.location)
        rewriter.replace_op(op, cast)
        return True


# -- reinterpret_cast ---------------------------------------------------------------------------
def fold_reinterpret_cast(view: Any, operands: tuple) -> Any:
    """reinterpret_cast of a reinterpret_cast, a cast or a zero-offset subview reads that
    op's source (in place); a reinterpret_cast to the source's static type with offset 0
    is the source."""
    op = view.op
    source = op.operands[0]
    producer = getattr(source, "op", None)
    name = producer.name if producer is not None else ""
    previous = None
    if name in ("memref.reinterpret_cast", "memref.cast"):
        previous = producer.operands[0]
    elif name == "memref.subview":
        offsets = _const_mixed(producer.op_def(producer), "offsets")
        if all(o == 0 for o in offsets):
            previous = producer.operands[0]
    if previous is not None:
        op.set_operand(0, previous)
        return op.results[0]
    t = op.results[0].type
    offsets = static_values(view.static_offsets)
    if DYNAMIC not in t.shape and source.type == t and offsets[:1] == (0,):
        return source
    return None


class ReinterpretCastOpConstantFolder(RewritePattern):
    """reinterpret_cast with constant offset/size/stride operands -> static entries (not
    negative offsets or sizes), with a cast back to the old type."""

    root = "memref.reinterpret_cast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.memref_view_ops import ReinterpretCastOp

        view = op.op_def(op)
        changed = False
        lists = []
        for which, non_negative in (("offsets", True), ("sizes", True), ("strides", False)):
            mixed, folded = fold_constant_entries(_mixed(view, which), non_negative)
            lists.append(mixed)
            changed = changed or folded
        if not changed:
            return False
        t = op.results[0].type
        offsets, sizes, strides = (_static(m) for m in lists)
        try:
            new_type = MemRefType(
                sizes, t.element_type, StridedLayoutAttr(offsets[0], strides), t.memory_space
            )
        except ValueError:
            return False
        new = ReinterpretCastOp.build(op.operands[0], new_type, lists[0][0], lists[1], lists[2])
        if new.op_def(new).verify_() is not None:
            return False
        new.location = op.location
        rewriter.insert(new)
        cast_back(rewriter, op, new)
        return True


# -- view ---------------------------------------------------------------------------------------
def fold_view(view: Any, operands: tuple) -> Any:
    """view of a cast of a byte buffer reads the buffer (in place); a view with a constant
    zero shift to its source's own static type is the source."""
    op = view.op
    source = op.operands[0]
    t = op.results[0].type
    shift = operands[1]
    if source.type == t and DYNAMIC not in t.shape and getattr(shift, "value", None) == 0:
        return source
    cast = defining(source, "memref.cast")
    if cast is not None and _byte_buffer(cast.operands[0].type):
        op.set_operand(0, cast.operands[0])
        return op.results[0]
    return None


def _byte_buffer(t: Any) -> bool:
    """A type memref.view accepts as its source: a 1-D i8 memref, identity layout."""
    from pyir.builtin_types import IntegerType

    return (
        isinstance(t, MemRefType)
        and len(t.shape) == 1
        and t.layout is None
        and t.element_type == IntegerType(8)
    )


class ViewOpShapeFolder(RewritePattern):
    """view with constant (non-negative) size operands -> a view of a more static type, with
    a cast back."""

    root = "memref.view"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.memref_view_ops import ViewOp

        t = op.results[0].type
        sizes = iter(op.operands[2:])
        shape, kept = [], []
        for d in t.shape:
            if d != DYNAMIC:
                shape.append(d)
                continue
            value = next(sizes, None)
            if value is None:
                return False
            c = const_int(value)
            if c is not None and c >= 0:
                shape.append(c)
            else:
                shape.append(DYNAMIC)
                kept.append(value)
        if len(kept) == len(op.operands) - 2:
            return False
        new_type = MemRefType(tuple(shape), t.element_type, t.layout, t.memory_space)
        new = ViewOp.build(op.operands[0], op.operands[1], kept, new_type)
        new.location = op.location
        rewriter.insert(new)
        cast_back(rewriter, op, new)
        return True


FOLDERS = {
    "memref.subview": fold_subview,
    "memref.reinterpret_cast": fold_reinterpret_cast,
    "memref.view": fold_view,
}

PATTERNS: dict[str, tuple] = {
    "memref.subview": (
        SubViewConstantArgumentFolder,
        SubViewOpMemRefCastFolder,
        TrivialSubViewOpFolder,
    ),
    "memref.reinterpret_cast": (ReinterpretCastOpConstantFolder,),
    "memref.view": (ViewOpShapeFolder,),
}
