"""`--verify-diagnostics`: check emitted diagnostics against `expected-*` comments.

A source text states the diagnostics it should produce in directives, usually comments:

    // expected-error {{substring of the message}}
    // expected-warning@+1 {{...}}      expected-remark@-2, expected-note@above, ...@below
    // expected-error-re {{literal text {{regex}} more literal text}}
    // expected-error@unknown {{...}}    a diagnostic without a file location

The kind names the severity. The designator names the line the diagnostic must be on: none
is the directive's own line, `@+N`/`@-N` are relative to it, `@above`/`@below` are the
nearest line above/below that holds no directive, `@unknown` matches diagnostics whose
location names no file position. The message must contain the text between the outer braces;
in the `-re` form, parts in inner `{{...}}` are regular expressions (searched, Python `re`).

Semantics follow `mlir-opt` (the messages use its wording):

* An emitted diagnostic, and each of its notes on its own, is expected when a directive of
  the same kind on its line matches its message; one directive may match several identical
  diagnostics on the line. Otherwise it yields `unexpected <kind>: <message>` at its own
  location, or, when a directive of another kind on the line matches the message,
  `'<kind>' diagnostic emitted when expecting a '<kind>'` at that directive.
* Every directive that matched nothing yields `expected <kind> "<text>" was not produced`
  at the directive.
* A malformed `-re` message yields MLIR's `found start of regex with no end '}}'` or
  `invalid regex: ...`.

Where pyir is stricter or more regular than MLIR:

* Several directives may share a line (`// expected-error {{a}} // expected-note {{b}}`); the
  message of one ends at the first `}}` that is followed by the end of the line or by the
  next directive (MLIR reads one directive per line, up to the last `}}`).
* Two identical directives on a line need two diagnostics: a diagnostic goes to a directive
  that has not matched yet before it goes to one that has (MLIR always takes the first).
* A directive MLIR would silently ignore is an error here: a bad designator (`@+x`), a
  missing `{{` or `}}`, text after the closing `}}`, and a designator that points outside
  the checked text (`@+N` past its end, `@below` with no line below it).
* An `@unknown` directive that matched nothing is reported at the directive (MLIR reports
  it at an unknown location).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pyir.diagnostics import Diagnostic, Severity
from pyir.location import FileLineColLoc

_KINDS = {
    "error": Severity.ERROR,
    "warning": Severity.WARNING,
    "remark": Severity.REMARK,
    "note": Severity.NOTE,
}

_DIRECTIVE = re.compile(r"(?<![\w-])expected-(error|warning|remark|note)(-re)?(?![\w-])")
_DESIGNATOR = re.compile(r"@([+-][0-9]+|above|below|unknown)(?![\w+-])")
_DESIGNATOR_WORD = re.compile(r"@[^\s{]*")
# What may follow the `}}` that ends a message: the end of the line, or another directive.
_MESSAGE_END = re.compile(
    r"\s*$|\s*(?://+\s*)?(?<![\w-])expected-(?:error|warning|remark|note)(?:-re)?(?![\w-])"
)


@dataclass
class Expectation:
    """One `expected-*` directive.

    `line` is the line a matching diagnostic must be on, or None for `@unknown`;
    `location` is where the directive itself is written (its `expected` word). `pattern`
    is the compiled regular expression for `-re` directives, None for plain substrings.
    `matched` counts the diagnostics it has accepted.
    """

    severity: Severity
    text: str
    line: int | None
    location: FileLineColLoc
    pattern: re.Pattern[str] | None = None
    matched: int = 0

    def matches(self, message: str) -> bool:
        if self.pattern is not None:
            return self.pattern.search(message) is not None
        return self.text in message


@dataclass
class _Directive:
    """A parsed directive before its designator is resolved to a line."""

    expectation: Expectation
    designator: str | None
    designator_column: int


def _error(message: str, filename: str, line: int, column: int) -> Diagnostic:
    return Diagnostic(Severity.ERROR, message, FileLineColLoc(filename, line, column))


def _skip_blanks(line: str, pos: int) -> int:
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return pos


def _find_message_end(line: str, start: int) -> int | None:
    """Index of the `}}` that closes a message opening at `start`, or None."""
    pos = line.find("}}", start)
    while pos >= 0:
        if _MESSAGE_END.match(line, pos + 2):
            return pos
        pos = line.find("}}", pos + 1)
    return None


def _compile_regex_message(text: str) -> tuple[re.Pattern[str] | None, str | None]:
    """The pattern of a `-re` message: literal text with `{{regex}}` parts; or an error."""
    parts: list[str] = []
    pos = 0
    while True:
        open_pos = text.find("{{", pos)
        if open_pos < 0:
            parts.append(re.escape(text[pos:]))
            break
        close_pos = text.find("}}", open_pos + 2)
        if close_pos < 0:
            return None, "found start of regex with no end '}}'"
        parts.append(re.escape(text[pos:open_pos]))
        parts.append("(?:" + text[open_pos + 2 : close_pos] + ")")
        pos = close_pos + 2
    try:
        return re.compile("".join(parts)), None
    except re.error as exc:
        return None, f"invalid regex: {exc.msg}"


def _parse_line(
    line: str, filename: str, line_no: int, column_offset: int
) -> Iterator[_Directive | Diagnostic]:
    """The directives on one line, and errors for malformed ones, left to right."""
    pos = 0
    while True:
        found = _DIRECTIVE.search(line, pos)
        if found is None:
            return
        kind, regex = found.group(1), found.group(2) is not None
        name = found.group(0)
        column = found.start() + 1 + column_offset
        pos = _skip_blanks(line, found.end())
        designator: str | None = None
        designator_column = column
        if line.startswith("@", pos):
            designator_column = pos + 1 + column_offset
            spec = _DESIGNATOR.match(line, pos)
            if spec is None:
                bad = _DESIGNATOR_WORD.match(line, pos)
                word = bad.group(0) if bad is not None else "@"
                yield _error(
                    f"invalid line designator '{word}' in '{name}': expected '@+N', '@-N', "
                    "'@above', '@below' or '@unknown'",
                    filename,
                    line_no,
                    designator_column,
                )
                pos += 1
                continue
            designator = spec.group(1)
            pos = _skip_blanks(line, spec.end())
        if not line.startswith("{{", pos):
            yield _error(
                f"expected '{{{{' to start the message of '{name}'",
                filename,
                line_no,
                pos + 1 + column_offset,
            )
            continue
        text_start = pos + 2
        text_end = _find_message_end(line, text_start)
        if text_end is None:
            yield _error(
                f"expected '}}}}' to end the message of '{name}', followed by the end of the "
                "line or another expected-* directive",
                filename,
                line_no,
                column,
            )
            pos = text_start
            continue
        pos = text_end + 2
        text = line[text_start:text_end]
        pattern: re.Pattern[str] | None = None
        if regex:
            pattern, problem = _compile_regex_message(text)
            if problem is not None:
                yield _error(problem, filename, line_no, column)
                continue
        location = FileLineColLoc(filename, line_no, column)
        expectation = Expectation(_KINDS[kind], text, line_no, location, pattern)
        yield _Directive(expectation, designator, designator_column)


def parse_expectations(
    source: str, filename: str, line_offset: int = 0, column_offset: int = 0
) -> tuple[list[Expectation], list[Diagnostic]]:
    """The `expected-*` directives of `source`, and errors for the malformed ones.

    `source` is the text of a file or of a split chunk whose first character sits after
    `line_offset` lines and `column_offset` columns of the original file, so that lines
    and columns are those of the original file.
    """
    lines = source.split("\n")
    if len(lines) > 1 and not lines[-1]:
        lines.pop()  # the text ends with a newline, not with an empty last line
    first_line = line_offset + 1
    last_line = line_offset + len(lines)
    expectations: list[Expectation] = []
    errors: list[Diagnostic] = []
    last_plain_line: int | None = None  # the latest line without directives
    waiting_for_below: list[_Directive] = []
    for index, text in enumerate(lines):
        line_no = first_line + index
        has_directive = False
        for item in _parse_line(text, filename, line_no, column_offset if index == 0 else 0):
            has_directive = True
            if isinstance(item, Diagnostic):
                errors.append(item)
                continue
            expectation = item.expectation
            spec = item.designator
            if spec is None:
                pass
            elif spec == "unknown":
                expectation.line = None
            elif spec == "above":
                if last_plain_line is None:
                    errors.append(
                        _error(
                            "'@above' has no line above it without an expected-* directive",
                            filename,
                            line_no,
                            item.designator_column,
                        )
                    )
                    continue
                expectation.line = last_plain_line
            elif spec == "below":
                waiting_for_below.append(item)
            else:
                target = line_no + int(spec)
                if not first_line <= target <= last_line:
                    errors.append(
                        _error(
                            f"line designator '@{spec}' points to line {target}, outside the "
                            f"checked lines {first_line} to {last_line}",
                            filename,
                            line_no,
                            item.designator_column,
                        )
                    )
                    continue
                expectation.line = target
            expectations.append(expectation)
        if not has_directive:
            last_plain_line = line_no
            for directive in waiting_for_below:
                directive.expectation.line = line_no
            waiting_for_below.clear()
    if waiting_for_below:
        dangling = {id(directive.expectation) for directive in waiting_for_below}
        expectations = [e for e in expectations if id(e) not in dangling]
        for directive in waiting_for_below:
            line_no = directive.expectation.location.line
            message = "'@below' has no line below it without an expected-* directive"
            errors.append(_error(message, filename, line_no, directive.designator_column))
    errors.sort(key=_position)
    return expectations, errors


def _position(diag: Diagnostic) -> tuple[int, int]:
    flc = diag.location.file_line_col() if diag.location is not None else None
    return (0, 0) if flc is None else (flc[1], flc[2])


def _flatten(diagnostics: Iterable[Diagnostic]) -> Iterator[Diagnostic]:
    """Each diagnostic followed by its notes (and theirs), in emission order."""
    for diag in diagnostics:
        yield diag
        yield from _flatten(diag.notes)


def _candidates(
    diag: Diagnostic, filename: str, by_line: dict[int | None, list[Expectation]]
) -> list[Expectation]:
    """The directives that could name `diag`: those of its line, or the `@unknown` ones
    when its location names no file position; none when it points into another file."""
    flc = diag.location.file_line_col() if diag.location is not None else None
    if flc is None:
        return by_line.get(None, [])
    if flc[0] != filename:
        return []
    return by_line.get(flc[1], [])


def verify_diagnostics(
    source: str,
    diagnostics: Iterable[Diagnostic],
    *,
    filename: str,
    line_offset: int = 0,
    column_offset: int = 0,
    only_expected: bool = False,
) -> list[Diagnostic]:
    """Check `diagnostics` against the directives in `source`; return the failures.

    `source` is the text the diagnostics were produced from (a whole file or one split
    chunk, placed by `line_offset` and `column_offset` as in `parse_expectations`) and
    `filename` the name its locations carry. Collect the diagnostics of a run with
    `engine.push_handler(collected.append)` and call this after the run, so that notes
    attached after emission are seen. The result is a list of ERROR diagnostics, located at
    the directive or at the offending diagnostic: first malformed directives, then
    unexpected diagnostics in emission order, then directives that matched nothing. An
    empty list means the check passed.

    With `only_expected` (MLIR's `--verify-diagnostics=only-expected`), diagnostics no
    directive names are ignored: only directives that matched nothing are reported.
    """
    expectations, failures = parse_expectations(source, filename, line_offset, column_offset)
    by_line: dict[int | None, list[Expectation]] = {}
    for expectation in expectations:
        by_line.setdefault(expectation.line, []).append(expectation)

    for diag in _flatten(diagnostics):
        fitting = [e for e in _candidates(diag, filename, by_line) if e.matches(diag.message)]
        same_kind = [e for e in fitting if e.severity == diag.severity]
        if same_kind:
            chosen = next((e for e in same_kind if not e.matched), same_kind[0])
            chosen.matched += 1
            continue
        if only_expected:
            continue
        kind = diag.severity.label
        if fitting:
            other = next((e for e in fitting if not e.matched), fitting[0])
            failures.append(
                Diagnostic(
                    Severity.ERROR,
                    f"'{kind}' diagnostic emitted when expecting a '{other.severity.label}'",
                    other.location,
                )
            )
        else:
            failures.append(
                Diagnostic(Severity.ERROR, f"unexpected {kind}: {diag.message}", diag.location)
            )

    for expectation in expectations:
        if not expectation.matched:
            kind, text = expectation.severity.label, expectation.text
            message = f'expected {kind} "{text}" was not produced'
            failures.append(Diagnostic(Severity.ERROR, message, expectation.location))
    return failures
