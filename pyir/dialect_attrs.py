"""Attributes and types that dialects define: named parameters and an assembly format.

A definition is a class:

    class KindAttr(ParametrizedAttr):
        '''`#vector.kind<add>`: a combining kind.'''
        name = "vector.kind"
        value = EnumParam(("add", "mul", "minui", ...))
        assembly_format = "`<` $value `>`"

Parameters are declared as class attributes (`TypeParam`, `AttrParam`, `IntParam`,
`StrParam`, `EnumParam`, `FlagsParam`, `IntArrayParam`), in order; instances take them
positionally (`KindAttr("add")`), are immutable and uniqued like every attribute. A
`verify_` method may reject a combination of parameter values with a message.

The assembly format is the body after the name, written with backquoted literals and
`$parameter`s: `#vector.kind<add>` has the format "`<` $value `>`" (the default: all
parameters between angle brackets, comma separated; nothing for a definition without
parameters). In an op's declarative format a parameter-typed field prints *stripped*,
the body alone (`arith.addf %a, %b fastmath<fast>` writes the `fastmath` literal itself).
pyir.textual compiles each format into a grammar rule (`syntax_rule_name`).

A misdeclared definition fails when its class is created, with a message naming it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from pyir.attributes import Attribute, Type, UniquedMeta


class DefinitionError(Exception):
    """A dialect attribute or type class is declared wrongly."""


# -- parameters --------------------------------------------------------------------------------
class Param:
    """One declared parameter: how to check, print and (through its grammar) parse it."""

    #: The lark expression that parses the parameter (see pyir.textual.attr_def_syntax).
    grammar = ""
    description = "a value"

    def __init__(self, doc: str = "") -> None:
        self.doc = doc
        self.name = ""

    def check(self, value: Any) -> Any:
        """`value` as stored, or raise ValueError saying why it is not acceptable."""
        return value

    def print(self, value: Any, printer: Any) -> None:
        printer.write(str(value))


class TypeParam(Param):
    """A type."""

    grammar = "type"
    description = "a type"

    def check(self, value: Any) -> Any:
        if not isinstance(value, Type):
            raise ValueError(f"parameter '{self.name}' must be a type, got {value!r}")
        return value

    def print(self, value: Any, printer: Any) -> None:
        printer.print_type(value)


class AttrParam(Param):
    """An attribute (any, or satisfying `constraint`: a Constraint from pyir.constraints)."""

    grammar = "attribute_value"
    description = "an attribute"

    def __init__(self, constraint: Any = None, doc: str = "") -> None:
        super().__init__(doc)
        self.constraint = constraint

    def check(self, value: Any) -> Any:
        if not isinstance(value, Attribute):
            raise ValueError(f"parameter '{self.name}' must be an attribute, got {value!r}")
        if self.constraint is not None and not self.constraint.check(value):
            raise ValueError(
                f"parameter '{self.name}' must be {self.constraint.description}, got {value}"
            )
        return value

    def print(self, value: Any, printer: Any) -> None:
        printer.print_attribute(value)


class IntParam(Param):
    """A Python int (signed, any size)."""

    grammar = "number_literal"
    description = "an integer"

    def check(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"parameter '{self.name}' must be an integer, got {value!r}")
        return value


class StrParam(Param):
    """A string, written as a quoted literal."""

    grammar = "STRING"
    description = "a string"

    def check(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise ValueError(f"parameter '{self.name}' must be a string, got {value!r}")
        return value

    def print(self, value: Any, printer: Any) -> None:
        printer.print_string(value)


class IntArrayParam(Param):
    """A tuple of ints, written `[1, 2, 3]`."""

    description = "a list of integers"

    @property
    def grammar(self) -> str:  # type: ignore[override]
        return '"[" [number_literal ("," number_literal)*] "]"'

    def check(self, value: Any) -> Any:
        if not isinstance(value, (tuple, list)) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            raise ValueError(f"parameter '{self.name}' must be a list of integers, got {value!r}")
        return tuple(value)

    def print(self, value: Any, printer: Any) -> None:
        printer.write("[" + ", ".join(str(v) for v in value) + "]")


class EnumParam(Param):
    """One keyword out of `cases` (stored as the keyword string)."""

    grammar = "BARE_ID"

    def __init__(self, cases: Sequence[str], doc: str = "") -> None:
        super().__init__(doc)
        self.cases = tuple(cases)
        self.description = "one of " + ", ".join(f"'{c}'" for c in self.cases)

    def check(self, value: Any) -> Any:
        if value not in self.cases:
            raise ValueError(f"expected {self.description} for '{self.name}', got {value!r}")
        return value


class FlagsParam(Param):
    """A set of keywords out of `cases`, stored as a frozenset, written as a list
    (`nnan,ninf`). `none` spells the empty set; a `groups` entry names a combination
    that prints as one word when all its members are set (`fast`). `separator` is how
    MLIR joins the words for this enum ("," or ", ")."""

    grammar = 'BARE_ID ("," BARE_ID)*'

    def __init__(
        self,
        cases: Sequence[str],
        groups: dict[str, Iterable[str]] | None = None,
        separator: str = ",",
        none: str = "none",
        doc: str = "",
    ) -> None:
        super().__init__(doc)
        self.cases = tuple(cases)
        self.groups = {k: frozenset(v) for k, v in (groups or {}).items()}
        self.separator = separator
        self.none = none
        self.description = "flags among " + ", ".join(f"'{c}'" for c in self.cases)

    def check(self, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        flags: set[str] = set()
        for word in value:
            if word in self.groups:
                flags |= self.groups[word]
            elif word in self.cases:
                flags.add(word)
            elif word != self.none:
                raise ValueError(f"expected {self.description} for '{self.name}', got '{word}'")
        return frozenset(flags)

    def print(self, value: Any, printer: Any) -> None:
        printer.write(self.separator.join(self.words(value)))

    def words(self, value: frozenset) -> list[str]:
        """The words that spell `value`, in declaration order, groups first."""
        if not value:
            return [self.none]
        words, rest = [], set(value)
        for group, members in self.groups.items():
            if members <= rest:
                words.append(group)
                rest -= members
        words.extend(c for c in self.cases if c in rest)
        return words


# -- the format of a definition's body ---------------------------------------------------------
_TOKEN = re.compile(r"\s*(?:`([^`]*)`|\$([A-Za-z_][A-Za-z0-9_]*)|(\S))")


def parse_body_format(owner: str, text: str, params: dict[str, Param]) -> tuple:
    """A body format as a tuple of elements: str (a literal) or Param."""
    elements: list[Any] = []
    seen: set[str] = set()
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        assert m is not None
        pos = m.end()
        literal, var, other = m.groups()
        if literal is not None:
            if not literal or not _valid_literal(literal):
                raise DefinitionError(f"{owner}: invalid literal `{literal}` in assembly_format")
            elements.append(literal)
        elif var is not None:
            if var not in params:
                raise DefinitionError(f"{owner}: assembly_format names unknown parameter '${var}'")
            if var in seen:
                raise DefinitionError(f"{owner}: parameter '${var}' appears twice in the format")
            seen.add(var)
            elements.append(params[var])
        else:
            raise DefinitionError(f"{owner}: unexpected '{other}' in assembly_format")
    missing = [n for n in params if n not in seen]
    if missing:
        raise DefinitionError(
            f"{owner}: assembly_format does not mention parameter(s) "
            + ", ".join(f"'${n}'" for n in missing)
        )
    return tuple(elements)


def _valid_literal(text: str) -> bool:
    return text in ("<", ">", "(", ")", "[", "]", ",", ":", "=", "->", "*", "?", "+") or bool(
        re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$.]*", text)
    )


def _default_format(params: dict[str, Param]) -> str:
    if not params:
        return ""
    return "`<` " + " `,` ".join(f"${n}" for n in params) + " `>`"


_NO_SPACE_BEFORE = frozenset((">", ",", ")", "]"))
_NO_SPACE_AFTER = frozenset(("<", "(", "["))


def print_body(elements: tuple, values: dict[str, Any], printer: Any) -> None:
    """Write a body: spaces between words, none inside brackets or before commas."""
    previous: str | None = None
    for element in elements:
        if isinstance(element, str):
            if previous is not None and element not in _NO_SPACE_BEFORE:
                if previous not in _NO_SPACE_AFTER:
                    printer.write(" ")
            printer.write(element)
            previous = element
        else:
            if previous is not None and previous not in _NO_SPACE_AFTER:
                printer.write(" ")
            element.print(values[element.name], printer)
            previous = "$"


# -- the definitions ---------------------------------------------------------------------------
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*\.[A-Za-z_][A-Za-z0-9_$.]*")


class _DefMeta(UniquedMeta):
    """Turns the declared parameters into slots and checks the declaration."""

    def __new__(mcs, cls_name: str, bases: tuple, namespace: dict) -> Any:
        params: dict[str, Param] = {}
        for base in reversed(bases):
            params.update(getattr(base, "parameters", {}))
        for key, value in list(namespace.items()):
            if isinstance(value, Param):
                value.name = key
                params[key] = value
                del namespace[key]
        if "__slots__" not in namespace:
            inherited = {n for b in bases for n in getattr(b, "parameters", {})}
            namespace["__slots__"] = tuple(n for n in params if n not in inherited)
        namespace["parameters"] = params
        return super().__new__(mcs, cls_name, bases, namespace)

    def __init__(cls, cls_name: str, bases: tuple, namespace: dict) -> None:
        super().__init__(cls_name, bases, namespace)
        if namespace.get("_abstract", False):
            return
        owner = f"{cls_name} ('{getattr(cls, 'name', '')}')"
        if not isinstance(getattr(cls, "name", None), str) or not _NAME.fullmatch(cls.name):
            raise DefinitionError(
                f"{cls_name}: 'name' must be 'dialect.mnemonic', got {getattr(cls, 'name', None)!r}"
            )
        fmt = cls.__dict__.get("assembly_format")
        if fmt is None:
            fmt = _default_format(cls.parameters)
        cls.format = parse_body_format(owner, fmt, cls.parameters)
        cls.kind = cls.name


class _Parametrized:
    """What attribute and type definitions share: construction, printing, the stripped form."""

    __slots__ = ()
    _abstract: ClassVar[bool] = True
    name: ClassVar[str] = ""
    parameters: ClassVar[dict[str, Param]] = {}
    format: ClassVar[tuple] = ()
    _sigil: ClassVar[str] = "#"

    def __init__(self, *args: Any) -> None:
        params = type(self).parameters
        if len(args) != len(params):
            raise ValueError(
                f"{type(self).name} takes {len(params)} parameter(s) "
                f"({', '.join(params)}), got {len(args)}"
            )
        for param, value in zip(params.values(), args):
            object.__setattr__(self, param.name, param.check(value))
        message = self.verify_()
        if message:
            raise ValueError(message)
        self._freeze()  # type: ignore[attr-defined]

    def verify_(self) -> str | None:
        """A message if the parameters do not go together; None when they do."""
        return None

    @property
    def dialect(self) -> str:
        return type(self).name.partition(".")[0]

    def print(self, printer: Any) -> None:
        printer.write(self._sigil + type(self).name)
        self.print_stripped(printer)

    def print_stripped(self, printer: Any) -> None:
        """The body alone, as op formats print a parameter-typed field."""
        print_body(type(self).format, {n: getattr(self, n) for n in self.parameters}, printer)


class ParametrizedAttr(_Parametrized, Attribute, metaclass=_DefMeta):
    """Base of dialect attributes: `#dialect.mnemonic<body>`.

    Invariants: `name` is `dialect.mnemonic`; every declared parameter is set and passed
    its `check`; `verify_` accepted the combination.
    """

    __slots__ = ()
    _abstract = True


class ParametrizedType(_Parametrized, Type, metaclass=_DefMeta):
    """Base of dialect types: `!dialect.mnemonic<body>`. Same invariants as AttrDef."""

    __slots__ = ()
    _abstract = True
    _sigil = "!"


def stripped_def(constraint: Any) -> type | None:
    """The one definition class an op field's constraint names (`IsA(KindAttr)`), whose
    values op formats print stripped; None for anything else."""
    classes = getattr(constraint, "classes", None)
    if classes is not None and len(classes) == 1 and isinstance(classes[0], _DefMeta):
        cls = classes[0]
        if not cls.__dict__.get("_abstract", False):
            return cls
    return None
