"""memref.generic_atomic_rmw and its terminator memref.atomic_yield: an atomic
read-modify-write whose update is a region.

Syntax (as mlir-opt prints it):

    %x = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
    ^bb0(%current: f32):
      %new = arith.addf %current, %c1 : f32
      memref.atomic_yield %new : f32
    }

The region takes the current element and yields the new one; it may only hold ops
without memory effects. MLIR has no folds or patterns for these ops (constants in the
region are hoisted out like anywhere else).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import INDEX, FloatType, IntegerType, MemRefType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.memref_common import (
    VARIADIC_INDEX,
    combine,
    expect_memref,
    print_attr_dict,
    typed_rule,
)
from pyir.dialects.scf_common import ensure_terminator, implicit_terminator
from pyir.dialects.syntax_common import keyword_at
from pyir.opdef import OpView, operand, region, result, var_operand
from pyir.side_effects import is_memory_effect_free
from pyir.traits import HasParent, IsTerminator, MemoryEffects, Pure
from pyir.verifier import LocatedMessage


def _int_or_float(t: Any) -> bool:
    return (isinstance(t, IntegerType) and t.is_signless) or isinstance(t, FloatType)


_ATOMIC_MEMREF = Predicate(
    lambda t: isinstance(t, MemRefType) and _int_or_float(t.element_type),
    "memref of signless integer or floating-point values",
)
_INT_OR_FLOAT = Predicate(_int_or_float, "signless integer or floating-point")


class InGenericAtomicRMW(HasParent):
    parents = ("memref.generic_atomic_rmw",)


class AtomicYieldOp(OpView):
    """`memref.atomic_yield %v : T`: the new value of a generic_atomic_rmw.

    Invariant (verified): T is the parent's result type.
    """

    name = "memref.atomic_yield"
    traits = (Pure, IsTerminator, InGenericAtomicRMW)
    result = operand()
    assembly_format = "$result attr-dict `:` type($result)"

    def verify_(self) -> str | None:
        parent = self.op.parent_op()
        if parent is None or not parent.results:
            return None
        want, got = parent.results[0].type, self.op.operands[0].type
        if want != got:
            return f"types mismatch between yield op: '{got}' and its parent: '{want}'"
        return None


class GenericAtomicRMWOp(OpView):
    """`%x = memref.generic_atomic_rmw %m[%i, ...] : T {^bb0(%cur: E): ... }`: atomically
    replaces element `%m[%i, ...]` by what the region yields for its current value.

    Invariants (verified): one index per dimension; the result type is T's element type;
    the region has one block with one argument of that type, ending with
    `memref.atomic_yield`, and only ops without memory effects.
    """

    name = "memref.generic_atomic_rmw"
    traits = (MemoryEffects, implicit_terminator("memref.atomic_yield"))
    hand_written_syntax = True
    memref = operand(_ATOMIC_MEMREF)
    indices = var_operand(VARIADIC_INDEX)
    result = result(_INT_OR_FLOAT)
    atomic_body = region()

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[0]), ("write", op.operands[0])]

    def verify_(self) -> str | None:
        t = self.op.operands[0].type
        if self.op.results[0].type != t.element_type:
            return "failed to verify that result type matches element type of 'memref'"
        got = len(self.op.operands) - 1
        if got != len(t.shape):
            return (
                f"invalid number of indices for accessed memref, expected {len(t.shape)} "
                f"but got {got}"
            )
        blocks = self.op.regions[0].blocks
        args = blocks[0].args if blocks else []
        if len(args) != 1:
            return "expected single number of entry block arguments"
        if args[0].type != self.op.results[0].type:
            return "expected block argument of the same type result type"
        for block in blocks:
            for nested in _walk(block):
                if not is_memory_effect_free(nested):
                    return LocatedMessage(
                        "body of 'memref.generic_atomic_rmw' should contain only operations "
                        "with no side effects",
                        nested.location,
                    )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write("[")
        p.print_operands(op.operands[1:])
        p.write("] : ")
        p.print_type(op.operands[0].type)
        p.write(" ")
        p.print_region(op.regions[0], True, True)
        print_attr_dict(op, p)


def _walk(block: Any) -> Any:
    for op in block.ops:
        yield op
        for r in op.regions:
            for b in r.blocks:
                yield from _walk(b)


def _syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        "memref_generic_atomic_rmw: memref_generic_atomic_rmw_kw value_use "
        '"[" [value_use_list] "]" ":" memref_atomic_typed region [memref_attrs]\n'
        '!memref_generic_atomic_rmw_kw: "memref.generic_atomic_rmw"\n'
        "%extend custom_operation: memref_generic_atomic_rmw\n"
    )

    def build_rmw(state: Any) -> Any:
        def build(children: list) -> Operation:
            pos, source, indices, typed, body, attrs = children
            t = expect_memref(state, typed)
            state.end_op()
            indices = indices or []
            operands = [state.resolve(source, t)]
            operands += state.resolve_all(indices, [INDEX] * len(indices), state.pos)
            ensure_terminator(body, lambda: AtomicYieldOp.create(location=state.loc(pos)))
            attributes = dict(attrs[0]) if attrs else {}
            return GenericAtomicRMWOp.create(
                operands, [t.element_type], attributes=attributes, regions=[body]
            )

        return build

    return combine(
        (
            grammar,
            {
                "memref_generic_atomic_rmw": build_rmw,
                "memref_generic_atomic_rmw_kw": keyword_at("memref.generic_atomic_rmw"),
            },
        ),
        typed_rule("memref_atomic_typed"),
    )


GRAMMARS = (_syntax(),)

OPS = (GenericAtomicRMWOp, AtomicYieldOp)

__all__ = ["AtomicYieldOp", "GenericAtomicRMWOp"]
