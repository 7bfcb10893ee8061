"""The builtin dialect's operations: `builtin.module` and `builtin.unrealized_conversion_cast`.

They live in the core (with the builtin types and attributes) so that building IR never
needs a dialect import. Their custom syntax is part of the core grammar.
"""

from __future__ import annotations

from typing import Any

from pyir.context import Dialect
from pyir.core import Block, Operation, OpResult
from pyir.opdef import OpView, prop, region, var_operand, var_result
from pyir.traits import (
    IsolatedFromAbove,
    NoTerminator,
    Pure,
    RegionKindGraph,
    SingleBlock,
    SymbolTable,
)


class ModuleOp(OpView):
    """`module @name attributes {...} { ... }`: a top-level container of symbols.

    Invariants: exactly one region with exactly one block and no terminator; the
    optional `sym_name` and `sym_visibility` are string properties.
    """

    name = "builtin.module"
    traits = (IsolatedFromAbove, NoTerminator, SingleBlock, SymbolTable, RegionKindGraph)
    sym_name = prop(optional=True)
    sym_visibility = prop(optional=True)
    body = region(single_block=True)

    @classmethod
    def build(cls, sym_name: str | None = None, location: Any = None) -> Operation:
        """A module with an empty body block."""
        from pyir.builtin_attributes import StringAttr

        props = {"sym_name": StringAttr(sym_name)} if sym_name is not None else {}
        op = cls.create(properties=props, location=location)
        op.regions[0].add_block(Block())
        return op

    @property
    def block(self) -> Block:
        return self.op.regions[0].blocks[0]

    def verify_(self) -> str | None:
        region = self.op.regions[0]
        if len(region.blocks) != 1:
            return "expects region #0 to have 1 block"
        if region.blocks[0].args:
            return "expects body block to have no arguments"
        for name in self.op.attributes:
            if "." not in name:
                return f"can only contain attributes with dialect-prefixed names, found: '{name}'"
        return None


class UnrealizedConversionCastOp(OpView):
    """`%0 = builtin.unrealized_conversion_cast %a : i32 to i64`: a cast between type
    systems that a conversion pass resolves later; it has no semantics of its own."""

    name = "builtin.unrealized_conversion_cast"
    traits = (Pure,)
    inputs = var_operand()
    outputs = var_result()

    def verify_(self) -> str | None:
        if not self.op.results:
            return "expected at least one result for cast operation"
        return None

    def fold(self, operands: tuple) -> list | None:
        """MLIR's fold: a cast to its own types is its inputs; a cast that takes exactly
        the results of another cast, and returns that cast's input types, is its inputs."""
        op = self.op
        inputs = op.operands
        result_types = [r.type for r in op.results]
        if [v.type for v in inputs] == result_types:
            return list(inputs)
        first = inputs[0] if inputs else None
        if not isinstance(first, OpResult) or first.op.name != self.name:
            return None
        producer = first.op
        if list(producer.results) != inputs:
            return None
        if [v.type for v in producer.operands] != result_types:
            return None
        return list(producer.operands)


BUILTIN_DIALECT = Dialect("builtin", [ModuleOp, UnrealizedConversionCastOp])
