"""The `scf` loops: for, forall, parallel (with reduce) and while, with MLIR's printers.

Their parsers are in scf_syntax. The loop bodies name their entry block's arguments in the
op's header (`scf.for %i = ...`, `scf.forall (%i) in ...`), so the region prints without
its entry block header; an operand-less terminator is elided where MLIR elides it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import ArrayAttr, DialectAttr, OpaqueAttr, UnitAttr
from pyir.builtin_types import DYNAMIC, INDEX, IndexType, IntegerType, RankedTensorType
from pyir.core import Block, Operation, Value
from pyir.dense_attributes import DenseArrayAttr
from pyir.dialects.scf_common import (
    RecursiveMemoryEffects,
    attrs_to_print,
    constant_int,
    edge_error,
    implicit_terminator,
    print_arrow_types,
    sized_region_error,
    terminator_of,
)
from pyir.dialects.scf_terminators import InParallelOp, YieldOp
from pyir.dialects.static_dynamic import I64_ARRAY, dense_i64, print_index_list
from pyir.opdef import (
    AttrSizedOperandSegments,
    EqualTo,
    IsA,
    OpView,
    Predicate,
    operand,
    prop,
    region,
    var_operand,
    var_region,
    var_result,
)
from pyir.traits import AutomaticAllocationScope, HasParent, IsTerminator
from pyir.verifier import PlainMessage

SignlessIntegerOrIndex = Predicate(
    lambda t: (
        isinstance(t, IndexType) or (isinstance(t, IntegerType) and t.signedness == "signless")
    ),
    "signless integer or index",
)
Index = EqualTo(INDEX)
Index.description = "index"
RankedTensor = IsA(
    RankedTensorType, description="variadic of ranked tensor of any non-token type values"
)
DeviceMappingArray = Predicate(
    lambda a: isinstance(a, ArrayAttr) and all(isinstance(e, (DialectAttr, OpaqueAttr)) for e in a),
    "Device Mapping array attribute",
)
YieldTerminator = implicit_terminator("scf.yield")
_I32 = IntegerType(32)
InParallelTerminator = implicit_terminator("scf.forall.in_parallel")


# -- scf.for ------------------------------------------------------------------------------------
class ForOp(OpView):
    """`scf.for [unsigned] %iv = %lb to %ub step %s [iter_args(%a = %init) -> (types)]
    [: type] {body}`.

    Invariants: the bounds and step share one signless integer or index type, which is the
    induction variable's; the body's single block takes the induction variable then one
    argument per `init_args` value, and yields one value per result; results, inits,
    iteration arguments and yielded values agree in type.
    """

    name = "scf.for"
    traits = (AutomaticAllocationScope, RecursiveMemoryEffects, YieldTerminator)
    hand_written_syntax = True
    lower_bound = operand(SignlessIntegerOrIndex)
    upper_bound = operand(SignlessIntegerOrIndex)
    step = operand(SignlessIntegerOrIndex)
    init_args = var_operand()
    results_ = var_result()
    unsignedCmp = prop(UnitAttr, optional=True)  # noqa: N815 - MLIR's property name
    body = region()

    @classmethod
    def build(
        cls,
        lower_bound: Value,
        upper_bound: Value,
        step: Value,
        init_args: Sequence[Value] = (),
        unsigned: bool = False,
        location: Any = None,
    ) -> Operation:
        """A loop whose body block takes the induction variable and the iteration
        arguments; without `init_args` the body already ends with its `scf.yield`."""
        inits = list(init_args)
        props = {"unsignedCmp": UnitAttr()} if unsigned else None
        op = cls.create(
            [lower_bound, upper_bound, step, *inits],
            [v.type for v in inits],
            properties=props,
            location=location,
        )
        block = op.regions[0].add_block(Block([lower_bound.type, *(v.type for v in inits)]))
        if not inits:
            block.append(YieldOp.build(location=location))
        return op

    @property
    def induction_var(self) -> Value:
        return self.op.regions[0].blocks[0].args[0]

    @property
    def region_iter_args(self) -> list[Value]:
        return list(self.op.regions[0].blocks[0].args[1:])

    def verify_(self) -> str | None:
        t = self.lower_bound.type
        if self.upper_bound.type != t or self.step.type != t:
            return "failed to verify that all of {lowerBound, upperBound, step} have same type"
        message = sized_region_error(self.op, 0, "region")
        if message is not None:
            return message
        if len(self.init_args) != len(self.op.results):
            return "mismatch in number of loop-carried values and defined values"
        return None

    def verify_regions_(self) -> str | None:
        op = self.op
        block = op.regions[0].blocks[0]
        if not block.args:
            return (
                "expected body to have at least 1 argument(s) for the induction variable, but got 0"
            )
        if block.args[0].type != self.lower_bound.type:
            return "expected induction variable to be same type as bounds and step"
        inits = self.init_args
        iter_args = block.args[1:]
        if len(inits) != len(iter_args):
            return (
                f"different number of inits and region iter_args: {len(inits)} != {len(iter_args)}"
            )
        term = block.last_op
        yielded = term.operands if term is not None and term.name == "scf.yield" else []
        # (MLIR's LoopLikeOpInterface check; an empty yield is left to the edge check.)
        if yielded and len(iter_args) != len(yielded):
            return (
                f"different number of region iter_args and yielded values: {len(iter_args)} "
                f"!= {len(yielded)}"
            )
        return (
            edge_error("parent", "Operation scf.for", inits, op.results)
            or edge_error("Operation scf.yield", "Region #0", yielded, iter_args)
            or edge_error("parent", "Region #0", inits, iter_args)
        )

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        body = op.regions[0]
        operands = op.operands
        args = body.blocks[0].args if body.blocks else []
        p.write(" unsigned " if "unsignedCmp" in op.properties else " ")
        if args:
            p.print_operand(args[0])
        p.write(" = ")
        p.print_operand(operands[0])
        p.write(" to ")
        p.print_operand(operands[1])
        p.write(" step ")
        p.print_operand(operands[2])
        inits = operands[3:]
        if inits:
            p.write(" iter_args(")
            for i, (arg, init) in enumerate(zip(args[1:], inits)):
                if i:
                    p.write(", ")
                p.print_operand(arg)
                p.write(" = ")
                p.print_operand(init)
            p.write(") -> (")
            p.print_type_list([v.type for v in inits])
            p.write(")")
        p.write(" ")
        iv_type = args[0].type if args else operands[0].type
        if not isinstance(iv_type, IndexType):
            p.write(" : ")
            p.print_type(iv_type)
            p.write(" ")
        p.print_region(body, False, bool(inits))
        p.print_optional_attr_dict(attrs_to_print(op, ("unsignedCmp",)))


# -- scf.forall ---------------------------------------------------------------------------------
class ForallOp(OpView):
    """`scf.forall (%i, %j) in (4, %n) [shared_outs(%o = %t) -> (types)] {body}` or
    `scf.forall (%i) = (lbs) to (ubs) step (steps) ...`.

    Invariants: the bounds are mixed static/dynamic lists (`static*` properties, with
    `DYNAMIC` where the `dynamic*` operand group holds the value), one entry per loop
    (the rank is the length of `staticLowerBound`); the body takes one index per loop then
    one argument per output; it ends with `scf.forall.in_parallel`; one result per output.
    """

    name = "scf.forall"
    traits = (
        AttrSizedOperandSegments,
        AutomaticAllocationScope,
        RecursiveMemoryEffects,
        InParallelTerminator,
    )
    hand_written_syntax = True
    dynamic_lower_bound = var_operand(Index)
    dynamic_upper_bound = var_operand(Index)
    dynamic_step = var_operand(Index)
    outputs = var_operand(RankedTensor)
    results_ = var_result()
    staticLowerBound = prop(I64_ARRAY)  # noqa: N815 - MLIR's property names
    staticUpperBound = prop(I64_ARRAY)  # noqa: N815
    staticStep = prop(I64_ARRAY)  # noqa: N815
    mapping = prop(DeviceMappingArray, optional=True)
    body = region()

    ELIDED = ("operandSegmentSizes", "staticLowerBound", "staticUpperBound", "staticStep")

    @property
    def rank(self) -> int:
        return len(self.staticLowerBound.values)

    def mixed(self, which: str) -> list:
        """The bound list `which` ("LowerBound", "UpperBound", "Step"): ints and Values."""
        static = self.op.properties[f"static{which}"].values
        dynamic = {
            "LowerBound": self.dynamic_lower_bound,
            "UpperBound": self.dynamic_upper_bound,
            "Step": self.dynamic_step,
        }[which]
        values = iter(dynamic)
        return [next(values, None) if v == DYNAMIC else v for v in static]

    def is_normalized(self) -> bool:
        """Lower bounds all 0 and steps all 1 (constants count): printed `in (ubs)`."""

        def all_equal(entries: list, expected: int) -> bool:
            for e in entries:
                value = e if isinstance(e, int) else (constant_int(e) if e is not None else None)
                if value != expected:
                    return False
            return True

        return all_equal(self.mixed("LowerBound"), 0) and all_equal(self.mixed("Step"), 1)

    def verify_(self) -> str | None:
        op = self.op
        message = sized_region_error(op, 0, "region")
        if message is not None:
            return message
        outputs = self.outputs
        if len(op.results) != len(outputs):
            return f"produces {len(op.results)} results, but has only {len(outputs)} outputs"
        rank = self.rank
        args = op.regions[0].blocks[0].args
        if len(args) != rank + len(outputs):
            return f"region expects {rank} arguments"
        for i in range(rank):
            if not isinstance(args[i].type, IndexType):
                return f"expects {i}-th block argument to be an index"
        for i, value in enumerate(outputs):
            if args[rank + i].type != value.type:
                return f"type mismatch between {i}-th output and corresponding block argument"
        mapping = self.mapping
        if mapping is not None and mapping.elements and len(mapping.elements) != rank:
            return "mapping attribute size must match op rank"
        for name, static, dynamic in (
            ("lower bound", self.staticLowerBound, self.dynamic_lower_bound),
            ("upper bound", self.staticUpperBound, self.dynamic_upper_bound),
            ("step", self.staticStep, self.dynamic_step),
        ):
            values = static.values
            if len(values) != rank:
                return PlainMessage(f"expected {rank} {name} values, got {len(values)}")
            expected = sum(1 for v in values if v == DYNAMIC)
            if len(dynamic) != expected:
                return PlainMessage(f"expected {expected} dynamic {name} values")
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = ForallOp(op)
        body = op.regions[0]
        args = body.blocks[0].args if body.blocks else []
        rank = view.rank
        p.write(" (")
        p.print_operands(args[:rank])
        props = op.properties
        if view.is_normalized():
            p.write(") in ")
            print_index_list(p, props["staticUpperBound"].values, view.dynamic_upper_bound, "()")
        else:
            p.write(") = ")
            print_index_list(p, props["staticLowerBound"].values, view.dynamic_lower_bound, "()")
            p.write(" to ")
            print_index_list(p, props["staticUpperBound"].values, view.dynamic_upper_bound, "()")
            p.write(" step ")
            print_index_list(p, props["staticStep"].values, view.dynamic_step, "()")
        outputs = view.outputs
        if outputs:
            p.write(" shared_outs(")
            for i, (arg, value) in enumerate(zip(args[rank:], outputs)):
                if i:
                    p.write(", ")
                p.print_operand(arg)
                p.write(" = ")
                p.print_operand(value)
            p.write(")")
        p.write(" ")
        if len(args) > rank:
            p.write("-> (")
            p.print_type_list([r.type for r in op.results])
            p.write(") ")
        p.print_region(body, False, bool(op.results))
        p.print_optional_attr_dict(attrs_to_print(op, ForallOp.ELIDED))


def i32_array(values: Sequence[int]) -> DenseArrayAttr:
    """`array<i32: ...>` (segment sizes)."""
    return DenseArrayAttr(_I32, tuple(values))


def forall_properties(
    lower: Sequence[int], upper: Sequence[int], step: Sequence[int], sizes: Sequence[int]
) -> dict:
    """The properties of an `scf.forall`: static parts of the bounds and segment sizes
    (dynamic lower bounds, upper bounds, steps, outputs)."""
    return {
        "staticLowerBound": dense_i64(lower),
        "staticUpperBound": dense_i64(upper),
        "staticStep": dense_i64(step),
        "operandSegmentSizes": i32_array(sizes),
    }


# -- scf.parallel and scf.reduce ------------------------------------------------------------------
class ParallelOp(OpView):
    """`scf.parallel (%i) = (%lb) to (%ub) step (%s) [init (%v)] [-> types] {body}`.

    Invariants: as many lower bounds, upper bounds and steps as the body has index
    arguments (at least one); constant steps are positive; the body ends with
    `scf.reduce`, which has one reduction per result and per init value.
    """

    name = "scf.parallel"
    traits = (AttrSizedOperandSegments, AutomaticAllocationScope, RecursiveMemoryEffects)
    hand_written_syntax = True
    lower_bound = var_operand(Index)
    upper_bound = var_operand(Index)
    step = var_operand(Index)
    init_vals = var_operand()
    results_ = var_result()
    body = region()

    def verify_(self) -> str | None:
        op = self.op
        message = sized_region_error(op, 0, "region")
        if message is not None:
            return message
        steps = self.step
        if not steps:
            return "needs at least one tuple element for lowerBound, upperBound and step"
        for value in steps:
            constant = constant_int(value)
            if constant is not None and constant <= 0:
                return "constant step operand must be positive"
        block = op.regions[0].blocks[0]
        if len(block.args) != len(steps):
            return (
                f"expects the same number of induction variables: {len(block.args)} as bound "
                f"and step values: {len(steps)}"
            )
        if any(not isinstance(a.type, IndexType) for a in block.args):
            return "expects arguments for the induction variable to be of index type"
        term = block.last_op
        if term is None or term.name != "scf.reduce":
            return "expects body to terminate with 'scf.reduce'"
        n_results = len(op.results)
        n_reductions = len(term.regions)
        if n_results != n_reductions:
            return (
                f"expects number of results: {n_results} to be the same as number of "
                f"reductions: {n_reductions}"
            )
        if n_results != len(self.init_vals):
            return (
                f"expects number of results: {n_results} to be the same as number of initial "
                f"values: {len(self.init_vals)}"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = ParallelOp(op)
        body = op.regions[0]
        p.write(" (")
        p.print_operands(body.blocks[0].args if body.blocks else [])
        p.write(") = (")
        p.print_operands(view.lower_bound)
        p.write(") to (")
        p.print_operands(view.upper_bound)
        p.write(") step (")
        p.print_operands(view.step)
        p.write(")")
        inits = view.init_vals
        if inits:
            p.write(" init (")
            p.print_operands(inits)
            p.write(")")
        print_arrow_types(p, [r.type for r in op.results], parens=False)
        p.write(" ")
        p.print_region(body, False, True)
        p.print_optional_attr_dict(attrs_to_print(op, ("operandSegmentSizes",)))


class InParallel(HasParent):
    parents = ("scf.parallel",)


class ReduceOp(OpView):
    """`scf.reduce(%a, %b : f32, i32) {reduction 0}, {reduction 1}`: ends an
    `scf.parallel` body; each region combines two values of its operand's type with
    `scf.reduce.return`."""

    name = "scf.reduce"
    traits = (IsTerminator, RecursiveMemoryEffects, InParallel)
    hand_written_syntax = True
    operands_ = var_operand()
    reductions = var_region()

    def verify_(self) -> str | None:
        op = self.op
        for i in range(len(op.regions)):
            message = sized_region_error(op, i, "reductions")
            if message is not None:
                return message
        parent = op.parent_op()
        if parent is None or parent.name != "scf.parallel":
            return None
        for i, (value, result) in enumerate(zip(op.operands, parent.results)):
            if value.type != result.type:
                return (
                    f"expects type of {i}-th reduction operand: '{value.type}' to be the same "
                    f"as the {i}-th result type: '{result.type}'"
                )
        return None

    def verify_regions_(self) -> str | None:
        op = self.op
        for i, (value, reduction) in enumerate(zip(op.operands, op.regions)):
            block = reduction.blocks[0]
            if block.first_op is None:
                return f"{i}-th reduction has an empty body"
            if len(block.args) != 2 or any(a.type != value.type for a in block.args):
                return (
                    f"expected two block arguments with type '{value.type}' in the {i}-th "
                    "reduction region"
                )
            if block.last_op.name != "scf.reduce.return":
                return "reduction bodies must be terminated with an 'scf.reduce.return' op"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        operands = op.operands
        if operands:
            p.write("(")
            p.print_operands(operands)
            p.write(" : ")
            p.print_type_list([v.type for v in operands])
            p.write(")")
        p.write(" ")
        for i, reduction in enumerate(op.regions):
            if i:
                p.write(", ")
            p.print_region(reduction, True, True)
        p.print_optional_attr_dict(attrs_to_print(op))


# -- scf.while ------------------------------------------------------------------------------------
class WhileOp(OpView):
    """`scf.while (%a = %init) : (types) -> (types) {before} do {after}`.

    Invariants: the `before` region ends with `scf.condition`, which forwards values
    matching the results and the `after` region's arguments; the `after` region ends with
    `scf.yield`, whose values match the `before` region's arguments, as do the inits.
    """

    name = "scf.while"
    traits = (RecursiveMemoryEffects,)
    hand_written_syntax = True
    inits = var_operand()
    results_ = var_result()
    before = region()
    after = region()

    def verify_(self) -> str | None:
        before = terminator_of(self.op.regions[0])
        if before is None or before.name != "scf.condition":
            return "expects the 'before' region to terminate with 'scf.condition'"
        after = terminator_of(self.op.regions[1])
        if after is None or after.name != "scf.yield":
            return "expects the 'after' region to terminate with 'scf.yield'"
        return None

    def verify_regions_(self) -> str | None:
        op = self.op
        before = op.regions[0].blocks[0]
        after = op.regions[1].blocks[0]
        condition = before.last_op
        args = condition.operands[1:]
        yielded = after.last_op.operands
        return (
            edge_error("parent", "Region #0", op.operands, before.args)
            or edge_error("Operation scf.condition", "Operation scf.while", args, op.results)
            or edge_error("Operation scf.condition", "Region #1", args, after.args)
            or edge_error("Operation scf.yield", "Region #0", yielded, before.args)
        )

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        before = op.regions[0]
        inits = op.operands
        if inits:
            args = before.blocks[0].args if before.blocks else []
            p.write(" (")
            for i, (arg, init) in enumerate(zip(args, inits)):
                if i:
                    p.write(", ")
                p.print_operand(arg)
                p.write(" = ")
                p.print_operand(init)
            p.write(")")
        p.write(" : (")
        p.print_type_list([v.type for v in inits])
        p.write(") -> ")
        results = [r.type for r in op.results]
        if len(results) == 1 and results[0].kind != "builtin.function":
            p.print_type(results[0])
        else:
            p.write("(")
            p.print_type_list(results)
            p.write(")")
        p.write(" ")
        p.print_region(before, False, True)
        p.write(" do ")
        p.print_region(op.regions[1], True, True)
        p.print_optional_attr_dict_with_keyword(attrs_to_print(op))


__all__ = [
    "ForOp",
    "ForallOp",
    "InParallelOp",
    "ParallelOp",
    "ReduceOp",
    "WhileOp",
    "forall_properties",
    "i32_array",
]
