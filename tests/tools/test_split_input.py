"""Tests for pyir.tools.split_input (`--split-input-file`).

The expected line/column numbers and outputs were taken from `iree-opt --split-input-file`
(an MLIR opt tool) run on the same texts.
"""

from __future__ import annotations

import pytest

from pyir.diagnostics import Severity
from pyir.location import FileLineColLoc
from pyir.tools.split_input import (
    DEFAULT_MARKER,
    NEAR_MISS_MESSAGE,
    Chunk,
    find_near_misses,
    join_outputs,
    split_input,
)


def position_of(text: str, needle: str) -> tuple[int, int]:
    """1-based (line, column) of the first `needle` in `text`."""
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_no_marker_gives_one_chunk_with_the_whole_text() -> None:
    text = '"test.a"() : () -> ()\n'
    assert split_input(text) == [Chunk(text, 0, len(text), 0, 0)]


def test_empty_text_gives_one_empty_chunk() -> None:
    assert split_input("") == [Chunk("", 0, 0, 0, 0)]


def test_chunks_start_right_after_the_marker() -> None:
    text = "a\n// -----\nb\n// -----\nc\n"
    chunks = split_input(text)
    assert [c.text for c in chunks] == ["a\n", "\nb\n", "\nc\n"]
    assert [(c.line_offset, c.column_offset) for c in chunks] == [(0, 0), (1, 8), (3, 8)]
    assert [(c.start_line, c.start_column) for c in chunks] == [(1, 1), (2, 9), (4, 9)]
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text


def test_padded_text_keeps_original_lines_and_columns() -> None:
    text = 'x\n// -----\n\n"test.b"() : () -> ()\n// ----- "test.c"() : () -> (i32, )\n'
    chunks = split_input(text)
    assert len(chunks) == 3
    for chunk in chunks:
        padded = chunk.padded_text()
        assert padded.endswith(chunk.text)
        assert padded.count("\n") == text[: chunk.end].count("\n")
    # The second op is on line 4 of the file, and so in the padded second chunk.
    assert position_of(chunks[1].padded_text(), '"test.b"') == (4, 1)
    # Text after the marker on its line keeps its column (iree-opt: 5:10 for `"test.c"`).
    assert position_of(chunks[2].padded_text(), '"test.c"') == (5, 10)
    assert position_of(chunks[2].padded_text(), "(i32, )") == position_of(text, "(i32, )")


def test_first_chunk_is_not_padded() -> None:
    chunk = split_input("abc// -----def")[0]
    assert chunk.padded_text() is chunk.text


def test_leading_whitespace_and_trailing_text_around_the_marker() -> None:
    # iree-opt splits on `  // -----` and on `// -----   trailing text`; the trailing text
    # is the start of the next chunk, reported at its original column (5:12 here).
    text = "a\n  // -----\nb\n// -----   trailing text\nc\n// -----  \nd\n"
    chunks = split_input(text)
    assert [c.text for c in chunks] == ["a\n  ", "\nb\n", "   trailing text\nc\n", "  \nd\n"]
    third = chunks[2]
    assert (third.start_line, third.start_column) == (4, 9)
    assert position_of(third.padded_text(), "trailing") == (4, 12)


def test_marker_in_the_middle_of_a_line_splits() -> None:
    chunks = split_input("a // ----- b\n")
    assert [c.text for c in chunks] == ["a ", " b\n"]
    assert (chunks[1].start_line, chunks[1].start_column) == (1, 11)


def test_extra_dashes_stay_in_the_next_chunk() -> None:
    # iree-opt: `// ------` splits and reports the sixth dash as a parse error at column 9.
    chunks = split_input("a\n// ------\nb\n")
    assert [c.text for c in chunks] == ["a\n", "-\nb\n"]
    assert (chunks[1].start_line, chunks[1].start_column) == (2, 9)


def test_markers_without_the_space_or_with_too_few_dashes_do_not_split() -> None:
    text = "a\n//-----\nb\n// ---\nc\n//  -----\nd\n// --\n"
    assert [c.text for c in split_input(text)] == [text]


def test_marker_at_start_and_end_gives_empty_chunks() -> None:
    chunks = split_input("// -----\na\n// -----")
    assert [c.text for c in chunks] == ["", "\na\n", ""]
    assert [(c.start_line, c.start_column) for c in chunks] == [(1, 1), (1, 9), (3, 9)]


def test_adjacent_markers_give_an_empty_chunk_between() -> None:
    chunks = split_input("a// -----// -----b")
    assert [c.text for c in chunks] == ["a", "", "b"]
    assert [c.column_offset for c in chunks] == [0, 9, 17]


def test_line_offsets_of_many_chunks() -> None:
    pieces = [f'"test.op{i}"() : () -> ()\n' * (i + 1) for i in range(5)]
    text = "// -----\n".join(pieces)
    chunks = split_input(text)
    assert len(chunks) == 5
    marker_lines = [n + 1 for n, line in enumerate(text.split("\n")) if line == "// -----"]
    assert [c.start_line for c in chunks] == [1, *marker_lines]
    assert [c.start_column for c in chunks] == [1, 9, 9, 9, 9]
    for i, chunk in enumerate(chunks):
        assert chunk.text.lstrip("\n") == pieces[i]
        # Every op of every chunk is where it is in the original file.
        padded = chunk.padded_text()
        assert padded.endswith(chunk.text)
        assert position_of(padded, f'"test.op{i}"') == position_of(text, f'"test.op{i}"')


def test_crlf_line_endings() -> None:
    text = "a\r\n// -----\r\nb\r\n"
    chunks = split_input(text)
    assert [c.text for c in chunks] == ["a\r\n", "\r\nb\r\n"]
    assert position_of(chunks[1].padded_text(), "b") == (3, 1)


def test_custom_marker() -> None:
    text = "a\n# ====\nb\n# ==\nc\n"
    chunks = split_input(text, marker="# ====")
    assert [c.text for c in chunks] == ["a\n", "\nb\n# ==\nc\n"]
    misses = find_near_misses(text, "f.txt", marker="# ====")
    assert [d.location for d in misses] == [FileLineColLoc("f.txt", 4, 5)]


def test_short_custom_marker_has_no_near_misses() -> None:
    text = "a%%b%c"
    assert [c.text for c in split_input(text, marker="%%")] == ["a", "b%c"]
    assert find_near_misses(text, "f", marker="%%") == []


def test_empty_marker_is_rejected() -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        split_input("abc", marker="")


def test_near_misses_are_warnings_after_the_matching_part() -> None:
    # iree-opt: `e.mlir:2:7: warning: near miss with file split marker` for `// --- -- x`,
    # and the same for `// ---` at the end of a file; `// --` is not a near miss.
    text = "a // ----- b\n// --- -- x\n// --\n//  -----\n// ---"
    misses = find_near_misses(text, "e.mlir")
    assert [(d.severity, d.message) for d in misses] == [
        (Severity.WARNING, NEAR_MISS_MESSAGE),
        (Severity.WARNING, NEAR_MISS_MESSAGE),
    ]
    assert NEAR_MISS_MESSAGE == "near miss with file split marker"
    assert [d.location for d in misses] == [
        FileLineColLoc("e.mlir", 2, 7),
        FileLineColLoc("e.mlir", 5, 7),
    ]


def test_near_miss_before_a_real_marker() -> None:
    text = "// ---// -----x"
    assert [c.text for c in split_input(text)] == ["// ---", "x"]
    assert [d.location for d in find_near_misses(text, "f")] == [FileLineColLoc("f", 1, 7)]


def test_no_near_misses_in_a_well_formed_file() -> None:
    assert find_near_misses("a\n// -----\nb\n// ------\n", "f") == []


def test_join_outputs_matches_mlir_opt() -> None:
    # iree-opt prints each module followed by a blank line, nothing for a failed chunk,
    # and `// -----` plus a newline between two chunks.
    module_a = 'module {\n  "test.a"() : () -> ()\n}\n\n'
    module_b = 'module {\n  "test.b"() : () -> ()\n}\n\n'
    assert join_outputs([module_a, module_b, "", "", ""]) == (
        module_a + "// -----\n" + module_b + "// -----\n// -----\n// -----\n"
    )
    assert join_outputs(["", module_a]) == "// -----\n" + module_a


def test_join_outputs_edge_cases() -> None:
    assert join_outputs([]) == ""
    assert join_outputs(["only\n"]) == "only\n"
    assert join_outputs(["no newline"]) == "no newline"
    assert join_outputs(["a", "b"]) == "a\n// -----\nb"
    assert join_outputs(["a\n", "b\n"], marker="# ==") == "a\n# ==\nb\n"
    assert DEFAULT_MARKER == "// -----"


def test_split_then_join_round_trips_chunks_ending_in_newline() -> None:
    text = "a\n// -----\nb\n// -----\nc\n"
    chunks = split_input(text)
    outputs = [c.text.lstrip("\n") for c in chunks]
    assert join_outputs(outputs) == text
