"""Parsing MLIR text into pyir IR: the entry points and the per-rule builder callbacks.

`parse_source(text, filename, context)` returns the top-level module operation, or None
after emitting a located diagnostic (the parser stops at the first error, as MLIR does).

The LALR driver (pyir.textual.lalr) calls one `IRBuilder` method per reduced grammar
rule, named like the rule (or its alias), with the rule's kept children; `self.pos` is
the rule's start offset. IR objects are built directly, bottom-up: an operation exists
once its whole text is reduced, and a block collects its operations when it ends.

Name scoping follows MLIR: each region opened by an op that is isolated from above starts
a fresh value scope; names defined in a nested region disappear when it closes. Uses
before definitions (graph regions, cross-block references) get placeholder values that
are replaced when the definition arrives; leftovers are reported when their scope ends.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from typing import Any

from pyir import builtin_attributes as ba
from pyir.asm import AsmParseError
from pyir.context import Context
from pyir.core import Block, Operation, OpResult, Region, Value
from pyir.diagnostics import Diagnostic, Severity
from pyir.location import (
    FileLineColLoc,
    Location,
    make_file_line_col,
)
from pyir.textual import attribute_builders as ab
from pyir.textual.grammar_registry import DriverTables, grammar_for
from pyir.textual.lalr import TOKEN_AT, Lexer, SyntaxErrorAt, line_starts, parse
from pyir.textual.parser_attributes import AttributeCallbacks, DeferredLoc
from pyir.traits import IsolatedFromAbove


class ParseError(AsmParseError):
    """A semantic error found while building IR at source offset `pos`."""


class SourceMap:
    """Offsets of one parsed buffer -> file:line:col (1-based; the buffer may start inside a
    larger file, at `line_offset` lines and `column_offset` columns). Parsed ops keep a
    reference and their offset, and ask for their location only when needed.
    """

    __slots__ = ("filename", "starts", "line_offset", "column_offset")

    def __init__(self, filename: str, starts: Any, line_offset: int, column_offset: int):
        self.filename = filename
        self.starts = starts
        self.line_offset = line_offset
        self.column_offset = column_offset

    def line_col(self, pos: int) -> tuple[int, int]:
        starts = self.starts
        line = bisect_right(starts, pos) - 1
        col = pos - starts[line] + 1
        if line == 0:
            col += self.column_offset
        return line + 1 + self.line_offset, col

    def location_at(self, pos: int) -> FileLineColLoc:
        line, col = self.line_col(pos)
        return make_file_line_col(self.filename, line, col)


class _ValueScope:
    """Names visible inside one isolated-from-above region (and its non-isolated children)."""

    __slots__ = ("values", "forward")

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}  # "%x" -> Value, or list of Values for "%x:N"
        self.forward: dict[tuple[str, int], tuple[Value, int]] = {}


class _RegionScope:
    """Per-region parse state: the names it defined and its blocks by label."""

    __slots__ = ("defined", "blocks", "forward_blocks", "isolated", "entry_block")

    def __init__(self, isolated: bool) -> None:
        self.entry_block: Block | None = None  # made from arguments the op declared
        self.defined: list[str] = []
        self.blocks: dict[str, Block] = {}
        self.forward_blocks: dict[str, int] = {}
        self.isolated = isolated


class IRBuilder(AttributeCallbacks):
    """Builder callbacks for the core grammar. One instance parses one source buffer."""

    def __init__(
        self,
        text: str,
        filename: str,
        context: Context,
        line_offset: int = 0,
        column_offset: int = 0,
    ) -> None:
        self.text = text
        self.filename = filename
        self.context = context
        self.line_offset = line_offset
        self.column_offset = column_offset
        self.pos = 0
        self._source_map: SourceMap | None = None
        self.value_scopes: list[_ValueScope] = [_ValueScope()]
        self.region_scopes: list[_RegionScope] = [_RegionScope(True)]
        self.pending_ops: list[str] = []
        self._pending_op_pos: list[int] = []
        self.last_op_pos = 0
        self.pending_entry_args: list | None = None
        self._default_dialects: list[str] = []
        self.distinct: dict[int, Any] = {}
        self.attr_aliases: dict[str, Any] = {}
        self.type_aliases: dict[str, Any] = {}
        self.deferred_locs: list[tuple[Any, DeferredLoc]] = []
        self.resources: dict[str, dict[str, Any]] = {}
        self._affine_dim_names: list[str] = []
        self._affine_sym_names: list[str] = []
        self._int_types: dict[str, Any] = {}
        self._op_names: dict[str, str] = {}
        self._op_defs: dict[str, Any] = {}
        self.grammar: Any = None
        self.driver_tables: Any = None

    # -- locations --------------------------------------------------------------------
    @property
    def source_map(self) -> SourceMap:
        source = self._source_map
        if source is None:
            source = self._source_map = SourceMap(
                self.filename, line_starts(self.text), self.line_offset, self.column_offset
            )
        return source

    def line_col(self, pos: int) -> tuple[int, int]:
        return self.source_map.line_col(pos)

    def loc(self, pos: int) -> FileLineColLoc:
        return self.source_map.location_at(pos)

    # -- values ------------------------------------------------------------------------
    def define_value(self, name: str, value: Any, pos: int) -> None:
        scope = self.value_scopes[-1]
        if name in scope.values:
            raise ParseError(f"redefinition of SSA value '{name}'", pos)
        scope.values[name] = value
        region = self.region_scopes[-1]
        if not region.isolated:  # an isolated region drops its whole scope at its end
            region.defined.append(name)
        if scope.forward:
            group = value if isinstance(value, list) else [value]
            for index, real in enumerate(group):
                entry = scope.forward.pop((name, index), None)
                if entry is None:
                    continue
                placeholder, use_pos = entry
                if placeholder.type != real.type:
                    raise ParseError(
                        f"definition of SSA value '{name}#{index}' has type '{real.type}'",
                        pos,
                        [(f"previously used here with type '{placeholder.type}'", use_pos)],
                    )
                placeholder.replace_all_uses_with(real)

    def resolve(self, use: tuple[str, int], type: Any) -> Value:
        """The value named by `use` (text, pos), which must have type `type`."""
        text, pos = use
        entry = self.value_scopes[-1].values.get(text)
        if entry is not None and entry.__class__ is not list:
            # The common case: a defined single value (names never contain '#').
            t = entry.type
            if t is type or t == type:
                return entry
        name, _, index_text = text.partition("#")
        index = int(index_text) if index_text else 0
        scope = self.value_scopes[-1]
        entry = scope.values.get(name)
        if entry is not None:
            if isinstance(entry, list):
                if index >= len(entry):
                    raise ParseError(f"reference to invalid result number {index} of '{name}'", pos)
                value = entry[index]
            elif index:
                raise ParseError(f"reference to invalid result number {index} of '{name}'", pos)
            else:
                value = entry
            if value.type is not type and value.type != type:
                raise ParseError(
                    f"use of value '{text}' expects different type than prior uses: "
                    f"'{type}' vs '{value.type}'",
                    pos,
                )
            return value
        key = (name, index)
        forward = scope.forward.get(key)
        if forward is not None:
            if forward[0].type != type:
                raise ParseError(
                    f"use of value '{text}' expects different type than prior uses: "
                    f"'{type}' vs '{forward[0].type}'",
                    pos,
                )
            return forward[0]
        placeholder = OpResult(type, None, 0)
        scope.forward[key] = (placeholder, pos)
        return placeholder

    def default_dialect(self) -> str:
        """The dialect whose ops may drop their prefix here ("" when none)."""
        return self._default_dialects[-1] if self._default_dialects else ""

    def begin_op(self, name: str) -> None:
        """The op named `name` starts at `self.pos` (its name token); its regions, if any,
        open before it is built."""
        self.pending_ops.append(name)
        self._pending_op_pos.append(self.pos)

    def end_op(self) -> str:
        """The innermost pending op is complete; its start becomes `last_op_pos`."""
        self.last_op_pos = self._pending_op_pos.pop()
        return self.pending_ops.pop()

    def error(self, message: str, pos: int) -> ParseError:
        return ParseError(message, pos)

    def set_entry_block_args(self, args: list) -> None:
        """Arguments (name, type, location or None, offset) of the next region's entry
        block, declared by its op before the region (a function signature)."""
        self.pending_entry_args = args

    def resolve_all(self, uses: list | None, types: list, pos: int) -> list[Value]:
        uses = uses or []
        if len(uses) != len(types):
            raise ParseError(
                f"expected {len(uses)} operand type{'s' if len(uses) != 1 else ''} "
                f"but had {len(types)}",
                pos,
            )
        return [self.resolve(u, t) for u, t in zip(uses, types)]

    # -- top level ---------------------------------------------------------------------
    def start(self, c: list) -> Any:
        return c[0] or []

    def toplevel_list(self, c: list) -> list:
        if len(c) == 1:
            return [c[0]] if isinstance(c[0], Operation) else []
        items = c[0]
        if isinstance(c[1], Operation):
            items.append(c[1])
        return items

    def attribute_alias_def(self, c: list) -> None:
        name = c[0]
        if "." in name or "<" in name:
            raise ParseError(f"invalid alias name '{name}': aliases may not contain '.'", self.pos)
        if name in self.attr_aliases:
            raise ParseError(f"redefinition of attribute alias id '{name[1:]}'", self.pos)
        self.attr_aliases[name] = c[1]

    def type_alias_def(self, c: list) -> None:
        name = c[0]
        if "." in name or "<" in name:
            raise ParseError(f"invalid alias name '{name}': aliases may not contain '.'", self.pos)
        if name in self.type_aliases:
            raise ParseError(f"redefinition of type alias id '{name[1:]}'", self.pos)
        self.type_aliases[name] = c[1]

    def file_metadata(self, c: list) -> None:
        for entry in c:
            if entry is None:  # `{-# #-}`
                continue
            key, groups = entry
            if key == "dialect_resources":
                for dialect, entries in groups:
                    table = self.resources.setdefault(dialect, {})
                    for name, value in entries:
                        table[name] = value
            # Other metadata keys (e.g. external_resources) are accepted and dropped.

    def metadata_entry(self, c: list) -> tuple:
        return (c[0], [g for g in c[1:] if g is not None])

    def metadata_group(self, c: list) -> tuple:
        return (c[0], [e for e in c[1:] if e is not None])

    def resource_entry(self, c: list) -> tuple:
        name = c[0]
        if name.startswith('"'):
            name = ab.unquote(name, self.pos)
        return (name, c[1])

    # -- operations ---------------------------------------------------------------------
    def op_without_results(self, c: list) -> Operation:
        op: Operation = c[0]
        self._set_location(op, c[1])
        return op

    def op_with_results(self, c: list) -> Operation:
        results, op, loc = c
        if len(results) == 1 and len(results[0]) == 2 and len(op.results) == 1:
            name, pos = results[0]  # the common case: `%x = ...`
            if "#" in name:
                raise self._hash_in_result(name, pos)
            self.define_value(name, op.results[0], pos)
        else:
            self._bind_results(results, op)
        self._set_location(op, loc)
        return op

    def _bind_results(self, results: list, op: Operation) -> None:
        """Name `op`'s results after the result list: (name, pos) binds one result,
        (name, count, pos) (`%x:2`) a group."""
        groups = []
        for entry in results:
            if len(entry) == 2:
                name, pos = entry
                if "#" in name:
                    raise self._hash_in_result(name, pos)
                groups.append((name, 1, pos))
            else:
                groups.append(entry)
        expected = sum(count for _name, count, _pos in groups)
        if expected != len(op.results):
            raise ParseError(
                f"operation defines {len(op.results)} results but was provided {expected} to bind",
                self.pos,
            )
        i = 0
        for name, count, pos in groups:
            if count == 1:
                self.define_value(name, op.results[i], pos)
            else:
                self.define_value(name, list(op.results[i : i + count]), pos)
            i += count

    @staticmethod
    def _hash_in_result(name: str, pos: int) -> ParseError:
        return ParseError(f"expected a value name without '#' in result list, got '{name}'", pos)

    def _set_location(self, op: Operation, loc: Any) -> None:
        # MLIR locates an op at its name, not at its result list.
        if loc is None:
            # The FileLineColLoc is made only if somebody asks (see Operation.location).
            op.set_source_location(self.source_map, self.last_op_pos)
        elif isinstance(loc, DeferredLoc):
            op.location = self.loc(self.last_op_pos)
            self.deferred_locs.append((op, loc))
        else:
            op.location = loc

    # `%x`: (name, offset), built by the LALR driver itself.
    op_result_name = TOKEN_AT

    def op_result_pack(self, c: list) -> tuple:
        """`%x:2`: (name, count, offset)."""
        name = c[0]
        if "#" in name:
            raise self._hash_in_result(name, self.pos)
        count = ab.parse_int(c[1])
        if count < 1:
            raise ParseError("expected named operation to have at least 1 result", self.pos)
        return (name, count, self.pos)

    def generic_op_name(self, c: list) -> str:
        name = self._op_names.get(c[0])
        if name is None:
            name = self._op_names[c[0]] = ab.unquote(c[0], self.pos)
        if not name:
            raise ParseError("empty operation name is invalid", self.pos)
        self.begin_op(name)
        return name

    def generic_operation(self, c: list) -> Operation:
        name, uses, successors, props, regions, attrs, signature = c
        self.end_op()
        explicit_empty = props is not None and not props
        try:
            op_def = self._op_defs[name]
        except KeyError:
            op_def = self._op_defs[name] = self.lookup_op(name, self.pos)
        inputs, results = signature
        operands = self.resolve_all(uses, inputs, self.pos)
        if props is None and attrs and op_def is not None and op_def.property_defs:
            # Without `<{...}>`, MLIR takes inherent attributes from the attribute dict.
            props, attrs = _split_inherent(op_def, attrs)
        op = Operation(
            name,
            op_def,
            operands,
            results,
            props,
            attrs,
            successors or (),
            regions or [],
            None,
        )
        if explicit_empty:
            from pyir.textual.resources import EXPLICIT_EMPTY_PROPERTIES

            EXPLICIT_EMPTY_PROPERTIES.add(op)
        return op

    def lookup_op(self, name: str, pos: int) -> Any:
        op_def = self.context.get_op_def(name)
        if op_def is None and not self.context.allow_unregistered_dialects:
            dialect = name.partition(".")[0]
            if "." in name and self.context.is_registered(dialect):
                raise ParseError(
                    f"unregistered operation '{name}' found in dialect ('{dialect}') that does "
                    "not allow unknown operations",
                    pos,
                )
            raise ParseError(
                "operation being parsed with an unregistered dialect. If this is intended, "
                "please use -allow-unregistered-dialect with the MLIR tool used",
                pos,
            )
        return op_def

    # (SSA name, offset): built by the LALR driver itself, the commonest reduction.
    value_use = TOKEN_AT

    def block_ref(self, c: list) -> Block:
        return self.block_named(c[0], self.pos, forward=True)

    def properties(self, c: list) -> dict:
        return c[0]

    def trailing_location(self, c: list) -> Any:
        return c[0]

    # -- builtin custom forms ---------------------------------------------------------
    def builtin_module_keyword(self, c: list) -> str:
        self.begin_op("builtin.module")
        return "builtin.module"

    def builtin_module(self, c: list) -> Operation:
        _, sym_name, extra_props, attrs, body = c
        self.end_op()
        from pyir.builtin import ModuleOp

        props = dict(extra_props) if extra_props else {}
        if sym_name is not None:
            props["sym_name"] = ba.StringAttr(ab.symbol_name(sym_name, self.pos))
        if attrs:
            for key in ("sym_name", "sym_visibility"):
                if key in attrs:
                    props[key] = attrs.pop(key)
        if not body.blocks:
            body.add_block(Block())
        return ModuleOp.create(properties=props, attributes=attrs, regions=[body])

    def module_properties(self, c: list) -> dict:
        return self.attribute_dict(c)

    def builtin_cast_keyword(self, c: list) -> str:
        self.begin_op("builtin.unrealized_conversion_cast")
        return c[0]

    def builtin_unrealized_conversion_cast(self, c: list) -> Operation:
        _, uses, in_types, out_types, attrs = c
        self.end_op()
        from pyir.builtin import UnrealizedConversionCastOp

        operands = self.resolve_all(uses, in_types or [], self.pos)
        return UnrealizedConversionCastOp.create(operands, out_types, attributes=attrs)

    # -- regions and blocks -----------------------------------------------------------
    def region_open(self, c: list) -> None:
        op_def = self.context.get_op_def(self.pending_ops[-1]) if self.pending_ops else None
        isolated = op_def is not None and IsolatedFromAbove in op_def.traits_set
        scope = _RegionScope(isolated)
        self.region_scopes.append(scope)
        self._default_dialects.append(getattr(op_def, "default_dialect", None) or "")
        if isolated:
            self.value_scopes.append(_ValueScope())
        args = self.pending_entry_args
        if args is not None:
            self.pending_entry_args = None
            block = scope.entry_block = Block()
            self._add_block_args(block, args)

    def region(self, c: list) -> Region:
        _, entry_ops, blocks = c
        scope = self.region_scopes.pop()
        self._default_dialects.pop()
        region = Region()
        if scope.entry_block is not None:
            entry = scope.entry_block
            if entry_ops is not None:
                entry.append_ops(entry_ops)
            region.add_block(entry)
        elif entry_ops is not None:
            entry = Block()
            entry.append_ops(entry_ops)
            region.add_block(entry)
        if blocks is not None:
            for block in blocks:
                region.add_block(block)
        if scope.forward_blocks:
            name, pos = next(iter(scope.forward_blocks.items()))
            raise ParseError("reference to an undefined block", pos)
        if scope.isolated:
            self._close_value_scope(self.value_scopes.pop())
        else:
            values = self.value_scopes[-1].values
            for name in scope.defined:
                values.pop(name, None)
        return region

    def _close_value_scope(self, scope: _ValueScope) -> None:
        if scope.forward:
            (name, index), (_placeholder, pos) = min(
                scope.forward.items(), key=lambda item: item[1][1]
            )
            raise ParseError("use of undeclared SSA value name", pos)

    def block_list(self, c: list) -> list:
        if len(c) == 1:
            return [c[0]]
        c[0].append(c[1])
        return c[0]

    def block(self, c: list) -> Block:
        block: Block = c[0]
        if c[1] is not None:
            block.append_ops(c[1])
        return block

    def block_named(self, name: str, pos: int, forward: bool) -> Block:
        scope = self.region_scopes[-1]
        block = scope.blocks.get(name)
        if block is None:
            block = Block()
            scope.blocks[name] = block
            if forward:
                scope.forward_blocks[name] = pos
        return block

    def block_label(self, c: list) -> Block:
        name, args = c
        scope = self.region_scopes[-1]
        block = scope.blocks.get(name)
        if block is not None and name not in scope.forward_blocks:
            raise ParseError(f"redefinition of block '{name}'", self.pos)
        block = self.block_named(name, self.pos, forward=False)
        scope.forward_blocks.pop(name, None)
        self._add_block_args(block, args or ())
        return block

    def _add_block_args(self, block: Block, args: Any) -> None:
        for arg_name, arg_type, arg_loc, arg_pos in args:
            loc = arg_loc
            deferred = None
            if loc is None:
                loc = self.loc(arg_pos)
            elif isinstance(loc, DeferredLoc):
                deferred, loc = loc, self.loc(arg_pos)
            arg = block.add_argument(arg_type, loc)
            if deferred is not None:
                self.deferred_locs.append((arg, deferred))
            self.define_value(arg_name, arg, arg_pos)

    def block_arg_list(self, c: list) -> list:
        return [a for a in c if a is not None]

    def block_arg(self, c: list) -> tuple:
        name = c[0]
        if "#" in name:
            raise ParseError(f"invalid block argument name '{name}'", self.pos)
        return (name, c[1], c[2], self.pos)

    # -- end of file --------------------------------------------------------------------
    def finish(self, ops: list[Operation]) -> Operation:
        self._close_value_scope(self.value_scopes[0])
        for holder, deferred in self.deferred_locs:
            alias = self.attr_aliases.get(deferred.name)
            if alias is None:
                raise ParseError(f"undefined location alias '{deferred.name}'", deferred.pos)
            if not isinstance(alias, Location):
                raise ParseError(
                    f"expected location, but '{deferred.name}' is not a location alias",
                    deferred.pos,
                )
            holder.location = alias
        if len(ops) == 1 and ops[0].name == "builtin.module":
            module = ops[0]
        else:
            from pyir.builtin import ModuleOp

            # MLIR places an implicit module at line 0, column 0 of the file, or at the
            # start of its chunk when the file was split.
            if self.line_offset or self.column_offset:
                where = FileLineColLoc(self.filename, self.line_offset + 1, self.column_offset + 1)
            else:
                where = FileLineColLoc(self.filename, 0, 0)
            module = ModuleOp.create(location=where)
            block = Block()
            module.regions[0].add_block(block)
            block.append_ops(ops)
        return module


def _split_inherent(op_def: Any, attrs: dict) -> tuple[dict | None, dict]:
    names = {d.name for d in op_def.property_defs}
    if not names.intersection(attrs):
        return None, attrs
    props = {k: v for k, v in attrs.items() if k in names}
    return props, {k: v for k, v in attrs.items() if k not in names}


def parse_source(
    text: str,
    filename: str = "<stdin>",
    context: Context | None = None,
    line_offset: int = 0,
    column_offset: int = 0,
) -> Operation | None:
    """Parse a whole source buffer into its top-level module; None after a diagnostic.

    `line_offset`/`column_offset` place the buffer inside a larger file (split chunks),
    so locations name the original file's lines.
    """
    context = context or Context()
    builder = IRBuilder(text, filename, context, line_offset, column_offset)
    # Parsing allocates millions of objects and frees almost none: the cycle collector
    # would rescan them over and over (measured: a third of the parse time).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        result = run_parser(builder, context)
    finally:
        # The bound callbacks refer to the builder, which refers to them and to the
        # text: break the cycle so the text goes now, not at the next full collection.
        builder.driver_tables = None
        builder.grammar = None
        if gc_was_enabled:
            gc.enable()
    if result is not None:
        from pyir.textual import resources

        resources.attach(result, builder.resources)
    return result


def run_parser(builder: IRBuilder, context: Context) -> Operation | None:
    text = builder.text
    grammar = grammar_for(context, text)
    driver_tables = DriverTables(grammar.tables, grammar.bind(builder))
    # Kept for parsing the bodies of dialect attributes and types (attr_def_syntax).
    builder.grammar = grammar
    builder.driver_tables = driver_tables
    lexer = Lexer(text)
    try:
        ops = parse(driver_tables, lexer, builder, grammar.tables.start_state)
        return builder.finish(ops)
    except SyntaxErrorAt as err:
        _report(builder, context, err.message, err.pos, [])
    except AsmParseError as err:
        _report(builder, context, err.message, err.pos, err.notes)
    except RecursionError:
        _report(builder, context, "input nests too deeply to build", builder.pos, [])
    except Exception as err:  # a defect in a syntax hook must still end as a diagnostic
        from pyir.registry import PluginError

        if isinstance(err, PluginError):
            raise  # a broken installed plugin the text needs: the tool reports it
        message = f"internal error while parsing: {type(err).__name__}: {err}"
        _report(builder, context, message, builder.pos, [])
    return None


def _report(builder: IRBuilder, context: Context, message: str, pos: int, notes: list) -> None:
    diag = Diagnostic(Severity.ERROR, message, builder.loc(min(pos, len(builder.text))))
    for note_message, note_pos in notes:
        diag.attach_note(note_message, builder.loc(note_pos))
    context.diagnostics.emit(diag)
