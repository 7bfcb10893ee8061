"""Compiling a parsed declarative rule into one Python function `(op, rewriter) -> bool`.

The function is generated as source text and compiled once, when the rule is first used
(op names are resolved then, against the op definitions). It matches depth-first with
local variables only: per op it reads `name`, `operand_slots`, an operand's `value`, and
a result's `op`; attributes are one `dict.get` each. An operand pattern whose op is
marked `~` (either operand order) opens a `for` loop over the two orders, so a failure
inside it tries the other order (`continue`) before failing the rule. After the match,
the rule's native calls run (one returning None makes the rule decline, before anything
is built); then the replacement ops are created, innermost first, at the rewriter's
insertion point with the root op's location, and the root is replaced.

Generated names: `op` (the root), `rewriter`, `v<n>` values, `o<n>` ops, `a<n>`
attributes, `s<n>` operand slots, `n<n>` native results, `K<n>` constants (op classes,
natives, attribute defaults, failure reasons) passed in as globals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.constraints import Constraint
from pyir.core import OpResult
from pyir.declarative_syntax import (
    Call,
    Literal,
    MAny,
    MBind,
    MInt,
    MNative,
    MOp,
    Node,
    ParsedMatch,
    RBind,
    RNative,
    ROp,
)
from pyir.opdef import AttrSizedOperandSegments
from pyir.traits import ConstantLike, SameOperandsAndResultType


class RuleError(TypeError):
    """A rule that does not fit the ops it names (found when it is first used): wrong
    operand or attribute counts, an attribute where a value is needed, ..."""


def _int_constant(v: Any) -> int | None:
    """The int held by the ConstantLike op defining `v` (an IntegerAttr value), or None."""
    if v.__class__ is not OpResult:
        return None
    d = v.op.op_def
    if d is None or ConstantLike not in d.traits_set:
        return None
    a = v.op.properties.get("value")
    return a.value if isinstance(a, IntegerAttr) else None


def _type_list(t: Any) -> list:
    return list(t) if isinstance(t, (list, tuple)) else [t]


class _Gen:
    """Emits the source of one rule's function."""

    def __init__(self, pattern: Any, resolve: Callable[[str], Any]) -> None:
        self.pattern = pattern
        self.natives: dict[str, Any] = pattern.natives
        self.resolve = resolve
        self.lines: list[str] = []
        self.indent = 1
        self.fail = "return False"
        self.loops: list[tuple[int, str]] = []
        self.consts: dict[str, Any] = {
            "OpResult": OpResult,
            "IntegerAttr": IntegerAttr,
            "_int_constant": _int_constant,
            "_type_list": _type_list,
        }
        self.const_ids: dict[int, str] = {}
        self.counter = 0
        # Rule name -> (python expression, kind): kind "value" or "attr".
        self.names: dict[str, tuple[str, str]] = {}
        self.root_types = False

    # -- emitting ----------------------------------------------------------------------
    def emit(self, line: str) -> None:
        self.lines.append("    " * self.indent + line)

    def tmp(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def const(self, value: Any) -> str:
        key = id(value)
        name = self.const_ids.get(key)
        if name is None or self.consts[name] is not value:
            name = f"K{len(self.const_ids)}"
            self.const_ids[key] = name
            self.consts[name] = value
        return name

    def check(self, failed: str, reason: str | None = None) -> None:
        """Fail the match when the expression `failed` is true (telling the rewriter
        `reason`, for constraint failures)."""
        self.emit(f"if {failed}:")
        self.indent += 1
        if reason is not None:
            self.emit(f"rewriter.notify_match_failure(op, {self.const(reason)})")
        self.emit(self.fail)
        self.indent -= 1

    def error(self, message: str) -> RuleError:
        p = self.pattern
        return RuleError(f"rule '{p.name}' (defined at {p.defined_at}): {message}")

    # -- op definitions ----------------------------------------------------------------
    def split_args(self, node: MOp | ROp, cls: Any) -> tuple[list[Node], list[tuple[str, Node]]]:
        """Positional arguments as operands and (attribute name, pattern) pairs: after an
        op's fixed operands come its properties, then its attributes, in declaration
        order (MLIR DRR's argument list)."""
        args = node.args or []
        named = [(name, sub) for name, _, sub in node.attrs]
        if cls is None:
            return list(args), named
        defs = cls.operand_defs
        if any(d.variadic or d.optional for d in defs):
            return list(args), named
        n = len(defs)
        extra = args[n:]
        attr_defs = (*cls.property_defs, *cls.attribute_defs)
        if len(extra) > len(attr_defs):
            names = ", ".join(d.name for d in attr_defs) or "none"
            raise self.error(
                f"'{node.name}' takes {n} operand(s) and then its attributes ({names}) as "
                f"arguments; the rule gives {len(args)}"
            )
        if extra and getattr(node, "rest", False):
            raise self.error(f"'{node.name}': '...' cannot follow attribute arguments")
        given = {name for name, _ in named}
        for d, sub in zip(attr_defs, extra):
            if d.name in given:
                raise self.error(f"'{node.name}': attribute '{d.name}' given twice")
            named.append((d.name, sub))
        return list(args[:n]), named

    @staticmethod
    def attr_def(cls: Any, name: str) -> Any:
        if cls is None:
            return None
        for d in (*cls.property_defs, *cls.attribute_defs):
            if d.name == name:
                return d
        return None

    # -- match -------------------------------------------------------------------------
    def match_op(self, node: MOp, o: str, root: bool = False) -> None:
        # The root's name is not checked: drivers only try a pattern on ops of its root.
        if not root:
            self.check(f"{o}.name != {node.name!r}")
        cls = self.resolve(node.name)
        operands, attrs = self.split_args(node, cls)
        # Attributes that are checked go first (cheap and selective); those only bound
        # (`$f`, `_`) wait until the operands matched.
        later = [(name, sub) for name, sub in attrs if _binds_only(sub, self.names)]
        for name, sub in attrs:
            if (name, sub) not in later:
                self.match_named_attr(cls, o, name, sub)
        self.match_operands(node, o, operands)
        for name, sub in later:
            self.match_named_attr(cls, o, name, sub)

    def match_named_attr(self, cls: Any, o: str, name: str, sub: Node) -> None:
        a = self.tmp("a")
        d = self.attr_def(cls, name)
        if d is None:
            self.emit(f"{a} = {o}.properties.get({name!r})")
            self.emit(f"if {a} is None: {a} = {o}.attributes.get({name!r})")
        else:
            store = "properties" if d.kind == "property" else "attributes"
            self.emit(f"{a} = {o}.{store}.get({name!r})")
            if d.default is not None:
                self.emit(f"if {a} is None: {a} = {self.const(d.default)}")
        self.match_attr(sub, a, d is not None and d.default is not None)

    def match_operands(self, node: MOp, o: str, operands: list[Node]) -> None:
        if node.args is None:
            return
        n = len(operands)
        if n == 0 and node.args and not node.rest:
            return  # only attribute arguments: the op's class fixes its operand count
        s = self.tmp("s")
        self.emit(f"{s} = {o}.operand_slots")
        self.check(f"len({s}) < {n}" if node.rest else f"len({s}) != {n}")
        if node.commutative:
            if len(operands) != 2 or node.rest:
                raise self.error(f"'{node.name}~' needs exactly two operands to swap")
            a, b = self.tmp("v"), self.tmp("v")
            x, y = f"{s}[0].value", f"{s}[1].value"
            self.emit(f"for {a}, {b} in (({x}, {y}), ({y}, {x})):")
            self.loops.append((self.indent, self.fail))
            self.indent += 1
            self.fail = "continue"
            self.match_value(operands[0], a)
            self.match_value(operands[1], b)
            return
        # Operands whose patterns swap operands come last, so that a retry of the other
        # order does not redo the checks of the other operands.
        order = sorted(range(n), key=lambda i: _has_commutative(operands[i]))
        for i in order:
            if not isinstance(operands[i], MAny):
                self.match_value(operands[i], f"{s}[{i}].value")

    def bind(self, name: str, expr: str, kind: str) -> str:
        """A fresh variable holding `expr`, registered as `name`."""
        if expr.isidentifier():
            var = expr
        else:
            var = self.tmp("v" if kind == "value" else "a")
            self.emit(f"{var} = {expr}")
        self.names[name] = (var, kind)
        return var

    def match_value(self, node: Node, v: str) -> None:
        if isinstance(node, MAny):
            return
        if isinstance(node, MBind):
            known = self.names.get(node.name)
            if known is not None:
                var, kind = known
                if kind != "value":
                    raise self.error(f"${node.name} is an attribute and an operand")
                self.check(f"{v} is not {var}")
            else:
                var = self.bind(node.name, v, "value")
            if node.constraint is not None:
                self.apply_native(node.constraint, var, "value", f"${node.name}")
            return
        if isinstance(node, MInt):
            self.check(f"_int_constant({v}) != {node.value}")
            return
        if isinstance(node, MNative):
            var = self.tmp("v")
            self.emit(f"{var} = {v}")
            self.apply_native(node.name, var, "value", "an operand")
            return
        assert isinstance(node, MOp)
        var = v
        if not v.isidentifier():
            var = self.tmp("v")
            self.emit(f"{var} = {v}")
        self.check(f"{var}.__class__ is not OpResult")
        if node.bind is not None:
            self.names[node.bind] = (var, "value")
        o = self.tmp("o")
        self.emit(f"{o} = {var}.op")
        self.match_op(node, o)

    def match_attr(self, node: Node, a: str, has_default: bool = False) -> None:
        """Match the attribute in variable `a` (None when absent, unless the op's
        definition gives a default)."""
        if isinstance(node, MAny):
            if not has_default:
                self.check(f"{a} is None")
        elif isinstance(node, MBind):
            if not has_default:
                self.check(f"{a} is None")
            known = self.names.get(node.name)
            if known is not None:
                var, kind = known
                if kind != "attr":
                    raise self.error(f"${node.name} is an operand and an attribute")
                self.check(f"{a} != {var}")
            else:
                self.names[node.name] = (a, "attr")
            if node.constraint is not None:
                self.apply_native(node.constraint, a, "attr", f"${node.name}")
        elif isinstance(node, MInt):
            self.check(f"{a}.__class__ is not IntegerAttr or {a}.value != {node.value}")
        elif isinstance(node, MNative):
            if not has_default:
                self.check(f"{a} is None")
            self.apply_native(node.name, a, "attr", "an attribute")
        else:
            raise self.error(
                f"an op pattern ('{getattr(node, 'name', '')}') cannot match an attribute"
            )

    def apply_native(self, name: str, var: str, kind: str, what: str) -> None:
        """Check `var` (a value or an attribute) against the native `name`: a pyir
        Constraint checks a value's type or an attribute; a class, isinstance of the same;
        another callable is called with the value or attribute; anything else must equal
        the attribute (or the value's type)."""
        native = self.natives[name]
        k = self.const(native)
        subject = f"{var}.type" if kind == "value" else var
        if isinstance(native, Constraint):
            failed = f"not {k}.check({subject})"
            reason = f"{what} does not satisfy {name} ({native.description})"
        elif isinstance(native, type):
            failed = f"not isinstance({subject}, {k})"
            reason = f"{what} is not a {name}"
        elif callable(native):
            failed = f"not {k}({var})"
            reason = f"{what} does not satisfy {name}"
        else:
            failed = f"{subject} != {k}"
            reason = f"{what} is not {name}"
        self.check(failed, f"{self.pattern.name}: {reason}")

    def where(self, call: Call) -> None:
        """A `where` check: the native called with bound names and literals (a single
        bound name checked as `$x:C` would be, when the native is not a plain function)."""
        native = self.natives[call.name]
        args: list[tuple[str, str]] = []  # (expression, kind)
        shown = []
        for arg in call.args:
            if isinstance(arg, RBind):
                args.append(self.names[arg.name])
                shown.append(f"${arg.name}")
            else:
                assert isinstance(arg, Literal)
                args.append((repr(arg.value), "literal"))
                shown.append(repr(arg.value))
        text = f"where {call.name}({', '.join(shown)})"
        if len(args) == 1 and args[0][1] != "literal" and not _plain_callable(native):
            var, kind = args[0]
            self.apply_native(call.name, var, kind, text)
            return
        k = self.const(native)
        reason = f"{self.pattern.name}: {text} does not hold"
        self.check(f"not {k}({', '.join(a for a, _ in args)})", reason)

    # -- rewrite -----------------------------------------------------------------------
    def natives_first(self, node: Node, out: dict[int, str]) -> None:
        """Emit every native call of the rewrite, innermost first, before any op is
        built: one returning None makes the rule decline."""
        if isinstance(node, ROp):
            for _, _, sub in node.attrs:
                self.natives_first(sub, out)
            for sub in node.args:
                self.natives_first(sub, out)
            for sub in node.types or ():
                self.natives_first(sub, out)
        elif isinstance(node, Call):
            for sub in node.args:
                self.natives_first(sub, out)
            args = ", ".join(self.native_arg(sub, out) for sub in node.args)
            var = self.tmp("n")
            self.emit(f"{var} = {self.const(self.natives[node.name])}({args})")
            self.check(
                f"{var} is None",
                f"{self.pattern.name}: {node.name}(...) gave no result",
            )
            out[id(node)] = var

    def native_arg(self, node: Node, out: dict[int, str]) -> str:
        if isinstance(node, Call):
            return out[id(node)]
        if isinstance(node, RBind):
            return self.names[node.name][0]
        if isinstance(node, RNative):
            return self.const(self.natives[node.name])
        assert isinstance(node, Literal)
        return repr(node.value)

    def value_expr(self, node: Node, out: dict[int, str]) -> str:
        if isinstance(node, RBind):
            var, kind = self.names[node.name]
            if kind != "value":
                raise self.error(f"${node.name} is an attribute, not a value")
            return var
        if isinstance(node, ROp):
            cls = self.resolve(node.name)
            n = _result_count(cls)
            if n is not None and n != 1:
                raise self.error(f"'{node.name}' has {n} results; an operand needs one")
            return f"{self.build_op(node, out, None)}.results[0]"
        if isinstance(node, Call):
            return out[id(node)]
        if isinstance(node, RNative):
            return self.const(self.natives[node.name])
        raise self.error(f"a literal ({node.value!r}) is not a value")  # type: ignore[attr-defined]

    def attr_expr(self, node: Node, out: dict[int, str]) -> str:
        if isinstance(node, RBind):
            var, kind = self.names[node.name]
            if kind != "attr":
                raise self.error(f"${node.name} is a value, not an attribute")
            return var
        if isinstance(node, Call):
            return out[id(node)]
        if isinstance(node, RNative):
            return self.const(self.natives[node.name])
        if isinstance(node, Literal):
            raise self.error(
                f"a literal ({node.value!r}) has no type: build the attribute with a native, "
                f"e.g. int_attr({node.value!r}, type($x))"
            )
        raise self.error(f"an op ('{getattr(node, 'name', '')}') cannot be an attribute")

    def type_expr(self, node: Node, out: dict[int, str]) -> str:
        if isinstance(node, RBind):
            var, kind = self.names[node.name]
            return f"{var}.type"
        if isinstance(node, Call):
            return out[id(node)]
        if isinstance(node, RNative):
            return self.const(self.natives[node.name])
        raise self.error("a result type is a native call, a native constant or $name")

    def build_op(self, node: ROp, out: dict[int, str], root_slice: tuple[int, int] | None) -> str:
        cls = self.resolve(node.name)
        if cls is not None and AttrSizedOperandSegments in cls.traits_set:
            raise self.error(f"'{node.name}' has operand segments: build it with a native")
        operands, named = self.split_args(node, cls)
        values = [self.value_expr(sub, out) for sub in operands]
        props, attrs = [], []
        for name, sub in named:
            d = self.attr_def(cls, name)
            entry = f"{name!r}: {self.attr_expr(sub, out)}"
            (props if d is not None and d.kind == "property" else attrs).append(entry)
        if node.types is not None:
            exprs = [self.type_expr(t, out) for t in node.types]
            types = f"_type_list({exprs[0]})" if len(exprs) == 1 else f"[{', '.join(exprs)}]"
        elif root_slice is not None:
            self.root_types = True
            start, count = root_slice
            types = "root_types" if count < 0 else f"root_types[{start}:{start + count}]"
        else:
            types = self.inferred_types(cls, values, props, attrs)
        o = self.tmp("o")
        target = self.const(cls) if cls is not None else repr(node.name)
        p = "{" + ", ".join(props) + "}" if props else "None"
        a = "{" + ", ".join(attrs) + "}" if attrs else "None"
        self.emit(
            f"{o} = create({target}, [{', '.join(values)}], {types}, {p}, {a}, None, (), loc)"
        )
        if node.bind is not None:
            self.names[node.bind] = (f"{o}.results[0]", "value")
        return o

    def inferred_types(self, cls: Any, values: list[str], props: list, attrs: list) -> str:
        """Result types of a nested op: its class infers them, or they are the same as
        its operands' (SameOperandsAndResultType), or it has none; else the replaced
        op's."""
        if cls is not None:
            if getattr(cls, "infer_result_types", None) is not None:
                fields = "{" + ", ".join([*props, *attrs]) + "}"
                return (
                    f"list({self.const(cls)}.infer_result_types([{', '.join(values)}], {fields}))"
                )
            n = _result_count(cls)
            if n == 0:
                return "[]"
            if SameOperandsAndResultType in cls.traits_set and values and n is not None:
                return f"[{values[0]}.type] * {n}"
        self.root_types = True
        return "root_types"


def _binds_only(node: Node, names: dict) -> bool:
    """The attribute pattern only binds (or accepts anything): nothing to reject early."""
    if isinstance(node, MAny):
        return True
    return isinstance(node, MBind) and node.constraint is None and node.name not in names


def _has_commutative(node: Node) -> bool:
    if not isinstance(node, MOp):
        return False
    return node.commutative or any(_has_commutative(a) for a in node.args or ())


def _plain_callable(native: Any) -> bool:
    return callable(native) and not isinstance(native, (Constraint, type))


def _result_count(cls: Any) -> int | None:
    """How many results an op of class `cls` has, when its definition fixes it."""
    if cls is None or any(d.variadic or d.optional for d in cls.result_defs):
        return None
    return len(cls.result_defs)


def compile_rule(pattern: Any, resolve: Callable[[str], Any]) -> tuple[Callable, str]:
    """The function `(op, rewriter) -> bool` of a declarative pattern, and its source.
    `resolve(op_name)` gives the op class of a name or None (an unregistered op)."""
    parsed: ParsedMatch = pattern.parsed_match
    gen = _Gen(pattern, resolve)
    gen.match_op(parsed.root, "op", root=True)
    for call in parsed.where:
        gen.where(call)
    # Rewrite: count the replacement values, run the natives, build, replace.
    items = pattern.parsed_rewrite
    root_cls = resolve(parsed.root.name)
    counts: list[int | None] = []
    for item in items:
        if isinstance(item, ROp):
            counts.append(_result_count(resolve(item.name)))
        else:
            counts.append(1)
    if None in counts and len(items) != 1:
        raise gen.error("an op with a variable number of results must be the only replacement")
    total = None if None in counts else sum(counts)  # type: ignore[arg-type]
    root_n = _result_count(root_cls)
    if total is not None and root_n is not None and total != root_n:
        raise gen.error(
            f"'{parsed.root.name}' has {root_n} result(s); the rewrite gives {total} value(s)"
        )
    if total is not None and root_n is None:
        gen.check(f"len(op.results) != {total}", f"{pattern.name}: not {total} result(s)")
    out: dict[int, str] = {}
    for item in items:
        gen.natives_first(item, out)
    body_start = len(gen.lines)
    gen.emit("create = rewriter.create")
    gen.emit("loc = op.location")
    replacement: list[str] = []
    start = 0
    for item, count in zip(items, counts):
        if isinstance(item, ROp):
            o = gen.build_op(item, out, (start, -1 if count is None else count))
            replacement.append(f"*{o}.results")
        else:
            replacement.append(gen.value_expr(item, out))
        start += count or 0
    if gen.root_types:
        gen.lines.insert(
            body_start, "    " * gen.indent + "root_types = [r.type for r in op.results]"
        )
    gen.emit(f"rewriter.replace_op(op, [{', '.join(replacement)}])")
    gen.emit("return True")
    for indent, fail in reversed(gen.loops):
        gen.indent = indent
        gen.emit(fail)
    source = "def match_and_rewrite(op, rewriter):\n" + "\n".join(gen.lines) + "\n"
    namespace = dict(gen.consts)
    code = compile(source, f"<rule {pattern.name} at {pattern.defined_at}>", "exec")
    exec(code, namespace)  # noqa: S102 - generated from the parsed rule, not from input IR
    return namespace["match_and_rewrite"], source
