"""Canonicalization patterns of tensor.pad (MLIR's PadOp::getCanonicalizationPatterns,
besides FoldStaticZeroPadding which lives with the slice patterns):

- FoldSourceTensorCast: pad(cast(%x)) where the cast only drops static sizes ->
  pad(%x), with a cast of the result back when the result gets more static;
- FoldTargetTensorCast: cast(pad(%x)) to a more static type, when the cast is the pad's
  only user -> a pad of that type;
- FoldStaticPadding: constant low / high operands become static when that makes the
  result type more static (a cast back to the old type);
- FoldOrthogonalPaddings: pad(extract_slice(pad(extract_slice(%x)))) padding disjoint
  dims high only, with the same constant value -> pad(extract_slice(%x));
- FoldConsecutiveConstantPadding: pad(pad(%x)) with the same padding value -> one pad
  whose low / high are the sums (affine.apply for non-constant sums).

Every new pad keeps the old one's `nofold`, discardable attributes and body (moved).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import DYNAMIC, INDEX, RankedTensorType
from pyir.core import Operation
from pyir.dialects.shape_folding import const_int, defining
from pyir.dialects.static_dynamic import dense_i64, merge_mixed, split_mixed, static_values
from pyir.dialects.tensor_canonicalize import preserves_static_info
from pyir.folding import constant_value
from pyir.opdef import segment_sizes
from pyir.patterns import RewritePattern


# -- helpers ------------------------------------------------------------------------------------
def pad_lists(op: Operation) -> tuple[list, list]:
    """(low, high) of a pad as mixed lists (ints and Values)."""
    from pyir.dialects.tensor_slice_ops import PadOp

    view = PadOp(op)
    low = merge_mixed(static_values(view.static_low), view.low)
    high = merge_mixed(static_values(view.static_high), view.high)
    return low, high


def _int(entry: Any) -> int | None:
    """An entry of a mixed list as an int when static or constant (getConstantIntValue)."""
    return entry if isinstance(entry, int) else const_int(entry)


def new_pad(
    rewriter: Any, op: Operation, source: Any, low: list, high: list, result_type: Any
) -> Operation:
    """Insert a pad of `source` like `op` (nofold, discardable attributes) with the given
    mixed `low` / `high` and type, taking over `op`'s body."""
    from pyir.dialects.tensor_slice_ops import PadOp

    (s_low, d_low), (s_high, d_high) = split_mixed(low), split_mixed(high)
    props: dict = {
        "static_low": dense_i64(s_low),
        "static_high": dense_i64(s_high),
        "operandSegmentSizes": segment_sizes([1, len(d_low), len(d_high)]),
    }
    if "nofold" in op.properties:
        props["nofold"] = op.properties["nofold"]
    new = rewriter.create(
        PadOp,
        [source, *d_low, *d_high],
        [result_type],
        props,
        dict(op.attributes),
        regions=1,
        location=op.location,
    )
    rewriter.inline_region_before(op.regions[0], new.regions[0], None)
    return new


def _cast_back(rewriter: Any, op: Operation, new: Operation) -> None:
    from pyir.dialects.tensor_ops import CastOp

    cast = rewriter.create(CastOp, [new.results[0]], [op.results[0].type], location=op.location)
    rewriter.replace_op(op, cast)


def constant_padding_value(op: Operation) -> Any:
    """The value a pad yields when it is a constant or defined outside the body (MLIR's
    getConstantPaddingValue), else None."""
    blocks = op.regions[0].blocks
    if not blocks:
        return None
    block = blocks[0]
    term = block.last_op
    if term is None or term.name != "tensor.yield" or not term.operands:
        return None
    value = term.operands[0]
    if constant_value(value) is not None:
        return value
    return None if value.parent_block() is block else value


# -- patterns -----------------------------------------------------------------------------------
class FoldSourceTensorCast(RewritePattern):
    """pad(cast(%x : tensor<4x5xf32>) : tensor<?x?xf32>) -> cast(pad(%x) : tensor<8x11xf32>)"""

    root = "tensor.pad"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        cast = defining(op.operands[0], "tensor.cast")
        if cast is None or not preserves_static_info(cast.results[0].type, cast.operands[0].type):
            return False
        source = cast.operands[0]
        low, high = pad_lists(op)
        t = op.results[0].type
        shape = []
        for size, lo, hi, old in zip(source.type.shape, low, high, t.shape):
            if DYNAMIC == size or not isinstance(lo, int) or not isinstance(hi, int):
                shape.append(old)
            else:
                shape.append(size + lo + hi)
        if any(d < 0 and d != DYNAMIC for d in shape):
            return False
        new_type = RankedTensorType(tuple(shape), source.type.element_type, source.type.encoding)
        if new_type == t:
            rewriter.set_operand(op, 0, source)
            return True
        _cast_back(rewriter, op, new_pad(rewriter, op, source, low, high, new_type))
        return True


class FoldTargetTensorCast(RewritePattern):
    """cast(pad(%x) : tensor<?x?xf32>) : tensor<8x9xf32> -> pad(%x) : tensor<8x9xf32>"""

    root = "tensor.pad"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        result = op.results[0]
        use = result.first_use
        if use is None or use.next_use is not None:
            return False
        cast = use.owner
        if cast.name != "tensor.cast":
            return False
        target = cast.results[0].type
        if not preserves_static_info(result.type, target):
            return False
        low, high = pad_lists(op)
        new = new_pad(rewriter, op, op.operands[0], low, high, target)
        rewriter.replace_op(op, new)
        rewriter.replace_op(cast, new)
        return True


class FoldStaticPadding(RewritePattern):
    """pad %t low[%c1] high[%c3] : tensor<4xf32> to tensor<?xf32> ->
    cast(pad %t low[1] high[3] : tensor<4xf32> to tensor<8xf32>)"""

    root = "tensor.pad"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        source_shape = op.operands[0].type.shape
        t = op.results[0].type
        low, high = pad_lists(op)
        if not len(source_shape) == len(t.shape) == len(low) == len(high):
            return False
        low = [_int(e) if _int(e) is not None else e for e in low]
        high = [_int(e) if _int(e) is not None else e for e in high]
        shape = []
        for size, lo, hi, old in zip(source_shape, low, high, t.shape):
            if old != DYNAMIC:
                shape.append(old)
            elif size == DYNAMIC or not isinstance(lo, int) or not isinstance(hi, int):
                shape.append(DYNAMIC)
            else:
                shape.append(size + lo + hi)
        if tuple(shape) == t.shape or all(d == DYNAMIC for d in shape):
            return False
        if any(d < 0 and d != DYNAMIC for d in shape):
            return False  # negative padding past the source: MLIR builds an invalid type
        new_type = RankedTensorType(tuple(shape), t.element_type, t.encoding)
        _cast_back(rewriter, op, new_pad(rewriter, op, op.operands[0], low, high, new_type))
        return True


def _padded_dims(low: list, high: list) -> set[int]:
    """Dims whose low or high padding is not known to be zero."""
    return {i for i, (lo, hi) in enumerate(zip(low, high)) if _int(lo) != 0 or _int(hi) != 0}


def _same_constant(a: Any, b: Any) -> bool:
    x, y = constant_value(a), constant_value(b)
    return x is not None and x == y


class FoldOrthogonalPaddings(RewritePattern):
    """pad(extract_slice(pad(extract_slice(%x)))) padding disjoint dims, high only ->
    pad(extract_slice(%x))"""

    root = "tensor.pad"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_slice_ops import ExtractSliceOp

        inner_slice = defining(op.operands[0], "tensor.extract_slice")
        if inner_slice is None:
            return False
        outer_pad = defining(inner_slice.operands[0], "tensor.pad")
        if outer_pad is None or "nofold" in outer_pad.properties:
            return False
        outer_slice = defining(outer_pad.operands[0], "tensor.extract_slice")
        if outer_slice is None:
            return False
        rank = len(op.operands[0].type.shape)
        if len(outer_slice.operands[0].type.shape) != rank:
            return False  # a rank-reducing chain
        inner, outer = ExtractSliceOp(inner_slice), ExtractSliceOp(outer_slice)
        for s in (inner, outer):
            if any(_int(x) != 1 for x in s.mixed("strides")):
                return False
        low, high = pad_lists(op)
        outer_low, outer_high = pad_lists(outer_pad)
        if any(_int(x) != 0 for x in low) or any(_int(x) != 0 for x in outer_low):
            return False
        value, outer_value = constant_padding_value(op), constant_padding_value(outer_pad)
        if value is None or outer_value is None or not _same_constant(value, outer_value):
            return False
        inner_dims, outer_dims = _padded_dims(low, high), _padded_dims(outer_low, outer_high)
        if inner_dims & outer_dims:
            return False
        offsets = self._offsets(inner, outer, inner_dims, outer_dims, rank)
        if offsets is None:
            return False
        sizes = inner.mixed("sizes")
        padded_shape = inner_slice.operands[0].type.shape
        for i in outer_dims:
            if padded_shape[i] == DYNAMIC or _int(sizes[i]) != padded_shape[i]:
                return False
            sizes[i] = outer.mixed("sizes")[i]
        new_high: list = [0] * rank
        for i in range(rank):
            if i in inner_dims:
                new_high[i] = high[i]
            if i in outer_dims:
                new_high[i] = outer_high[i]
        source = outer_slice.operands[0]
        static_sizes = split_mixed(sizes)[0]
        slice_type = RankedTensorType(static_sizes, source.type.element_type, source.type.encoding)
        new_slice = ExtractSliceOp.build(source, offsets, sizes, inner.mixed("strides"), slice_type)
        new_slice.location = op.location
        rewriter.insert(new_slice)
        new = new_pad(rewriter, op, new_slice.results[0], low, new_high, op.results[0].type)
        rewriter.replace_op(op, new)
        return True

    @staticmethod
    def _offsets(inner: Any, outer: Any, inner_dims: set, outer_dims: set, rank: int) -> Any:
        """Per dim, the offset of the slice whose partner pad leaves the dim alone and whose
        own offset is zero on the other side; None when there is no such pair."""
        offsets: list = []
        inner_offsets, outer_offsets = inner.mixed("offsets"), outer.mixed("offsets")
        for i in range(rank):
            if i not in inner_dims and _int(inner_offsets[i]) == 0:
                offsets.append(outer_offsets[i])
            elif i not in outer_dims and _int(outer_offsets[i]) == 0:
                offsets.append(inner_offsets[i])
            else:
                return None
        return offsets


class FoldConsecutiveConstantPadding(RewritePattern):
    """pad(pad(%x) low[1, 0] high[0, 2]) low[0, 3] high[2, 0] (same padding value) ->
    pad(%x) low[1, 3] high[2, 2]"""

    root = "tensor.pad"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if "nofold" in op.properties:
            return False
        producer = defining(op.operands[0], "tensor.pad")
        if producer is None or "nofold" in producer.properties:
            return False
        value = constant_padding_value(op)
        if value is None or value is not constant_padding_value(producer):
            return False
        low, high = pad_lists(op)
        p_low, p_high = pad_lists(producer)
        new_high = [_add(rewriter, op, a, b) for a, b in zip(high, p_high)]
        new_low = [_add(rewriter, op, a, b) for a, b in zip(low, p_low)]
        if None in new_high or None in new_low:
            return False
        new = new_pad(rewriter, op, producer.operands[0], new_low, new_high, op.results[0].type)
        rewriter.replace_op(op, new)
        return True


def _add(rewriter: Any, op: Operation, a: Any, b: Any) -> Any:
    """a + b as MLIR's makeComposedFoldedAffineApply(d0 + d1) gives it: an int when both
    are constant, the other value when one is zero, else an `affine.apply` of the composed
    and canonicalized map."""
    from pyir.affine import AffineMap, AffineMapAttr
    from pyir.affine_expr import constant, dim
    from pyir.dialects.affine_canonicalize import simplify_map_and_operands
    from pyir.dialects.affine_ops import ApplyOp

    x, y = _int(a), _int(b)
    if x is not None and y is not None:
        return x + y
    exprs = []
    values = []
    for entry, c in ((a, x), (b, y)):
        if c is not None:
            exprs.append(constant(c))
        else:
            exprs.append(dim(len(values)))
            values.append(entry)
    amap = AffineMap(len(values), 0, [exprs[0] + exprs[1]])
    amap, operands = simplify_map_and_operands(amap, values)
    if amap.num_results != 1:
        return None
    expr = amap.results[0]
    folded = _folded_apply(expr, amap, operands)
    if folded is not None:
        return folded
    props = {"map": AffineMapAttr(amap)}
    apply = rewriter.create(ApplyOp, operands, [INDEX], props, location=op.location)
    return apply.results[0]


def _folded_apply(expr: Any, amap: Any, operands: list) -> Any:
    """What affine.apply's fold gives without creating it: a constant, or the operand a
    lone dim / symbol names."""
    from pyir.affine_expr import CONSTANT, DIM, SYMBOL

    kind = expr.kind
    if kind == CONSTANT:
        return expr.value
    if kind == DIM:
        return operands[expr.position]
    if kind == SYMBOL:
        return operands[amap.num_dims + expr.position]
    return None
