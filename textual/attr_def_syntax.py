"""Grammar rules for dialect attribute and type definitions (pyir.dialect_attrs).

Each definition's body format becomes one rule, `defsyntax_<name>`, plus one helper rule
per parameter (whose value is its children list). The rule is used twice:

- inside op formats, where a field of the definition's class is written stripped
  (`fastmath<fast>` after the `fastmath` literal: the rule parses `<fast>`);
- as an extra start symbol: the lexer keeps `#arith.fastmath<fast>` as one token, and
  `parse_definition_body` runs the driver again over its `<fast>` part, starting at the
  rule's own start state.

Rule names start with `defsyntax_`; pyir.textual.tables makes every such rule a start
symbol of the composed grammar.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import AsmParseError
from pyir.dialect_attrs import FlagsParam, IntArrayParam, IntParam, Param, StrParam

START_PREFIX = "defsyntax_"


def rule_name(cls: type) -> str:
    name: str = cls.name  # type: ignore[attr-defined]
    kind = "t_" if getattr(cls, "_sigil", "#") == "!" else "a_"
    return START_PREFIX + kind + "".join(ch if ch.isalnum() else "_" for ch in name).lower()


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def compile_definition_syntax(cls: type) -> tuple[str, dict[str, Any]]:
    """The lark rules of `cls`'s body format and the callback factory of its main rule;
    nothing for a definition without a body (`#dialect.flag`)."""
    if not cls.format:  # type: ignore[attr-defined]
        return "", {}
    base = rule_name(cls)
    symbols: list[str] = []
    helpers: list[str] = []
    params: list[Param] = []
    for element in cls.format:  # type: ignore[attr-defined]
        if isinstance(element, str):
            symbols.append(_quote(element))
        else:
            # Not `defsyntax_...`: only the main rule is a start symbol.
            helper = "defparam_" + base[len(START_PREFIX) :] + "__" + element.name.lower()
            helpers.append(f"{helper}: {element.grammar}")
            symbols.append(helper)
            params.append(element)
    grammar = "\n".join([f"{base}: {' '.join(symbols)}", *helpers])
    return grammar, {base: _callback_factory(cls, tuple(params))}


def _callback_factory(cls: type, params: tuple[Param, ...]) -> Any:
    def factory(builder: Any) -> Any:
        def build(children: list) -> Any:
            pos = builder.pos
            values = [_convert(p, c, pos) for p, c in zip(params, children)]
            # Constructor order is declaration order; the format may differ.
            by_name = {p.name: v for p, v in zip(params, values)}
            try:
                return cls(*(by_name[n] for n in cls.parameters))  # type: ignore[attr-defined]
            except ValueError as err:
                raise AsmParseError(f"invalid {cls.name}: {err}", pos) from None  # type: ignore[attr-defined]

        return build

    return factory


def _convert(param: Param, children: list, pos: int) -> Any:
    """A parameter's value from its helper rule's children list."""
    from pyir.textual import attribute_builders as ab

    if isinstance(param, FlagsParam):
        return list(children)
    if isinstance(param, IntArrayParam):
        return tuple(_int(c, param, pos) for c in children if c is not None)
    child = children[0]
    if isinstance(param, IntParam):
        return _int(child, param, pos)
    if isinstance(param, StrParam):
        return ab.unquote(child, pos)
    return child


def _int(literal: Any, param: Param, pos: int) -> int:
    from pyir.textual import attribute_builders as ab

    if not isinstance(literal, ab.IntLiteral):
        raise AsmParseError(f"expected an integer for parameter '{param.name}'", pos)
    return literal.value()


def definition_of(context: Any, name: str, sigil: str) -> Any:
    """The registered attribute (sigil '#') or type ('!') definition `dialect.mnemonic`,
    or None (the symbol stays opaque)."""
    dialect = context.get_dialect(name.partition(".")[0])
    if dialect is None:
        return None
    table = _DEFINITIONS.get(id(dialect))
    if table is None or table[0] is not dialect:
        by_name = {("#", c.name): c for c in dialect.attributes}
        by_name.update({("!", c.name): c for c in dialect.types})
        table = _DEFINITIONS[id(dialect)] = (dialect, by_name)
    return table[1].get((sigil, name))


_DEFINITIONS: dict[int, tuple[Any, dict]] = {}


def parse_definition_body(builder: Any, cls: type, body_start: int, body_end: int) -> Any:
    """Parse `text[body_start:body_end]` (the `<...>` after a definition's name) with the
    definition's rule; errors point into the body."""
    from pyir.textual.lalr import Lexer, parse

    grammar = builder.grammar
    states = grammar.tables.sub_starts.get(rule_name(cls))
    if states is None:
        raise AsmParseError(f"'{cls.name}' has no syntax in this grammar", body_start)  # type: ignore[attr-defined]
    lexer = Lexer(builder.text, body_start)
    lexer.length = body_end
    saved = builder.pos
    try:
        return parse(builder.driver_tables, lexer, builder, states[0], states[1])
    finally:
        builder.pos = saved
