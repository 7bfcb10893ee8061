"""`--split-input-file`: cut one source text into chunks that are processed independently.

Splitting follows `mlir-opt`:

* The marker (`// -----` unless another is given) is matched anywhere in the text, not
  only on a line of its own; leading whitespace on the line does not matter. The chunk
  after it starts right after the marker's last dash, so text that follows the marker on
  the same line (usually nothing but the newline) belongs to the next chunk, and a longer
  run of dashes (`// ------`) leaves the extra dashes there, where the parser reports them.
* The marker's leading part without its last two characters (`// ---`) followed by
  anything else is a *near miss*: it does not split, and `find_near_misses` reports it as a
  warning at the character after that part (`near miss with file split marker`).
* Outputs of the chunks are joined with the marker on a line of its own (`join_outputs`).

Two cases where `mlir-opt` behaves by accident rather than design are made regular here:
a marker at the very start of the text yields an empty first chunk, and a marker at the very
end yields an empty last chunk (MLIR mis-splits the first and calls the second a near miss).

Line numbers: every chunk remembers how many lines and columns of the original text precede
its first character (`line_offset`, `column_offset`). `Chunk.padded_text()` returns the chunk
prefixed by that many newlines and spaces, so a parser given the padded text and the original
file name reports exactly the line and column `mlir-opt` reports for the same spot of the
original file. A parser that accepts a starting position can take the two offsets instead of
the padding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pyir.diagnostics import Diagnostic, Severity
from pyir.location import FileLineColLoc

DEFAULT_MARKER = "// -----"
"""The marker MLIR's tools split on and print between the outputs of chunks."""

NEAR_MISS_MESSAGE = "near miss with file split marker"

# How many trailing characters of the marker a near miss may get wrong (MLIR checks two).
_CHECKED_TAIL = 2


@dataclass(frozen=True)
class Chunk:
    """One piece of a split source text.

    Invariants: `text == source[start:end]` of the text it was cut from; `line_offset` is
    the number of newlines in `source[:start]`, and `column_offset` the number of characters
    between the last of them (or the start of the text) and `start`. For the first chunk all
    three are 0.
    """

    text: str
    start: int
    end: int
    line_offset: int
    column_offset: int

    @property
    def start_line(self) -> int:
        """1-based line of the chunk's first character in the original text."""
        return self.line_offset + 1

    @property
    def start_column(self) -> int:
        """1-based column of the chunk's first character in the original text."""
        return self.column_offset + 1

    def padded_text(self) -> str:
        """The chunk behind `line_offset` newlines and `column_offset` spaces.

        Positions in the padded text are positions in the original text: parse it under the
        original file name and every location names the original line and column.
        """
        if not self.line_offset and not self.column_offset:
            return self.text
        return "\n" * self.line_offset + " " * self.column_offset + self.text


def _marker_positions(text: str, marker: str) -> tuple[list[int], list[int]]:
    """Start offsets of the markers that split, and offsets where a near miss goes wrong.

    Like MLIR, scan for the marker without its checked tail; an occurrence followed by the
    tail is a split, any other occurrence a near miss. Markers too short to have a checked
    tail only ever split.
    """
    if not marker:
        raise ValueError("the split marker must not be empty")
    if len(marker) <= _CHECKED_TAIL:
        head, tail = marker, ""
    else:
        head, tail = marker[:-_CHECKED_TAIL], marker[-_CHECKED_TAIL:]
    splits: list[int] = []
    misses: list[int] = []
    pos = text.find(head)
    while pos >= 0:
        after = pos + len(head)
        if text.startswith(tail, after):
            splits.append(pos)
            pos = text.find(head, after + len(tail))
        else:
            misses.append(after)
            pos = text.find(head, after)
    return splits, misses


def split_input(text: str, marker: str = DEFAULT_MARKER) -> list[Chunk]:
    """Cut `text` at every `marker`; always returns at least one chunk.

    The markers themselves belong to no chunk. See the module docstring for the rules.
    """
    splits, _ = _marker_positions(text, marker)
    chunks: list[Chunk] = []
    start = 0
    line_offset = 0
    line_start = 0  # offset of the first character of the line `start` is on
    for split in [*splits, len(text)]:
        chunks.append(Chunk(text[start:split], start, split, line_offset, start - line_start))
        if split == len(text):
            break
        next_start = split + len(marker)
        newlines = text.count("\n", start, next_start)
        if newlines:
            line_offset += newlines
            line_start = text.rfind("\n", start, next_start) + 1
        start = next_start
    return chunks


def find_near_misses(text: str, filename: str, marker: str = DEFAULT_MARKER) -> list[Diagnostic]:
    """Warnings for text that almost is a split marker (`// ---` not followed by `--`).

    Each warning is located at the first character after the matching part, as in MLIR.
    """
    _, misses = _marker_positions(text, marker)
    warnings: list[Diagnostic] = []
    for offset in misses:
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        location = FileLineColLoc(filename, line, column)
        warnings.append(Diagnostic(Severity.WARNING, NEAR_MISS_MESSAGE, location))
    return warnings


def join_outputs(outputs: Sequence[str], marker: str = DEFAULT_MARKER) -> str:
    """The outputs of the chunks with `marker` on a line of its own between each two.

    This is what `mlir-opt --split-input-file` prints: each chunk's output as it is
    (`mlir-opt` ends a printed module with a blank line; a chunk that failed prints nothing)
    followed, unless it is the last, by the marker and a newline. An output that does not
    end in a newline gets one before the marker, so the marker always starts a line.
    """
    separator = marker + "\n"
    pieces: list[str] = []
    for index, output in enumerate(outputs):
        if index:
            pieces.append(separator)
        pieces.append(output)
        if output and not output.endswith("\n") and index + 1 < len(outputs):
            pieces.append("\n")
    return "".join(pieces)
