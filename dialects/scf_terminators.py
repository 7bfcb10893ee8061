"""The terminators of the `scf` regions: yield, condition, reduce.return, forall.in_parallel.

`scf.yield`, `scf.condition` and `scf.reduce.return` use MLIR's declarative formats;
`scf.forall.in_parallel` has hand-written syntax (see scf_syntax), printed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_types import I1
from pyir.core import Block, Operation, Value
from pyir.dialects.scf_common import attrs_to_print
from pyir.opdef import EqualTo, OpView, operand, region, var_operand
from pyir.traits import HasParent, IsTerminator, NoTerminator, Pure, SingleBlock

Bool = EqualTo(I1)
Bool.description = "1-bit signless integer"

#: Ops that may combine values in `scf.forall.in_parallel` (MLIR's
#: ParallelCombiningOpInterface), with the index of their destination operand.
PARALLEL_COMBINING_OPS: dict[str, int] = {"tensor.parallel_insert_slice": 1}


class InYieldParent(HasParent):
    parents = ("scf.execute_region", "scf.for", "scf.if", "scf.index_switch", "scf.while")


class YieldOp(OpView):
    """`scf.yield %a, %b : i32, f32`: ends a region of an scf op, passing values to it.

    Regions whose ops declare the implicit terminator may leave an operand-less yield out.
    """

    name = "scf.yield"
    traits = (IsTerminator, Pure, InYieldParent)
    results_ = var_operand()
    assembly_format = "attr-dict ($results_^ `:` type($results_))?"

    @classmethod
    def build(cls, values: Sequence[Value] = (), location: Any = None) -> Operation:
        return cls.create(list(values), location=location)


class InWhile(HasParent):
    parents = ("scf.while",)


class ConditionOp(OpView):
    """`scf.condition(%c) %a : i32`: ends the `before` region of `scf.while`: loops on
    to the `after` region with `args` while `condition` holds, else exits with them."""

    name = "scf.condition"
    traits = (IsTerminator, Pure, InWhile)
    condition = operand(Bool)
    args = var_operand()
    assembly_format = "`(` $condition `)` attr-dict ($args^ `:` type($args))?"

    @classmethod
    def build(cls, condition: Value, args: Sequence[Value] = (), location: Any = None):
        return cls.create([condition, *args], location=location)


class InReduce(HasParent):
    parents = ("scf.reduce",)


class ReduceReturnOp(OpView):
    """`scf.reduce.return %v : f32`: the result of one reduction region of `scf.reduce`.

    Invariant: its type is the type of the reduction region's arguments.
    """

    name = "scf.reduce.return"
    traits = (IsTerminator, Pure, InReduce)
    result = operand()
    assembly_format = "$result attr-dict `:` type($result)"

    def verify_(self) -> str | None:
        block = self.op.parent
        if block is None or not block.args:
            return None
        expected = block.args[0].type
        if self.result.type != expected:
            return f"must have type '{expected}' (the type of the reduction inputs)"
        return None


class InForall(HasParent):
    parents = ("scf.forall",)


class InParallelOp(OpView):
    """`scf.forall.in_parallel { ... }`: ends an `scf.forall` body; its single block holds
    only parallel-combining ops (`tensor.parallel_insert_slice`) into the loop's outputs."""

    name = "scf.forall.in_parallel"
    traits = (IsTerminator, Pure, NoTerminator, SingleBlock, InForall)
    hand_written_syntax = True
    body = region()

    @classmethod
    def build(cls, location: Any = None) -> Operation:
        op = cls.create(location=location)
        op.regions[0].add_block(Block())
        return op

    def verify_(self) -> str | None:
        # That each op writes into an output block argument is checked by the op itself
        # (so the error is at its location, as in MLIR).
        parent = self.op.parent_op()
        if parent is None or parent.name != "scf.forall" or not self.op.regions[0].blocks:
            return None
        for inner in self.op.regions[0].blocks[0].ops:
            if inner.name not in PARALLEL_COMBINING_OPS:
                return "expected only ParallelCombiningOpInterface ops"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_region(op.regions[0], False, False)
        p.print_optional_attr_dict(attrs_to_print(op))
