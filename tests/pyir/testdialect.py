"""A small `test` dialect for the core tests: one op per structural feature, no semantics.

Core tests build IR from these ops (never from real dialects), so a change in a real
dialect cannot break a test of the verifier, the builder or the use-lists.
"""

from __future__ import annotations

from typing import Any

from pyir.context import Dialect
from pyir.core import Block, Operation, Region, Value
from pyir.opdef import (
    AttrSizedOperandSegments,
    OpView,
    operand,
    prop,
    region,
    result,
    successor,
    var_operand,
    var_successor,
)
from pyir.traits import (
    HasParent,
    IsolatedFromAbove,
    IsTerminator,
    NoTerminator,
    Pure,
    RegionKindGraph,
    SameOperandsAndResultType,
    Symbol,
    SymbolTable,
)


class RetOp(OpView):
    """`test.ret %values...`: the terminator of SSACFG regions."""

    name = "test.ret"
    traits = (IsTerminator,)
    values = var_operand()


class AddOp(OpView):
    """`%r = test.add %a, %b`: pure, all types equal."""

    name = "test.add"
    traits = (Pure, SameOperandsAndResultType)
    lhs = operand()
    rhs = operand()
    out = result()


class ConstOp(OpView):
    """`%r = test.const`: a value out of nothing."""

    name = "test.const"
    traits = (Pure,)
    out = result()


class UseOp(OpView):
    """`test.use %values...`: a sink with no results."""

    name = "test.use"
    values = var_operand()


class RegionOp(OpView):
    """`test.region { ... }`: one SSACFG region, may hold several blocks, needs terminators."""

    name = "test.region"
    body = region()


class GraphOp(OpView):
    """`test.graph { ... }`: one graph region (any op order, no terminator)."""

    name = "test.graph"
    traits = (RegionKindGraph,)
    body = region()


class IsolatedOp(OpView):
    """`test.isolated { ... }`: a region that may not see values from outside."""

    name = "test.isolated"
    traits = (IsolatedFromAbove,)
    body = region()


class FuncOp(OpView):
    """`test.func @name { ... }`: an isolated symbol with an SSACFG body."""

    name = "test.func"
    traits = (IsolatedFromAbove, Symbol)
    sym_name = prop()
    sym_visibility = prop(optional=True)
    body = region()


class SymbolOp(OpView):
    """`test.symbol @name`: a bodiless symbol."""

    name = "test.symbol"
    traits = (Symbol,)
    sym_name = prop()
    sym_visibility = prop(optional=True)


class ModuleOp(OpView):
    """`test.module { ... }`: a symbol table with one block and no terminator."""

    name = "test.module"
    traits = (SymbolTable, IsolatedFromAbove, NoTerminator)
    body = region(single_block=True)


class NestedTableOp(OpView):
    """`test.table @name { ... }`: a symbol that is itself a symbol table (`@a::@b`)."""

    name = "test.table"
    traits = (SymbolTable, Symbol, NoTerminator)
    sym_name = prop()
    sym_visibility = prop(optional=True)
    body = region(single_block=True)


class SegmentsOp(OpView):
    """`test.segments (%a...) (%b...)`: two variadic operand groups."""

    name = "test.segments"
    traits = (AttrSizedOperandSegments,)
    first = var_operand()
    second = var_operand()


class BranchOp(OpView):
    """`test.br ^bb`: an unconditional branch (operands are forwarded to the target)."""

    name = "test.br"
    traits = (IsTerminator,)
    args = var_operand()
    dest = successor()


class CondBranchOp(OpView):
    """`test.cond_br %c, ^a, ^b`: a two-way branch."""

    name = "test.cond_br"
    traits = (IsTerminator,)
    cond = operand()
    targets = var_successor()


class ChildTerminatorOp(OpView):
    """`test.child_ret`: a terminator that must sit directly inside `test.region`."""

    name = "test.child_ret"

    class _Parent(HasParent):
        parents = ("test.region",)

    traits = (IsTerminator, _Parent)


class TwoParentsOp(OpView):
    """`test.two_parents`: must sit directly inside `test.region` or `test.graph`."""

    name = "test.two_parents"

    class _Parent(HasParent):
        parents = ("test.region", "test.graph")

    traits = (_Parent,)


class CheckedOp(OpView):
    """`test.checked`: its own rule rejects it when it carries the `bad` attribute."""

    name = "test.checked"

    def verify_(self) -> str | None:
        if "bad" in self.op.attributes:
            return "is bad on purpose"
        return None


TEST_DIALECT = Dialect(
    "test",
    ops=[
        RetOp,
        AddOp,
        ConstOp,
        UseOp,
        RegionOp,
        GraphOp,
        IsolatedOp,
        FuncOp,
        SymbolOp,
        ModuleOp,
        NestedTableOp,
        SegmentsOp,
        BranchOp,
        CondBranchOp,
        ChildTerminatorOp,
        TwoParentsOp,
        CheckedOp,
    ],
)


# -- small construction helpers shared by the tests ------------------------------------------
def region_with_block(*arg_types: Any) -> tuple[Region, Block]:
    """A detached region holding one block with the given argument types."""
    reg = Region()
    block = reg.add_block(Block(list(arg_types)))
    return reg, block


def op_with_body(op_cls: type[OpView], *arg_types: Any, **kwargs: Any) -> tuple[Operation, Block]:
    """An op of `op_cls` whose first region holds one fresh block."""
    op = op_cls.create(**kwargs)
    block = op.regions[0].add_block(Block(list(arg_types)))
    return op, block


def add(block: Block, lhs: Value, rhs: Value, location: Any = None) -> Operation:
    """Append `test.add lhs, rhs` to `block`."""
    return block.append(AddOp.create([lhs, rhs], [lhs.type], location=location))


def const(block: Block, type: Any, location: Any = None) -> Operation:
    """Append `test.const : type` to `block`."""
    return block.append(ConstOp.create([], [type], location=location))


def ret(block: Block, *values: Value, location: Any = None) -> Operation:
    """Append `test.ret values` to `block`."""
    return block.append(RetOp.create(list(values), location=location))
