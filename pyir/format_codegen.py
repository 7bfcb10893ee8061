"""Python source generated for fixed-shape declarative formats (pyir.format_printer).

`compile_steps(steps, ...)` turns the precomputed print steps of one format into three
functions, written out as straight-line code for that format alone, so printing an op
evaluates one string expression instead of dispatching on every step:

- `line(op, p)`: the op's text after its name, or None when something the format prints
  only sometimes is present (an attribute dictionary, a flag that is not its default, a
  stripped attribute); `p` must offer `value_name` and `type_text` (the OpPrinter does).
- `print_op(op, p)`: the AsmPrinter-protocol printer; it writes `line(...)` when it can,
  else runs `fallback` (the step interpreter, which works with any printer).
- `printed_values(op)`: what may be aliased among the things `print_op` prints, in order.

The generated code reads only the steps' own constants, passed in as globals; no text of
the user's ends up in the source (literals are embedded with `repr`).
"""

from __future__ import annotations

from typing import Any

# Step kinds, shared with pyir.format_printer.
LITERAL, OPERAND, ATTRIBUTE, OPERAND_TYPE, RESULT_TYPE, ATTR_DICT, FLAG_GROUP = range(7)
OPERAND_GROUP = 7


def _attrs_map(is_prop: bool) -> str:
    return "op.properties" if is_prop else "op.attributes"


class _Source:
    """Lines of a function being generated, and the constants it refers to by name."""

    def __init__(self, consts: dict[str, Any]) -> None:
        self.lines: list[str] = []
        self.consts = consts

    def const(self, value: Any) -> str:
        name = f"_c{len(self.consts)}"
        self.consts[name] = value
        return name

    def add(self, line: str, depth: int = 1) -> None:
        self.lines.append("    " * depth + line)


def _line_source(steps: tuple, src: _Source, shared: str) -> list[str]:
    """The body of `line(op, p)`: guards that send unusual ops to the fallback, then one
    concatenation."""
    src.add("props = op.properties")
    src.add("slots = op.operand_slots")
    src.add("vn = p.value_name")
    src.add("tt = p.type_text")
    pieces: list[str] = []
    for kind, text, arg in steps:
        if kind == LITERAL:
            pieces.append(repr(text))
        elif kind == OPERAND:
            pieces.extend(_lead(text) + [f"vn(slots[{arg}].value)"])
        elif kind == OPERAND_TYPE:
            pieces.extend(_lead(text) + [f"tt(slots[{arg}].value.type)"])
        elif kind == RESULT_TYPE:
            pieces.extend(_lead(text) + [f"tt(op.results[{arg}].type)"])
        elif kind == ATTR_DICT:
            src.add(f"if op.attributes or (props and props is not {shared}):")
            src.add("return None", 2)
        elif kind == FLAG_GROUP:
            name, is_prop, default, _stripped = arg
            d = src.const(default)
            src.add(f"v = {_attrs_map(is_prop)}.get({name!r})")
            src.add(f"if v is not None and v is not {d} and v != {d}:")
            src.add("return None", 2)
        elif kind == ATTRIBUTE:
            name, is_prop, stripped = arg
            if stripped:
                return []  # printed by the attribute's own hook: the fallback does it
            pieces.extend(_lead(text) + [f"p.attr_text({_attrs_map(is_prop)}[{name!r}])"])
        elif kind == OPERAND_GROUP:
            src.add("if slots:")
            src.add(
                f"group = {text!r} + ', '.join([vn(s.value) for s in slots]) + ' : ' "
                "+ ', '.join([tt(s.value.type) for s in slots])",
                2,
            )
            src.add("else:")
            src.add("group = ''", 2)
            pieces.append("group")
    src.add("return " + (" + ".join(pieces) if pieces else "''"))
    return src.lines


def _lead(text: str) -> list[str]:
    return [repr(text)] if text else []


def _values_source(steps: tuple, src: _Source, shared: str, elided: str) -> list[str]:
    """The body of `printed_values(op)`."""
    src.add("out = []")
    src.add("props = op.properties")
    for kind, _text, arg in steps:
        if kind == RESULT_TYPE:
            src.add(f"out.append(op.results[{arg}].type)")
        elif kind == OPERAND_TYPE:
            src.add(f"out.append(op.operand_slots[{arg}].value.type)")
        elif kind == ATTR_DICT:
            src.add(f"if op.attributes or (props and props is not {shared}):")
            src.add("attrs = dict(props)", 2)
            src.add("attrs.update(op.attributes)", 2)
            src.add(f"out.extend([attrs[k] for k in sorted(attrs) if k not in {elided}])", 2)
        elif kind == ATTRIBUTE:
            name, is_prop, stripped = arg
            if not stripped:
                src.add(f"out.append({_attrs_map(is_prop)}[{name!r}])")
        elif kind == OPERAND_GROUP:
            src.add("out.extend([s.value.type for s in op.operand_slots])")
        elif kind == FLAG_GROUP:
            name, is_prop, default, stripped = arg
            if stripped:
                continue  # printed stripped: never aliased
            d = src.const(default)
            src.add(f"v = {_attrs_map(is_prop)}.get({name!r})")
            src.add(f"if v is not None and v is not {d} and v != {d}:")
            src.add("out.append(v)", 2)
    src.add("return out")
    return src.lines


def compile_steps(steps: tuple, shared_defaults: Any, elided: Any, fallback: Any) -> Any:
    """`print_op` (with `line` and `printed_values` attached) for `steps`; see the module
    docstring. `fallback(op, p)` prints through any printer."""
    consts: dict[str, Any] = {"_fallback": fallback}
    shared = "_shared"
    consts[shared] = shared_defaults
    consts["_elided"] = elided
    line_src = _Source(consts)
    body = _line_source(steps, line_src, shared)
    values_body = _values_source(steps, _Source(consts), shared, "_elided")
    text = ["def printed_values(op):", *values_body]
    if body:
        text += ["def line(op, p):", *body]
        text += [
            "def print_op(op, p):",
            "    if getattr(p, 'type_text', None) is not None:",
            "        t = line(op, p)",
            "        if t is not None:",
            "            p.write(t)",
            "            return",
            "    _fallback(op, p)",
        ]
    namespace = dict(consts)
    exec(compile("\n".join(text) + "\n", "<pyir format printer>", "exec"), namespace)  # noqa: S102
    print_op = namespace.get("print_op", fallback)
    if print_op is fallback:

        def print_op(op: Any, p: Any) -> None:
            fallback(op, p)

    print_op.line = namespace.get("line")  # type: ignore[attr-defined]
    print_op.printed_values = namespace["printed_values"]  # type: ignore[attr-defined]
    return print_op
