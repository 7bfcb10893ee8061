"""Composing the grammar a source text needs: the core grammar plus the custom syntax of
the dialects the text mentions, and the LALR tables for that combination.

Which dialects a text mentions is found with one substring search per registered dialect
(`"name."`), so only those dialects are imported. A false positive (the prefix inside a
string) only loads one dialect more. The composed grammar's tables are cached in memory
and on disk by hash (pyir.textual.tables).
"""

from __future__ import annotations

from typing import Any

from pyir.context import Context
from pyir.textual.tables import ParseTables, core_grammar, load_tables


class Grammar:
    """A composed grammar: its text, tables, and the callbacks of dialect-contributed rules.

    Invariant: every rule name in `extra_callbacks` is a rule of `text`.
    """

    def __init__(self, text: str, extra_callbacks: dict[str, Any]) -> None:
        self.text = text
        self.tables: ParseTables = load_tables(text)
        self.extra_callbacks = extra_callbacks

    def bind(self, builder: Any) -> list[tuple]:
        """Rules with callbacks bound: builder methods, or the dialects' rule factories."""
        bound = self.tables.bind(builder)
        if self.extra_callbacks:
            for i, name in enumerate(self.tables.rule_names):
                factory = self.extra_callbacks.get(name)
                if factory is not None:
                    origin, n_pop, plan, _cb, expand1 = bound[i]
                    bound[i] = (origin, n_pop, plan, factory(builder), expand1)
        return bound


class DriverTables:
    """What the LALR driver reads: the shared tables with one parse's bound callbacks."""

    def __init__(self, tables: ParseTables, rules: list[tuple]) -> None:
        self.action = tables.action
        self.n_symbols = tables.n_symbols
        self.rules = rules
        self.kind_terminal = tables.kind_terminal
        self.keywords = tables.keywords
        self.int_type_id = tables.int_type_id
        self.dim_list_id = tables.dim_list_id
        self.bare_id_id = tables.bare_id_id
        self.eof_id = tables.eof_id
        self.end_state = tables.end_state
        self.describe_error = tables.describe_error
        self.describe_error_stack = tables.describe_error_stack


_CORE_TEXT: str | None = None


def mentioned_dialects(context: Context, text: str) -> list[str]:
    return [
        name
        for name in context.registered_dialect_names()
        if name != "builtin" and (name + ".") in text
    ]


def grammar_for(context: Context, text: str) -> Grammar:
    """The grammar for `text`: core + custom syntax of the mentioned dialects."""
    global _CORE_TEXT
    if _CORE_TEXT is None:
        _CORE_TEXT = core_grammar()
    parts = [_CORE_TEXT]
    callbacks: dict[str, Any] = {}
    definitions: dict[str, type] = {}
    for name in mentioned_dialects(context, text):
        try:
            dialect = context.get_dialect(name)
        except Exception:  # noqa: BLE001
            # A broken plugin whose prefix merely appears in the text (in a string, say)
            # must not stop the parse; an op of it, if there is one, reports the error.
            continue
        if dialect is not None:
            grammar, dialect_callbacks, dialect_definitions = _dialect_parts(dialect)
            parts.append(grammar)
            callbacks.update(dialect_callbacks)
            definitions.update(dialect_definitions)
    # Each definition's rule once, however many dialects use it.
    for rule in sorted(definitions):
        grammar, def_callbacks = definitions[rule]
        parts.append(grammar)
        callbacks.update(def_callbacks)
    return _cached_grammar("\n".join(parts), callbacks)


def _definitions(dialect: Any) -> dict[str, tuple[str, dict[str, Any]]]:
    """The compiled syntax of the attribute and type definitions a dialect's text may
    use, by rule name: its own, and those its op formats print stripped (possibly from
    another dialect)."""
    from pyir.dialect_attrs import stripped_def
    from pyir.textual.attr_def_syntax import compile_definition_syntax, rule_name

    found = [*dialect.attributes, *dialect.types]
    for op in dialect.ops:
        for f in (*op.property_defs, *op.attribute_defs):
            cls = stripped_def(f.constraint)
            if cls is not None:
                found.append(cls)
    return {rule_name(c): compile_definition_syntax(c) for c in found if c.format}


_DIALECT_PARTS: dict[int, tuple[Any, tuple]] = {}


def _dialect_parts(dialect: Any) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """`dialect_syntax` and `_definitions` of one dialect, computed once per dialect."""
    cached = _DIALECT_PARTS.get(id(dialect))
    if cached is not None and cached[0] is dialect:
        return cached[1]
    result = (*dialect_syntax(dialect), _definitions(dialect))
    _DIALECT_PARTS[id(dialect)] = (dialect, result)
    return result


def dialect_syntax(dialect: Any) -> tuple[str, dict[str, Any]]:
    """Grammar and callback factories of one dialect: its hand-written syntax plus one
    rule per op with a declarative format."""
    from pyir.textual.custom_syntax import compile_op_syntax, default_dialect_short_names

    parts: list[str] = []
    callbacks: dict[str, Any] = {}
    if dialect.syntax is not None:
        parts.append(dialect.syntax.grammar)
        callbacks.update(dialect.syntax.callbacks)
    short = default_dialect_short_names(dialect)
    for op in dialect.ops:
        if op.format is not None and not getattr(op, "hand_written_syntax", False):
            grammar, op_callbacks = compile_op_syntax(op, short.get(op.name))
            parts.append(grammar)
            callbacks.update(op_callbacks)
    return "\n".join(parts), callbacks


_GRAMMARS: dict[str, Grammar] = {}


def _cached_grammar(text: str, callbacks: dict[str, Any]) -> Grammar:
    grammar = _GRAMMARS.get(text)
    if grammar is None:
        grammar = _GRAMMARS[text] = Grammar(text, callbacks)
    return grammar
