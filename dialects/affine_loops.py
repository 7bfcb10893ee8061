"""The `affine` ops with regions: affine.for and affine.if (affine.parallel is in
`affine_parallel`).

    affine.for %i = 0 to 10 step 2 { ... }
    affine.for %i = max #lb(%a)[%n] to min #ub(%b) { ... }
    %r = affine.for %i = %lo to %hi iter_args(%acc = %init) -> (f32) { ... affine.yield %x : f32 }
    %r = affine.if #set(%i)[%n] -> f32 { ... } else { ... }

Layout: affine.for's operands are the lower-bound map's inputs, the upper-bound map's,
then the loop-carried initial values (`operandSegmentSizes` says how many of each); its
single-block body takes the induction variable (index) then one argument per carried
value. affine.if's operands are its integer set's inputs; the then region has one block,
the else region none or one. An `affine.yield` without operands is implicit in the
custom form.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr, IntegerSetAttr
from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType
from pyir.core import Block, Operation
from pyir.dialects.affine_ops import AffineMapAttrC, IndexList, attrs_except
from pyir.dialects.affine_scope import check_dims_and_symbols
from pyir.dialects.affine_ssa import print_dim_and_symbol_list
from pyir.opdef import (
    AttrSizedOperandSegments,
    IsA,
    OpView,
    Predicate,
    prop,
    region,
    var_operand,
    var_result,
)
from pyir.traits import AutomaticAllocationScope, RecursiveMemoryEffects, SingleBlock

IndexAttrC = Predicate(
    lambda a: isinstance(a, IntegerAttr) and isinstance(a.type, IndexType), "index attribute"
)
IntegerSetAttrC = IsA(IntegerSetAttr, description="IntegerSet attribute")


def single_block_missing(op: Operation, index: int, name: str) -> str | None:
    """ODS's SizedRegion<1> also rejects an empty region (pyir's check covers > 1)."""
    if not op.regions[index].blocks:
        return f"region #{index} ('{name}') failed to verify constraint: region with 1 blocks"
    return None


def terminator_of(block: Block) -> Operation | None:
    last = block.last_op
    return last if last is not None and last.name == "affine.yield" else None


def yield_matches_parent(op: Operation, yield_op: Operation) -> bool:
    """affine.yield's own rule holds (it reports its error first, as nested ops verify
    before their parent's region rules in MLIR)."""
    values = yield_op.operands
    return len(values) == len(op.results) and all(
        v.type == r.type for v, r in zip(values, op.results)
    )


def region_branch_counts(source: str, target: str, have: int, need: int) -> str:
    return (
        f"along control flow edge from {source} to {target}: region branch point has "
        f"{have} operands, but region successor needs {need} inputs"
    )


def region_branch_types(source: str, target: str, i: int, have: Any, need: Any) -> str:
    return (
        f"along control flow edge from {source} to {target}: successor operand type "
        f"#{i} '{have}' should match successor input type #{i} '{need}'"
    )


# -- affine.for ----------------------------------------------------------------------------
class ForOp(OpView):
    """`affine.for %iv = lb to ub [step c] [iter_args(...) -> (types)] { body }`.

    Invariants: the step is a positive index attribute; both bound maps have at least one
    result and take valid dims / symbols; the body's first argument is the index
    induction variable, followed by one argument per init, typed like the inits and the
    results.
    """

    name = "affine.for"
    traits = (
        AttrSizedOperandSegments,
        AutomaticAllocationScope,
        RecursiveMemoryEffects,
        SingleBlock,
    )
    lowerBoundOperands = var_operand(IndexList)
    upperBoundOperands = var_operand(IndexList)
    inits = var_operand()
    lowerBoundMap = prop(AffineMapAttrC)
    upperBoundMap = prop(AffineMapAttrC)
    step = prop(IndexAttrC)
    results_ = var_result()
    region = region()  # one block: SingleBlock, and verify_ for zero

    _ELIDED = ("lowerBoundMap", "upperBoundMap", "step", "operandSegmentSizes")

    @classmethod
    def build(
        cls,
        lower: int | tuple[AffineMap, list],
        upper: int | tuple[AffineMap, list],
        step: int = 1,
        inits: list = (),
        location: Any = None,
    ) -> Operation:
        """A loop with an empty body block (induction variable, then one argument per
        init) holding the implicit `affine.yield` when there are no inits. A bound is an
        int (a constant map) or a (map, operands) pair."""
        from pyir.builtin_attributes import DenseArrayAttr
        from pyir.builtin_types import IntegerType
        from pyir.dialects.affine_ops import YieldOp

        bounds = []
        for bound in (lower, upper):
            if isinstance(bound, int):
                bounds.append((AffineMap.constant_map(bound), []))
            else:
                bounds.append((bound[0], list(bound[1])))
        (lb_map, lb_ops), (ub_map, ub_ops) = bounds
        inits = list(inits)
        index = IndexType()
        props = {
            "lowerBoundMap": AffineMapAttr(lb_map),
            "upperBoundMap": AffineMapAttr(ub_map),
            "step": IntegerAttr(step, index),
            "operandSegmentSizes": DenseArrayAttr(
                IntegerType(32), (len(lb_ops), len(ub_ops), len(inits))
            ),
        }
        types = [v.type for v in inits]
        op = cls.create(lb_ops + ub_ops + inits, types, props, location=location)
        block = op.regions[0].add_block(Block([index, *types]))
        if not inits:
            block.append(YieldOp.create(location=location))
        return op

    @property
    def body(self) -> Block:
        return self.op.regions[0].blocks[0]

    def verify_(self) -> str | None:
        op = self.op
        message = single_block_missing(op, 0, "region")
        if message is not None:
            return message
        step = self.step.value
        if step <= 0:
            return f"expected step to be a positive integer, got {step}"
        args = self.body.args
        if not args or not isinstance(args[0].type, IndexType):
            return "expected body to have an index argument for the induction variable"
        lb_map: AffineMap = self.lowerBoundMap.value
        ub_map: AffineMap = self.upperBoundMap.value
        for operands, amap in (
            (self.lowerBoundOperands, lb_map),
            (self.upperBoundOperands, ub_map),
        ):
            message = check_dims_and_symbols(op, operands, amap.num_dims)
            if message is not None:
                return message
        if lb_map.num_results < 1:
            return "expected lower bound map to have at least one result"
        if ub_map.num_results < 1:
            return "expected upper bound map to have at least one result"
        return None

    def verify_regions_(self) -> str | None:
        # LoopLikeOpInterface's counts, then RegionBranchOpInterface: the inits enter the
        # body, the yield re-enters it. Both run after the body verified (the yield's own
        # rule reports first), as in MLIR.
        inits = self.inits
        iter_args = self.body.args[1:]
        if len(inits) != len(iter_args):
            return (
                f"different number of inits and region iter_args: {len(inits)} != {len(iter_args)}"
            )
        yielded = terminator_of(self.body)
        if yielded is not None and yielded.operands and len(yielded.operands) != len(iter_args):
            return (
                "different number of region iter_args and yielded values: "
                f"{len(iter_args)} != {len(yielded.operands)}"
            )
        for i, (value, arg) in enumerate(zip(inits, iter_args)):
            if value.type != arg.type:
                return region_branch_types("parent", "Region #0", i, value.type, arg.type)
        if yielded is not None and yield_matches_parent(self.op, yielded):
            values = yielded.operands
            source = "Operation affine.yield"
            if len(values) != len(iter_args):
                return region_branch_counts(source, "Region #0", len(values), len(iter_args))
            for i, (value, arg) in enumerate(zip(values, iter_args)):
                if value.type != arg.type:
                    return region_branch_types(source, "Region #0", i, value.type, arg.type)
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = ForOp(op)
        block = op.regions[0].blocks[0]
        p.write(" ")
        p.print_region_argument(block.args[0], omit_type=True)
        p.write(" = ")
        _print_bound(p, view.lowerBoundMap, view.lowerBoundOperands, "max")
        p.write(" to ")
        _print_bound(p, view.upperBoundMap, view.upperBoundOperands, "min")
        step = view.step.value
        if step != 1:
            p.write(f" step {step}")
        inits = view.inits
        if inits:
            p.write(" iter_args(")
            for i, (arg, value) in enumerate(zip(block.args[1:], inits)):
                if i:
                    p.write(", ")
                p.print_operand(arg)
                p.write(" = ")
                p.print_operand(value)
            p.write(") -> (")
            p.print_type_list([r.type for r in op.results])
            p.write(")")
        p.write(" ")
        p.print_region(
            op.regions[0], print_entry_block_args=False, print_block_terminators=bool(inits)
        )
        p.print_optional_attr_dict(attrs_except(op, ForOp._ELIDED))


def _print_bound(p: Any, attr: Any, operands: list, prefix: str) -> None:
    """MLIR's printBound: a constant, a lone symbol operand, or `[max|min] #map(...)[...]`."""
    amap: AffineMap = attr.value
    if amap.num_results == 1:
        expr = amap.results[0]
        if amap.num_inputs == 0 and expr.kind.name == "CONSTANT":
            p.write(str(expr.value))
            return
        if amap.num_dims == 0 and amap.num_symbols == 1 and expr.kind.name == "SYMBOL" and operands:
            p.print_operand(operands[0])
            return
    else:
        p.write(prefix + " ")
    p.print_attribute(attr)
    print_dim_and_symbol_list(p, operands, amap.num_dims)


# -- affine.if -----------------------------------------------------------------------------
class IfOp(OpView):
    """`affine.if #set(%d)[%s] [-> types] { then } [else { else }]`.

    Invariants: the condition set takes as many inputs as there are operands, valid dims
    and symbols; the then region has exactly one block, the else region at most one;
    neither has arguments.
    """

    name = "affine.if"
    traits = (RecursiveMemoryEffects, SingleBlock)
    condition = prop(IntegerSetAttrC)
    operands_ = var_operand()
    results_ = var_result()
    thenRegion = region()
    elseRegion = region()

    def verify_(self) -> str | None:
        op = self.op
        message = single_block_missing(op, 0, "thenRegion")
        if message is not None:
            return message
        for i, r in enumerate(op.regions):
            if any(block.args for block in r.blocks):
                return f"region #{i} should have no arguments"
        condition = self.condition.value
        operands = op.operands
        if len(operands) != condition.num_inputs:
            return "operand count and condition integer set dimension and symbol count must match"
        return check_dims_and_symbols(op, operands, condition.num_dims)

    def verify_regions_(self) -> str | None:
        # RegionBranchOpInterface: without an else region, the op itself is a successor
        # of the parent and receives no values.
        op = self.op
        if op.results and not op.regions[1].blocks:
            return region_branch_counts("parent", "Operation affine.if", 0, len(op.results))
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        attr = op.properties.get("condition")
        p.write(" ")
        p.print_attribute(attr)
        print_dim_and_symbol_list(p, op.operands, attr.value.num_dims)
        results = op.results
        if results:
            p.write(" -> ")
            if len(results) == 1 and results[0].type.kind != "builtin.function":
                p.print_type(results[0].type)
            else:
                p.write("(")
                p.print_type_list([r.type for r in results])
                p.write(")")
        p.write(" ")
        terms = bool(results)
        p.print_region(op.regions[0], print_entry_block_args=False, print_block_terminators=terms)
        if op.regions[1].blocks:
            p.write(" else ")
            p.print_region(
                op.regions[1], print_entry_block_args=False, print_block_terminators=terms
            )
        p.print_optional_attr_dict(attrs_except(op, ("condition",)))
