"""Printing ops through their declarative format (pyir.assembly_format).

`compile_fast_printer(fmt)` specialises the formats whose shape is fixed (every element
always printed, or the few optional groups it knows: flag groups and a variadic operand
group with its types) into precomputed steps, then into generated code
(pyir.format_codegen) with a `printed_values` companion for alias collection and a
`line` fast path; `FormatPrinter` walks any format element by element.
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
from pyir.format_codegen import (
    ATTR_DICT,
    ATTRIBUTE,
    FLAG_GROUP,
    LITERAL,
    OPERAND,
    OPERAND_GROUP,
    OPERAND_TYPE,
    RESULT_TYPE,
    compile_steps,
)
from pyir.opdef import AttributeDef, OperandDef, RegionDef, ResultDef, SuccessorDef


def compile_fast_printer(fmt: Format) -> Any:
    """A printer for formats whose every element always prints (no optional groups,
    variadics, regions or successors): the spacing is decided here, once, so printing an
    op is one pass over precomputed steps. None when the format needs the general path."""
    op_cls = fmt.op_cls
    if op_cls.region_defs or op_cls.successor_defs or fmt.dict_defaults:
        return None
    if any(d.variadic or d.optional for d in op_cls.result_defs):
        return None
    # One variadic operand group is fine when it is every operand and prints as
    # `($xs^ `:` type($xs))?` (func.return, scf.yield): then it is simply all operands.
    variadic = [d for d in op_cls.operand_defs if d.variadic or d.optional]
    if variadic and (len(op_cls.operand_defs) != 1 or not variadic[0].variadic):
        return None
    steps: list[tuple] = []
    space, last_punct = True, False
    for e in fmt.elements:
        if isinstance(e, Literal):
            if not e.text:
                space = False
                continue
            if e.text == " ":
                steps.append((LITERAL, " ", None))
                space = False
                continue
            lead = space and _space_before_literal(e.text, last_punct)
            steps.append((LITERAL, (" " if lead else "") + e.text, None))
            space = len(e.text) != 1 or e.text[0] not in "<({["
            last_punct = e.text[0] != "_" and not e.text[0].isalpha()
            continue
        lead = " " if space else ""
        if isinstance(e, OptionalGroup) and _is_operands_group(e):
            steps.append((OPERAND_GROUP, " " if space else "", None))
            continue
        if isinstance(e, OptionalGroup):
            # `(`overflow` `` $flags^)?`: literals and the attribute that anchors them.
            group = _flag_group(fmt, e, space, last_punct)
            if group is None:
                return None
            steps.append((FLAG_GROUP, group[0], group[1:]))
            continue  # present or not, it leaves a space due before the next element
        if isinstance(e, Variable) and isinstance(e.field, OperandDef):
            if variadic:
                return None  # the variadic group outside `($xs^ : type($xs))?`
            steps.append((OPERAND, lead, e.field.index))
        elif isinstance(e, Variable) and isinstance(e.field, AttributeDef):
            if e.field.optional or getattr(e.field, "symbol_name", False):
                return None
            stripped = e.field.name in fmt.stripped
            steps.append((ATTRIBUTE, lead, (e.field.name, e.field.kind == "property", stripped)))
        elif isinstance(e, TypeDirective) and isinstance(e.target, OperandDef):
            steps.append((OPERAND_TYPE, lead, e.target.index))
        elif isinstance(e, TypeDirective) and isinstance(e.target, ResultDef):
            steps.append((RESULT_TYPE, lead, e.target.index))
        elif isinstance(e, AttrDict) and not e.with_keyword:
            steps.append((ATTR_DICT, "", None))
            continue  # the attribute dictionary spaces itself and leaves the state alone
        else:
            return None
        space, last_punct = True, False
    elided = fmt.elided
    frozen_steps = tuple(steps)
    # Ops holding only their default properties share one map; when the format prints
    # all of those itself, attr-dict has nothing to say unless attributes are set.
    shared_defaults = op_cls.shared_property_defaults
    if not all(name in elided for name in op_cls.property_defaults):
        shared_defaults = None

    def interpret(op: Any, p: Any) -> None:
        write = p.write
        for kind, text, arg in frozen_steps:
            if kind == LITERAL:
                write(text)
            elif kind == OPERAND:
                write(text)
                p.print_operand(op.operand_slots[arg].value)
            elif kind == RESULT_TYPE:
                write(text)
                p.print_type(op.results[arg].type)
            elif kind == OPERAND_TYPE:
                write(text)
                p.print_type(op.operand_slots[arg].value.type)
            elif kind == ATTR_DICT:
                props = op.properties
                if op.attributes or (props and props is not shared_defaults):
                    attrs = dict(props)
                    attrs.update(op.attributes)
                    p.print_optional_attr_dict(attrs, elided)
            elif kind == OPERAND_GROUP:
                slots = op.operand_slots
                if slots:
                    write(text)
                    p.print_operands([s.value for s in slots])
                    write(" : ")
                    p.print_type_list([s.value.type for s in slots])
            elif kind == FLAG_GROUP:
                name, is_prop, default, stripped = arg
                value = (op.properties if is_prop else op.attributes).get(name)
                if value is not None and value is not default and value != default:
                    write(text)
                    if stripped:
                        value.print_stripped(p)
                    else:
                        p.print_attribute(value)
            else:
                name, is_prop, stripped = arg
                write(text)
                value = (op.properties if is_prop else op.attributes)[name]
                if stripped:
                    value.print_stripped(p)
                else:
                    p.print_attribute(value)

    return compile_steps(frozen_steps, shared_defaults, elided, interpret)


def _is_operands_group(group: OptionalGroup) -> bool:
    """`($xs^ `:` type($xs))?` over a variadic operand group."""
    e = group.elements
    return (
        len(e) == 3
        and isinstance(e[0], Variable)
        and isinstance(e[0].field, OperandDef)
        and e[0].field.variadic
        and group.anchor is e[0]
        and isinstance(e[1], Literal)
        and e[1].text == ":"
        and isinstance(e[2], TypeDirective)
        and e[2].target is e[0].field
    )


def _flag_group(fmt: Format, group: OptionalGroup, space: bool, last_punct: bool) -> Any:
    """(text before the value, field name, is property, default, stripped) for an optional
    group of literals anchored on an attribute; None for any other group."""
    if not is_flag_group(group):
        return None
    f = group.anchor.field
    if getattr(f, "symbol_name", False):
        return None
    text = ""
    for e in group.elements[:-1]:
        if not e.text:
            space = False
            continue
        if e.text == " ":
            text += " "
            space = False
            continue
        if space and _space_before_literal(e.text, last_punct):
            text += " "
        text += e.text
        space = len(e.text) != 1 or e.text[0] not in "<({["
        last_punct = e.text[0] != "_" and not e.text[0].isalpha()
    text += " " if space else ""
    return (text, f.name, f.kind == "property", f.default, f.name in fmt.stripped)


def _space_before_literal(text: str, last_was_punctuation: bool) -> bool:
    # MLIR's rule: single punctuation characters hug their neighbours.
    if len(text) != 1 and text != "->":
        return True
    if last_was_punctuation:
        return text[0] not in ">)}],"
    return text[0] not in "<>(){}[],"


class FormatPrinter:
    def __init__(self, fmt: Format, op: Any, printer: Any) -> None:
        self.fmt = fmt
        self.op = op
        self.p = printer
        self.view = fmt.op_cls(op)
        self.space = True
        self.last_punct = False

    def run(self) -> None:
        self.elements(self.fmt.elements)

    def elements(self, elements: Any) -> None:
        for e in elements:
            self.element(e)

    def values_of(self, f: Any) -> list:
        value = getattr(self.view, f.name)
        if value is None:
            return []
        return list(value) if isinstance(value, list) else [value]

    def custom_value(self, arg: Any) -> Any:
        """A custom directive argument's value, grouped as its field is."""
        if isinstance(arg, TypeDirective):
            types = self.types_of(arg.target)
            t = arg.target
            if isinstance(t, str) or t.variadic:
                return types
            return types[0] if types else None
        f = arg.field
        if isinstance(f, RegionDef):
            return self.op.regions[f.index]
        if isinstance(f, SuccessorDef):
            return self.op.successors[f.index]
        return getattr(self.view, f.name)

    def present(self, anchor: Any) -> bool:
        if isinstance(anchor, Variable):
            f = anchor.field
            if isinstance(f, OperandDef):
                return bool(self.values_of(f))
            if isinstance(f, AttributeDef):
                # Present means set and not the default (MLIR elides defaults here).
                store = self.op.properties if f.kind == "property" else self.op.attributes
                value = store.get(f.name)
                return value is not None and value != f.default
            if isinstance(f, RegionDef):
                region = self.op.regions[f.index]
                return bool(region.blocks)
        if isinstance(anchor, TypeDirective) and not isinstance(anchor.target, str):
            return bool(self.values_of(anchor.target))
        return True

    def lead(self) -> None:
        if self.space:
            self.p.write(" ")
        self.space = True
        self.last_punct = False

    def element(self, e: Any) -> None:
        p = self.p
        if isinstance(e, UnitAnchor):
            return  # the group's literals say it
        if isinstance(e, Literal):
            if not e.text:
                self.space = False
                return
            if e.text == " ":
                p.write(" ")
                self.space = False
                return
            if self.space and _space_before_literal(e.text, self.last_punct):
                p.write(" ")
            p.write(e.text)
            self.space = len(e.text) != 1 or e.text[0] not in "<({["
            self.last_punct = e.text[0] != "_" and not e.text[0].isalpha()
        elif isinstance(e, Variable):
            f = e.field
            if isinstance(f, OperandDef):
                values = self.values_of(f)
                if values:
                    self.lead()
                    p.print_operands(values)
            elif isinstance(f, AttributeDef):
                value = getattr(self.view, f.name)
                if value is not None:
                    self.lead()
                    if getattr(f, "symbol_name", False):
                        p.print_symbol_name(value.value)
                    elif f.name in self.fmt.stripped and isinstance(
                        value, self.fmt.stripped[f.name]
                    ):
                        value.print_stripped(p)
                    else:
                        p.print_attribute(value)
            elif isinstance(f, RegionDef):
                self.lead()
                p.print_region(self.op.regions[f.index])
            elif isinstance(f, SuccessorDef):
                self.lead()
                p.print_successor(self.op.successors[f.index])
        elif isinstance(e, TypeDirective):
            types = self.types_of(e.target)
            if types:
                self.lead()
                p.print_type_list(types)
        elif isinstance(e, FunctionalType):
            self.lead()
            inputs = self.types_of(e.inputs)
            results = self.types_of(e.results)
            p.write("(")
            p.print_type_list(inputs)
            p.write(") -> ")
            if len(results) == 1 and not _is_function_type(results[0]):
                p.print_type(results[0])
            else:
                p.write("(")
                p.print_type_list(results)
                p.write(")")
        elif isinstance(e, AttrDict):
            elided = self.fmt.elided
            attrs = dict(self.op.properties)
            for name, default in self.fmt.dict_defaults.items():
                if attrs.get(name) == default:
                    del attrs[name]  # MLIR leaves default values out of attr-dict
            attrs.update(self.op.attributes)
            if e.with_keyword:
                p.print_optional_attr_dict_with_keyword(attrs, elided)
            else:
                p.print_optional_attr_dict(attrs, elided)
        elif isinstance(e, CustomElement):
            self.lead()
            e.directive.print(p, self.op, *(self.custom_value(a) for a in e.args))
        elif isinstance(e, OperandsDirective):
            values = self.op.operands
            if values:
                self.lead()
                p.print_operands(values)
        elif isinstance(e, RegionsDirective):
            for i, region in enumerate(self.op.regions):
                if i:
                    p.write(",")
                self.lead()
                p.print_region(region)
        elif isinstance(e, OptionalGroup):
            if self.present(e.anchor):
                self.elements(e.elements)

    def types_of(self, target: Any) -> list:
        if target == "operands":
            return [v.type for v in self.op.operands]
        if target == "results":
            return [r.type for r in self.op.results]
        return [v.type for v in self.values_of(target)]


def _is_function_type(t: Any) -> bool:
    return type(t).__name__ == "FunctionType"
