# cython: wraparound=False, boundscheck=False, cdivision=True
"""The lexer and the LALR(1) driver that runs lark's tables over it (compiled by Cython).

Both live in one module so that, compiled, the driver reads tokens at C speed.

Lexer: The tokenizer of MLIR's textual format (compiled by Cython; runs as pure Python too).

`Lexer.next()` lexes one token and returns its kind, one of the `K_*` codes below;
`text[lexer.tok_start:lexer.tok_end]` is its spelling. The lexer is context-free except for
two entry points the parser calls when its state asks for them: `lex_dims()` reads a
shaped type's dimension list (`4x?x[8]x`, `*x`), and the parser decides whether a bare
identifier is a keyword. Errors come back as `K_ERROR` tokens whose `error` attribute
holds the message; the lexer never raises on user input.

Driver:

Tables (see pyir.textual.tables.ParseTables) are flat int arrays so that, compiled, one
action costs a C array read: `action[state * n_symbols + symbol]` is 0 for an error,
`s + 1` to shift (or go) to state `s`, and `-r - 1` to reduce rule `r`. `rules[r]` is
(origin symbol, number of symbols popped, plan, callback, expand1): `plan` is None when
the children are exactly the popped values, else a tuple over the rule's child template:
-1 inserts a None placeholder (lark's `[x]`), and for popped item `i`, `2*i` keeps it and
`2*i + 1` splices it (the list value of one of lark's helper rules). Filtered tokens
(punctuation) are absent from the plan. `callback` None means "no value needed": the
children list itself is the value; `TOKEN_AT` means (the one popped value, its offset).

The driver keeps three parallel stacks (states and start offsets in int arrays, values in
a list). Before calling a rule's callback it stores the rule's start offset in
`builder.pos`. Tokens are lexed lazily, so a bare identifier becomes a keyword only where
the current state accepts that keyword, and dimension lists are lexed only where a shaped
type expects one.
"""

from __future__ import annotations

from array import array

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


class _TokenAt:
    """The callback of rules the driver builds itself, with no Python call: the value of
    a rule popping exactly one value is (that value, the rule's start offset). The
    parser gives it to the hottest such rule, an SSA value use."""

    def __repr__(self) -> str:
        return "TOKEN_AT"


TOKEN_AT = _TokenAt()

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
    tok_start = cython.declare(cython.Py_ssize_t, visibility="public")
    tok_end = cython.declare(cython.Py_ssize_t, visibility="public")

    def __init__(self, text: str, pos: cython.Py_ssize_t = 0) -> None:
        self.text = text
        self.pos = pos
        self.length = len(text)
        self.error = ""
        self.tok_start = 0
        self.tok_end = 0

    @cython.cfunc
    @cython.inline
    def _tok(
        self, kind: cython.int, start: cython.Py_ssize_t, end: cython.Py_ssize_t
    ) -> cython.int:
        self.tok_start = start
        self.tok_end = end
        return kind

    @cython.ccall
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

    @cython.ccall
    def next(self) -> cython.int:
        """Lex the next token: return its kind; its bounds go to `tok_start`/`tok_end`."""
        i: cython.Py_ssize_t = self.skip_trivia()
        n: cython.Py_ssize_t = self.length
        text = self.text
        if i >= n:
            return self._tok(K_EOF, i, i)
        c: cython.Py_UCS4 = text[i]
        start: cython.Py_ssize_t = i
        kind: cython.int
        if _is_id_start(c):
            i += 1
            while i < n and _is_id_char(text[i]):
                i += 1
            self.pos = i
            return self._tok(K_BARE_ID, start, i)
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
            self.error = (
                f"unexpected character {c!r}"
                if c.isprintable()
                else (f"unexpected character U+{ord(c):04X}")
            )
        self.pos = i
        return self._tok(kind, start, i)

    @cython.cfunc
    def _prefixed(self, c: cython.Py_UCS4, start: cython.Py_ssize_t) -> cython.int:
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
                if self._string(i) == K_ERROR:
                    return K_ERROR
                return self._tok(K_AT_ID, start, self.pos)
        elif c == "#":
            if i < n and text[i] == "-" and i + 1 < n and text[i + 1] == "}":
                self.pos = i + 2
                return self._tok(K_METADATA_END, start, i + 2)
            kind = K_HASH_ID
        else:
            kind = K_EXCL_ID
        while i < n and _is_suffix_char(text[i]):
            i += 1
        if i == start + 1:
            self.pos = i
            self.error = f"expected an identifier after '{c}'"
            return self._tok(K_ERROR, start, i)
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
                return self._tok(K_ERROR, start, self.pos)
            i = end
        self.pos = i
        return self._tok(kind, start, i)

    @cython.cfunc
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
                if self._string(i) == K_ERROR:
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

    @cython.cfunc
    def _number(self, start: cython.Py_ssize_t) -> cython.int:
        text = self.text
        n: cython.Py_ssize_t = self.length
        i: cython.Py_ssize_t = start
        if text[i] == "0" and i + 2 < n + 1 and i + 1 < n and text[i + 1] == "x":
            if i + 2 < n and _is_hex(text[i + 2]):
                i += 2
                while i < n and _is_hex(text[i]):
                    i += 1
                self.pos = i
                return self._tok(K_INTEGER, start, i)
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
            return self._tok(K_FLOAT, start, i)
        self.pos = i
        return self._tok(K_INTEGER, start, i)

    @cython.cfunc
    def _string(self, start: cython.Py_ssize_t) -> cython.int:
        text = self.text
        n: cython.Py_ssize_t = self.length
        i: cython.Py_ssize_t = start + 1
        c: cython.Py_UCS4
        while i < n:
            c = text[i]
            if c == '"':
                self.pos = i + 1
                return self._tok(K_STRING, start, i + 1)
            if c == "\\":
                i += 2
                continue
            if c == "\n":
                break
            i += 1
        self.pos = i if i < n else n
        self.error = "expected '\"' in string literal"
        return self._tok(K_ERROR, start, start + 1)

    @cython.ccall
    def lex_dims(self) -> cython.int:
        """A dimension list `4x?x[8]x` or the unranked marker `*x`.

        Returns K_DIM_LIST when at least one `dim x` was read; otherwise leaves the
        position alone and returns K_EOF as "no dimension list".
        """
        i: cython.Py_ssize_t = self.skip_trivia()
        text = self.text
        n: cython.Py_ssize_t = self.length
        start: cython.Py_ssize_t = i
        last_good: cython.Py_ssize_t = -1
        j: cython.Py_ssize_t
        if i + 1 < n and text[i] == "*" and text[i + 1] == "x":
            self.pos = i + 2
            return self._tok(K_DIM_LIST, start, i + 2)
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
                last_good = j + 1
                # MLIR allows whitespace and comments between dimensions (`4x\n  ?xf32`).
                self.pos = last_good
                i = self.skip_trivia()
            else:
                break
        if last_good < 0:
            self.pos = start
            return self._tok(K_EOF, start, start)
        self.pos = last_good
        return self._tok(K_DIM_LIST, start, last_good)


def line_starts(text: str) -> array:
    """Offsets at which each line begins (for offset -> line:col), as a compact int
    array (32-bit while offsets fit): a list would hold one int object per line (32
    bytes a line at 100k lines)."""
    starts = array("i" if len(text) < 2**31 else "q", [0])
    i: cython.Py_ssize_t = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


class SyntaxErrorAt(Exception):
    """A syntax error at source offset `pos` (turned into a diagnostic by the parser)."""

    def __init__(self, message: str, pos: int) -> None:
        super().__init__(message)
        self.message = message
        self.pos = pos


@cython.cfunc
def _children(values: list, base: cython.Py_ssize_t, plan: tuple) -> list:
    if not plan:
        return []
    code: cython.Py_ssize_t
    k: cython.Py_ssize_t = 0
    first: cython.Py_ssize_t = plan[0]
    if first >= 0 and first & 1:
        # Left-recursive list rules splice their own earlier value first: extend it in
        # place (nobody else holds it) so a list of n items costs O(n), not O(n^2).
        out = values[base + (first >> 1)]
        k = 1
    else:
        out = []
    for code in plan[k:]:
        if code < 0:
            out.append(None)
        elif code & 1:
            out.extend(values[base + (code >> 1)])
        else:
            out.append(values[base + (code >> 1)])
    return out


def parse(tables, lexer: Lexer, builder, start_state: cython.int, end_state: cython.int = -1):  # noqa: ANN001, ANN201, E501
    """Run the tables over the lexer's tokens; return the start rule's value. A start
    state other than the grammar's own comes with the end state of its start symbol."""
    action: cython.short[::1] = tables.action
    n_symbols: cython.Py_ssize_t = tables.n_symbols
    rules: list = tables.rules
    kind_terminal: cython.int[::1] = tables.kind_terminal
    keywords: dict = tables.keywords
    int_type_id: cython.Py_ssize_t = tables.int_type_id
    dim_list_id: cython.Py_ssize_t = tables.dim_list_id
    bare_id_id: cython.Py_ssize_t = tables.bare_id_id
    eof_id: cython.Py_ssize_t = tables.eof_id
    if end_state < 0:
        end_state = tables.end_state
    text: str = lexer.text
    token_at = TOKEN_AT

    capacity: cython.Py_ssize_t = 1024
    state_buf = array("i", bytes(4 * capacity))
    pos_buf = array("q", bytes(8 * capacity))
    states: cython.int[::1] = state_buf
    positions: cython.longlong[::1] = pos_buf
    values: list = [None]
    sp: cython.Py_ssize_t = 0  # index of the top of the stacks
    states[0] = start_state
    positions[0] = 0

    state: cython.int = start_state
    act: cython.int
    n_pop: cython.Py_ssize_t
    base: cython.Py_ssize_t
    origin: cython.Py_ssize_t
    term: cython.Py_ssize_t = 0
    kind: cython.int
    tok_start: cython.Py_ssize_t = 0
    need_token: cython.bint = True
    value = None
    row: cython.Py_ssize_t

    while True:
        row = state * n_symbols
        if need_token:
            kind = -1
            if dim_list_id >= 0 and action[row + dim_list_id] != 0:
                if lexer.lex_dims() != K_EOF:
                    kind = K_DIM_LIST
                    term = dim_list_id
            if kind < 0:
                kind = lexer.next()
                if kind == K_ERROR:
                    raise SyntaxErrorAt(lexer.error, lexer.tok_start)
                term = kind_terminal[kind]
            tok_start = lexer.tok_start
            if kind == K_BARE_ID:
                value = text[tok_start : lexer.tok_end]
                kw = keywords.get(value)
                if kw is not None and action[row + kw] != 0:
                    term = kw
                elif int_type_id >= 0 and action[row + int_type_id] != 0 and _is_int_type(value):
                    term = int_type_id
                else:
                    term = bare_id_id
            elif kind == K_EOF:
                term = eof_id
                value = None
            elif kind >= K_LPAREN and kind <= K_METADATA_END:
                value = None  # punctuation never reaches a callback
            else:
                value = text[tok_start : lexer.tok_end]
            need_token = False

        act = action[row + term]
        if act > 0:
            if term == eof_id:
                return values[sp]
            sp += 1
            if sp >= capacity:
                capacity *= 2
                states = None  # release the buffers so the arrays may grow
                positions = None
                state_buf.extend(array("i", bytes(4 * (capacity - len(state_buf)))))
                pos_buf.extend(array("q", bytes(8 * (capacity - len(pos_buf)))))
                states = state_buf
                positions = pos_buf
            state = act - 1
            states[sp] = state
            positions[sp] = tok_start
            values.append(value)
            need_token = True
            continue
        if act == 0:
            stack = [states[i] for i in range(sp + 1)]
            raise SyntaxErrorAt(tables.describe_error_stack(stack, term, value), tok_start)

        origin, n_pop, plan, callback, expand1 = rules[-act - 1]
        base = sp + 1 - n_pop  # index of the rule's first child on the stacks
        pos0 = positions[base] if n_pop else tok_start
        if callback is token_at:
            result = (values[base], pos0)  # one popped value, with where it starts
        else:
            if plan is None:
                children = values[base:]
            else:
                children = _children(values, base, plan)
            if expand1 and len(children) == 1:
                result = children[0]
            elif callback is None:
                result = children
            else:
                builder.pos = pos0
                result = callback(children)
        if n_pop:
            del values[base:]
            sp = base - 1
        state = states[sp]
        act = action[state * n_symbols + origin]
        if act <= 0 or act - 1 == end_state:  # the start symbol was reduced: accept
            return result
        sp += 1
        if sp >= capacity:
            capacity *= 2
            states = None
            positions = None
            state_buf.extend(array("i", bytes(4 * (capacity - len(state_buf)))))
            pos_buf.extend(array("q", bytes(8 * (capacity - len(pos_buf)))))
            states = state_buf
            positions = pos_buf
        state = act - 1
        states[sp] = state
        positions[sp] = pos0
        values.append(result)


@cython.cfunc
def _is_int_type(text: str) -> cython.bint:
    """`i32`, `si8`, `ui1`, `i0`: an optional s/u, then `i`, then decimal digits (MLIR
    reads leading zeros too: `i01` is `i1`)."""
    n: cython.Py_ssize_t = len(text)
    i: cython.Py_ssize_t = 0
    if n and (text[0] == "s" or text[0] == "u"):
        i = 1
    if i >= n or text[i] != "i":
        return False
    i += 1
    if i >= n:
        return False
    while i < n:
        if not ("0" <= text[i] <= "9"):
            return False
        i += 1
    return True
