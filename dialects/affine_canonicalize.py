"""Folders and canonicalization patterns of the affine dialect, as MLIR's
`--canonicalize` applies them.

Folds (the map arithmetic is shared with `lower-affine`, in pyir.transforms.affine_folding):
- affine.apply: a lone dim or symbol is its operand; all-constant operands give the
  constant (not a division by zero: MLIR gives poison there, pyir has no `ub` dialect);
- affine.min / affine.max: constant results folded into the map in place, all constant
  -> the extreme, `()[s0] -> (s0)` -> the operand;
- affine.for: constant bounds, bounds composed with affine.apply producers and
  canonicalized, dominated bound results dropped using enclosing loop ranges; a loop
  with results that runs zero times -> its inits;
- affine.if / affine.parallel: set / bounds composed and canonicalized in place;
- affine.load / affine.store: a `memref.cast` operand is looked through; affine.load
  of a constant `memref.global` at constant indices (any, for a splat) is the element.

Maps are simplified by pyir.affine_simplify (semi-affine ones by pyir.affine_simplify_semi,
in MLIR's term order).

Patterns (MLIR's names):
- SimplifyAffineOp (apply, min, max, load, store): compose producers' maps, canonicalize
  operands (constants folded in, unused and duplicate operands dropped, valid symbols
  promoted) and simplify with operand ranges; the op is rebuilt when anything changed;
- min / max: a single result becomes affine.apply, duplicate results are dropped, a
  min (max) of a min (max) is merged, results are sorted by their flattened form;
- affine.for whose body is only the yield: results that are inits or loop-invariant
  values are forwarded (AffineForEmptyLoopFolder);
- affine.if: an empty else is dropped; a trivially true / false condition inlines the
  taken branch.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr
from pyir.affine_expr import CONSTANT, DIM, SYMBOL
from pyir.affine_simplify import flatten_affine_expr, shift_dims, shift_symbols
from pyir.builtin_types import IndexType
from pyir.core import Operation
from pyir.dialects import affine_scope
from pyir.dialects.affine_bounds import (
    simplify_map_with_operands,
    simplify_min_or_max_with_operands,
)
from pyir.patterns import RewritePattern
from pyir.transforms import affine_folding as af

#: MLIR's isValidSymbol, from the affine dialect's scope rules.
RULES = af.AffineRules(affine_scope)


# -- folds ---------------------------------------------------------------------------------------
def _in_place(op: Operation) -> list:
    """The fold answer for "changed in place": the op's own results."""
    return list(op.results)


def fold_apply(view: Any, operands: tuple) -> Any:
    from pyir.dialects.ub import POISON

    results = af.fold_apply(view.op, POISON)
    return None if results is None else results[0]


def fold_min_max(view: Any, operands: tuple) -> Any:
    op = view.op
    folded = af.fold_min_max(op, op.name == "affine.min")
    if folded == af.INPLACE:
        return _in_place(op)
    return folded


def fold_for(view: Any, operands: tuple) -> Any:
    op = view.op
    folded = af.fold_for(op, RULES, simplify_min_or_max_with_operands)
    if folded == af.INPLACE:
        return _in_place(op)
    return folded


def fold_if(view: Any, operands: tuple) -> Any:
    return _in_place(view.op) if af.fold_if(view.op, RULES) == af.INPLACE else None


def fold_parallel(view: Any, operands: tuple) -> Any:
    return _in_place(view.op) if af.fold_parallel(view.op, RULES) == af.INPLACE else None


def fold_load(view: Any, operands: tuple) -> Any:
    op = view.op
    if af.fold_memref_cast(op, 0) == af.INPLACE:
        return _in_place(op)
    return _load_from_constant_global(op)


def _load_from_constant_global(op: Operation) -> Any:
    """affine.load of a `memref.get_global` of a constant global: the element, at
    constant indices or at any of a splat."""
    from pyir.dialects.memref_canonicalize import constant_global_initializer, dense_element

    init = constant_global_initializer(op.operands[0])
    if init is None or init.type.element_type != op.results[0].type:
        return None
    amap = op.properties["map"].value
    if init.is_splat:
        index = 0
    elif amap.is_constant() and amap.num_results == len(init.shape):
        index = 0
        for c, size in zip(amap.get_constant_results(), init.shape):
            if not 0 <= c < size:
                return None  # out of bounds: undefined, left alone
            index = index * size + c
    else:
        return None
    return dense_element(init, index)


def fold_store(view: Any, operands: tuple) -> Any:
    return _in_place(view.op) if af.fold_memref_cast(view.op, 1) == af.INPLACE else None


# -- SimplifyAffineOp ----------------------------------------------------------------------------
#: Where each op's map operands start (load: after the memref; store: value and memref).
_MAP_OPERANDS_START = {
    "affine.apply": 0,
    "affine.min": 0,
    "affine.max": 0,
    "affine.load": 1,
    "affine.store": 2,
    "affine.vector_load": 1,
    "affine.vector_store": 2,
    "affine.prefetch": 1,
}


def simplify_map_and_operands(amap: AffineMap, operands: list) -> tuple[AffineMap, list]:
    """MLIR's composeAffineMapAndOperands, canonicalizeMapAndOperands and
    simplifyMapWithOperands, in that order."""
    amap, operands = af.compose_map_and_operands(amap, list(operands), RULES)
    amap, operands = af.canonicalize_map_and_operands(amap, operands, RULES)
    try:
        amap = simplify_map_with_operands(amap, operands)
    except ValueError:
        pass  # a rebuilt expression that is not affine: keep the unsimplified map
    return amap, operands


def _replace_map_op(rewriter: Any, op: Operation, amap: AffineMap, operands: list) -> None:
    """Rebuild `op` (apply / min / max / load / store) with a new map and map operands."""
    start = _MAP_OPERANDS_START[op.name]
    props = dict(op.properties)
    props["map"] = AffineMapAttr(amap)
    new = rewriter.create(
        op.op_def,
        [*op.operands[:start], *operands],
        [r.type for r in op.results],
        props,
        location=op.location,
    )
    rewriter.replace_op(op, new)


class SimplifyAffineOp(RewritePattern):
    """op #map(%operands) -> op #map'(%operands') with producers composed, operands
    canonicalized and the map simplified (for apply, min, max, load, store, vector_load,
    vector_store)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    @property
    def debug_name(self) -> str:
        return f"SimplifyAffineOp<{self.root}>"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        attr = op.properties.get("map")
        if not isinstance(attr, AffineMapAttr):
            return False
        old = attr.value
        old_operands = list(op.operands[_MAP_OPERANDS_START[op.name] :])
        if len(old_operands) != old.num_inputs:
            return False
        amap, operands = simplify_map_and_operands(old, old_operands)
        if amap == old and len(operands) == len(old_operands):
            if all(a is b for a, b in zip(operands, old_operands)):
                return False
        _replace_map_op(rewriter, op, amap, operands)
        return True


# -- affine.min / affine.max ---------------------------------------------------------------------
def _min_max_map(op: Operation) -> AffineMap | None:
    attr = op.properties.get("map")
    amap = attr.value if isinstance(attr, AffineMapAttr) else None
    if amap is None or amap.num_inputs != len(op.operands):
        return None
    return amap


class MinMaxSingleResult(RewritePattern):
    """affine.min / max #map(...) with one result -> affine.apply #map(...)
    (CanonicalizeSingleResultAffineMinMaxOp)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.affine_ops import ApplyOp

        amap = _min_max_map(op)
        if amap is None or amap.num_results != 1:
            return False
        new = rewriter.create(
            ApplyOp,
            list(op.operands),
            [IndexType()],
            {"map": AffineMapAttr(amap)},
            location=op.location,
        )
        rewriter.replace_op(op, new)
        return True


class MinMaxDeduplicate(RewritePattern):
    """min(e0, e1, e0) -> min(e0, e1) (DeduplicateAffineMinMaxExpressions)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        amap = _min_max_map(op)
        if amap is None:
            return False
        unique = list(dict.fromkeys(amap.results))
        if len(unique) == amap.num_results:
            return False
        _replace_map_op(
            rewriter, op, AffineMap(amap.num_dims, amap.num_symbols, unique), [*op.operands]
        )
        return True


class MinMaxMerge(RewritePattern):
    """min(min(a, b), c) -> min(c, a, b) when the inner min is a lone dim or symbol of
    the outer map (MergeAffineMinMaxOp); likewise for max."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        amap = _min_max_map(op)
        if amap is None:
            return False
        nd = amap.num_dims
        dims = list(op.operands[:nd])
        syms = list(op.operands[nd:])
        exprs = []
        producers = []
        for e in amap.results:
            value = None
            if e.kind is DIM:
                value = dims[e.position]
            elif e.kind is SYMBOL:
                value = syms[e.position]
            owner = getattr(value, "op", None) if value is not None else None
            if owner is not None and owner.name == op.name and _min_max_map(owner) is not None:
                producers.append(owner)
                continue
            exprs.append(e)
        if not producers:
            return False
        used_dims, used_syms = nd, amap.num_symbols
        for producer in producers:
            pmap = _min_max_map(producer)
            pd, ps = pmap.num_dims, pmap.num_symbols
            dims += producer.operands[:pd]
            syms += producer.operands[pd:]
            for e in pmap.results:
                e = shift_dims(e, pd, used_dims)
                exprs.append(shift_symbols(e, ps, used_syms))
            used_dims += pd
            used_syms += ps
        new_map = AffineMap(used_dims, used_syms, exprs)
        _replace_map_op(rewriter, op, new_map, [*dims, *syms])
        return True


def _flat_key(amap: AffineMap, expr: Any) -> list[int] | None:
    if not expr.is_pure_affine():
        return None
    flat = flatten_affine_expr(expr, amap.num_dims, amap.num_symbols)
    if flat is None or len(flat[0]) != amap.num_inputs + 1:
        return None  # local (division) variables have no order
    return flat[0]


class MinMaxSortResults(RewritePattern):
    """Order min / max results by their flattened coefficients (dims, symbols, constant)
    (CanonicalizeAffineMinMaxOpExprAndTermOrder); not when a result is semi-affine or
    has divisions."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        amap = _min_max_map(op)
        if amap is None:
            return False
        keys = []
        for e in amap.results:
            key = _flat_key(amap, e)
            if key is None:
                return False
            keys.append(key)
        if all(keys[i] <= keys[i + 1] for i in range(len(keys) - 1)):
            return False
        order = sorted(range(len(keys)), key=lambda i: keys[i])
        exprs = [amap.results[i] for i in order]
        _replace_map_op(
            rewriter, op, AffineMap(amap.num_dims, amap.num_symbols, exprs), list(op.operands)
        )
        return True


# -- affine.for ----------------------------------------------------------------------------------
def _constant_trip_count(op: Operation) -> int | None:
    """MLIR's getTrivialConstantTripCount: from constant bounds and a positive step."""
    lb = op.properties["lowerBoundMap"].value
    ub = op.properties["upperBoundMap"].value
    step = op.properties["step"].value
    if not (lb.is_single_constant() and ub.is_single_constant()) or step <= 0:
        return None
    span = ub.results[0].value - lb.results[0].value
    return 0 if span <= 0 else (span + step - 1) // step


class ForEmptyBody(RewritePattern):
    """affine.for whose body is only `affine.yield` -> the values it would return: the
    inits for yielded iteration arguments, the yielded value when defined outside
    (AffineForEmptyLoopFolder). Not when the induction variable is yielded, nor when an
    outside value or a permuted argument depends on the trip count."""

    root = "affine.for"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        body = op.regions[0].blocks[0]
        if body.first_op is not body.last_op or not op.results:
            return False
        inits = list(op.operands[len(op.operands) - len(op.results) :])
        trip_count = _constant_trip_count(op)
        if trip_count == 0:
            rewriter.replace_op(op, inits)
            return True
        yield_op = body.last_op
        iv, iter_args = body.args[0], list(body.args[1:])
        replacements = []
        outside = permuted = False
        for i, value in enumerate(yield_op.operands):
            if value is iv:
                return False
            pos = next((j for j, a in enumerate(iter_args) if a is value), None)
            if pos is None:
                outside = True
                replacements.append(value)
            else:
                permuted |= pos != i
                replacements.append(inits[pos])
        if trip_count is None and (outside or permuted):
            return False
        if trip_count is not None and trip_count >= 2 and permuted:
            return False
        rewriter.replace_op(op, replacements)
        return True


# -- affine.if -----------------------------------------------------------------------------------
class IfDropEmptyElse(RewritePattern):
    """affine.if ... {A} else {} -> affine.if ... {A} (SimplifyDeadElse), without results."""

    root = "affine.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        else_region = op.regions[1]
        if not else_region.blocks or op.results:
            return False
        block = else_region.blocks[0]
        if block.first_op is not block.last_op:
            return False
        rewriter.modify_op_in_place(op, lambda: rewriter.erase_block(block))
        return True


def _is_trivially_false(iset: Any) -> bool:
    """MLIR's isEmptyIntegerSet: exactly the canonical empty set `1 == 0`."""
    c = iset.constraints
    return len(c) == 1 and iset.eq_flags[0] and c[0].kind is CONSTANT and c[0].value == 1


def _is_trivially_true(iset: Any) -> bool:
    """One equality `0 == 0` and nothing else."""
    c = iset.constraints
    return len(c) == 1 and iset.eq_flags[0] and c[0].kind is CONSTANT and c[0].value == 0


class IfConstantCondition(RewritePattern):
    """affine.if over `0 == 0` -> its then block; over `1 == 0` -> its else block, or
    nothing (AlwaysTrueOrFalseIf)."""

    root = "affine.if"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        iset = op.properties["condition"].value
        if _is_trivially_false(iset):
            if not op.regions[1].blocks:
                if op.results:
                    return False
                rewriter.erase_op(op)
                return True
            block = op.regions[1].blocks[0]
        elif _is_trivially_true(iset):
            block = op.regions[0].blocks[0]
        else:
            return False
        terminator = block.last_op
        rewriter.inline_block_before(block, op.parent, op)
        values = list(terminator.operands) if terminator is not None else []
        rewriter.replace_op(op, values)
        if terminator is not None:
            rewriter.erase_op(terminator)
        return True


def install(ops: dict, dialect: Any) -> None:
    """Give the affine ops (by name) their folds and patterns; constants materialize as
    `arith.constant`, as in MLIR."""
    from pyir.dialects.arith_poison import materialize_constant

    folds = {
        "affine.apply": fold_apply,
        "affine.min": fold_min_max,
        "affine.max": fold_min_max,
        "affine.for": fold_for,
        "affine.if": fold_if,
        "affine.parallel": fold_parallel,
        "affine.load": fold_load,
        "affine.store": fold_store,
    }
    for name, hook in folds.items():
        ops[name].fold = hook
    patterns: dict[str, tuple] = {
        "affine.apply": (SimplifyAffineOp("affine.apply"),),
        "affine.load": (SimplifyAffineOp("affine.load"),),
        "affine.store": (SimplifyAffineOp("affine.store"),),
        "affine.vector_load": (SimplifyAffineOp("affine.vector_load"),),
        "affine.vector_store": (SimplifyAffineOp("affine.vector_store"),),
        "affine.for": (ForEmptyBody(),),
        "affine.if": (IfDropEmptyElse(), IfConstantCondition()),
    }
    for name in ("affine.min", "affine.max"):
        patterns[name] = (
            MinMaxSingleResult(name),
            MinMaxDeduplicate(name),
            MinMaxMerge(name),
            SimplifyAffineOp(name),
            MinMaxSortResults(name),
        )
    for name, found in patterns.items():
        ops[name].canonicalization_patterns = found
    dialect.materialize_constant = materialize_constant
