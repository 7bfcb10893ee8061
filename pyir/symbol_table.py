"""Symbols and symbol tables: naming ops so that other ops can refer to them (`@name`).

An op with the `Symbol` trait names itself with a `sym_name` string attribute and may
carry a `sym_visibility` of "public" (the default), "private" or "nested". An op with the
`SymbolTable` trait owns one region of one block, and the symbols directly in that block
have unique names. A reference `@a::@b::@c` is resolved from a symbol table op: `a` in its
table, then `b` in the table that `a` is, and so on.

`sym_name` is an inherent attribute, so it normally lives in `op.properties`; ops built
generically (unregistered ones, or before properties existed) may carry it in
`op.attributes`, and every reader here looks in both, properties first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pyir.builtin_attributes import StringAttr, SymbolRefAttr
from pyir.core import Block, IRError, Operation
from pyir.traits import IsTerminator, Symbol
from pyir.traits import SymbolTable as SymbolTableTrait

SYMBOL_NAME = "sym_name"
VISIBILITY = "sym_visibility"
VISIBILITIES = ("public", "private", "nested")


# -- reading and writing symbol attributes -----------------------------------------------------
def _string_value(attr: Any) -> str | None:
    """The text of a string attribute (or of a plain str); None for anything else."""
    if isinstance(attr, StringAttr):
        return attr.value
    if isinstance(attr, str):
        return attr
    return None


def _get_inherent(op: Operation, name: str) -> Any:
    value = op.properties.get(name)
    if value is None:
        value = op.attributes.get(name)
    return value


def symbol_name(op: Operation) -> str | None:
    """The op's `sym_name` as a str, or None when it has none (or not a string)."""
    return _string_value(_get_inherent(op, SYMBOL_NAME))


def set_symbol_name(op: Operation, name: str) -> None:
    """Set `sym_name`, in whichever dictionary already holds it (properties otherwise)."""
    if SYMBOL_NAME in op.attributes:
        op.set_attribute(SYMBOL_NAME, StringAttr(name))
    else:
        op.set_property(SYMBOL_NAME, StringAttr(name))


def symbol_visibility(op: Operation) -> str:
    """ "public", "private" or "nested"; a missing `sym_visibility` means public."""
    vis = _string_value(_get_inherent(op, VISIBILITY))
    return "public" if vis is None else vis


def set_symbol_visibility(op: Operation, visibility: str) -> None:
    """Set the visibility; "public" removes the attribute, as MLIR prints it by default."""
    if visibility not in VISIBILITIES:
        raise IRError(f"symbol visibility must be one of {VISIBILITIES}, not {visibility!r}")
    if visibility == "public":
        op.remove_property(VISIBILITY)
        op.remove_attribute(VISIBILITY)
    elif VISIBILITY in op.attributes:
        op.set_attribute(VISIBILITY, StringAttr(visibility))
    else:
        op.set_property(VISIBILITY, StringAttr(visibility))


def is_symbol(op: Operation) -> bool:
    return op.has_trait(Symbol)


def is_symbol_table(op: Operation) -> bool:
    return op.has_trait(SymbolTableTrait)


# -- references --------------------------------------------------------------------------------
def reference_path(ref: Any) -> tuple[str, ...]:
    """The names of a symbol reference, outermost first.

    Accepts a SymbolRefAttr (`@a::@b`), a str (`"a"`, `"@a"` or `"@a::@b"`), or a sequence
    of names.
    """
    if isinstance(ref, SymbolRefAttr):
        return (ref.root, *ref.nested)
    if isinstance(ref, str):
        if ref.startswith("@"):
            return tuple(part.removeprefix("@") for part in ref.split("::"))
        return (ref,)
    if isinstance(ref, Sequence):
        names = tuple(_string_value(part) for part in ref)
        if None not in names:
            return names  # type: ignore[return-value]
    raise IRError(f"not a symbol reference: {ref!r}")


# -- tables ------------------------------------------------------------------------------------
def _table_block(op: Operation) -> Block | None:
    if len(op.regions) != 1 or len(op.regions[0].blocks) != 1:
        return None
    return op.regions[0].blocks[0]


class SymbolTable:
    """The symbols directly inside a symbol-table op, indexed by name.

    Invariants: `op` has the SymbolTable trait and a body of one block; `_by_name` maps
    each name to the first op in the body with that `sym_name` (a second one is invalid IR
    that the verifier reports); the index is kept current by `insert`, `erase`, `remove`
    and `rename`, but not by edits made behind its back (rebuild it then).
    """

    def __init__(self, op: Operation) -> None:
        if not op.has_trait(SymbolTableTrait):
            raise IRError(f"'{op.name}' is not a symbol table (lacks the SymbolTable trait)")
        block = _table_block(op)
        if block is None:
            raise IRError(f"symbol table '{op.name}' must have one region with one block")
        self.op = op
        self.block = block
        self._by_name: dict[str, Operation] = {}
        for child in block.ops:
            name = symbol_name(child)
            if name is not None and name not in self._by_name:
                self._by_name[name] = child

    def lookup(self, name: str) -> Operation | None:
        """The symbol op named `name` directly in this table, or None."""
        return self._by_name.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._by_name

    def __len__(self) -> int:
        return len(self._by_name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def symbols(self) -> list[Operation]:
        return list(self._by_name.values())

    def unique_name(self, name: str) -> str:
        """`name` if free, else the first of `name_0`, `name_1`, ... that is free."""
        if name not in self._by_name:
            return name
        i = 0
        while f"{name}_{i}" in self._by_name:
            i += 1
        return f"{name}_{i}"

    def insert(self, symbol: Operation, before: Operation | None = None) -> str:
        """Add `symbol` to the table body (before `before`, else at the end, but ahead of a
        terminator if the body has one) and return its name, renamed when taken.

        Renaming instead of failing follows MLIR: a pass that clones a function into a
        module wants a fresh name, not an error.
        """
        name = symbol_name(symbol)
        if name is None:
            raise IRError(f"'{symbol.name}' has no '{SYMBOL_NAME}' string attribute")
        if symbol.parent is not None and symbol.parent is not self.block:
            raise IRError(f"'{symbol.name}' is already in another block; detach it first")
        if symbol.parent is None:
            anchor = before
            last = self.block.last_op
            if anchor is None and last is not None and last.has_trait(IsTerminator):
                anchor = last
            self.block.insert_before(anchor, symbol)
        if self._by_name.get(name) is not symbol:
            new = self.unique_name(name)
            if new != name:
                set_symbol_name(symbol, new)
            name = new
            self._by_name[name] = symbol
        return name

    def remove(self, symbol: Operation) -> None:
        """Take `symbol` out of the table and its block, keeping it alive."""
        name = symbol_name(symbol)
        if name is None or self._by_name.get(name) is not symbol:
            raise IRError(f"'{symbol.name}' is not a symbol of this table")
        del self._by_name[name]
        symbol.detach()

    def erase(self, symbol: Operation) -> None:
        """Remove `symbol` and destroy it."""
        self.remove(symbol)
        symbol.erase()

    def rename(self, symbol: Operation, new_name: str) -> None:
        """Give `symbol` the free name `new_name` (uses of the old name are not updated)."""
        old = symbol_name(symbol)
        if old is None or self._by_name.get(old) is not symbol:
            raise IRError(f"'{symbol.name}' is not a symbol of this table")
        if new_name in self._by_name and self._by_name[new_name] is not symbol:
            raise IRError(f"symbol name '{new_name}' is already taken")
        del self._by_name[old]
        set_symbol_name(symbol, new_name)
        self._by_name[new_name] = symbol


def lookup_symbol_in(table_op: Operation, ref: Any) -> Operation | None:
    """Resolve `ref` (`@a` or `@a::@b::...`) starting in the symbol table `table_op`.

    Every name but the last must resolve to an op that is itself a symbol table. Returns
    None when some name is missing. Scans the table body directly, without building an
    index, so a one-off lookup costs one pass over the body.
    """
    path = reference_path(ref)
    current: Operation | None = table_op
    for depth, name in enumerate(path):
        if current is None or not current.has_trait(SymbolTableTrait):
            return None
        block = _table_block(current)
        if block is None:
            return None
        found = None
        for child in block.ops:
            if symbol_name(child) == name:
                found = child
                break
        if found is None:
            return None
        if depth == len(path) - 1:
            return found
        current = found
    return None


def nearest_symbol_table(op: Operation) -> Operation | None:
    """The closest symbol-table op that is `op` itself or encloses it."""
    cur: Operation | None = op
    while cur is not None:
        if cur.has_trait(SymbolTableTrait):
            return cur
        cur = cur.parent_op()
    return None


def lookup_nearest_symbol_from(op: Operation, ref: Any) -> Operation | None:
    """Resolve `ref` in the nearest symbol table enclosing (or being) `op`, as MLIR does:
    no fallback to outer tables when the nearest one lacks the name."""
    table = nearest_symbol_table(op)
    if table is None:
        return None
    return lookup_symbol_in(table, ref)


def walk_symbol_tables(op: Operation) -> Iterator[Operation]:
    """Every symbol-table op nested in (and including) `op`, parents first."""
    for nested in op.walk(post_order=False):
        if nested.has_trait(SymbolTableTrait):
            yield nested


# -- verification -----------------------------------------------------------------------------
class SymbolIssue:
    """A problem found by `verify_symbol_table` / `verify_symbol`: the op to report it on,
    whether to prefix the message with the op name (MLIR's emitOpError), the message, and
    an optional note `(message, op)`."""

    __slots__ = ("op", "op_error", "message", "note")

    def __init__(
        self,
        op: Operation,
        message: str,
        op_error: bool = True,
        note: tuple[str, Operation] | None = None,
    ) -> None:
        self.op = op
        self.message = message
        self.op_error = op_error
        self.note = note


def verify_symbol_table(op: Operation) -> SymbolIssue | None:
    """MLIR's SymbolTable trait rule: one region, one block, unique symbol names in it."""
    if len(op.regions) != 1:
        return SymbolIssue(op, "Operations with a 'SymbolTable' must have exactly one region")
    if len(op.regions[0].blocks) != 1:
        return SymbolIssue(op, "Operations with a 'SymbolTable' must have exactly one block")
    seen: dict[str, Operation] = {}
    for child in op.regions[0].blocks[0].ops:
        # Like MLIR, only ops that declare themselves symbols take part in uniqueness.
        if not child.has_trait(Symbol):
            continue
        name = symbol_name(child)
        if name is None:
            continue
        first = seen.get(name)
        if first is not None:
            return SymbolIssue(
                child,
                f"redefinition of symbol named '{name}'",
                op_error=False,
                note=("see existing symbol definition here", first),
            )
        seen[name] = child
    return None


def verify_symbol(op: Operation) -> SymbolIssue | None:
    """MLIR's Symbol rule: a string `sym_name`, a known visibility, a symbol-table parent."""
    name_attr = _get_inherent(op, SYMBOL_NAME)
    if name_attr is None or _string_value(name_attr) is None:
        return SymbolIssue(op, f"requires string attribute '{SYMBOL_NAME}'")
    vis_attr = _get_inherent(op, VISIBILITY)
    if vis_attr is not None:
        vis = _string_value(vis_attr)
        if vis is None:
            return SymbolIssue(
                op,
                f"requires visibility attribute '{VISIBILITY}' to be a string attribute, "
                f"but got {vis_attr}",
            )
        if vis not in VISIBILITIES:
            return SymbolIssue(
                op,
                'visibility expected to be one of ["public", "private", "nested"], '
                f"but got {vis_attr}",
            )
    parent = op.parent_op()
    # An unregistered parent might be a symbol table; MLIR gives it the benefit of the doubt.
    if parent is not None and parent.op_def is not None and not parent.has_trait(SymbolTableTrait):
        return SymbolIssue(op, "symbol's parent must have the SymbolTable trait")
    return None
