"""Tests of declarative assembly formats in both directions, on the `fmt` test dialect.

pyir.assembly_format checks a format when its op class is defined; pyir.textual.custom_syntax
compiles it into grammar rules and op builders; `Format.print` writes it back. Each case
below is a canonical custom text: parsing it builds the expected operation, printing gives
the same text back, and the generic form parses back to the same op (a fixed point).

The spacing follows MLIR's format printer (checked against iree-opt on upstream ops with the
same shape: `arith.index_cast %0 : index to i32`, `func.call @f(%0) : (i32) -> i32`,
`func.return`, `memref.alloc() : ...`): single punctuation hugs its neighbours, `->` and
keywords are spaced, and a leading `(` follows the op name directly.
"""

from __future__ import annotations

from typing import Any

import pytest
from formatdialect import DIALECT, INDEX_LIST, AllOp, CallOp, MaybeOp, OffsetsOp, SegOp

from pyir.builtin_attributes import DenseArrayAttr, IntegerAttr, StringAttr, SymbolRefAttr, UnitAttr
from pyir.builtin_types import FunctionType, IndexType, IntegerType
from pyir.context import Context
from pyir.core import Operation
from pyir.diagnostics import Severity
from pyir.opdef import (
    DefinitionError,
    OpView,
    attr,
    operand,
    opt_operand,
    prop,
    result,
    var_operand,
)
from pyir.textual.parser import parse_source
from pyir.textual.printer import PrintOptions, print_operation
from pyir.traits import SameOperandsAndResultType
from pyir.verifier import verify

FILE = "in.mlir"
GENERIC = PrintOptions(generic=True)
I1, I8, I32, I64 = (IntegerType(w) for w in (1, 8, 32, 64))


# -- helpers ------------------------------------------------------------------------------
def make_context() -> Context:
    context = Context(use_entry_points=False)
    context.register_dialect(DIALECT)
    return context


def parse(text: str) -> Operation:
    context = make_context()
    module = parse_source(text, FILE, context)
    assert not context.diagnostics.collected, [d.message for d in context.diagnostics.collected]
    assert module is not None
    return module


def parse_error(text: str) -> tuple[str, int, int]:
    """(message, line, column) of the one error `text` must produce."""
    context = make_context()
    assert parse_source(text, FILE, context) is None
    diags = list(context.diagnostics.collected)
    assert len(diags) == 1, [d.message for d in diags]
    assert diags[0].severity == Severity.ERROR
    assert not diags[0].message.startswith("internal error"), diags[0].message
    where = diags[0].location.file_line_col()
    assert where is not None and where[0] == FILE
    return diags[0].message, where[1], where[2]


def ops_of(module: Operation) -> list[Operation]:
    return list(module.regions[0].blocks[0].ops)


def module(*lines: str) -> str:
    return "module {\n" + "".join(f"  {line}\n" for line in lines) + "}\n"


def round_trip(text: str) -> list[Operation]:
    """Parse canonical `text`, check both print directions, return the top-level ops."""
    parsed = parse(text)
    assert verify(parsed)
    custom = print_operation(parsed)
    assert custom == text
    assert print_operation(parse(custom)) == custom
    generic = print_operation(parsed, GENERIC)
    assert '"fmt.' in generic
    from_generic = parse(generic)
    assert print_operation(from_generic) == custom
    assert print_operation(from_generic, GENERIC) == generic
    return ops_of(parsed)


C32 = "%0 = fmt.const 1 : i32"
C64 = "%1 = fmt.const 2 : i64"


def types(values: Any) -> list:
    return [v.type for v in values]


# -- both directions, op by op ---------------------------------------------------------------
def test_keyword_between_type_directives() -> None:
    _, _, cast = round_trip(module(C32, C64, "%2 = fmt.cast %0 : i32 to i64"))
    assert cast.name == "fmt.cast"
    assert types(cast.operands) == [I32] and types(cast.results) == [I64]
    assert not cast.properties and not cast.attributes and not cast.regions


def test_same_type_operand_types_from_result() -> None:
    _, add = round_trip(module(C32, "%1 = fmt.add %0, %0 {note} : i32"))
    assert types(add.operands) == [I32, I32] and types(add.results) == [I32]
    assert list(add.attributes) == ["note"]
    assert not add.properties


def test_same_type_result_from_operand_and_property_in_attr_dict() -> None:
    _, neg = round_trip(module(C32, "%1 = fmt.neg %0 {mode = 3 : i32, tag} : i32"))
    assert types(neg.results) == [I32]
    # `mode` is a declared property: parsed from the attr-dict into the properties.
    assert dict(neg.properties) == {"mode": IntegerAttr(3, I32)}
    assert list(neg.attributes) == ["tag"]


def test_property_variable_and_functional_type() -> None:
    ops = round_trip(
        module(
            C32,
            "%1:2 = fmt.call @f(%0, %0) {k = 1 : i32} : (i32, i32) -> (i1, i8)",
            "%2 = fmt.call @g() : () -> i1",
            "fmt.call @h(%0) : (i32) -> ()",
            "%3 = fmt.call @k() : () -> (() -> i32)",
        )
    )
    call, one, none, fn = ops[1:]
    assert dict(call.properties) == {"callee": SymbolRefAttr("f")}
    assert list(call.attributes) == ["k"]
    assert types(call.operands) == [I32, I32] and types(call.results) == [I1, I8]
    assert CallOp(call).args == call.operands
    assert one.operands == [] and types(one.results) == [I1]
    assert types(none.operands) == [I32] and not none.results
    assert types(fn.results) == [FunctionType((), (I32,))]


def test_variadic_operand_type_list() -> None:
    ops = round_trip(
        module(
            C32,
            C64,
            "%2 = fmt.pack %0, %1 : i32, i64 -> tuple<i32, i64>",
            "%3 = fmt.pack : -> i1",
        )
    )
    assert types(ops[2].operands) == [I32, I64]
    assert ops[3].operands == [] and types(ops[3].results) == [I1]


def test_operands_directive_and_type_of_operands_and_results() -> None:
    _, _, all_op = round_trip(
        module(C32, C64, "%2:2 = fmt.all %0, %1, %0 : i32, i64, i32 -> i1, i8")
    )
    assert types(all_op.operands) == [I32, I64, I32] and types(all_op.results) == [I1, I8]
    view = AllOp(all_op)
    assert view.first is all_op.operands[0] and view.rest == all_op.operands[1:]


def test_optional_group_anchored_on_variadic_operands() -> None:
    text = module(
        "fmt.cfg {",
        f"  {C32}",
        "  fmt.yield %0, %0 : i32, i32",
        "}",
        "fmt.cfg {",
        "  fmt.yield",
        "}",
    )
    cfg, bare = round_trip(text)
    full = list(cfg.regions[0].blocks[0].ops)[1]
    assert types(full.operands) == [I32, I32]
    assert list(bare.regions[0].blocks[0].ops)[0].operands == []


def test_optional_group_anchored_on_optional_operand() -> None:
    _, present, absent = round_trip(module(C32, "fmt.maybe(%0 : i32)", "fmt.maybe {x}"))
    assert MaybeOp(present).input is present.operands[0]
    assert MaybeOp(absent).input is None and absent.operands == []
    assert list(absent.attributes) == ["x"]


def test_optional_group_anchored_on_optional_attribute() -> None:
    present, absent = round_trip(module("fmt.limit max 4 : i32 {x}", "fmt.limit"))
    assert sorted(present.attributes) == ["bound", "x"]
    assert present.attributes["bound"] == IntegerAttr(4, I32)
    assert not present.properties
    assert not absent.attributes and not absent.properties


def test_attribute_and_property_variables() -> None:
    const, tag = round_trip(module(C32, 'fmt.tag "lab", %0 : i32'))
    # fmt.const's result type comes from infer_result_types (the value's type).
    assert dict(const.properties) == {"value": IntegerAttr(1, I32)}
    assert not const.attributes and types(const.results) == [I32]
    assert dict(tag.attributes) == {"label": StringAttr("lab")} and not tag.properties


def test_infer_result_types_default_integer_type() -> None:
    (const,) = ops_of(parse("%c = fmt.const 7"))
    assert const.properties["value"] == IntegerAttr(7, I64)
    assert types(const.results) == [I64]


def test_regions_successors_and_default_dialect() -> None:
    text = module(
        "fmt.scope attributes {z} {",
        "  %0 = const 1 : i32",
        "  %1 = neg %0 : i32",
        "  cfg {",
        "  ^bb0(%arg0: i32):",
        "    fmt.br ^bb1",
        "  ^bb1:  // pred: ^bb0",
        "    fmt.yield %arg0 : i32",
        "  }",
        "}",
    )
    (scope,) = round_trip(text)
    # Inside fmt.scope (default_dialect = "fmt") `fmt.` is dropped; inside fmt.cfg, which
    # names no default dialect, it is printed again.
    inner = list(scope.regions[0].blocks[0].ops)
    assert [op.name for op in inner] == ["fmt.const", "fmt.neg", "fmt.cfg"]
    assert list(scope.attributes) == ["z"] and not scope.properties
    entry, target = scope_blocks = inner[2].regions[0].blocks
    assert len(scope_blocks) == 2
    br = list(entry.ops)[0]
    assert br.name == "fmt.br" and br.successors == [target]


def test_short_name_parses_inside_default_dialect_region() -> None:
    (scope,) = ops_of(parse("fmt.scope {\n  %0 = const 1 : i32\n  %1 = add %0, %0 : i32\n}"))
    assert [op.name for op in scope.regions[0].blocks[0].ops] == ["fmt.const", "fmt.add"]


def test_two_variadic_groups_get_operand_segment_sizes() -> None:
    # (The custom print of this op is not checked here: it shows `operandSegmentSizes` in
    # the attr-dict, which MLIR elides; see the report.)
    parsed = parse(
        module(C32, C64, "fmt.seg(%0) [%1, %0] : (i32) [i64, i32]", "fmt.seg() [] : () []")
    )
    _, _, seg, empty = ops_of(parsed)
    assert seg.properties["operandSegmentSizes"] == DenseArrayAttr(I32, (1, 2))
    assert "operandSegmentSizes" not in seg.attributes
    view = SegOp(seg)
    assert types(view.lhs) == [I32] and types(view.rhs) == [I64, I32]
    assert empty.properties["operandSegmentSizes"] == DenseArrayAttr(I32, (0, 0))
    assert verify(parsed)


def test_custom_directive_with_buildable_operand_type() -> None:
    text = module(
        '%0:3 = "test.def"() : () -> (i32, index, index)',
        "fmt.offsets %0#0[%0#1, 4, %0#2] : i32",
        "fmt.offsets %0#0[] {x} : i32",
    )
    context = make_context()
    context.allow_unregistered_dialects = True
    parsed = parse_source(text, FILE, context)
    assert parsed is not None and not context.diagnostics.collected
    _, full, empty = ops_of(parsed)
    assert full.properties["static"] == DenseArrayAttr(I64, (-1, 4, -1))
    assert [v.type for v in full.operands[1:]] == [IndexType()] * 2
    assert OffsetsOp(full).dynamic == full.operands[1:]
    assert empty.properties["static"] == DenseArrayAttr(I64, ())
    printed = print_operation(parsed)
    assert "fmt.offsets %0#0 [%0#1, 4, %0#2] : i32\n" in printed
    assert "fmt.offsets %0#0 [] {x} : i32\n" in printed
    assert verify(parsed)


def test_unit_attribute_anchor_and_space_literal() -> None:
    text = module(C32, "fmt.shr %0, %0 exact to [%0] : i32", "fmt.shr %0, %0 to [%0] : i32")
    parsed = parse(text)
    _, exact, plain = ops_of(parsed)
    assert exact.properties == {"isExact": UnitAttr()}
    assert not plain.properties
    printed = print_operation(parsed)
    assert "%1 = fmt.shr %0, %0 exact to [%0] : i32\n" in printed
    assert "%2 = fmt.shr %0, %0 to [%0] : i32\n" in printed
    generic = print_operation(parsed, GENERIC)
    assert "<{isExact}>" in generic
    assert print_operation(parse(generic)) == printed


# -- misdeclared formats fail at class definition ------------------------------------------
def define(fields: dict[str, Any], fmt: str, traits: tuple = ()) -> type:
    return type(
        "BadOp", (OpView,), {"name": "fmt.bad", "traits": traits, **fields, "assembly_format": fmt}
    )


@pytest.mark.parametrize(
    ("fields", "fmt", "mistake"),
    [
        ({"x": operand()}, "$y attr-dict `:` type($x)", "'$y' does not name a field"),
        (
            {"x": operand(), "r": result()},
            "$x $r attr-dict `:` type($x) type($r)",
            "result '$r' may only appear inside type",
        ),
        ({"x": operand(), "y": operand()}, "$x attr-dict `:` type($x)", "operand '$y' not found"),
        ({"x": operand()}, "$x `:` type($x)", "'attr-dict' directive not found"),
        ({"x": opt_operand()}, "($x `:` type($x))? attr-dict", "optional group has no anchor"),
        (
            {"x": operand()},
            "($x^ `:` type($x))? attr-dict",
            "anchor '$x' of an optional group must be optional",
        ),
        (
            {"a": attr()},
            "(`k` $a^)? attr-dict",
            "anchor '$a' of an optional group must be optional",
        ),
        (
            {"x": operand()},
            "$x attr-dict",
            "type of operand '$x' is not buildable and not inferred",
        ),
        (
            {"x": operand(), "r": result()},
            "$x attr-dict `:` type($x)",
            "type of result '$r' is not buildable and not inferred",
        ),
        ({"x": operand()}, "$x attr-dict `:` kind($x)", "unknown directive 'kind'"),
        ({"x": operand()}, "$x `,` $x attr-dict `:` type($x)", "'$x' appears more than once"),
        (
            {"x": operand()},
            "$x attr-dict `:` type($x) attr-dict",
            "'attr-dict' directive has already been seen",
        ),
        ({"x": operand()}, "$x attr-dict `:` type($x) type($x)", "'type' of 'x' is already bound"),
        (
            {"x": opt_operand()},
            "(`k`^ $x `:` type($x))? attr-dict",
            "only variables and types can be used to anchor an optional group",
        ),
        ({"x": operand()}, "$x `+a` attr-dict `:` type($x)", "expected valid literal but got '+a'"),
        (
            {"x": operand()},
            "$x custom<Nope>($x) attr-dict `:` type($x)",
            "custom directive 'Nope' is not in the op's custom_directives",
        ),
        (
            {"x": operand(), "custom_directives": {"L": INDEX_LIST}},
            "custom<L>(`k`) attr-dict `:` type($x)",
            "custom<L> arguments are '$field's and 'type(...)'s",
        ),
        (
            {"x": operand(), "custom_directives": {"L": INDEX_LIST}},
            "custom<L>($x attr-dict",
            "expected ')'",
        ),
    ],
)
def test_misdeclared_format(fields: dict[str, Any], fmt: str, mistake: str) -> None:
    with pytest.raises(DefinitionError) as info:
        define(fields, fmt)
    message = str(info.value)
    assert message.startswith("op 'fmt.bad': assembly format: ")
    assert mistake in message


def test_same_type_trait_needs_one_side_typed() -> None:
    fields = {"x": operand(), "r": result()}
    with pytest.raises(DefinitionError, match=r"op 'fmt.bad'.*operand '\$x' is not buildable"):
        define(fields, "$x attr-dict", (SameOperandsAndResultType,))
    # With the trait, either side's type directive is enough.
    define(
        {"x": var_operand(), "r": result()},
        "$x attr-dict `:` type($r)",
        (SameOperandsAndResultType,),
    )


# -- located diagnostics for bad custom text -------------------------------------------------
def test_wrong_punctuation() -> None:
    message, line, column = parse_error(f"{C32}\n%1 = fmt.add %0 %0 : i32")
    # MLIR: "expected ','" at 2:16, the end of the previous token; pyir names the token.
    assert "','" in message and "SSA value" in message
    assert (line, column) == (2, 17)


def test_operand_type_differs_from_its_definition() -> None:
    message, line, column = parse_error(f"{C32}\n%1 = fmt.cast %0 : i64 to i64")
    assert message == "use of value '%0' expects different type than prior uses: 'i64' vs 'i32'"
    assert (line, column) == (2, 15)
    # The same through SameOperandsAndResultType: %0 gets the result's type.
    message, line, column = parse_error(f"{C32}\n%1 = fmt.add %0, %0 : i64")
    assert "'i64' vs 'i32'" in message and (line, column) == (2, 14)


def test_missing_operand() -> None:
    message, line, column = parse_error(f"{C32}\n%1 = fmt.add %0, : i32")
    assert message == "expected SSA value, but got ':'"
    assert (line, column) == (2, 18)


def test_operand_and_type_counts_differ() -> None:
    message, line, column = parse_error(f"{C32}\nfmt.yield %0, %0 : i32")
    assert message == "expected 2 operand types but had 1"
    assert (line, column) == (2, 1)


def test_infer_result_types_failure_is_located_at_the_op() -> None:
    message, line, column = parse_error('%c = fmt.const "s"')
    assert message == "'fmt.const' op requires an integer 'value'"
    assert (line, column) == (1, 6)


def test_segment_sizes_are_not_printed_in_the_attr_dict() -> None:
    # MLIR derives them from the printed operand groups.
    text = module("%0 = fmt.const 1 : i32", "fmt.seg(%0) [] : (i32) []")
    ops = round_trip(text)
    assert "operandSegmentSizes" in ops[-1].properties
    assert "operandSegmentSizes" not in print_operation(parse(text))


def test_short_names_are_unknown_outside_their_default_dialect_regions() -> None:
    message, line, col = parse_error("%0 = fmt.const 1 : i32\n%1 = const 2 : i32")
    assert message == "custom op 'const' is unknown" and (line, col) == (2, 6)
    message, line, col = parse_error("%0 = fmt.const 1 : i32\n%1 = nosuch.op 2 : i32")
    assert message == "custom op 'nosuch.op' is unknown" and (line, col) == (2, 6)


def test_optional_group_on_a_defaulted_property_is_not_printed_for_the_default() -> None:
    from pyir.context import Dialect

    pad = type(
        "PadOp",
        (OpView,),
        {
            "name": "mnr.pad",
            "p": prop(default=IntegerAttr(0, IntegerType(32))),
            "assembly_format": "(`pad` $p^)? attr-dict",
        },
    )
    context = Context(use_entry_points=False)
    context.register_dialect(Dialect("mnr", [pad]))
    m = parse_source('"mnr.pad"() : () -> ()', FILE, context)
    assert m is not None
    text = print_operation(m)
    assert "  mnr.pad\n" in text and "pad 0" not in text
    m = parse_source('"mnr.pad"() <{p = 3 : i32}> : () -> ()', FILE, context)
    assert m is not None and "mnr.pad pad 3 : i32" in print_operation(m)
