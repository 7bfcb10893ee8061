"""The IR printer: operations to MLIR text, exactly as `mlir-opt` prints them.

Entry points: `print_operation(op, options) -> str` and `print_operation_to(op, stream,
options)`. `OpPrinter` is the printer object that attributes, types and custom op syntax
hooks write through (it implements `pyir.asm.AsmPrinter` plus MLIR's OpAsmPrinter calls).

Data layout of one print:
- `SSANames` (pyir.textual.naming) assigns every value and block its name up front.
- `AliasTable` (pyir.textual.aliases) names the aliased attributes and types, when the op
  is printed as a whole file (detached and not in local scope).
- Output is a flat list of string parts joined (or written to the stream) at the end;
  the text of each type and attribute is rendered once per print and cached by identity.
- Nesting never recurses on the Python stack: regions, blocks and op lists are work
  items on an explicit stack. A region that an op's printer asks for (generic form or a
  custom hook's `print_region`) is recorded with the text the op writes after it, and
  the work loop prints them in order once the op's printer has returned.

Custom syntax, in order of precedence (never in generic mode): `CUSTOM_PRINTERS[name]`,
then the op class's `print_custom(op, printer)`, then its declarative format object's
`print(op, printer)` (`op_def.format`, the hook for assembly formats); else generic.
A custom printer writes everything after the op name (the printer writes the name, with
the enclosing default dialect's prefix dropped), starting with its own leading space.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any

from pyir.core import Block, Operation, Region, Value
from pyir.location import UNKNOWN_LOC, Location
from pyir.textual import builtin_syntax
from pyir.textual.aliases import AliasCollector, AliasTable
from pyir.textual.naming import SSANames
from pyir.textual.resources import EXPLICIT_EMPTY_PROPERTIES, resource_section
from pyir.traits import IsolatedFromAbove, IsTerminator

__all__ = [
    "CUSTOM_PRINTERS",
    "OpPrinter",
    "PrintOptions",
    "escape_string",
    "print_operation",
    "print_operation_to",
]


class PrintOptions:
    """How to print; each field mirrors an mlir-opt flag.

    generic         --mlir-print-op-generic: every op in the generic form (implies
                    unique_ssa_ids, as in MLIR).
    debuginfo       --mlir-print-debuginfo: `loc(...)` after ops and block arguments.
    local_scope     --mlir-print-local-scope: no aliases, numbering starts at the nearest
                    isolated-from-above ancestor, no file-level sections.
    unique_ssa_ids  --mlir-print-unique-ssa-ids: never reuse a number in sibling regions.
    skip_regions    --mlir-print-skip-regions: regions print as `{...}`.
    """

    __slots__ = ("generic", "debuginfo", "local_scope", "unique_ssa_ids", "skip_regions")

    def __init__(
        self,
        generic: bool = False,
        debuginfo: bool = False,
        local_scope: bool = False,
        unique_ssa_ids: bool = False,
        skip_regions: bool = False,
    ) -> None:
        # (A plain class: dataclass creation alone costs pyir-opt's start-up 5 ms.)
        self.generic = generic
        self.debuginfo = debuginfo
        self.local_scope = local_scope
        self.unique_ssa_ids = unique_ssa_ids
        self.skip_regions = skip_regions

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PrintOptions) and all(
            getattr(self, n) == getattr(other, n) for n in self.__slots__
        )

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self.__slots__))

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"PrintOptions({fields})"


DEFAULT_OPTIONS = PrintOptions()

#: Hand-written custom printers by op name: fn(op, printer) writes what follows the op name.
CUSTOM_PRINTERS: dict[str, Callable[[Operation, OpPrinter], None]] = {}

#: Default dialect of the regions of ops (MLIR's OpAsmOpInterface::getDefaultDialect) when
#: the op class does not say (`default_dialect` class attribute).
DEFAULT_DIALECTS: dict[str, str] = {"builtin.module": "builtin"}

_UNKNOWN_VALUE = "<<UNKNOWN SSA VALUE>>"
_FLUSH_PARTS = 8192


# -- strings ----------------------------------------------------------------------------------
def escape_string(text: str) -> str:
    """`text` as MLIR prints a string literal: printable ASCII other than `"` and `\\` is
    kept, `\\` doubles, every other byte (of the UTF-8 encoding) is `\\XX` in hex."""
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return '"' + text + '"'
    out = ['"']
    for b in text.encode("utf-8", "surrogateescape"):
        if b == 0x5C:
            out.append("\\\\")
        elif 0x20 <= b <= 0x7E and b != 0x22:
            out.append(chr(b))
        else:
            out.append(f"\\{b:02X}")
    out.append('"')
    return "".join(out)


def _is_bare_identifier(name: str) -> bool:
    if not name or not (name[0] == "_" or (name[0].isascii() and name[0].isalpha())):
        return False
    for ch in name:
        if not ((ch.isascii() and ch.isalnum()) or ch in "_$."):
            return False
    return True


def keyword_or_string(name: str) -> str:
    return name if _is_bare_identifier(name) else escape_string(name)


# -- work items of the printing loop ----------------------------------------------------------
_OPS = 0  # (_OPS, first op, stop op, indent, default dialect)
_REGION = 1  # (_REGION, region, indent, entry args, terminators, empty block, dialect)
_BLOCK = 2  # (_BLOCK, block, print header, terminators, indent, dialect)
_TEXT = 3  # (_TEXT, list of parts)


class OpPrinter:
    """Prints one operation (and what it nests) into a list of string parts.

    Invariants: `_parts` is the list text currently goes to: `_main` except while an op's
    printer runs after asking for a region, when it is that region's trailing text.
    `_indent` is the indentation (in spaces) of the op being printed.
    """

    def __init__(self, options: PrintOptions, names: SSANames, aliases: AliasTable | None):
        self.options = options
        self._names = names
        self._values = names.values
        self._alias_text = aliases.text if aliases else {}
        self._main: list[str] = []
        self._parts = self._main
        self._indent = 0
        self._pending: list[tuple[tuple, list[str]]] | None = None
        self._region_dialect = ""
        # Rendered text per type/attribute object; `_keep` holds the objects so their
        # ids stay valid for the whole print.
        self._text: dict[int, str] = {}
        self._keep: list[Any] = []
        self._op_names: dict[tuple[str, str], str] = {}
        self._quoted_names: dict[str, str] = {}
        self._attr_names: dict[str, str] = {}
        self._custom_cache: dict[Any, Any] = {}
        # (op definition or name, default dialect) -> (line function, printed op name),
        # or None when the op's printer has no `line` fast path.
        self._lines: dict[tuple, Any] = {}
        self._pads: list[str] = []
        self._distinct_ids: dict[Any, int] = {}
        #: (dialect, key) of the resources referenced so far, in first-use order.
        self.resources: dict[tuple[str, str], None] = {}

    # -- AsmPrinter protocol -----------------------------------------------------------------
    def write(self, text: str) -> None:
        self._parts.append(text)

    def print_type(self, type: Any) -> None:
        self._parts.append(self.type_text(type))

    def print_attribute(self, attr: Any) -> None:
        self._parts.append(self.attr_text(attr))

    def print_string(self, text: str) -> None:
        self._parts.append(escape_string(text))

    def print_nested_location(self, loc: Location) -> None:
        ref = self._alias_text.get(loc) if self._alias_text else None
        if ref is not None:
            self._parts.append(ref)
        else:
            loc.print_body(self)

    # -- OpAsmPrinter calls for custom syntax ------------------------------------------------
    def print_operand(self, value: Value) -> None:
        self._parts.append(self._values.get(value, _UNKNOWN_VALUE))

    def print_operands(self, values: Iterable[Value]) -> None:
        get = self._values.get
        self._parts.append(", ".join([get(v, _UNKNOWN_VALUE) for v in values]))

    def value_name(self, value: Value) -> str:
        return self._values.get(value, _UNKNOWN_VALUE)

    def print_type_list(self, types: Iterable[Any]) -> None:
        self._parts.append(", ".join([self.type_text(t) for t in types]))

    def print_attribute_without_type(self, attr: Any) -> None:
        hook = getattr(attr, "print_without_type", None)
        if hook is not None:
            hook(self)
        else:
            self.print_attribute(attr)

    def print_functional_type(self, op: Operation) -> None:
        self._parts.append(self._functional_type(op))

    def print_symbol_name(self, name: str) -> None:
        self._parts.append("@" + keyword_or_string(name) if name else "@<<INVALID EMPTY SYMBOL>>")

    def print_keyword_or_string(self, name: str) -> None:
        self._parts.append(keyword_or_string(name))

    def print_optional_attr_dict(self, attrs: dict, elided: Iterable[str] = ()) -> None:
        text = self._attr_dict(attrs, elided)
        if text:
            self._parts.append(" {" + text + "}")

    def print_optional_attr_dict_with_keyword(
        self, attrs: dict, elided: Iterable[str] = ()
    ) -> None:
        text = self._attr_dict(attrs, elided)
        if text:
            self._parts.append(" attributes {" + text + "}")

    def print_attr_dict_body(self, attrs: dict, elided: Iterable[str] = ()) -> None:
        """`name = value, ...` sorted by name, without braces."""
        self._parts.append(self._attr_dict(attrs, elided))

    def print_successor(self, block: Block) -> None:
        self._parts.append(self._names.block(block))

    def print_successor_and_use_list(self, block: Block, values: list[Value]) -> None:
        self._parts.append(self._names.block(block))
        if values:
            get = self._values.get
            names = ", ".join([get(v, _UNKNOWN_VALUE) for v in values])
            types = ", ".join([self.type_text(v.type) for v in values])
            self._parts.append(f"({names} : {types})")

    def print_region_argument(
        self, arg: Value, attrs: dict | None = None, omit_type: bool = False
    ) -> None:
        parts = self._parts
        parts.append(self._values.get(arg, _UNKNOWN_VALUE))
        if not omit_type:
            parts.append(": " + self.type_text(arg.type))
        if attrs:
            self.print_optional_attr_dict(attrs)
        if self.options.debuginfo:
            parts.append(" " + self._location_text(arg.location, allow_alias=False))

    def print_optional_location_specifier(self, loc: Location | None) -> None:
        if self.options.debuginfo:
            self._parts.append(" " + self._location_text(loc, allow_alias=True))

    def print_newline(self) -> None:
        self._parts.append("\n" + " " * self._indent)

    def increase_indent(self) -> None:
        self._indent += 2

    def decrease_indent(self) -> None:
        self._indent -= 2

    def print_region(
        self,
        region: Region,
        print_entry_block_args: bool = True,
        print_block_terminators: bool = True,
        print_empty_block: bool = False,
    ) -> None:
        """Queue `region` to print here; text written afterwards follows it."""
        if self.options.skip_regions:
            self._parts.append("{...}")
            return
        if self._pending is None:
            raise RuntimeError("print_region() called outside of printing an operation")
        job = (
            _REGION,
            region,
            self._indent,
            print_entry_block_args,
            print_block_terminators,
            print_empty_block,
            self._region_dialect,
        )
        tail: list[str] = []
        self._pending.append((job, tail))
        self._parts = tail

    def distinct_id(self, attr: Any) -> int:
        """The number `distinct[N]` shows for `attr`: MLIR numbers distinct attributes
        afresh in each print, in the order they are first printed."""
        ids = self._distinct_ids
        number = ids.get(attr)
        if number is None:
            number = ids[attr] = len(ids)
        return number

    def use_resource(self, dialect: str, key: str) -> None:
        """Record a reference to a file-level resource, printed after the top-level op."""
        self.resources[(dialect, key)] = None

    # -- text of types, attributes and locations ------------------------------------------
    def type_text(self, type: Any) -> str:
        text = self._text.get(id(type))
        if text is None:
            text = self._alias_text.get(type) if self._alias_text else None
            if text is None:
                text = self.render(type)
            self._text[id(type)] = text
            self._keep.append(type)
        return text

    def attr_text(self, attr: Any) -> str:
        text = self._text.get(id(attr))
        if text is None:
            text = self._alias_text.get(attr) if self._alias_text else None
            if text is None:
                text = self.render(attr)
                if attr.kind == "builtin.dense_resource_elements":
                    self.resources[("builtin", attr.handle_name)] = None
            self._text[id(attr)] = text
            self._keep.append(attr)
        return text

    def render(self, value: Any) -> str:
        """`value` printed in full (never as its own alias; nested values may be)."""
        saved = self._parts
        buf: list[str] = []
        self._parts = buf
        try:
            value.print(self)
        finally:
            self._parts = saved
        return "".join(buf)

    def _location_text(self, loc: Location | None, allow_alias: bool) -> str:
        if loc is None:
            loc = UNKNOWN_LOC
        if allow_alias and self._alias_text:
            ref = self._alias_text.get(loc)
            if ref is not None:
                return "loc(" + ref + ")"
        return self.render(loc)

    def _attr_dict(self, attrs: dict, elided: Iterable[str] = ()) -> str:
        """`name = value, ...` sorted by name (MLIR keeps attribute lists sorted)."""
        if not attrs:
            return ""
        names = self._attr_names
        out = []
        for name in sorted(attrs) if len(attrs) > 1 else attrs:
            if elided and name in elided:
                continue
            key = names.get(name)
            if key is None:
                key = names[name] = keyword_or_string(name)
            value = attrs[name]
            if value.kind == "builtin.unit":
                out.append(key)
            else:
                out.append(key + " = " + self.attr_text(value))
        return ", ".join(out)

    def _functional_type(self, op: Operation) -> str:
        type_text = self.type_text
        head = "(" + ", ".join([type_text(s.value.type) for s in op.operand_slots]) + ") -> "
        results = op.results
        if len(results) == 1:
            t = results[0].type
            if t.kind != "builtin.function":
                return head + type_text(t)
        return head + "(" + ", ".join([type_text(r.type) for r in results]) + ")"

    # -- op printing ---------------------------------------------------------------------------
    def _pad(self, indent: int) -> str:
        pads = self._pads
        while len(pads) <= indent:
            pads.append(" " * len(pads))
        return pads[indent]

    def _op_name(self, name: str, dialect: str) -> str:
        key = (name, dialect)
        text = self._op_names.get(key)
        if text is None:
            text = name
            if dialect and name.startswith(dialect + ".") and name.count(".") == 1:
                text = name[len(dialect) + 1 :]
            self._op_names[key] = text
        return text

    def _print_op(self, op: Operation, pad: str, indent: int, dialect: str, newline: bool):
        """Print `op` at `indent`; the regions it asked for (with their trailing text) are
        returned for the work loop, or None when the op is complete."""
        main = self._main
        if op.results:
            head = self._names.def_text(op)
            main.append(pad + (head if head is not None else _UNKNOWN_VALUE) + " = ")
        else:
            main.append(pad)
        custom = None if self.options.generic else custom_printer_for(op, self._custom_cache)
        if custom is None and not op.regions:
            main.append(self._generic_line(op))
            if self.options.debuginfo:
                main.append(" " + self._location_text(op.location, allow_alias=True))
            if newline:
                main.append("\n")
            return None
        self._indent = indent
        self._pending = []
        self._region_dialect = region_dialect(op) if op.regions else ""
        if custom is not None:
            main.append(self._op_name(op.name, dialect))
            custom(op, self)
        else:
            self._print_generic(op)
        pending = self._pending
        self._pending = None
        sink = self._parts
        if self.options.debuginfo:
            sink.append(" " + self._location_text(op.location, allow_alias=True))
        if newline:
            sink.append("\n")
        self._parts = main
        return pending or None

    def _line_printer(self, op: Operation, key: tuple) -> Any:
        custom = custom_printer_for(op, self._custom_cache)
        line = getattr(custom, "line", None)
        # A guarded printer may refuse some instances: those take the general path.
        found = None
        if line is not None and op.name not in _GUARDS:
            found = (line, self._op_name(op.name, key[1]))
        self._lines[key] = found
        return found

    def _generic_line(self, op: Operation) -> str:
        """The generic form of an op without regions. This is the printer's hot path: it
        reads the caches directly instead of going through `type_text`."""
        values_get = self._values.get
        text_get = self._text.get
        type_text = self.type_text
        name = self._quoted_names.get(op.name)
        if name is None:
            name = self._quoted_name(op.name)
        slots = op.operand_slots
        if slots:
            vals = []
            types = []
            for slot in slots:
                v = slot.value
                vals.append(values_get(v, _UNKNOWN_VALUE))
                t = v.type
                types.append(text_get(id(t)) or type_text(t))
            text = name + "(" + ", ".join(vals) + ")"
            sig = "(" + ", ".join(types) + ") -> "
        else:
            text = name + "()"
            sig = "() -> "
        if op.successor_slots or op.properties or EXPLICIT_EMPTY_PROPERTIES:
            text += self._successors_and_properties(op)
        if op.attributes:
            text += " {" + self._attr_dict(op.attributes) + "}"
        results = op.results
        if len(results) == 1:
            t = results[0].type
            rt = text_get(id(t)) or type_text(t)
            if t.kind != "builtin.function":
                return text + " : " + sig + rt
            return text + " : " + sig + "(" + rt + ")"
        if not results:
            return text + " : " + sig + "()"
        rts = []
        for r in results:
            t = r.type
            rts.append(text_get(id(t)) or type_text(t))
        return text + " : " + sig + "(" + ", ".join(rts) + ")"

    def _successors_and_properties(self, op: Operation) -> str:
        """`[^bb1, ^bb2] <{props}>` of the generic form (either part may be empty)."""
        text = ""
        if op.successor_slots:
            block = self._names.block
            text += "[" + ", ".join([block(s.block) for s in op.successor_slots]) + "]"
        if op.properties:
            text += " <{" + self._attr_dict(op.properties) + "}>"
        elif EXPLICIT_EMPTY_PROPERTIES and op in EXPLICIT_EMPTY_PROPERTIES:
            text += " <{}>"
        return text

    def _quoted_name(self, name: str) -> str:
        text = self._quoted_names.get(name)
        if text is None:
            text = self._quoted_names[name] = escape_string(name)
        return text

    def _generic_head(self, op: Operation) -> str:
        """`"name"(operands)[successors] <{properties}>`."""
        get = self._values.get
        slots = op.operand_slots
        text = self._quoted_name(op.name)
        if slots:
            text += "(" + ", ".join([get(s.value, _UNKNOWN_VALUE) for s in slots]) + ")"
        else:
            text += "()"
        if op.successor_slots or op.properties or EXPLICIT_EMPTY_PROPERTIES:
            text += self._successors_and_properties(op)
        return text

    def _generic_tail(self, op: Operation) -> str:
        """` {attributes} : (operand types) -> result types`."""
        if op.attributes:
            return " {" + self._attr_dict(op.attributes) + "} : " + self._functional_type(op)
        return " : " + self._functional_type(op)

    def _print_generic(self, op: Operation) -> None:
        self._parts.append(self._generic_head(op) + " (")
        for i, region in enumerate(op.regions):
            if i:
                self._parts.append(", ")
            self.print_region(region, True, True, True)
        self._parts.append(")" + self._generic_tail(op))

    def _block_header(self, block: Block) -> str:
        names = self._names
        text = names.block(block)
        if block.args:
            values = self._values
            type_text = self.type_text
            if self.options.debuginfo:
                loc_text = self._location_text
                args = [
                    f"{values.get(a, _UNKNOWN_VALUE)}: {type_text(a.type)} "
                    + loc_text(a.location, allow_alias=False)
                    for a in block.args
                ]
            else:
                args = [f"{values.get(a, _UNKNOWN_VALUE)}: {type_text(a.type)}" for a in block.args]
            text += "(" + ", ".join(args) + ")"
        text += ":"
        region = block.parent
        use = block.first_pred
        if region is None:
            return text + "  // block is not in a region!"
        if use is None:
            if region.blocks[0] is not block:
                text += "  // no predecessors"
            return text
        if use.next_use is None:
            return text + "  // pred: " + names.block(use.owner.parent)
        preds = []
        while use is not None:
            pred = use.owner.parent
            preds.append((names.block_order(pred), names.block(pred)))
            use = use.next_use
        preds.sort(key=lambda p: p[0])
        return text + f"  // {len(preds)} preds: " + ", ".join(p[1] for p in preds)

    # -- the work loop ---------------------------------------------------------------------------
    def run(self, op: Operation, indent: int, dialect: str, newline: bool, sink: Any = None):
        """Print `op` and everything nested in it; `sink(text)` receives output as it grows
        (when given), else it stays in the parts list."""
        main = self._main
        work: list[tuple] = [(_OPS, op, op.next_op, indent, dialect, newline)]
        print_op = self._print_op
        generic_line = self._generic_line
        defs_get = self._names.def_text
        custom_get = self._custom_cache.get
        lines_get = self._lines.get
        generic = self.options.generic
        debuginfo = self.options.debuginfo
        pad = self._pad
        while work:
            item = work.pop()
            tag = item[0]
            if tag == _OPS:
                _, cur, stop, ind, dia, nl = item
                op_pad = pad(ind)
                end = "\n" if nl else ""
                while cur is not None and cur is not stop:
                    if sink is not None and len(main) > _FLUSH_PARTS:
                        # Hand finished text to the stream so memory stays flat.
                        sink("".join(main))
                        main.clear()
                    # The common case inline: a generic op without regions, one string.
                    if (
                        not cur.regions
                        and not debuginfo
                        and (generic or custom_get(cur.op_def or cur.name) is _GENERIC)
                    ):
                        if cur.results:
                            head = defs_get(cur) or _UNKNOWN_VALUE
                            main.append(op_pad + head + " = " + generic_line(cur) + end)
                        else:
                            main.append(op_pad + generic_line(cur) + end)
                        cur = cur.next_op
                        continue
                    if not cur.regions and not debuginfo and not generic:
                        # A fixed-shape declarative format: its generated `line` gives
                        # the text after the op name in one call (pyir.format_codegen).
                        key = (cur.op_def or cur.name, dia)
                        fast = lines_get(key, _MISSING)
                        if fast is _MISSING:
                            fast = self._line_printer(cur, key)
                        if fast is not None:
                            body = fast[0](cur, self)
                            if body is not None:
                                if cur.results:
                                    head = defs_get(cur) or _UNKNOWN_VALUE
                                    main.append(op_pad + head + " = " + fast[1] + body + end)
                                else:
                                    main.append(op_pad + fast[1] + body + end)
                                cur = cur.next_op
                                continue
                    pending = print_op(cur, op_pad, ind, dia, nl)
                    if pending is not None:
                        work.append((_OPS, cur.next_op, stop, ind, dia, nl))
                        for job, tail in reversed(pending):
                            work.append((_TEXT, tail))
                            work.append(job)
                        break
                    cur = cur.next_op
            elif tag == _REGION:
                _, region, ind, entry_args, terms, empty_block, dia = item
                main.append("{\n")
                blocks = region.blocks
                work.append((_TEXT, [pad(ind) + "}"]))
                if blocks:
                    for index in range(len(blocks) - 1, 0, -1):
                        work.append((_BLOCK, blocks[index], True, True, ind, dia))
                    entry = blocks[0]
                    header = bool(
                        (empty_block and entry.first_op is None) or (entry_args and entry.args)
                    )
                    work.append((_BLOCK, entry, header, terms, ind, dia))
            elif tag == _BLOCK:
                _, block, header, terms, ind, dia = item
                if header:
                    main.append(pad(ind) + self._block_header(block) + "\n")
                stop = None
                last = block.last_op
                if not terms and last is not None and last.has_trait(IsTerminator):
                    stop = last
                work.append((_OPS, block.first_op, stop, ind + 2, dia, True))
            else:
                main.extend(item[1])
        if sink is not None and main:
            sink("".join(main))
            main.clear()

    def text(self) -> str:
        return "".join(self._main)


# -- dispatch ----------------------------------------------------------------------------------
_GENERIC = object()
_MISSING = object()


def custom_printer_for(op: Operation, cache: dict | None = None) -> Any:
    """The custom printer of `op` (see the module docstring), or None."""
    op_def = op.op_def
    key = op_def if op_def is not None else op.name
    found = cache.get(key, None) if cache is not None else None
    if found is None:
        found = _lookup_custom(op)
        if cache is not None:
            cache[key] = found
    if found is _GENERIC:
        return None
    guard = _GUARDS.get(op.name)
    if guard is not None and not guard(op):
        return None
    return found


def _lookup_custom(op: Operation) -> Any:
    fn = CUSTOM_PRINTERS.get(op.name)
    if fn is not None:
        return fn
    op_def = op.op_def
    if op_def is None:
        return _GENERIC
    hook = getattr(op_def, "print_custom", None)
    if hook is not None:
        return hook
    fmt = getattr(op_def, "format", None)
    if fmt is not None:
        fast = fmt.fast_printer()
        return fast if fast is not None else fmt.print
    return _GENERIC


def region_dialect(op: Operation) -> str:
    """The default dialect inside `op`'s regions: op names in it may drop that prefix."""
    op_def = op.op_def
    if op_def is not None:
        name = getattr(op_def, "default_dialect", None)
        if name is not None:
            return name
    return DEFAULT_DIALECTS.get(op.name, "")


# The builtin ops' custom forms; the guards send malformed instances to the generic form,
# as MLIR does for ops that fail to verify.
CUSTOM_PRINTERS["builtin.module"] = builtin_syntax.print_module
CUSTOM_PRINTERS["builtin.unrealized_conversion_cast"] = builtin_syntax.print_cast
_GUARDS: dict[str, Callable[[Operation], bool]] = {
    "builtin.module": builtin_syntax.module_printable,
    "builtin.unrealized_conversion_cast": builtin_syntax.cast_printable,
}


# -- entry points ------------------------------------------------------------------------------
def _naming_root(op: Operation, local_scope: bool) -> Operation:
    """The op numbering starts from: the outermost ancestor, or in local scope the
    nearest ancestor (or `op`) that is isolated from above."""
    while True:
        if local_scope and op.has_trait(IsolatedFromAbove):
            return op
        parent = op.parent_op()
        if parent is None:
            return op
        op = parent


def _print(op: Operation, options: PrintOptions, sink: Callable[[str], None] | None) -> str:
    whole_file = op.parent is None and not options.local_scope
    root = _naming_root(op, options.local_scope)
    names = SSANames(
        root,
        unique=options.unique_ssa_ids or options.generic,
        custom_names=not options.generic,
    )
    aliases = None
    if whole_file:
        cache: dict = {}
        collector = AliasCollector(
            options.debuginfo,
            lambda o, d: None if options.generic else custom_printer_for(o, cache),
            region_dialect,
        )
        aliases = collector.collect(op, "builtin")
    printer = OpPrinter(options, names, aliases)
    if not whole_file:
        # A nested op prints alone: no aliases, no trailing newline, no file sections.
        # Op names still resolve against "builtin", MLIR's outermost default dialect.
        printer.run(op, 0, "builtin", False, sink)
        return "" if sink is not None else printer.text()
    main = printer._main
    for ref, value, deferred in aliases.definitions:
        if not deferred:
            main.append(ref + " = " + printer.render(value) + "\n")
    printer.run(op, 0, "builtin", True, sink)
    for ref, value, deferred in aliases.definitions:
        if deferred:
            main.append(ref + " = " + printer.render(value) + "\n")
    main.append(resource_section(printer, op))
    if sink is not None:
        sink(printer.text())
        return ""
    return printer.text()


def print_operation(op: Operation, options: PrintOptions = DEFAULT_OPTIONS) -> str:
    """`op` as MLIR text, as MLIR's `Operation::print` writes it.

    A detached op (e.g. a module) prints as a file: non-deferred aliases, the op, a
    newline, deferred (location) aliases, then the resource section. An op inside a block
    (or any op in local scope) prints alone with no trailing newline, numbered as in its
    enclosing IR. (mlir-opt writes one more newline after the whole output.)
    """
    return _print(op, options, None)


def print_operation_to(
    op: Operation, stream: IO[str], options: PrintOptions = DEFAULT_OPTIONS
) -> None:
    """Like `print_operation`, writing to `stream` as the text is produced."""
    _print(op, options, stream.write)
