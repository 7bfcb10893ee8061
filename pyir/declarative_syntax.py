"""The text of declarative rewrite rules: tokens, syntax tree and parser.

A rule has two texts, parsed once when the rule is defined (pyir.declarative_patterns
documents the language). The match text:

    match    := op-match [ "where" call ("," call)* ]
    op-match := OPNAME ["~"] ["{" NAME "=" m-arg ("," NAME "=" m-arg)* "}"]
                ["(" [m-arg ("," m-arg)*] ["," "..."] ")"]
    m-arg    := "$" NAME ["=" op-match | ":" NAME] | op-match | "_" | NAME | INT
    call     := NAME "(" [arg ("," arg)*] ")"      arg := "$" NAME | INT | STRING

and the rewrite text:

    rewrite  := [r-item ("," r-item)*]
    r-item   := "$" NAME ["=" op-build] | op-build | NAME ["(" [r-item ("," r-item)*] ")"]
                | INT | STRING
    op-build := OPNAME ["{" NAME "=" r-item ("," ...)* "}"] ["(" [r-item ("," ...)*] ")"]
                [":" (r-item | "(" r-item ("," r-item)* ")")]

The parser checks the grammar only; names are checked by pyir.declarative_patterns, op
names against op definitions when the rule is first used. Every node keeps `pos`, its
offset in its text, for error messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class RuleSyntaxError(ValueError):
    """A malformed rule: `rule` names it, `part` is "match" or "rewrite", `pos` the offset
    of the error in that text. The message shows the text with a caret under the spot."""

    def __init__(self, message: str, rule: str, part: str, text: str, pos: int) -> None:
        self.rule = rule
        self.part = part
        self.text = text
        self.pos = pos
        self.reason = message
        caret = " " * pos + "^"
        super().__init__(
            f"rule '{rule}': {part}, column {pos + 1}: {message}\n    {text}\n    {caret}"
        )


# -- syntax tree ---------------------------------------------------------------------------
@dataclass
class Node:
    pos: int


@dataclass
class MAny(Node):
    """`_`: anything (in an attribute position: any attribute, but present)."""


@dataclass
class MBind(Node):
    """`$x` or `$x:C`: binds `x` on first use, must be the same thing on the next ones."""

    name: str
    constraint: str | None = None
    constraint_pos: int = 0


@dataclass
class MNative(Node):
    """A bare name: a native constraint, or a constant the matched thing must equal."""

    name: str


@dataclass
class MInt(Node):
    """An integer literal: an IntegerAttr of that value (as an operand: the constant of a
    ConstantLike op)."""

    value: int


@dataclass
class MOp(Node):
    """An op to match. `args` is None when no parentheses were written (operands not
    checked); `rest` for a trailing `...`; `bind` names the matched value (`$t = op(...)`)."""

    name: str
    commutative: bool = False
    attrs: list[tuple[str, int, Node]] = field(default_factory=list)
    args: list[Node] | None = None
    rest: bool = False
    bind: str | None = None


@dataclass
class Call(Node):
    """`name(args)`: a native function, in a where clause or in a rewrite."""

    name: str
    args: list[Node] = field(default_factory=list)


@dataclass
class RBind(Node):
    """`$x` in a rewrite: something the match bound, or an op built earlier."""

    name: str


@dataclass
class RNative(Node):
    """A bare name in a rewrite: a native constant (an attribute, a type...)."""

    name: str


@dataclass
class Literal(Node):
    """An integer or string literal (an argument of a native)."""

    value: int | str


@dataclass
class ROp(Node):
    """An op to build. `types` is None when the result types are left to the default."""

    name: str
    attrs: list[tuple[str, int, Node]] = field(default_factory=list)
    args: list[Node] = field(default_factory=list)
    types: list[Node] | None = None
    bind: str | None = None


@dataclass
class ParsedMatch:
    root: MOp
    where: list[Call]


# -- tokens --------------------------------------------------------------------------------
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<var>\$[A-Za-z_][A-Za-z0-9_]*)
  | (?P<opname>[A-Za-z_][A-Za-z0-9_$]*(?:\.[A-Za-z_][A-Za-z0-9_$]*)+)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<int>-?[0-9]+)
  | (?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<ellipsis>\.\.\.)
  | (?P<punct>[(){},=:~])
    """,
    re.VERBOSE,
)

_NAMES = {
    "var": "a $name",
    "opname": "an op name",
    "ident": "a name",
    "int": "an integer",
    "str": "a string",
    "ellipsis": "'...'",
    "end": "the end of the text",
}


@dataclass
class Token:
    kind: str  # a group name of _TOKEN, or the punctuation itself, or "end"
    text: str
    pos: int


def tokenize(text: str, fail: object) -> list[Token]:
    tokens = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            fail(f"unexpected character {text[pos]!r}", pos)  # type: ignore[operator]
        kind = m.lastgroup or ""
        if kind != "ws":
            value = m.group()
            tokens.append(Token(value if kind == "punct" else kind, value, pos))
        pos = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


def _describe(token: Token) -> str:
    if token.kind == "end":
        return "the end of the text"
    return repr(token.text)


# -- parser --------------------------------------------------------------------------------
class _Parser:
    def __init__(self, rule: str, part: str, text: str) -> None:
        self.rule = rule
        self.part = part
        self.text = text
        self.tokens = tokenize(text, self.fail)
        self.i = 0

    def fail(self, message: str, pos: int) -> None:
        raise RuleSyntaxError(message, self.rule, self.part, self.text, pos)

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def peek(self, offset: int = 1) -> Token:
        return self.tokens[min(self.i + offset, len(self.tokens) - 1)]

    def next(self) -> Token:
        t = self.tokens[self.i]
        self.i += 1
        return t

    def accept(self, kind: str) -> Token | None:
        if self.tok.kind == kind:
            return self.next()
        return None

    def expect(self, kind: str, what: str | None = None) -> Token:
        if self.tok.kind != kind:
            wanted = what or _NAMES.get(kind, repr(kind))
            self.fail(f"expected {wanted}, found {_describe(self.tok)}", self.tok.pos)
        return self.next()

    def end(self) -> None:
        if self.tok.kind != "end":
            self.fail(f"unexpected {_describe(self.tok)}", self.tok.pos)

    # -- match -------------------------------------------------------------------------
    def match(self) -> ParsedMatch:
        if self.tok.kind != "opname":
            self.fail(
                f"a match starts with the name of the op to match, found {_describe(self.tok)}",
                self.tok.pos,
            )
        root = self.op_match()
        where: list[Call] = []
        if self.tok.kind == "ident" and self.tok.text == "where":
            self.next()
            while True:
                where.append(self.where_call())
                if not self.accept(","):
                    break
        self.end()
        return ParsedMatch(root, where)

    def op_match(self, bind: str | None = None) -> MOp:
        name = self.expect("opname")
        node = MOp(name.pos, name.text, bind=bind)
        node.commutative = self.accept("~") is not None
        if self.accept("{"):
            node.attrs = self.attr_list(self.match_arg)
        if self.accept("("):
            node.args = []
            if not self.accept(")"):
                while True:
                    if self.accept("ellipsis"):
                        node.rest = True
                        self.expect(")", "')' after '...'")
                        break
                    node.args.append(self.match_arg())
                    if self.accept(")"):
                        break
                    self.expect(",", "',' or ')'")
        return node

    def attr_list(self, item: object) -> list[tuple[str, int, Node]]:
        out: list[tuple[str, int, Node]] = []
        seen: set[str] = set()
        while True:
            name = self.expect("ident", "an attribute name")
            if name.text in seen:
                self.fail(f"attribute '{name.text}' given twice", name.pos)
            seen.add(name.text)
            self.expect("=", "'=' after the attribute name")
            out.append((name.text, name.pos, item()))  # type: ignore[operator]
            if self.accept("}"):
                return out
            self.expect(",", "',' or '}'")

    def match_arg(self) -> Node:
        t = self.tok
        if t.kind == "var":
            self.next()
            name = t.text[1:]
            if self.accept("="):
                if self.tok.kind != "opname":
                    self.fail(
                        f"expected an op to match after '${name} =', found {_describe(self.tok)}",
                        self.tok.pos,
                    )
                return self.op_match(bind=name)
            if self.accept(":"):
                c = self.expect("ident", "a constraint name after ':'")
                return MBind(t.pos, name, c.text, c.pos)
            return MBind(t.pos, name)
        if t.kind == "opname":
            return self.op_match()
        if t.kind == "ident":
            self.next()
            if self.tok.kind == "(":
                self.fail("native calls belong in the where clause, not inside the match", t.pos)
            return MAny(t.pos) if t.text == "_" else MNative(t.pos, t.text)
        if t.kind == "int":
            self.next()
            return MInt(t.pos, int(t.text))
        self.fail(
            f"expected an operand or attribute pattern ($name, an op, _, a constraint or an "
            f"integer), found {_describe(t)}",
            t.pos,
        )
        raise AssertionError  # unreachable

    def where_call(self) -> Call:
        name = self.expect("ident", "a constraint name")
        self.expect("(", f"'(' after '{name.text}'")
        call = Call(name.pos, name.text)
        if not self.accept(")"):
            while True:
                t = self.tok
                if t.kind == "var":
                    call.args.append(RBind(t.pos, self.next().text[1:]))
                elif t.kind in ("int", "str"):
                    call.args.append(self.literal())
                else:
                    self.fail(
                        f"constraint arguments are $names or literals, found {_describe(t)}",
                        t.pos,
                    )
                if self.accept(")"):
                    break
                self.expect(",", "',' or ')'")
        return call

    def literal(self) -> Literal:
        t = self.next()
        if t.kind == "int":
            return Literal(t.pos, int(t.text))
        body = t.text[1:-1]
        return Literal(t.pos, re.sub(r"\\(.)", r"\1", body))

    # -- rewrite -----------------------------------------------------------------------
    def rewrite(self) -> list[Node]:
        items: list[Node] = []
        if self.tok.kind == "end":
            return items
        while True:
            items.append(self.rewrite_item())
            if not self.accept(","):
                break
        self.end()
        return items

    def rewrite_item(self) -> Node:
        t = self.tok
        if t.kind == "var":
            self.next()
            name = t.text[1:]
            if self.accept("="):
                if self.tok.kind != "opname":
                    self.fail(
                        f"expected an op to build after '${name} =', found {_describe(self.tok)}",
                        self.tok.pos,
                    )
                return self.op_build(bind=name)
            return RBind(t.pos, name)
        if t.kind == "opname":
            return self.op_build()
        if t.kind == "ident":
            self.next()
            if self.accept("("):
                call = Call(t.pos, t.text)
                if not self.accept(")"):
                    while True:
                        call.args.append(self.rewrite_item())
                        if self.accept(")"):
                            break
                        self.expect(",", "',' or ')'")
                return call
            if t.text == "_":
                self.fail("'_' only matches; a rewrite must say what to build", t.pos)
            return RNative(t.pos, t.text)
        if t.kind in ("int", "str"):
            return self.literal()
        self.fail(
            f"expected a value to build ($name, an op, a native call or a literal), "
            f"found {_describe(t)}",
            t.pos,
        )
        raise AssertionError  # unreachable

    def op_build(self, bind: str | None = None) -> ROp:
        name = self.expect("opname")
        node = ROp(name.pos, name.text, bind=bind)
        if self.tok.kind == "~":
            self.fail("'~' (either operand order) only applies to matches", self.tok.pos)
        if self.accept("{"):
            node.attrs = self.attr_list(self.rewrite_item)
        if self.accept("("):
            if not self.accept(")"):
                while True:
                    node.args.append(self.rewrite_item())
                    if self.accept(")"):
                        break
                    self.expect(",", "',' or ')'")
        if self.accept(":"):
            if self.accept("("):
                node.types = []
                while True:
                    node.types.append(self.rewrite_item())
                    if self.accept(")"):
                        break
                    self.expect(",", "',' or ')'")
            else:
                node.types = [self.rewrite_item()]
        return node


def parse_match(rule: str, text: str) -> ParsedMatch:
    """The syntax tree of a match text; RuleSyntaxError when it is malformed."""
    return _Parser(rule, "match", text).match()


def parse_rewrite(rule: str, text: str) -> list[Node]:
    """The items of a rewrite text (one per replacement, in order); RuleSyntaxError when
    it is malformed."""
    return _Parser(rule, "rewrite", text).rewrite()
