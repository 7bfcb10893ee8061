"""MLIR's textual pass pipelines: parsing `builtin.module(func.func(cse,canonicalize{a=1}))`
into pass managers, and printing them back.

    pipeline  ::= op-anchor `(` element (`,` element)* `)`     (op-anchor may be `any`)
    element   ::= pipeline | pass-name options?
    options   ::= `{` key (`=` value)? ... `}`

Parsing follows MLIR's two steps: the text inside the outermost anchor is split into a tree
of `PipelineElement`s (names, raw option strings, nested element lists), then each element
is resolved against the pass registry and added to an `OpPassManager` with explicit nesting
(a pass anchored on another op than its pass manager is an error, not nested silently).
Errors are `PipelineError`s whose text matches MLIR's; syntax errors carry the column in
the text inside the outermost anchor, which the message shows with a caret, as MLIR does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.passes import OptionError, Pass

__all__ = [
    "PipelineElement",
    "PipelineError",
    "add_elements",
    "parse_pass_pipeline",
    "parse_pipeline_elements",
]

#: The buffer name MLIR gives the pipeline text in its messages.
PARSER_NAME = "MLIR Textual PassPipeline Parser"

#: name -> pass class, or None when no pass has that name.
PassLookup = Callable[[str], "type[Pass] | None"]


class PipelineError(Exception):
    """A pipeline that cannot be parsed or built. `str(err)` is the whole message; for a
    syntax error `column` (1-based) and `text` locate it and the message shows them."""

    def __init__(self, message: str, text: str | None = None, column: int = 0) -> None:
        self.message = message
        self.text = text
        self.column = column
        super().__init__(self.render())

    def render(self) -> str:
        if self.text is None:
            return self.message
        caret = " " * (self.column - 1) + "^"
        return f"{PARSER_NAME}:1:{self.column}: error: {self.message}\n{self.text}\n{caret}\n"


class PipelineElement:
    """One element of a parsed pipeline: a pass (`inner` is None) or a nested pipeline
    anchored on the op `name` (`inner` holds its elements). `offset` is where the name
    starts in the parsed text; `options` is the raw text between braces, or None."""

    __slots__ = ("name", "offset", "options", "inner")

    def __init__(self, name: str, offset: int) -> None:
        self.name = name
        self.offset = offset
        self.options: str | None = None
        self.inner: list[PipelineElement] | None = None

    def __repr__(self) -> str:
        opts = "" if self.options is None else "{" + self.options + "}"
        inner = "" if self.inner is None else "(" + ",".join(map(repr, self.inner)) + ")"
        return self.name + opts + inner


def _first_of(text: str, chars: str, start: int) -> int:
    best = -1
    for c in chars:
        i = text.find(c, start)
        if i >= 0 and (best < 0 or i < best):
            best = i
    return best


def parse_pipeline_elements(text: str) -> list[PipelineElement]:
    """The element tree of `text` (the part inside the outermost anchor); PipelineError
    at the column MLIR reports for unbalanced parentheses and braces."""
    top: list[PipelineElement] = []
    stack = [top]

    def fail(message: str, pos: int) -> PipelineError:
        return PipelineError(message, text, pos + 1)

    pos = 0
    n = len(text)
    while True:
        current = stack[-1]
        sep_at = _first_of(text, ",(){", pos)
        end = n if sep_at < 0 else sep_at
        raw = text[pos:end]
        stripped = raw.strip()
        start = pos + (len(raw) - len(raw.lstrip())) if stripped else pos
        element = PipelineElement(stripped, start)
        current.append(element)
        if sep_at < 0:
            pos = start  # an unclosed nested pipeline is reported at this last name
            break
        pos = sep_at
        sep = text[pos]
        if sep == "{":
            depth, i = 1, pos + 1
            while i < n:
                if text[i] == "{":
                    depth += 1
                elif text[i] == "}":
                    depth -= 1
                    if not depth:
                        break
                i += 1
            if i >= n:
                raise fail("missing closing '}' while processing pass options", pos)
            element.options = text[pos + 1 : i]
            pos = i + 1
            while pos < n and text[pos].isspace():
                pos += 1
            if pos >= n:
                break
            sep = text[pos]
            if sep not in ",()":
                raise fail("expected ',' after parsing pipeline", pos)
        pos += 1
        if sep == "(":
            element.inner = []
            stack.append(element.inner)
            continue
        if sep == ")":
            pos -= 1
            while pos < n and text[pos] == ")":
                if len(stack) == 1:
                    raise fail(
                        "encountered extra closing ')' creating unbalanced parentheses "
                        "while parsing pipeline",
                        pos,
                    )
                stack.pop()
                pos += 1
                while pos < n and text[pos].isspace():
                    pos += 1
            if pos >= n:
                break
            if text[pos] != ",":
                raise fail("expected ',' after parsing pipeline", pos)
            pos += 1
    if len(stack) > 1:
        raise fail("encountered unbalanced parentheses while parsing pipeline", pos)
    # `anchor()` is an empty pipeline, not one pass with an empty name.
    _drop_empty_lists(top)
    return top


def _drop_empty_lists(elements: list[PipelineElement]) -> None:
    if len(elements) == 1 and not elements[0].name and elements[0].options is None:
        elements.clear()
    for element in elements:
        if element.inner is not None:
            _drop_empty_lists(element.inner)


def split_anchor(pipeline: str) -> tuple[str, str, int]:
    """`anchor(inner)` -> (anchor, inner, offset of inner); PipelineError when the text
    is not wrapped in an anchor op name."""
    text = pipeline.strip()
    open_at = text.find("(")
    if open_at <= 0 or not text.endswith(")"):
        raise PipelineError(
            "expected pass pipeline to be wrapped with the anchor operation type, "
            "e.g. 'builtin.module(...)'"
        )
    return text[:open_at].rstrip(), text[open_at + 1 : -1], open_at + 1


def add_elements(
    pm: Any, elements: list[PipelineElement], lookup: PassLookup, text: str | None = None
) -> None:
    """Resolve `elements` against the registry (`lookup`) and add them to the pass
    manager `pm`. PipelineError naming the first element that cannot be added."""
    for element in elements:
        if element.inner is not None:
            if element.options is not None:
                raise PipelineError(
                    f"options are not allowed on the nested pipeline '{element.name}'",
                    text,
                    element.offset + 1,
                )
            nested = pm.nest_any() if element.name == "any" else pm.nest(element.name)
            add_elements(nested, element.inner, lookup, text)
            continue
        pass_class = lookup(element.name)
        if pass_class is None:
            raise PipelineError(
                f"'{element.name}' does not refer to a registered pass or pass pipeline",
                text,
                element.offset + 1,
            )
        add_pass_with_options(pm, pass_class, element.options or "")


def add_pass_with_options(pm: Any, pass_class: type[Pass], options: str) -> Pass:
    """Instantiate `pass_class`, apply `options` and add it to `pm` (MLIR's message
    "failed to add `name` with options `...`" on failure)."""
    instance = pass_class()
    try:
        instance.set_options(options)
        pm.add_pass(instance)
    except (OptionError, ValueError) as err:
        raise PipelineError(
            f"{err}\nfailed to add `{pass_class.name}` with options `{options}`"
        ) from None
    return instance


def parse_pass_pipeline(pipeline: str, lookup: PassLookup) -> Any:
    """An OpPassManager (explicit nesting) for the textual pipeline `anchor(...)`."""
    from pyir.pass_manager import OpPassManager

    anchor, inner, _ = split_anchor(pipeline)
    elements = parse_pipeline_elements(inner)
    pm = OpPassManager(None if anchor == "any" else anchor, nesting="explicit")
    add_elements(pm, elements, lookup, inner)
    return pm
