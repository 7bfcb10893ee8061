"""Folders and canonicalization patterns of the tensor dialect's cast and shape ops (MLIR's
`fold` methods and getCanonicalizationPatterns of TensorOps):

- `cast` of `cast` keeps one cast when no runtime check is lost (ChainedTensorCast), a cast
  of an `extract_slice` to a more static type becomes the slice (TensorCastExtractSlice);
  `bitcast` of `bitcast` is one bitcast, a bitcast to its own type its operand;
- `empty` and `generate` with constant dynamic sizes get a static type and a cast back
  (ReplaceEmptyTensorStaticShapeDims, StaticTensorGenerate); a cast of `empty` to a more
  static type is an `empty` of that type;
- `dim` of a dynamic size of `empty`, `generate` or a rank-preserving `extract_slice` is
  that size operand; `dim` reads through casts (DimOfCastOp);
- `dim` of a `reshape` is an element of its shape operand (DimOfReshapeOp);
- `dim` of a result of a destination-style op (`insert`, `insert_slice`, a tensor
  `vector.transfer_write`) or of `scf.forall` is `dim` of the tied init / shared output
  (DimOfDestStyleOp, and scf's DimOfForallOp); not of `scf.for`, whose results may differ
  from its inits;
- `concat` of one input is that input (or a cast of it); inputs and result get the static
  sizes the other inputs imply, through casts (InferConcatOperandTypes / ResultType);
- `reshape` of a splat constant, of a reshape, or back to its own sizes.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import DYNAMIC, INDEX, RankedTensorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.shape_folding import const_int, defining, dim_folder, fold_cast
from pyir.dialects.tensor_canonicalize import (
    DPS_INIT,
    fold_dynamic_sizes,
    joined_shape,
    preserves_static_info,
    replace_with_built,
)
from pyir.patterns import RewritePattern


def fold_concat(view: Any, operands: tuple) -> Any:
    """concat of one input of the result type -> that input."""
    inputs = view.op.operands
    if len(inputs) == 1 and inputs[0].type == view.op.results[0].type:
        return inputs[0]
    return None


def dynamic_dim(op: Operation, index: int) -> Any:
    """tensor.dim of a dynamic dimension: the extent operand of a `generate`, the size
    operand of a rank-preserving `extract_slice`; else the dim reads through a cast that
    loses information (in place); else None."""
    source = op.operands[0]
    producer = getattr(source, "op", None)
    name = producer.name if producer is not None else ""
    if name == "tensor.generate":
        position = sum(1 for d in source.type.shape[:index] if d == DYNAMIC)
        extents = producer.operands
        return extents[position] if position < len(extents) else None
    if name == "tensor.extract_slice":
        slice_source = producer.operands[0].type
        if len(slice_source.shape) == len(source.type.shape):
            sizes = producer.op_def(producer).mixed("sizes")
            if index < len(sizes) and not isinstance(sizes[index], int):
                return sizes[index]
    folded = False
    for i, value in enumerate(op.operands):
        cast = defining(value, "tensor.cast")
        if cast is not None and preserves_static_info(cast.results[0].type, cast.operands[0].type):
            op.set_operand(i, cast.operands[0])
            folded = True
    return op.results[0] if folded else None


def fold_reshape(view: Any, operands: tuple) -> Any:
    """tensor.reshape: of a splat constant -> a splat of the result type; of a reshape ->
    reads that one's source (in place); to the source's type when 1-D, or when the shape
    is a from_elements of the source's own sizes -> the source."""
    op = view.op
    t = op.results[0].type
    splat = operands[0]
    if isinstance(splat, DenseIntOrFPElementsAttr) and splat.is_splat:
        if isinstance(t, RankedTensorType) and DYNAMIC not in t.shape:
            return DenseIntOrFPElementsAttr.from_bytes(t, splat.data)
    inner = defining(op.operands[0], "tensor.reshape")
    if inner is not None:
        op.set_operand(0, inner.operands[0])
        return op.results[0]
    source = op.operands[0]
    if not isinstance(t, RankedTensorType) or source.type != t:
        return None
    if len(t.shape) == 1:
        return source
    shape = defining(op.operands[1], "tensor.from_elements")
    if shape is None or len(shape.operands) != len(t.shape):
        return None
    for i, element in enumerate(shape.operands):
        c = const_int(element)
        if c is not None:
            if c != t.shape[i]:
                return None
            continue
        dim = defining(element, "tensor.dim")
        if dim is None or dim.operands[0] is not source or const_int(dim.operands[1]) != i:
            return None
    return source


class ChainedTensorCast(RewritePattern):
    """cast(cast(%x)) -> cast(%x) when the middle type adds no runtime check."""

    root = "tensor.cast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp

        inner = defining(op.operands[0], "tensor.cast")
        if inner is None:
            return False
        source = inner.operands[0].type
        middle, target = inner.results[0].type, op.results[0].type
        first = _join3(source, middle, target)
        if first is False or first != joined_shape(source, target):
            return False
        new = rewriter.create(CastOp, [inner.operands[0]], [target], location=op.location)
        rewriter.replace_op(op, new)
        return True


def _join3(a: Any, b: Any, c: Any) -> Any:
    ab = joined_shape(a, b)
    if ab is False:
        return False
    if ab is None:  # both unranked
        return joined_shape(a, c)
    return joined_shape(RankedTensorType(ab, a.element_type), c)


class TensorCastExtractSlice(RewritePattern):
    """cast(extract_slice(%t)) to a more static type -> extract_slice with those sizes."""

    root = "tensor.cast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_shapes import rank_reduction_mask
        from pyir.dialects.tensor_slice_ops import ExtractSliceOp

        target = op.results[0].type
        slice_op = defining(op.operands[0], "tensor.extract_slice")
        if slice_op is None or not isinstance(target, RankedTensorType):
            return False
        source_type = op.operands[0].type
        if not preserves_static_info(source_type, target) or target.shape == source_type.shape:
            return False
        view = ExtractSliceOp(slice_op)
        sizes = view.mixed("sizes")
        static_sizes = [s if isinstance(s, int) else DYNAMIC for s in sizes]
        dropped = rank_reduction_mask(static_sizes, source_type.shape) or set()
        j = 0
        for i in range(len(sizes)):
            if i in dropped:
                continue
            d = target.shape[j]
            j += 1
            if d != DYNAMIC:
                sizes[i] = d
        new = ExtractSliceOp.build(
            slice_op.operands[0], view.mixed("offsets"), sizes, view.mixed("strides"), target
        )
        replace_with_built(rewriter, op, new)
        return True


class ChainedTensorBitcast(RewritePattern):
    """bitcast(bitcast(%x)) -> bitcast(%x)"""

    root = "tensor.bitcast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import BitcastOp

        inner = defining(op.operands[0], "tensor.bitcast")
        if inner is None:
            return False
        new = rewriter.create(
            BitcastOp, [inner.operands[0]], [op.results[0].type], location=op.location
        )
        rewriter.replace_op(op, new)
        return True


def _cast_back(rewriter: Any, op: Operation, new: Operation) -> None:
    """Replace `op` by a `tensor.cast` of `new`'s result to `op`'s type."""
    from pyir.dialects.tensor_ops import CastOp

    cast = rewriter.create(CastOp, [new.results[0]], [op.results[0].type], location=op.location)
    rewriter.replace_op(op, cast)


class ReplaceEmptyTensorStaticShapeDims(RewritePattern):
    """empty(%c4) : tensor<?xf32> -> cast(empty() : tensor<4xf32>)"""

    root = "tensor.empty"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import EmptyOp

        t = op.results[0].type
        folded, kept = fold_dynamic_sizes(t, list(op.operands))
        if folded == t:
            return False
        new = rewriter.create(EmptyOp, kept, [folded], location=op.location)
        _cast_back(rewriter, op, new)
        return True


class StaticTensorGenerate(RewritePattern):
    """generate(%c4) {body} : tensor<?xf32> -> cast(generate() {body} : tensor<4xf32>)"""

    root = "tensor.generate"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import GenerateOp

        t = op.results[0].type
        folded, kept = fold_dynamic_sizes(t, list(op.operands))
        if folded == t:
            return False
        new = rewriter.create(GenerateOp, kept, [folded], regions=1, location=op.location)
        rewriter.inline_region_before(op.regions[0], new.regions[0], None)
        _cast_back(rewriter, op, new)
        return True


class FoldEmptyTensorWithDimOp(RewritePattern):
    """dim(empty(..., %n, ...), i) -> %n"""

    root = "tensor.dim"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        empty = defining(op.operands[0], "tensor.empty")
        index = const_int(op.operands[1])
        if empty is None or index is None:
            return False
        shape = empty.results[0].type.shape
        if not 0 <= index < len(shape) or shape[index] != DYNAMIC:
            return False
        position = sum(1 for d in shape[:index] if d == DYNAMIC)
        rewriter.replace_op(op, [empty.operands[position]])
        return True


class FoldEmptyTensorWithCastOp(RewritePattern):
    """cast(empty(%n) : tensor<?xf32>) : tensor<4xf32> -> empty() : tensor<4xf32>"""

    root = "tensor.cast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import EmptyOp

        empty = defining(op.operands[0], "tensor.empty")
        target = op.results[0].type
        if empty is None or not preserves_static_info(empty.results[0].type, target):
            return False
        sizes = iter(empty.operands)
        kept = []
        for old, new in zip(empty.results[0].type.shape, target.shape):
            if old != DYNAMIC:
                if new != old:
                    return False
                continue
            value = next(sizes)
            if new == DYNAMIC:
                kept.append(value)
        if target.encoding is not None:
            return False  # MLIR would drop the encoding (a type mismatch): left alone
        new_op = rewriter.create(EmptyOp, kept, [target], location=op.location)
        rewriter.replace_op(op, new_op)
        return True


class DimOfCastOp(RewritePattern):
    """dim(cast(%x), i) -> dim(%x, i)"""

    root = "tensor.dim"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import DimOp

        cast = defining(op.operands[0], "tensor.cast")
        if cast is None:
            return False
        new = rewriter.create(
            DimOp, [cast.operands[0], op.operands[1]], [INDEX], location=op.location
        )
        rewriter.replace_op(op, new)
        return True


class SingleInputConcatOp(RewritePattern):
    """concat(%x) -> cast(%x)"""

    root = "tensor.concat"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp

        if len(op.operands) != 1:
            return False
        new = rewriter.create(CastOp, [op.operands[0]], [op.results[0].type], location=op.location)
        rewriter.replace_op(op, new)
        return True


class DimOfReshapeOp(RewritePattern):
    """dim(reshape(%t, %shape), i) -> extract %shape[i] (index_cast to index if needed)"""

    root = "tensor.dim"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.arith_casts import IndexCastOp
        from pyir.dialects.tensor_ops import ExtractOp

        reshape = defining(op.operands[0], "tensor.reshape")
        if reshape is None:
            return False
        shape = reshape.operands[1]
        # Tensors are values: the extract may go right after the dim, as in MLIR.
        rewriter.set_insertion_point_after(op)
        extract = rewriter.create(
            ExtractOp, [shape, op.operands[1]], [shape.type.element_type], location=op.location
        )
        value = extract.results[0]
        if value.type != INDEX:
            value = rewriter.create(IndexCastOp, [value], [INDEX], location=op.location).results[0]
        rewriter.replace_op(op, [value])
        return True


class DimOfDestStyleOp(RewritePattern):
    """dim(insert_slice %s into %d, i) -> dim(%d, i) (any destination-style op's init)"""

    root = "tensor.dim"

    def _init(self, producer: Operation, number: int) -> Any:
        index = DPS_INIT.get(producer.name)
        if index is None or number != 0 or index >= len(producer.operands):
            return None
        return producer.operands[index]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        source = op.operands[0]
        producer = getattr(source, "op", None)
        if producer is None:
            return False
        init = self._init(producer, source.index)
        if init is None or init.type != source.type:
            return False
        rewriter.set_operand(op, 0, init)
        return True


class DimOfForallOp(DimOfDestStyleOp):
    """dim(scf.forall ... shared_outs(%o = %t), i) -> dim(%t, i) (a pattern of scf.forall
    in MLIR; here with the dim's, which only matter together)."""

    def _init(self, producer: Operation, number: int) -> Any:
        if producer.name != "scf.forall":
            return None
        first = len(producer.operands) - len(producer.results)
        return producer.operands[first + number] if first >= 0 else None


def _concat_inferred(op: Operation) -> RankedTensorType | None:
    """The result type concat's inputs imply, or None for an op that would not verify."""
    from pyir.dialects.tensor_ops import ConcatOp

    dim = op.properties.get("dim")
    types = [v.type for v in op.operands]
    if not types or not all(isinstance(t, RankedTensorType) for t in types):
        return None
    rank = len(types[0].shape)
    if not isinstance(getattr(dim, "value", None), int) or not 0 <= dim.value < rank:
        return None
    if any(len(t.shape) != rank for t in types):
        return None
    return ConcatOp.infer_type(dim.value, types)


class InferConcatOperandTypes(RewritePattern):
    """concat dim(0) (%a : tensor<4x?xf32>, %b : tensor<?x5xf32>) ->
    concat dim(0) (cast %a : tensor<4x5xf32>, %b)"""

    root = "tensor.concat"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp

        inferred = _concat_inferred(op)
        if inferred is None:
            return False
        dim = op.properties["dim"].value
        shape = list(inferred.shape)
        matched = False
        for i, value in enumerate(op.operands):
            shape[dim] = value.type.shape[dim]
            operand_type = RankedTensorType(tuple(shape), inferred.element_type)
            if preserves_static_info(operand_type, value.type):
                continue
            matched = True
            cast = rewriter.create(CastOp, [value], [operand_type], location=op.location)
            rewriter.set_operand(op, i, cast.results[0])
        return matched


class InferConcatResultType(RewritePattern):
    """concat (...) -> tensor<?x?xf32> whose inputs imply tensor<6x3xf32> ->
    cast(concat (...) -> tensor<6x3xf32>)"""

    root = "tensor.concat"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import ConcatOp

        inferred = _concat_inferred(op)
        if inferred is None or preserves_static_info(inferred, op.results[0].type):
            return False
        dim = op.properties["dim"].value
        new = ConcatOp.build(dim, list(op.operands), inferred)
        new.location = op.location
        rewriter.insert(new)
        _cast_back(rewriter, op, new)
        return True


FOLDERS = {
    "tensor.concat": fold_concat,
    "tensor.dim": dim_folder(dynamic_dim),
    "tensor.bitcast": fold_cast,  # a bitcast to its own type is its operand
    "tensor.reshape": fold_reshape,
}

PATTERNS: dict[str, tuple] = {
    "tensor.cast": (ChainedTensorCast, TensorCastExtractSlice, FoldEmptyTensorWithCastOp),
    "tensor.bitcast": (ChainedTensorBitcast,),
    "tensor.empty": (ReplaceEmptyTensorStaticShapeDims,),
    "tensor.generate": (StaticTensorGenerate,),
    "tensor.dim": (
        FoldEmptyTensorWithDimOp,
        DimOfCastOp,
        DimOfDestStyleOp,
        DimOfReshapeOp,
        DimOfForallOp,
    ),
    "tensor.concat": (SingleInputConcatOp, InferConcatOperandTypes, InferConcatResultType),
}
