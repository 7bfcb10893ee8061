"""Tests of the scf dialect's Python API: builders, helpers, and the parser's implicit
terminators and block-argument locations."""

from __future__ import annotations

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import F32, I1, INDEX, FunctionType, IntegerType
from pyir.context import Context
from pyir.core import Block, Region
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects.arith import ConstantOp
from pyir.dialects.func import FuncOp, ReturnOp
from pyir.dialects.scf import ForOp, IfOp, YieldOp
from pyir.dialects.scf_common import constant_int, edge_error, ensure_terminator
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


def _func_block(*types) -> Block:
    """The entry block of a fresh `func.func @f` taking `types` (IR built in it verifies
    as a whole, dominance included); `_finish` ends it with `func.return`."""
    fn = FuncOp.build("f", FunctionType(types, ()))
    return fn.regions[0].blocks[0]


def _finish(block: Block):
    block.append(ReturnOp.create())
    return block.parent.parent


def _parse(text: str):
    context = Context()
    module = parse_source(text, "t.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    return module


def test_for_build_without_iter_args_ends_with_a_yield() -> None:
    block = _func_block(INDEX, INDEX, INDEX)
    op = block.append(ForOp.build(*block.args))
    body = op.regions[0].blocks[0]
    assert [a.type for a in body.args] == [INDEX]
    assert body.last_op.name == "scf.yield"
    assert ForOp(op).induction_var is body.args[0]
    assert _errors(_finish(block)) == []
    assert print_operation(op).startswith("scf.for %arg3 = %arg0 to %arg1 step %arg2 {")


def test_for_build_with_iter_args_needs_the_caller_to_yield() -> None:
    block = _func_block(I32, I32, I32, F32)
    lb, ub, step, init = block.args
    op = block.append(ForOp.build(lb, ub, step, [init], unsigned=True))
    view = ForOp(op)
    assert [r.type for r in op.results] == [F32]
    assert [a.type for a in view.region_iter_args] == [F32]
    op.regions[0].blocks[0].append(YieldOp.build(view.region_iter_args))
    assert _errors(_finish(block)) == []
    text = print_operation(op)
    assert text.startswith("%0 = scf.for unsigned %arg4 = %arg0 to %arg1 step %arg2")
    assert "-> (f32)  : i32 {" in text  # MLIR's double space before a non-index type


def test_for_yield_of_the_wrong_type_fails_the_edge_check() -> None:
    block = _func_block(INDEX, F32, I32)
    lb, init, other = block.args
    op = block.append(ForOp.build(lb, lb, lb, [init]))
    op.regions[0].blocks[0].append(YieldOp.build([other]))
    assert _errors(_finish(block)) == [
        "'scf.for' op along control flow edge from Operation scf.yield to Region #0: "
        "successor operand type #0 'i32' should match successor input type #0 'f32'"
    ]


def test_if_build_without_results_has_yields_and_an_empty_else() -> None:
    block = _func_block(I1)
    op = block.append(IfOp.build(block.args[0]))
    assert op.regions[0].blocks[0].last_op.name == "scf.yield"
    assert not op.regions[1].blocks
    assert _errors(_finish(block)) == []
    assert print_operation(op) == "scf.if %arg0 {\n}"


def test_if_with_results_needs_an_else_block() -> None:
    block = _func_block(I1, F32)
    op = block.append(IfOp.build(block.args[0], [F32]))
    assert op.regions[1].blocks
    for region in op.regions:
        region.blocks[0].append(YieldOp.build([block.args[1]]))
    fn = _finish(block)
    assert _errors(fn) == []
    op.regions[1].blocks[0].detach()
    assert _errors(fn) == ["'scf.if' op must have an else block if defining values"]


def test_ensure_terminator_adds_a_block_and_a_yield_once() -> None:
    region = Region()
    ensure_terminator(region, YieldOp.build)
    ensure_terminator(region, YieldOp.build)
    assert len(region.blocks) == 1
    assert [op.name for op in region.blocks[0].ops] == ["scf.yield"]


def test_constant_int_sees_through_constant_ops() -> None:
    block = Block([INDEX])
    c = block.append(
        ConstantOp.create(result_types=[INDEX], properties={"value": IntegerAttr(3, INDEX)})
    )
    assert constant_int(c.results[0]) == 3
    assert constant_int(block.args[0]) is None


def test_edge_error_counts_then_types() -> None:
    block = Block([F32, I32])
    x, i = block.args
    assert edge_error("parent", "Region #0", [x], [F32]) is None
    assert "has 1 operands, but region successor needs 2 inputs" in edge_error(
        "parent", "Region #0", [x], [x, i]
    )
    assert "type #0 'f32' should match successor input type #0 'i32'" in edge_error(
        "parent", "Region #0", [x], [i]
    )


def test_parsed_induction_variable_is_located_at_its_name() -> None:
    module = _parse(
        "func.func @f(%n: index) {\n  scf.for %i = %n to %n step %n {\n  }\n  return\n}\n"
    )
    loop = next(op for op in module.walk() if op.name == "scf.for")
    iv = loop.regions[0].blocks[0].args[0]
    assert iv.location.file_line_col() == ("t.mlir", 2, 11)
    # The implicit yield sits at the op's name, as MLIR places it.
    assert loop.regions[0].blocks[0].last_op.location.file_line_col() == ("t.mlir", 2, 3)


def test_forall_with_constant_bounds_prints_normalized() -> None:
    module = _parse(
        "func.func @f(%n: index) {\n"
        "  %c0 = arith.constant 0 : index\n"
        "  %c1 = arith.constant 1 : index\n"
        "  scf.forall (%i) = (%c0) to (%n) step (%c1) {\n"
        "  }\n"
        "  return\n"
        "}\n"
    )
    assert "scf.forall (%arg1) in (%arg0) {" in print_operation(module)
