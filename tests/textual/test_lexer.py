"""Tests of the lexer in pyir.textual.lalr: token kinds and bounds, trivia, literals,
dialect symbol bodies, the dimension-list entry point, and errors as K_ERROR tokens."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from typing import Any

import pytest

from pyir.textual import lalr as lx
from pyir.textual.lalr import Lexer

KIND_NAMES = {getattr(lx, name): name for name in dir(lx) if name.startswith("K_")}


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind name, spelling) of every token up to and excluding EOF; stops at an error."""
    lexer = Lexer(text)
    out: list[tuple[str, str]] = []
    while True:
        kind = lexer.next()
        if kind == lx.K_EOF:
            return out
        out.append((KIND_NAMES[kind], text[lexer.tok_start : lexer.tok_end]))
        if kind == lx.K_ERROR:
            return out


def kinds(text: str) -> list[str]:
    return [kind for kind, _ in tokens(text)]


def first_error(text: str) -> tuple[str, int, int]:
    """(message, tok_start, tok_end) of the first K_ERROR token in `text`."""
    lexer = Lexer(text)
    while True:
        kind = lexer.next()
        assert kind != lx.K_EOF, f"no lexer error in {text!r}"
        if kind == lx.K_ERROR:
            return lexer.error, lexer.tok_start, lexer.tok_end


# -- kinds and bounds ------------------------------------------------------------------------
def test_kind_codes_are_distinct_and_named() -> None:
    codes = [getattr(lx, name) for name in dir(lx) if name.startswith("K_")]
    assert len(codes) == len(set(codes))
    # Every kind but the error has a grammar terminal name.
    assert set(lx.TERMINAL_NAMES) == set(codes) - {lx.K_ERROR}


def test_a_generic_operation_lexes_to_the_expected_kinds_and_spellings() -> None:
    text = '%0:2 = "test.op"(%a, %b#1) [^bb1] <{p = 1}> {x = @sym} : (i32) -> f32'
    assert tokens(text) == [
        ("K_SSA_ID", "%0"),
        ("K_COLON", ":"),
        ("K_INTEGER", "2"),
        ("K_EQUAL", "="),
        ("K_STRING", '"test.op"'),
        ("K_LPAREN", "("),
        ("K_SSA_ID", "%a"),
        ("K_COMMA", ","),
        ("K_SSA_ID", "%b#1"),
        ("K_RPAREN", ")"),
        ("K_LSQB", "["),
        ("K_CARET_ID", "^bb1"),
        ("K_RSQB", "]"),
        ("K_LESSTHAN", "<"),
        ("K_LBRACE", "{"),
        ("K_BARE_ID", "p"),
        ("K_EQUAL", "="),
        ("K_INTEGER", "1"),
        ("K_RBRACE", "}"),
        ("K_MORETHAN", ">"),
        ("K_LBRACE", "{"),
        ("K_BARE_ID", "x"),
        ("K_EQUAL", "="),
        ("K_AT_ID", "@sym"),
        ("K_RBRACE", "}"),
        ("K_COLON", ":"),
        ("K_LPAREN", "("),
        ("K_BARE_ID", "i32"),
        ("K_RPAREN", ")"),
        ("K_ARROW", "->"),
        ("K_BARE_ID", "f32"),
    ]


def test_token_bounds_are_offsets_into_the_text() -> None:
    text = '  \n\t%value_1 =   "x.y"'
    lexer = Lexer(text)
    assert lexer.next() == lx.K_SSA_ID
    assert (lexer.tok_start, lexer.tok_end) == (4, 12)
    assert lexer.pos == 12
    assert lexer.next() == lx.K_EQUAL
    assert (lexer.tok_start, lexer.tok_end) == (13, 14)
    assert lexer.next() == lx.K_STRING
    assert (lexer.tok_start, lexer.tok_end) == (17, 22)
    assert lexer.next() == lx.K_EOF
    assert lexer.tok_start == lexer.tok_end == len(text)
    # EOF is sticky.
    assert lexer.next() == lx.K_EOF


def test_lexing_can_start_at_an_offset() -> None:
    lexer = Lexer("%a %b", 3)
    assert lexer.next() == lx.K_SSA_ID
    assert (lexer.tok_start, lexer.tok_end) == (3, 5)


def test_empty_and_blank_texts_give_eof() -> None:
    for text in ("", "   \n\r\n\t", "// only a comment", "// c1\n  // c2\n"):
        lexer = Lexer(text)
        assert lexer.next() == lx.K_EOF
        assert lexer.tok_start == len(text)


def test_comments_run_to_the_end_of_the_line() -> None:
    text = "a // b c %d\n e// f\n//g"
    assert tokens(text) == [("K_BARE_ID", "a"), ("K_BARE_ID", "e")]
    # A single slash is not a comment.
    assert first_error("a / b")[0] == "unexpected character '/'"


def test_skip_trivia_returns_the_next_position() -> None:
    lexer = Lexer("  // x\n  y")
    assert lexer.skip_trivia() == 9
    assert lexer.pos == 9


# -- identifiers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind",
    [
        ("foo", "K_BARE_ID"),
        ("_x.y$z9", "K_BARE_ID"),
        ("builtin.module", "K_BARE_ID"),
        ("%0", "K_SSA_ID"),
        ("%arg-1.x$", "K_SSA_ID"),
        ("%x#12", "K_SSA_ID"),
        ("^bb0", "K_CARET_ID"),
        ("^bb-1.a", "K_CARET_ID"),
        ("@sym", "K_AT_ID"),
        ("@0", "K_AT_ID"),
        ("#map1", "K_HASH_ID"),
        ("#foo.bar", "K_HASH_ID"),
        ("!t", "K_EXCL_ID"),
        ("!foo.bar", "K_EXCL_ID"),
    ],
)
def test_identifier_kinds(text: str, kind: str) -> None:
    assert tokens(text) == [(kind, text)]


def test_result_number_suffix_belongs_only_to_ssa_names() -> None:
    assert tokens("%x#1") == [("K_SSA_ID", "%x#1")]
    # `#` without digits is not part of the value name.
    assert tokens("%x #1") == [("K_SSA_ID", "%x"), ("K_HASH_ID", "#1")]
    assert tokens("^bb#1")[0] == ("K_CARET_ID", "^bb")


def test_quoted_symbol_names_are_one_token() -> None:
    assert tokens('@"quoted name" @x') == [("K_AT_ID", '@"quoted name"'), ("K_AT_ID", "@x")]
    assert tokens(r'@"with \"escape\""') == [("K_AT_ID", r'@"with \"escape\""')]


def test_dialect_symbol_bodies_are_kept_whole() -> None:
    assert tokens("!foo.bar<a<b>> x") == [
        ("K_EXCL_ID", "!foo.bar<a<b>>"),
        ("K_BARE_ID", "x"),
    ]
    assert tokens('#foo.a<[1, (2)], {k = "x>"}>,') == [
        ("K_HASH_ID", '#foo.a<[1, (2)], {k = "x>"}>'),
        ("K_COMMA", ","),
    ]
    # The arrow of a function type inside a body does not close it.
    assert tokens("!foo<(i32) -> i64>") == [("K_EXCL_ID", "!foo<(i32) -> i64>")]
    # Without `<` right after the name there is no body.
    assert tokens("!foo.bar <a>") == [
        ("K_EXCL_ID", "!foo.bar"),
        ("K_LESSTHAN", "<"),
        ("K_BARE_ID", "a"),
        ("K_MORETHAN", ">"),
    ]


def test_bare_identifiers_are_never_keywords_in_the_lexer() -> None:
    # Whether `tensor` or `loc` is a keyword is decided by the parser's state.
    assert kinds("tensor loc dense i32 true") == ["K_BARE_ID"] * 5


# -- punctuation ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind",
    [
        ("(", "K_LPAREN"),
        (")", "K_RPAREN"),
        ("{", "K_LBRACE"),
        ("}", "K_RBRACE"),
        ("[", "K_LSQB"),
        ("]", "K_RSQB"),
        ("<", "K_LESSTHAN"),
        (">", "K_MORETHAN"),
        (",", "K_COMMA"),
        ("=", "K_EQUAL"),
        (":", "K_COLON"),
        ("::", "K_COLONCOLON"),
        ("->", "K_ARROW"),
        ("*", "K_STAR"),
        ("+", "K_PLUS"),
        ("-", "K_MINUS"),
        ("?", "K_QMARK"),
        (">=", "K_GREATEREQ"),
        ("==", "K_EQEQ"),
        ("{-#", "K_METADATA_BEGIN"),
        ("#-}", "K_METADATA_END"),
    ],
)
def test_punctuation(text: str, kind: str) -> None:
    assert tokens(text) == [(kind, text)]


def test_longest_punctuation_wins() -> None:
    assert kinds(":::") == ["K_COLONCOLON", "K_COLON"]
    assert kinds("===") == ["K_EQEQ", "K_EQUAL"]
    assert kinds(">==") == ["K_GREATEREQ", "K_EQUAL"]
    assert kinds("-->") == ["K_MINUS", "K_ARROW"]
    assert kinds("> =") == ["K_MORETHAN", "K_EQUAL"]
    assert kinds("{-") == ["K_LBRACE", "K_MINUS"]
    assert kinds("{ -#") == ["K_LBRACE", "K_MINUS", "K_ERROR"]


def test_metadata_section_delimiters() -> None:
    text = '{-# dialect_resources: { builtin: { b: "0x01" } } #-}'
    got = kinds(text)
    assert got[0] == "K_METADATA_BEGIN"
    assert got[-1] == "K_METADATA_END"
    assert got.count("K_LBRACE") == 2


# -- numbers -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("42", [("K_INTEGER", "42")]),
        ("007", [("K_INTEGER", "007")]),
        ("0x1F", [("K_INTEGER", "0x1F")]),
        ("0xdeadBEEF", [("K_INTEGER", "0xdeadBEEF")]),
        ("1.5", [("K_FLOAT", "1.5")]),
        ("1.", [("K_FLOAT", "1.")]),
        ("1.5e-3", [("K_FLOAT", "1.5e-3")]),
        ("2.0E+10", [("K_FLOAT", "2.0E+10")]),
        ("1.e5", [("K_FLOAT", "1.e5")]),
        # An exponent needs digits; otherwise it is not part of the number.
        ("1.5e", [("K_FLOAT", "1.5"), ("K_BARE_ID", "e")]),
        ("1.5e+x", [("K_FLOAT", "1.5"), ("K_BARE_ID", "e"), ("K_PLUS", "+"), ("K_BARE_ID", "x")]),
        # A hex prefix needs a hex digit; `0x` alone is the integer 0 and an identifier.
        ("0x", [("K_INTEGER", "0"), ("K_BARE_ID", "x")]),
        ("0xg", [("K_INTEGER", "0"), ("K_BARE_ID", "xg")]),
        ("0xf32", [("K_INTEGER", "0xf32")]),
        # Hex integers have no fraction.
        ("0x1.5", [("K_INTEGER", "0x1"), ("K_ERROR", ".")]),
        ("-3", [("K_MINUS", "-"), ("K_INTEGER", "3")]),
        ("4x8", [("K_INTEGER", "4"), ("K_BARE_ID", "x8")]),
    ],
)
def test_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert tokens(text) == expected


# -- strings -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        '""',
        '"plain"',
        r'"quote \" inside"',
        r'"backslash \\"',
        r'"hex \0A\ff"',
        r'"tab \t newline \n"',
        '"unicode \u00e9\u4e2d"',
        '"// not a comment"',
    ],
)
def test_strings_are_one_token_including_quotes(text: str) -> None:
    assert tokens(text) == [("K_STRING", text)]


def test_escaped_backslash_ends_before_the_closing_quote() -> None:
    assert tokens(r'"a\\" b') == [("K_STRING", r'"a\\"'), ("K_BARE_ID", "b")]


def test_the_lexer_does_not_validate_escapes() -> None:
    # Escapes are decoded (and rejected) by the parser, which knows the position.
    assert tokens(r'"\q"') == [("K_STRING", r'"\q"')]


def test_unterminated_string_is_an_error() -> None:
    # pyir points at the opening quote; MLIR reports the end of the line. Only the message
    # and that the error lies within the string are asserted.
    message, start, end = first_error('x "abc')
    assert message == "expected '\"' in string literal"
    assert 2 <= start <= end <= 6


def test_newline_inside_a_string_is_an_error() -> None:
    message, start, _end = first_error('"abc\ndef"')
    assert message == "expected '\"' in string literal"
    assert start == 0


def test_unterminated_quoted_symbol_is_an_error() -> None:
    message, _start, _end = first_error('@"abc')
    assert message == "expected '\"' in string literal"


# -- errors ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, message, start",
    [
        ("$", "unexpected character '$'", 0),
        ("a ; b", "unexpected character ';'", 2),
        ("\x01", "unexpected character U+0001", 0),
        ("\u00a0", "unexpected character U+00A0", 0),
        ("%", "expected an identifier after '%'", 0),
        ("% x", "expected an identifier after '%'", 0),
        ("^ ", "expected an identifier after '^'", 0),
        ("@", "expected an identifier after '@'", 0),
        ("#", "expected an identifier after '#'", 0),
        ("!", "expected an identifier after '!'", 0),
        ("!foo.bar<a", "unbalanced '<' in dialect symbol body", 0),
        ("#foo.bar<a(b>", "unbalanced '(' in dialect symbol body", None),
        ('!foo<"x>', "expected '\"' in string literal", None),
    ],
)
def test_errors_are_k_error_tokens(text: str, message: str, start: int | None) -> None:
    got_message, got_start, got_end = first_error(text)
    assert got_message == message
    assert got_end >= got_start
    if start is not None:
        assert got_start == start


def test_error_tokens_do_not_stop_the_lexer_for_good() -> None:
    # The lexer never raises; after an error the caller may keep lexing.
    lexer = Lexer("$ a")
    assert lexer.next() == lx.K_ERROR
    assert lexer.next() == lx.K_BARE_ID
    assert lexer.next() == lx.K_EOF


def test_no_input_makes_the_lexer_raise() -> None:
    # Every character (and some awkward sequences) lexes to tokens or K_ERROR, never raises,
    # and the lexer always makes progress.
    samples = [chr(c) for c in range(0, 256)] + [
        "{-",
        "#-",
        "#-x",
        "0x",
        "1.e",
        '@"',
        "!a<",
        "!a<>",
        "!a<-",
        '#a<"',
        "%a#",
        "\\",
        '"\\',
    ]
    for sample in samples:
        for text in (sample, sample + " x", "x" + sample):
            lexer = Lexer(text)
            steps = 0
            while lexer.next() != lx.K_EOF:
                steps += 1
                assert steps <= len(text) + 1, f"no progress on {text!r}"
                assert 0 <= lexer.tok_start <= lexer.tok_end <= len(text)


# -- dimension lists ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, dims, rest",
    [
        ("4x?x[8]xf32", "4x?x[8]x", "f32"),
        ("*xf32", "*x", "f32"),
        ("0xf32", "0x", "f32"),
        ("0x?xf32", "0x?x", "f32"),
        ("0x1xi8", "0x1x", "i8"),
        ("?xi1", "?x", "i1"),
        ("  2x3xcomplex<f32>", "2x3x", "complex"),
        ("[4]x[8]xf32", "[4]x[8]x", "f32"),
        ("4x!foo.t", "4x", "!foo.t"),
    ],
)
def test_lex_dims_reads_the_dimension_list(text: str, dims: str, rest: str) -> None:
    lexer = Lexer(text)
    assert lexer.lex_dims() == lx.K_DIM_LIST
    assert text[lexer.tok_start : lexer.tok_end] == dims
    lexer.next()
    assert text[lexer.tok_start : lexer.tok_end] == rest


@pytest.mark.parametrize("text", ["f32", "4", "?", "[x]xf32", "[]xf32", "x4", "*", "-1xf32"])
def test_lex_dims_without_a_dimension_list_leaves_the_position(text: str) -> None:
    lexer = Lexer(text)
    assert lexer.lex_dims() == lx.K_EOF
    assert lexer.pos == 0
    assert lexer.next() != lx.K_DIM_LIST


def test_lex_dims_stops_after_the_last_complete_dimension() -> None:
    lexer = Lexer("4x?")
    assert lexer.lex_dims() == lx.K_DIM_LIST
    assert (lexer.tok_start, lexer.tok_end) == (0, 2)
    assert lexer.next() == lx.K_QMARK


def test_zero_x_is_a_hex_number_only_outside_a_dimension_list() -> None:
    assert tokens("0xf32") == [("K_INTEGER", "0xf32")]
    lexer = Lexer("0xf32")
    assert lexer.lex_dims() == lx.K_DIM_LIST
    assert lexer.tok_end == 2


# -- helpers --------------------------------------------------------------------------------
def test_line_starts() -> None:
    assert list(lx.line_starts("")) == [0]
    assert list(lx.line_starts("ab\ncd\n\ne")) == [0, 3, 6, 7]


# -- the compiled lexer and its pure-Python twin agree ----------------------------------------------
def _pure_twin() -> Any:
    """textual/lalr.py loaded from source under a private name (whatever `lx` is)."""
    path = Path(lx.__file__).with_name("lalr.py")
    spec = importlib.util.spec_from_file_location("_pyir_pure_lalr_twin", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _trace(module: Any, text: str) -> list[tuple[int, int, int, str]]:
    """Every token of `text`, trying a dimension list after each `<`; errors included."""
    lexer = module.Lexer(text)
    out = []
    after_angle = False
    for _ in range(len(text) + 2):
        kind = lexer.lex_dims() if after_angle else module.K_EOF
        if kind == module.K_EOF:
            kind = lexer.next()
        out.append(
            (kind, lexer.tok_start, lexer.tok_end, lexer.error if kind == module.K_ERROR else "")
        )
        if kind == module.K_EOF:
            break
        after_angle = text[lexer.tok_start : lexer.tok_end] == "<"
    return out


def test_compiled_and_pure_lexers_agree() -> None:
    twin = _pure_twin()
    rng = random.Random(99)
    pieces = [
        "%a",
        "%x#1",
        "^bb",
        "@s",
        '@"q"',
        "#m",
        "!t",
        "!d.t<a<b>>",
        '#d<"x>">',
        "0x1F",
        "0x",
        "1.5e-3",
        "12",
        '"s\\n"',
        '"open',
        "{-#",
        "#-}",
        "->",
        ">=",
        "==",
        "::",
        "4x?x[8]x",
        "*x",
        "0xf32",
        "f32",
        "tensor",
        "<",
        ">",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        ",",
        "=",
        ":",
        "-",
        "+",
        "*",
        "?",
        "$",
        "// c\n",
        " ",
        "\n",
        "\t",
        "x",
        "\u00e9",
        "\x00",
    ]
    samples = ["", "<4x?xf32>", "<*xf32>", "<0xf32>", "<4x\n  ?xf32>"]
    for _ in range(400):
        samples.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    for text in samples:
        assert _trace(lx, text) == _trace(twin, text), text
