"""The `scf` ops that run one of their regions once: if, index_switch, execute_region.

Their parsers are in scf_syntax; the printers here follow MLIR's, including its spacing
(`scf.index_switch %i -> f32 ` ends its line with a space before the first `case`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import UnitAttr
from pyir.builtin_types import I1, INDEX
from pyir.core import Block, Operation, Value
from pyir.dialects.scf_common import (
    NoRegionArguments,
    RecursiveMemoryEffects,
    attrs_to_print,
    edge_error,
    implicit_terminator,
    print_arrow_types,
    sized_region_error,
)
from pyir.dialects.scf_terminators import YieldOp
from pyir.dialects.static_dynamic import I64_ARRAY
from pyir.opdef import EqualTo, OpView, operand, prop, region, var_region, var_result

Bool = EqualTo(I1)
Bool.description = "1-bit signless integer"
Index = EqualTo(INDEX)
Index.description = "index"
YieldTerminator = implicit_terminator("scf.yield")


def _yield_edges(op: Operation, regions: Sequence[int]) -> str | None:
    """The RegionBranchOpInterface rule of ops whose regions yield their results."""
    dst = f"Operation {op.name}"
    for index in regions:
        for block in op.regions[index].blocks:
            term = block.last_op
            if term is not None and term.name == "scf.yield":
                message = edge_error("Operation scf.yield", dst, term.operands, op.results)
                if message is not None:
                    return message
    return None


# -- scf.if -----------------------------------------------------------------------------------------
class IfOp(OpView):
    """`scf.if %c [-> (types)] {then} [else {else}]`.

    Invariants: the condition is i1; the then region has one block, the else region at
    most one (an empty else region is written by leaving `else` out); each ends with
    `scf.yield` of values matching the results; an op with results has an else block.
    """

    name = "scf.if"
    traits = (RecursiveMemoryEffects, YieldTerminator, NoRegionArguments)
    hand_written_syntax = True
    condition = operand(Bool)
    results_ = var_result()
    then_region = region()
    else_region = region()

    @classmethod
    def build(
        cls,
        condition: Value,
        result_types: Sequence[Any] = (),
        with_else: bool = False,
        location: Any = None,
    ) -> Operation:
        """An `scf.if` with a then block (and an else block when `with_else` or when it
        has results); without results the blocks already end with `scf.yield`."""
        op = cls.create([condition], list(result_types), location=location)
        regions = op.regions if with_else or result_types else op.regions[:1]
        for r in regions:
            block = r.add_block(Block())
            if not result_types:
                block.append(YieldOp.build(location=location))
        return op

    def verify_(self) -> str | None:
        op = self.op
        message = sized_region_error(op, 0, "thenRegion")
        if message is not None:
            return message
        if len(op.regions[1].blocks) > 1:
            return (
                "region #1 ('elseRegion') failed to verify constraint: region with at most 1 blocks"
            )
        if op.results and not op.regions[1].blocks:
            return "must have an else block if defining values"
        return None

    def verify_regions_(self) -> str | None:
        return _yield_edges(self.op, (0, 1))

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        terminators = bool(op.results)
        if terminators:
            p.write(" -> (")
            p.print_type_list([r.type for r in op.results])
            p.write(")")
        p.write(" ")
        p.print_region(op.regions[0], False, terminators)
        if op.regions[1].blocks:
            p.write(" else ")
            p.print_region(op.regions[1], False, terminators)
        p.print_optional_attr_dict(attrs_to_print(op))


# -- scf.index_switch ---------------------------------------------------------------------------------
class IndexSwitchOp(OpView):
    """`scf.index_switch %i [-> types] case 1 {...} ... default {...}`.

    Invariants: `cases` (a dense i64 array) holds distinct values, one per case region;
    regions are the default one then the cases, each a single block ending with
    `scf.yield` of values matching the results.
    """

    name = "scf.index_switch"
    traits = (RecursiveMemoryEffects,)
    hand_written_syntax = True
    arg = operand(Index)
    results_ = var_result()
    cases = prop(I64_ARRAY)
    default_region = region()
    case_regions = var_region()

    def verify_(self) -> str | None:
        op = self.op
        for i, name in enumerate(["defaultRegion"] + ["caseRegions"] * (len(op.regions) - 1)):
            message = sized_region_error(op, i, name)
            if message is not None:
                return message
        values = self.cases.values
        n_regions = len(op.regions) - 1
        if len(values) != n_regions:
            return f"has {n_regions} case regions but {len(values)} case values"
        seen: set[int] = set()
        for v in values:
            if v in seen:
                return f"has duplicate case value: {v}"
            seen.add(v)
        results = op.results
        names = ["default region"] + [f"case region #{i}" for i in range(n_regions)]
        for region_, name in zip(op.regions, names):
            term = region_.blocks[0].last_op
            if term is None:
                return "expected region to end with scf.yield, but got nothing"
            if term.name != "scf.yield":
                return f"expected region to end with scf.yield, but got {term.name}"
            if len(term.operands) != len(results):
                return (
                    f"expected each region to return {len(results)} values, but {name} "
                    f"returns {len(term.operands)}"
                )
            for i, (result, value) in enumerate(zip(results, term.operands)):
                if result.type != value.type:
                    return f"expected result #{i} of each region to be '{result.type}'"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.print_optional_attr_dict(attrs_to_print(op, ("cases",)))
        if op.results:
            p.write(" -> ")
            p.print_type_list([r.type for r in op.results])
        p.write(" ")
        cases = op.properties.get("cases")
        for value, case in zip(cases.values if cases is not None else (), op.regions[1:]):
            p.print_newline()
            p.write(f"case {value} ")
            p.print_region(case, False, True)
        p.print_newline()
        p.write("default ")
        default = op.regions[0]
        term = default.blocks[0].last_op if default.blocks else None
        elide = term is not None and not term.operands and not term.attributes
        p.print_region(default, True, not elide)


# -- scf.execute_region -----------------------------------------------------------------------------
class ExecuteRegionOp(OpView):
    """`scf.execute_region [-> types] [no_inline] {blocks}`: runs its region once; the
    region's `scf.yield`s give the results. Invariant: at least one block, and the entry
    block takes no arguments."""

    name = "scf.execute_region"
    traits = (RecursiveMemoryEffects,)
    hand_written_syntax = True
    results_ = var_result()
    no_inline = prop(UnitAttr, optional=True)
    body = region()

    def verify_(self) -> str | None:
        blocks = self.op.regions[0].blocks
        if not blocks:
            return "region needs to have at least one block"
        if blocks[0].args:
            return "region cannot have any arguments"
        return None

    def verify_regions_(self) -> str | None:
        return _yield_edges(self.op, (0,))

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        print_arrow_types(p, [r.type for r in op.results], parens=False)
        p.write(" no_inline " if "no_inline" in op.properties else " ")
        p.print_region(op.regions[0], False, True)
        p.print_optional_attr_dict(attrs_to_print(op, ("no_inline",)))


__all__ = ["ExecuteRegionOp", "IfOp", "IndexSwitchOp"]
