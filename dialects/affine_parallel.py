"""`affine.parallel`: a band of parallel loops with optional reductions.

    affine.parallel (%i, %j) = (0, max(%a, 2)) to (%n, min(%b, 10)) step (1, 2) {
    %r:2 = affine.parallel (%k) = (0) to (10) reduce ("addf", "maxnumf") -> (f32, f32) {

Layout: the bounds of all loops are packed into one map per side (`lowerBoundsMap`,
`upperBoundsMap`); `lowerBoundsGroups` / `upperBoundsGroups` (dense i32 tensors) say how
many consecutive results belong to each loop (a loop's bound is the max / min of its
group). The operands are the lower map's inputs then the upper map's. `steps` is an array
of i64, `reductions` an array of i64 holding arith's AtomicRMWKind numbers, one per result.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, dim, symbol
from pyir.builtin_attributes import ArrayAttr, IntegerAttr
from pyir.builtin_types import FloatType, IntegerType, RankedTensorType
from pyir.core import Block, Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.affine_loops import single_block_missing
from pyir.dialects.affine_ops import AffineMapAttrC, IndexList, attrs_except
from pyir.dialects.affine_scope import check_dims_and_symbols
from pyir.dialects.affine_ssa import build_map, map_text, operand_names
from pyir.opdef import IsA, OpView, Predicate, prop, region, var_operand, var_result
from pyir.traits import AutomaticAllocationScope, RecursiveMemoryEffects, SingleBlock

#: arith's AtomicRMWKind: name -> number, as stored in `reductions`.
REDUCTION_KINDS = {
    "addf": 0,
    "addi": 1,
    "andi": 2,
    "assign": 3,
    "maximumf": 4,
    "maxnumf": 5,
    "maxs": 6,
    "maxu": 7,
    "minimumf": 8,
    "minnumf": 9,
    "mins": 10,
    "minu": 11,
    "mulf": 12,
    "muli": 13,
    "ori": 14,
    "xori": 15,
}
_KIND_NAMES = {v: k for k, v in REDUCTION_KINDS.items()}
_FLOAT_KINDS = {"addf", "maximumf", "maxnumf", "minimumf", "minnumf", "mulf"}
_INT_KINDS = {"addi", "andi", "muli", "ori", "xori"}


#: ODS's array of AtomicRMWKind attributes.
ReductionsC = Predicate(
    lambda a: (
        isinstance(a, ArrayAttr)
        and all(isinstance(e, IntegerAttr) and e.value in _KIND_NAMES for e in a)
    ),
    "Reduction ops",
)


def reduction_kind(name: str) -> int | None:
    return REDUCTION_KINDS.get(name)


def reduction_accepts(kind: str, t: Any) -> bool:
    """MLIR's isResultTypeMatchAtomicRMWKind."""
    if kind == "assign":
        return True
    if kind in _FLOAT_KINDS:
        return isinstance(t, FloatType)
    if not isinstance(t, IntegerType):
        return False
    if kind in _INT_KINDS:
        return True
    signedness = str(getattr(t.signedness, "value", t.signedness))
    if kind in ("maxs", "mins"):
        return signedness != "unsigned"
    return signedness != "signed"  # maxu, minu


def group_sizes_attr(sizes: list[int]) -> DenseIntOrFPElementsAttr:
    i32 = IntegerType(32)
    return DenseIntOrFPElementsAttr(RankedTensorType((len(sizes),), i32), list(sizes))


def build_bounds(groups: list[list]) -> tuple[AffineMap, Any, tuple[list, list]]:
    """One side's bounds from parsed groups (each a list of expression trees; a
    `max(...)` / `min(...)` group shares one numbering): the flat map, the groups
    attribute and the (dim uses, symbol uses) of the flat map, one entry per map input.

    As MLIR's parser does, every expression gets its own copy of its group's dims and
    symbols; the caller deduplicates the resolved values."""
    exprs: list = []
    dim_uses: list = []
    sym_uses: list = []
    sizes: list[int] = []
    for trees in groups:
        amap, uses = build_map(trees)
        nd, ns = amap.num_dims, amap.num_symbols
        for r in amap.results:
            shift_d = [dim(len(dim_uses) + i) for i in range(nd)]
            shift_s = [symbol(len(sym_uses) + i) for i in range(ns)]
            exprs.append(r.replace_dims_and_symbols(shift_d, shift_s))
            dim_uses += uses[:nd]
            sym_uses += uses[nd:]
        sizes.append(len(trees))
    flat = AffineMap(len(dim_uses), len(sym_uses), exprs)
    return flat, group_sizes_attr(sizes), (dim_uses, sym_uses)


def _group_values(attr: Any) -> list[int]:
    return list(attr.values) if isinstance(attr, DenseIntOrFPElementsAttr) else []


class ParallelOp(OpView):
    """`affine.parallel (%ivs) = (lbs) to (ubs) [step (...)] [reduce (...) -> (types)]`.

    Invariants: one group per loop on each side (each group at least one result, the
    groups covering the map's results), one step and one block argument per loop; one
    reduction per result, whose kind accepts the result type; the bound operands are
    valid dims / symbols.
    """

    name = "affine.parallel"
    traits = (AutomaticAllocationScope, RecursiveMemoryEffects, SingleBlock)
    reductions = prop(ReductionsC)
    lowerBoundsMap = prop(AffineMapAttrC)
    lowerBoundsGroups = prop(IsA(DenseIntOrFPElementsAttr, description="32-bit int elements"))
    upperBoundsMap = prop(AffineMapAttrC)
    upperBoundsGroups = prop(IsA(DenseIntOrFPElementsAttr, description="32-bit int elements"))
    steps = prop(IsA(ArrayAttr, description="64-bit integer array attribute"))
    mapOperands = var_operand(IndexList)
    results_ = var_result()
    region = region()  # one block: SingleBlock, and verify_ for zero

    _ELIDED = (
        "reductions",
        "lowerBoundsMap",
        "lowerBoundsGroups",
        "upperBoundsMap",
        "upperBoundsGroups",
        "steps",
    )

    @property
    def body(self) -> Block:
        return self.op.regions[0].blocks[0]

    def split_operands(self) -> tuple[list, list]:
        n = self.lowerBoundsMap.value.num_inputs
        operands = self.op.operands
        return operands[:n], operands[n:]

    def verify_(self) -> str | None:
        op = self.op
        message = single_block_missing(op, 0, "region")
        if message is not None:
            return message
        lb_groups = _group_values(self.lowerBoundsGroups)
        ub_groups = _group_values(self.upperBoundsGroups)
        steps = list(self.steps)
        n_args = len(self.body.args)
        num_dims = len(lb_groups)
        if len(ub_groups) != num_dims or len(steps) != num_dims or n_args != num_dims:
            return (
                f"the number of region arguments ({n_args}) and the number of map groups for "
                f"lower ({len(lb_groups)}) and upper bound ({len(ub_groups)}), and the number "
                f"of steps ({len(steps)}) must all match"
            )
        for side, groups, amap in (
            ("lower", lb_groups, self.lowerBoundsMap.value),
            ("upper", ub_groups, self.upperBoundsMap.value),
        ):
            if any(g == 0 for g in groups):
                return f"expected {side} bound map to have at least one result"
            if sum(groups) != amap.num_results:
                return f"expected {side} bounds map to have {sum(groups)} results"
        reductions = list(self.reductions)
        if len(reductions) != len(op.results):
            return "a reduction must be specified for each output"
        for attr, res in zip(reductions, op.results):
            kind = _KIND_NAMES.get(attr.value) if isinstance(attr, IntegerAttr) else None
            if kind is None:
                return "invalid reduction attribute"
            if not reduction_accepts(kind, res.type):
                return "result type cannot match reduction attribute"
        lbs, ubs = self.split_operands()
        for operands, amap in ((lbs, self.lowerBoundsMap.value), (ubs, self.upperBoundsMap.value)):
            message = check_dims_and_symbols(op, operands, amap.num_dims)
            if message is not None:
                return message
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = ParallelOp(op)
        block = op.regions[0].blocks[0]
        p.write(" (")
        p.print_operands(block.args)
        p.write(") = (")
        lbs, ubs = view.split_operands()
        _print_bounds(p, view.lowerBoundsMap.value, view.lowerBoundsGroups, lbs, "max")
        p.write(") to (")
        _print_bounds(p, view.upperBoundsMap.value, view.upperBoundsGroups, ubs, "min")
        p.write(")")
        steps = [s.value for s in view.steps]
        if any(s != 1 for s in steps):
            p.write(" step (" + ", ".join(str(s) for s in steps) + ")")
        if op.results:
            kinds = [_KIND_NAMES.get(getattr(a, "value", None), "") for a in view.reductions]
            p.write(" reduce (" + ", ".join(f'"{k}"' for k in kinds) + ") -> (")
            p.print_type_list([r.type for r in op.results])
            p.write(")")
        p.write(" ")
        p.print_region(
            op.regions[0], print_entry_block_args=False, print_block_terminators=bool(op.results)
        )
        p.print_optional_attr_dict(attrs_except(op, ParallelOp._ELIDED))


def _print_bounds(p: Any, amap: AffineMap, groups_attr: Any, operands: list, keyword: str):
    """MLIR's printMinMaxBound: a lone expression per loop, or `max(...)` / `min(...)`."""
    dims, syms = operand_names(p, operands, amap.num_dims)
    start = 0
    parts = []
    for size in _group_values(groups_attr):
        if size == 1:
            parts.append(amap.results[start].to_string(dims, syms))
        else:
            sub = AffineMap(amap.num_dims, amap.num_symbols, amap.results[start : start + size])
            parts.append(f"{keyword}({map_text(p, sub, operands)})")
        start += size
    p.write(", ".join(parts))
