"""Dialect attributes and types defined with parameters (pyir.dialect_attrs): parsing in
full form (`#defs.kind<add>`) and stripped inside op formats (`<add>`), printing, errors."""

from __future__ import annotations

import pytest
from defsdialect import DIALECT, BoxAttr, CombineOp, FlagsAttr, KindAttr, PairType

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IntegerType, RankedTensorType
from pyir.context import Context
from pyir.core import Operation
from pyir.textual.parser import parse_source
from pyir.textual.printer import PrintOptions, print_operation

I8, I32 = IntegerType(8), IntegerType(32)


def make_context() -> Context:
    context = Context()
    context.register_dialect(DIALECT)
    return context


def parse(text: str) -> Operation:
    context = make_context()
    module = parse_source(text, "in.mlir", context)
    assert not context.diagnostics.collected, [d.message for d in context.diagnostics.collected]
    assert module is not None
    return module


def attrs_of(text: str) -> dict:
    return dict(parse(f"module attributes {{{text}}} {{}}\n").attributes)


def error_of(text: str) -> tuple[str, int, int]:
    context = make_context()
    assert parse_source(text, "in.mlir", context) is None
    (diag,) = context.diagnostics.collected
    assert not diag.message.startswith("internal error"), diag.message
    where = diag.location.file_line_col()
    return diag.message, where[1], where[2]


def test_full_forms_parse_into_definition_instances() -> None:
    a = attrs_of(
        "k = #defs.kind<mul>, f = #defs.flags<b, a>, t = !defs.pair<i32, tensor<2xi8>>, "
        'b = #defs.box<"x" size 3 of i8 with [1, -2] tag 7 : i32>'
    )
    assert a["k"] is KindAttr("mul")
    assert a["f"] == FlagsAttr(["a", "b"])
    assert a["t"] == PairType(I32, RankedTensorType((2,), I8))
    assert a["b"] == BoxAttr("x", 3, I8, (1, -2), IntegerAttr(7, I32))


def test_printing_uses_the_format_and_flag_groups() -> None:
    assert str(KindAttr("add")) == "#defs.kind<add>"
    assert str(FlagsAttr(["c", "a", "b", "d"])) == "#defs.flags<fast,d>"
    assert str(FlagsAttr([])) == "#defs.flags<none>"
    assert str(PairType(I32, I8)) == "!defs.pair<i32, i8>"
    box = BoxAttr("x", 3, I8, (1, 2), IntegerAttr(7, I32))
    assert str(box) == '#defs.box<"x" size 3 of i8 with [1, 2] tag 7 : i32>'


def test_round_trip_of_op_with_stripped_fields() -> None:
    text = (
        "func.func @f(%arg0: i32) -> i32 {\n"
        "  %0 = defs.combine <add> %arg0, %arg0 : i32\n"
        "  %1 = defs.combine <max> %arg0, %0 flags<a,b> {x} : i32\n"
        "  return %1 : i32\n"
        "}\n"
    )
    module = parse(text)
    printed = print_operation(module)
    assert "defs.combine <add> %arg0, %arg0 : i32\n" in printed
    assert "defs.combine <max> %arg0, %0 flags<a,b> {x} : i32\n" in printed
    generic = print_operation(module, PrintOptions(generic=True))
    # The default of `flags` is stored in the op, so the generic form shows it.
    assert "<{flags = #defs.flags<none>, kind = #defs.kind<add>}>" in generic
    assert print_operation(parse(generic)) == printed


def test_default_properties_are_stored_on_new_ops() -> None:
    op = CombineOp.create(result_types=[I32], properties={"kind": KindAttr("add")})
    assert op.properties["flags"] == FlagsAttr([])
    assert CombineOp.property_defaults == {"flags": FlagsAttr([])}


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("#defs.kind<sub>", "invalid defs.kind: expected one of 'add', 'mul', 'max'", 34),
        ("#defs.kind<add, mul>", "expected '>', but got ','", 38),
        ("#defs.kind", "expected '<' after '#defs.kind'", 34),
        ("#defs.marker<1>", "'#defs.marker' takes no parameters", 36),
        ("#defs.flags<a, e>", "invalid defs.flags: expected flags among", 35),
        ('#defs.box<"x" size 0 of i8 with [] tag 1>', "invalid defs.box: size must be", 33),
        (
            '#defs.box<"x" size 1.5 of i8 with [] tag 1>',
            "expected an integer for parameter 'size'",
            33,
        ),
        ("#defs.kind<add> : i32", "unexpected type after 'defs.kind'", 24),
    ],
)
def test_bad_bodies_are_located_diagnostics(text: str, message: str, column: int) -> None:
    got, line, col = error_of(f"module attributes {{x = {text}}} {{}}\n")
    assert got.startswith(message), got
    assert (line, col) == (1, column)


def test_stripped_field_errors_point_into_the_op() -> None:
    got, line, col = error_of(
        "func.func @f(%a: i32) {\n  %0 = defs.combine <sub> %a, %a : i32\n  return\n}\n"
    )
    assert got.startswith("invalid defs.kind: expected one of"), got
    assert (line, col) == (2, 21)
