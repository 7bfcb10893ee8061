"""Tests of pyir.textual.parser.parse_source: the IR it builds, the locations it records,
and the diagnostics it emits for bad input.

Expected canonical texts and error messages were produced by `iree-opt` (upstream MLIR's opt
tool) on the same inputs. Where pyir's message or position differs from MLIR's, the test
asserts only what the two agree on; see the comments marked "MLIR:".
"""

from __future__ import annotations

import pytest
from parser_helpers import FILE, error, first_op, flc, ok, parse, position, top_ops

from pyir.builtin_attributes import StringAttr
from pyir.location import CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, UnknownLoc
from pyir.textual import resources
from pyir.tools.split_input import split_input


# -- values and results --------------------------------------------------------------------
def test_results_are_bound_to_their_uses() -> None:
    module = ok(
        '%0 = "test.a"() : () -> i32\n'
        '%1 = "test.b"(%0, %0) : (i32, i32) -> i64\n'
        '"test.c"(%1) : (i64) -> ()\n'
    )
    a, b, c = top_ops(module)
    assert b.operands == [a.results[0], a.results[0]]
    assert c.operands == [b.results[0]]
    assert a.results[0].num_uses() == 2
    assert str(b.results[0].type) == "i64"
    assert not c.results


def test_result_groups_and_result_numbers() -> None:
    module = ok(
        '%a, %b:2, %c = "test.a"() : () -> (i1, i8, i16, i32)\n'
        '"test.use"(%a, %b#0, %b#1, %c) : (i1, i8, i16, i32) -> ()\n'
        '%d:3 = "test.b"() : () -> (f16, f32, f64)\n'
        '"test.use"(%d#2, %d#0) : (f64, f16) -> ()\n'
    )
    a, use1, d, use2 = top_ops(module)
    assert use1.operands == list(a.results)
    assert use2.operands == [d.results[2], d.results[0]]


def test_a_result_group_name_alone_means_its_first_result() -> None:
    a, use = top_ops(ok('%x:2 = "test.a"() : () -> (i8, i16)\n"test.use"(%x) : (i8) -> ()\n'))
    assert use.operands == [a.results[0]]


def test_multiple_results_without_names_need_matching_counts() -> None:
    assert error('%0 = "test.a"() : () -> (i32, i32)') == (
        "operation defines 2 results but was provided 1 to bind",
        1,
        1,
    )


def test_forward_reference_in_a_graph_region() -> None:
    module = ok(
        '"test.graph"() ({\n'
        '  "test.use"(%later, %pair#1) : (i32, f32) -> ()\n'
        '  %later = "test.def"() : () -> i32\n'
        '  %pair:2 = "test.def2"() : () -> (i8, f32)\n'
        "}) : () -> ()\n"
    )
    graph = top_ops(module)[0]
    use, later, pair = list(graph.regions[0].blocks[0].ops)
    assert use.operands == [later.results[0], pair.results[1]]
    assert later.results[0].num_uses() == 1
    assert list(later.results[0].users()) == [use]


def test_forward_reference_at_the_top_level() -> None:
    use, definition = top_ops(
        ok('"test.use"(%x#1) : (i32) -> ()\n%x:2 = "test.def"() : () -> (i8, i32)\n')
    )
    assert use.operands == [definition.results[1]]


def test_forward_reference_across_blocks() -> None:
    module = ok(
        '"test.cfg"() ({\n'
        "^bb0:\n"
        '  "test.br"(%x)[^bb1] : (i32) -> ()\n'
        "^bb1:\n"
        '  %x = "test.def"() : () -> i32\n'
        '  "test.ret"() : () -> ()\n'
        "}) : () -> ()\n"
    )
    region = top_ops(module)[0].regions[0]
    br = next(region.blocks[0].ops)
    definition = next(region.blocks[1].ops)
    assert br.operands == [definition.results[0]]


def test_outer_values_are_visible_in_nested_regions() -> None:
    outer, holder = top_ops(
        ok(
            '%0 = "test.def"() : () -> i32\n'
            '"test.holder"() ({\n  "test.use"(%0) : (i32) -> ()\n}) : () -> ()\n'
        )
    )
    inner = next(holder.regions[0].blocks[0].ops)
    assert inner.operands == [outer.results[0]]


def test_names_defined_in_a_region_end_with_it() -> None:
    text = (
        '"test.holder"() ({\n'
        '  %v = "test.def"() : () -> i32\n'
        "}) : () -> ()\n"
        '"test.use"(%v) : (i32) -> ()\n'
    )
    assert error(text) == ("use of undeclared SSA value name", 4, 12)


def test_the_same_name_may_be_defined_in_sibling_regions() -> None:
    ok(
        '"test.two"() ({\n'
        '  %v = "test.def"() : () -> i32\n'
        "}, {\n"
        '  %v = "test.def"() : () -> i64\n'
        "}) : () -> ()\n"
    )


def test_an_isolated_op_does_not_see_outer_values() -> None:
    # MLIR parses this and rejects it in the verifier ("'test.use' op using value defined
    # outside the region"); pyir already fails to resolve the name while parsing.
    text = '%0 = "test.a"() : () -> i32\nmodule {\n  "test.use"(%0) : (i32) -> ()\n}\n'
    message, line, column = error(text)
    assert (line, column) == (3, 14)
    assert message == "use of undeclared SSA value name"


# -- blocks and successors -------------------------------------------------------------------
def test_block_arguments_types_and_locations() -> None:
    text = (
        '"test.a"() ({\n'
        '^bb0(%a: i32 loc("x":1:2), %b: f32):\n'
        '  "test.use"(%b, %a) : (f32, i32) -> ()\n'
        "}) : () -> ()\n"
    )
    op = first_op(text)
    block = op.regions[0].blocks[0]
    assert [str(t) for t in block.arg_types] == ["i32", "f32"]
    a, b = block.args
    assert a.location == FileLineColLoc("x", 1, 2)
    # Without `loc(...)`, an argument is located at its name (as in MLIR).
    assert flc(b.location) == position(text, "%b")
    use = next(block.ops)
    assert use.operands == [b, a]


def test_empty_block_argument_list_and_empty_blocks() -> None:
    op = first_op('"test.a"() ({\n^bb0():\n^bb1:\n}) : () -> ()')
    blocks = op.regions[0].blocks
    assert len(blocks) == 2
    assert blocks[0].args == [] and blocks[0].is_empty()
    assert blocks[1].is_empty()


def test_ops_before_the_first_label_form_the_entry_block() -> None:
    text = (
        '"test.a"() ({\n'
        '  "test.br"()[^bb1] : () -> ()\n'
        "^bb1:\n"
        '  "test.ret"() : () -> ()\n'
        "}) : () -> ()\n"
    )
    region = first_op(text).regions[0]
    assert len(region.blocks) == 2
    br = next(region.blocks[0].ops)
    assert br.name == "test.br"
    assert br.successors == [region.blocks[1]]
    assert region.blocks[1].predecessors == [br]


def test_successors_with_forward_and_backward_references() -> None:
    text = (
        '"test.f"() ({\n'
        "^entry:\n"
        '  "test.cond_br"()[^exit, ^loop] : () -> ()\n'
        "^loop(%i: index):\n"
        '  "test.br"()[^loop, ^entry] : () -> ()\n'
        "^exit:\n"
        '  "test.ret"() : () -> ()\n'
        "}) : () -> ()\n"
    )
    entry, loop, exit_ = first_op(text).regions[0].blocks
    cond_br = next(entry.ops)
    br = next(loop.ops)
    assert cond_br.successors == [exit_, loop]
    assert br.successors == [loop, entry]
    assert [str(t) for t in loop.arg_types] == ["index"]


def test_multiple_regions_and_an_empty_region() -> None:
    op = first_op('"test.a"() ({\n  "test.x"() : () -> ()\n}, {\n}) : () -> ()')
    assert len(op.regions) == 2
    assert len(op.regions[0].blocks) == 1
    assert op.regions[1].blocks == []


def test_block_names_are_scoped_to_their_region() -> None:
    ok(
        '"test.a"() ({\n^bb0:\n  "test.br"()[^bb0] : () -> ()\n}, {\n'
        '^bb0(%a: i64):\n  "test.x"() : () -> ()\n}) : () -> ()\n'
    )


# -- properties and attributes ---------------------------------------------------------------
def test_properties_and_attributes_are_kept_apart() -> None:
    op = first_op('"test.a"() <{p = 1 : i32, q}> {a = "s", b = unit} : () -> ()')
    assert sorted(op.properties) == ["p", "q"]
    assert sorted(op.attributes) == ["a", "b"]
    assert str(op.properties["p"]) == "1 : i32"
    assert str(op.properties["q"]) == "unit"
    assert op.attributes["a"] == StringAttr("s")


def test_quoted_attribute_names() -> None:
    op = first_op('"test.a"() {"with space" = 1, "esc\\22" = 2} : () -> ()')
    assert sorted(op.attributes) == ['esc"', "with space"]


def test_op_name_with_escapes_and_no_properties() -> None:
    op = first_op('"test.a\\62c"() : () -> ()')
    assert op.name == "test.abc"
    assert op.properties == {} and op.attributes == {}


# -- builtin types and attributes ----------------------------------------------------------
# Each entry is written as MLIR text; a pair gives the canonical text MLIR prints for it.
CANONICAL = [
    ("1", "1 : i64"),
    ("-7", "-7 : i64"),
    ("0x1F", "31 : i64"),
    "42 : i8",
    "-1 : i64",
    "7 : ui16",
    "-3 : si8",
    ("0x0 : i8", "0 : i8"),
    "-128 : i8",
    "255 : ui8",
    ("255 : i8", "-1 : i8"),
    ("-1 : i1", "true"),
    ("18446744073709551615 : i64", "-1 : i64"),
    "-9223372036854775808 : i64",
    "true",
    "false",
    ("1 : i1", "true"),
    "0 : index",
    ("1.5", "1.500000e+00 : f64"),
    ("-0.5 : f16", "-5.000000e-01 : f16"),
    ("1.0e10", "1.000000e+10 : f64"),
    ("2.5 : bf16", "2.500000e+00 : bf16"),
    ("1.0 : f32", "1.000000e+00 : f32"),
    ("0.1 : f32", "1.000000e-01 : f32"),
    ("3.14159265 : f64", "3.1415926500000002 : f64"),
    ("-0.0", "-0.000000e+00 : f64"),
    ("1.0e-5 : f64", "1.000000e-05 : f64"),
    ("123456.0 : f32", "1.234560e+05 : f32"),
    "0x7FC00000 : f32",
    "0x7F800000 : f32",
    "0xFFC00000 : f32",
    ("0x3C00 : f16", "1.000000e+00 : f16"),
    '"hi"',
    ('"a\\"b\\n\\09\\\\"', '"a\\22b\\0A\\09\\\\"'),
    '"\\FF"',
    '"x" : i32',
    "[]",
    '[1, "a", unit, true]',
    ("[[1], [2.0 : f32]]", "[[1], [2.000000e+00 : f32]]"),
    "[@a, @b::@c]",
    "{}",
    ("{a = 1, b}", "{a = 1 : i64, b}"),
    ('{"quoted key" = 2}', '{"quoted key" = 2 : i64}'),
    "{a = {b = [1]}}",
    "unit",
    "@sym",
    "@a::@b::@c",
    '@"quoted sym"',
    "i32",
    "si8",
    "ui1",
    "i1024",
    "index",
    "f64",
    "f8E4M3FN",
    "tf32",
    "none",
    "complex<f32>",
    "tuple<>",
    "tuple<i32, tuple<f32>>",
    "() -> ()",
    "(i32) -> i64",
    "(i32, f32) -> (i64, i1)",
    "(i32) -> (() -> ())",
    "tensor<f32>",
    "tensor<4x?x8xi32>",
    "tensor<*xf32>",
    "tensor<0x?xf32>",
    'tensor<4xf32, "enc">',
    "tensor<?xcomplex<f32>>",
    "memref<4x4xf32>",
    "memref<*xf32, 1>",
    "memref<4xf32, 3>",
    "memref<4x8xf32, strided<[8, 1], offset: ?>>",
    "memref<4xf32, affine_map<(d0) -> (d0 + 1)>, 2>",
    ("memref<?xi8, affine_map<(d0) -> (d0)>>", "memref<?xi8>"),
    "vector<4xf32>",
    "vector<[4]x4xf32>",
    "vector<2x[8]xi1>",
    "vector<f32>",
    "dense<1> : tensor<4xi32>",
    "dense<[1, 2, 3]> : tensor<3xi32>",
    ("dense<[1, 1]> : tensor<2xi32>", "dense<1> : tensor<2xi32>"),
    ("dense<[[1, 1]]> : tensor<1x2xi32>", "dense<1> : tensor<1x2xi32>"),
    (
        "dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>",
        "dense<[[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>",
    ),
    (
        "dense<[0.5, -2.0]> : tensor<2xf16>",
        "dense<[5.000000e-01, -2.000000e+00]> : tensor<2xf16>",
    ),
    "dense<[true, false]> : tensor<2xi1>",
    ('dense<"0x01020304"> : tensor<4xi8>', "dense<[1, 2, 3, 4]> : tensor<4xi8>"),
    ('dense<"0x0000803F"> : tensor<f32>', "dense<1.000000e+00> : tensor<f32>"),
    ("dense<(1, 2)> : tensor<complex<i32>>", "dense<(1,2)> : tensor<complex<i32>>"),
    (
        "dense<[(1.0, 2.0), (3.0, 4.0)]> : tensor<2xcomplex<f32>>",
        "dense<[(1.000000e+00,2.000000e+00), (3.000000e+00,4.000000e+00)]>"
        " : tensor<2xcomplex<f32>>",
    ),
    "dense<> : tensor<0xi32>",
    'dense<["a", "b"]> : tensor<2x!foo.str>',
    "dense<5> : vector<2x2xi64>",
    "dense<[1, 2]> : tensor<2xindex>",
    "dense_resource<blob1> : tensor<2xi8>",
    "array<i32>",
    "array<i32: 1, 2, -3>",
    "array<i1: true, false>",
    ("array<f32: 1.5, 2.0>", "array<f32: 1.500000e+00, 2.000000e+00>"),
    ("array<f64: -1.0>", "array<f64: -1.000000e+00>"),
    "affine_map<(d0, d1) -> (d0 + d1 * 2, d1 floordiv 4)>",
    "affine_map<()[s0] -> (s0 mod 3, -s0, s0 ceildiv 2)>",
    "affine_map<(d0)[s0] -> (d0 - s0 + 1)>",
    "affine_map<(d0, d1) -> (d1, d0)>",
    "affine_map<() -> ()>",
    ("affine_map<(d0) -> (d0 * 2 + d0)>", "affine_map<(d0) -> (d0 * 3)>"),
    ("affine_map<(d0) -> (2 * d0)>", "affine_map<(d0) -> (d0 * 2)>"),
    ("affine_map<(d0)[s0] -> (s0 * d0)>", "affine_map<(d0)[s0] -> (d0 * s0)>"),
    "affine_map<(d0) -> ((d0 + 1) floordiv 2)>",
    "affine_map<(d0) -> (-(d0 + 1))>",
    ("affine_map<(d0) -> (d0 floordiv 1)>", "affine_map<(d0) -> (d0)>"),
    "affine_map<(d0, d1) -> (d0 * 4 + d1, (d0 + d1) mod 8)>",
    "affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>",
    "affine_set<(d0) : (d0 * 2 - 1 >= 0)>",
    "affine_set<(d0) : (d0 >= 0, -d0 + 9 >= 0)>",
    "strided<[1]>",
    "strided<[?, 1], offset: ?>",
    "strided<[4, -1], offset: 3>",
    "strided<[]>",
    "loc(unknown)",
    'loc("f.mlir":3:4)',
    'loc("name")',
    'loc("name"("f":1:2))',
    'loc(callsite("a" at "b":1:1))',
    'loc(fused["a", "b"])',
    'loc(fused<"meta">["a":1:1])',
    "#foo.bar<1, <2>>",
    '#foo<"opaque">',
    "!foo.baz",
    '!foo.t<"a", [1]>',
]
CANONICAL_PAIRS = [(c, c) if isinstance(c, str) else c for c in CANONICAL]
TYPE_PREFIXES = ("i", "si", "ui", "f", "b", "t", "none", "complex", "(", "memref", "vector", "!")


@pytest.mark.parametrize("source, canonical", CANONICAL_PAIRS)
def test_attribute_values_print_as_in_mlir(source: str, canonical: str) -> None:
    op = first_op(f'"test.op"() {{v = {source}}} : () -> ()')
    assert str(op.attributes["v"]) == canonical


@pytest.mark.parametrize(
    "source, canonical",
    [
        pair
        for pair in CANONICAL_PAIRS
        if pair[0].startswith(TYPE_PREFIXES) and not pair[0].startswith(("true", "false"))
    ],
)
def test_types_in_signatures_print_as_in_mlir(source: str, canonical: str) -> None:
    op = first_op(f'"test.op"() : () -> ({source})')
    assert str(op.results[0].type) == canonical


def test_every_float_type_keyword() -> None:
    names = (
        "f16 bf16 f32 f64 f80 f128 tf32 f8E5M2 f8E4M3 f8E4M3FN f8E5M2FNUZ f8E4M3FNUZ "
        "f8E4M3B11FNUZ f8E3M4 f8E8M0FNU f6E2M3FN f6E3M2FN f4E2M1FN"
    ).split()
    op = first_op(f'"test.op"() : () -> ({", ".join(names)})')
    assert [str(r.type) for r in op.results] == names


@pytest.mark.parametrize(
    "text, check",
    [
        pytest.param('"test.a"() {v = 007} : () -> ()', "7 : i64"),
        pytest.param(
            '"test.a"() {v = dense<07> : tensor<2xi32>} : () -> ()',
            "dense<7> : tensor<2xi32>",
        ),
        pytest.param('"test.a"() {v = array<i32: 07>} : () -> ()', "array<i32: 7>"),
        pytest.param('"test.a"() {v = strided<[01]>} : () -> ()', "strided<[1]>"),
        pytest.param(
            '"test.a"() {v = affine_map<(d0) -> (d0 + 01)>} : () -> ()',
            "affine_map<(d0) -> (d0 + 1)>",
        ),
        ('"test.a"() {v = tensor<07xf32>} : () -> ()', "tensor<7xf32>"),
        ('"test.a"() {v = 00.5} : () -> ()', "5.000000e-01 : f64"),
    ],
)
def test_leading_zeros_are_decimal(text: str, check: str) -> None:
    # iree-opt prints the canonical texts given here.
    assert str(first_op(text).attributes["v"]) == check


@pytest.mark.parametrize(
    "text", ['%1:02 = "test.a"() : () -> (i32, i32)', '"test.a"() : () -> () loc("f":01:2)']
)
def test_leading_zeros_in_result_counts_and_locations(text: str) -> None:
    ok(text)


def test_keywords_are_still_usable_as_names() -> None:
    op = first_op('"test.op"() {tensor = 1, loc = 2, dense = 3, i32 = 4, f32 = 5} : () -> ()')
    assert sorted(op.attributes) == ["dense", "f32", "i32", "loc", "tensor"]


def test_equal_types_are_interned_or_equal() -> None:
    a, b = top_ops(
        ok('%0 = "test.a"() : () -> tensor<4xf32>\n"test.b"(%0) : (tensor<4xf32>) -> ()\n')
    )
    assert a.results[0].type == b.operands[0].type


# -- locations ---------------------------------------------------------------------------------
LOCATED = (
    '"test.a"() : () -> ()\n'
    '  "test.b"() ({\n'
    '    "test.c"() : () -> ()\n'
    "  ^bb1:\n"
    '      "test.d"() : () -> ()\n'
    "  }) : () -> ()\n"
    'module {\n  "test.e"() : () -> ()\n}\n'
)


def test_ops_without_results_are_located_at_their_first_token_as_in_mlir() -> None:
    module = ok(LOCATED)
    by_name = {op.name: op for op in module.walk()}
    for name in ("test.a", "test.b", "test.c", "test.d", "test.e"):
        assert flc(by_name[name].location) == position(LOCATED, f'"{name}"'), name
        assert by_name[name].location.filename == FILE
    nested_module = top_ops(module)[2]
    assert nested_module.name == "builtin.module"
    assert flc(nested_module.location) == position(LOCATED, "module {")


def test_ops_with_results_are_located_at_the_op_name_as_in_mlir() -> None:
    # iree-opt --mlir-print-debuginfo prints loc("in.mlir":2:16) and loc("in.mlir":3:10).
    text = (
        'module {\n    %a, %b:2 = "test.a"() : () -> (i32, i32, i32)\n'
        "    %c = builtin.unrealized_conversion_cast %a : i32 to i64\n}\n"
    )
    inner = top_ops(ok(text))
    assert [op.name for op in inner] == ["test.a", "builtin.unrealized_conversion_cast"]
    assert flc(inner[0].location) == (2, 16)
    assert flc(inner[1].location) == (3, 10)


def test_implicit_module_is_located_at_line_zero_as_in_mlir() -> None:
    module = ok('"test.a"() : () -> ()')
    assert module.location == FileLineColLoc(FILE, 0, 0)


def test_trailing_locations_of_every_kind() -> None:
    text = (
        '"test.a"() : () -> () loc(unknown)\n'
        '"test.b"() : () -> () loc("f.py":10:2)\n'
        '"test.c"() : () -> () loc("name"("g":1:1))\n'
        '"test.d"() : () -> () loc(callsite("callee" at "caller":3:4))\n'
        '"test.e"() : () -> () loc(fused<"meta">["x":1:2, unknown])\n'
        '"test.f"() : () -> () loc("just a name")\n'
    )
    a, b, c, d, e, f = top_ops(ok(text))
    assert isinstance(a.location, UnknownLoc)
    assert b.location == FileLineColLoc("f.py", 10, 2)
    assert isinstance(c.location, NameLoc) and c.location.name == "name"
    assert c.location.child == FileLineColLoc("g", 1, 1)
    assert isinstance(d.location, CallSiteLoc)
    assert d.location.caller == FileLineColLoc("caller", 3, 4)
    assert isinstance(e.location, FusedLoc) and len(e.location.locations) == 2
    assert str(e.location) == 'loc(fused<"meta">["x":1:2, unknown])'
    assert isinstance(f.location, NameLoc) and f.location.child is None


def test_location_aliases_may_be_defined_after_their_uses() -> None:
    text = (
        '"test.a"() : () -> () loc(#loc1)\n'
        '"test.b"() ({\n^bb0(%x: i32 loc(#loc2)):\n}) : () -> ()\n'
        '"test.c"() : () -> () loc(#loc0)\n'
        '#loc0 = loc("zero":1:1)\n'
        '#loc1 = loc("here":5:6)\n'
        '#loc2 = loc("arg")\n'
    )
    a, b, c = top_ops(ok(text))
    assert a.location == FileLineColLoc("here", 5, 6)
    assert str(b.regions[0].blocks[0].args[0].location) == 'loc("arg")'
    assert c.location == FileLineColLoc("zero", 1, 1)


def test_location_alias_defined_before_use() -> None:
    a = first_op('#l = loc("f":2:3)\n"test.a"() : () -> () loc(#l)')
    assert a.location == FileLineColLoc("f", 2, 3)


def test_undefined_location_alias() -> None:
    # MLIR: "operation location alias was never defined" (same position).
    message, line, column = error('"test.a"() : () -> i32 loc(#undefined)')
    assert (line, column) == (1, 28)
    assert "#undefined" in message


def test_location_alias_that_is_not_a_location() -> None:
    # MLIR: "expected location, but found '"notaloc"'" (same position).
    message, line, column = error('#loc = "notaloc"\n"test.a"() : () -> () loc(#loc)')
    assert (line, column) == (2, 27)
    assert message.startswith("expected location")


# -- aliases ---------------------------------------------------------------------------------
def test_attribute_and_type_aliases() -> None:
    text = (
        "#map = affine_map<(d0) -> (d0)>\n"
        "!t = tensor<4xf32>\n"
        "#pair = [#map, 1]\n"
        '%0 = "test.a"() {m = #map, p = #pair, ty = !t} : () -> !t\n'
    )
    a = top_ops(ok(text))[0]
    assert str(a.attributes["m"]) == "affine_map<(d0) -> (d0)>"
    assert str(a.attributes["p"]) == "[affine_map<(d0) -> (d0)>, 1]"
    assert str(a.attributes["ty"]) == "tensor<4xf32>"
    assert str(a.results[0].type) == "tensor<4xf32>"


def test_alias_use_before_definition_is_an_error() -> None:
    # MLIR reports the same message at 1:19 (after the name).
    message, line, _column = error('"test.a"() {v = #a} : () -> ()\n#a = 1')
    assert (message, line) == ("undefined symbol alias id 'a'", 1)


@pytest.mark.parametrize(
    "text, message, line, column",
    [
        ("#a = 1\n#a = 2", "redefinition of attribute alias id 'a'", 2, 1),
        ("!t = i32\n!t = i64", "redefinition of type alias id 't'", 2, 1),
    ],
)
def test_alias_redefinition(text: str, message: str, line: int, column: int) -> None:
    assert error(text) == (message, line, column)


@pytest.mark.parametrize("text", ["#a.b = 1", "!a.b = i32"])
def test_alias_names_may_not_contain_dots(text: str) -> None:
    # MLIR: "attribute names with a '.' are reserved for dialect-defined names" (resp. type).
    message, line, column = error(text)
    assert (line, column) == (1, 1)
    assert "'.'" in message


# -- resources ---------------------------------------------------------------------------------
def test_dialect_resources_are_attached_to_the_module() -> None:
    text = (
        '"test.a"() {r = dense_resource<blob1> : tensor<2xi8>} : () -> ()\n'
        "{-#\n"
        "  dialect_resources: {\n"
        "    builtin: {\n"
        '      blob1: "0x0400000001020304",\n'
        '      "quoted name": "0x04000000ff"\n'
        "    }\n"
        "  }\n"
        "#-}\n"
    )
    module = ok(text)
    table = resources.resources_of(module)
    assert set(table) == {"builtin"}
    assert set(table["builtin"]) == {"blob1", "quoted name"}
    assert table["builtin"]["blob1"] == StringAttr("0x0400000001020304")


def test_external_resources_are_accepted() -> None:
    module = ok(
        "{-# external_resources: { mlir_reproducer: "
        '{ pipeline: "builtin.module(canonicalize)", disable_threading: true } } #-}'
    )
    assert top_ops(module) == []


@pytest.mark.parametrize(
    "text",
    [
        "{-# #-}",
        "{-# dialect_resources: { } #-}",
        "{-# dialect_resources: { builtin: { } } #-}",
    ],
)
def test_empty_metadata_sections(text: str) -> None:
    # All three are accepted by MLIR.
    assert top_ops(ok(text)) == []


def test_modules_without_resources_have_none() -> None:
    assert resources.resources_of(ok('"test.a"() : () -> ()')) == {}


# -- the top-level module ------------------------------------------------------------------------
def test_top_level_ops_are_wrapped_in_an_implicit_module() -> None:
    module = ok('"test.a"() : () -> ()\n"test.b"() : () -> ()\n')
    assert module.name == "builtin.module"
    assert len(module.regions[0].blocks) == 1
    assert [op.name for op in top_ops(module)] == ["test.a", "test.b"]
    assert all(op.parent is module.regions[0].blocks[0] for op in top_ops(module))


@pytest.mark.parametrize("text", ["", "   \n// only a comment\n", "#a = 1\n!t = i32\n"])
def test_texts_without_ops_give_an_empty_module(text: str) -> None:
    module = ok(text)
    assert module.name == "builtin.module"
    assert len(module.regions[0].blocks) == 1
    assert top_ops(module) == []


@pytest.mark.parametrize(
    "text",
    [
        "module {\n}",
        "module @named attributes {test.x = 1} {\n}",
        'builtin.module {\n"test.a"() : () -> ()\n}',
        '"builtin.module"() ({\n^bb0:\n}) : () -> ()',
    ],
)
def test_a_single_explicit_module_is_not_wrapped(text: str) -> None:
    module = ok(text)
    assert module.name == "builtin.module"
    assert module.parent is None
    assert flc(module.location) == (1, 1)
    assert len(module.regions[0].blocks) == 1
    assert all(op.name != "builtin.module" for op in top_ops(module))


def test_module_name_and_attributes() -> None:
    module = ok('module @"my mod" attributes {test.x = 1 : i8} {\n}')
    assert str(module.properties["sym_name"]) == '"my mod"'
    assert str(module.attributes["test.x"]) == "1 : i8"


def test_two_modules_are_wrapped() -> None:
    module = ok("module {\n}\nmodule {\n}\n")
    assert [op.name for op in top_ops(module)] == ["builtin.module", "builtin.module"]


def test_unrealized_conversion_cast_custom_form() -> None:
    module = ok(
        '%0 = "test.a"() : () -> i32\n'
        "%1:2 = builtin.unrealized_conversion_cast %0 : i32 to i64, f32\n"
        "%2 = unrealized_conversion_cast to index {test.tag}\n"
    )
    a, cast, empty = top_ops(module)
    assert cast.name == empty.name == "builtin.unrealized_conversion_cast"
    assert cast.operands == [a.results[0]]
    assert [str(r.type) for r in cast.results] == ["i64", "f32"]
    assert empty.operands == [] and "test.tag" in empty.attributes


# -- split chunks -------------------------------------------------------------------------------
SPLIT_SOURCE = (
    '"test.a"() : () -> ()\n'
    "// -----\n"
    '   "test.b"() : () -> ()\n'
    '  "test.c"(%undefined) : (i32) -> ()\n'
    "// -----  "
    '"test.d"() : () -> ()\n'
)


def test_split_chunks_are_located_in_the_original_file() -> None:
    chunks = split_input(SPLIT_SOURCE)
    assert len(chunks) == 3
    # Chunk 1: an op at the start of its line.
    op = first_op(chunks[0].text)
    assert flc(op.location) == (1, 1)
    # Chunk 3 starts in the middle of the marker's line.
    last = chunks[2]
    module = ok(last.text, line_offset=last.line_offset, column_offset=last.column_offset)
    assert flc(top_ops(module)[0].location) == position(SPLIT_SOURCE, '"test.d"')


def test_split_chunk_errors_match_mlir_positions() -> None:
    # iree-opt --split-input-file --allow-unregistered-dialect reports in.mlir:4:12.
    chunk = split_input(SPLIT_SOURCE)[1]
    result = error(chunk.text, line_offset=chunk.line_offset, column_offset=chunk.column_offset)
    assert result == ("use of undeclared SSA value name", 4, 12)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_offsets_give_the_same_locations_as_padding(index: int) -> None:
    chunk = split_input(SPLIT_SOURCE)[index]
    padded = parse(chunk.padded_text())
    offset = parse(chunk.text, line_offset=chunk.line_offset, column_offset=chunk.column_offset)
    for (m1, d1), (m2, d2) in [(padded, offset)]:
        assert [str(d.location) for d in d1] == [str(d.location) for d in d2]
        assert [d.message for d in d1] == [d.message for d in d2]
        if m1 is not None:
            assert [str(op.location) for op in m1.walk() if op.name != "builtin.module"] == [
                str(op.location) for op in m2.walk() if op.name != "builtin.module"
            ]


def test_column_offset_applies_only_to_the_first_line() -> None:
    module = ok('"test.a"() : () -> ()\n"test.b"() : () -> ()', line_offset=9, column_offset=7)
    a, b = top_ops(module)
    assert flc(a.location) == (10, 8)
    assert flc(b.location) == (11, 1)
