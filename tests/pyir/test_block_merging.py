"""Block merging and redundant-argument dropping (pyir.block_merging) on the test dialect,
whose branches have no successor-operand hooks."""

from __future__ import annotations

from testdialect import TEST_DIALECT

from pyir.block_merging import drop_redundant_arguments, merge_identical_blocks
from pyir.context import Context
from pyir.core import Operation
from pyir.rewriter import PatternRewriter
from pyir.textual.parser import parse_source


def parse(text: str) -> Operation:
    context = Context()
    context.register_dialect(TEST_DIALECT)
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    return module


def body(module: Operation) -> Operation:
    return module.regions[0].blocks[0].first_op


SAME = """
"test.graph"() ({
  %c = "test.const"() : () -> i1
  "test.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  %x = "test.const"() : () -> i32
  "test.ret"(%x) : (i32) -> ()
^bb2:
  %y = "test.const"() : () -> i32
  "test.ret"(%y) : (i32) -> ()
}) : () -> ()
"""


def test_blocks_alike_merge_without_touching_the_predecessors() -> None:
    module = parse(SAME.replace('"test.graph"', '"test.region"'))
    region = body(module).regions[0]
    assert merge_identical_blocks(PatternRewriter(), [region])
    assert len(region.blocks) == 2
    assert region.blocks[0].last_op.successors == [region.blocks[1], region.blocks[1]]


def test_operands_from_outside_need_branches_that_take_new_operands() -> None:
    module = parse(
        """
        "test.region"() ({
          %c = "test.const"() : () -> i1
          %a = "test.const"() : () -> i32
          %b = "test.const"() : () -> i32
          "test.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
        ^bb1:
          "test.ret"(%a) : (i32) -> ()
        ^bb2:
          "test.ret"(%b) : (i32) -> ()
        }) : () -> ()
        """
    )
    region = body(module).regions[0]
    # test.cond_br has no BranchOpInterface hooks: the blocks stay apart.
    assert not merge_identical_blocks(PatternRewriter(), [region])
    assert len(region.blocks) == 3
    assert not drop_redundant_arguments(PatternRewriter(), [region])
