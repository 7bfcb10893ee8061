"""Type conversion through the conversion driver: converted operands, source and target
materializations (casts, callbacks, the strict mode), block and function signatures,
1:N conversions, and the func helpers of pyir.conversion_func."""

from __future__ import annotations

from typing import Any

import test_conversion_dialect as cv
from test_conversion_dialect import body, generic, parse
from test_type_converter import widening

from pyir import verifier
from pyir.builtin_types import I1, I32, I64, TupleType
from pyir.conversion import ConversionConfig, ConversionPattern, apply_full_conversion
from pyir.conversion import apply_partial_conversion as convert
from pyir.conversion_func import (
    function_signature_legality,
    populate_function_type_conversion_patterns,
)
from pyir.conversion_target import ConversionTarget
from pyir.core import Operation
from pyir.patterns import PatternSet

CHAIN = """
%a = "cv.make"() : () -> i32
%b = "cv.add"(%a, %a) : (i32, i32) -> i32
%c = "cv.add"(%b, %b) : (i32, i32) -> i32
"cv.use"(%c) : (i32) -> ()
"""


class WidenAdd(ConversionPattern):
    """cv.add on i32 -> cv.ladd on i64 (the operands arrive converted)."""

    root = "cv.add"

    def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
        assert all(v.type == I64 for v in operands)
        result = self.type_converter.convert_type(op.results[0].type)
        rewriter.replace_op(op, rewriter.create(cv.LowAddOp, list(operands), [result]))
        return True


def target() -> ConversionTarget:
    t = ConversionTarget()
    t.add_legal_op("builtin.module", "builtin.unrealized_conversion_cast")
    t.add_legal_op(cv.MakeOp, cv.UseOp, cv.LowAddOp, cv.ConstOp)
    t.add_illegal_op(cv.AddOp)
    return t


def test_unconverted_producers_and_users_get_casts() -> None:
    module, _ = parse(CHAIN)
    assert convert(module, target(), [WidenAdd(widening())])
    assert body(module) == [
        '%0 = "cv.make"() : () -> i32',
        "%1 = unrealized_conversion_cast %0 : i32 to i64",
        '%2 = "cv.ladd"(%1, %1) : (i64, i64) -> i64',
        '%3 = "cv.ladd"(%2, %2) : (i64, i64) -> i64',
        "%4 = unrealized_conversion_cast %3 : i64 to i32",
        '"cv.use"(%4) : (i32) -> ()',
    ]
    assert verifier.verify(module)


def test_materialization_callbacks_replace_the_casts() -> None:
    tc = widening()
    tc.add_source_materialization(
        lambda b, t, inputs, loc: b.create("test.trunc", inputs, [t]).results[0]
    )
    tc.add_target_materialization(
        lambda b, t, inputs, loc: b.create("test.ext", inputs, [t]).results[0]
    )
    module, _ = parse(CHAIN)
    assert convert(module, target(), [WidenAdd(tc)])
    assert body(module) == [
        '%0 = "cv.make"() : () -> i32',
        '%1 = "test.ext"(%0) : (i32) -> i64',
        '%2 = "cv.ladd"(%1, %1) : (i64, i64) -> i64',
        '%3 = "cv.ladd"(%2, %2) : (i64, i64) -> i64',
        '%4 = "test.trunc"(%3) : (i64) -> i32',
        '"cv.use"(%4) : (i32) -> ()',
    ]


def test_without_cast_fallback_a_live_materialization_is_an_error() -> None:
    tc = widening()
    tc.cast_fallback = False
    tc.add_target_materialization(
        lambda b, t, inputs, loc: b.create("test.ext", inputs, [t]).results[0]
    )
    module, ctx = parse(CHAIN)
    before = generic(module)
    assert not convert(module, target(), [WidenAdd(tc)], ConversionConfig(ctx))
    (diag,) = ctx.diagnostics.collected
    assert diag.message == (
        "failed to legalize unresolved materialization from (i64) to (i32) "
        "that remained live after conversion"
    )
    assert diag.location.file_line_col() == ("in.mlir", 4, 6)  # the replaced cv.add
    assert diag.notes[0].location.file_line_col() == ("in.mlir", 5, 1)
    assert generic(module) == before


def test_an_operand_type_that_cannot_be_converted_stops_the_pattern() -> None:
    module, ctx = parse(CHAIN.replace("i32", "f16"))
    before = generic(module)
    assert not apply_full_conversion(
        module, target(), [WidenAdd(widening())], ConversionConfig(ctx)
    )
    assert ctx.diagnostics.collected[0].message == "failed to legalize operation 'cv.add'"
    assert generic(module) == before


def test_a_pattern_without_converter_gets_the_newest_values() -> None:
    seen = []

    class Look(ConversionPattern):
        root = "cv.add"

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            seen.append([v.type for v in operands])
            new = rewriter.create(cv.LowAddOp, list(operands), [operands[0].type])
            rewriter.replace_op(op, new)
            return True

    class Widen(ConversionPattern):
        root = "cv.make"
        benefit = 1

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            rewriter.replace_op(op, rewriter.create(cv.MakeOp, [], [I64]))
            return True

    t = target()
    t.add_dynamically_legal_op(cv.MakeOp, lambda op: op.results[0].type == I64)
    module, _ = parse(CHAIN)
    assert convert(module, t, [Look(), Widen()])
    assert seen == [[I64, I64], [I64, I64]]
    assert body(module)[-2:] == [
        "%3 = unrealized_conversion_cast %2 : i64 to i32",
        '"cv.use"(%3) : (i32) -> ()',
    ]


# -- signatures ----------------------------------------------------------------------------------------
FUNCS = """
func.func @f(%arg0: i32, %arg1: tuple<i1, f32>) -> i32 {
  %0 = "cv.add"(%arg0, %arg0) : (i32, i32) -> i32
  %1 = func.call @g(%0, %arg1) : (i32, tuple<i1, f32>) -> i32
  return %1 : i32
}
func.func private @g(i32, tuple<i1, f32>) -> i32
func.func @h(%arg0: i64) -> i64 attributes {done} {
  return %arg0 : i64
}
"""


def func_setup() -> tuple[ConversionTarget, PatternSet]:
    tc = widening()
    t = target()
    t.add_dynamically_legal_op("func.func", function_signature_legality(tc))
    t.add_dynamically_legal_op(["func.return", "func.call"], tc.is_legal)
    patterns = populate_function_type_conversion_patterns(PatternSet([WidenAdd(tc)]), tc)
    return t, patterns


def test_function_signatures_calls_and_returns() -> None:
    module, _ = parse(FUNCS)
    t, patterns = func_setup()
    assert apply_full_conversion(module, t, patterns)
    assert body(module) == [
        "func.func @f(%arg0: i64, %arg1: i1, %arg2: f32) -> i64 {",
        '%0 = "cv.ladd"(%arg0, %arg0) : (i64, i64) -> i64',
        "%1 = call @g(%0, %arg1, %arg2) : (i64, i1, f32) -> i64",
        "return %1 : i64",
        "}",
        "func.func private @g(i64, i1, f32) -> i64",
        "func.func @h(%arg0: i64) -> i64 attributes {done} {",
        "return %arg0 : i64",
        "}",
    ]
    assert verifier.verify(module)


def test_argument_attributes_follow_their_arguments() -> None:
    module, _ = parse(
        """
        func.func @f(%arg0: tuple<i1, i1> {a.x}, %arg1: tuple<>, %arg2: i32 {a.y}) -> i32 {
          return %arg2 : i32
        }
        """
    )
    t, patterns = func_setup()
    assert apply_full_conversion(module, t, patterns)
    assert body(module)[0] == "func.func @f(%arg0: i1 {a.x}, %arg1: i1, %arg2: i64 {a.y}) -> i64 {"
    assert verifier.verify(module)


def test_a_failed_signature_conversion_is_undone() -> None:
    # @h's f16 argument cannot be converted; @f was converted before and is restored.
    module, ctx = parse(FUNCS + "func.func @k(%arg0: f16) {\n  return\n}\n")
    before = generic(module)
    t, patterns = func_setup()
    assert not apply_full_conversion(module, t, patterns, ConversionConfig(ctx))
    (diag,) = ctx.diagnostics.collected
    assert diag.message == "failed to legalize operation 'func.func'"
    assert diag.location.file_line_col() == ("in.mlir", 11, 1)
    assert generic(module) == before


REGION = """
%a = "cv.make"() : () -> i32
"cv.region"(%a) ({
^bb0(%x: i32):
  %s = "cv.add"(%x, %x) : (i32, i32) -> i32
  "cv.yield"(%s) : (i32) -> ()
^bb1(%y: tuple<i64, i1>):
  "cv.use"(%y) : (tuple<i64, i1>) -> ()
  "cv.yield"() : () -> ()
}) : (i32) -> ()
"""


class ConvertRegion(ConversionPattern):
    """Converts the block signatures of cv.region and marks it done; with `grow`, also
    adds a block with an i32 argument (converted because its region has a converter)."""

    root = "cv.region"

    def __init__(self, tc: Any, grow: bool = False) -> None:
        super().__init__(tc)
        self.grow = grow

    def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
        if rewriter.convert_region_types(op.regions[0], self.type_converter) is None:
            return False
        if self.grow:
            block = rewriter.create_block(op.regions[0], [I32])
            rewriter.create(cv.YieldOp, [block.args[0]], [])
        rewriter.modify_op_in_place(op, lambda: op.set_operands(list(operands)))
        op.set_attribute("done", I1)
        return True


def region_target() -> ConversionTarget:
    t = target()
    t.add_dynamically_legal_op("cv.region", lambda op: "done" in op.attributes)
    t.add_legal_op("cv.yield")
    t.add_dynamically_legal_op("cv.use", lambda op: widening().is_legal(op))
    return t


class UseTuple(ConversionPattern):
    """cv.use of 1:N-converted values: uses the pieces."""

    root = "cv.use"

    def match_and_rewrite_one_to_n(self, op: Operation, groups: Any, rewriter: Any) -> bool:
        values = [v for group in groups for v in group]
        rewriter.modify_op_in_place(op, lambda: op.set_operands(values))
        return True


def test_block_signatures_and_one_to_n_operands() -> None:
    module, _ = parse(REGION)
    tc = widening()
    assert convert(module, region_target(), [ConvertRegion(tc), WidenAdd(tc), UseTuple(tc)])
    text = "\n".join(body(module))
    assert "^bb0(%arg0: i64):" in text
    assert '"cv.ladd"(%arg0, %arg0) : (i64, i64) -> i64' in text
    assert "^bb1(%4: i64, %5: i1):  // no predecessors" in text
    assert '"cv.use"(%4, %5) : (i64, i1) -> ()' in text
    assert "%1 = unrealized_conversion_cast %0 : i32 to i64" in text  # region operand
    # The yield (legal, unconverted) still wants an i32: a cast bridges it.
    assert "%3 = builtin.unrealized_conversion_cast %2 : i64 to i32" in text
    assert verifier.verify(module)


def test_one_to_n_operands_need_a_pattern_that_supports_them() -> None:
    class Plain(ConversionPattern):
        root = "cv.use"

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            raise AssertionError("not called on 1:N operands")

    module, ctx = parse(REGION)
    before = generic(module)
    tc = widening()
    t = region_target()
    t.add_illegal_op("cv.use")
    patterns = [ConvertRegion(tc), WidenAdd(tc), Plain(tc)]
    assert not convert(module, t, patterns, ConversionConfig(ctx))
    assert ctx.diagnostics.collected[0].message.startswith("failed to legalize operation 'cv.use'")
    assert generic(module) == before


def test_blocks_created_in_a_converted_region_are_converted() -> None:
    module, _ = parse(REGION)
    tc = widening()
    assert convert(
        module, region_target(), [ConvertRegion(tc, grow=True), WidenAdd(tc), UseTuple(tc)]
    )
    lines = body(module)
    assert lines[-4:-1] == [
        "^bb2(%6: i64):  // no predecessors",
        "%7 = builtin.unrealized_conversion_cast %6 : i64 to i32",
        '"cv.yield"(%7) : (i32) -> ()',
    ]
    assert verifier.verify(module)


def test_remapping_through_a_replaced_tuple_value() -> None:
    class SplitMake(ConversionPattern):
        """A cv.make of a tuple becomes a cv.make of its pieces (1:N replacement)."""

        root = "cv.make"

        def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:
            types = self.type_converter.convert_type_n(op.results[0].type)
            new = rewriter.create(cv.MakeOp, [], types)
            rewriter.replace_op_with_multiple(op, [list(new.results)])
            return True

    tc = widening()
    t = target()
    t.add_dynamically_legal_op(["cv.make", "cv.use"], tc.is_legal)
    module, _ = parse(
        """
        %t = "cv.make"() : () -> tuple<i64, i1>
        "cv.use"(%t) : (tuple<i64, i1>) -> ()
        "test.keep"(%t) : (tuple<i64, i1>) -> ()
        """
    )
    assert convert(module, t, [SplitMake(tc), UseTuple(tc)])
    assert body(module) == [
        '%0:2 = "cv.make"() : () -> (i64, i1)',
        "%1 = unrealized_conversion_cast %0#0, %0#1 : i64, i1 to tuple<i64, i1>",
        '"cv.use"(%0#0, %0#1) : (i64, i1) -> ()',
        '"test.keep"(%1) : (tuple<i64, i1>) -> ()',
    ]
    assert isinstance(TupleType((I32,)), TupleType)
