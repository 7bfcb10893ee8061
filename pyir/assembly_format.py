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
    ResultDef,
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
            from pyir.format_printer import FormatPrinter

            FormatPrinter(self, op, printer).run()
        else:
            fast(op, printer)

    def fast_printer(self) -> Any:
        """The specialised printer (with a `printed_values(op)` companion listing the types
        and attributes it prints, in order), or None when the format needs the general one."""
        fast = self._fast_printer
        if fast is None:
            from pyir.format_printer import compile_fast_printer

            fast = self._fast_printer = compile_fast_printer(self) or _NO_FAST_PRINTER
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


def is_flag_group(group: OptionalGroup) -> bool:
    """`(`kw` `` $attr^)?`: literals, then the attribute (not a unit anchor) that anchors
    the group. The fast parse and print paths handle these groups."""
    anchor = group.anchor
    return (
        isinstance(anchor, Variable)
        and not isinstance(anchor, UnitAnchor)
        and isinstance(anchor.field, AttributeDef)
        and group.elements[-1] is anchor
        and all(isinstance(e, Literal) for e in group.elements[:-1])
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


_NO_FAST_PRINTER = object()
