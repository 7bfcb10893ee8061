"""MLIR's rules for which SSA values an affine op may use as dimensions and symbols.

An *affine scope* is the region of the nearest ancestor op with the `AffineScope` trait
(`func.func`; `builtin.module` as in MLIR). Within the scope of the op that uses it:

- a valid **symbol** is an `index` value that is defined at the top of the scope (an
  argument of its block or a result of an op directly in it), the result of a constant,
  the result of a pure op whose operands are all valid symbols, the result of a
  `memref.dim`/`tensor.dim` whose shaped operand is defined at the top of an affine scope
  (or is a static / symbol-sized dimension of a `memref.alloc`), or a value that dominates
  the scope's op when that op is not isolated from above;
- a valid **dimension** is a valid symbol, an induction variable of `affine.for` /
  `affine.parallel`, an `affine.apply` whose operands are all valid dimensions, or the
  result of a dim op on a value defined at the top of an affine scope.

These are the predicates MLIR's affine verifiers use (`isValidDim`, `isValidSymbol`); the
functions here take the same arguments: the value and the scope region (None when there
is no enclosing scope).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import DYNAMIC, IndexType, MemRefType
from pyir.core import BlockArgument, Operation, Region
from pyir.traits import AffineScope, ConstantLike, IsolatedFromAbove, is_pure

_DIM_OPS = ("memref.dim", "tensor.dim")
_LOOP_OPS = ("affine.for", "affine.parallel")


def has_affine_scope(op: Operation | None) -> bool:
    """Whether `op` opens an affine scope (the trait, or builtin.module as in MLIR)."""
    return op is not None and (op.has_trait(AffineScope) or op.name == "builtin.module")


def affine_scope(op: Operation) -> Region | None:
    """The region of the closest ancestor of `op` that opens an affine scope."""
    cur = op
    parent = cur.parent_op()
    while parent is not None:
        if has_affine_scope(parent):
            return cur.parent_region()
        cur = parent
        parent = cur.parent_op()
    return None


def _is_index(value: Any) -> bool:
    return isinstance(value.type, IndexType)


def _defining_op(value: Any) -> Operation | None:
    return None if isinstance(value, BlockArgument) else value.owner


def _is_top_level_in(value: Any, region: Region) -> bool:
    if isinstance(value, BlockArgument):
        return value.block.parent is region
    return value.owner.parent_region() is region


def is_top_level_value(value: Any) -> bool:
    """Defined directly in an affine scope's region (as argument or op result)."""
    if isinstance(value, BlockArgument):
        return has_affine_scope(value.block.parent_op())
    return has_affine_scope(value.owner.parent_op())


def _constant_int(value: Any) -> int | None:
    op = _defining_op(value)
    if op is None or not op.has_trait(ConstantLike):
        return None
    attr = op.properties.get("value", op.attributes.get("value"))
    return attr.value if isinstance(attr, IntegerAttr) else None


def _alloc_size_is_symbol(alloc: Operation, index: int, region: Region | None) -> bool:
    """MLIR's isMemRefSizeValidSymbol for memref.alloc: a static size, or a dynamic size
    given by a valid symbol."""
    mtype = alloc.results[0].type if alloc.results else None
    if not isinstance(mtype, MemRefType) or index >= len(mtype.shape):
        return False
    shape = mtype.shape
    if shape[index] != DYNAMIC:
        return True
    dynamic_pos = sum(1 for d in shape[:index] if d == DYNAMIC)
    operands = alloc.operands
    if dynamic_pos >= len(operands):
        return False
    return is_valid_symbol(operands[dynamic_pos], region)


def _dim_op_is_symbol(op: Operation, region: Region | None) -> bool:
    if not op.operands:
        return False
    shaped = op.operands[0]
    if is_top_level_value(shaped):
        return True
    if isinstance(shaped, BlockArgument) or len(op.operands) < 2:
        return False
    index = _constant_int(op.operands[1])
    if index is None:
        return False
    source = shaped.owner
    while source is not None and source.name == "memref.cast":
        inner = source.operands[0] if source.operands else None
        if inner is None or not isinstance(inner.type, MemRefType):
            return False
        source = _defining_op(inner)
    if source is not None and source.name == "memref.alloc":
        return _alloc_size_is_symbol(source, index, region)
    return False


def is_valid_symbol(value: Any, region: Region | None) -> bool:
    """MLIR's isValidSymbol(value, region)."""
    try:
        return _valid_symbol(value, region)
    except RecursionError:
        return False


def _valid_symbol(value: Any, region: Region | None) -> bool:
    if not _is_index(value):
        return False
    if region is not None and _is_top_level_in(value, region):
        return True
    op = _defining_op(value)
    if op is not None:
        if op.has_trait(ConstantLike):
            return True
        if is_pure(op) and all(_valid_symbol(v, region) for v in op.operands):
            return True
        if op.name in _DIM_OPS:
            return _dim_op_is_symbol(op, region)
    # A value that dominates the scope's op is a symbol of the enclosing region too.
    scope_op = region.parent if region is not None else None
    if scope_op is not None and not scope_op.has_trait(IsolatedFromAbove):
        outer = scope_op.parent_region()
        if outer is not None:
            return _valid_symbol(value, outer)
    return False


def is_valid_dim(value: Any, region: Region | None) -> bool:
    """MLIR's isValidDim(value, region)."""
    try:
        return _valid_dim(value, region)
    except RecursionError:
        return False


def _valid_dim(value: Any, region: Region | None) -> bool:
    if not _is_index(value):
        return False
    if _valid_symbol(value, region):
        return True
    op = _defining_op(value)
    if op is None:
        parent = value.block.parent_op()
        return parent is not None and parent.name in _LOOP_OPS
    if op.name == "affine.apply":
        return all(_valid_dim(v, region) for v in op.operands)
    if op.name in _DIM_OPS:
        return bool(op.operands) and is_top_level_value(op.operands[0])
    return False


def check_dims_and_symbols(op: Operation, operands: list, num_dims: int) -> str | None:
    """MLIR's verifyDimAndSymbolIdentifiers: the first `num_dims` operands must be valid
    dimensions and the rest valid symbols in `op`'s affine scope."""
    region = affine_scope(op)
    for i, value in enumerate(operands):
        if i < num_dims:
            if not is_valid_dim(value, region):
                return "operand cannot be used as a dimension id"
        elif not is_valid_symbol(value, region):
            return "operand cannot be used as a symbol"
    return None
