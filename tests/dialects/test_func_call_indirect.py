"""Tests of func.call_indirect's Python builder."""

from __future__ import annotations

from pyir.builtin_types import FunctionType, IntegerType
from pyir.core import Block
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects.func import CallIndirectOp
from pyir.verifier import verify

I32 = IntegerType(32)
I64 = IntegerType(64)


def test_build_takes_the_result_types_from_the_callee() -> None:
    block = Block([FunctionType((I32,), (I32, I64)), I32])
    op = CallIndirectOp.build(block.args[0], [block.args[1]])
    assert op.name == "func.call_indirect"
    assert list(op.operands) == list(block.args)
    assert [r.type for r in op.results] == [I32, I64]
    block.append(op)
    assert verify(op, DiagnosticEngine())


def test_a_call_with_the_wrong_operands_does_not_verify() -> None:
    block = Block([FunctionType((I32,), ()), I64])
    op = CallIndirectOp.build(block.args[0], [block.args[1]])
    block.append(op)
    seen = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    assert not verify(op, engine)
    assert "callee input types match argument types" in seen[0].message
