"""MLIR's declarative assembly format: parsed and checked when an op class is defined.

`parse_format(op_cls)` turns the class's `assembly_format` string into a `Format`: a list
of elements (literals, `$variables`, directives, optional groups). It checks the format
against the op's fields, so a misdeclared op fails at import with a message naming the op.

The same `Format` drives both directions: `Format.print(op, printer)` writes the custom
form through the printer protocol, and pyir.textual compiles the elements into grammar
rules (one rule per op) plus the code that builds the op from the parsed children.

Supported elements: `` `literal` ``, `$operand`, `$attr` (property or attribute),
`$region`, `$successor`, `type($x)`, `type(operands)`, `type(results)`,
`functional-type(a, b)`, `attr-dict`, `attr-dict-with-keyword`, `operands`, `regions`,
and optional groups `( ... $anchor^ ... )?`.
"""

from __future__ import annotations

import re
from typing import Any

from pyir.dialect_attrs import stripped_def
from pyir.opdef import (
    AttributeDef,
    DefinitionError,
    OperandDef,
    RegionDef,
    ResultDef,
    SuccessorDef,
)
from pyir.traits import SameOperandsAndResultType

# -- elements ------------------------------------------------------------------------------


class Literal:
    """A keyword or punctuation written verbatim."""

    __slots__ = ("text",)

    def __init__(self, text: Any) -> None:
        self.text = text


class Variable:
    """`$name`: an operand group, attribute, region or successor field."""

    __slots__ = ("field",)

    def __init__(self, field: Any) -> None:
        self.field = field

    @property
    def kind(self) -> str:
        return self.field.kind


class UnitAnchor(Variable):
    """A unit attribute anchoring an optional group of literals, `(`exact` $isExact^)?`:
    the literals being there is the attribute being set, so it prints and parses as
    nothing itself (MLIR elides such anchors)."""

    __slots__ = ()


class TypeDirective:
    """`type($x)`: the type(s) of an operand or result group; `target` is a field, or
    "operands" / "results"."""

    __slots__ = ("target",)

    def __init__(self, target: Any) -> None:
        self.target = target


class FunctionalType:
    """`functional-type(inputs, results)`: `(types) -> types`."""

    __slots__ = ("inputs", "results")

    def __init__(self, inputs: Any, results: Any) -> None:
        self.inputs = inputs
        self.results = results


class AttrDict:
    """`attr-dict` or `attr-dict-with-keyword`: the attributes not named elsewhere."""

    __slots__ = ("with_keyword",)

    def __init__(self, with_keyword: Any) -> None:
        self.with_keyword = with_keyword


class OperandsDirective:
    """`operands`: every operand, comma separated."""

    __slots__ = ()


class RegionsDirective:
    """`regions`: every region, comma separated."""

    __slots__ = ()


class CustomDirective:
    """The syntax of a piece of an op written in code: `custom<Name>($a, type($b), ...)`.

    An op class lists the directives its format may name in `custom_directives`
    (name -> CustomDirective). `grammar` is a lark expansion over pyir's core grammar
    symbols (e.g. `"[" [value_use ("," value_use)*] "]"`). `parse(children, state)`
    turns the expansion's children into one value per directive argument, in order: an
    SSA use `(name, offset)` (a list of them for a variadic operand, None for an absent
    optional one), an Attribute (or None), a type (a list for a variadic group), a
    Region or a Block; `state` is the parser (pyir.asm.AsmParserState), for errors.
    `print(printer, op, *values)` writes the same text from the arguments' current values
    (Values, attributes, types, regions, blocks, with the same grouping).
    """

    def __init__(self, grammar: str, parse: Any, print: Any) -> None:
        self.grammar = grammar
        self.parse = parse
        self.print = print


class CustomElement:
    """`custom<Name>(args)` in a format: `directive` and its Variable / TypeDirective args."""

    __slots__ = ("name", "directive", "args")

    def __init__(self, name: str, directive: CustomDirective, args: tuple) -> None:
        self.name = name
        self.directive = directive
        self.args = args


class OptionalGroup:
    """`( ... )?`: printed, and parsed, only when its anchor (the element marked `^`) is
    present."""

    __slots__ = ("elements", "anchor")

    def __init__(self, elements: Any, anchor: Any) -> None:
        self.elements = elements
        self.anchor = anchor


class Format:
    """A checked declarative format of one op class.

    Invariants: every operand group, region and successor of the op appears exactly once
    (directly or through `operands`/`regions`); every operand and result type can be
    resolved from a type directive or from the op's traits; `elided` names the fields
    printed by the format and hence left out of `attr-dict`.
    """

    def __init__(self, op_cls: Any, elements: tuple) -> None:
        self.op_cls = op_cls
        self.elements = elements
        self.elided: frozenset = frozenset()
        #: Attribute fields printed stripped (the body alone), with their definition class.
        self.stripped: dict[str, type] = {}
        #: Operand and result groups whose one allowed type the format does not spell.
        self.buildable: dict[str, Any] = {}
        #: Properties outside the format with a default: attr-dict leaves out the default.
        self.dict_defaults: dict[str, Any] = {}
        #: Result types that no directive spells: filled from operand types by traits.
        self.results_from_operands = False
        #: Operand types that no directive spells: taken from the result type by traits.
        self.operands_from_results = False
        #: The specialised printer of a format whose elements are always all printed.
        self._fast_printer: Any = None

    def print(self, op: Any, printer: Any) -> None:
        fast = self.fast_printer()
        if fast is None:
            _Printer(self, op, printer).run()
        else:
            fast(op, printer)

    def fast_printer(self) -> Any:
        """The specialised printer (with a `printed_values(op)` companion listing the types
        and attributes it prints, in order), or None when the format needs the general one."""
        fast = self._fast_printer
        if fast is None:
            fast = self._fast_printer = _compile_fast_printer(self) or _NO_FAST_PRINTER
        return None if fast is _NO_FAST_PRINTER else fast


# -- parsing the format string ----------------------------------------------------------------
_TOKEN = re.compile(
    r"\s*(?:(?P<literal>`[^`]*`)|(?P<var>\$[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_-]*)|(?P<punct>[()?^,:<>]))"
)


def _tokens(op_name: str, text: str) -> list[tuple[str, str]]:
    tokens = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise DefinitionError(
                f"op '{op_name}': assembly format: unexpected character {text[pos:].strip()[:1]!r}"
            )
        kind = m.lastgroup or ""
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    return tokens


class _FormatParser:
    def __init__(self, op_cls: Any) -> None:
        self.op_cls = op_cls
        self.name = op_cls.name
        self.tokens = _tokens(self.name, op_cls.assembly_format)
        self.i = 0
        self.fields = {
            f.name: f
            for f in (
                *op_cls.operand_defs,
                *op_cls.result_defs,
                *op_cls.property_defs,
                *op_cls.attribute_defs,
                *op_cls.region_defs,
                *op_cls.successor_defs,
            )
        }

    def fail(self, message: str) -> DefinitionError:
        return DefinitionError(f"op '{self.name}': assembly format: {message}")

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, text: str) -> None:
        tok = self.peek()
        if tok is None or tok[1] != text:
            raise self.fail(f"expected '{text}'")
        self.i += 1

    def elements(self, in_group: bool) -> list:
        out = []
        while True:
            tok = self.peek()
            if tok is None or (in_group and tok[1] == ")"):
                return out
            out.append(self.element())

    def element(self) -> Any:
        kind, text = self.tokens[self.i]
        self.i += 1
        if kind == "literal":
            body = text[1:-1]
            return Literal(body)
        if kind == "var":
            return self.variable(text[1:], allow_result=False)
        if kind == "punct" and text == "(":
            return self.optional_group()
        if kind == "word":
            return self.directive(text)
        raise self.fail(f"unexpected '{text}'")

    def variable(self, name: str, allow_result: bool) -> Variable:
        f = self.fields.get(name)
        if f is None:
            raise self.fail(f"'${name}' does not name a field of the op")
        if isinstance(f, ResultDef) and not allow_result:
            raise self.fail(f"result '${name}' may only appear inside type(...)")
        return Variable(f)

    def type_target(self) -> Any:
        kind, text = self.tokens[self.i]
        self.i += 1
        if kind == "word" and text in ("operands", "results"):
            return text
        if kind != "var":
            raise self.fail("expected '$name', 'operands' or 'results' in type directive")
        var = self.variable(text[1:], allow_result=True)
        if not isinstance(var.field, (OperandDef, ResultDef)):
            raise self.fail(f"type(${text[1:]}) needs an operand or result")
        return var.field

    def directive(self, word: str) -> Any:
        if word == "attr-dict":
            return AttrDict(False)
        if word == "attr-dict-with-keyword":
            return AttrDict(True)
        if word == "operands":
            return OperandsDirective()
        if word == "regions":
            return RegionsDirective()
        if word == "type":
            self.take("(")
            target = self.type_target()
            self.take(")")
            return TypeDirective(target)
        if word == "custom":
            return self.custom()
        if word == "functional-type":
            self.take("(")
            inputs = self.type_target()
            self.take(",")
            results = self.type_target()
            self.take(")")
            return FunctionalType(inputs, results)
        raise self.fail(f"unknown directive '{word}'")

    def custom(self) -> CustomElement:
        self.take("<")
        tok = self.peek()
        if tok is None or tok[0] != "word":
            raise self.fail("expected a directive name after 'custom<'")
        name = tok[1]
        self.i += 1
        self.take(">")
        directive = (getattr(self.op_cls, "custom_directives", None) or {}).get(name)
        if not isinstance(directive, CustomDirective):
            raise self.fail(
                f"custom directive '{name}' is not in the op's custom_directives "
                "(a dict of name -> CustomDirective)"
            )
        self.take("(")
        args: list[Any] = []
        while True:
            tok = self.peek()
            if tok is None:
                raise self.fail(f"unterminated argument list of custom<{name}>")
            self.i += 1
            if tok[0] == "var":
                args.append(self.variable(tok[1][1:], allow_result=False))
            elif tok == ("word", "type"):
                self.take("(")
                args.append(TypeDirective(self.type_target()))
                self.take(")")
            else:
                raise self.fail(f"custom<{name}> arguments are '$field's and 'type(...)'s")
            tok = self.peek()
            if tok is not None and tok[1] == ",":
                self.i += 1
                continue
            self.take(")")
            return CustomElement(name, directive, tuple(args))

    def optional_group(self) -> OptionalGroup:
        elements = []
        anchor = None
        while True:
            tok = self.peek()
            if tok is None:
                raise self.fail("unterminated optional group")
            if tok[1] == ")":
                self.i += 1
                break
            element = self.element()
            tok = self.peek()
            if tok is not None and tok[1] == "^":
                self.i += 1
                if anchor is not None:
                    raise self.fail("optional group has more than one anchor")
                anchor = element
            elements.append(element)
        self.take("?")
        if anchor is None:
            raise self.fail("optional group has no anchor ('^')")
        if isinstance(anchor, Literal):
            raise self.fail("only variables and types can be used to anchor an optional group")
        if not elements or isinstance(elements[0], Literal) and elements[0].text == "":
            raise self.fail("optional group must start with a literal or a variable")
        if isinstance(anchor, Variable) and not (
            getattr(anchor.field, "optional", False) or getattr(anchor.field, "variadic", False)
        ):
            raise self.fail(f"anchor '${anchor.field.name}' of an optional group must be optional")
        if isinstance(anchor, Variable) and _is_unit_attr(anchor.field):
            unit = UnitAnchor(anchor.field)
            elements = [unit if e is anchor else e for e in elements]
            anchor = unit
            if all(isinstance(e, UnitAnchor) for e in elements):
                raise self.fail("a group anchored on a unit attribute needs a literal")
        return OptionalGroup(tuple(elements), anchor)


_PUNCTUATION_LITERALS = frozenset(
    ["(", ")", "[", "]", "{", "}", "<", ">", ",", ":", "=", "->", "?", "*", "+", "-", "::"]
)


def _is_unit_attr(field: Any) -> bool:
    from pyir.builtin_attributes import UnitAttr

    return isinstance(field, AttributeDef) and getattr(field.constraint, "classes", None) == (
        UnitAttr,
    )


def _valid_literal(text: str) -> bool:
    """A keyword (bare identifier) or one of the punctuation tokens the lexer knows."""
    if text in _PUNCTUATION_LITERALS or text == " ":
        return True
    return (text[0].isalpha() or text[0] == "_") and all(ch.isalnum() or ch in "_$." for ch in text)


def _walk(elements: Any) -> Any:
    for e in elements:
        if isinstance(e, OptionalGroup):
            yield from _walk(e.elements)
        else:
            yield e
            if isinstance(e, CustomElement):
                yield from e.args


def _buildable_type(field: Any) -> Any:
    """The one type an operand or result field allows (`EqualTo(IndexType())`), which
    the format need not spell; None when the constraint allows several."""
    expected = getattr(field.constraint, "expected", None)
    from pyir.attributes import Type

    return expected if isinstance(expected, Type) else None


def parse_format(op_cls: Any) -> Format:
    """Parse and check `op_cls.assembly_format`; raise DefinitionError on a mistake."""
    parser = _FormatParser(op_cls)
    elements = tuple(parser.elements(in_group=False))
    if parser.i != len(parser.tokens):
        raise parser.fail(f"unexpected '{parser.tokens[parser.i][1]}'")
    flat = list(_walk(elements))
    seen: set[str] = set()
    all_operands = any(isinstance(e, OperandsDirective) for e in flat)
    all_regions = any(isinstance(e, RegionsDirective) for e in flat)
    typed: set[str] = set()
    for e in flat:
        if isinstance(e, Variable):
            if e.field.name in seen:
                raise parser.fail(f"'${e.field.name}' appears more than once")
            seen.add(e.field.name)
        elif isinstance(e, TypeDirective):
            typed.add(e.target if isinstance(e.target, str) else e.target.name)
        elif isinstance(e, FunctionalType):
            for t in (e.inputs, e.results):
                typed.add(t if isinstance(t, str) else t.name)
    n_dicts = sum(1 for e in flat if isinstance(e, AttrDict))
    if n_dicts == 0:
        raise parser.fail("'attr-dict' directive not found")
    if n_dicts > 1:
        raise parser.fail("'attr-dict' directive has already been seen")
    typed_targets: set[str] = set()
    for e in flat:
        targets = []
        if isinstance(e, TypeDirective):
            targets = [e.target]
        elif isinstance(e, FunctionalType):
            targets = [e.inputs, e.results]
        for t in targets:
            key = t if isinstance(t, str) else t.name
            if key in typed_targets:
                raise parser.fail(f"'type' of '{key}' is already bound")
            typed_targets.add(key)
        if isinstance(e, Literal) and e.text and not _valid_literal(e.text):
            raise parser.fail(f"expected valid literal but got '{e.text}'")
    for d in op_cls.operand_defs:
        if d.name not in seen and not all_operands:
            raise parser.fail(f"operand '${d.name}' not found in the format")
    for d in op_cls.region_defs:
        if d.name not in seen and not all_regions:
            raise parser.fail(f"region '${d.name}' not found in the format")
    for d in op_cls.successor_defs:
        if d.name not in seen:
            raise parser.fail(f"successor '${d.name}' not found in the format")
    same_type = SameOperandsAndResultType in op_cls.traits_set
    fmt_buildable: dict[str, Any] = {}
    for d in (*op_cls.operand_defs, *op_cls.result_defs):
        t = _buildable_type(d)
        if t is not None and d.name not in typed:
            fmt_buildable[d.name] = t
    operands_typed = "operands" in typed or all(
        d.name in typed or d.name in fmt_buildable for d in op_cls.operand_defs
    )
    results_typed = "results" in typed or all(
        d.name in typed or d.name in fmt_buildable for d in op_cls.result_defs
    )
    infer = getattr(op_cls, "infer_result_types", None)
    fmt = Format(op_cls, elements)
    fmt.buildable = fmt_buildable
    if not operands_typed:
        if same_type and results_typed and op_cls.result_defs:
            fmt.operands_from_results = True
        else:
            missing = [d.name for d in op_cls.operand_defs if d.name not in typed]
            raise parser.fail(f"type of operand '${missing[0]}' is not buildable and not inferred")
    if not results_typed:
        if same_type and operands_typed and op_cls.operand_defs:
            fmt.results_from_operands = True
        elif infer is None:
            missing = [d.name for d in op_cls.result_defs if d.name not in typed]
            raise parser.fail(f"type of result '${missing[0]}' is not buildable and not inferred")
    elided = {
        e.field.name for e in flat if isinstance(e, Variable) and isinstance(e.field, AttributeDef)
    }
    # Segment sizes follow from the printed operands and results, as in MLIR.
    elided.update(("operandSegmentSizes", "resultSegmentSizes"))
    fmt.elided = frozenset(elided)
    for e in flat:
        if isinstance(e, Variable) and isinstance(e.field, AttributeDef):
            cls = stripped_def(e.field.constraint)
            if cls is not None and cls.format:
                fmt.stripped[e.field.name] = cls
    fmt.dict_defaults = {
        f.name: f.default
        for f in op_cls.property_defs
        if f.default is not None and f.name not in elided
    }
    return fmt


# -- printing ---------------------------------------------------------------------------------
_NO_FAST_PRINTER = object()

_LITERAL, _OPERAND, _ATTRIBUTE, _OPERAND_TYPE, _RESULT_TYPE, _ATTR_DICT, _FLAG_GROUP = range(7)
_OPERAND_GROUP = 7


def _compile_fast_printer(fmt: Format) -> Any:
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
                steps.append((_LITERAL, " ", None))
                space = False
                continue
            lead = space and _space_before_literal(e.text, last_punct)
            steps.append((_LITERAL, (" " if lead else "") + e.text, None))
            space = len(e.text) != 1 or e.text[0] not in "<({["
            last_punct = e.text[0] != "_" and not e.text[0].isalpha()
            continue
        lead = " " if space else ""
        if isinstance(e, OptionalGroup) and _is_operands_group(e):
            steps.append((_OPERAND_GROUP, " " if space else "", None))
            continue
        if isinstance(e, OptionalGroup):
            # `(`overflow` `` $flags^)?`: literals and the attribute that anchors them.
            group = _flag_group(fmt, e, space, last_punct)
            if group is None:
                return None
            steps.append((_FLAG_GROUP, group[0], group[1:]))
            continue  # present or not, it leaves a space due before the next element
        if isinstance(e, Variable) and isinstance(e.field, OperandDef):
            if variadic:
                return None  # the variadic group outside `($xs^ : type($xs))?`
            steps.append((_OPERAND, lead, e.field.index))
        elif isinstance(e, Variable) and isinstance(e.field, AttributeDef):
            if e.field.optional or getattr(e.field, "symbol_name", False):
                return None
            stripped = e.field.name in fmt.stripped
            steps.append((_ATTRIBUTE, lead, (e.field.name, e.field.kind == "property", stripped)))
        elif isinstance(e, TypeDirective) and isinstance(e.target, OperandDef):
            steps.append((_OPERAND_TYPE, lead, e.target.index))
        elif isinstance(e, TypeDirective) and isinstance(e.target, ResultDef):
            steps.append((_RESULT_TYPE, lead, e.target.index))
        elif isinstance(e, AttrDict) and not e.with_keyword:
            steps.append((_ATTR_DICT, "", None))
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

    def print_op(op: Any, p: Any) -> None:
        write = p.write
        for kind, text, arg in frozen_steps:
            if kind == _LITERAL:
                write(text)
            elif kind == _OPERAND:
                write(text)
                p.print_operand(op.operand_slots[arg].value)
            elif kind == _RESULT_TYPE:
                write(text)
                p.print_type(op.results[arg].type)
            elif kind == _OPERAND_TYPE:
                write(text)
                p.print_type(op.operand_slots[arg].value.type)
            elif kind == _ATTR_DICT:
                props = op.properties
                if op.attributes or (props and props is not shared_defaults):
                    attrs = dict(props)
                    attrs.update(op.attributes)
                    p.print_optional_attr_dict(attrs, elided)
            elif kind == _OPERAND_GROUP:
                slots = op.operand_slots
                if slots:
                    write(text)
                    p.print_operands([s.value for s in slots])
                    write(" : ")
                    p.print_type_list([s.value.type for s in slots])
            elif kind == _FLAG_GROUP:
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

    def printed_values(op: Any) -> list:
        """What print_op prints that may have an alias, in print order."""
        out: list = []
        for kind, _text, arg in frozen_steps:
            if kind == _RESULT_TYPE:
                out.append(op.results[arg].type)
            elif kind == _OPERAND_TYPE:
                out.append(op.operand_slots[arg].value.type)
            elif kind == _ATTR_DICT:
                props = op.properties
                if op.attributes or (props and props is not shared_defaults):
                    attrs = dict(props)
                    attrs.update(op.attributes)
                    out.extend(attrs[k] for k in sorted(attrs) if k not in elided)
            elif kind == _ATTRIBUTE:
                name, is_prop, stripped = arg
                if not stripped:
                    out.append((op.properties if is_prop else op.attributes)[name])
            elif kind == _OPERAND_GROUP:
                out.extend(s.value.type for s in op.operand_slots)
            elif kind == _FLAG_GROUP:
                if arg[3]:
                    continue  # printed stripped: never aliased
                name, is_prop, default, stripped = arg
                value = (op.properties if is_prop else op.attributes).get(name)
                if value is not None and value is not default and value != default:
                    out.append(value)
        return out

    print_op.printed_values = printed_values  # type: ignore[attr-defined]
    return print_op


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
    anchor = group.anchor
    if not isinstance(anchor, Variable) or not isinstance(anchor.field, AttributeDef):
        return None
    if isinstance(anchor, UnitAnchor):
        return None
    f = anchor.field
    if getattr(f, "symbol_name", False) or group.elements[-1] is not anchor:
        return None
    text = ""
    for e in group.elements[:-1]:
        if not isinstance(e, Literal):
            return None
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


class _Printer:
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
