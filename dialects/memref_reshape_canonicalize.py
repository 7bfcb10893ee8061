"""Canonicalization of memref.collapse_shape / memref.expand_shape pairs (MLIR's
ComposeCollapseOfExpandOp, ComposeExpandOfCollapseOp, CollapseShapeOpMemRefCastFolder and
the multi-dynamic case of foldReshapeOp). The reassociation arithmetic is shared with the
tensor dialect (`reshape_reassociation`); a reassociation is a list of groups, one per
collapsed dimension, each listing the expanded dimensions it merges: `[[0, 1], [2]]`.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import DYNAMIC, MemRefType
from pyir.core import Operation
from pyir.dialects.reshape_reassociation import (
    Groups,
    compose_collapse_of_expand,
    find_collapsing_reassociation,
)
from pyir.dialects.shape_folding import defining, reshape_folder, size_product
from pyir.patterns import RewritePattern


# -- helpers -------------------------------------------------------------------------------------
def groups_of(op: Operation) -> Groups:
    return [[int(i.value) for i in g] for g in op.properties["reassociation"]]


def _identity_layouts(*types: Any) -> bool:
    return all(isinstance(t, MemRefType) and t.layout is None for t in types)


def _mixed_output_shape(op: Operation) -> list:
    from pyir.dialects.static_dynamic import merge_mixed, static_values

    return merge_mixed(static_values(op.properties["static_output_shape"]), list(op.operands[1:]))


def _insert_checked(rewriter: Any, old: Operation, new: Operation) -> bool:
    """Insert `new` in place of `old` when it verifies (else drop it: no change)."""
    if new.op_def(new).verify_() is not None:
        return False
    new.location = old.location
    rewriter.insert(new)
    rewriter.replace_op(old, new)
    return True


def _cast(rewriter: Any, old: Operation, source: Any) -> bool:
    from pyir.dialects.memref_access_ops import CastOp

    cast = rewriter.create(CastOp, [source], [old.results[0].type], location=old.location)
    rewriter.replace_op(old, cast)
    return True


# -- patterns ------------------------------------------------------------------------------------
class ComposeExpandOfCollapseOp(RewritePattern):
    """expand_shape(collapse_shape(%x)) -> one collapse_shape or expand_shape of %x when the
    two reassociations compose; with layouts, a cast of a static %x when cast-compatible."""

    root = "memref.expand_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.memref_layout import cast_compatible
        from pyir.dialects.memref_reshape_ops import CollapseShapeOp, ExpandShapeOp

        collapse = defining(op.operands[0], "memref.collapse_shape")
        if collapse is None:
            return False
        src, res = collapse.operands[0].type, op.results[0].type
        if not _identity_layouts(op.operands[0].type, src):
            if DYNAMIC not in src.shape and cast_compatible(src, res):
                return _cast(rewriter, op, collapse.operands[0])
            return False
        if len(src.shape) == len(res.shape):
            return False
        if len(src.shape) > len(res.shape):
            groups = find_collapsing_reassociation(
                groups_of(collapse), groups_of(op), src.shape, res.shape
            )
            if groups is None:
                return False
            new = CollapseShapeOp.build(collapse.operands[0], res, groups)
        else:
            groups = find_collapsing_reassociation(
                groups_of(op), groups_of(collapse), res.shape, src.shape
            )
            if groups is None:
                return False
            new = ExpandShapeOp.build(collapse.operands[0], res, groups, _mixed_output_shape(op))
        return _insert_checked(rewriter, op, new)


class ComposeCollapseOfExpandOp(RewritePattern):
    """collapse_shape(expand_shape(%x)) -> one collapse_shape or expand_shape of %x (or a
    cast, at equal ranks) when each group of the lower-rank reassociation is a union of
    whole groups of the other."""

    root = "memref.collapse_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.memref_reshape_ops import CollapseShapeOp, ExpandShapeOp

        expand = defining(op.operands[0], "memref.expand_shape")
        if expand is None:
            return False
        src, res = expand.operands[0].type, op.results[0].type
        if not _identity_layouts(op.operands[0].type, src) or src == res:
            return False
        groups = compose_collapse_of_expand(
            groups_of(expand), groups_of(op), len(src.shape), len(res.shape)
        )
        if groups is None:
            return False
        if len(src.shape) > len(res.shape):
            new = CollapseShapeOp.build(expand.operands[0], res, groups)
        elif len(src.shape) < len(res.shape):
            created: list[Operation] = []
            shape = _collapsed_output_shape(rewriter, op, _mixed_output_shape(expand), created)
            new = ExpandShapeOp.build(expand.operands[0], res, groups, shape)
            if _insert_checked(rewriter, op, new):
                return True
            for size_op in reversed(created):  # not expected: undo the size arithmetic
                rewriter.erase_op(size_op)
            return False
        else:
            if src.shape != res.shape:
                return False
            return _cast(rewriter, op, expand.operands[0])
        return _insert_checked(rewriter, op, new)


def _collapsed_output_shape(rewriter: Any, op: Operation, sizes: list, created: list) -> list:
    """The sizes of `op`'s result from the expanded `sizes`: the product of each group;
    the ops it builds are appended to `created`."""
    return [
        size_product(rewriter, [sizes[i] for i in group], op.location, created)
        for group in groups_of(op)
    ]


class CollapseShapeOpMemRefCastFolder(RewritePattern):
    """collapse_shape(cast(%x)) where the cast only loses static information ->
    collapse_shape(%x), with a cast back when the result type becomes more static."""

    root = "memref.collapse_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.memref_canonicalize import cast_folds_into_consumer
        from pyir.dialects.memref_reshape_ops import CollapseShapeOp

        cast = defining(op.operands[0], "memref.cast")
        if cast is None or not cast_folds_into_consumer(cast):
            return False
        source = cast.operands[0]
        new_type = collapsed_type(source.type, groups_of(op))
        if new_type is None:
            return False
        if new_type == op.results[0].type:
            rewriter.modify_op_in_place(op, lambda: op.set_operand(0, source))
            return True
        new = CollapseShapeOp.build(source, new_type, groups_of(op))
        if new.op_def(new).verify_() is not None:
            return False
        new.location = op.location
        rewriter.insert(new)
        return _cast(rewriter, op, new.results[0])


def collapsed_type(source: MemRefType, groups: Groups) -> MemRefType | None:
    """The type collapse_shape gives `source` (MLIR's computeCollapsedType), or None when
    the layout does not collapse."""
    from pyir.dialects.memref_layout import collapsed_layout

    shape = []
    for group in groups:
        sizes = [source.shape[i] for i in group]
        product = 1
        for size in sizes:
            product *= size
        shape.append(DYNAMIC if DYNAMIC in sizes else product)
    layout = None
    if source.layout is not None:
        layout = collapsed_layout(source, groups)
        if layout is None:
            return None
    return MemRefType(tuple(shape), source.element_type, layout, source.memory_space)


# -- the reshape folder --------------------------------------------------------------------------
def inverse_reshape_folder(inverse: str) -> Any:
    """MLIR's foldReshapeOp for memref reshapes: the shared folder (identity, constants, an
    inverse with at most one dynamic dimension), then an inverse pair with the same groups
    whose first op expands, or whose groups each hold at most one dynamic dimension."""
    shared = reshape_folder(inverse)

    def fold(view: Any, operands: tuple) -> Any:
        folded = shared(view, operands)
        if folded is not None:
            return folded
        op = view.op
        producer = defining(op.operands[0], inverse)
        if producer is None:
            return None
        src, t = producer.operands[0].type, op.results[0].type
        if src != t or groups_of(op) != groups_of(producer):
            return None
        if len(src.shape) < len(producer.results[0].type.shape):
            return producer.operands[0]
        if all([src.shape[i] for i in g].count(DYNAMIC) < 2 for g in groups_of(op)):
            return producer.operands[0]
        return None

    return fold
