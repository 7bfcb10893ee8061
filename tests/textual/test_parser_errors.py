"""Tests of the diagnostics pyir.textual.parser.parse_source emits for bad input, and of
its robustness on truncated and mutated text (never an exception, exactly one error).

Expected messages were produced by `iree-opt` on the same inputs; where pyir's message or
position differs from MLIR's, the test asserts only what the two agree on ("MLIR:" notes).
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from parser_helpers import FILE, error, first_op, make_context, ok, only_diag, top_ops

from pyir.core import Block
from pyir.diagnostics import Diagnostic, Severity
from pyir.textual.lalr import K_EOF, K_ERROR, Lexer
from pyir.textual.parser import parse_source

# -- diagnostics ----------------------------------------------------------------------------------
# (text, message, line, column): pyir and MLIR (iree-opt) agree on all three.
SAME_AS_MLIR = [
    ('"test.a"(%x) : (i32) -> ()', "use of undeclared SSA value name", 1, 10),
    (
        '%0 = "test.a"() : () -> i32\n%0 = "test.a"() : () -> i32',
        "redefinition of SSA value '%0'",
        2,
        1,
    ),
    (
        '%0 = "test.a"() : () -> i32\n"test.b"(%0) : (i64) -> ()',
        "use of value '%0' expects different type than prior uses: 'i64' vs 'i32'",
        2,
        10,
    ),
    (
        '"test.g"() ({\n  "test.use"(%v) : (i32) -> ()\n  "test.use"(%v) : (i64) -> ()\n'
        '  %v = "test.def"() : () -> i64\n}) : () -> ()',
        "use of value '%v' expects different type than prior uses: 'i64' vs 'i32'",
        3,
        14,
    ),
    (
        '"test.a"() ({\n  "test.br"()[^bb9] : () -> ()\n}) : () -> ()',
        "reference to an undefined block",
        2,
        15,
    ),
    (
        '"test.a"() ({\n^bb0:\n  "test.x"() : () -> ()\n^bb0:\n  "test.x"() : () -> ()\n'
        "}) : () -> ()",
        "redefinition of block '^bb0'",
        4,
        1,
    ),
    (
        '"test.a"() ({\n^bb0(%x: i32, %x: i32):\n  "test.b"() : () -> ()\n}) : () -> ()',
        "redefinition of SSA value '%x'",
        2,
        15,
    ),
    ('"test.a"() {s = "a\\qb"} : () -> ()', "unknown escape in string literal", 1, 19),
    ('"test.a"() {v = "\\xyz"} : () -> ()', "unknown escape in string literal", 1, 18),
    ('"test.a"() {v = 256 : i8} : () -> ()', "integer constant out of range for attribute", 1, 17),
    ('"test.a"() {v = 2 : i1} : () -> ()', "integer constant out of range for attribute", 1, 17),
    (
        '"test.a"() {v = 0x10000 : i16} : () -> ()',
        "integer constant out of range for attribute",
        1,
        17,
    ),
    (
        '"test.a"() {v = 99999999999999999999999} : () -> ()',
        "integer constant out of range for attribute",
        1,
        17,
    ),
    (
        '"test.a"() {v = dense<[1, 2, 3]> : tensor<2xi32>} : () -> ()',
        "inferred shape of elements literal ([3]) does not match type ([2])",
        1,
        17,
    ),
    (
        '"test.a"() {v = dense<[[1], [2]]> : tensor<2xi32>} : () -> ()',
        "inferred shape of elements literal ([2, 1]) does not match type ([2])",
        1,
        17,
    ),
    (
        '"test.a"() {v = 1 : f32} : () -> ()',
        "unexpected decimal integer literal for a floating point value",
        1,
        17,
    ),
    (
        '"test.a"() {v = vector<0xf32>} : () -> ()',
        "vector types must have positive constant sizes but got 0",
        1,
        17,
    ),
    (
        '%0:2 = "test.a"() : () -> i32',
        "operation defines 1 results but was provided 2 to bind",
        1,
        1,
    ),
    ('"test.a"() {a = 1, a = 2} : () -> ()', "duplicate key 'a' in dictionary attribute", 1, 20),
    ('"" () : () -> ()', "empty operation name is invalid", 1, 1),
    ('"test.a"() {"" = 1} : () -> ()', "expected valid attribute name", 1, 13),
    ("#a = 1\n#a = 2", "redefinition of attribute alias id 'a'", 2, 1),
    (
        '#loc = loc("a":1:2)\n"test.a"() : () -> () loc(#loc)\n#loc = loc("b":1:2)',
        "redefinition of attribute alias id 'loc'",
        3,
        1,
    ),
    (
        '"test.g"() ({\n  "test.use"(%v) : (i32) -> ()\n  %v = "test.def"() : () -> i64\n'
        "}) : () -> ()",
        "definition of SSA value '%v#0' has type 'i64'",
        3,
        3,
    ),
    (
        '"test.a"() {v = dense<"0x0102"> : tensor<3xi8>} : () -> ()',
        "elements hex data size is invalid for provided type: ",
        1,
        17,
    ),
]


@pytest.mark.parametrize("text, message, line, column", SAME_AS_MLIR)
def test_diagnostics_match_mlir(text: str, message: str, line: int, column: int) -> None:
    got_message, got_line, got_column = error(text)
    if message.endswith(": "):
        # MLIR quotes the type ('tensor<3xi8>'); pyir does not. Compare the common prefix.
        assert got_message.startswith(message)
    else:
        assert got_message == message
    assert (got_line, got_column) == (line, column)


def test_type_mismatch_with_a_forward_reference_has_a_note_at_the_use() -> None:
    diag = only_diag(
        '"test.g"() ({\n  "test.use"(%v) : (i32) -> ()\n  %v = "test.def"() : () -> i64\n'
        "}) : () -> ()"
    )
    assert len(diag.notes) == 1
    note = diag.notes[0]
    assert note.severity == Severity.NOTE
    assert note.message == "previously used here with type 'i32'"
    assert note.location.file_line_col() == (FILE, 2, 14)


def test_unregistered_op_in_a_registered_dialect() -> None:
    assert error('"builtin.nope"() : () -> ()', allow_unregistered=False) == (
        "unregistered operation 'builtin.nope' found in dialect ('builtin') that does not "
        "allow unknown operations",
        1,
        1,
    )


def test_unknown_dialect_without_allow_unregistered() -> None:
    # MLIR reports the same message at 1:13 (the `(` after the name); pyir at the op.
    message, line, _column = error('"nodialect.op"() : () -> ()', allow_unregistered=False)
    assert message == (
        "operation being parsed with an unregistered dialect. If this is intended, please "
        "use -allow-unregistered-dialect with the MLIR tool used"
    )
    assert line == 1


@pytest.mark.parametrize("text", ["!nodialect.t", "#nodialect.a"])
def test_unknown_dialect_type_or_attribute_without_allow_unregistered(text: str) -> None:
    # MLIR: "#"nodialect"<"a"> : 'none' attribute created with unregistered dialect. ..."
    message, line, column = error(
        f"module attributes {{test.v = {text}}} {{\n}}", allow_unregistered=False
    )
    assert (line, column) == (1, 29)
    assert "nodialect" in message and "unregistered" in message


def test_unknown_dialect_accepted_with_allow_unregistered() -> None:
    op = first_op('"nodialect.op"() {v = #nodialect.a<x>, t = !nodialect.t} : () -> ()')
    assert op.name == "nodialect.op"
    assert str(op.attributes["v"]) == "#nodialect.a<x>"


# (text, line, column, a word the message must contain). pyir's message differs from MLIR's
# (quoted after "MLIR:"), or its position does; only the agreed part is asserted.
DIFFERENT_FROM_MLIR = [
    # MLIR: 1:33 "expected '"' in string literal" (at the end of the line).
    ('"test.a"() {s = "abc} : () -> ()', 1, None, "string literal"),
    # MLIR: 1:14 "expected 0 operand types but had 1".
    ('"test.a"() : (i32) -> ()', 1, None, "operand types"),
    # MLIR: 1:18 (at the digits).
    ('"test.a"() {v = -1 : ui8} : () -> ()', 1, None, "unsigned"),
    # MLIR: 1:26 (at the type).
    ('"test.a"() {v = 1.5 : i32} : () -> ()', 1, None, "floating point value not valid"),
    # MLIR: 1:23 (after the name).
    ('"test.a"() {v = #alias} : () -> ()', 1, 17, "undefined symbol alias id 'alias'"),
    ('"test.a"() {v = !alias} : () -> ()', 1, 17, "undefined symbol alias id 'alias'"),
    # MLIR: "unexpected character".
    ('"test.a"() : () -> () $', 1, 23, "unexpected character"),
    # MLIR: "use of undeclared identifier".
    ('"test.a"() {v = affine_map<(d0) -> (d1)>} : () -> ()', 1, 37, "undeclared identifier"),
    # MLIR: 1:35.
    (
        '"test.a"() {v = dense<[[1, 2], [3]]> : tensor<2x2xi32>} : () -> ()',
        1,
        None,
        "ranks are not consistent",
    ),
    # MLIR: 1:31 "integer constant out of range".
    ('"test.a"() {v = array<i8: 1000>} : () -> ()', 1, None, "out of range"),
    # MLIR: 1:35 "multiple memory spaces specified in memref type".
    ('"test.a"() {v = memref<4xf32, 3, 4, 5>} : () -> ()', 1, None, None),
    # MLIR: "reference to invalid result number".
    (
        '%0 = "test.a"() : () -> i32\n"test.b"(%0#1) : (i32) -> ()',
        2,
        10,
        "reference to invalid result number",
    ),
    # MLIR: 1:3 "expected '=' after SSA name".
    ('%x#1 = "test.a"() : () -> (i32)', 1, None, None),
    # MLIR: "integer bitwidth is limited to 16777215 bits".
    ('"test.a"() {v = i16777216} : () -> ()', 1, 17, "integer bitwidth is limited"),
    # MLIR: 1:33 "invalid tensor element type".
    ('"test.a"() {v = tensor<4xnone>} : () -> ()', 1, None, "invalid tensor element type"),
    # MLIR: 1:25 "invalid element type for complex".
    ('"test.a"() {v = complex<index>} : () -> ()', 1, None, "invalid element type for complex"),
    # MLIR: "elements literal must be a shaped type".
    ('"test.a"() {a = dense<[1, 2]> : i32} : () -> ()', 1, 17, None),
    # MLIR: 1:40 "redefinition of identifier 'd0'".
    ('"test.a"() {v = affine_map<(d0, d0) -> (d0)>} : () -> ()', 1, None, "redefinition"),
    # MLIR: 1:25 "unbalanced '<' character in pretty dialect name".
    ('"test.a"() {v = !foo.bar<} : () -> ()', 1, None, "unbalanced '<'"),
    # MLIR: 1:28 "expected integer literal".
    ('"test.a"() {v = array<i32: 1.5>} : () -> ()', 1, None, "integer"),
    # MLIR: 1:23 "integer constant out of range for type".
    ('"test.a"() {v = dense<300> : tensor<2xi8>} : () -> ()', 1, None, "out of range"),
    # MLIR: 1:23 "expected string containing hex digits starting with `0x`".
    ('"test.a"() {v = dense<"abc"> : tensor<2xi8>} : () -> ()', 1, None, "hex"),
    # MLIR: 1:24 "expected non-function type".
    ('"test.a"() {v = vector<?xf32>} : () -> ()', 1, None, "vector"),
    # MLIR: 1:26 "expected non-function type".
    ('"test.a"() {v = tensor<4x[4]xf32>} : () -> ()', 1, None, "scalable"),
    # MLIR: 1:18 "@ identifier expected to start with letter or '_'".
    ('"test.a"() {v = @} : () -> ()', 1, None, "'@'"),
    # MLIR: 1:20 "unknown escape in string literal".
    ('"test.a"() {v = @"a\\qb"} : () -> ()', 1, None, "unknown escape"),
]


@pytest.mark.parametrize("text, line, column, word", DIFFERENT_FROM_MLIR)
def test_diagnostics_that_differ_from_mlir(
    text: str, line: int, column: int | None, word: str | None
) -> None:
    message, got_line, got_column = error(text)
    assert got_line == line
    if column is not None:
        assert got_column == column
    if word is not None:
        assert word in message
    assert message and "Traceback" not in message


# Syntax errors: pyir's LALR driver reports the unexpected token; MLIR reports a hand-written
# expectation at the end of the previous token (its column is one less here).
SYNTAX_ERRORS = [
    # MLIR: 1:9 "expected ')' to end operand list".
    ('"test.a"(', "expected one of ')', SSA value, but got end of file", 1, 10),
    # MLIR: 1:22 "expected ',' or ']'".
    ('"test.a"() {a = [1, 2} : () -> ()', "expected one of ',', ']', but got '}'", 1, 22),
    # MLIR: 1:29 "expected '>' in tensor type".
    ('"test.a"() {a = tensor<4xf32} : () -> ()', "expected one of ',', '>', but got '}'", 1, 29),
    # MLIR: 1:16 "expected attribute value".
    ('"test.a"() {a = } : () -> ()', "unexpected '}'", 1, 17),
    # MLIR: 1:22 "expected operation name in quotes".
    ('"test.a"() : () -> () }', "unexpected '}'", 1, 23),
    # MLIR: 1:18 "expected ')'".
    ('"test.a"() : (i32 -> ()', "expected one of ')', ',', but got '->'", 1, 19),
    # MLIR: 1:18 "expected non-function type".
    ('"test.a"() : () ->', "unexpected end of file", 1, 19),
]


@pytest.mark.parametrize("text, message, line, column", SYNTAX_ERRORS)
def test_syntax_errors(text: str, message: str, line: int, column: int) -> None:
    assert error(text) == (message, line, column)


def test_diagnostics_go_to_a_pushed_handler_instead_of_being_collected() -> None:
    context = make_context()
    seen: list[Diagnostic] = []
    context.diagnostics.push_handler(seen.append)
    assert parse_source('"test.a"(%x) : (i32) -> ()', FILE, context) is None
    assert [d.message for d in seen] == ["use of undeclared SSA value name"]
    assert context.diagnostics.collected == []
    assert context.diagnostics.error_count == 1


def test_error_locations_use_the_given_file_name() -> None:
    _message, line, column = error('"test.a"(%x) : (i32) -> ()', filename="other.mlir")
    assert (line, column) == (1, 10)


# -- robustness: truncated and mutated inputs ---------------------------------------------------
ROBUST_SOURCE = """\
#map = affine_map<(d0)[s0] -> (d0 + s0)>
!t = tensor<4x?xf32>
module @m attributes {test.flag} {
  %0, %1:2 = "test.a"() <{p = [1, 2.5 : f32]}> {m = #map} : () -> (i32, f32, !t) loc("x":1:2)
  "test.b"(%0, %1#0) ({
  ^bb0(%arg: memref<4xf32, strided<[1], offset: ?>> loc(#l0)):
    "test.br"(%arg)[^bb1] : (memref<4xf32, strided<[1], offset: ?>>) -> ()
  ^bb1(%y: vector<[4]xi1>):
    %c = builtin.unrealized_conversion_cast %y : vector<[4]xi1> to i64
  }, {
  }) {d = dense<[[1, 2]]> : tensor<1x2xi8>, s = "a\\n", a = array<i32: 1, -2>} : (i32, f32) -> ()
  "test.c"() {r = dense_resource<b1> : tensor<1xi8>, sym = @a::@b, l = loc(fused["f"])} : () -> ()
}
#l0 = loc(callsite("a" at "b":1:3))
{-# dialect_resources: { builtin: { b1: "0x0400000001" } } #-}
"""


def token_ends(text: str) -> list[tuple[int, int]]:
    """(end offset, bracket depth after the token) of every token of `text`."""
    lexer = Lexer(text)
    depth = 0
    out = []
    while True:
        kind = lexer.next()
        if kind == K_EOF:
            return out
        assert kind != K_ERROR, lexer.error
        spelling = text[lexer.tok_start : lexer.tok_end]
        if spelling in ("(", "{", "[", "<", "{-#"):
            depth += 1
        elif spelling in (")", "}", "]", ">", "#-}"):
            depth -= 1
        out.append((lexer.tok_end, depth))


def check_outcome(text: str) -> Any:
    """Parse `text`: no exception, and either a module or exactly one located error."""
    context = make_context()
    module = parse_source(text, FILE, context)
    diags = context.diagnostics.collected
    if module is not None:
        assert diags == [], [d.message for d in diags]
        return module
    assert len(diags) == 1, [d.message for d in diags]
    assert diags[0].severity == Severity.ERROR
    # The parser turns unexpected exceptions into "internal error" diagnostics: a defect.
    assert not diags[0].message.startswith("internal error"), (text, diags[0].message)
    flc_ = diags[0].location.file_line_col()
    assert flc_ is not None
    assert 1 <= flc_[1] <= text.count("\n") + 1
    assert flc_[2] >= 1
    return None


def test_the_robustness_source_parses() -> None:
    module = ok(ROBUST_SOURCE)
    inner = top_ops(module)
    assert [op.name for op in inner] == ["test.a", "test.b", "test.c"]


def test_truncation_at_every_token_boundary_gives_one_error() -> None:
    ends = token_ends(ROBUST_SOURCE)
    assert len(ends) > 200
    unbalanced_failures = 0
    for end, depth in ends[:-1]:
        module = check_outcome(ROBUST_SOURCE[:end])
        if depth > 0:
            assert module is None, f"accepted a prefix with open brackets: {end}"
            unbalanced_failures += 1
    assert unbalanced_failures > 150


def test_truncation_at_every_character_never_raises() -> None:
    for end in range(len(ROBUST_SOURCE)):
        check_outcome(ROBUST_SOURCE[:end])


def test_random_mutations_never_raise() -> None:
    rng = random.Random(1234)
    alphabet = '%^@#!"(){}[]<>,:=-*?+x0123456789abcdefi.\\ \n'
    source = ROBUST_SOURCE
    for _ in range(400):
        chars = list(source)
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(len(chars))
            action = rng.random()
            if action < 0.4:
                del chars[pos]
            elif action < 0.8:
                chars.insert(pos, rng.choice(alphabet))
            else:
                chars[pos] = rng.choice(alphabet)
        check_outcome("".join(chars))


def test_deeply_nested_regions_parse_without_recursion() -> None:
    depth = 3000
    text = '"test.r"() ({\n' * depth + "}) : () -> ()\n" * depth
    module = ok(text)
    op = top_ops(module)[0]
    levels = 1
    while op.regions[0].blocks:
        op = next(op.regions[0].blocks[0].ops)
        levels += 1
    assert levels == depth


def test_blocks_build_ir_objects() -> None:
    # parse_source returns real IR: blocks know their parent op.
    op = first_op('"test.a"() ({\n^bb0:\n  "test.x"() : () -> ()\n}) : () -> ()')
    block = op.regions[0].blocks[0]
    assert isinstance(block, Block)
    assert block.parent_op() is op
