"""Folders and canonicalization patterns of the metadata ops of `memref_meta_ops` (MLIR's
`fold` methods of ExtractStridedMetadataOp, MemorySpaceCastOp, AssumeAlignmentOp and
TransposeOp, and the patterns that involve them):

- extract_strided_metadata: the offset, sizes and strides its source type makes static
  become `arith.constant`s (for the results that are used);
- reinterpret_cast of extract_strided_metadata rebuilding the same offset, sizes and
  strides -> the metadata's source (with a `memref.cast` when the types differ); otherwise
  it reads the metadata's source directly
  (ReinterpretCastOpExtractStridedMetadataFolder);
- memory_space_cast to its own type -> the source; of a memory_space_cast -> from that
  one's source;
- assume_alignment of an assume_alignment with the same alignment -> that one;
- transpose by the identity to its own type -> the source; of a transpose -> one
  transpose by the composed permutation;
- dim of a memref.reshape -> a load from the shape operand (DimOfMemRefReshape).
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMapAttr
from pyir.builtin_attributes import IntegerAttr, bool_attr
from pyir.builtin_types import DYNAMIC, INDEX, MemRefType
from pyir.core import Operation
from pyir.dialects.memref_layout import strides_and_offset
from pyir.dialects.memref_meta_ops import permutation_map, permutation_of
from pyir.dialects.shape_folding import const_int, defining
from pyir.dialects.static_dynamic import merge_mixed, static_values
from pyir.patterns import RewritePattern


# -- extract_strided_metadata -------------------------------------------------------------------
def _static_metadata(t: Any) -> list | None:
    """[offset, *sizes, *strides] of a strided memref type (DYNAMIC where unknown)."""
    if not isinstance(t, MemRefType):
        return None
    found = strides_and_offset(t)
    if found is None:
        return None
    strides, offset = found
    return [offset, *t.shape, *strides]


def metadata_mixed(esm: Operation) -> list | None:
    """The extract_strided_metadata's offset, sizes and strides: an int where its source
    type says, else the result Value (MLIR's getConstifiedMixed*)."""
    static = _static_metadata(esm.operands[0].type)
    if static is None or len(static) != len(esm.results) - 1:
        return None
    return [v if v != DYNAMIC else r for v, r in zip(static, esm.results[1:])]


class ExtractStridedMetadataConstants(RewritePattern):
    """The used offset / size / stride results that the source type makes static ->
    `arith.constant`s before the op (MLIR does this in the op's fold)."""

    root = "memref.extract_strided_metadata"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.arith import ConstantOp

        static = _static_metadata(op.operands[0].type)
        if static is None or len(static) != len(op.results) - 1:
            return False
        todo = [
            (r, v)
            for r, v in zip(op.results[1:], static)
            if v != DYNAMIC and r.first_use is not None
        ]
        if not todo:
            return False
        for r, v in todo:
            const = ConstantOp.build(IntegerAttr(v, INDEX), location=op.location)
            rewriter.insert(const)
            rewriter.replace_all_uses_with(r, const.results[0])
        return True


def _constified(value: Any) -> Any:
    if isinstance(value, int):
        return value
    c = const_int(value)
    return value if c is None else c


def reinterpret_cast_mixed(op: Operation) -> list | None:
    """The reinterpret_cast's offset, sizes and strides with constant operands as ints and
    the static entries of its result type filled in (MLIR's getConstifiedMixed*)."""
    view = op.op_def(op)
    mixed = []
    for which in ("offsets", "sizes", "strides"):
        entries = merge_mixed(static_values(getattr(view, "static_" + which)), getattr(view, which))
        mixed.extend(_constified(e) for e in entries)
    static = _static_metadata(op.results[0].type)
    if static is None or len(static) != len(mixed):
        return None
    return [s if s != DYNAMIC else m for s, m in zip(static, mixed)]


def _same_entry(a: Any, b: Any) -> bool:
    if isinstance(a, int) or isinstance(b, int):
        return a == b if isinstance(a, int) and isinstance(b, int) else False
    return a is b


class ReinterpretCastOpExtractStridedMetadataFolder(RewritePattern):
    """reinterpret_cast(extract_strided_metadata(%m)) rebuilding %m's offset, sizes and
    strides -> %m (or a memref.cast of it to the result type); otherwise the
    reinterpret_cast reads %m instead of the base buffer."""

    root = "memref.reinterpret_cast"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        esm = defining(op.operands[0], "memref.extract_strided_metadata")
        if esm is None:
            return False
        source = esm.operands[0]
        theirs = metadata_mixed(esm)
        ours = reinterpret_cast_mixed(op)
        if theirs is None or ours is None:
            return False
        if len(theirs) == len(ours) and all(_same_entry(a, b) for a, b in zip(theirs, ours)):
            if source.type == op.results[0].type:
                rewriter.replace_op(op, [source])
                return True
            from pyir.dialects.memref_access_ops import CastOp

            cast = rewriter.create(CastOp, [source], [op.results[0].type], location=op.location)
            rewriter.replace_op(op, cast)
            return True
        rewriter.set_operand(op, 0, source)
        return True


# -- memory_space_cast / assume_alignment / transpose ------------------------------------------
def fold_memory_space_cast(view: Any, operands: tuple) -> Any:
    """memory_space_cast to its own type -> the source; of a memory_space_cast -> from
    that one's source (in place)."""
    op = view.op
    source = op.operands[0]
    if source.type == op.results[0].type:
        return source
    inner = defining(source, "memref.memory_space_cast")
    if inner is None:
        return None
    op.set_operand(0, inner.operands[0])
    return op.results[0]


def fold_assume_alignment(view: Any, operands: tuple) -> Any:
    """assume_alignment(assume_alignment(%m, a), a) -> the inner one."""
    op = view.op
    inner = defining(op.operands[0], "memref.assume_alignment")
    if inner is None or inner.properties.get("alignment") != op.properties.get("alignment"):
        return None
    return inner.results[0]


def fold_transpose(view: Any, operands: tuple) -> Any:
    """transpose by the identity to the source's own type -> the source;
    transpose(transpose(%m, q), p) -> transpose(%m, p o q) (in place)."""
    op = view.op
    source = op.operands[0]
    attr = op.properties.get("permutation")
    perm = permutation_of(attr.value) if isinstance(attr, AffineMapAttr) else None
    if perm is None:
        return None
    if perm == list(range(len(perm))) and source.type == op.results[0].type:
        return source
    inner = defining(source, "memref.transpose")
    if inner is None:
        return None
    inner_attr = inner.properties.get("permutation")
    inner_perm = permutation_of(inner_attr.value) if isinstance(inner_attr, AffineMapAttr) else None
    if inner_perm is None or len(inner_perm) != len(perm):
        return None
    op.set_operand(0, inner.operands[0])
    op.set_property("permutation", AffineMapAttr(permutation_map([inner_perm[i] for i in perm])))
    return op.results[0]


# -- dim of reshape -----------------------------------------------------------------------------
def _dominates_reshape(index: Any, dim: Operation, reshape: Operation) -> bool:
    """MLIR's cheap dominance test of DimOfMemRefReshape: `index` is defined before the
    reshape in its block, or (when the dim is in another block) in a region enclosing
    the reshape's."""
    block = index.parent_block()
    if block is reshape.parent:
        owner = getattr(index, "op", None)
        return owner is None or not reshape.is_before_in_block(owner)
    if dim.parent is reshape.parent:
        return True
    region = block.parent if block is not None else None
    inner = reshape.parent.parent if reshape.parent is not None else None
    return (
        region is not None
        and inner is not None
        and region is not inner
        and (region.is_ancestor_of(inner))
    )


class DimOfMemRefReshape(RewritePattern):
    """dim(reshape(%m, %shape), %i) -> load %shape[%i] right after the reshape (index_cast
    when the shape holds integers), when %i is available there (`_dominates_reshape`)."""

    root = "memref.dim"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        reshape = defining(op.operands[0], "memref.reshape")
        if reshape is None:
            return False
        index = op.operands[1]
        if not _dominates_reshape(index, op, reshape):
            return False
        from pyir.dialects.memref_access_ops import LoadOp

        shape = reshape.operands[1]
        rewriter.set_insertion_point_after(reshape)
        # MLIR's builder stores both flags, so its generic form prints them.
        flags = {"invariant": bool_attr(False), "nontemporal": bool_attr(False)}
        load = LoadOp.create([shape, index], [shape.type.element_type], flags)
        load.location = op.location
        rewriter.insert(load)
        value = load.results[0]
        if value.type != INDEX:
            from pyir.dialects.arith_casts import IndexCastOp

            cast = rewriter.create(IndexCastOp, [value], [INDEX], location=op.location)
            value = cast.results[0]
        rewriter.replace_op(op, [value])
        return True


FOLDERS = {
    "memref.memory_space_cast": fold_memory_space_cast,
    "memref.assume_alignment": fold_assume_alignment,
    "memref.transpose": fold_transpose,
}

PATTERNS: dict[str, tuple] = {
    "memref.extract_strided_metadata": (ExtractStridedMetadataConstants,),
    "memref.dim": (DimOfMemRefReshape,),
}

#: Patterns of ops defined elsewhere, added to theirs.
EXTRA_PATTERNS: dict[str, tuple] = {
    "memref.reinterpret_cast": (ReinterpretCastOpExtractStridedMetadataFolder,),
}
