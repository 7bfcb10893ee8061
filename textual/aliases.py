"""Attribute and type aliases (`#map1 = affine_map<...>`, `!tuple = ...`, `#loc3 = loc(...)`).

Which values get an alias (MLIR's builtin OpAsmDialectInterface, plus a hook): affine maps
(`map`), integer sets (`set`), every location (`loc`), tuples of more than 16 types
(`tuple`), distinct attributes not referring to unit (`distinct`); a dialect attribute or
type class may name its own alias with a method `asm_alias(self) -> str | None`.

How MLIR orders and numbers them, reproduced here:
1. A walk in printing order "visits" every attribute and type that would be printed:
   for an op, its location (if debug info is printed), then in generic form its regions,
   its operand types, result types and attributes (a registered op's properties too; an
   unregistered op's properties are *not* visited); a custom printer's calls are visited in the order it makes them. A value's
   nested attributes and types are visited when it is first seen, by printing it into a
   collecting printer.
2. An aliased value has depth 1, or one more than the deepest aliased value below it.
3. Aliases are stable-sorted by (depth, types before attributes, name) over first-visit
   order; equal names are numbered in that order: `map`, `map1`, `map2`.
4. Locations visited only as op locations may be "deferred": printed after the top-level
   op. Anything reached from a non-deferrable use (an attribute, a block argument's
   location) is printed before it, together with all of its children.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.attributes import Type
from pyir.core import Operation
from pyir.location import UNKNOWN_LOC, Location
from pyir.textual.naming import sanitize_identifier
from pyir.traits import IsTerminator

_BUILTIN_ALIAS_KINDS = {"builtin.affine_map": "map", "builtin.integer_set": "set"}
_TUPLE_ALIAS_MIN = 17


def alias_name(value: Any) -> str | None:
    """The alias name MLIR would give `value` (before numbering), or None."""
    hook = getattr(value, "asm_alias", None)
    if hook is not None:
        name = hook()
        if name:
            return sanitize_identifier(name, "$_-", allow_trailing_digit=False)
    kind = getattr(value, "kind", "")
    name = _BUILTIN_ALIAS_KINDS.get(kind)
    if name is not None:
        return name
    if isinstance(value, Location):
        return "loc"
    if kind == "builtin.tuple" and len(value.types) >= _TUPLE_ALIAS_MIN:
        return "tuple"
    if kind == "builtin.distinct":
        # A distinct attribute over unit prints inline; the others get `#distinct`.
        if getattr(getattr(value, "referenced", None), "kind", "") != "builtin.unit":
            return "distinct"
    return None


class _Entry:
    __slots__ = ("value", "name", "depth", "is_type", "deferrable", "children")

    def __init__(self, value: Any, name: str | None, deferrable: bool) -> None:
        self.value = value
        self.name = name
        self.depth = 1 if name is not None else 0
        self.is_type = isinstance(value, Type)
        self.deferrable = deferrable
        self.children: list[_Entry] = []


class AliasTable:
    """The aliases of one print of a top-level operation.

    Invariants: `text` maps each aliased value (by equality) to its printed reference
    (`#map1`); `definitions` lists (reference, value, deferrable) in printing order.
    """

    __slots__ = ("text", "definitions")

    def __init__(self) -> None:
        self.text: dict[Any, str] = {}
        self.definitions: list[tuple[str, Any, bool]] = []

    def __bool__(self) -> bool:
        return bool(self.text)


class _ChildVisitor:
    """Receives the printing calls of one attribute or type; visits what it nests."""

    __slots__ = ("collector", "deferrable", "children", "max_depth")

    def __init__(self, collector: AliasCollector, deferrable: bool) -> None:
        self.collector = collector
        self.deferrable = deferrable
        self.children: list[_Entry] = []
        self.max_depth = 0

    def _child(self, value: Any) -> None:
        if value is None:
            return
        entry = self.collector.visit(value, self.deferrable)
        self.children.append(entry)
        if entry.depth > self.max_depth:
            self.max_depth = entry.depth

    def write(self, text: str) -> None:
        pass

    def print_string(self, text: str) -> None:
        pass

    def print_type(self, type: Any) -> None:
        self._child(type)

    def print_attribute(self, attr: Any) -> None:
        self._child(attr)

    def print_nested_location(self, loc: Any) -> None:
        self._child(loc)

    def distinct_id(self, attr: Any) -> int:
        # Numbers are given when printing for real; the walk only needs the structure.
        return 0

    def __getattr__(self, name: str) -> Callable[..., None]:
        # An attribute may call printer helpers (float or resource printing) that do not
        # reveal nested values; they print nothing here.
        if name.startswith("print_"):
            return _ignore
        raise AttributeError(name)


def _ignore(*args: Any, **kwargs: Any) -> None:
    return None


class AliasCollector:
    """Walks an operation in printing order and builds its `AliasTable`.

    `custom_printer(op, default_dialect)` returns the custom printing function the real
    printer would use for `op` (None for the generic form), and `region_dialect(op)` the
    default dialect of `op`'s regions; the walk runs a custom printer against a recording
    printer so its visits happen in the same order as when printing.
    """

    def __init__(
        self,
        debuginfo: bool,
        custom_printer: Callable[[Operation, str], Any],
        region_dialect: Callable[[Operation], str],
    ) -> None:
        self.debuginfo = debuginfo
        self.custom_printer = custom_printer
        self.region_dialect = region_dialect
        self._entries: list[_Entry] = []
        self._by_value: dict[Any, _Entry] = {}
        # Types and attributes are uniqued, so the same object recurs: an identity
        # lookup first avoids hashing through Python-level __hash__.
        self._by_id: dict[int, _Entry] = {}
        # Ids of values already visited as non-deferrable: visiting them again changes
        # nothing, so the walk's hot loop skips them with one set lookup. (Entries keep
        # their values alive, so an id cannot be reused during the walk.)
        self._settled: set[int] = set()

    # -- visiting values -------------------------------------------------------------------
    def visit(self, value: Any, deferrable: bool = False) -> _Entry:
        if not deferrable:
            self._settled.add(id(value))
        entry = self._by_id.get(id(value))
        if entry is None or entry.value is not value:
            entry = self._by_value.get(value)
            if entry is None:
                return self._first_visit(value, deferrable)
            self._by_id[id(value)] = entry
        if not deferrable and entry.deferrable:
            _mark_non_deferrable(entry)
        return entry

    def _first_visit(self, value: Any, deferrable: bool) -> _Entry:
        entry = _Entry(value, alias_name(value), deferrable)
        self._entries.append(entry)
        self._by_value[value] = entry
        self._by_id[id(value)] = entry
        visitor = _ChildVisitor(self, deferrable)
        if isinstance(value, Location):
            value.print_body(visitor)
        else:
            value.print(visitor)
        entry.children = visitor.children
        if visitor.max_depth:
            entry.depth = visitor.max_depth + 1
        return entry

    # -- walking the IR ----------------------------------------------------------------------
    def collect(self, root: Operation, root_dialect: str) -> AliasTable:
        """Visit everything `root` prints, then name the aliases."""
        visit = self.visit
        debuginfo = self.debuginfo
        custom_printer = self.custom_printer
        settled = self._settled
        values_of: dict = {}
        # Work items: ("ops", first op, stop op, dialect) | ("values", list of
        # (value, deferrable)) | ("block", block, print args, print terminator, dialect).
        work: list[tuple] = [("ops", root, root.next_op, root_dialect)]
        while work:
            item = work.pop()
            tag = item[0]
            if tag == "values":
                for value, deferrable in item[1]:
                    visit(value, deferrable)
                continue
            if tag == "block":
                _, block, print_args, print_term, dialect = item
                if print_args:
                    for arg in block.args:
                        visit(arg.type)
                        if debuginfo:
                            visit(arg.location or UNKNOWN_LOC)
                stop = None
                last = block.last_op
                if not print_term and last is not None and last.has_trait(IsTerminator):
                    stop = last
                work.append(("ops", block.first_op, stop, dialect))
                continue
            _, op, stop, dialect = item
            while op is not None and op is not stop:
                if debuginfo:
                    visit(op.location or UNKNOWN_LOC, True)
                key = op.op_def or op.name
                printed_values = values_of.get(key)
                if printed_values is None:
                    printer = custom_printer(op, dialect)
                    printed_values = getattr(printer, "printed_values", None)
                    if printed_values is not None:
                        # Declarative printers are chosen per op class, never per
                        # instance, so the lookup is done once per class.
                        values_of[key] = printed_values
                if printed_values is not None:
                    # A fixed-shape declarative format: what it prints is known without
                    # running it (no regions, so nothing is queued).
                    for value in printed_values(op):
                        if id(value) not in settled:
                            visit(value)
                elif printer is not None:
                    recorder = _Recorder(debuginfo)
                    printer(op, recorder)
                    events = recorder.finish()
                    if events:
                        work.append(("ops", op.next_op, stop, dialect))
                        inner = self.region_dialect(op)
                        for event in reversed(events):
                            if event[0] == "values":
                                work.append(event)
                            else:
                                self._push_region(work, event[1], event[2], event[3], inner)
                        break
                elif op.regions:
                    work.append(("ops", op.next_op, stop, dialect))
                    work.append(("values", _generic_values(op)))
                    inner = self.region_dialect(op)
                    for region in reversed(op.regions):
                        self._push_region(work, region, True, True, inner)
                    break
                else:
                    for slot in op.operand_slots:
                        t = slot.value.type
                        if id(t) not in settled:
                            visit(t)
                    for result in op.results:
                        t = result.type
                        if id(t) not in settled:
                            visit(t)
                    attrs = _visited_attributes(op)
                    if attrs:
                        for name in sorted(attrs) if len(attrs) > 1 else attrs:
                            value = attrs[name]
                            if id(value) not in settled:
                                visit(value)
                op = op.next_op
        return self._name()

    @staticmethod
    def _push_region(work: list, region: Any, entry_args: bool, terms: bool, dialect: str):
        blocks = region.blocks
        for index in range(len(blocks) - 1, -1, -1):
            if index == 0:
                work.append(("block", blocks[0], entry_args, terms, dialect))
            else:
                work.append(("block", blocks[index], True, True, dialect))

    def _name(self) -> AliasTable:
        aliased = [e for e in self._entries if e.name is not None]
        # sorted() is stable, so first-visit order breaks ties.
        aliased.sort(key=lambda e: (e.depth, not e.is_type, e.name))
        table = AliasTable()
        counts: dict[str, int] = {}
        for entry in aliased:
            name = entry.name
            index = counts.get(name, 0)
            counts[name] = index + 1
            ref = ("!" if entry.is_type else "#") + name + (str(index) if index else "")
            table.text[entry.value] = ref
            table.definitions.append((ref, entry.value, entry.deferrable))
        return table


def _mark_non_deferrable(entry: _Entry) -> None:
    stack = [entry]
    while stack:
        e = stack.pop()
        if e.deferrable:
            e.deferrable = False
            stack.extend(e.children)


def _generic_values(op: Operation) -> list[tuple[Any, bool]]:
    values: list[tuple[Any, bool]] = [(slot.value.type, False) for slot in op.operand_slots]
    values.extend((r.type, False) for r in op.results)
    attrs = _visited_attributes(op)
    if attrs:
        values.extend((attrs[name], False) for name in sorted(attrs))
    return values


class _Recorder:
    """The printer a custom op printer writes to while aliases are collected: it records
    the attributes, types and regions it is asked to print, in order, and nothing else."""

    def __init__(self, debuginfo: bool) -> None:
        self._debuginfo = debuginfo
        self._events: list[tuple] = []
        self._values: list[tuple[Any, bool]] = []

    def finish(self) -> list[tuple]:
        if self._values:
            self._events.append(("values", self._values))
            self._values = []
        return self._events

    def _add(self, value: Any) -> None:
        if value is not None:
            self._values.append((value, False))

    # -- the OpPrinter protocol, recording only --------------------------------------------
    def print_type(self, type: Any) -> None:
        self._add(type)

    def print_attribute(self, attr: Any) -> None:
        self._add(attr)

    def print_attribute_without_type(self, attr: Any) -> None:
        self._add(attr)

    def print_nested_location(self, loc: Any) -> None:
        self._add(loc)

    def print_type_list(self, types: Any) -> None:
        for t in types:
            self._add(t)

    def print_functional_type(self, op: Operation) -> None:
        for slot in op.operand_slots:
            self._add(slot.value.type)
        for r in op.results:
            self._add(r.type)

    def print_optional_attr_dict(self, attrs: dict, elided: Any = ()) -> None:
        for name in sorted(attrs):
            if name not in elided:
                self._add(attrs[name])

    def print_optional_attr_dict_with_keyword(self, attrs: dict, elided: Any = ()) -> None:
        self.print_optional_attr_dict(attrs, elided)

    def print_attr_dict_body(self, attrs: dict, elided: Any = ()) -> None:
        self.print_optional_attr_dict(attrs, elided)

    def print_region_argument(self, arg: Any, attrs: dict | None = None, omit_type=False):  # noqa: ANN001
        # As in MLIR, the argument's attributes are not considered for aliases.
        self._add(arg.type)
        if self._debuginfo:
            self._add(arg.location or UNKNOWN_LOC)

    def print_optional_location_specifier(self, loc: Any) -> None:
        # MLIR considers it even without debug info, so its alias is defined regardless.
        self._add(loc or UNKNOWN_LOC)

    def print_region(
        self,
        region: Any,
        print_entry_block_args: bool = True,
        print_block_terminators: bool = True,
        print_empty_block: bool = False,
    ) -> None:
        if not region.blocks:
            return
        self.finish()
        self._events.append(("region", region, print_entry_block_args, print_block_terminators))

    def __getattr__(self, name: str) -> Callable[..., None]:
        # Writing text, operands, successors, symbol names and indentation reveal no
        # attributes or types.
        if name.startswith(("print_", "write", "increase_", "decrease_", "shadow_")):
            # Kept on the class, so the next lookup of `name` does not come here.
            setattr(_Recorder, name, _ignore_method)
            return _ignore
        raise AttributeError(name)


def _ignore_method(self: _Recorder, *args: Any, **kwargs: Any) -> None:
    return None


def _visited_attributes(op: Operation) -> dict:
    """The attributes MLIR's generic form considers for aliases: the discardable ones, and
    for a registered op also its properties (MLIR's getAttrDictionary merges the inherent
    attributes in; an unregistered op's properties are one opaque value, not visited)."""
    attrs = op.attributes
    if op.op_def is not None and op.properties:
        attrs = {**op.properties, **attrs}
    return attrs
