"""Tests for pyir.tools.verify_diagnostics (`--verify-diagnostics`).

Cases marked "iree-opt" reproduce a run of `iree-opt --verify-diagnostics` on the same text:
the diagnostics MLIR emitted are built by hand here, and the expected failures are the ones
iree-opt printed (same message, same line and column).
"""

from __future__ import annotations

from pyir.diagnostics import Diagnostic, Severity
from pyir.location import UNKNOWN_LOC, FileLineColLoc, NameLoc
from pyir.tools.split_input import split_input
from pyir.tools.verify_diagnostics import Expectation, parse_expectations, verify_diagnostics

FILE = "t.mlir"


def at(line: int, column: int = 1, filename: str = FILE) -> FileLineColLoc:
    return FileLineColLoc(filename, line, column)


def error(message: str, line: int, column: int = 1) -> Diagnostic:
    return Diagnostic(Severity.ERROR, message, at(line, column))


def summary(failures: list[Diagnostic]) -> list[tuple[int, int, str]]:
    """(line, column, message) of each failure; all failures must be located errors."""
    result = []
    for diag in failures:
        assert diag.severity == Severity.ERROR
        assert diag.location is not None
        flc = diag.location.file_line_col()
        assert flc is not None and flc[0] == FILE
        result.append((flc[1], flc[2], diag.message))
    return result


def verify(
    source: str,
    diagnostics: list[Diagnostic],
    line_offset: int = 0,
    column_offset: int = 0,
    only_expected: bool = False,
) -> list[Diagnostic]:
    return verify_diagnostics(
        source,
        diagnostics,
        filename=FILE,
        line_offset=line_offset,
        column_offset=column_offset,
        only_expected=only_expected,
    )


REDEFINITION = "redefinition of symbol named 'f'"
SEE_EXISTING = "see existing symbol definition here"


def redefinition(line: int, first_line: int) -> Diagnostic:
    """What MLIR emits for a second `func.func @f` on `line`: an error with a note."""
    diag = error(REDEFINITION, line)
    diag.attach_note(SEE_EXISTING, at(first_line))
    return diag


# --- success --------------------------------------------------------------------------------


def test_no_directives_and_no_diagnostics_passes() -> None:
    assert verify('"test.op"() : () -> ()\n', []) == []


def test_error_on_the_directive_line_matches_by_substring() -> None:
    source = (
        "func.func @f() { return }\nfunc.func @f() { return } // expected-error {{redefinition}}\n"
    )
    diag = error(REDEFINITION, 2)
    diag.attach_note(SEE_EXISTING, at(1))
    source += "// expected-note@-2 {{see existing}}\n"
    assert verify(source, [diag]) == []


def test_all_kinds_match_their_severity() -> None:
    source = (
        "// expected-error@+4 {{an error}}\n"
        "// expected-warning@+3 {{a warning}}\n"
        "// expected-remark@+2 {{a remark}}\n"
        "// expected-note@+1 {{a note}}\n"
        "op\n"
    )
    diags = [
        Diagnostic(Severity.ERROR, "this is an error", at(5)),
        Diagnostic(Severity.WARNING, "this is a warning", at(5, 3)),
        Diagnostic(Severity.REMARK, "a remark!", at(5, 2)),
        Diagnostic(Severity.NOTE, "a note", at(5)),
    ]
    assert verify(source, diags) == []


def test_whole_message_and_empty_text_match() -> None:
    source = "op // expected-error {{exact message}}\nop2 // expected-warning {{}}\n"
    diags = [error("exact message", 1), Diagnostic(Severity.WARNING, "anything", at(2))]
    assert verify(source, diags) == []


def test_designators_plus_minus_above_below() -> None:
    source = (
        "// expected-error@+3 {{plus}}\n"  # 1 -> 4
        "// expected-error@below {{below}}\n"  # 2 -> 4 (line 3 has a directive)
        "// expected-error@+1 {{skip}}\n"  # 3 -> 4
        "op\n"  # 4
        "// expected-error@-1 {{minus}}\n"  # 5 -> 4
        "// expected-error@above {{above}}\n"  # 6 -> 4 (line 5 has a directive)
        "\n"  # 7
        "// expected-error@above {{blank}}\n"  # 8 -> 7 (a blank line counts)
    )
    diags = [error(m, 4) for m in ("plus", "below", "skip", "minus", "above")]
    diags.append(error("blank", 7))
    assert verify(source, diags) == []


def test_several_directives_on_one_line() -> None:
    source = (
        "op // expected-error {{first}} // expected-note {{second}} expected-remark@+1 {{x}}\nop\n"
    )
    diags = [error("the first one", 1), Diagnostic(Severity.NOTE, "a second", at(1))]
    diags.append(Diagnostic(Severity.REMARK, "x", at(2)))
    assert verify(source, diags) == []
    expectations, errors = parse_expectations(source, FILE)
    assert errors == []
    assert [(e.severity, e.text, e.line) for e in expectations] == [
        (Severity.ERROR, "first", 1),
        (Severity.NOTE, "second", 1),
        (Severity.REMARK, "x", 2),
    ]
    assert [e.location for e in expectations] == [at(1, 7), at(1, 35), at(1, 60)]


def test_message_may_contain_closing_braces() -> None:
    source = "op // expected-error {{expected '}}' here}}\n"
    assert verify(source, [error("expected '}}' here", 1)]) == []
    expectations, _ = parse_expectations(source, FILE)
    assert expectations[0].text == "expected '}}' here"


def test_one_directive_may_match_several_identical_diagnostics() -> None:
    # iree-opt: two redefinitions on one line are both covered by one expected-error.
    source = (
        "func.func @f() { return }\n"
        "func.func @f() { return } func.func @f() { return } // expected-error {{redefinition}}\n"
        "// expected-note@-2 {{see existing}}\n"
    )
    assert verify(source, [redefinition(2, 1), redefinition(2, 1)]) == []


def test_two_identical_directives_take_one_diagnostic_each() -> None:
    source = "op\n// expected-error@-1 {{boom}}\n// expected-error@-2 {{boom}}\n"
    assert verify(source, [error("boom", 1), error("boom", 1)]) == []
    # With one diagnostic, one of the two stays unmatched.
    assert summary(verify(source, [error("boom", 1)])) == [
        (3, 4, 'expected error "boom" was not produced')
    ]


def test_diagnostic_location_inside_other_locations() -> None:
    source = "op // expected-error {{named}}\n"
    diag = Diagnostic(Severity.ERROR, "named thing", NameLoc("x", at(1, 1)))
    assert verify(source, [diag]) == []


# --- failures with MLIR's wording -----------------------------------------------------------


def test_wrong_text_reports_unexpected_and_not_produced() -> None:
    # iree-opt:
    #   v1.mlir:2:25: error: unexpected error: expected non-function type
    #   v1.mlir:1:4: error: expected error "wrong text" was not produced
    source = '// expected-error@+1 {{wrong text}}\n"test.d"() : () -> (i32, )\n'
    failures = verify(source, [error("expected non-function type", 2, 25)])
    assert summary(failures) == [
        (2, 25, "unexpected error: expected non-function type"),
        (1, 4, 'expected error "wrong text" was not produced'),
    ]


def test_unexpected_note_is_checked_on_its_own() -> None:
    # iree-opt: v2.mlir:1:1: error: unexpected note: see existing symbol definition here
    source = (
        "func.func @f() { return }\n"
        "// expected-error@+1 {{redefinition of symbol named 'f'}}\n"
        "func.func @f() { return }\n"
    )
    assert summary(verify(source, [redefinition(3, 1)])) == [
        (1, 1, "unexpected note: see existing symbol definition here")
    ]


def test_missing_warning_and_remark() -> None:
    # iree-opt: v3.mlir:5:4 expected warning "never" ..., v3.mlir:6:4 expected remark ...
    source = (
        "// expected-note@+1 {{see existing symbol definition here}}\n"
        "func.func @f() { return }\n"
        "// expected-error@+1 {{redefinition of symbol named 'f'}}\n"
        "func.func @f() { return }\n"
        "// expected-warning @below {{never}}\n"
        "// expected-remark@below {{never2}}\n"
        '"test.x"() : () -> ()\n'
    )
    assert summary(verify(source, [redefinition(4, 2)])) == [
        (5, 4, 'expected warning "never" was not produced'),
        (6, 4, 'expected remark "never2" was not produced'),
    ]


def test_diagnostic_on_another_line_than_expected() -> None:
    # iree-opt (v5): the error is on line 3, the directive points at line 4.
    source = (
        "func.func @f() { return }\n"
        "// expected-error@+2 {{redefinition}}\n"
        "func.func @f() { return }\n"
        "\n"
    )
    assert summary(verify(source, [redefinition(3, 1)])) == [
        (3, 1, f"unexpected error: {REDEFINITION}"),
        (1, 1, f"unexpected note: {SEE_EXISTING}"),
        (2, 4, 'expected error "redefinition" was not produced'),
    ]


def test_substring_match_is_case_sensitive() -> None:
    # iree-opt (v6): {{REDEFINITION}} does not match.
    source = "op\n// expected-error@-1 {{REDEFINITION}}\n"
    assert summary(verify(source, [error(REDEFINITION, 1)])) == [
        (1, 1, f"unexpected error: {REDEFINITION}"),
        (2, 4, 'expected error "REDEFINITION" was not produced'),
    ]


def test_wrong_severity() -> None:
    # iree-opt (v7):
    #   v7.mlir:3:4: error: 'error' diagnostic emitted when expecting a 'warning'
    #   v7.mlir:3:4: error: expected warning "redefinition" was not produced
    source = (
        "// expected-note@below {{see existing}}\n"
        "func.func @f() { return }\n"
        "// expected-warning@+1 {{redefinition}}\n"
        "func.func @f() { return }\n"
    )
    assert summary(verify(source, [redefinition(4, 2)])) == [
        (3, 4, "'error' diagnostic emitted when expecting a 'warning'"),
        (3, 4, 'expected warning "redefinition" was not produced'),
    ]


def test_wrong_severity_needs_a_matching_message() -> None:
    source = "op // expected-warning {{something else}}\n"
    assert summary(verify(source, [error("boom", 1, 1)])) == [
        (1, 1, "unexpected error: boom"),
        (1, 7, 'expected warning "something else" was not produced'),
    ]


def test_unexpected_warning_and_remark_wording() -> None:
    diags = [
        Diagnostic(Severity.WARNING, "w", at(1, 2)),
        Diagnostic(Severity.REMARK, "r", at(1, 3)),
    ]
    assert summary(verify("op\n", diags)) == [
        (1, 2, "unexpected warning: w"),
        (1, 3, "unexpected remark: r"),
    ]


def test_several_on_one_line_reports_each_missing_one() -> None:
    source = "op // expected-error {{a}} // expected-error {{b}}\n"
    assert summary(verify(source, [error("a", 1)])) == [
        (1, 31, 'expected error "b" was not produced')
    ]


def test_unexpected_diagnostics_keep_emission_order_and_their_location() -> None:
    diag = error("first", 3, 7)
    diag.attach_note("its note", at(1, 2))
    later = Diagnostic(Severity.WARNING, "second", at(2, 5))
    failures = verify("a\nb\nc\n", [diag, later])
    assert summary(failures) == [
        (3, 7, "unexpected error: first"),
        (1, 2, "unexpected note: its note"),
        (2, 5, "unexpected warning: second"),
    ]
    assert failures[0].location is diag.location
    assert all(not f.notes for f in failures)


def test_diagnostic_in_another_file_is_unexpected() -> None:
    source = "op // expected-error {{boom}}\n"
    other = Diagnostic(Severity.ERROR, "boom", at(1, 1, filename="other.mlir"))
    failures = verify(source, [other])
    assert [(f.message, f.location) for f in failures] == [
        ("unexpected error: boom", other.location),
        ('expected error "boom" was not produced', at(1, 7)),
    ]


def test_only_expected_mode_ignores_unexpected_diagnostics() -> None:
    # iree-opt --verify-diagnostics=only-expected on v5: only the unmatched directive.
    source = "op\n// expected-error@+2 {{redefinition}}\nop\n\n"
    diags = [redefinition(3, 1), Diagnostic(Severity.WARNING, "redefinition", at(4))]
    assert summary(verify(source, diags, only_expected=True)) == [
        (2, 4, 'expected error "redefinition" was not produced')
    ]
    assert verify("op\n", [error("boom", 1)], only_expected=True) == []


# --- unknown locations ----------------------------------------------------------------------


def test_diagnostic_without_position_is_unexpected() -> None:
    diags = [Diagnostic(Severity.ERROR, "nowhere"), Diagnostic(Severity.ERROR, "x", UNKNOWN_LOC)]
    failures = verify("op\n", diags)
    assert [(f.message, f.location) for f in failures] == [
        ("unexpected error: nowhere", None),
        ("unexpected error: x", UNKNOWN_LOC),
    ]


def test_at_unknown_matches_diagnostics_without_position() -> None:
    source = "// expected-error@unknown {{nowhere}}\n// expected-note @unknown {{x}}\nop\n"
    diags = [
        Diagnostic(Severity.ERROR, "from nowhere"),
        Diagnostic(Severity.NOTE, "x", UNKNOWN_LOC),
    ]
    assert verify(source, diags) == []
    # A diagnostic with a position does not match `@unknown`.
    first_line = "// expected-error@unknown {{nowhere}}\n"
    assert summary(verify(first_line, [error("from nowhere", 1)])) == [
        (1, 1, "unexpected error: from nowhere"),
        (1, 4, 'expected error "nowhere" was not produced'),
    ]


# --- the -re form ---------------------------------------------------------------------------


def test_regex_parts() -> None:
    # iree-opt (v12): literal parts are literal, `{{...}}` parts are regular expressions.
    source = (
        "op\n"
        "// expected-error-re@-1 {{redefinition of symbol named '{{[a-z]+}}'}}\n"
        "// expected-note-re@-2 {{see (existing)}}\n"
    )
    failures = verify(source, [redefinition(1, 1)])
    assert summary(failures) == [
        (1, 1, f"unexpected note: {SEE_EXISTING}"),
        (3, 4, 'expected note "see (existing)" was not produced'),
    ]


def test_regex_with_only_literal_text_and_several_parts() -> None:
    source = "op // expected-error-re {{a.b {{[0-9]+}} x {{(y|z)}}$}}\n"
    assert verify(source, [error("a.b 42 x z$ tail", 1)]) == []
    assert summary(verify(source, [error("aXb 42 x z$", 1, 1)]))[0] == (
        1,
        1,
        "unexpected error: aXb 42 x z$",
    )
    plain = "op // expected-error {{a {{[0-9]}}}}\n"
    assert verify(plain, [error("a {{[0-9]}} literally", 1)]) == []


def test_malformed_regexes() -> None:
    # iree-opt: "found start of regex with no end '}}'" and "invalid regex: ...", at the
    # directive; the directive is then dropped.
    source = (
        "op // expected-note-re {{see {{[}}\n"
        "op // expected-note-re {{see {{[}} existing}}\n"
        "op // expected-note-re {{see {{(}} existing}}\n"
    )
    expectations, errors = parse_expectations(source, FILE)
    assert expectations == []
    messages = summary(errors)
    assert messages[0] == (1, 7, "found start of regex with no end '}}'")
    assert [m[:2] for m in messages[1:]] == [(2, 7), (3, 7)]
    assert all(m[2].startswith("invalid regex: ") for m in messages[1:])
    assert summary(verify(source, [])) == messages


# --- malformed directives -------------------------------------------------------------------


def test_bad_designator() -> None:
    source = "op\n// expected-error@+x {{bad}}\n// expected-error@ +1 {{space}}\n"
    expectations, errors = parse_expectations(source, FILE)
    assert expectations == []
    assert summary(errors) == [
        (
            2,
            18,
            "invalid line designator '@+x' in 'expected-error': expected '@+N', '@-N', "
            "'@above', '@below' or '@unknown'",
        ),
        (
            3,
            18,
            "invalid line designator '@' in 'expected-error': expected '@+N', '@-N', "
            "'@above', '@below' or '@unknown'",
        ),
    ]


def test_missing_open_and_close_braces() -> None:
    source = (
        "// expected-error no braces\n"
        "// expected-warning@+1 {{no close\n"
        "// expected-remark {{text}} trailing words\n"
        "op\n"
    )
    expectations, errors = parse_expectations(source, FILE)
    assert expectations == []
    assert summary(errors) == [
        (1, 19, "expected '{{' to start the message of 'expected-error'"),
        (
            2,
            4,
            "expected '}}' to end the message of 'expected-warning', followed by the end of "
            "the line or another expected-* directive",
        ),
        (
            3,
            4,
            "expected '}}' to end the message of 'expected-remark', followed by the end of "
            "the line or another expected-* directive",
        ),
    ]


def test_malformed_directive_does_not_stop_the_others() -> None:
    source = "op // expected-error@+x {{a}} // expected-error {{b}}\n"
    expectations, errors = parse_expectations(source, FILE)
    assert [(e.text, e.line) for e in expectations] == [("b", 1)]
    assert len(errors) == 1
    failures = verify(source, [error("b", 1)])
    assert [f.message for f in failures] == [errors[0].message]


def test_designators_pointing_outside_the_text() -> None:
    source = (
        "// expected-error@above {{nothing above}}\n"
        "op\n"
        "// expected-error@+5 {{far}}\n"
        "// expected-error@-4 {{far back}}\n"
        "// expected-error@below {{dangling}}\n"
    )
    expectations, errors = parse_expectations(source, FILE)
    assert expectations == []
    assert summary(errors) == [
        (1, 18, "'@above' has no line above it without an expected-* directive"),
        (3, 18, "line designator '@+5' points to line 8, outside the checked lines 1 to 5"),
        (4, 18, "line designator '@-4' points to line 0, outside the checked lines 1 to 5"),
        (5, 18, "'@below' has no line below it without an expected-* directive"),
    ]


def test_words_that_are_not_directives_are_ignored() -> None:
    source = (
        "// expected-errors {{plural}}\n"
        "// expect-error {{near}}\n"
        "// unexpected-error {{prefixed}}\n"
        "// expected-error-foo {{suffixed}}\n"
        "op\n"
    )
    assert parse_expectations(source, FILE) == ([], [])
    assert verify(source, []) == []


def test_line_with_only_a_malformed_directive_is_skipped_by_above() -> None:
    source = "op\n// expected-error {{unterminated\n// expected-error@above {{boom}}\n"
    # Line 3's `@above` skips line 2 and names line 1, so only the malformed one fails.
    failures = verify(source, [error("boom", 1)])
    assert len(failures) == 1
    line, column, message = summary(failures)[0]
    assert (line, column) == (2, 4)
    assert message.startswith("expected '}}' to end the message of 'expected-error'")


# --- split chunks ---------------------------------------------------------------------------


def test_line_and_column_offsets_of_a_chunk() -> None:
    # A chunk that starts after `// -----` on line 10, column 9 of the original file.
    chunk = (
        '\n// expected-error@+1 {{boom}}\n"test.op"() : () -> ()\n// expected-error@below {{x}}\n'
    )
    failures = verify(chunk, [error("boom", 12)], line_offset=9, column_offset=8)
    # The chunk's first line is line 10; its last line (13) holds a directive.
    assert summary(failures) == [
        (13, 18, "'@below' has no line below it without an expected-* directive")
    ]
    expectations, _ = parse_expectations(chunk, FILE, line_offset=9, column_offset=8)
    assert [(e.line, e.location) for e in expectations] == [(12, at(11, 4))]


def test_column_offset_applies_to_the_first_line_only() -> None:
    chunk = " op // expected-error {{a}}\nop // expected-error {{b}}\n"
    expectations, _ = parse_expectations(chunk, FILE, line_offset=4, column_offset=8)
    assert [e.location for e in expectations] == [at(5, 16), at(6, 7)]
    assert [e.line for e in expectations] == [5, 6]


def test_at_above_cannot_reach_before_the_chunk() -> None:
    chunk = "// expected-error@above {{x}}\nop\n// expected-error@-3 {{y}}\n"
    _, errors = parse_expectations(chunk, FILE, line_offset=20)
    assert summary(errors) == [
        (21, 18, "'@above' has no line above it without an expected-* directive"),
        (23, 18, "line designator '@-3' points to line 20, outside the checked lines 21 to 23"),
    ]


def test_expectation_type_matches() -> None:
    plain = Expectation(Severity.ERROR, "b.c", 1, at(1))
    assert plain.matches("ab.cd") and not plain.matches("abxcd")


def test_split_file_end_to_end() -> None:
    # iree-opt --verify-diagnostics --split-input-file on this file (the parse error stops
    # the third chunk, so the redefinition is never diagnosed) prints, in this order:
    #   s1.mlir:10:25: error: unexpected error: expected non-function type
    #   s1.mlir:4:4: error: expected error "never" was not produced
    #   s1.mlir:7:4: error: expected note "see existing" was not produced
    #   s1.mlir:9:30: error: expected error "redefinition" was not produced
    #   s1.mlir:10:31: error: expected error "wrong" was not produced
    text = (
        "func.func @f() { return }\n"
        "// -----\n"
        "func.func @g() { return }\n"
        "// expected-error@+1 {{never}}\n"
        "func.func @h() { return }\n"
        "// -----\n"
        "// expected-note@below {{see existing}}\n"
        "func.func @f() { return }\n"
        "func.func @f() { return } // expected-error {{redefinition}}\n"
        '"test.d"() : () -> (i32, ) // expected-error {{wrong}}\n'
    )
    emitted: list[list[Diagnostic]] = [[], [], [error("expected non-function type", 10, 25)]]
    failures: list[Diagnostic] = []
    for chunk, diagnostics in zip(split_input(text), emitted, strict=True):
        failures += verify(chunk.text, diagnostics, chunk.line_offset, chunk.column_offset)
    assert summary(failures) == [
        (4, 4, 'expected error "never" was not produced'),
        (10, 25, "unexpected error: expected non-function type"),
        (7, 4, 'expected note "see existing" was not produced'),
        (9, 30, 'expected error "redefinition" was not produced'),
        (10, 31, 'expected error "wrong" was not produced'),
    ]
    # Verifying the padded text instead of passing offsets gives the same answer.
    padded: list[Diagnostic] = []
    for chunk, diagnostics in zip(split_input(text), emitted, strict=True):
        padded += verify(chunk.padded_text(), diagnostics)
    assert summary(padded) == summary(failures)


def test_below_does_not_reach_into_the_next_chunk() -> None:
    text = "op\n// expected-error@below {{x}}\n// -----\nop\n"
    first, second = split_input(text)
    assert summary(verify(first.text, [], first.line_offset, first.column_offset)) == [
        (2, 18, "'@below' has no line below it without an expected-* directive")
    ]
    assert verify(second.text, [], second.line_offset, second.column_offset) == []
