"""`lower-affine`: affine.apply / min / max / for / if / load / store / yield / parallel
lowered to `arith`, `scf` and `memref` (MLIR's LowerAffinePass), with MLIR's results.

MLIR runs this pass as a partial dialect conversion whose legal dialects are arith, memref,
scf and vector; every other op is "unknown", so the conversion first tries to fold it and
then applies a lowering pattern if one exists. pyir reproduces that driver, because its
choices show in the output:

- ops are visited once, in pre-order, as collected before the conversion starts (an
  affine.for's body is visited after the loop, inside the new scf.for);
- a visited op that is not legal is folded first (any dialect's op: `tensor.dim` of a
  static size or `math.absi` of a constant fold here too); folded constants are
  materialized right before the op, with no deduplication; an in-place fold (an affine.for
  whose bounds got canonicalized, an affine.min with constant results) is tried again;
- replacements are deferred: a replaced op stays in place, still defining its results,
  until the end, so a later fold sees `affine.apply` producers (and composes them into
  loop bounds) where MLIR does, and never sees the constants a folded op turned into;
- patterns create fresh constants for every use (no CSE), as MLIR's patterns do.

The patterns (see `AffineLowering`) mirror MLIR's AffineToStandard: bounds with several
results become chains of arith.maxsi / arith.minsi, affine.if conditions cmpi sge / eq
against one zero joined with arith.andi, affine.parallel reductions start from arith's
identity value and combine in scf.reduce regions. A map that cannot be expanded (mod or
division by a non-positive constant) is reported with MLIR's error and left in place; so
is an affine.parallel reduction without an identity ("assign").
"""

from __future__ import annotations

import math
import struct
from typing import Any

from pyir.affine import AffineMap
from pyir.affine_expand import (
    ArithEmitter,
    expand_affine_expr,
    expand_affine_map,
    expansion_errors,
)
from pyir.builder import InsertionPoint
from pyir.builtin_attributes import DenseArrayAttr, FloatAttr, IntegerAttr, bool_attr
from pyir.builtin_types import FloatType, IntegerType
from pyir.core import Block, Operation, Value
from pyir.folding import FoldError, fold_op
from pyir.passes import Pass
from pyir.rewriter import PatternRewriter
from pyir.traits import ConstantLike
from pyir.transforms.affine_folding import INPLACE, AffineRules, fold
from pyir.transforms.lower_affine_dma import DMA_PATTERNS
from pyir.transforms.lower_affine_index import INDEX_PATTERNS
from pyir.transforms.lower_affine_vector import VECTOR_PATTERNS

__all__ = ["LowerAffinePass", "lower_affine"]

_OWN_FOLD = {**INDEX_PATTERNS, **DMA_PATTERNS}  # folded by their own fold hooks

#: Dialects whose ops the conversion leaves alone (MLIR's legal dialects).
LEGAL_DIALECTS = frozenset({"arith", "memref", "scf", "vector"})

#: arith's AtomicRMWKind numbering, as affine.parallel stores its reductions.
_RMW_KINDS = (
    "addf",
    "addi",
    "andi",
    "assign",
    "maximumf",
    "maxnumf",
    "maxs",
    "maxu",
    "minimumf",
    "minnumf",
    "mins",
    "minu",
    "mulf",
    "muli",
    "ori",
    "xori",
)
#: AtomicRMWKind -> the arith op combining two partial results.
_COMBINERS = {
    "addf": "arith.addf",
    "addi": "arith.addi",
    "andi": "arith.andi",
    "maximumf": "arith.maximumf",
    "maxnumf": "arith.maxnumf",
    "maxs": "arith.maxsi",
    "maxu": "arith.maxui",
    "minimumf": "arith.minimumf",
    "minnumf": "arith.minnumf",
    "mins": "arith.minsi",
    "minu": "arith.minui",
    "mulf": "arith.mulf",
    "muli": "arith.muli",
    "ori": "arith.ori",
    "xori": "arith.xori",
}
_MAX_INPLACE_FOLDS = 8


def _identity_attr(kind: str, t: Any) -> Any:
    """arith's getIdentityValueAttr (non-finite values allowed), or None."""
    if isinstance(t, FloatType):
        if kind in ("addf",):
            return FloatAttr(0.0, t)
        if kind == "mulf":
            return FloatAttr(1.0, t)
        if kind == "maximumf":
            return FloatAttr(-math.inf, t)
        if kind == "minimumf":
            return FloatAttr(math.inf, t)
        if kind in ("maxnumf", "minnumf"):
            return _nan_attr(t, negative=kind == "maxnumf")
        return None
    if isinstance(t, IntegerType):
        width = t.width
        if kind in ("addi", "maxu", "ori", "xori"):
            return IntegerAttr(0, t)
        if kind in ("andi", "minu"):
            # APInt::getAllOnes: -1 as a signless value (`true` for i1).
            return IntegerAttr(-1 if width > 1 else 1, t)
        if kind == "maxs":
            return IntegerAttr(-(1 << (width - 1)), t)
        if kind == "mins":
            return IntegerAttr((1 << (width - 1)) - 1, t)
        if kind == "muli":
            return IntegerAttr(1, t)
    return None


def _nan_attr(t: Any, negative: bool) -> Any:
    """APFloat::getNaN: the quiet NaN with the sign bit set for `negative`."""
    if getattr(t, "width", None) == 32:
        bits = 0xFFC00000 if negative else 0x7FC00000
        value = struct.unpack("<f", struct.pack("<I", bits))[0]
    else:
        value = math.nan
    return FloatAttr(-value if negative and t.width != 32 else value, t)


# -- the conversion driver -------------------------------------------------------------------------
class AffineLowering:
    """One run of the lowering over the ops nested in a root op (see the module docstring).

    Invariants: `replaced` lists (op, values) in replacement order; a replaced op and the
    ops nested in it are in `dead` and are never visited; replacements are committed by
    `commit`, which rewires every use to the final value and erases the replaced ops.
    """

    def __init__(self, context: Any, emit_error: Any) -> None:
        self.context = context
        self._emit_error = emit_error
        self._reported: set[tuple[Operation, str]] = set()
        self.rules = AffineRules(context.get_dialect("affine") if context is not None else None)
        self.rewriter = PatternRewriter(context=context)
        self.replaced: list[tuple[Operation, list[Value]]] = []
        self.dead: set[Operation] = set()

    # -- driving ---------------------------------------------------------------------------
    def run(self, root: Operation) -> None:
        todo = [op for region in root.regions for op in _pre_order(region)]
        for op in todo:
            if op in self.dead or op.parent is None:
                continue
            if op.dialect_name in LEGAL_DIALECTS:
                continue
            self.legalize(op)
        self.commit()

    def legalize(self, op: Operation) -> None:
        for _ in range(_MAX_INPLACE_FOLDS):
            result = self.try_fold(op)
            if result is None:
                break
            if result != INPLACE:
                return
        lower = _PATTERNS.get(op.name)
        if lower is not None:
            self.rewriter.insertion_point = InsertionPoint.before(op)
            lower(self, op)

    def try_fold(self, op: Operation) -> Any:
        """None (no fold), INPLACE, or "replaced"."""
        op_def = op.op_def
        if op_def is None or ConstantLike in op_def.traits_set:
            return None
        if op.name.startswith("affine.") and op.name not in _OWN_FOLD:
            results = fold(op, self.rules)
        else:
            try:
                results = fold_op(op)
            except FoldError:
                return None
            if results is not None and all(r is o for r, o in zip(results, op.results)):
                results = INPLACE
        if results is None or results == INPLACE:
            return results
        values = self._materialize(op, results)
        if values is None:
            return None
        self.replace(op, values)
        return "replaced"

    def _materialize(self, op: Operation, results: list) -> list[Value] | None:
        rewriter = self.rewriter
        rewriter.insertion_point = InsertionPoint.before(op)
        dialect = op.op_def.dialect
        materialize = getattr(dialect, "materialize_constant", None)
        if op.name.startswith("affine."):
            materialize = _materialize_arith
        values: list[Value] = []
        created: list[Operation] = []
        for r, result in zip(results, op.results):
            if isinstance(r, Value):
                values.append(r)
                continue
            const = materialize(rewriter, r, result.type, op.location) if materialize else None
            if const is None:
                for c in created:
                    c.erase()
                return None
            created.append(const)
            values.append(const.results[0])
        return values

    # -- deferred replacement --------------------------------------------------------------
    def replace(self, op: Operation, values: list[Value]) -> None:
        self.replaced.append((op, list(values)))
        for nested in op.walk():
            self.dead.add(nested)

    def commit(self) -> None:
        mapping: dict[Value, Value] = {}
        for op, values in self.replaced:
            for old, new in zip(op.results, values):
                mapping[old] = new

        def final(v: Value) -> Value:
            while v in mapping:
                v = mapping[v]
            return v

        for op, _ in self.replaced:
            for old in op.results:
                target = final(old)
                if target is not old:
                    old.replace_all_uses_with(target)
        for op, _ in reversed(self.replaced):
            if op.parent is not None:
                op.drop_all_references()
        for op, _ in reversed(self.replaced):
            if op.parent is not None:
                op.detach()

    # -- helpers for the patterns ----------------------------------------------------------
    def emit_error(self, op: Operation, message: str) -> None:
        """Report `message` on `op` once, however often a pattern retries the op."""
        if (op, message) not in self._reported:
            self._reported.add((op, message))
            self._emit_error(op, message)

    def emitter(self, op: Operation) -> ArithEmitter:
        return ArithEmitter(self.rewriter, op.location)

    def check_expandable(self, op: Operation, exprs: Any) -> bool:
        """Report MLIR's errors for the expressions that cannot be expanded."""
        errors = [m for e in exprs for m in expansion_errors(e)]
        for message in errors:
            self.emit_error(op, message)
        return not errors

    def create(self, name: str, operands: list, types: list, props: Any = None, regions=None):
        return self.rewriter.create(name, operands, types, properties=props, regions=regions)


def _pre_order(region: Any) -> Any:
    for block in list(region.blocks):
        for op in list(block.ops):
            yield from op.walk(post_order=False)


def _materialize_arith(builder: Any, attr: Any, t: Any, location: Any) -> Operation | None:
    if not isinstance(attr, IntegerAttr):
        return None
    value = IntegerAttr(attr.value, t)
    return builder.create("arith.constant", [], [t], properties={"value": value}, location=location)


# -- patterns ------------------------------------------------------------------------------------
def _min_max_chain(conv: AffineLowering, op: Operation, values: list[Value], is_max: bool) -> Value:
    """MLIR's buildMinMaxReductionSeq: a left-to-right chain of maxsi / minsi."""
    name = "arith.maxsi" if is_max else "arith.minsi"
    value = values[0]
    for other in values[1:]:
        value = conv.create(name, [value, other], [value.type]).results[0]
    return value


def _lower_bound_value(
    conv: AffineLowering, op: Operation, amap: AffineMap, operands: list, is_max: bool
) -> Value:
    values = expand_affine_map(conv.emitter(op), amap, operands)
    return _min_max_chain(conv, op, values, is_max)


def lower_apply(conv: AffineLowering, op: Operation) -> bool:
    amap: AffineMap = op.properties["map"].value
    if not conv.check_expandable(op, amap.results):
        return False
    conv.replace(op, expand_affine_map(conv.emitter(op), amap, op.operands))
    return True


def lower_min_max(conv: AffineLowering, op: Operation) -> bool:
    amap: AffineMap = op.properties["map"].value
    if not conv.check_expandable(op, amap.results):
        return False
    value = _lower_bound_value(conv, op, amap, op.operands, op.name == "affine.max")
    conv.replace(op, [value])
    return True


def lower_load(conv: AffineLowering, op: Operation) -> bool:
    amap: AffineMap = op.properties["map"].value
    if not conv.check_expandable(op, amap.results):
        return False
    memref = op.operands[0]
    indices = expand_affine_map(conv.emitter(op), amap, op.operands[1:])
    # MLIR's builder stores both flags (the generic form shows them).
    props = {"invariant": bool_attr(False), "nontemporal": bool_attr(False)}
    new = conv.create("memref.load", [memref, *indices], [op.results[0].type], props)
    conv.replace(op, list(new.results))
    return True


def lower_store(conv: AffineLowering, op: Operation) -> bool:
    amap: AffineMap = op.properties["map"].value
    if not conv.check_expandable(op, amap.results):
        return False
    value, memref = op.operands[0], op.operands[1]
    indices = expand_affine_map(conv.emitter(op), amap, op.operands[2:])
    props = {"nontemporal": bool_attr(False)}
    conv.create("memref.store", [value, memref, *indices], [], props)
    conv.replace(op, [])
    return True


def lower_yield(conv: AffineLowering, op: Operation) -> bool:
    parent = op.parent_op()
    if parent is not None and parent.name in ("scf.parallel", "affine.parallel"):
        return False  # the affine.parallel lowering rewrites it
    conv.create("scf.yield", list(op.operands), [])
    conv.replace(op, [])
    return True


def lower_for(conv: AffineLowering, op: Operation) -> bool:
    sizes = list(op.properties["operandSegmentSizes"].values)
    operands = op.operands
    lb_ops = operands[: sizes[0]]
    ub_ops = operands[sizes[0] : sizes[0] + sizes[1]]
    inits = operands[sizes[0] + sizes[1] :]
    lb_map: AffineMap = op.properties["lowerBoundMap"].value
    ub_map: AffineMap = op.properties["upperBoundMap"].value
    if not conv.check_expandable(op, (*lb_map.results, *ub_map.results)):
        return False
    lower = _lower_bound_value(conv, op, lb_map, lb_ops, True)
    upper = _lower_bound_value(conv, op, ub_map, ub_ops, False)
    step = conv.emitter(op).constant_index(op.properties["step"].value)
    loop = conv.create(
        "scf.for", [lower, upper, step, *inits], [r.type for r in op.results], regions=1
    )
    conv.rewriter.inline_region_before(op.regions[0], loop.regions[0], None)
    conv.replace(op, list(loop.results))
    return True


def lower_if(conv: AffineLowering, op: Operation) -> bool:
    iset = op.properties["condition"].value
    emitter = conv.emitter(op)
    operands = op.operands
    dims, syms = operands[: iset.num_dims], operands[iset.num_dims :]
    for expr in iset.constraints:
        # MLIR stops at the first constraint it cannot expand (and rolls back).
        if not conv.check_expandable(op, (expr,)):
            return False
    zero = emitter.constant_index(0)
    cond: Value | None = None
    for expr, is_eq in zip(iset.constraints, iset.eq_flags):
        value = expand_affine_expr(emitter, expr, dims, syms)
        compared = emitter.cmpi("eq" if is_eq else "sge", value, zero)
        cond = compared if cond is None else emitter.binary("arith.andi", cond, compared)
    if cond is None:
        cond = emitter.constant(IntegerAttr(1, IntegerType(1)))
    has_else = bool(op.regions[1].blocks)
    new = conv.create("scf.if", [cond], [r.type for r in op.results], regions=2)
    conv.rewriter.inline_region_before(op.regions[0], new.regions[0], None)
    if has_else:
        conv.rewriter.inline_region_before(op.regions[1], new.regions[1], None)
    conv.replace(op, list(new.results))
    return True


def _groups(attr: Any) -> list[int]:
    return [int(v) for v in attr.values]


def lower_parallel(conv: AffineLowering, op: Operation) -> bool:
    lb_map: AffineMap = op.properties["lowerBoundsMap"].value
    ub_map: AffineMap = op.properties["upperBoundsMap"].value
    n = lb_map.num_inputs
    lb_ops, ub_ops = op.operands[:n], op.operands[n:]
    lb_groups = _groups(op.properties["lowerBoundsGroups"])
    ub_groups = _groups(op.properties["upperBoundsGroups"])
    # Checked up front: MLIR's pattern rolls back what it built when a bound fails.
    lb_at = ub_at = 0
    for lb_size, ub_size in zip(lb_groups, ub_groups):
        if not conv.check_expandable(op, lb_map.results[lb_at : lb_at + lb_size]):
            return False
        if not conv.check_expandable(op, ub_map.results[ub_at : ub_at + ub_size]):
            return False
        lb_at += lb_size
        ub_at += ub_size
    kinds = [_RMW_KINDS[a.value] for a in op.properties["reductions"]]
    for kind, result in zip(kinds, op.results):
        if _identity_attr(kind, result.type) is None:
            conv.emit_error(op, "Reduction operation type not supported")
            return False
    lowers, uppers = [], []
    lb_at = ub_at = 0
    for lb_size, ub_size in zip(lb_groups, ub_groups):
        sub = AffineMap(
            lb_map.num_dims, lb_map.num_symbols, lb_map.results[lb_at : lb_at + lb_size]
        )
        lowers.append(_lower_bound_value(conv, op, sub, lb_ops, True))
        sub = AffineMap(
            ub_map.num_dims, ub_map.num_symbols, ub_map.results[ub_at : ub_at + ub_size]
        )
        uppers.append(_lower_bound_value(conv, op, sub, ub_ops, False))
        lb_at += lb_size
        ub_at += ub_size
    emitter = conv.emitter(op)
    steps = [emitter.constant_index(s.value) for s in op.properties["steps"]]
    inits = [emitter.constant(_identity_attr(k, r.type)) for k, r in zip(kinds, op.results)]
    segments = DenseArrayAttr(IntegerType(32), (len(lowers), len(uppers), len(steps), len(inits)))
    loop = conv.create(
        "scf.parallel",
        [*lowers, *uppers, *steps, *inits],
        [r.type for r in op.results],
        {"operandSegmentSizes": segments},
        regions=1,
    )
    body = op.regions[0].blocks[0]
    terminator = body.last_op
    conv.rewriter.inline_region_before(op.regions[0], loop.regions[0], None)
    conv.rewriter.insertion_point = InsertionPoint.before(terminator)
    yielded = list(terminator.operands)
    reduce = conv.create("scf.reduce", yielded, [], regions=len(yielded))
    conv.replace(terminator, [])
    for kind, value, region in zip(kinds, yielded, reduce.regions):
        block = region.add_block(Block([value.type, value.type]))
        conv.rewriter.insertion_point = InsertionPoint.at_block_end(block)
        combined = conv.create(_COMBINERS[kind], list(block.args), [value.type]).results[0]
        conv.create("scf.reduce.return", [combined], [])
    conv.replace(op, list(loop.results))
    return True


_PATTERNS = {
    "affine.apply": lower_apply,
    "affine.min": lower_min_max,
    "affine.max": lower_min_max,
    "affine.load": lower_load,
    "affine.store": lower_store,
    "affine.yield": lower_yield,
    "affine.for": lower_for,
    "affine.if": lower_if,
    "affine.parallel": lower_parallel,
    **INDEX_PATTERNS,
    **VECTOR_PATTERNS,
    **DMA_PATTERNS,
}


def lower_affine(root: Operation, context: Any, emit_error: Any = None) -> None:
    """Run the lowering on the ops nested in `root`; `emit_error(op, message)` reports
    what cannot be lowered (ignored when None)."""
    conv = AffineLowering(context, emit_error or (lambda op, message: None))
    conv.run(root)


class LowerAffinePass(Pass):
    """Lowers the affine ops to arith, scf and memref."""

    name = "lower-affine"
    summary = "Lower Affine operations to a combination of Arith and SCF operations"
    dependent_dialects = ("arith", "memref", "scf", "vector")

    def run_on_operation(self, op: Operation) -> None:
        lower_affine(op, self.context, self.emit_error)
