"""The folds of the affine ops, as MLIR's dialect conversion applies them before the
lowering patterns of `lower-affine` (an affine op is "not legal", so the conversion first
tries to fold it).

- affine.apply: a lone dim or symbol folds to its operand; all-constant operands fold to
  the constant (not on poison: a division by zero leaves the op to the lowering).
- affine.min / affine.max: results that fold become constants in place; all constant,
  the op folds to the extreme; a one-symbol identity map folds to operand 0 (sic, MLIR).
- affine.for: constant bounds fold to constant maps; otherwise both bound maps are
  composed with the affine.apply ops feeding them, canonicalized (dims that are valid
  symbols promoted, duplicate and unused operands dropped, constant symbols folded in),
  simplified, and the lower bound's constant results pruned (MLIR's canonicalizeLoopBounds);
  a loop with results and a trivially zero trip count folds to its inits.
- affine.if: its set is composed with feeding affine.apply ops and canonicalized.
- affine.parallel: both bound maps composed (and so canonicalized and simplified).
- affine.load / affine.store: a `memref.cast` of a ranked memref is looked through.

The dim/symbol rules come from the loaded affine dialect (`AffineRules`): this module is
part of the core and imports no dialect. Each fold returns None (nothing to do), "inplace"
(the op changed; try again), or the list of replacement values/attributes.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr, IntegerSet, IntegerSetAttr
from pyir.affine_expr import CONSTANT, DIM, SYMBOL, constant, dim, symbol
from pyir.affine_simplify import (
    partial_constant_fold,
    replace_position,
    shift_dims,
    shift_symbols,
    simplify_affine_map,
)
from pyir.builtin_attributes import DenseArrayAttr, IntegerAttr
from pyir.builtin_types import IndexType, IntegerType, MemRefType
from pyir.core import BlockArgument, Operation, Value
from pyir.folding import constant_value

__all__ = ["AffineRules", "compose_map_and_operands", "canonicalize_map_and_operands", "fold"]

INPLACE = "inplace"


class AffineRules:
    """MLIR's isValidSymbol(value) over the affine dialect's scope rules (hooks the
    dialect publishes), or a fallback that only knows constants and top-level values."""

    def __init__(self, dialect: Any) -> None:
        self._valid = getattr(dialect, "is_valid_symbol", None)
        self._scope = getattr(dialect, "affine_scope", None)
        self._top = getattr(dialect, "is_top_level_value", None)

    def is_valid_symbol(self, value: Value) -> bool:
        if not isinstance(value.type, IndexType):
            return False
        if self._valid is None:
            return constant_int(value) is not None
        if self._top(value):
            return True
        if isinstance(value, BlockArgument):
            return False
        return bool(self._valid(value, self._scope(value.owner)))


def constant_int(value: Value) -> int | None:
    attr = constant_value(value)
    return attr.value if isinstance(attr, IntegerAttr) else None


# -- canonicalization of maps / sets and their operands -------------------------------------------
def _walk_positions(exprs: tuple) -> tuple[set[int], set[int]]:
    dims: set[int] = set()
    syms: set[int] = set()
    for e in exprs:
        for node in e.nodes():
            if node.kind is DIM:
                dims.add(node.position)
            elif node.kind is SYMBOL:
                syms.add(node.position)
    return dims, syms


def _canonicalize(nd: int, ns: int, exprs: tuple, operands: list, rules: AffineRules):
    """MLIR's canonicalizeMapOrSetAndOperands on (dims, symbols, expressions)."""
    if not operands:
        return nd, ns, exprs, operands
    # Dims that are valid symbols become symbols appended after the existing ones.
    dim_map: list[Any] = []
    kept: list[Value] = []
    promoted: list[Value] = []
    next_dim = 0
    for i in range(nd):
        if rules.is_valid_symbol(operands[i]):
            dim_map.append(symbol(ns + len(promoted)))
            promoted.append(operands[i])
        else:
            dim_map.append(dim(next_dim))
            next_dim += 1
            kept.append(operands[i])
    operands = kept + list(operands[nd:]) + promoted
    exprs = tuple(e.replace_dims_and_symbols(dim_map) for e in exprs)
    nd, ns = next_dim, ns + len(promoted)
    used_dims, used_syms = _walk_positions(exprs)
    result: list[Value] = []
    seen: dict[Value, Any] = {}
    dim_remap: list[Any] = [dim(0)] * nd
    next_dim = 0
    for i in range(nd):
        if i in used_dims:
            v = operands[i]
            if v not in seen:
                seen[v] = dim(next_dim)
                next_dim += 1
                result.append(v)
            dim_remap[i] = seen[v]
    seen_syms: dict[Value, Any] = {}
    sym_remap: list[Any] = [symbol(0)] * ns
    next_sym = 0
    for i in range(ns):
        if i not in used_syms:
            continue
        v = operands[nd + i]
        c = constant_int(v)
        if c is not None:
            sym_remap[i] = constant(c)
            continue
        if v not in seen_syms:
            seen_syms[v] = symbol(next_sym)
            next_sym += 1
            result.append(v)
        sym_remap[i] = seen_syms[v]
    exprs = tuple(e.replace_dims_and_symbols(dim_remap, sym_remap) for e in exprs)
    return next_dim, next_sym, exprs, result


def canonicalize_map_and_operands(
    amap: AffineMap, operands: list, rules: AffineRules
) -> tuple[AffineMap, list]:
    nd, ns, exprs, ops = _canonicalize(
        amap.num_dims, amap.num_symbols, amap.results, list(operands), rules
    )
    return AffineMap(nd, ns, exprs), ops


def canonicalize_set_and_operands(
    iset: IntegerSet, operands: list, rules: AffineRules
) -> tuple[IntegerSet, list]:
    nd, ns, exprs, ops = _canonicalize(
        iset.num_dims, iset.num_symbols, iset.constraints, list(operands), rules
    )
    return IntegerSet(nd, ns, exprs, iset.eq_flags), ops


def _apply_producer(value: Value | None) -> Operation | None:
    if value is None or isinstance(value, BlockArgument):
        return None
    owner = value.owner
    return owner if owner.name == "affine.apply" else None


def compose_map_and_operands(
    amap: AffineMap, operands: list, rules: AffineRules
) -> tuple[AffineMap, list]:
    """MLIR's composeAffineMapAndOperands: pull in the maps of the affine.apply ops that
    produce operands, then canonicalize and simplify."""
    if not amap.results:
        amap, operands = canonicalize_map_and_operands(amap, operands, rules)
        return simplify_affine_map(amap), operands
    dims: list[Value | None] = list(operands[: amap.num_dims])
    syms: list[Value | None] = list(operands[amap.num_dims :])
    nd, ns, exprs = amap.num_dims, amap.num_symbols, amap.results
    changed = True
    while changed:
        changed = False
        for pos in range(len(dims) + len(syms)):
            is_dim = pos < len(dims)
            at = pos if is_dim else pos - len(dims)
            apply = _apply_producer(dims[at] if is_dim else syms[at])
            if apply is None:
                continue
            if is_dim:
                dims[at] = None
            else:
                syms[at] = None
            inner = apply.properties["map"].value
            inner, inner_ops = canonicalize_map_and_operands(inner, list(apply.operands), rules)
            repl = shift_dims(inner.results[0], inner.num_dims, len(dims))
            repl = shift_symbols(repl, inner.num_symbols, len(syms))
            dims += inner_ops[: inner.num_dims]
            syms += inner_ops[inner.num_dims :]
            exprs = tuple(replace_position(e, is_dim, at, repl) for e in exprs)
            nd, ns = len(dims), len(syms)
            changed = True
            break
    new_operands: list[Value] = []
    dim_repl: list[Any] = []
    sym_repl: list[Any] = []
    for container, repl, make in ((dims, dim_repl, dim), (syms, sym_repl, symbol)):
        count = 0
        for v in container:
            if v is None:
                repl.append(constant(0))
                continue
            repl.append(make(count))
            count += 1
            new_operands.append(v)
    n_dims = sum(v is not None for v in dims)
    n_syms = sum(v is not None for v in syms)
    del nd, ns
    exprs = tuple(e.replace_dims_and_symbols(dim_repl, sym_repl) for e in exprs)
    amap = AffineMap(n_dims, n_syms, exprs)
    amap, new_operands = canonicalize_map_and_operands(amap, new_operands, rules)
    return simplify_affine_map(amap), new_operands


# -- the folds -------------------------------------------------------------------------------------
def _constants(values: list) -> list[int | None]:
    return [constant_int(v) for v in values]


def fold_apply(op: Operation, poison: Any = None) -> list | None:
    """MLIR's AffineApplyOp::fold; a constant division or remainder by zero gives
    `poison` (the dialect's poison attribute; None: no fold, as in lowering)."""
    amap: AffineMap = op.properties["map"].value
    expr = amap.results[0]
    if expr.kind is DIM:
        return [op.operands[expr.position]]
    if expr.kind is SYMBOL:
        return [op.operands[amap.num_dims + expr.position]]
    _, results, has_poison = partial_constant_fold(amap, _constants(op.operands))
    if has_poison:
        return None if poison is None else [poison]
    if results is None:
        return None
    return [IntegerAttr(results[0], IndexType())]


def fold_min_max(op: Operation, is_min: bool) -> Any:
    amap: AffineMap = op.properties["map"].value
    folded, results, _ = partial_constant_fold(amap, _constants(op.operands))
    if folded.num_symbols == 1 and folded.num_results == 1 and folded.results[0] is symbol(0):
        return [op.operands[0]]
    if results is None:
        if folded == amap:
            return None
        op.set_property("map", AffineMapAttr(folded))
        return INPLACE
    value = min(results) if is_min else max(results)
    return [IntegerAttr(value, IndexType())]


def _is_single_constant(amap: AffineMap) -> bool:
    return amap.num_results == 1 and amap.results[0].kind is CONSTANT


def _for_bounds(op: Operation) -> tuple[AffineMap, list, AffineMap, list]:
    sizes = list(op.properties["operandSegmentSizes"].values)
    operands = op.operands
    lb_ops = operands[: sizes[0]]
    ub_ops = operands[sizes[0] : sizes[0] + sizes[1]]
    return (
        op.properties["lowerBoundMap"].value,
        lb_ops,
        op.properties["upperBoundMap"].value,
        ub_ops,
    )


def _set_for_bounds(op: Operation, lb: AffineMap, lb_ops: list, ub: AffineMap, ub_ops: list):
    sizes = list(op.properties["operandSegmentSizes"].values)
    inits = op.operands[sizes[0] + sizes[1] :]
    op.set_operands([*lb_ops, *ub_ops, *inits])
    op.set_property("lowerBoundMap", AffineMapAttr(lb))
    op.set_property("upperBoundMap", AffineMapAttr(ub))
    op.set_property(
        "operandSegmentSizes",
        DenseArrayAttr(IntegerType(32), (len(lb_ops), len(ub_ops), len(inits))),
    )


def _remove_adjacent_duplicates(amap: AffineMap) -> AffineMap:
    """MLIR's removeDuplicateExprs (std::unique: only neighbours)."""
    out: list = []
    for e in amap.results:
        if not out or out[-1] is not e:
            out.append(e)
    return AffineMap(amap.num_dims, amap.num_symbols, out)


def _prune_constant_bounds(amap: AffineMap, is_max: bool) -> AffineMap:
    """MLIR's simplifyMinOrMaxExprWithOperands when nothing is known about the operands
    (during the lowering every enclosing affine loop is already an scf loop): only the
    constant results are compared; a dominated constant is dropped, the first of equal
    ones kept."""
    bounds = [e.value if e.kind is CONSTANT else None for e in amap.results]
    kept = []
    for i, e in enumerate(amap.results):
        mine = bounds[i]
        if mine is None:
            kept.append(e)
            continue
        redundant = False
        for pos, other in enumerate(bounds):
            if pos == i or other is None:
                continue
            if (other > mine) if is_max else (other < mine):
                redundant = True
                break
            if other == mine and not i < pos:
                redundant = True
                break
        if not redundant:
            kept.append(e)
    return AffineMap(amap.num_dims, amap.num_symbols, kept)


def _prune_constant_bounds_only(amap: AffineMap, operands: list, is_max: bool) -> AffineMap:
    return _prune_constant_bounds(amap, is_max)


def _fold_bound(amap: AffineMap, operands: list, lower: bool) -> int | None:
    _, results, _ = partial_constant_fold(amap, _constants(operands))
    if results is None:
        return None
    return max(results) if lower else min(results)


def fold_for(op: Operation, rules: AffineRules, prune: Any = None) -> Any:
    """affine.for's fold. `prune(map, operands, is_max)` drops the bound results that
    others dominate; by default only constants are compared (nothing is known about the
    operands, as during the lowering)."""
    if prune is None:
        prune = _prune_constant_bounds_only
    lb, lb_ops, ub, ub_ops = _for_bounds(op)
    folded = False
    if not _is_single_constant(lb):
        value = _fold_bound(lb, lb_ops, True)
        if value is not None:
            lb, lb_ops, folded = AffineMap.constant_map(value), [], True
    if not _is_single_constant(ub):
        value = _fold_bound(ub, ub_ops, False)
        if value is not None:
            ub, ub_ops, folded = AffineMap.constant_map(value), [], True
    if folded:
        _set_for_bounds(op, lb, lb_ops, ub, ub_ops)
    # canonicalizeLoopBounds
    new_lb, new_lb_ops = compose_map_and_operands(lb, list(lb_ops), rules)
    new_lb, new_lb_ops = canonicalize_map_and_operands(new_lb, new_lb_ops, rules)
    new_lb = prune(new_lb, new_lb_ops, True)
    new_ub = prune(ub, list(ub_ops), False)
    new_lb = _remove_adjacent_duplicates(new_lb)
    new_ub, new_ub_ops = compose_map_and_operands(new_ub, list(ub_ops), rules)
    new_ub, new_ub_ops = canonicalize_map_and_operands(new_ub, new_ub_ops, rules)
    new_ub = _remove_adjacent_duplicates(new_ub)
    if new_lb != lb or new_ub != ub:
        if new_lb == lb:
            new_lb, new_lb_ops = lb, lb_ops
        if new_ub == ub:
            new_ub, new_ub_ops = ub, ub_ops
        _set_for_bounds(op, new_lb, new_lb_ops, new_ub, new_ub_ops)
        folded = True
    lb, _, ub, _ = _for_bounds(op)
    if op.results and _is_single_constant(lb) and _is_single_constant(ub):
        step = op.properties["step"].value
        if step > 0 and ub.results[0].value - lb.results[0].value <= 0:
            return list(op.operands[-len(op.results) :])
    return INPLACE if folded else None


def fold_if(op: Operation, rules: AffineRules) -> Any:
    iset: IntegerSet = op.properties["condition"].value
    operands = list(op.operands)
    new_set = iset
    if any(_apply_producer(v) is not None for v in operands):
        amap = AffineMap(iset.num_dims, iset.num_symbols, iset.constraints)
        amap, operands = compose_map_and_operands(amap, operands, rules)
        new_set = IntegerSet(amap.num_dims, amap.num_symbols, amap.results, iset.eq_flags)
    new_set, operands = canonicalize_set_and_operands(new_set, operands, rules)
    if new_set == iset and operands == list(op.operands):
        return None
    op.set_property("condition", IntegerSetAttr(new_set))
    op.set_operands(operands)
    return INPLACE


def fold_parallel(op: Operation, rules: AffineRules) -> Any:
    lb: AffineMap = op.properties["lowerBoundsMap"].value
    ub: AffineMap = op.properties["upperBoundsMap"].value
    n = lb.num_inputs
    lb_ops, ub_ops = list(op.operands[:n]), list(op.operands[n:])
    new_lb, new_lb_ops = compose_map_and_operands(lb, lb_ops, rules)
    new_ub, new_ub_ops = compose_map_and_operands(ub, ub_ops, rules)
    lb_changed = new_lb != lb or new_lb_ops != lb_ops
    ub_changed = new_ub != ub or new_ub_ops != ub_ops
    if not lb_changed and not ub_changed:
        return None
    if lb_changed:
        op.set_property("lowerBoundsMap", AffineMapAttr(new_lb))
        lb_ops = new_lb_ops
    if ub_changed:
        op.set_property("upperBoundsMap", AffineMapAttr(new_ub))
        ub_ops = new_ub_ops
    op.set_operands([*lb_ops, *ub_ops])
    return INPLACE


def fold_memref_cast(op: Operation, memref_index: int) -> Any:
    """MLIR's foldMemRefCast on the memref operand of affine.load / affine.store."""
    value = op.operands[memref_index]
    owner = None if isinstance(value, BlockArgument) else value.owner
    if owner is None or owner.name != "memref.cast" or not owner.operands:
        return None
    source = owner.operands[0]
    if not isinstance(source.type, MemRefType):
        return None
    op.set_operand(memref_index, source)
    return INPLACE


def fold(op: Operation, rules: AffineRules) -> Any:
    """The fold of affine op `op` (see the module docstring)."""
    name = op.name
    if name == "affine.apply":
        return fold_apply(op)
    if name in ("affine.min", "affine.max"):
        return fold_min_max(op, name == "affine.min")
    if name == "affine.for":
        return fold_for(op, rules)
    if name == "affine.if":
        return fold_if(op, rules)
    if name == "affine.parallel":
        return fold_parallel(op, rules)
    if name == "affine.load":
        return fold_memref_cast(op, 0)
    if name == "affine.store":
        return fold_memref_cast(op, 1)
    return None
