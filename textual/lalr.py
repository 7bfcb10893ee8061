"""The LALR(1) driver that runs lark's tables over pyir's lexer (compiled by Cython).

Tables (see pyir.textual.tables.ParseTables): `actions[state]` maps a symbol id (terminal
or nonterminal) to an int: `>= 0` shifts/goes to that state, `< 0` reduces rule `-a - 1`.
`rules[r]` is (origin symbol, number of symbols popped, plan, callback, expand1):
`plan` is None when the children are exactly the popped values, else a tuple over the
rule's child template: -1 inserts a None placeholder (lark's `[x]`), and for popped item
`i`, `2*i` keeps it and `2*i + 1` splices it (an inlined `_rule`'s list of children).
Filtered tokens (punctuation) are simply absent from the plan.

The driver keeps three parallel stacks (states, values, start offsets). Before calling a
rule's callback it stores the rule's start offset in `builder.pos`, so callbacks can
locate what they build. Tokens are lexed lazily, so a bare identifier becomes a keyword
only where the current state accepts that keyword, and dimension lists are lexed only
where a shaped type expects them.
"""

from __future__ import annotations

import cython

from pyir.textual.lexer import K_BARE_ID, K_EOF, K_ERROR, Lexer


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


def parse(tables, lexer: Lexer, builder, start_state: cython.Py_ssize_t):  # noqa: ANN001, ANN201
    """Run the tables over the lexer's tokens; return the start rule's value."""
    actions: list = tables.actions
    rules: list = tables.rules
    kind_terminal: list = tables.kind_terminal
    keywords: dict = tables.keywords
    int_type_id = tables.int_type_id
    dim_list_id = tables.dim_list_id
    bare_id_id = tables.bare_id_id
    eof_id = tables.eof_id
    end_state = tables.end_state
    text: str = lexer.text

    states: list = [start_state]
    values: list = [None]
    positions: list = [0]
    state: cython.Py_ssize_t = start_state
    act: cython.Py_ssize_t
    n_pop: cython.Py_ssize_t
    base: cython.Py_ssize_t
    table: dict
    need_token: cython.bint = True
    term = None
    value = None
    tok_start: cython.Py_ssize_t = 0
    tok_end: cython.Py_ssize_t = 0
    kind: cython.int

    while True:
        table = actions[state]
        if need_token:
            kind = -1
            if dim_list_id in table:
                tok = lexer.lex_dims()
                if tok[0] != K_EOF:
                    kind = tok[0]
                    term = dim_list_id
            if kind < 0:
                tok = lexer.next()
                kind = tok[0]
                if kind == K_ERROR:
                    raise SyntaxErrorAt(lexer.error, tok[1])
                term = kind_terminal[kind]
            tok_start = tok[1]
            tok_end = tok[2]
            if kind == K_BARE_ID:
                value = text[tok_start:tok_end]
                kw = keywords.get(value)
                if kw is not None and kw in table:
                    term = kw
                elif int_type_id in table and _is_int_type(value):
                    term = int_type_id
                else:
                    term = bare_id_id
            elif kind == K_EOF:
                term = eof_id
                value = None
            else:
                value = text[tok_start:tok_end]
            need_token = False

        a = table.get(term)
        if a is None:
            raise SyntaxErrorAt(tables.describe_error(state, term, value), tok_start)
        act = a
        if act >= 0:
            if term == eof_id:
                return values[-1]
            states.append(act)
            values.append(value)
            positions.append(tok_start)
            state = act
            need_token = True
            continue

        origin, n_pop, plan, callback, expand1 = rules[-act - 1]
        base = len(values) - n_pop
        if n_pop:
            builder.pos = positions[base]
        else:
            builder.pos = tok_start
        if plan is None:
            children = values[base:]
        else:
            children = _children(values, base, plan)
        if expand1 and len(children) == 1:
            result = children[0]
        elif callback is None:  # lark's helper rule: its children list is spliced later
            result = children
        else:
            result = callback(children)
        if n_pop:
            pos0 = positions[base]
            del states[base:]
            del values[base:]
            del positions[base:]
        else:
            pos0 = tok_start
        state = states[-1]
        goto = actions[state].get(origin)
        if goto is None or goto == end_state:  # the start symbol was reduced: accept
            return result
        state = goto
        states.append(state)
        values.append(result)
        positions.append(pos0)


@cython.cfunc
def _is_int_type(text: str) -> cython.bint:
    """`i32`, `si8`, `ui1`: an optional s/u, then `i`, then a width not starting with 0."""
    n: cython.Py_ssize_t = len(text)
    i: cython.Py_ssize_t = 0
    if n and (text[0] == "s" or text[0] == "u"):
        i = 1
    if i >= n or text[i] != "i":
        return False
    i += 1
    if i >= n or text[i] == "0":
        return False
    while i < n:
        if not ("0" <= text[i] <= "9"):
            return False
        i += 1
    return True
