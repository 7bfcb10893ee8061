"""Passes: small classes whose typed fields are their options.

A pass class names itself (`name`, the flag and pipeline name such as `symbol-dce`),
summarises what it does, declares its options as fields made with `option(...)`, the
dialects it may create ops of, and the op it runs on (`anchor`: an op name such as
"func.func", or None for any op). An instance runs on one op at a time:

    class LoopUnroll(Pass):
        name = "loop-unroll"
        summary = "Unroll loops"
        anchor = "func.func"
        factor: int = option(4, help="the unroll factor")       # `loop-unroll{factor=8}`
        full: bool = option(False, help="unroll completely")

        def run_on_operation(self, op):
            ...  # self.factor is an int here
            self.emit_op_error(op, "cannot unroll"); self.signal_pass_failure()

Options follow MLIR's textual form: `{key=value other-key}` inside a pipeline, values in
quotes or braces when they hold spaces, list values separated by commas. A field
`max_iterations` is the option `max-iterations`. Option types: bool, int, float, str
(optionally restricted to `choices`) and lists of them (`list[int]`, ...).

Layout: `Pass.options` (made once per class by `__init_subclass__`) maps option names to
`Option` descriptors in declaration order; an instance keeps its values in its own
attributes (the field names) and the names of the options set explicitly in `_set`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from pyir.diagnostics import Diagnostic, Severity

__all__ = [
    "Option",
    "OptionError",
    "Pass",
    "PassFailure",
    "option",
    "split_option_string",
]


class OptionError(ValueError):
    """A pass option string could not be applied. The message reads as MLIR's (for the
    value problems, the text after `for the --NAME option: `)."""


class PassFailure(Exception):
    """Raised inside `run_on_operation` to stop the pass and signal failure; the
    diagnostics should already have been emitted (or `message` is emitted as an op error
    on the op the pass runs on)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or "pass failed")
        self.message = message


# -- option values -------------------------------------------------------------------------------
_SCALAR_KINDS = ("bool", "int", "float", "str")
_ANNOTATIONS = {kind: kind for kind in _SCALAR_KINDS}
_ANNOTATIONS.update({f"list[{kind}]": f"list[{kind}]" for kind in _SCALAR_KINDS})
_ANNOTATIONS.update({"List[" + kind + "]": f"list[{kind}]" for kind in _SCALAR_KINDS})
_INT_RE = re.compile(r"-?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)\Z")
_INT64 = 1 << 63


def _kind_of(spec: Any) -> str | None:
    """The option kind ("int", "list[str]", ...) of a type or annotation, or None."""
    if isinstance(spec, str):
        return _ANNOTATIONS.get(spec.replace(" ", ""))
    if spec in (bool, int, float, str):
        return spec.__name__
    origin = getattr(spec, "__origin__", None)
    args = getattr(spec, "__args__", ())
    if origin is list and len(args) == 1 and args[0] in (bool, int, float, str):
        return f"list[{args[0].__name__}]"
    return None


def _kind_of_value(value: Any) -> str | None:
    if isinstance(value, bool):
        return "bool"
    for kind in (int, float, str):
        if isinstance(value, kind):
            return kind.__name__
    if isinstance(value, list | tuple) and value:
        inner = _kind_of_value(value[0])
        return f"list[{inner}]" if inner in _SCALAR_KINDS else None
    return None


def _parse_int(text: str) -> int:
    """LLVM's integer syntax: decimal, 0x/0b/0o prefixes, a leading 0 for octal."""
    if not _INT_RE.match(text):
        raise OptionError(f"'{text}' value invalid for integer argument!")
    negative = text.startswith("-")
    digits = text[1:] if negative else text
    if len(digits) > 1 and digits[0] == "0" and digits[1] not in "xXbBoO":
        value = int(digits, 8)
    else:
        value = int(digits, 0)
    value = -value if negative else value
    if not -_INT64 <= value < _INT64:
        raise OptionError(f"'{text}' value invalid for integer argument!")
    return value


def _parse_scalar(kind: str, text: str, choices: tuple[str, ...] | None) -> Any:
    if kind == "bool":
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise OptionError(f"'{text}' is invalid value for boolean argument! Try 0 or 1")
    if kind == "int":
        return _parse_int(text)
    if kind == "float":
        try:
            if "_" in text:
                raise ValueError(text)
            return float(text)
        except ValueError:
            raise OptionError(f"'{text}' value invalid for floating point argument!") from None
    if choices is not None and text not in choices:
        raise OptionError(f"Cannot find option named '{text}'!")
    return text


def _format_scalar(kind: str, value: Any) -> str:
    if kind == "bool":
        return "true" if value else "false"
    if kind == "float":
        return f"{value:e}"
    if kind == "str":
        # Braces keep a value with spaces one token, as MLIR prints it.
        space = value.find(" ")
        quote = min((i for i in (value.find(c) for c in "{'\"") if i >= 0), default=-1)
        if space >= 0 and (quote < 0 or space < quote):
            return "{" + value + "}"
    return str(value)


class Option:
    """One declared pass option: its field (`attr`), its name in pipelines (`name`),
    kind ("bool", "int", "float", "str" or "list[...]"), default, help and, for strings,
    the allowed `choices`. Invariant: `default` is a value of `kind` (a tuple for lists,
    copied into a list for each pass instance)."""

    __slots__ = ("attr", "name", "kind", "default", "help", "choices", "_spec")

    def __init__(
        self,
        default: Any,
        help: str = "",
        type: Any = None,
        name: str | None = None,
        choices: Iterable[str] | None = None,
    ) -> None:
        self.attr = ""
        self.name = name or ""
        self._spec = type
        self.kind = ""
        self.default = tuple(default) if isinstance(default, list | tuple) else default
        self.help = help
        self.choices = tuple(choices) if choices is not None else None

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr
        if not self.name:
            self.name = attr.replace("_", "-")

    def _resolve(self, owner: type, annotation: Any) -> None:
        """Fix the kind from the explicit type, else the annotation, else the default."""
        spec = self._spec if self._spec is not None else annotation
        kind = _kind_of(spec) if spec is not None else _kind_of_value(self.default)
        if kind is None:
            raise TypeError(
                f"pass option '{owner.__qualname__}.{self.attr}': unsupported type "
                f"{spec!r} (use bool, int, float, str or list[...] of them)"
            )
        self.kind = kind
        scalar = self.element_kind
        values = self.default if self.is_list else (self.default,)
        if not self.is_list and self.default is None and kind == "str":
            self.default = ""
            values = ("",)
        for value in values:
            ok = isinstance(value, dict(bool=bool, int=int, float=int | float, str=str)[scalar])
            if ok and scalar != "bool" and isinstance(value, bool):
                ok = False
            if not ok:
                raise TypeError(
                    f"pass option '{owner.__qualname__}.{self.attr}': default {value!r} "
                    f"is not a {scalar}"
                )
        if self.choices is not None and scalar != "str":
            raise TypeError(f"pass option '{owner.__qualname__}.{self.attr}': choices need str")

    @property
    def is_list(self) -> bool:
        return self.kind.startswith("list[")

    @property
    def element_kind(self) -> str:
        return self.kind[5:-1] if self.is_list else self.kind

    def parse(self, value: str | None) -> Any:
        """The value of `value` (None when the key had no `=`); OptionError if invalid."""
        if value is None:
            if self.kind == "bool":
                return True
            raise OptionError("requires a value!")
        if not self.is_list:
            return _parse_scalar(self.kind, value, self.choices)
        return [
            _parse_scalar(self.element_kind, item, self.choices) for item in split_list_value(value)
        ]

    def format(self, value: Any) -> str:
        """`name=value` as MLIR prints it (lists in braces)."""
        if self.is_list:
            items = ",".join(_format_scalar(self.element_kind, v) for v in value)
            return f"{self.name}={{{items}}}"
        return f"{self.name}={_format_scalar(self.kind, value)}"

    def __get__(self, instance: Any, owner: type) -> Any:
        if instance is None:
            return self
        # Not set on the instance yet (only during __init__): the default.
        return list(self.default) if self.is_list else self.default

    def __repr__(self) -> str:
        return f"<Option {self.name}: {self.kind} = {self.default!r}>"


def option(
    default: Any = None,
    help: str = "",
    *,
    type: Any = None,
    name: str | None = None,
    choices: Iterable[str] | None = None,
) -> Any:
    """Declare a pass option as a class field: `factor: int = option(4, help="...")`.

    The type comes from `type=`, else the field's annotation, else the default's type.
    The option's name is the field name with `-` for `_`, unless `name=` says otherwise.
    """
    return Option(default, help, type=type, name=name, choices=choices)


# -- option strings ------------------------------------------------------------------------------
def _skip_quoted(text: str, i: int) -> int:
    """At a quote: the index of its closing quote (or `i` when there is none)."""
    close = text.find(text[i], i + 1)
    return close if close >= 0 else i


def _find_top_level(text: str, char: str, start: int = 0) -> int:
    """Index of `char` outside quotes and braces, or -1."""
    i, depth = start, 0
    while i < len(text):
        c = text[i]
        if c in "'\"":
            i = _skip_quoted(text, i)
        elif c == "{":
            depth += 1
        elif c == "}" and depth:
            depth -= 1
        elif c == char and not depth:
            return i
        i += 1
    return -1


def _unwrap(text: str) -> str:
    """Trim, then drop one pair of enclosing quotes or braces."""
    text = text.strip()
    if len(text) >= 2:
        for left, right in (("'", "'"), ('"', '"'), ("{", "}")):
            if text[0] == left and text[-1] == right:
                return text[1:-1].strip()
    return text


def split_list_value(text: str) -> list[str]:
    """The elements of a list value `a,{b c},'d,e'`; empty text is an empty list."""
    if not text:
        return []
    items = []
    while True:
        comma = _find_top_level(text, ",")
        if comma < 0:
            items.append(_unwrap(text))
            return items
        items.append(_unwrap(text[:comma]))
        text = text[comma + 1 :]


def split_option_string(text: str) -> Iterator[tuple[str, str | None]]:
    """The `(key, value)` pairs of an option string `a=1 b c={x y}` in order; the value is
    None for a bare key. Values may be quoted or braced to hold spaces."""
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] == " ":
            i += 1
        if i >= n:
            return
        start = i
        while i < n and text[i] not in " =":
            i += 1
        key = text[start:i].strip()
        if i >= n or text[i] == " ":
            if key:
                yield key, None
            continue
        i += 1  # the '='
        start = i
        while i < n and text[i] != " ":
            c = text[i]
            if c in "'\"":
                i = _skip_quoted(text, i)
            elif c == "{":
                depth = 1
                i += 1
                while i < n:
                    c = text[i]
                    if c in "'\"":
                        i = _skip_quoted(text, i)
                    elif c == "{":
                        depth += 1
                    elif c == "}":
                        depth -= 1
                        if not depth:
                            break
                    i += 1
            i += 1
        if key:
            yield key, _unwrap(text[start:i])


# -- passes -------------------------------------------------------------------------------------
class Pass:
    """Base of all passes. Subclasses set the class attributes and `run_on_operation`.

    Class attributes:
      name                the pass's flag and pipeline name (`symbol-dce`); required.
      summary             one line for `--list-passes` and `--help`.
      description         longer text (optional).
      anchor              the op name the pass runs on, or None for any op.
      dependent_dialects  dialects whose ops the pass may create (loaded before it runs).
      display_name        the name in IR dumps and timing (MLIR's C++ class name); the
                          class name by default.

    Invariants: each instance runs on one op at a time; `op`, `context` and the failure
    flag are valid only while `run_on_operation` runs. Options are plain attributes.
    """

    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    description: ClassVar[str] = ""
    anchor: ClassVar[str | None] = None
    dependent_dialects: ClassVar[tuple[str, ...]] = ()
    display_name: ClassVar[str] = ""
    #: Option name -> descriptor, in declaration order (made per class).
    options: ClassVar[dict[str, Option]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "display_name" not in cls.__dict__:
            cls.display_name = cls.__name__
        found: dict[str, Option] = {}
        for base in reversed(cls.__mro__[1:]):
            found.update(getattr(base, "options", {}))
        annotations = cls.__dict__.get("__annotations__", {})
        for attr, value in cls.__dict__.items():
            if isinstance(value, Option):
                value._resolve(cls, annotations.get(attr))
                if value.name in found and found[value.name].attr != attr:
                    raise TypeError(f"pass {cls.__qualname__}: two options named {value.name}")
                found[value.name] = value
        cls.options = found
        if cls.dependent_dialects and isinstance(cls.dependent_dialects, str):
            raise TypeError(f"pass {cls.__qualname__}: dependent_dialects must be a tuple")

    def __init__(self, **options: Any) -> None:
        """Options by field name (`max_iterations=3`) or option name; the rest default."""
        self._set: set[str] = set()
        for opt in self.options.values():
            setattr(self, opt.attr, list(opt.default) if opt.is_list else opt.default)
        by_attr = {opt.attr: opt for opt in self.options.values()}
        for key, value in options.items():
            opt = by_attr.get(key) or self.options.get(key)
            if opt is None:
                raise TypeError(f"pass '{self.name}' has no option {key!r}")
            setattr(self, opt.attr, list(value) if opt.is_list else value)
            self._set.add(opt.name)
        self.op: Any = None
        self.context: Any = None
        self._failed = False
        self._preserved = False

    # -- options ---------------------------------------------------------------------------------
    def set_options(self, text: str) -> None:
        """Apply an MLIR option string (`max-iterations=3 top-down=false`); OptionError
        naming the option that is unknown or has a bad value. A list option given twice
        collects both values, as MLIR does."""
        for key, value in split_option_string(text):
            opt = self.options.get(key)
            if opt is None:
                raise OptionError(f"<Pass-Options-Parser>: no such option {key}")
            try:
                parsed = opt.parse(value)
            except OptionError as err:
                raise OptionError(f"for the --{key} option: {err}") from None
            if opt.is_list and opt.name in self._set:
                parsed = [*getattr(self, opt.attr), *parsed]
            setattr(self, opt.attr, parsed)
            self._set.add(opt.name)

    def option_values(self) -> dict[str, Any]:
        """Option name -> current value."""
        return {name: getattr(self, opt.attr) for name, opt in self.options.items()}

    def options_text(self) -> str:
        """`{a=1 b=true}` as MLIR prints pass options (sorted by name; a list option that
        was never set and is empty prints as nothing), or "" without options."""
        if not self.options:
            return ""
        parts = []
        for name in sorted(self.options):
            opt = self.options[name]
            value = getattr(self, opt.attr)
            if opt.is_list and not value and name not in self._set:
                parts.append("")
            else:
                parts.append(opt.format(value))
        return "{" + " ".join(parts) + "}"

    def pipeline_text(self) -> str:
        """The pass as a pipeline element: `name{options}`."""
        return self.name + self.options_text()

    def clone(self) -> Pass:
        """A fresh instance with the same option values."""
        new = type(self)()
        for opt in self.options.values():
            value = getattr(self, opt.attr)
            setattr(new, opt.attr, list(value) if opt.is_list else value)
        new._set = set(self._set)
        return new

    # -- scheduling ------------------------------------------------------------------------------
    @classmethod
    def can_schedule_on(cls, op_def: Any) -> bool:
        """Whether the pass can run on ops of the registered definition `op_def` (an
        OpView class). Passes with an anchor run on that op only; override for passes
        that need an interface or trait."""
        return cls.anchor is None or getattr(op_def, "name", None) == cls.anchor

    # -- running ---------------------------------------------------------------------------------
    def run_on_operation(self, op: Any) -> None:
        """Transform `op` (the anchor op). Signal failure with `signal_pass_failure()` or
        by raising PassFailure, after emitting a diagnostic on the failing op."""
        raise NotImplementedError(f"pass '{self.name}' does not define run_on_operation")

    def signal_pass_failure(self) -> None:
        self._failed = True

    def mark_all_preserved(self) -> None:
        """Say the pass left the IR unchanged (the verifier need not run after it)."""
        self._preserved = True

    def emit_error(self, op: Any, message: str) -> Diagnostic:
        """An error at `op`'s location, returned so notes can be attached."""
        diag = Diagnostic(Severity.ERROR, message, op.location)
        return self.context.diagnostics.emit(diag)

    def emit_op_error(self, op: Any, message: str) -> Diagnostic:
        """An error prefixed with the op's name, as MLIR's emitOpError writes it."""
        return self.emit_error(op, f"'{op.name}' op {message}")

    def emit_warning(self, op: Any, message: str) -> Diagnostic:
        diag = Diagnostic(Severity.WARNING, message, op.location)
        return self.context.diagnostics.emit(diag)

    def emit_remark(self, op: Any, message: str) -> Diagnostic:
        diag = Diagnostic(Severity.REMARK, message, op.location)
        return self.context.diagnostics.emit(diag)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.pipeline_text()}>"
