"""Declarative assembly formats compiled into grammar rules and op-building callbacks.

For an op class with a `Format` (pyir.assembly_format), `compile_op_syntax` emits:

    op_<name>_kw: "dialect.op" | "op"          (the short name where a default dialect applies)
    op_<name>: op_<name>_kw <one symbol per format element>
    op_<name>_g<k>: <elements of optional group k>

and `%extend`s `custom_operation` with `op_<name>`. The callback of `op_<name>` receives
one child per non-literal element (an optional group gives its children list or None)
and builds the operation: operand types come from type directives, or from the result
type under SameOperandsAndResultType; result types from type directives, from the operand
types under that trait, or from the class's `infer_result_types`.
"""

from __future__ import annotations

from typing import Any

from pyir.assembly_format import (
    AttrDict,
    CustomElement,
    Format,
    FunctionalType,
    Literal,
    OperandsDirective,
    OptionalGroup,
    RegionsDirective,
    TypeDirective,
    UnitAnchor,
    Variable,
    is_flag_group,
)
from pyir.builtin_attributes import UnitAttr
from pyir.core import Operation
from pyir.dialect_attrs import stripped_def
from pyir.opdef import (
    AttrSizedOperandSegments,
    AttrSizedResultSegments,
    OperandDef,
    segment_sizes,
)
from pyir.textual.attr_def_syntax import rule_name as definition_rule_name

_UNIT = UnitAttr()


def rule_name(op_name: str) -> str:
    return "op_" + "".join(ch if ch.isalnum() else "_" for ch in op_name).lower()


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _RuleWriter:
    def __init__(self, base: str) -> None:
        self.base = base
        self.groups: list[str] = []
        #: Callback factories of the rules of custom directives.
        self.callbacks: dict[str, Any] = {}

    def symbols(self, elements: Any) -> list[str]:
        out = []
        for e in elements:
            sym = self.symbol(e)
            if sym:
                out.append(sym)
        return out

    def symbol(self, e: Any) -> str:
        if isinstance(e, Literal):
            return _quote(e.text) if e.text.strip() else ""
        if isinstance(e, UnitAnchor):
            return ""  # the group's literals stand for it
        if isinstance(e, Variable):
            f = e.field
            if isinstance(f, OperandDef):
                if f.variadic:
                    return "[value_use_list]"
                return "[value_use]" if f.optional else "value_use"
            if f.kind in ("property", "attribute"):
                stripped = stripped_def(f.constraint)
                if getattr(f, "symbol_name", False):
                    sym = "AT_ID"
                elif stripped is not None and stripped.format:
                    sym = definition_rule_name(stripped)  # the body alone: `<fast>`
                else:
                    sym = "attribute_value"
                return f"[{sym}]" if f.optional else sym
            if f.kind == "region":
                return "region"
            if f.kind == "successor":
                return "block_ref"
        if isinstance(e, TypeDirective):
            t = e.target
            if isinstance(t, str) or t.variadic or t.optional:
                return "[type_list]"
            return "type"
        if isinstance(e, FunctionalType):
            return "generic_op_signature"
        if isinstance(e, AttrDict):
            return "[attr_dict_with_keyword]" if e.with_keyword else "[attribute_dict]"
        if isinstance(e, OperandsDirective):
            return "[value_use_list]"
        if isinstance(e, RegionsDirective):
            return "region_list_bare"
        if isinstance(e, CustomElement):
            name = f"{self.base}_c{len(self.groups)}"
            self.groups.append(f"{name}: {e.directive.grammar}")
            self.callbacks[name] = _custom_factory(e)
            return name
        if isinstance(e, OptionalGroup):
            name = f"{self.base}_g{len(self.groups)}"
            self.groups.append("")  # reserve the index before nested groups take theirs
            index = len(self.groups) - 1
            self.groups[index] = f"{name}: " + " ".join(self.symbols(e.elements))
            return f"[{name}]"
        raise TypeError(f"no grammar for format element {e!r}")


def compile_op_syntax(op_cls: Any, short_name: str | None) -> tuple[str, dict[str, Any]]:
    """Grammar text and callback factories for one op with a declarative format."""
    fmt: Format = op_cls.format
    base = rule_name(op_cls.name)
    writer = _RuleWriter(base)
    body = writer.symbols(fmt.elements)
    fast = _fast_plan(fmt)
    if fast is None:
        keywords = _quote(op_cls.name) + (f" | {_quote(short_name)}" if short_name else "")
    else:
        # No regions: nothing needs the op marked pending while it parses, so the full
        # name needs no callback at all, and the short one only its dialect check.
        keywords = _quote(op_cls.name)
        if short_name:
            keywords += f" | {_quote(short_name)} -> {base}_short"
    lines = [
        f"!{base}_kw: {keywords}",
        f"{base}: {base}_kw " + " ".join(body),
        *writer.groups,
        f"%extend custom_operation: {base}",
    ]
    name = op_cls.name

    dialect_name = name.partition(".")[0]

    def keyword_factory(builder: Any) -> Any:
        def push_name(children: list) -> str:
            spelled = children[0]
            if spelled != name and builder.default_dialect() != dialect_name:
                # The short name is only valid where the enclosing op makes this
                # dialect the default (MLIR's OpAsmOpInterface::getDefaultDialect).
                raise builder.error(f"custom op '{spelled}' is unknown", builder.pos)
            builder.begin_op(name)
            return name

        return push_name

    def short_name_factory(builder: Any) -> Any:
        def check_short_name(children: list) -> str:
            if builder.default_dialect() != dialect_name:
                raise builder.error(f"custom op '{children[0]}' is unknown", builder.pos)
            return name

        return check_short_name

    def op_factory(builder: Any) -> Any:
        if fast is not None:
            return _fast_builder(fmt, fast, builder)
        return lambda children: _build(fmt, builder, children[1:])

    callbacks = {base: op_factory, **writer.callbacks}
    if fast is None:
        callbacks[f"{base}_kw"] = keyword_factory
    else:
        callbacks[f"{base}_short"] = short_name_factory
    return "\n".join(lines), callbacks


def _custom_factory(e: CustomElement) -> Any:
    """The callback of a custom directive's rule: the directive's values, one per argument."""
    n_args = len(e.args)

    def factory(builder: Any) -> Any:
        def parse(children: list) -> list:
            values = e.directive.parse(children, builder)
            values = list(values) if isinstance(values, (tuple, list)) else [values]
            if n_args == 1 and len(values) != 1:
                values = [values]  # one list-valued argument returned bare
            if len(values) != n_args:
                raise builder.error(
                    f"custom<{e.name}> produced {len(values)} values for {n_args} arguments",
                    builder.pos,
                )
            return values

        return parse

    return factory


class _Collected:
    """What the children of one op's rule said, by field."""

    def __init__(self) -> None:
        self.uses: dict[str, list] = {}
        self.attrs: dict[str, Any] = {}
        self.types: dict[str, list] = {}
        self.regions: dict[str, Any] = {}
        self.successors: dict[str, Any] = {}
        self.all_uses: list | None = None
        self.all_regions: list | None = None
        self.attr_dict: dict = {}


def _collect(elements: Any, children: list, out: _Collected) -> None:
    i = 0
    for e in elements:
        if isinstance(e, Literal):
            continue
        if isinstance(e, UnitAnchor):
            out.attrs[e.field.name] = _UNIT
            continue
        child = children[i]
        i += 1
        if isinstance(e, Variable):
            f = e.field
            if isinstance(f, OperandDef):
                if child is None:
                    out.uses[f.name] = []
                else:
                    out.uses[f.name] = child if f.variadic else [child]
            elif f.kind in ("property", "attribute"):
                if child is not None:
                    out.attrs[f.name] = child
            elif f.kind == "region":
                out.regions[f.name] = child
            elif f.kind == "successor":
                out.successors[f.name] = child
        elif isinstance(e, TypeDirective):
            key = e.target if isinstance(e.target, str) else e.target.name
            if child is None:
                out.types[key] = []
            else:
                out.types[key] = child if isinstance(child, list) else [child]
        elif isinstance(e, FunctionalType):
            for target, types in zip((e.inputs, e.results), child):
                key = target if isinstance(target, str) else target.name
                out.types[key] = list(types)
        elif isinstance(e, AttrDict):
            if child:
                out.attr_dict = child
        elif isinstance(e, OperandsDirective):
            out.all_uses = child or []
        elif isinstance(e, RegionsDirective):
            out.all_regions = child
        elif isinstance(e, CustomElement):
            _collect(e.args, child, out)
        elif isinstance(e, OptionalGroup):
            if child is not None:
                _collect(e.elements, child if isinstance(child, list) else [child], out)
            else:
                _mark_absent(e.elements, out)


def _mark_absent(elements: Any, out: _Collected) -> None:
    """An absent optional group: its operand groups and type lists are empty."""
    for e in elements:
        if isinstance(e, Variable) and isinstance(e.field, OperandDef):
            out.uses[e.field.name] = []
        elif isinstance(e, TypeDirective):
            out.types[e.target if isinstance(e.target, str) else e.target.name] = []
        elif isinstance(e, OptionalGroup):
            _mark_absent(e.elements, out)


def _group_types(
    defs: Any, collected: _Collected, everything: str, buildable: dict, counts: Any = None
) -> list | None:
    """Types of all groups of one kind in order, or None when a group has no directive.
    A group whose one allowed type the format leaves out gets that type, once per value
    (`counts` maps an operand group to its number of values; results have one each)."""
    if everything in collected.types:
        return list(collected.types[everything])
    out: list = []
    for d in defs:
        types = collected.types.get(d.name)
        if types is None:
            t = buildable.get(d.name)
            if t is None:
                return None
            types = [t] * (len(counts.get(d.name, ())) if counts is not None else 1)
        out.extend(types)
    return out


def _fast_plan(fmt: Format) -> tuple | None:
    """Child positions for the common shape of format: single operands, one result, an
    attr-dict, attributes and types at fixed places, no optional groups or regions.
    Returns (operand positions, operand-type positions or None, result-type position or
    None, attr-dict position, attribute (name, position, is property) list) or None."""
    op_cls = fmt.op_cls
    if op_cls.region_defs or op_cls.successor_defs or len(op_cls.result_defs) > 1:
        return None
    if fmt.buildable:
        return None
    if any(d.variadic or d.optional for d in (*op_cls.operand_defs, *op_cls.result_defs)):
        return None
    operand_pos: dict[str, int] = {}
    type_pos: dict[str, int] = {}
    attr_dict_pos = -1
    attrs: list[tuple[str, int, bool]] = []
    flag_groups: list[tuple[str, int, bool]] = []
    prop_names = {d.name for d in op_cls.property_defs}
    i = 1  # children[0] is the op name keyword
    for e in fmt.elements:
        if isinstance(e, Literal):
            continue
        if isinstance(e, Variable) and isinstance(e.field, OperandDef):
            operand_pos[e.field.name] = i
        elif isinstance(e, Variable) and e.field.kind in ("property", "attribute"):
            if e.field.optional:
                return None
            attrs.append((e.field.name, i, e.field.name in prop_names))
        elif isinstance(e, TypeDirective) and not isinstance(e.target, str):
            type_pos[e.target.name] = i
        elif isinstance(e, AttrDict) and not e.with_keyword:
            attr_dict_pos = i
        elif isinstance(e, OptionalGroup) and is_flag_group(e):
            # The group's value is None (absent) or its children list: [attribute].
            f = e.anchor.field
            flag_groups.append((f.name, i, f.name in prop_names))
        else:
            return None
        i += 1
    if attr_dict_pos < 0:
        return None
    operands = tuple(operand_pos[d.name] for d in op_cls.operand_defs)
    if all(d.name in type_pos for d in op_cls.operand_defs):
        operand_types: tuple | None = tuple(type_pos[d.name] for d in op_cls.operand_defs)
    elif fmt.operands_from_results and op_cls.result_defs:
        operand_types = None
    else:
        return None
    result_type = type_pos.get(op_cls.result_defs[0].name) if op_cls.result_defs else None
    if op_cls.result_defs and result_type is None and not fmt.results_from_operands:
        return None
    return (
        operands,
        operand_types,
        result_type,
        attr_dict_pos,
        tuple(attrs),
        tuple(flag_groups),
    )


def _fast_builder(fmt: Format, plan: tuple, builder: Any) -> Any:
    operand_pos, operand_type_pos, result_pos, attr_dict_pos, attr_pos, flag_pos = plan
    op_cls = fmt.op_cls
    name = op_cls.name
    n_results = len(op_cls.result_defs)
    prop_names = frozenset(d.name for d in op_cls.property_defs)
    resolve = builder.resolve
    n_operands = len(operand_pos)
    first, second = operand_pos if n_operands == 2 else (0, 0)

    def build(c: list) -> Operation:
        builder.last_op_pos = builder.pos  # the name keyword's offset, where MLIR locates ops
        result_type = c[result_pos] if result_pos is not None else None
        if operand_type_pos is not None:
            operands = [resolve(c[i], c[t]) for i, t in zip(operand_pos, operand_type_pos)]
        elif n_operands == 2:  # binary ops, the commonest: no comprehension
            operands = [resolve(c[first], result_type), resolve(c[second], result_type)]
        else:
            operands = [resolve(c[i], result_type) for i in operand_pos]
        if n_results and result_type is None:
            result_type = operands[0].type
        properties: dict = {}
        attributes: dict = {}
        extra = c[attr_dict_pos]
        if extra:
            for key, value in extra.items():
                (properties if key in prop_names else attributes)[key] = value
        for key, i, is_prop in attr_pos:
            (properties if is_prop else attributes)[key] = c[i]
        for key, i, is_prop in flag_pos:
            group = c[i]
            if group is not None:
                (properties if is_prop else attributes)[key] = group[0]
        return Operation(
            name,
            op_cls,
            operands,
            [result_type] if n_results else [],
            properties,
            attributes,
            (),
            [],
            None,
        )

    return build


def _build(fmt: Format, builder: Any, children: list) -> Operation:
    op_cls = fmt.op_cls
    builder.end_op()
    got = _Collected()
    _collect(fmt.elements, children, got)
    pos = builder.pos
    if got.all_uses is not None:
        uses = got.all_uses
        sizes = None
    else:
        uses = []
        sizes = []
        for d in op_cls.operand_defs:
            group = got.uses.get(d.name, [])
            uses.extend(group)
            sizes.append(len(group))
    operand_types = _group_types(op_cls.operand_defs, got, "operands", fmt.buildable, got.uses)
    result_types = _group_types(op_cls.result_defs, got, "results", fmt.buildable)
    if operand_types is None and fmt.operands_from_results and result_types:
        operand_types = [result_types[0]] * len(uses)
    if operand_types is None:
        raise builder.error(f"cannot infer the operand types of '{op_cls.name}'", pos)
    operands = builder.resolve_all(uses, operand_types, pos)
    if result_types is None:
        if fmt.results_from_operands and operands:
            result_types = [operands[0].type] * len(op_cls.result_defs)
        else:
            try:
                result_types = list(op_cls.infer_result_types(operands, got.attrs))
            except ValueError as err:
                raise builder.error(f"'{op_cls.name}' op {err}", pos) from None
    properties: dict = {}
    attributes: dict = {}
    prop_names = {d.name for d in op_cls.property_defs}
    for key, value in got.attr_dict.items():
        (properties if key in prop_names else attributes)[key] = value
    for key, value in got.attrs.items():
        (properties if key in prop_names else attributes)[key] = value
    if sizes is not None and AttrSizedOperandSegments in op_cls.traits_set:
        properties["operandSegmentSizes"] = segment_sizes(sizes)
    if AttrSizedResultSegments in op_cls.traits_set and "resultSegmentSizes" not in properties:
        raise builder.error(f"'{op_cls.name}' needs resultSegmentSizes in its attributes", pos)
    if got.all_regions is not None:
        regions = list(got.all_regions)
    else:
        regions = [got.regions[d.name] for d in op_cls.region_defs if d.name in got.regions]
    successors = [got.successors[d.name] for d in op_cls.successor_defs if d.name in got.successors]
    return Operation(
        op_cls.name,
        op_cls,
        operands,
        result_types,
        properties,
        attributes,
        successors,
        regions,
        None,
    )


def default_dialect_short_names(dialect: Any) -> dict[str, str]:
    """Ops that may be written without their dialect prefix (MLIR's default dialect):
    the ops of a dialect whose own ops declare it as the default inside their regions."""
    short: dict[str, str] = {}
    if any(getattr(op, "default_dialect", None) == dialect.name for op in dialect.ops):
        for op in dialect.ops:
            short[op.name] = op.name.partition(".")[2]
    return short
