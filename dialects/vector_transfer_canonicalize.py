"""Folders and canonicalization patterns of the vector memory ops (transfer_read,
transfer_write, load, store), as MLIR's `--canonicalize` applies them.

- transfer_read: of a tensor just written by a transfer_write at the same indices (in
  bounds, same vector type, map and mask; earlier writes to provably disjoint slices
  are looked through) -> the written vector (foldRAW);
- transfer_read / transfer_write: dims proven in bounds (constant index + vector size
  within a static dim) get `in_bounds = true`, and broadcast dims too once every other
  dim is in bounds; an all-true constant mask is dropped; a `memref.cast` (of a ranked
  memref) is looked through, and for transfer_read a `tensor.cast` that only hides
  static information;
- transfer_write on a tensor of the vector just read from the same tensor at the same
  indices -> that tensor (foldWAR), and of a full in-bounds read at zero indices of a
  same-typed tensor -> the read tensor (foldReadInitWrite);
- transfer_write overwriting an earlier write at the same indices (through writes to
  disjoint slices with no other user) skips it (FoldWaw);
- vector.load / vector.store: a `memref.cast` is looked through.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import MemRefType, RankedTensorType, VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseArrayAttr, DenseIntOrFPElementsAttr
from pyir.dialects.vector_common import bool_array, bool_values, is_minor_identity
from pyir.folding import constant_value
from pyir.patterns import RewritePattern


# -- the layout of a transfer op -----------------------------------------------------------------
class _Transfer:
    """Positions of a transfer op's operands: read = [base, indices..., padding, mask?],
    write = [vector, base, indices..., mask?] (sizes in `operandSegmentSizes`)."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self.is_read = op.name == "vector.transfer_read"
        sizes = list(getattr(op.properties.get("operandSegmentSizes"), "values", ()))
        self.sizes = sizes
        self.ok = len(sizes) == 4 and sum(sizes) == len(op.operands)
        if not self.ok:
            return
        if self.is_read:
            self.base_index = 0
            self.indices_start = 1
            n = sizes[1]
            self.mask_index = 1 + n + 1 if sizes[3] else None
        else:
            self.base_index = 1
            self.indices_start = 2
            n = sizes[2]
            self.mask_index = 2 + n if sizes[3] else None
        self.num_indices = n
        amap = getattr(op.properties.get("permutation_map"), "value", None)
        self.map = amap
        self.ok = amap is not None and isinstance(self.vector_type, VectorType)

    @property
    def base(self) -> Any:
        return self.op.operands[self.base_index]

    @property
    def indices(self) -> list:
        s = self.indices_start
        return list(self.op.operands[s : s + self.num_indices])

    @property
    def mask(self) -> Any:
        return None if self.mask_index is None else self.op.operands[self.mask_index]

    @property
    def vector_type(self) -> Any:
        return self.op.results[0].type if self.is_read else self.op.operands[0].type

    @property
    def in_bounds(self) -> list[bool]:
        return bool_values(self.op.properties.get("in_bounds"))

    @property
    def rank(self) -> int:
        return len(self.map.results)

    def has_out_of_bounds_dim(self) -> bool:
        return not all(self.in_bounds)


def _constant_int(value: Any) -> int | None:
    attr = constant_value(value)
    return attr.value if isinstance(attr, IntegerAttr) else None


def _producer(value: Any, name: str) -> Operation | None:
    owner = getattr(value, "op", None)
    return owner if owner is not None and owner.name == name else None


# -- in-place folds --------------------------------------------------------------------------------
def _fold_in_bounds(t: _Transfer) -> bool:
    """MLIR's foldTransferInBoundsAttribute."""
    if t.rank == 0:
        return False
    shaped = t.base.type
    shape = getattr(shaped, "shape", None)
    flags = t.in_bounds
    if shape is None or len(flags) != t.rank:
        return False
    vector_shape = t.vector_type.shape
    indices = t.indices
    new = []
    changed = False
    non_broadcast = []
    for i, expr in enumerate(t.map.results):
        if flags[i]:
            new.append(True)
            continue
        ok = False
        if expr.kind.name == "DIM":
            p = expr.position
            non_broadcast.append(i)
            if p < len(shape) and shape[p] >= 0 and p < len(indices) and i < len(vector_shape):
                c = _constant_int(indices[p])
                ok = c is not None and c + vector_shape[i] <= shape[p]
        new.append(ok)
        changed |= ok
    if all(new[i] for i in non_broadcast):
        for i, expr in enumerate(t.map.results):
            if expr.kind.name == "CONSTANT" and expr.value == 0:
                changed |= not new[i]
                new[i] = True
    if not changed:
        return False
    t.op.set_property("in_bounds", bool_array(new))
    return True


def _all_true_mask(mask: Any) -> bool:
    """MLIR's getMaskFormat(mask) == AllTrue, for arith.constant masks."""
    if _producer(mask, "arith.constant") is None:
        return False
    attr = constant_value(mask)
    if not isinstance(attr, DenseIntOrFPElementsAttr):
        return False
    values = attr.values
    return bool(values) and all(bool(v) for v in values)


def _fold_full_mask(t: _Transfer) -> bool:
    mask = t.mask
    if mask is None or not _all_true_mask(mask):
        return False
    op = t.op
    operands = list(op.operands)
    del operands[t.mask_index]
    sizes = list(t.sizes)
    sizes[3] = 0
    old = op.properties["operandSegmentSizes"]
    op.set_operands(operands)
    op.set_property("operandSegmentSizes", DenseArrayAttr(old.element_type, sizes))
    return True


def fold_memref_cast(op: Operation, skip: int | None = None) -> bool:
    """MLIR's memref::foldMemRefCast: each operand (but `skip`) produced by a
    `memref.cast` of a ranked memref reads the cast's source instead."""
    changed = False
    for i, value in enumerate(op.operands):
        if i == skip:
            continue
        cast = _producer(value, "memref.cast")
        if cast is None or not cast.operands:
            continue
        if isinstance(cast.operands[0].type, MemRefType):
            op.set_operand(i, cast.operands[0])
            changed = True
    return changed


def _more_static(source: Any, target: Any) -> bool:
    """MLIR's preservesStaticInformation(source, target): `target` knows at least what
    `source` knows about the shape."""
    if not isinstance(source, RankedTensorType) or not isinstance(target, RankedTensorType):
        return False
    if source.element_type != target.element_type or len(source.shape) != len(target.shape):
        return False
    return all(s < 0 or s == d for s, d in zip(source.shape, target.shape))


def _fold_tensor_cast(op: Operation) -> bool:
    changed = False
    for i, value in enumerate(op.operands):
        cast = _producer(value, "tensor.cast")
        if cast is None or not cast.operands:
            continue
        if _more_static(cast.results[0].type, cast.operands[0].type):
            op.set_operand(i, cast.operands[0])
            changed = True
    return changed


# -- store-to-load forwarding on tensors ---------------------------------------------------------
def _same_values(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def _disjoint(a: _Transfer, b: _Transfer) -> bool:
    """MLIR's isDisjointTransferIndices (constant indices only): a leading index that
    differs, or a vector dim whose offsets are at least the vector size apart."""
    if a.vector_type != b.vector_type:
        return False
    leading = len(a.base.type.shape) - a.rank
    vector_shape = a.vector_type.shape
    for i, (x, y) in enumerate(zip(a.indices, b.indices)):
        cx, cy = _constant_int(x), _constant_int(y)
        if cx is None or cy is None:
            continue
        if i < leading:
            if cx != cy:
                return True
        elif 0 <= i - leading < len(vector_shape) and abs(cx - cy) >= vector_shape[i - leading]:
            return True
    return False


def _same_mask(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a is b:
        return True
    ca, cb = constant_value(a), constant_value(b)
    return ca is not None and ca == cb


def _fold_raw(t: _Transfer) -> Any:
    """transfer_read of a tensor produced by a matching transfer_write -> its vector."""
    if not isinstance(t.base.type, RankedTensorType):
        return None
    write = _producer(t.base, "vector.transfer_write")
    while write is not None:
        w = _Transfer(write)
        if not w.ok:
            return None
        if (
            not w.has_out_of_bounds_dim()
            and _same_values(w.indices, t.indices)
            and w.vector_type == t.vector_type
            and w.map == t.map
            and _same_mask(w.mask, t.mask)
        ):
            return write.operands[0]
        if not _disjoint(w, t):
            return None
        write = _producer(w.base, "vector.transfer_write")
    return None


def _is_masked(op: Operation) -> bool:
    """Whether `op` is the masked op of a `vector.mask` (MLIR's isMasked)."""
    from pyir.dialects.vector_mask_region_canonicalize import masking_op

    return masking_op(op) is not None


def fold_transfer_read(view: Any, operands: tuple) -> Any:
    t = _Transfer(view.op)
    if not t.ok:
        return None
    # Like MLIR, a read masked by an enclosing vector.mask is not forwarded a write.
    forwarded = None if _is_masked(view.op) else _fold_raw(t)
    if forwarded is not None and forwarded.type == view.op.results[0].type:
        return forwarded
    changed = _fold_in_bounds(t) or _fold_full_mask(t)
    if not changed:
        changed = fold_memref_cast(view.op) or _fold_tensor_cast(view.op)
    return list(view.op.results) if changed else None


# -- transfer_write --------------------------------------------------------------------------------
def _fold_read_init_write(w: _Transfer) -> Any:
    """write(read(%t, 0...), %u, 0...) of the whole same-typed tensor -> %t."""
    tensor_type = w.base.type
    if not isinstance(tensor_type, RankedTensorType):
        return None
    read = _producer(w.op.operands[0], "vector.transfer_read")
    if read is None:
        return None
    r = _Transfer(read)
    if not r.ok or r.rank == 0 or r.rank != w.rank:
        return None
    if not is_minor_identity(r.map) or not is_minor_identity(w.map):
        return None
    if r.has_out_of_bounds_dim() or w.has_out_of_bounds_dim():
        return None
    if r.base.type != tensor_type or r.vector_type != w.vector_type:
        return None
    if tuple(r.vector_type.shape) != tuple(tensor_type.shape):
        return None
    if any(_constant_int(v) != 0 for v in [*r.indices, *w.indices]):
        return None
    return r.base


def _fold_war(w: _Transfer) -> Any:
    """write(read(%t, idx), %t, idx) -> %t (on tensors, without masks)."""
    if not isinstance(w.base.type, RankedTensorType):
        return None
    read = _producer(w.op.operands[0], "vector.transfer_read")
    if read is None:
        return None
    r = _Transfer(read)
    if not r.ok or r.base is not w.base or not _same_values(r.indices, w.indices):
        return None
    if r.map != w.map or r.vector_type != w.vector_type or r.mask is not None:
        return None
    if w.mask is not None:
        return None
    return r.base


def fold_transfer_write(view: Any, operands: tuple) -> Any:
    op = view.op
    w = _Transfer(op)
    if not w.ok:
        return None
    for fold in (_fold_read_init_write, _fold_war):
        tensor = fold(w)
        if tensor is not None and len(op.results) == 1 and tensor.type == op.results[0].type:
            return [tensor]
    if _fold_in_bounds(w) or _fold_full_mask(w) or fold_memref_cast(op, skip=0):
        return list(op.results)
    return None


class WriteAfterWrite(RewritePattern):
    """A tensor transfer_write that fully overwrites an earlier one (same indices, mask,
    vector type and map) writes into the earlier write's source instead (FoldWaw)."""

    root = "vector.transfer_write"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        w = _Transfer(op)
        if not w.ok or not isinstance(w.base.type, RankedTensorType) or _is_masked(op):
            return False  # MLIR leaves a write masked by a vector.mask alone
        to_modify = w
        prior = _producer(w.base, "vector.transfer_write")
        while prior is not None:
            p = _Transfer(prior)
            if not p.ok:
                return False
            if (
                _same_values(p.indices, w.indices)
                and p.mask is w.mask
                and p.vector_type == w.vector_type
                and p.map == w.map
            ):
                rewriter.set_operand(to_modify.op, to_modify.base_index, p.base)
                return True
            if not _disjoint(p, w):
                return False
            result = prior.results[0] if prior.results else None
            if result is None or result.first_use is None or result.first_use.next_use:
                return False  # the earlier write has other users
            to_modify = p
            prior = _producer(p.base, "vector.transfer_write")
        return False


# -- vector.load / vector.store --------------------------------------------------------------------
def fold_load(view: Any, operands: tuple) -> Any:
    return list(view.op.results) if fold_memref_cast(view.op) else None


def fold_store(view: Any, operands: tuple) -> Any:
    return [] if fold_memref_cast(view.op, skip=0) else None


def install(ops: dict) -> None:
    """Give the vector memory ops (by name) their folds and patterns."""
    ops["vector.transfer_read"].fold = fold_transfer_read
    ops["vector.transfer_write"].fold = fold_transfer_write
    # The tensor dialect's FoldTensorCastProducerOp reaches every destination-style op;
    # MLIR collects dialect patterns before op patterns.
    from pyir.dialects.tensor_canonicalize import FoldTensorCastProducerOp

    ops["vector.transfer_write"].canonicalization_patterns = (
        FoldTensorCastProducerOp("vector.transfer_write"),
        WriteAfterWrite(),
    )
    ops["vector.load"].fold = fold_load
    ops["vector.store"].fold = fold_store
