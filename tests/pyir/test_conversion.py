"""The dialect-conversion driver (pyir.conversion) on the `cv` test dialect: targets,
modes, pattern order, recursive legalization, rollback of every kind of change, folding,
and the diagnostics of a failed conversion."""

from __future__ import annotations

from typing import Any

import pytest
import test_conversion_dialect as cv
from test_conversion_dialect import body, generic, parse, show

from pyir import verifier
from pyir.builtin_attributes import UnitAttr
from pyir.builtin_types import I32
from pyir.conversion import (
    ConversionConfig,
    ConversionPattern,
    OpAdaptor,
    OpConversionPattern,
    apply_analysis_conversion,
    apply_full_conversion,
    apply_partial_conversion,
)
from pyir.conversion_target import ConversionTarget, LegalizationAction
from pyir.core import IRError, Operation
from pyir.patterns import RewritePattern

SIMPLE = """
%a = "cv.make"() : () -> i32
%b = "cv.add"(%a, %a) : (i32, i32) -> i32
"cv.use"(%b) : (i32) -> ()
"""


def first(module: Operation, name: str) -> Operation:
    for op in module.walk(post_order=False):
        if op.name == name:
            return op
    raise AssertionError(name)


class LowerAdd(OpConversionPattern):
    """cv.add -> cv.ladd"""

    op_class = cv.AddOp

    def match_and_rewrite(self, op: Operation, adaptor: Any, rewriter: Any) -> bool:
        new = rewriter.create(
            cv.LowAddOp, [adaptor.lhs, adaptor.rhs], [op.results[0].type], location=op.location
        )
        rewriter.replace_op(op, new)
        return True


class MulToMid(ConversionPattern):
    """cv.mul -> cv.mid (itself illegal)"""

    root = "cv.mul"
    generated_ops = ("cv.mid",)

    def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
        rewriter.replace_op(op, rewriter.create(cv.MidOp, list(operands), op.result_types))
        return True


class MidToLow(ConversionPattern):
    """cv.mid -> cv.lmul"""

    root = "cv.mid"

    def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
        rewriter.replace_op(op, rewriter.create(cv.LowMulOp, list(operands), op.result_types))
        return True


def low_target() -> ConversionTarget:
    target = ConversionTarget()
    target.add_legal_op(cv.LowAddOp, cv.LowMulOp, cv.MakeOp, cv.UseOp, cv.ConstOp)
    target.add_illegal_op("cv.add", "cv.mul", "cv.mid", "cv.neg")
    target.add_legal_op("builtin.module")
    return target


# -- the target ------------------------------------------------------------------------------------
def test_target_actions_by_op_dialect_and_callback() -> None:
    module, _ = parse(
        """
        %a = "cv.make"() : () -> i32
        %b = "cv.add"(%a, %a) {ok} : (i32, i32) -> i32
        %c = "cv.add"(%a, %a) : (i32, i32) -> i32
        "other.op"() : () -> ()
        "cv.use"(%b) : (i32) -> ()
        """
    )
    ops = list(module.regions[0].blocks[0].ops)
    make, add_ok, add, other, use = ops
    target = ConversionTarget()
    target.add_legal_dialect("cv")
    target.add_dynamically_legal_op("cv.add", lambda op: "ok" in op.attributes)
    target.add_illegal_op("cv.use")
    assert target.is_legal(make) and target.is_legal(add_ok)
    assert not target.is_legal(add) and target.is_illegal(add)
    assert not target.is_legal(use) and target.is_illegal(use)
    assert not target.is_legal(other) and not target.is_illegal(other)
    assert target.action_of("other.op") is None
    target.mark_unknown_op_dynamically_legal(lambda op: op.name.startswith("other."))
    assert target.is_legal(other)
    assert target.action_of("other.op") is LegalizationAction.DYNAMIC
    # A callback answering None defers to the unknown-op callback (and is not "illegal").
    target.add_dynamically_legal_op("cv.make", lambda op: None)
    assert not target.is_legal(make) and not target.is_illegal(make)
    target.mark_unknown_op_dynamically_legal(lambda op: True)
    assert target.is_legal(make)


def test_target_recursive_legality() -> None:
    module, _ = parse('"cv.region"() ({ "cv.yield"() : () -> () }) {deep} : () -> ()')
    region_op = first(module, "cv.region")
    target = ConversionTarget()
    target.add_legal_op("cv.region")
    assert not target.is_recursively_legal(region_op)
    target.mark_op_recursively_legal("cv.region", lambda op: "deep" in op.attributes)
    assert target.is_recursively_legal(region_op)
    del region_op.attributes["deep"]
    assert not target.is_recursively_legal(region_op)


# -- modes ------------------------------------------------------------------------------------------
def test_partial_conversion_lowers_and_keeps_unknown_ops() -> None:
    module, ctx = parse(SIMPLE + '"other.op"() : () -> ()\n')
    target = low_target()
    result = apply_partial_conversion(module, target, [LowerAdd()], ConversionConfig(ctx))
    assert result
    assert body(module) == [
        '%0 = "cv.make"() : () -> i32',
        '%1 = "cv.ladd"(%0, %0) : (i32, i32) -> i32',
        '"cv.use"(%1) : (i32) -> ()',
        '"other.op"() : () -> ()',
    ]
    assert [op.name for op in result.unlegalized_ops] == ["other.op"]


def test_partial_conversion_fails_on_an_explicitly_illegal_op_and_restores_the_ir() -> None:
    module, ctx = parse(
        SIMPLE.replace("cv.add", "cv.mul") + '%z = "cv.add"(%a, %a) : (i32, i32) -> i32\n'
    )
    before = generic(module)
    result = apply_partial_conversion(module, low_target(), [LowerAdd()], ConversionConfig(ctx))
    assert not result
    (diag,) = ctx.diagnostics.collected
    assert (
        diag.message == "failed to legalize operation 'cv.mul' that was explicitly marked illegal"
    )
    assert diag.location.file_line_col() == ("in.mlir", 3, 6)
    assert generic(module) == before  # the converted cv.add was rolled back too


def test_full_conversion_fails_on_unknown_ops() -> None:
    module, ctx = parse(SIMPLE + '"other.op"() : () -> ()\n')
    before = generic(module)
    result = apply_full_conversion(module, low_target(), [LowerAdd()], ConversionConfig(ctx))
    assert not result
    assert [d.message for d in result.diagnostics] == ["failed to legalize operation 'other.op'"]
    assert result.diagnostics[0].location.file_line_col() == ("in.mlir", 5, 1)
    assert ctx.diagnostics.collected == result.diagnostics
    assert generic(module) == before
    # Without the stray op the full conversion succeeds.
    module, _ = parse(SIMPLE)
    assert apply_full_conversion(module, low_target(), [LowerAdd()])
    assert '"cv.ladd"' in show(module)


def test_failure_message_shows_the_op_with_the_installed_printer() -> None:
    module, _ = parse(SIMPLE + '"other.op"() : () -> ()\n')
    verifier.set_op_printer(lambda op: f"<{op.name}>")
    try:
        result = apply_full_conversion(module, low_target(), [LowerAdd()])
    finally:
        verifier.set_op_printer(None)
    assert result.diagnostics[0].message == "failed to legalize operation 'other.op': <other.op>"


def test_analysis_conversion_reports_legalizable_ops_without_changes() -> None:
    module, _ = parse(
        SIMPLE + '%m = "cv.mul"(%a, %a) : (i32, i32) -> i32\n"other.op"() : () -> ()\n'
    )
    before = generic(module)
    result = apply_analysis_conversion(module, low_target(), [LowerAdd()])
    assert result
    names = sorted(op.name for op in result.legalizable_ops)
    assert names == ["builtin.module", "cv.add", "cv.make", "cv.use"]
    assert generic(module) == before


# -- pattern order and recursion ----------------------------------------------------------------------
def test_generated_ops_are_legalized_recursively() -> None:
    module, _ = parse(SIMPLE.replace("cv.add", "cv.mul"))
    assert apply_full_conversion(module, low_target(), [MulToMid(), MidToLow()])
    assert body(module)[1] == '%1 = "cv.lmul"(%0, %0) : (i32, i32) -> i32'


def test_a_pattern_whose_result_cannot_be_legalized_is_rolled_back() -> None:
    class MulToAdd(ConversionPattern):
        root = "cv.mul"
        benefit = 5

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            rewriter.replace_op(op, rewriter.create(cv.AddOp, list(operands), op.result_types))
            return True

    module, _ = parse(SIMPLE.replace("cv.add", "cv.mul"))
    # cv.add has no pattern here: MulToAdd is undone and the mid path taken.
    assert apply_full_conversion(module, low_target(), [MulToAdd(), MulToMid(), MidToLow()])
    assert body(module)[1] == '%1 = "cv.lmul"(%0, %0) : (i32, i32) -> i32'
    module, _ = parse(SIMPLE.replace("cv.add", "cv.mul"))
    assert apply_full_conversion(module, low_target(), [MulToAdd(), LowerAdd()])
    assert body(module)[1] == '%1 = "cv.ladd"(%0, %0) : (i32, i32) -> i32'


class Tag(ConversionPattern):
    """Replaces cv.mul by cv.lmul tagged with the pattern's name."""

    root = "cv.mul"

    def __init__(self, tag: str, benefit: int = 1, generated: tuple = ()) -> None:
        super().__init__(benefit=benefit)
        self.tag = tag
        self.generated_ops = generated

    def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
        new = rewriter.create(cv.LowMulOp, list(operands), op.result_types)
        new.set_attribute(self.tag, UnitAttr())
        rewriter.replace_op(op, new)
        return True


def test_patterns_by_benefit_then_by_depth() -> None:
    module, _ = parse(SIMPLE.replace("cv.add", "cv.mul"))
    apply_full_conversion(module, low_target(), [Tag("low"), Tag("high", benefit=3)])
    assert "high" in first(module, "cv.lmul").attributes
    module, _ = parse(SIMPLE.replace("cv.add", "cv.mul"))
    # Fewer steps to legality wins over benefit: "deep" claims to create cv.mid (depth 2).
    patterns = [Tag("deep", benefit=3, generated=("cv.mid",)), Tag("direct"), MidToLow()]
    apply_full_conversion(module, low_target(), patterns)
    assert "direct" in first(module, "cv.lmul").attributes


def test_a_pattern_does_not_apply_to_ops_it_created() -> None:
    calls = []

    class SelfRecursive(ConversionPattern):
        root = "cv.mid"

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            calls.append(op)
            rewriter.replace_op(op, rewriter.create(cv.MidOp, list(operands), op.result_types))
            return True

    module, _ = parse(SIMPLE.replace("cv.add", "cv.mid"))
    before = generic(module)
    assert not apply_full_conversion(module, low_target(), [SelfRecursive()])
    assert len(calls) == 1
    assert generic(module) == before

    class Bounded(SelfRecursive):
        has_bounded_rewrite_recursion = True

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            depth = op.attributes.get("depth")
            n = depth.value if depth is not None else 0
            cls = cv.MidOp if n < 3 else cv.LowMulOp
            new = rewriter.create(cls, list(operands), op.result_types)
            new.set_attribute("depth", cv.IntegerAttr(n + 1, I32))
            rewriter.replace_op(op, new)
            return True

    module, _ = parse(SIMPLE.replace("cv.add", "cv.mid"))
    assert apply_full_conversion(module, low_target(), [Bounded()])
    assert first(module, "cv.lmul").attributes["depth"].value == 4


def test_plain_rewrite_patterns_take_part() -> None:
    class Plain(RewritePattern):
        root = "cv.add"

        def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
            new = rewriter.create(cv.LowAddOp, op.operands, op.result_types)
            rewriter.replace_op(op, new)
            return True

    module, _ = parse(SIMPLE)
    assert apply_full_conversion(module, low_target(), [Plain()])
    assert body(module)[1] == '%1 = "cv.ladd"(%0, %0) : (i32, i32) -> i32'


def test_a_pattern_that_claims_success_without_a_change_is_a_bug() -> None:
    class Liar(ConversionPattern):
        root = "cv.add"

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            return True

    module, _ = parse(SIMPLE)
    with pytest.raises(IRError, match="neither replaced, erased nor modified 'cv.add'"):
        apply_partial_conversion(module, low_target(), [Liar()])


def test_adaptor_names_operand_groups() -> None:
    seen = {}

    class LowerCall(OpConversionPattern):
        op_class = cv.CallOp

        def match_and_rewrite(self, op: Operation, adaptor: Any, rewriter: Any) -> bool:
            seen["callee"] = adaptor.callee
            seen["args"] = adaptor.args
            seen["all"] = list(adaptor)
            rewriter.erase_op(op)
            return True

    module, _ = parse(
        """
        %f:3 = "cv.make"() : () -> (i32, i32, i32)
        "cv.call"(%f#0, %f#1, %f#2) : (i32, i32, i32) -> ()
        """
    )
    target = low_target()
    target.add_illegal_op("cv.call")
    assert apply_full_conversion(module, target, [LowerCall()])
    make = first(module, "cv.make")
    assert seen["callee"] is make.results[0]
    assert seen["args"] == list(make.results[1:])
    assert seen["all"] == list(make.results)
    with pytest.raises(AttributeError, match="no operand group 'nope'"):
        OpAdaptor([], make).nope  # noqa: B018


def test_op_conversion_pattern_needs_an_op_class() -> None:
    with pytest.raises(TypeError, match="op_class must be an op class"):

        class Bad(OpConversionPattern):  # noqa: F841
            op_class = "cv.add"


# -- recursive legality and folding ----------------------------------------------------------------------
def test_ops_in_recursively_legal_ops_are_left_alone() -> None:
    text = """
    %a = "cv.make"() : () -> i32
    "cv.region"() ({
      %b = "cv.add"(%a, %a) : (i32, i32) -> i32
      "cv.yield"() : () -> ()
    }) : () -> ()
    """
    module, _ = parse(text)
    target = low_target()
    target.add_legal_op("cv.region", "cv.yield")
    target.mark_op_recursively_legal("cv.region")
    assert apply_full_conversion(module, target, [])
    assert "cv.add" in show(module)
    module, _ = parse(text)
    target.mark_op_recursively_legal("cv.region", lambda op: False)
    assert apply_full_conversion(module, target, [LowerAdd()])
    assert "cv.add" not in show(module) and "cv.ladd" in show(module)


def test_illegal_ops_fold_and_their_constants_are_legalized() -> None:
    text = """
    %c = "cv.const"() <{value = 5 : i32}> : () -> i32
    %n = "cv.neg"(%c) : (i32) -> i32
    "cv.use"(%n) : (i32) -> ()
    """
    module, _ = parse(text)
    assert apply_full_conversion(module, low_target(), [])
    assert body(module) == [
        '%0 = "cv.const"() <{value = 5 : i32}> : () -> i32',
        '%1 = "cv.const"() <{value = -5 : i32}> : () -> i32',
        '"cv.use"(%1) : (i32) -> ()',
    ]
    module, ctx = parse(text)
    before = generic(module)
    assert not apply_full_conversion(module, low_target(), [], ConversionConfig(ctx, fold=False))
    assert generic(module) == before
    # A folded constant that is itself illegal is rolled back.
    target = low_target()
    target.add_dynamically_legal_op("cv.const", lambda op: op.properties["value"].value >= 0)
    module, _ = parse(text)
    assert not apply_full_conversion(module, target, [])
    assert generic(module) == before


# -- rollback ---------------------------------------------------------------------------------------
REGIONS = """
%a = "cv.make"() : () -> i32
%r = "cv.region"(%a) ({
^bb0(%x: i32):
  %s = "cv.add"(%x, %x) : (i32, i32) -> i32
  %t = "cv.make"() : () -> i32
  "cv.use"(%s, %t) : (i32, i32) -> ()
  "cv.yield"(%s) : (i32) -> ()
^bb1(%y: i32):
  "cv.yield"(%y) : (i32) -> ()
}) : (i32) -> i32
"cv.region"() ({
  "cv.use"() : () -> ()
  "cv.yield"() : () -> ()
}) : () -> ()
"cv.use"(%r) : (i32) -> ()
"""


def vandalize(op: Operation, rewriter: Any) -> None:
    """Every kind of change the conversion rewriter can make, all in one pattern."""
    region_op = op.parent.parent.parent
    module_block = region_op.parent
    other = region_op.next_op
    block0, block1 = region_op.regions[0].blocks
    # Creating ops and blocks, modifying ops, replacing and erasing.
    rewriter.create(cv.MakeOp, [], [op.results[0].type])
    rewriter.modify_op_in_place(op, lambda: op.set_attribute("seen", op.results[0].type))
    rewriter.set_operand(op, 1, block1.args[0])
    extra = rewriter.create_block(region_op.regions[0], [op.results[0].type])
    rewriter.create(cv.YieldOp, [extra.args[0]], [])
    rewriter.set_insertion_point(op)
    lowered = rewriter.create(cv.LowAddOp, op.operands, op.result_types)
    rewriter.replace_op(op, lowered)
    # Moving ops and blocks, splitting, merging, inlining, erasing blocks.
    use = lowered.next_op.next_op
    rewriter.move_op_before(use, lowered)
    rewriter.move_op_after(lowered.next_op, module_block.first_op)
    tail = rewriter.split_block(block0, use.next_op)
    rewriter.inline_region_before(other.regions[0], region_op.regions[0], block1)
    rewriter.erase_block(extra)
    rewriter.merge_blocks(tail, block0, [])
    rewriter.replace_all_uses_with(block0.args[0], region_op.operands[0])
    rewriter.erase_op(other)
    rewriter.erase_block(block1)


def test_a_failing_pattern_leaves_the_ir_exactly_as_it_was() -> None:
    module, _ = parse(REGIONS)
    before = generic(module)

    class Vandal(ConversionPattern):
        root = "cv.add"
        benefit = 10

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            vandalize(op, rewriter)
            assert generic(module) != before
            return False

    target = low_target()
    target.add_legal_op("cv.region", "cv.yield")
    result = apply_partial_conversion(module, target, [Vandal(), LowerAdd()])
    assert result
    assert generic(module) == before.replace('"cv.add"', '"cv.ladd"')
    assert verifier.verify(module)


def test_a_failed_conversion_undoes_every_successful_pattern() -> None:
    module, _ = parse(REGIONS + '%m = "cv.mul"(%a, %a) : (i32, i32) -> i32\n')
    before = generic(module)

    class Vandal(ConversionPattern):
        root = "cv.add"

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            vandalize(op, rewriter)
            return True

    target = low_target()
    target.add_legal_op("cv.region", "cv.yield")
    assert not apply_partial_conversion(module, target, [Vandal()])
    assert generic(module) == before
    assert verifier.verify(module)


def test_cancelling_a_modification() -> None:
    module, _ = parse(SIMPLE)

    class Fiddle(ConversionPattern):
        root = "cv.add"

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            rewriter.start_op_modification(op)
            op.set_attribute("x", op.results[0].type)
            rewriter.cancel_op_modification(op)
            assert "x" not in op.attributes
            rewriter.replace_op(op, rewriter.create(cv.LowAddOp, list(operands), op.result_types))
            return True

    assert apply_full_conversion(module, low_target(), [Fiddle()])
    with pytest.raises(IRError, match="is not being modified"):
        from pyir.conversion_rewriter import ConversionPatternRewriter

        ConversionPatternRewriter().cancel_op_modification(module)


def test_erasing_an_op_that_is_still_used_fails_the_conversion() -> None:
    module, ctx = parse(SIMPLE)
    before = generic(module)

    class EraseProducer(ConversionPattern):
        root = "cv.add"

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            rewriter.erase_op(op)
            return True

    assert not apply_partial_conversion(
        module, low_target(), [EraseProducer()], ConversionConfig(ctx)
    )
    (diag,) = ctx.diagnostics.collected
    assert diag.message == (
        "failed to legalize unresolved materialization from () to (i32) "
        "that remained live after conversion"
    )
    assert diag.notes[0].message.startswith("see existing live user here: ")
    assert diag.notes[0].location.file_line_col() == ("in.mlir", 4, 1)
    assert generic(module) == before


def test_reconcile_returns_the_casts_that_stay() -> None:
    from pyir.conversion import reconcile_unrealized_casts

    module, _ = parse(
        """
        %a = "cv.make"() : () -> i32
        %b = builtin.unrealized_conversion_cast %a : i32 to i64
        %c = builtin.unrealized_conversion_cast %b : i64 to i32
        %d = builtin.unrealized_conversion_cast %a : i32 to f32
        %e = builtin.unrealized_conversion_cast %a : i32 to i16
        "cv.use"(%c, %d) : (i32, f32) -> ()
        """
    )
    casts = [op for op in module.walk() if op.name == "builtin.unrealized_conversion_cast"]
    remaining = reconcile_unrealized_casts(casts)
    assert remaining == [casts[2]]
    assert body(module) == [
        '%0 = "cv.make"() : () -> i32',
        "%1 = unrealized_conversion_cast %0 : i32 to f32",
        '"cv.use"(%0, %1) : (i32, f32) -> ()',
    ]
