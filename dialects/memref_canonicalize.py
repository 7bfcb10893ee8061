"""Folders and canonicalization patterns of the memref dialect (MLIR's `fold` methods and
getCanonicalizationPatterns of MemRefOps):

- a `memref.cast` of a ranked memref folds into the ops that use it: load, store,
  atomic_rmw, dealloc, dma_start, dma_wait, dim and another cast (MLIR's foldMemRefCast);
  into copy when the cast only loses static information;
- `dim` of a dynamic size of alloc / alloca / view / subview is that size operand (not of
  reinterpret_cast: MLIR leaves it); `rank` of a ranked memref is a constant;
- a load from a constant global with a splat initializer is the splat;
- alloc / alloca with constant dynamic sizes get a static type and a cast back
  (SimplifyAllocConst); an alloc only stored into and deallocated is erased
  (SimplifyDeadAlloc);
- copy: a self copy or a copy of an empty memref is erased (FoldSelfCopy, FoldEmptyCopy),
  casts of its operands are dropped (FoldCopyOfCast);
- collapse_shape / expand_shape: inverse pairs cancel, chains of one kind compose; mixed
  pairs compose and casts fold in (`memref_reshape_canonicalize`).

subview, reinterpret_cast and view are in `memref_view_canonicalize`; extract_strided_metadata,
memory_space_cast, assume_alignment, transpose and dim of reshape in
`memref_meta_canonicalize`; alloca_scope, realloc and prefetch in `memref_scope_canonicalize`.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import DYNAMIC, MemRefType
from pyir.core import Operation
from pyir.deferred_hooks import set_hooks
from pyir.dialects import memref_reshape_canonicalize as reshapes
from pyir.dialects.memref_layout import (
    memref_rank_reduction_mask,
    strides_and_offset,
)
from pyir.dialects.shape_folding import (
    ComposeReassociativeReshapeOps,
    const_int,
    defining,
    dim_folder,
    fold_rank,
)
from pyir.dialects.static_dynamic import (
    merge_mixed,
    static_values,
)
from pyir.patterns import RewritePattern


# -- folding casts into their users -------------------------------------------------------------
def fold_memref_cast(op: Operation, skip: Any = None) -> bool:
    """Make `op` read the source of each `memref.cast` operand whose source is ranked
    (except operand value `skip`); True when an operand changed (MLIR's foldMemRefCast)."""
    folded = False
    for i, value in enumerate(op.operands):
        cast = defining(value, "memref.cast")
        if cast is not None and value is not skip and isinstance(cast.operands[0].type, MemRefType):
            op.set_operand(i, cast.operands[0])
            folded = True
    return folded


def cast_folds_into_consumer(cast: Operation) -> bool:
    """The cast only loses static information (sizes, offset, strides), so its users may
    read its source (MLIR's CastOp::canFoldIntoConsumerOp)."""
    a, b = cast.operands[0].type, cast.results[0].type
    if not isinstance(a, MemRefType) or not isinstance(b, MemRefType):
        return False
    if a.element_type != b.element_type or len(a.shape) != len(b.shape):
        return False
    sa, sb = strides_and_offset(a), strides_and_offset(b)
    if sa is None or sb is None:
        return False
    pairs = [*zip(a.shape, b.shape), (sa[1], sb[1]), *zip(sa[0], sb[0])]
    return not any(x != y and x == DYNAMIC and y != DYNAMIC for x, y in pairs)


def _in_place(view: Any, skip_operand: int | None = None) -> Any:
    op = view.op
    skip = None if skip_operand is None else op.operands[skip_operand]
    if not fold_memref_cast(op, skip):
        return None
    return list(op.results)


def fold_load(view: Any, operands: tuple) -> Any:
    """load(cast(%m)) -> load(%m); a load from a constant global with a splat initializer
    is the splat value, whatever the indices."""
    folded = _in_place(view)
    if folded is not None:
        return folded
    init = constant_global_initializer(view.op.operands[0])
    if init is None or not init.is_splat or init.element_type != view.op.results[0].type:
        return None
    return dense_element(init, 0)


def constant_global_initializer(memref: Any) -> Any:
    """The dense int/float initializer of the constant `memref.global` that the
    `memref.get_global` defining `memref` names, or None."""
    from pyir.dense_attributes import DenseIntOrFPElementsAttr
    from pyir.symbol_table import lookup_nearest_symbol_from

    get_global = defining(memref, "memref.get_global")
    if get_global is None:
        return None
    parent = get_global.parent_op()
    ref = get_global.properties.get("name")
    target = lookup_nearest_symbol_from(parent, ref) if parent is not None else None
    if target is None or target.name != "memref.global" or "constant" not in target.properties:
        return None
    init = target.properties.get("initial_value")
    return init if isinstance(init, DenseIntOrFPElementsAttr) else None


def dense_element(attr: Any, index: int) -> Any:
    """Element `index` (row-major) of a dense int/float attribute as a FloatAttr or
    IntegerAttr; None for other element types."""
    from pyir.builtin_attributes import FloatAttr, IntegerAttr
    from pyir.builtin_types import FloatType, IndexType, IntegerType

    t = attr.type.element_type
    size = len(attr.data) if attr.is_splat else len(attr.data) // attr.type.num_elements
    chunk = attr.data if attr.is_splat else attr.data[index * size : (index + 1) * size]
    if isinstance(t, FloatType):
        return FloatAttr.from_bits(int.from_bytes(chunk, "little"), t)
    if isinstance(t, (IntegerType, IndexType)):
        return IntegerAttr(attr.values[0 if attr.is_splat else index], t)
    return None


def fold_store(view: Any, operands: tuple) -> Any:
    return _in_place(view, 0)  # the stored value is not an address


def fold_atomic_rmw(view: Any, operands: tuple) -> Any:
    return _in_place(view, 0)


def fold_dealloc(view: Any, operands: tuple) -> Any:
    return _in_place(view)


def fold_cast(view: Any, operands: tuple) -> Any:
    """cast(cast(%x : ranked)) -> cast(%x); a cast to its own type -> its source."""
    op = view.op
    if fold_memref_cast(op):
        return op.results[0]
    source = op.operands[0]
    return source if source.type == op.results[0].type else None


def fold_copy(view: Any, operands: tuple) -> Any:
    op = view.op
    folded = False
    for i, value in enumerate(op.operands):
        cast = defining(value, "memref.cast")
        if cast is not None and cast_folds_into_consumer(cast):
            op.set_operand(i, cast.operands[0])
            folded = True
    return [] if folded else None


# -- dim ----------------------------------------------------------------------------------------
def dynamic_dim(op: Operation, index: int) -> Any:
    """The value of dynamic dimension `index` of memref.dim's source when its producer has
    it as an operand, or the dim itself after folding a cast into it; else None."""
    source = op.operands[0]
    t = source.type
    producer = getattr(source, "op", None)
    name = producer.name if producer is not None else ""
    if name in ("memref.alloc", "memref.alloca", "memref.view"):
        position = sum(1 for d in t.shape[:index] if d == DYNAMIC)
        sizes = _dynamic_sizes(producer)
        return sizes[position] if position < len(sizes) else None
    if name == "memref.subview":  # not reinterpret_cast: MLIR's fold leaves its dims
        view = producer.op_def(producer)
        static_sizes = static_values(view.static_sizes)
        dropped = memref_rank_reduction_mask(producer.operands[0].type, t, static_sizes)
        if dropped is None:
            return None
        kept = [i for i in range(len(static_sizes)) if i not in dropped]
        if index >= len(kept):
            return None
        source_index = kept[index]
        mixed = merge_mixed(static_sizes, view.sizes)
        size = mixed[source_index] if source_index < len(mixed) else None
        return None if isinstance(size, int) or size is None else size
    if fold_memref_cast(op):
        return op.results[0]
    return None


def _dynamic_sizes(producer: Operation) -> list:
    if producer.name == "memref.view":
        return list(producer.operands[2:])
    return list(producer.op_def(producer).dynamicSizes)


# -- alloc --------------------------------------------------------------------------------------
class SimplifyAllocConst(RewritePattern):
    """alloc(%c4) : memref<?xf32> -> cast(alloc() : memref<4xf32>)"""

    root = "memref.alloc"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        view = op.op_def(op)
        sizes = list(view.dynamicSizes)
        constants = [const_int(v) for v in sizes]
        if not any(c is not None and c >= 0 for c in constants):
            return False
        t = op.results[0].type
        shape, kept = [], []
        values = iter(zip(sizes, constants))
        for d in t.shape:
            if d != DYNAMIC:
                shape.append(d)
                continue
            value, c = next(values)
            if c is not None and c >= 0:
                shape.append(c)
            else:
                shape.append(DYNAMIC)
                kept.append(value)
        try:
            new_type = MemRefType(tuple(shape), t.element_type, t.layout, t.memory_space)
        except ValueError:
            return False  # a layout that does not fit the new shape
        alignment = op.properties.get("alignment")
        new = type(view).build(
            new_type, kept, list(view.symbolOperands), alignment.value if alignment else None
        )
        new.location = op.location
        rewriter.insert(new)
        cast_back(rewriter, op, new)
        return True


class SimplifyAllocaConst(SimplifyAllocConst):
    root = "memref.alloca"


def cast_back(rewriter: Any, op: Operation, new: Operation) -> None:
    from pyir.dialects.memref_access_ops import CastOp

    cast = rewriter.create(CastOp, [new.results[0]], [op.results[0].type], location=op.location)
    rewriter.replace_op(op, cast)


class SimplifyDeadAlloc(RewritePattern):
    """An alloc whose only users store into it or deallocate it is erased with them."""

    root = "memref.alloc"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        memref = op.results[0]
        users = []
        use = memref.first_use
        while use is not None:
            user = use.owner
            if user.name == "memref.store":
                if user.operands[0] is memref:
                    return False
            elif user.name != "memref.dealloc":
                return False
            if user not in users:
                users.append(user)
            use = use.next_use
        for user in users:
            rewriter.erase_op(user)
        rewriter.erase_op(op)
        return True


class SimplifyDeadAlloca(SimplifyDeadAlloc):
    root = "memref.alloca"


# -- copy ---------------------------------------------------------------------------------------
class FoldCopyOfCast(RewritePattern):
    """copy(cast(%a), cast(%b)) -> copy(%a, %b) for casts between ranked memrefs of one
    shape (layout-only casts)."""

    root = "memref.copy"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        changes = []
        for i, value in enumerate(op.operands):
            cast = defining(value, "memref.cast")
            if cast is None:
                continue
            a, b = cast.operands[0].type, cast.results[0].type
            if (
                isinstance(a, MemRefType)
                and isinstance(b, MemRefType)
                and a.shape == b.shape
                and a.element_type == b.element_type
            ):
                changes.append((i, cast.operands[0]))
        if not changes:
            return False

        def change() -> None:
            for i, value in changes:
                op.set_operand(i, value)

        rewriter.modify_op_in_place(op, change)
        return True


class FoldEmptyCopy(RewritePattern):
    """copy of (or into) a memref with a zero dimension -> nothing."""

    root = "memref.copy"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if not any(0 in getattr(v.type, "shape", ()) for v in op.operands):
            return False
        rewriter.erase_op(op)
        return True


class FoldSelfCopy(RewritePattern):
    """copy(%a, %a) -> nothing"""

    root = "memref.copy"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if op.operands[0] is not op.operands[1]:
            return False
        rewriter.erase_op(op)
        return True


# -- installation -------------------------------------------------------------------------------
FOLDERS = {
    "memref.load": fold_load,
    "memref.store": fold_store,
    "memref.atomic_rmw": fold_atomic_rmw,
    "memref.dealloc": fold_dealloc,
    "memref.dma_start": fold_dealloc,  # the same in-place cast folding
    "memref.dma_wait": fold_dealloc,
    "memref.cast": fold_cast,
    "memref.copy": fold_copy,
    "memref.rank": fold_rank,
    "memref.dim": dim_folder(dynamic_dim),
    "memref.collapse_shape": reshapes.inverse_reshape_folder("memref.expand_shape"),
    "memref.expand_shape": reshapes.inverse_reshape_folder("memref.collapse_shape"),
}

PATTERNS: dict[str, tuple] = {
    "memref.alloc": (SimplifyAllocConst, SimplifyDeadAlloc),
    "memref.alloca": (SimplifyAllocaConst, SimplifyDeadAlloca),
    "memref.copy": (FoldCopyOfCast, FoldEmptyCopy, FoldSelfCopy),
    "memref.collapse_shape": (
        ComposeReassociativeReshapeOps("memref.collapse_shape"),
        reshapes.ComposeCollapseOfExpandOp,
        reshapes.CollapseShapeOpMemRefCastFolder,
    ),
    "memref.expand_shape": (
        ComposeReassociativeReshapeOps("memref.expand_shape"),
        reshapes.ComposeExpandOfCollapseOp,
    ),
}


def install(ops: list[type]) -> None:
    """Give the memref op classes in `ops` their folders and patterns (by op name): those
    of this module and of `memref_view_canonicalize`."""
    from pyir.dialects import memref_meta_canonicalize as meta
    from pyir.dialects import memref_scope_canonicalize as scopes
    from pyir.dialects import memref_view_canonicalize as views

    patterns = {**PATTERNS, **views.PATTERNS, **meta.PATTERNS, **scopes.PATTERNS}
    for name, extra in meta.EXTRA_PATTERNS.items():
        patterns[name] = patterns.get(name, ()) + extra
    folders = {**FOLDERS, **views.FOLDERS, **meta.FOLDERS, **scopes.FOLDERS}
    set_hooks(ops, folders, patterns)
