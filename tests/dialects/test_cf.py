"""Tests of the cf dialect's Python builders and its parse/print of branch operands."""

from __future__ import annotations

from pyir.builtin_types import F32, I1, IntegerType
from pyir.context import Context
from pyir.core import Block, Region
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects.cf import AssertOp, BranchOp, CondBranchOp, SwitchOp
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation
from pyir.verifier import verify

I32 = IntegerType(32)


def _errors(op) -> list[str]:
    seen: list = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    verify(op, engine)
    return [d.message for d in seen]


def _region(*blocks: Block) -> Region:
    region = Region()
    for block in blocks:
        region.add_block(block)
    return region


def test_br_passes_operands_to_its_successor() -> None:
    entry, dest = Block([I32, F32]), Block([I32, F32])
    _region(entry, dest)
    op = entry.append(BranchOp.build(dest, entry.args))
    assert op.successors == [dest]
    assert BranchOp(op).dest_operands == list(entry.args)
    assert _errors(op) == []


def test_br_with_a_missing_operand_reports_mlirs_message() -> None:
    entry, dest = Block([I32]), Block([I32, F32])
    _region(entry, dest)
    op = entry.append(BranchOp.build(dest, entry.args))
    assert _errors(op) == ["branch has 1 operands for successor #0, but target block has 2"]


def test_cond_br_splits_its_operands_per_successor() -> None:
    entry, yes, no = Block([I1, I32, F32]), Block([I32]), Block([F32])
    _region(entry, yes, no)
    c, a, b = entry.args
    op = entry.append(CondBranchOp.build(c, yes, no, [a], [b], weights=[1, 9]))
    view = CondBranchOp(op)
    assert view.true_dest_operands == [a] and view.false_dest_operands == [b]
    assert op.properties["operandSegmentSizes"].values == (1, 1, 1)
    assert view.branch_weights.values == (1, 9)
    assert _errors(op) == []


def test_cond_br_weights_must_not_all_be_zero() -> None:
    entry, dest = Block([I1]), Block()
    _region(entry, dest)
    op = entry.append(CondBranchOp.build(entry.args[0], dest, dest, weights=[0, 0]))
    assert _errors(op) == ["branch weights cannot all be zero"]


def test_switch_builds_case_values_and_segments() -> None:
    entry, default, case = Block([I32, F32]), Block(), Block([F32])
    _region(entry, default, case)
    flag, x = entry.args
    op = entry.append(SwitchOp.build(flag, default, [], [(7, case, [x]), (-1, default, [])]))
    view = SwitchOp(op)
    assert view.case_values.values == (7, -1)
    assert view.case_operand_groups() == [[x], []]
    assert op.properties["case_operand_segments"].values == (1, 0)
    assert _errors(op) == []


def test_assert_prints_its_message_escaped() -> None:
    block = Block([I1])
    op = block.append(AssertOp.build(block.args[0], 'say "hi"'))
    assert AssertOp(op).msg.value == 'say "hi"'
    assert print_operation(op).endswith(', "say \\22hi\\22"')


def test_switch_case_values_print_sign_extended() -> None:
    text = (
        "func.func @f(%s: i8) {\n"
        "  cf.switch %s : i8, [ default: ^bb1, 255: ^bb1 ]\n"
        "^bb1:\n"
        "  return\n"
        "}\n"
    )
    module = parse_source(text, "t.mlir", Context())
    assert module is not None
    assert "      255: ^bb1" not in print_operation(module)
    assert "      -1: ^bb1" in print_operation(module)
