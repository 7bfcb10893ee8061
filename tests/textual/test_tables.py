"""Tests of pyir.textual.tables and the LALR driver that runs them.

* The grammar (core, and composed with the installed dialects' syntax) is LALR(1) with no
  conflict that lark would resolve silently.
* The disk cache round-trips, is keyed by the grammar, and survives corruption.
* A differential test: lark's own LALR parser, fed by pyir's lexer through the same
  state-dependent keyword rule, and pyir's table driver must accept the same inputs and
  perform the same reductions, with the same children, in the same order.
"""

from __future__ import annotations

import os
import pickle
import random
import subprocess
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lark
import pytest
from lark.exceptions import GrammarError, UnexpectedInput
from lark.parsers.lalr_analysis import LALR_Analyzer

from pyir.textual import lalr as lx
from pyir.textual import tables
from pyir.textual.grammar_registry import DriverTables

CORE = tables.core_grammar()


# -- conflicts --------------------------------------------------------------------------------
def lalr_conflict(grammar: str) -> str | None:
    """lark's message for the first LALR conflict of `grammar`, or None.

    lark resolves shift/reduce conflicts silently (as a shift) unless asked to be strict,
    so the analysis is re-run in strict mode.
    """
    parser = lark.Lark(grammar, parser="lalr", lexer="basic", maybe_placeholders=True)
    try:
        LALR_Analyzer(parser.parser.parser.parser_conf, strict=True).compute_lalr()
    except GrammarError as err:
        return str(err)
    return None


def test_the_conflict_check_finds_conflicts() -> None:
    ambiguous = 'start: expr\nexpr: expr "+" expr | NUM\nNUM: /[0-9]+/\n%ignore " "\n'
    message = lalr_conflict(ambiguous)
    assert message is not None and "Shift/Reduce" in message


def test_core_grammar_has_no_conflicts() -> None:
    assert lalr_conflict(CORE) is None


def test_tables_cover_every_lexer_kind() -> None:
    t = tables.load_tables(CORE)
    for kind, name in lx.TERMINAL_NAMES.items():
        if name == "$END":
            assert t.kind_terminal[kind] == t.eof_id
        else:
            assert t.symbol_names[t.kind_terminal[kind]] == name
    assert t.symbol_names[t.bare_id_id] == "BARE_ID"
    assert t.symbol_names[t.int_type_id] == "INT_TYPE"
    assert t.symbol_names[t.dim_list_id] == "DIM_LIST"
    for word in ("tensor", "loc", "module", "dense", "f32", "index", "true"):
        assert word in t.keywords
    assert len(t.rules) == len(t.rule_names)
    assert len(t.action) == len(t.actions) * t.n_symbols


# -- the disk cache --------------------------------------------------------------------------------
def canonical(t: tables.ParseTables) -> dict[str, Any]:
    """Everything in `t` that does not depend on lark's state numbering (which varies from
    one build to the next): states are renumbered in breadth-first order from the start."""
    order = {t.start_state: 0}
    queue = deque([t.start_state])
    while queue:
        state = queue.popleft()
        for symbol in sorted(t.actions[state]):
            target = t.actions[state][symbol]
            if target >= 0 and target not in order:
                order[target] = len(order)
                queue.append(target)
    automaton = [
        sorted(
            (str(t.symbol_names[symbol]), ("shift", order[a]) if a >= 0 else ("reduce", -a - 1))
            for symbol, a in t.actions[state].items()
        )
        for state in sorted(order, key=order.__getitem__)
    ]
    return {
        "automaton": automaton,
        "reachable": len(order),
        "end": order[t.end_state],
        "symbols": [str(name) for name in t.symbol_names],
        "rules": t.rules,
        "rule_names": [str(name) for name in t.rule_names],
        "keywords": t.keywords,
        "kind_terminal": list(t.kind_terminal),
        "ids": (t.int_type_id, t.dim_list_id, t.bare_id_id, t.eof_id, t.n_symbols),
        "spelling": t.terminal_spelling,
    }


def assert_flat_table_matches(t: tables.ParseTables) -> None:
    """The driver's flat array encodes exactly the per-state action dicts."""
    assert len(t.action) == len(t.actions) * t.n_symbols
    nonzero = 0
    for state, row in enumerate(t.actions):
        for symbol, a in row.items():
            assert t.action[state * t.n_symbols + symbol] == (a + 1 if a >= 0 else a)
            nonzero += 1
    assert sum(1 for a in t.action if a != 0) == nonzero


def test_flat_action_table_matches_the_action_dicts() -> None:
    assert_flat_table_matches(tables.load_tables(CORE))


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PYIR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(tables, "_MEMORY", {})
    return tmp_path


def _refuse_to_build(grammar: str) -> tables.ParseTables:
    raise AssertionError("tables were rebuilt instead of loaded from the cache")


def test_cache_round_trip(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tables.cache_dir() == str(cache_dir)
    built = tables.load_tables(CORE)
    files = list(cache_dir.glob("tables-*.pickle"))
    assert len(files) == 1
    assert not list(cache_dir.glob("*.tmp"))
    # In memory: the same object.
    assert tables.load_tables(CORE) is built
    # From disk: an equal object, without running lark.
    monkeypatch.setattr(tables, "_MEMORY", {})
    monkeypatch.setattr(tables, "build_tables", _refuse_to_build)
    loaded = tables.load_tables(CORE)
    assert loaded is not built
    assert loaded.__getstate__() == built.__getstate__()


def test_cached_tables_equal_freshly_built_ones(cache_dir: Path) -> None:
    cached = tables.load_tables(CORE)
    fresh = tables.build_tables(CORE)
    assert canonical(cached) == canonical(fresh)
    assert canonical(cached)["reachable"] == len(fresh.actions)
    assert_flat_table_matches(fresh)


def test_cache_is_keyed_by_the_grammar(cache_dir: Path) -> None:
    tables.load_tables(CORE)
    other = CORE + "\n// a comment changes the hash\n"
    tables.load_tables(other)
    assert len(list(cache_dir.glob("tables-*.pickle"))) == 2


def test_corrupt_cache_file_is_rebuilt(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = tables.load_tables(CORE)
    (path,) = cache_dir.glob("tables-*.pickle")
    for garbage in (b"", b"not a pickle", pickle.dumps(None)[:3]):
        path.write_bytes(garbage)
        monkeypatch.setattr(tables, "_MEMORY", {})
        rebuilt = tables.load_tables(CORE)
        assert canonical(rebuilt) == canonical(built)
    # ... and rewritten.
    monkeypatch.setattr(tables, "_MEMORY", {})
    monkeypatch.setattr(tables, "build_tables", _refuse_to_build)
    assert tables.load_tables(CORE).__getstate__() == rebuilt.__getstate__()


def test_unwritable_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("PYIR_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(tables, "_MEMORY", {})
    assert tables.load_tables(CORE).n_symbols > 0


_WARM_RUN = """
import sys
from pyir.context import Context
from pyir.textual.parser import parse_source
module = parse_source('"test.a"() : () -> ()', "x", Context(allow_unregistered_dialects=True))
assert module is not None
print("lark" in sys.modules)
"""


def test_a_warm_cache_parses_without_importing_lark(tmp_path: Path) -> None:
    env = dict(os.environ, PYIR_CACHE_DIR=str(tmp_path))
    runs = [
        subprocess.run(
            [sys.executable, "-c", _WARM_RUN], env=env, capture_output=True, text=True, timeout=120
        )
        for _ in range(2)
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
    assert list(tmp_path.glob("tables-*.pickle"))
    assert runs[1].stdout.strip() == "False"


# -- differential test against lark's LALR parser --------------------------------------------------
class _PyirTokens(lark.lexer.Lexer):
    """Feeds lark's parser with pyir's lexer, resolving keywords by the parser's state
    exactly as the driver does (a bare identifier is a keyword where the state accepts it,
    else an integer type where INT_TYPE is accepted, else BARE_ID)."""

    __future_interface__ = 2

    def __init__(self, lexer_conf: Any) -> None:
        self.keywords: dict[str, str] = {}
        for terminal in lexer_conf.terminals:
            pattern = terminal.pattern
            if pattern.type == "str" and (pattern.value[:1].isalpha() or pattern.value[:1] == "_"):
                self.keywords[pattern.value] = terminal.name

    def lex(self, lexer_state: Any, parser_state: Any) -> Iterator[lark.Token]:
        text = lexer_state.text
        text = getattr(text, "text", text)
        lexer = lx.Lexer(text)
        states = parser_state.parse_conf.states
        while True:
            accepted = states[parser_state.position]
            kind = -1
            if "DIM_LIST" in accepted and lexer.lex_dims() == lx.K_DIM_LIST:
                kind = lx.K_DIM_LIST
            if kind < 0:
                kind = lexer.next()
            if kind == lx.K_EOF:
                return
            if kind == lx.K_ERROR:
                raise ValueError(lexer.error)
            spelling = text[lexer.tok_start : lexer.tok_end]
            name = lx.TERMINAL_NAMES[kind]
            if kind == lx.K_BARE_ID:
                keyword = self.keywords.get(spelling)
                if keyword is not None and keyword in accepted:
                    name = keyword
                elif "INT_TYPE" in accepted and _is_int_type(spelling):
                    name = "INT_TYPE"
            yield lark.Token(name, spelling, start_pos=lexer.tok_start)


def _is_int_type(word: str) -> bool:
    body = word[1:] if word[:1] in ("s", "u") else word
    return len(body) > 1 and body[0] == "i" and body[1:].isdigit() and body[1] != "0"


class _Node:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class _Recorder:
    """A builder whose every rule callback records (rule name, shape of its children)."""

    def __init__(self) -> None:
        self.pos = 0
        self.log: list[tuple[str, str]] = []

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)

        def callback(children: list) -> _Node:
            self.log.append((name, "".join(_shape(c) for c in children)))
            return _Node(name)

        return callback


def _shape(child: object) -> str:
    """N: an absent optional; T: a token; R: a reduced rule."""
    if child is None:
        return "N"
    if isinstance(child, (_Node, lark.Tree)):
        return "R"
    assert isinstance(child, str), child
    return "T"


@pytest.fixture(scope="module")
def lark_parser() -> lark.Lark:
    return lark.Lark(CORE, parser="lalr", lexer=_PyirTokens, maybe_placeholders=True)


@pytest.fixture(scope="module")
def core_tables() -> tables.ParseTables:
    return tables.load_tables(CORE)


def lark_reductions(parser: lark.Lark, text: str) -> list[tuple[str, str]] | None:
    """The reductions lark's parser performs (post-order of its tree), or None on error."""
    try:
        tree = parser.parse(text)
    except UnexpectedInput:
        return None
    out: list[tuple[str, str]] = []

    def visit(node: lark.Tree) -> None:
        for child in node.children:
            if isinstance(child, lark.Tree):
                visit(child)
        out.append((str(node.data), "".join(_shape(c) for c in node.children)))

    visit(tree)
    return out


def driver_reductions(t: tables.ParseTables, text: str) -> list[tuple[str, str]] | None:
    """The reductions pyir's driver performs, or None on a syntax error."""
    recorder = _Recorder()
    driver_tables = DriverTables(t, t.bind(recorder))
    try:
        lx.parse(driver_tables, lx.Lexer(text), recorder, t.start_state)
    except lx.SyntaxErrorAt:
        return None
    return recorder.log


VALID = [
    "",
    "// nothing but a comment\n",
    '"test.a"() : () -> ()',
    '%0 = "test.a"() : () -> i32',
    '%a, %b:2 = "test.a"(%x, %y#1) : (i32, f32) -> (i1, i8, i16)',
    '"test.br"()[^bb1, ^bb2] : () -> ()',
    '"test.p"() <{p = 1 : i32}> {a, b = "s"} : () -> ()',
    '"test.r"() ({\n  "test.x"() : () -> ()\n}, {\n}) : () -> ()',
    '"test.r"() ({\n^bb0(%a: i32 loc("x":1:2), %b: f32):\n^bb1:\n}) : () -> ()',
    '"test.a"() : () -> () loc(callsite("a" at fused<"m">["b":1:2, unknown]))',
    '"test.a"() : () -> () loc(#l)\n#l = loc("n"("f":3:4))',
    "#map = affine_map<(d0, d1)[s0] -> (d0 + d1 * 2 - s0, d1 floordiv 4, -d0 mod 3)>",
    "#set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 ceildiv 2 == 0)>",
    "!t = tensor<4x?x[8]xf32, #enc>",
    '"test.t"() : () -> (memref<*xf32, 1>, memref<0x4xi8, strided<[4, -1], offset: ?>, 3>)',
    '"test.t"() : () -> (vector<[4]x4xbf16>, complex<f64>, tuple<i1, tuple<>>, none, index)',
    '"test.t"() : () -> ((i32) -> (), () -> (f32, f64), si8, ui64)',
    '"test.a"() {d = dense<[[1, -2], [3, 4]]> : tensor<2x2xi32>, e = dense<> : tensor<0xf32>}'
    " : () -> ()",
    '"test.a"() {d = dense<[(1.0, -2.5), (0x1, 2)]> : tensor<2xcomplex<f32>>} : () -> ()',
    '"test.a"() {d = dense<["a", true, false]> : tensor<3x!foo.t>} : () -> ()',
    '"test.a"() {r = dense_resource<blob> : tensor<4xi8>, s = @a::@b::@"c d"} : () -> ()',
    '"test.a"() {x = array<i32>, y = array<f32: 1.5, -2.0>, z = array<i1: true>} : () -> ()',
    '"test.a"() {x = [1, -2.5 : f16, "s" : i32, unit, [], {}, {k = i32}]} : () -> ()',
    '"test.a"() {x = strided<[]>, y = strided<[?, 1]>, z = loc(unknown)} : () -> ()',
    '"test.a"() {x = #foo.a<1, <2>>, y = !foo.b<"x">, z = #alias} : () -> ()',
    "module @m attributes {a = 1} {\n}\nbuiltin.module {\n}",
    "%c = unrealized_conversion_cast %a, %b : i32, i64 to f32 {tag}",
    "%c = builtin.unrealized_conversion_cast to i32",
    '{-# dialect_resources: { builtin: { a: "0x01", "b c": "0x02" } } #-}',
    "{-# #-}",
    # Keywords are names where the state does not expect them.
    '"test.a"() {tensor = 1, loc = 2, module = 3, i32 = 4, offset = 5} : () -> ()',
    "#map = affine_map<(tensor, i32) -> (tensor + i32)>",
]

INVALID = [
    '"test.a"(',
    '"test.a"() : ()',
    '"test.a"() : () -> () }',
    '"test.a"() {a = } : () -> ()',
    '"test.a"() {a = [1, 2} : () -> ()',
    '"test.a"() : (i32 -> ()',
    '%0 = "test.a"() : () -> i32 loc(',
    "%0 =",
    '"test.a"() : () -> tensor<4xf32',
    '"test.a"() : () -> tensor<4x>',
    '"test.a"() : () -> vector<4x4>',
    '"test.a"() {x = dense<[1, 2]>} : () -> ()',
    '"test.a"() {x = strided<[1], offset: >} : () -> ()',
    "#map = affine_map<(d0) -> (d0 +)>",
    "#set = affine_set<(d0) : (d0 > 0)>",
    '"test.r"() ({\n^bb0(%a):\n}) : () -> ()',
    '"test.a"()[] : () -> ()',
    "module module {\n}",
    "{-# a: b #-}",
    "tensor<4xf32>",
]


@pytest.mark.parametrize("text", VALID)
def test_valid_inputs_reduce_identically(
    lark_parser: lark.Lark, core_tables: tables.ParseTables, text: str
) -> None:
    expected = lark_reductions(lark_parser, text)
    assert expected is not None, "the corpus entry is not in the grammar"
    got = driver_reductions(core_tables, text)
    assert got == expected


@pytest.mark.parametrize("text", INVALID)
def test_invalid_inputs_are_rejected_by_both(
    lark_parser: lark.Lark, core_tables: tables.ParseTables, text: str
) -> None:
    assert lark_reductions(lark_parser, text) is None
    assert driver_reductions(core_tables, text) is None


def test_recorded_reductions_are_rules_of_the_grammar(
    lark_parser: lark.Lark, core_tables: tables.ParseTables
) -> None:
    rule_names = {rule.alias or rule.origin.name for rule in lark_parser.rules}
    seen: set[str] = set()
    for text in VALID:
        log = driver_reductions(core_tables, text)
        assert log is not None
        seen.update(name for name, _ in log)
    assert seen <= rule_names
    # The corpus exercises most of the grammar.
    named = {n for n in rule_names if not n.startswith("_")}
    assert len(seen) >= 0.85 * len(named), sorted(named - seen)


def _prefixes_and_mutations(seed: int) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    for text in VALID[2:]:
        lexer = lx.Lexer(text)
        while lexer.next() != lx.K_EOF:
            out.append(text[: lexer.tok_end])
    pieces = ["(", ")", "{", "}", "<", ">", "[", "]", ",", ":", "=", "->", "x", "?", "i32", "-"]
    for _ in range(300):
        text = rng.choice(VALID[2:])
        pos = rng.randrange(len(text) + 1)
        if rng.random() < 0.5:
            text = text[:pos] + rng.choice(pieces) + text[pos:]
        else:
            text = text[:pos] + text[pos + rng.randint(1, 4) :]
        out.append(text)
    return out


def test_prefixes_and_mutations_are_judged_alike(
    lark_parser: lark.Lark, core_tables: tables.ParseTables
) -> None:
    accepted = rejected = 0
    for text in _prefixes_and_mutations(2024):
        try:
            expected = lark_reductions(lark_parser, text)
        except ValueError:
            continue  # a lexer error: neither parser gets that far
        got = driver_reductions(core_tables, text)
        assert got == expected, text
        if expected is None:
            rejected += 1
        else:
            accepted += 1
    assert accepted > 50 and rejected > 300


def test_syntax_errors_name_the_expected_tokens(core_tables: tables.ParseTables) -> None:
    recorder = _Recorder()
    driver_tables = DriverTables(core_tables, core_tables.bind(recorder))
    with pytest.raises(lx.SyntaxErrorAt) as info:
        lx.parse(driver_tables, lx.Lexer('"test.a"() : ()'), recorder, core_tables.start_state)
    assert info.value.message == "expected '->', but got end of file"
    assert info.value.pos == len('"test.a"() : ()')
