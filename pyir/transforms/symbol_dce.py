"""`symbol-dce`: erase the symbols nothing can reach (MLIR's SymbolDCE).

The pass runs on a symbol-table op. A symbol is live when something outside the table
may see it, or when a live op refers to it; everything else that is a symbol directly in
a symbol table nested in (or being) the op is erased. In detail, as in MLIR:

- A table is *hidden* when nothing outside it can name its symbols: the op the pass runs
  on is hidden unless it is a non-private symbol with a parent; a nested table is hidden
  when its enclosing table is, when it is not a symbol, or when it is private.
- A symbol may be discarded when its table is hidden or it is private, and its op allows
  discarding it with no uses (by default: it is not public; an op class may define
  `can_discard_on_use_empty(op)`). Other symbols, and every op that is not a symbol, are
  live from the start.
- A live op makes live every symbol its attributes refer to (`@a`, `@a::@b` makes both
  `a` and `b` live), searched in the table that holds the op. The uses of an op include
  those of the ops nested in it, but not inside nested symbol tables, which are processed
  on their own. References to unknown symbols are ignored.
- An unregistered op with one region might be a symbol table whose uses cannot be known:
  that is an error, since liveness cannot be computed.

Data layout: liveness is a set of ops; the worklist holds (op, hidden) pairs, `hidden`
being that of the table whose walk pushed the op; symbol tables are indexed once each.
"""

from __future__ import annotations

from typing import Any

from pyir.attributes import Attribute
from pyir.builtin_attributes import (
    ArrayAttr,
    DictionaryAttr,
    FloatAttr,
    IntegerAttr,
    StringAttr,
    SymbolRefAttr,
    UnitAttr,
)
from pyir.core import IRError, Operation
from pyir.passes import Pass, PassFailure
from pyir.symbol_table import SymbolTable as SymbolIndex
from pyir.symbol_table import reference_path, symbol_visibility
from pyir.traits import Symbol, SymbolTable

__all__ = ["SymbolDCEPass", "symbol_uses"]

# MLIR's ModuleOp is an optional symbol (a symbol when named); pyir's builtin.module has
# no Symbol trait, so it is named here.
_OPTIONAL_SYMBOLS = frozenset({"builtin.module"})
_LEAVES = (StringAttr, IntegerAttr, FloatAttr, UnitAttr)


def is_symbol(op: Operation) -> bool:
    return op.has_trait(Symbol) or op.name in _OPTIONAL_SYMBOLS


def _can_discard_on_use_empty(op: Operation) -> bool:
    hook = getattr(op.op_def, "can_discard_on_use_empty", None)
    if hook is not None:
        return bool(hook(op))
    return symbol_visibility(op) != "public"


# -- symbol uses -----------------------------------------------------------------------------------
#: attribute -> the symbol references inside it; one per pass run (holding attributes in a
#: global cache would keep large ones alive).
RefCache = dict


def _refs_in(attr: Any, cache: RefCache) -> tuple[SymbolRefAttr, ...]:
    """The symbol references inside an attribute (types included), memoized in `cache`."""
    if isinstance(attr, SymbolRefAttr):
        return (attr,)
    if isinstance(attr, _LEAVES) or not isinstance(attr, Attribute):
        return ()
    try:
        return cache[attr]
    except (KeyError, TypeError):
        pass
    found: list[SymbolRefAttr] = []
    if isinstance(attr, ArrayAttr):
        for item in attr.elements:
            found.extend(_refs_in(item, cache))
    elif isinstance(attr, DictionaryAttr):
        for _, value in attr.entries:
            found.extend(_refs_in(value, cache))
    else:
        # The parameters that make up the attribute's identity (types included).
        for value in attr._key():
            _collect(value, found, cache)
    refs = tuple(found)
    try:
        cache[attr] = refs
    except TypeError:
        pass
    return refs


def _collect(value: Any, found: list[SymbolRefAttr], cache: RefCache) -> None:
    if isinstance(value, Attribute):
        found.extend(_refs_in(value, cache))
    elif isinstance(value, tuple | list) and value:
        # Only containers of attributes (or pairs holding them); skip element data.
        first = value[0]
        if isinstance(first, Attribute | tuple | list):
            for item in value:
                _collect(item, found, cache)


def _op_refs(op: Operation, out: list[SymbolRefAttr], cache: RefCache) -> None:
    for table in (op.properties, op.attributes):
        for value in table.values():
            out.extend(_refs_in(value, cache))


def _potentially_unknown_table(op: Operation, loaded: Any) -> bool:
    """An op pyir knows nothing about that has one region may hide a symbol table."""
    return op.op_def is None and len(op.regions) == 1 and op.dialect_name not in loaded


def symbol_uses(
    op: Operation, loaded: Any = (), cache: RefCache | None = None
) -> list[SymbolRefAttr] | None:
    """The symbol references held by `op` and the ops nested in it, not looking inside
    nested symbol tables (their own attributes count). None when an op that may be an
    unknown symbol table is in the way. `loaded` holds the names of loaded dialects."""
    if _potentially_unknown_table(op, loaded):
        return None
    if cache is None:
        cache = {}
    refs: list[SymbolRefAttr] = []
    _op_refs(op, refs, cache)
    if op.has_trait(SymbolTable):
        return refs
    stack = [op]
    while stack:
        current = stack.pop()
        for region in current.regions:
            for block in region.blocks:
                for child in block.ops:
                    if _potentially_unknown_table(child, loaded):
                        return None
                    _op_refs(child, refs, cache)
                    if child.regions and not child.has_trait(SymbolTable):
                        stack.append(child)
    return refs


# -- the pass ----------------------------------------------------------------------------------
class SymbolDCEPass(Pass):
    """Erase private (and otherwise unreachable) symbols that nothing uses."""

    name = "symbol-dce"
    summary = "Eliminate dead symbols"
    description = (
        "Deletes the symbols of the symbol tables nested in the op that are unreachable: "
        "private symbols (and non-public ones of tables nobody outside can name) with no "
        "use from a live op."
    )

    def run_on_operation(self, op: Operation) -> None:
        if not op.has_trait(SymbolTable):
            # (MLIR's message, double space included.)
            self.emit_op_error(
                op, " was scheduled to run under SymbolDCE, but does not define a symbol table"
            )
            raise PassFailure()
        hidden = True
        if op.parent_op() is not None and is_symbol(op):
            hidden = symbol_visibility(op) == "private"
        live = self._compute_liveness(op, hidden)
        if live is None:
            raise PassFailure()
        tables = [nested for nested in op.walk() if nested.has_trait(SymbolTable)]
        erased = 0
        for table in tables:
            for region in table.regions[:1]:
                for block in region.blocks:
                    for child in list(block.ops):
                        if is_symbol(child) and child not in live:
                            child.erase()
                            erased += 1
        if not erased:
            self.mark_all_preserved()

    def _compute_liveness(self, root: Operation, root_hidden: bool) -> set[Operation] | None:
        live: set[Operation] = set()
        indexes: dict[Operation, SymbolIndex | None] = {}
        cache: RefCache = {}
        loaded = self.context.loaded if self.context is not None else {}
        worklist: list[tuple[Operation, bool]] = []
        self._seed(root, root_hidden, live, worklist)
        while worklist:
            op, hidden = worklist.pop()
            if op.has_trait(SymbolTable):
                inner_hidden = hidden or not is_symbol(op) or symbol_visibility(op) == "private"
                self._seed(op, inner_hidden, live, worklist)
            else:
                # Uses inside a live op count as if its body were top level.
                for region in op.regions:
                    for block in region.blocks:
                        for child in block.ops:
                            if child.regions:
                                worklist.append((child, hidden))
            parent = op.parent_op()
            if parent is None or not parent.has_trait(SymbolTable):
                continue
            uses = symbol_uses(op, loaded, cache)
            if uses is None:
                self.emit_error(
                    op,
                    "operation contains potentially unknown symbol table, meaning that we "
                    "can't reliable compute symbol uses",
                )
                return None
            for ref in uses:
                for symbol in self._resolve(parent, ref, indexes):
                    if symbol not in live:
                        live.add(symbol)
                        worklist.append((symbol, hidden))
        return live

    @staticmethod
    def _seed(
        table: Operation, hidden: bool, live: set[Operation], worklist: list[tuple[Operation, bool]]
    ) -> None:
        """Push the ops of `table` that are live whatever uses them."""
        for block in table.regions[0].blocks if table.regions else ():
            for op in block.ops:
                if not is_symbol(op):
                    worklist.append((op, hidden))
                    continue
                discardable = (
                    hidden or symbol_visibility(op) == "private"
                ) and _can_discard_on_use_empty(op)
                if not discardable and op not in live:
                    live.add(op)
                    worklist.append((op, hidden))

    @staticmethod
    def _resolve(
        table: Operation, ref: SymbolRefAttr, indexes: dict[Operation, SymbolIndex | None]
    ) -> list[Operation]:
        """Every symbol on the path of `ref` from `table`; [] when one is missing."""
        found: list[Operation] = []
        current = table
        for name in reference_path(ref):
            if not current.has_trait(SymbolTable):
                return []
            index = indexes.get(current, False)
            if index is False:
                try:
                    index = SymbolIndex(current)
                except IRError:
                    index = None
                indexes[current] = index
            symbol = index.lookup(name) if index is not None else None
            if symbol is None:
                return []
            found.append(symbol)
            current = symbol
        return found
