"""Tests of the ub dialect's Python API and of poison in the arith and math folders.
(The rewrites themselves are compared with MLIR in tests/passes_interop/canonicalize/
ub_poison.mlir.)"""

from __future__ import annotations

from pyir.builtin_types import F32, IntegerType
from pyir.context import Context
from pyir.core import Block, Region
from pyir.dialects import arith, math
from pyir.dialects.arith_poison import materialize_constant
from pyir.dialects.ub import POISON, PoisonAttr, PoisonOp, UnreachableOp, is_poison
from pyir.folding import constant_value, fold_op
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation

I32 = IntegerType(32)


class _Builder:
    """The smallest builder `materialize_constant` needs: creates ops into a block."""

    def __init__(self, block: Block) -> None:
        self.block = block

    def create(self, cls, operands, result_types, properties, location=None):
        op = cls.create(operands, result_types, properties, location=location)
        self.block.append(op)
        return op


def test_poison_attr_is_unique_and_prints_bare() -> None:
    assert PoisonAttr() is POISON
    assert is_poison(POISON) and not is_poison(None)
    op = PoisonOp.build(I32)
    assert constant_value(op.results[0]) is POISON
    assert "ub.poison : i32" in print_operation(op)


def test_poison_op_folds_to_its_attribute() -> None:
    op = PoisonOp.build(F32)
    assert PoisonOp(op).fold((None,)) is POISON


def test_parse_custom_and_generic_forms() -> None:
    text = (
        "func.func @f() -> (i32, f32) {\n  %0 = ub.poison <#ub.poison> : i32\n"
        '  %1 = "ub.poison"() : () -> f32\n  return %0, %1 : i32, f32\n}\n'
    )
    module = parse_source(text, context=Context())
    printed = print_operation(module)
    assert "%0 = ub.poison : i32" in printed and "%1 = ub.poison : f32" in printed


def test_unreachable_is_a_terminator() -> None:
    block = Block()
    Region().add_block(block)
    op = block.append(UnreachableOp.create())
    assert op.name == "ub.unreachable" and not op.results


def test_arith_materializes_poison_as_ub_poison() -> None:
    block = Block()
    Region().add_block(block)
    op = materialize_constant(_Builder(block), POISON, I32, None)
    assert op.name == "ub.poison" and op.results[0].type == I32
    assert arith.DIALECT.materialize_constant is materialize_constant


def test_arith_and_math_folds_propagate_poison() -> None:
    block = Block([I32, F32])
    Region().add_block(block)
    x, f = block.args
    p = block.append(PoisonOp.build(I32)).results[0]
    q = block.append(PoisonOp.build(F32)).results[0]
    add = block.append(arith.AddIOp.build(x, p))
    shl = block.append(arith.ShLIOp.build(x, p))
    sin = block.append(math.DIALECT.op_by_name["math.sin"].create([q], [F32], {}))
    fma = block.append(math.DIALECT.op_by_name["math.fma"].create([q, f, f], [F32], {}))
    assert fold_op(add) == [POISON]
    assert fold_op(shl) is None  # shifts never fold to poison
    assert fold_op(sin) == [POISON]
    assert fold_op(fma) is None
