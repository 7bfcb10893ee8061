"""The tokenizer of MLIR's textual format (compiled by Cython; runs as pure Python too).

`Lexer.next()` returns one token as (kind, start, end): `kind` is one of the `K_*`
codes below and `text[start:end]` is its spelling. The lexer is context-free except for
two entry points the parser calls when its state asks for them: `lex_dims()` reads a
shaped type's dimension list (`4x?x[8]x`, `*x`), and the parser decides whether a bare
identifier is a keyword. Errors come back as `K_ERROR` tokens whose `error` attribute
holds the message; the lexer never raises on user input.
"""

from __future__ import annotations

import cython

K_EOF = 0
K_BARE_ID = 1
K_SSA_ID = 2
K_CARET_ID = 3
K_AT_ID = 4
K_HASH_ID = 5
K_EXCL_ID = 6
K_INTEGER = 7
K_FLOAT = 8
K_STRING = 9
K_LPAREN = 10
K_RPAREN = 11
K_LBRACE = 12
K_RBRACE = 13
K_LSQB = 14
K_RSQB = 15
K_LESSTHAN = 16
K_MORETHAN = 17
K_COMMA = 18
K_EQUAL = 19
K_COLON = 20
K_COLONCOLON = 21
K_ARROW = 22
K_STAR = 23
K_PLUS = 24
K_MINUS = 25
K_QMARK = 26
K_GREATEREQ = 27
K_EQEQ = 28
K_METADATA_BEGIN = 29
K_METADATA_END = 30
K_DIM_LIST = 31
K_ERROR = 32

#: Grammar terminal name of each kind (bare identifiers are resolved by the parser).
TERMINAL_NAMES = {
    K_EOF: "$END",
    K_BARE_ID: "BARE_ID",
    K_SSA_ID: "SSA_ID",
    K_CARET_ID: "CARET_ID",
    K_AT_ID: "AT_ID",
    K_HASH_ID: "HASH_ID",
    K_EXCL_ID: "EXCL_ID",
    K_INTEGER: "INTEGER",
    K_FLOAT: "FLOAT",
    K_STRING: "STRING",
    K_LPAREN: "LPAREN",
    K_RPAREN: "RPAREN",
    K_LBRACE: "LBRACE",
    K_RBRACE: "RBRACE",
    K_LSQB: "LSQB",
    K_RSQB: "RSQB",
    K_LESSTHAN: "LESSTHAN",
    K_MORETHAN: "MORETHAN",
    K_COMMA: "COMMA",
    K_EQUAL: "EQUAL",
    K_COLON: "COLON",
    K_COLONCOLON: "COLONCOLON",
    K_ARROW: "ARROW",
    K_STAR: "STAR",
    K_PLUS: "PLUS",
    K_MINUS: "MINUS",
    K_QMARK: "QMARK",
    K_GREATEREQ: "GREATEREQ",
    K_EQEQ: "EQEQ",
    K_METADATA_BEGIN: "METADATA_BEGIN",
    K_METADATA_END: "METADATA_END",
    K_DIM_LIST: "DIM_LIST",
}


@cython.cfunc
@cython.inline
def _is_id_start(c: cython.Py_UCS4) -> cython.bint:
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or c == "_"


@cython.cfunc
@cython.inline
def _is_id_char(c: cython.Py_UCS4) -> cython.bint:
    return (
        ("a" <= c <= "z")
        or ("A" <= c <= "Z")
        or ("0" <= c <= "9")
        or c == "_"
        or c == "$"
        or c == "."
    )


@cython.cfunc
@cython.inline
def _is_suffix_char(c: cython.Py_UCS4) -> cython.bint:
    # suffix-id characters of %values, ^blocks, @symbols, #attrs and !types
    return _is_id_char(c) or c == "-"


@cython.cfunc
@cython.inline
def _is_digit(c: cython.Py_UCS4) -> cython.bint:
    return "0" <= c <= "9"


@cython.cfunc
@cython.inline
def _is_hex(c: cython.Py_UCS4) -> cython.bint:
    return ("0" <= c <= "9") or ("a" <= c <= "f") or ("A" <= c <= "F")


@cython.cclass
class Lexer:
    """Tokens of one source text; `pos` is the offset of the next unread character."""

    text = cython.declare(str, visibility="public")
    pos = cython.declare(cython.Py_ssize_t, visibility="public")
    length = cython.declare(cython.Py_ssize_t, visibility="public")
    error = cython.declare(str, visibility="public")

    def __init__(self, text: str, pos: cython.Py_ssize_t = 0) -> None:
        self.text = text
        self.pos = pos
        self.length = len(text)
        self.error = ""

    def skip_trivia(self) -> cython.Py_ssize_t:
        """Skip whitespace and `//` comments; return the new position."""
        text = self.text
        i: cython.Py_ssize_t = self.pos
        n: cython.Py_ssize_t = self.length
        c: cython.Py_UCS4
        while i < n:
            c = text[i]
            if c == " " or c == "\n" or c == "\t" or c == "\r":
                i += 1
            elif c == "/" and i + 1 < n and text[i + 1] == "/":
                i += 2
                while i < n and text[i] != "\n":
                    i += 1
            else:
                break
        self.pos = i
        return i

    def next(self) -> tuple:
        """The next token as (kind, start, end)."""
        i: cython.Py_ssize_t = self.skip_trivia()
        n: cython.Py_ssize_t = self.length
        text = self.text
        if i >= n:
            return (K_EOF, i, i)
        c: cython.Py_UCS4 = text[i]
        start: cython.Py_ssize_t = i
        kind: cython.int
        if _is_id_start(c):
            i += 1
            while i < n and _is_id_char(text[i]):
                i += 1
            self.pos = i
            return (K_BARE_ID, start, i)
        if c == "%" or c == "^" or c == "@" or c == "#" or c == "!":
            return self._prefixed(c, start)
        if _is_digit(c):
            return self._number(start)
        if c == '"':
            return self._string(start)
        i += 1
        kind = K_ERROR
        if c == "(":
            kind = K_LPAREN
        elif c == ")":
            kind = K_RPAREN
        elif c == "{":
            if i + 1 < n and text[i] == "-" and text[i + 1] == "#":
                i += 2
                kind = K_METADATA_BEGIN
            else:
                kind = K_LBRACE
        elif c == "}":
            kind = K_RBRACE
        elif c == "[":
            kind = K_LSQB
        elif c == "]":
            kind = K_RSQB
        elif c == "<":
            kind = K_LESSTHAN
        elif c == ">":
            if i < n and text[i] == "=":
                i += 1
                kind = K_GREATEREQ
            else:
                kind = K_MORETHAN
        elif c == ",":
            kind = K_COMMA
        elif c == "=":
            if i < n and text[i] == "=":
                i += 1
                kind = K_EQEQ
            else:
                kind = K_EQUAL
        elif c == ":":
            if i < n and text[i] == ":":
                i += 1
                kind = K_COLONCOLON
            else:
                kind = K_COLON
        elif c == "-":
            if i < n and text[i] == ">":
                i += 1
                kind = K_ARROW
            else:
                kind = K_MINUS
        elif c == "*":
            kind = K_STAR
        elif c == "+":
            kind = K_PLUS
        elif c == "?":
            kind = K_QMARK
        if kind == K_ERROR:
            self.error = f"unexpected character {c!r}" if c.isprintable() else (
                f"unexpected character U+{ord(c):04X}"
            )
        self.pos = i
        return (kind, start, i)

    def _prefixed(self, c: cython.Py_UCS4, start: cython.Py_ssize_t) -> tuple:
        text = self.text
        n: cython.Py_ssize_t = self.length
        i: cython.Py_ssize_t = start + 1
        kind: cython.int
        if c == "%":
            kind = K_SSA_ID
        elif c == "^":
            kind = K_CARET_ID
        elif c == "@":
            kind = K_AT_ID
            if i < n and text[i] == '"':
                tok = self._string(i)
                if tok[0] == K_ERROR:
                    return tok
                return (K_AT_ID, start, self.pos)
        elif c == "#":
            if i < n and text[i] == "-" and i + 1 < n and text[i + 1] == "}":
                self.pos = i + 2
                return (K_METADATA_END, start, i + 2)
            kind = K_HASH_ID
        else:
            kind = K_EXCL_ID
        while i < n and _is_suffix_char(text[i]):
            i += 1
        if i == start + 1:
            self.pos = i
            self.error = f"expected an identifier after '{c}'"
            return (K_ERROR, start, i)
        if kind == K_SSA_ID and i < n and text[i] == "#":
            j: cython.Py_ssize_t = i + 1
            while j < n and _is_digit(text[j]):
                j += 1
            if j > i + 1:
                i = j
        if (kind == K_HASH_ID or kind == K_EXCL_ID) and i < n and text[i] == "<":
            # A dialect attribute or type with a pretty body: keep `<...>` in the token.
            end = self._balanced_body(i)
            if end < 0:
                return (K_ERROR, start, self.pos)
            i = end
        self.pos = i
        return (kind, start, i)

    def _balanced_body(self, i: cython.Py_ssize_t) -> cython.Py_ssize_t:
        """End offset of the `<...>` starting at `i`, honouring nesting and strings; -1 on error."""
        text = self.text
        n: cython.Py_ssize_t = self.length
        depth: cython.Py_ssize_t = 0
        c: cython.Py_UCS4
        start = i
        stack = []
        while i < n:
            c = text[i]
            if c == '"':
                tok = self._string(i)
                if tok[0] == K_ERROR:
                    return -1
                i = self.pos
                continue
            if c == "<" or c == "(" or c == "[" or c == "{":
                stack.append(c)
                depth += 1
            elif c == ">" or c == ")" or c == "]" or c == "}":
                if c == ">" and i > start and text[i - 1] == "-":
                    i += 1  # the arrow of a function type inside the body
                    continue
                if not stack:
                    break
                opener = stack.pop()
                if (opener, c) not in (("<", ">"), ("(", ")"), ("[", "]"), ("{", "}")):
                    self.pos = i
                    self.error = f"unbalanced '{opener}' in dialect symbol body"
                    return -1
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        self.pos = start
        self.error = "unbalanced '<' in dialect symbol body"
        return -1

    def _number(self, start: cython.Py_ssize_t) -> tuple:
        text = self.text
        n: cython.Py_ssize_t = self.length
        i: cython.Py_ssize_t = start
        if text[i] == "0" and i + 2 < n + 1 and i + 1 < n and text[i + 1] == "x":
            if i + 2 < n and _is_hex(text[i + 2]):
                i += 2
                while i < n and _is_hex(text[i]):
                    i += 1
                self.pos = i
                return (K_INTEGER, start, i)
        while i < n and _is_digit(text[i]):
            i += 1
        if i < n and text[i] == ".":
            i += 1
            while i < n and _is_digit(text[i]):
                i += 1
            if i < n and (text[i] == "e" or text[i] == "E"):
                j: cython.Py_ssize_t = i + 1
                if j < n and (text[j] == "+" or text[j] == "-"):
                    j += 1
                if j < n and _is_digit(text[j]):
                    i = j
                    while i < n and _is_digit(text[i]):
                        i += 1
            self.pos = i
            return (K_FLOAT, start, i)
        self.pos = i
        return (K_INTEGER, start, i)

    def _string(self, start: cython.Py_ssize_t) -> tuple:
        text = self.text
        n: cython.Py_ssize_t = self.length
        i: cython.Py_ssize_t = start + 1
        c: cython.Py_UCS4
        while i < n:
            c = text[i]
            if c == '"':
                self.pos = i + 1
                return (K_STRING, start, i + 1)
            if c == "\\":
                i += 2
                continue
            if c == "\n":
                break
            i += 1
        self.pos = i if i < n else n
        self.error = "expected '\"' in string literal"
        return (K_ERROR, start, start + 1)

    def lex_dims(self) -> tuple:
        """A dimension list `4x?x[8]x` or the unranked marker `*x`, or K_ERROR-free miss.

        Returns (K_DIM_LIST, start, end) when at least one `dim x` was read; otherwise
        leaves the position alone and returns (K_EOF, pos, pos) as "no dimension list".
        """
        i: cython.Py_ssize_t = self.skip_trivia()
        text = self.text
        n: cython.Py_ssize_t = self.length
        start: cython.Py_ssize_t = i
        last_good: cython.Py_ssize_t = -1
        j: cython.Py_ssize_t
        if i + 1 < n and text[i] == "*" and text[i + 1] == "x":
            self.pos = i + 2
            return (K_DIM_LIST, start, i + 2)
        while i < n:
            c: cython.Py_UCS4 = text[i]
            j = i
            if _is_digit(c):
                while j < n and _is_digit(text[j]):
                    j += 1
            elif c == "?":
                j += 1
            elif c == "[":
                j += 1
                while j < n and _is_digit(text[j]):
                    j += 1
                if j == i + 1 or j >= n or text[j] != "]":
                    break
                j += 1
            else:
                break
            if j < n and text[j] == "x":
                i = j + 1
                last_good = i
            else:
                break
        if last_good < 0:
            return (K_EOF, start, start)
        self.pos = last_good
        return (K_DIM_LIST, start, last_good)


def line_starts(text: str) -> list:
    """Offsets at which each line begins (for offset -> line:col)."""
    starts = [0]
    i: cython.Py_ssize_t = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts
