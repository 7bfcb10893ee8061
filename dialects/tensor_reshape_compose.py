"""Canonicalization patterns of tensor.expand_shape / collapse_shape that look at the
producer of their source (MLIR's ComposeCollapseOfExpandOp, ComposeExpandOfCollapseOp,
FoldCollapseOfCastOp and ConvertToStaticExpandShape):

- collapse(expand(x)) -> one collapse or one expand of x when the groups of the
  higher-rank side cover those of the lower-rank side; a cast when the ranks are equal.
  The new expand's dynamic output sizes are products of the old ones (`arith.muli nsw`);
- expand(collapse(x)) -> one collapse or one expand of x when each intermediate dim's band
  of sizes collapses into the other's unambiguously;
- collapse(cast(x)) where the cast only drops static sizes -> collapse(x), with a cast
  back when the result gets more static;
- expand(cast(x)) likewise, when constant output sizes become static (casts around it).

The reassociation arithmetic is in `reshape_reassociation` (shared with memref).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import DYNAMIC, RankedTensorType
from pyir.core import Operation
from pyir.dialects.reshape_reassociation import (
    compose_collapse_of_expand,
    find_collapsing_reassociation,
)
from pyir.dialects.shape_folding import const_int, defining, size_product
from pyir.dialects.static_dynamic import merge_mixed, static_values
from pyir.dialects.tensor_canonicalize import preserves_static_info, replace_with_built
from pyir.dialects.tensor_shapes import collapsed_shape, reassociation_groups
from pyir.patterns import RewritePattern


def groups_of(op: Operation) -> list[list[int]] | None:
    """The reassociation of a reshape op, or None when it is missing or malformed."""
    attr = op.properties.get("reassociation")
    try:
        return reassociation_groups(attr)
    except (AttributeError, TypeError, ValueError):
        return None


def output_shape(op: Operation) -> list:
    """An expand_shape's output shape as a mixed list (ints and Values)."""
    static = static_values(op.properties.get("static_output_shape"))
    return merge_mixed(static, op.operands[1:])


def reshape_folder(inverse: str) -> Any:
    """The folder of collapse_shape (`inverse` = "tensor.expand_shape") or expand_shape
    (MLIR's foldReshapeOp): to its own type -> the source; of a dense constant -> the
    reshaped constant; of the inverse reshape back to that one's source type -> that
    source, when at most one dim is dynamic, or the groups are the same and either the
    pair expands then collapses or no group holds two dynamic dims."""
    from pyir.dense_attributes import DenseIntOrFPElementsAttr

    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        source = op.operands[0]
        t = op.results[0].type
        if source.type == t:
            return source
        constant = operands[0]
        if isinstance(constant, DenseIntOrFPElementsAttr) and DYNAMIC not in t.shape:
            return DenseIntOrFPElementsAttr.from_bytes(t, constant.data)
        producer = defining(source, inverse)
        if producer is None or producer.operands[0].type != t:
            return None
        original = producer.operands[0]
        if list(t.shape).count(DYNAMIC) < 2:
            return original
        groups = groups_of(op)
        if groups is None or groups != groups_of(producer):
            return None
        if len(t.shape) < len(source.type.shape):
            return original  # expand then collapse: the groups say it all
        for g in groups:
            if [t.shape[i] for i in g].count(DYNAMIC) >= 2:
                return None
        return original

    return fold


class ComposeCollapseOfExpandOp(RewritePattern):
    """collapse_shape(expand_shape(%x)) -> collapse_shape(%x), expand_shape(%x) or cast(%x)"""

    root = "tensor.collapse_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp
        from pyir.dialects.tensor_slice_ops import CollapseShapeOp, ExpandShapeOp

        expand = defining(op.operands[0], "tensor.expand_shape")
        if expand is None:
            return False
        source = expand.operands[0]
        t = op.results[0].type
        if source.type == t:
            return False
        expand_groups, collapse_groups = groups_of(expand), groups_of(op)
        if expand_groups is None or collapse_groups is None:
            return False
        src_rank, result_rank = len(source.type.shape), len(t.shape)
        composed = compose_collapse_of_expand(expand_groups, collapse_groups, src_rank, result_rank)
        if composed is None:
            return False
        if src_rank > result_rank:
            new = CollapseShapeOp.build(source, composed, t)
        elif src_rank < result_rank:
            sizes = output_shape(expand)
            shape = [
                size_product(rewriter, [sizes[i] for i in g], op.location) for g in collapse_groups
            ]
            new = ExpandShapeOp.build(source, composed, shape, t)
        else:
            if source.type.shape != t.shape:
                return False
            new = CastOp.build(source, t)
        replace_with_built(rewriter, op, new)
        return True


class ComposeExpandOfCollapseOp(RewritePattern):
    """expand_shape(collapse_shape(%x)) -> collapse_shape(%x) or expand_shape(%x)"""

    root = "tensor.expand_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_slice_ops import CollapseShapeOp, ExpandShapeOp

        collapse = defining(op.operands[0], "tensor.collapse_shape")
        if collapse is None:
            return False
        source = collapse.operands[0]
        t = op.results[0].type
        src_shape, result_shape = source.type.shape, t.shape
        if len(src_shape) == len(result_shape):
            return False
        collapse_groups, expand_groups = groups_of(collapse), groups_of(op)
        if collapse_groups is None or expand_groups is None:
            return False
        if len(src_shape) > len(result_shape):
            groups = find_collapsing_reassociation(
                collapse_groups, expand_groups, src_shape, result_shape
            )
            if groups is None:
                return False
            new = CollapseShapeOp.build(source, groups, t)
        else:
            groups = find_collapsing_reassociation(
                expand_groups, collapse_groups, result_shape, src_shape
            )
            if groups is None:
                return False
            new = ExpandShapeOp.build(source, groups, output_shape(op), t)
        replace_with_built(rewriter, op, new)
        return True


class FoldCollapseOfCastOp(RewritePattern):
    """collapse_shape(cast(%x : more static)) -> collapse_shape(%x) (cast back if needed)"""

    root = "tensor.collapse_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp
        from pyir.dialects.tensor_slice_ops import CollapseShapeOp

        cast = defining(op.operands[0], "tensor.cast")
        if cast is None or not preserves_static_info(cast.results[0].type, cast.operands[0].type):
            return False
        groups = groups_of(op)
        if groups is None:
            return False
        source = cast.operands[0]
        shape = collapsed_shape(source.type.shape, groups)
        new_type = RankedTensorType(shape, source.type.element_type)
        if new_type == op.results[0].type:
            rewriter.set_operand(op, 0, source)
            return True
        new = CollapseShapeOp.build(source, groups, new_type)
        new.location = op.location
        rewriter.insert(new)
        back = rewriter.create(CastOp, [new.results[0]], [op.results[0].type], location=op.location)
        rewriter.replace_op(op, back)
        return True


class ConvertToStaticExpandShape(RewritePattern):
    """expand_shape(cast(%x : static)) [%c3, 4] : tensor<?x4xf32> ->
    cast(expand_shape(cast(%x)) [3, 4] : tensor<3x4xf32>)"""

    root = "tensor.expand_shape"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp
        from pyir.dialects.tensor_slice_ops import ExpandShapeOp

        cast = defining(op.operands[0], "tensor.cast")
        if cast is None or not preserves_static_info(cast.results[0].type, cast.operands[0].type):
            return False
        groups = groups_of(op)
        if groups is None:
            return False
        cast_shape = cast.operands[0].type.shape
        t = op.results[0].type
        shape = list(t.shape)
        dynamic = []
        values = iter(op.operands[1:])
        for in_dim, group in enumerate(groups):
            for out_dim in group:
                if shape[out_dim] != DYNAMIC:
                    continue
                value = next(values, None)
                if value is None:
                    return False
                c = None if cast_shape[in_dim] == DYNAMIC else const_int(value)
                if c is not None and c < 0:
                    return False  # undefined behaviour; MLIR would build an invalid type
                if c is None:
                    dynamic.append(value)
                else:
                    shape[out_dim] = c
        if len(dynamic) == len(op.operands) - 1:
            return False
        src_type = op.operands[0].type
        element, encoding = src_type.element_type, src_type.encoding
        in_type = RankedTensorType(collapsed_shape(shape, groups), element, encoding)
        out_type = RankedTensorType(tuple(shape), element, encoding)
        in_cast = rewriter.create(CastOp, [op.operands[0]], [in_type], location=op.location)
        mixed = merge_mixed(shape, dynamic)
        new = ExpandShapeOp.build(in_cast.results[0], groups, mixed, out_type)
        new.location = op.location
        rewriter.insert(new)
        back = rewriter.create(CastOp, [new.results[0]], [t], location=op.location)
        rewriter.replace_op(op, back)
        return True
