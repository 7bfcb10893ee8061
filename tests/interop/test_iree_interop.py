"""Differential tests of pyir's textual format against MLIR, with `iree-opt` as the oracle.

Every `.mlir` file under `builtin/` is run through both tools (see README.md):

- `test_corpus_iree_roundtrip`: the corpus itself is sound. iree-opt accepts each file,
  re-parses each of its own four prints (custom / generic, with and without debuginfo) to
  the same generic print, and is a fixed point on them. Needs no pyir at all.
- `test_pyir_to_mlir` (a): what pyir-opt prints, iree-opt parses, with the same meaning:
  iree-opt's generic print of pyir-opt's output equals its generic print of the original.
- `test_mlir_to_pyir` (b): what iree-opt prints, pyir-opt parses, and pyir-opt's generic
  print of it is byte-identical to iree-opt's generic print of the same text.
- `test_pyir_fixed_point` (c): pyir-opt applied to its own output gives the same text.

Meaning is compared through iree-opt's generic form (`--mlir-print-op-generic`) and, with
locations, `--mlir-print-op-generic --mlir-print-debuginfo`. The only normalization is
`normalize()`: trailing whitespace at the very end of an output is ignored. Locations need
none: every run of both tools on the same text gets the same path, and comparisons with
locations only ever parse text printed with `--mlir-print-debuginfo`, where every location
is explicit, so nothing depends on the name of an intermediate file.

Tool lookup (tests/opt_tools.py): `$IREE_OPT` or `iree-opt` on PATH (its pip wrapper is
resolved to the native binary it starts, about 25x faster); `$PYIR_OPT` (a command line,
split like a shell would) or `pyir-opt` on PATH or `python -m pyir.tools.opt`. A missing
iree-opt fails the tests: install it with `pip install iree-base-compiler`.
"""

from __future__ import annotations

import difflib
import shlex
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from opt_tools import iree_opt, pyir_opt

INTEROP_DIR = Path(__file__).resolve().parent
CORPUS_DIR = INTEROP_DIR
# Paths relative to INTEROP_DIR, which is the working directory of every tool run, so the
# file names inside implicit locations are short and the same on every machine. One folder
# per dialect (`builtin/`, `arith/`, `scf/`, ...).
CORPUS: list[str] = sorted(
    p.relative_to(INTEROP_DIR).as_posix() for p in CORPUS_DIR.rglob("*.mlir")
)
SPLIT_MARKER = "// -----"
TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Mode:
    """How a tool prints: the flags of one print mode and a short name for test ids."""

    name: str
    flags: tuple[str, ...]

    @property
    def debuginfo(self) -> bool:
        return "--mlir-print-debuginfo" in self.flags


CUSTOM = Mode("custom", ())
GENERIC = Mode("generic", ("--mlir-print-op-generic",))
CUSTOM_DEBUG = Mode("custom+debuginfo", ("--mlir-print-debuginfo",))
GENERIC_DEBUG = Mode("generic+debuginfo", ("--mlir-print-op-generic", "--mlir-print-debuginfo"))
GENERIC_DEBUG_LOCAL = Mode(
    "generic+debuginfo+local-scope",
    ("--mlir-print-op-generic", "--mlir-print-debuginfo", "--mlir-print-local-scope"),
)
PRINT_MODES = (CUSTOM, GENERIC, CUSTOM_DEBUG, GENERIC_DEBUG)

# (b): which iree-opt print pyir-opt parses, and how both tools then print it.
MLIR_TO_PYIR_CASES: tuple[tuple[Mode, Mode], ...] = (
    (CUSTOM, GENERIC),
    (GENERIC, GENERIC),
    (CUSTOM_DEBUG, GENERIC_DEBUG),
    (GENERIC_DEBUG, GENERIC_DEBUG),
    (GENERIC_DEBUG, GENERIC_DEBUG_LOCAL),
)


def is_split(rel: str) -> bool:
    """Files under a `split/` folder are run with --split-input-file."""
    return "split" in Path(rel).parts


#: Written in a corpus file's comment header when MLIR's custom form of some op in it
#: cannot carry every location: `scf.for %i = ...` prints no location for the block
#: argument it names in its header, and an elided implicit terminator prints none, so a
#: re-parsed custom+debuginfo print gives those values and ops new locations (iree-opt's
#: own print does too). For such files the location comparisons of re-parsed
#: custom+debuginfo prints are skipped; every other check runs.
CUSTOM_DROPS_LOCATIONS = "interop: custom form drops locations"


@cache
def custom_drops_locations(rel: str) -> bool:
    """Whether the header of corpus file `rel` holds the CUSTOM_DROPS_LOCATIONS marker."""
    text = (INTEROP_DIR / rel).read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    return CUSTOM_DROPS_LOCATIONS in header


def compares_locations(rel: str, mode: Mode) -> bool:
    """Whether a re-parsed print of `rel` in `mode` keeps every location to compare."""
    return mode.debuginfo and not (mode is CUSTOM_DEBUG and custom_drops_locations(rel))


def common_flags(rel: str) -> tuple[str, ...]:
    flags = ("--allow-unregistered-dialect",)
    return (*flags, "--split-input-file") if is_split(rel) else flags


def normalize(text: str) -> str:
    """The one normalization: whitespace at the very end of an output does not count."""
    return text.rstrip() + "\n"


# --------------------------------------------------------------------------- running


class Workspace:
    """Runs the tools and memoizes their outputs for the whole session.

    Intermediate texts are written under one temporary folder with readable names, so a
    failure message can point at files to re-run by hand. Keyed by (command, flags, input
    path); inputs are never rewritten with different text under the same name.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._outputs: dict[tuple[tuple[str, ...], str], str] = {}

    def write(self, rel: str, label: str, text: str) -> Path:
        path = self.root / f"{rel.replace('/', '__')}.{label}.mlir"
        if not path.exists():
            path.write_text(text, encoding="utf-8", errors="surrogateescape")
        return path

    def run(self, command: tuple[str, ...], flags: tuple[str, ...], path: Path | str) -> str:
        key = ((*command, *flags), str(path))
        if key not in self._outputs:
            self._outputs[key] = self._run(command, flags, str(path))
        return self._outputs[key]

    @staticmethod
    def _run(command: tuple[str, ...], flags: tuple[str, ...], path: str) -> str:
        argv = [*command, *flags, path]
        shown = shlex.join(argv)
        try:
            proc = subprocess.run(
                argv,
                cwd=INTEROP_DIR,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(
                f"timed out after {TIMEOUT_SECONDS}s (cwd {INTEROP_DIR}):\n  {shown}", pytrace=False
            )
        except OSError as err:
            pytest.fail(f"could not run {shown}: {err}", pytrace=False)
        stderr = proc.stderr.decode("utf-8", errors="replace")
        if proc.returncode != 0:
            pytest.fail(
                f"exit status {proc.returncode} (cwd {INTEROP_DIR}):\n  {shown}\n{_tail(stderr)}",
                pytrace=False,
            )
        return proc.stdout.decode("utf-8", errors="surrogateescape")

    # Shorthands: one tool on one file, with the file's common flags plus a print mode.
    def iree(self, rel: str, mode: Mode, path: Path | str, *extra: str) -> str:
        return self.run(iree_opt(), (*common_flags(rel), *mode.flags, *extra), path)

    def pyir(self, rel: str, mode: Mode, path: Path | str) -> str:
        return self.run(pyir_opt(), (*common_flags(rel), *mode.flags), path)


def _tail(text: str, limit: int = 4000) -> str:
    return text if len(text) <= limit else "...\n" + text[-limit:]


def assert_same_text(expected: str, actual: str, expected_name: str, actual_name: str) -> None:
    """Equality after normalize(), reported as a unified diff."""
    want, got = normalize(expected), normalize(actual)
    if want == got:
        return
    diff = difflib.unified_diff(
        want.splitlines(keepends=True),
        got.splitlines(keepends=True),
        fromfile=expected_name,
        tofile=actual_name,
        n=2,
    )
    pytest.fail("texts differ:\n" + _tail("".join(diff), 8000), pytrace=False)


@pytest.fixture(scope="session")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("interop"))


def _mode_ids(value: object) -> str | None:
    return value.name if isinstance(value, Mode) else None


# --------------------------------------------------------------------------- the tests


def test_corpus_is_present_and_documented() -> None:
    """Every corpus file opens with a comment header; split files hold a split marker and
    no other file does (MLIR splits on the marker even inside a comment)."""
    assert len(CORPUS) >= 15, f"expected a corpus under {CORPUS_DIR}, found {CORPUS}"
    for rel in CORPUS:
        text = (INTEROP_DIR / rel).read_text(encoding="utf-8")
        assert text.startswith("//"), f"{rel}: missing the comment header"
        assert (SPLIT_MARKER in text) == is_split(rel), f"{rel}: split marker misplaced"


@pytest.mark.parametrize("rel", CORPUS)
def test_corpus_iree_roundtrip(ws: Workspace, rel: str) -> None:
    """iree-opt accepts the file, its own prints keep the meaning, and it is a fixed point."""
    generic = ws.iree(rel, GENERIC, rel)
    generic_debug = ws.iree(rel, GENERIC_DEBUG, rel)
    for mode in PRINT_MODES:
        printed = ws.iree(rel, mode, rel)
        path = ws.write(rel, f"iree-{mode.name}", printed)
        assert_same_text(
            generic,
            ws.iree(rel, GENERIC, path),
            f"iree generic of {rel}",
            f"iree generic of iree {mode.name} ({path})",
        )
        if compares_locations(rel, mode):
            assert_same_text(
                generic_debug,
                ws.iree(rel, GENERIC_DEBUG, path),
                f"iree generic+debuginfo of {rel}",
                f"iree generic+debuginfo of iree {mode.name} ({path})",
            )
        if mode is CUSTOM_DEBUG and custom_drops_locations(rel):
            # Locations the custom form does not print still get aliases, so a re-parse
            # renumbers the aliases: not a fixed point, by MLIR's own printer.
            continue
        assert_same_text(
            printed,
            ws.iree(rel, mode, path),
            f"iree {mode.name} of {rel}",
            f"iree {mode.name} of that ({path})",
        )


@pytest.mark.parametrize("mode", PRINT_MODES, ids=_mode_ids)
@pytest.mark.parametrize("rel", CORPUS)
def test_pyir_to_mlir(ws: Workspace, rel: str, mode: Mode) -> None:
    """(a) pyir-opt's print of the file is accepted by iree-opt and means the same."""
    printed = ws.pyir(rel, mode, rel)
    path = ws.write(rel, f"pyir-{mode.name}", printed)
    ws.iree(rel, CUSTOM, path)  # accepted (and verified) by MLIR
    assert_same_text(
        ws.iree(rel, GENERIC, rel),
        ws.iree(rel, GENERIC, path),
        f"iree generic of {rel}",
        f"iree generic of pyir {mode.name} ({path})",
    )
    if compares_locations(rel, mode):
        # pyir printed every location, so this compares them all: explicit ones from the
        # file and the file:line:col ones both tools assign to operations and arguments.
        assert_same_text(
            ws.iree(rel, GENERIC_DEBUG, rel),
            ws.iree(rel, GENERIC_DEBUG, path),
            f"iree generic+debuginfo of {rel}",
            f"iree generic+debuginfo of pyir {mode.name} ({path})",
        )


@pytest.mark.parametrize(("source", "printed"), MLIR_TO_PYIR_CASES, ids=_mode_ids)
@pytest.mark.parametrize("rel", CORPUS)
def test_mlir_to_pyir(ws: Workspace, rel: str, source: Mode, printed: Mode) -> None:
    """(b) pyir-opt parses iree-opt's print and prints it generically exactly as iree-opt."""
    path = ws.write(rel, f"iree-{source.name}", ws.iree(rel, source, rel))
    assert_same_text(
        ws.iree(rel, printed, path),
        ws.pyir(rel, printed, path),
        f"iree {printed.name} of {path}",
        f"pyir {printed.name} of {path}",
    )


@pytest.mark.parametrize("mode", PRINT_MODES, ids=_mode_ids)
@pytest.mark.parametrize("rel", CORPUS)
def test_pyir_fixed_point(ws: Workspace, rel: str, mode: Mode) -> None:
    """(c) pyir-opt's output, fed back to pyir-opt in the same mode, comes out unchanged."""
    first = ws.pyir(rel, mode, rel)
    path = ws.write(rel, f"pyir-{mode.name}", first)
    assert_same_text(
        first,
        ws.pyir(rel, mode, path),
        f"pyir {mode.name} of {rel}",
        f"pyir {mode.name} of that ({path})",
    )
