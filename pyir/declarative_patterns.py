"""Declarative rewrite rules: MLIR's DRR as one line of Python a rule.

    rule("AddIAddConstant",
         "arith.addi(arith.addi~($x, arith.constant($c0)), arith.constant($c1))",
         "arith.addi($x, arith.constant(add($c0, $c1)))")

matches `(x + c0) + c1` (the inner constant on either side) and replaces it with
`x + (c0 + c1)`. `rule` returns a `DeclarativePattern`, a RewritePattern whose `root` is the
outer op's name, `name` the rule's name (what `--debug-rewrites` prints) and `benefit` the
given one: put it in a PatternSet or in an op class's `canonicalization_patterns`.

The match (docs/declarative-patterns.md has a longer guide):
- `dialect.op(a, b, ...)`: an op; its positional arguments match its operands in order,
  then (when its class fixes the operand count) its properties and then its attributes in
  declaration order: `arith.constant($c)` binds the `value` property, `arith.addi($x, $y,
  $f)` the overflow flags. Without parentheses the operands are not looked at; a trailing
  `...` accepts more operands. `dialect.op~(a, b)` tries both operand orders.
- `dialect.op{name = p, ...}(...)`: attributes or properties by name.
- `$x` binds what it matches (an operand value, or an attribute); the same name again must
  be the same value (`is`) or an equal attribute (`==`). `$t = dialect.op(...)` binds the
  operand whose defining op matches. `_` matches anything (an attribute must be present).
- `$x:C` and a bare `C` check a native: a pyir `Constraint` checks a value's type (or
  the attribute), a class is an isinstance check of the same, another callable is called
  with the value or attribute, and anything else (a type, an attribute) must equal the
  value's type (or the attribute).
- An integer literal matches an IntegerAttr of that value, or, as an operand, the value of
  a ConstantLike op holding one: `arith.muli($x, 1)`.
- `... where f($x, $y), g($c, 3)`: natives called with bound names and literals once the
  structure matched; the rule applies when all return true.

The rewrite is a comma-separated list of replacements for the root's results, in order:
- `$x`: a bound value (replace with an existing value);
- `dialect.op(args){name = a}` builds an op: positional arguments are operands, then
  properties and attributes as in the match; arguments are bound names, ops built in place
  and native calls `f(args)`. Result types: `: t` or `: (t1, t2)` (`type($x)`, a native
  constant, or `$x` for x's type); else, for a replacement, the replaced op's; for an op
  nested inside, what its class infers (`infer_result_types`, SameOperandsAndResultType),
  else the replaced op's. An op contributes all its results to the list.
- `$t = dialect.op(...)` names a built op for reuse (its first result).
- natives run before anything is built; one returning None makes the rule decline.
- an empty rewrite erases the root (which must then have no results).

Natives are looked up first in the rule's `natives`, then in DEFAULT_NATIVES (`add`,
`sub`, `mul`, `neg`, `int_attr`, `type`, `same_type`, `has_one_use`: see
pyir.declarative_natives). Malformed text, unknown natives and unbound names fail when the
rule is defined (RuleSyntaxError, with the column); mismatches with op definitions fail
on first use (RuleError), when op names are resolved.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any

from pyir.declarative_codegen import RuleError, compile_rule
from pyir.declarative_natives import DEFAULT_NATIVES
from pyir.declarative_syntax import (
    Call,
    Literal,
    MBind,
    MNative,
    MOp,
    Node,
    RBind,
    RNative,
    ROp,
    RuleSyntaxError,
    parse_match,
    parse_rewrite,
)
from pyir.patterns import RewritePattern

__all__ = [
    "DEFAULT_NATIVES",
    "DeclarativePattern",
    "RuleError",
    "RuleSyntaxError",
    "rule",
]

_default_context: Any = None


def _shared_context() -> Any:
    """A context that knows the installed dialects (entry points), to resolve op names a
    rule uses when neither the op being rewritten nor the rewriter knows them."""
    global _default_context
    if _default_context is None:
        from pyir.context import Context

        _default_context = Context(allow_unregistered_dialects=True)
    return _default_context


class DeclarativePattern(RewritePattern):
    """A rewrite pattern compiled from a rule (see the module docstring).

    Invariants: `root` is the matched op's name; `name`, `benefit`, `match_text`,
    `rewrite_text`, `natives` and `defined_at` ("file:line") are what the rule was defined
    with; the texts parsed and every name in them is bound or a native. The matcher is
    generated on first use (or by `compile()`); `source` is then its Python source.
    """

    def __init__(
        self,
        name: str,
        match: str,
        rewrite: str,
        benefit: int = 1,
        natives: Mapping[str, Any] | None = None,
        ops: Any = (),
        defined_at: str = "?",
    ) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError("a rule needs a name (a non-empty string)")
        if not isinstance(benefit, int) or isinstance(benefit, bool) or benefit < 0:
            raise ValueError(f"rule '{name}': benefit must be a non-negative int")
        self.name = name
        self.benefit = benefit
        self.match_text = match
        self.rewrite_text = rewrite
        self.defined_at = defined_at
        self.natives = {**DEFAULT_NATIVES, **(natives or {})}
        self.ops = {cls.name: cls for cls in ops}
        self.parsed_match = parse_match(name, match)
        self.parsed_rewrite = parse_rewrite(name, rewrite)
        self.root = self.parsed_match.root.name
        self.operand_producers = _operand_producers(self.parsed_match.root)
        self.source: str | None = None
        _check_names(self)

    def __repr__(self) -> str:
        return f"<rule {self.name}: {self.match_text} -> {self.rewrite_text}>"

    def compile(self, context: Any = None) -> Callable[[Any, Any], bool]:
        """Generate the matcher now, resolving op names through `context` (then the
        installed dialects); it replaces `match_and_rewrite` on this pattern."""
        fn = self._compile(None, context)
        return fn

    def match_and_rewrite(self, op: Any, rewriter: Any) -> bool:
        # First use: generate the matcher, which then shadows this method.
        fn = self._compile(op, getattr(rewriter, "context", None))
        return fn(op, rewriter)

    def _compile(self, op: Any, context: Any) -> Callable[[Any, Any], bool]:
        resolved: dict[str, Any] = {}

        def resolve(name: str) -> Any:
            if name in resolved:
                return resolved[name]
            cls = self.ops.get(name)
            op_def = getattr(op, "op_def", None)
            if cls is None and op_def is not None:
                if op.name == name:
                    cls = op_def
                elif op_def.dialect is not None:
                    cls = op_def.dialect.op_by_name.get(name)
            if cls is None and context is not None:
                cls = _lookup(context, name)
            if cls is None:
                cls = _lookup(_shared_context(), name)
            resolved[name] = cls
            return cls

        fn, self.source = compile_rule(self, resolve)
        self.match_and_rewrite = fn  # type: ignore[method-assign]
        return fn


def _lookup(context: Any, name: str) -> Any:
    try:
        return context.get_op_def(name)
    except Exception:  # a plugin that fails to load: the op stays unknown  # noqa: BLE001
        return None


def rule(
    name: str,
    match: str,
    rewrite: str,
    benefit: int = 1,
    natives: Mapping[str, Any] | None = None,
    ops: Any = (),
) -> DeclarativePattern:
    """A declarative rewrite pattern: `match` and `rewrite` in the rule language of this
    module's docstring. `natives` maps names the texts use to Python objects (constraints,
    functions, constants); `ops` lists op classes for names no context resolves. Bind
    shared natives once with `functools.partial(rule, natives=...)`."""
    frame = sys._getframe(1)
    where = f"{frame.f_code.co_filename}:{frame.f_lineno}"
    return DeclarativePattern(name, match, rewrite, benefit, natives, ops, where)


# -- definition-time checks ------------------------------------------------------------------
def _check_names(p: DeclarativePattern) -> None:
    """Every `$name` used is bound before, every native exists, and natives in the
    rewrite take only what the match bound (they run before anything is built)."""
    bound: set[str] = set()

    def fail(part: str, message: str, pos: int) -> None:
        text = p.match_text if part == "match" else p.rewrite_text
        raise RuleSyntaxError(message, p.name, part, text, pos)

    def native(part: str, name: str, pos: int) -> None:
        if name not in p.natives:
            known = ", ".join(sorted(p.natives))
            fail(part, f"unknown native '{name}' (known: {known})", pos)

    def walk_match(node: Node, root: bool = False) -> None:
        if isinstance(node, MOp):
            if node.bind is not None:
                if node.bind in bound:
                    fail("match", f"${node.bind} is bound twice", node.pos)
                bound.add(node.bind)
            if node.commutative and (node.args is None or node.rest or len(node.args) < 2):
                fail("match", f"'{node.name}~' needs two operands to swap", node.pos)
            for _, _, sub in node.attrs:
                walk_match(sub)
            for sub in node.args or ():
                walk_match(sub)
        elif isinstance(node, MBind):
            if node.constraint is not None:
                native("match", node.constraint, node.constraint_pos)
            bound.add(node.name)
        elif isinstance(node, MNative):
            native("match", node.name, node.pos)

    walk_match(p.parsed_match.root, True)
    for call in p.parsed_match.where:
        native("match", call.name, call.pos)
        for arg in call.args:
            if isinstance(arg, RBind) and arg.name not in bound:
                fail("match", f"${arg.name} is not bound by the match", arg.pos)
    matched = set(bound)

    def walk_rewrite(node: Node, in_native: bool = False) -> None:
        if isinstance(node, RBind):
            if node.name not in bound:
                fail("rewrite", f"${node.name} is not bound by the match", node.pos)
            if in_native and node.name not in matched:
                fail(
                    "rewrite",
                    f"natives run before ops are built: they cannot take ${node.name}",
                    node.pos,
                )
        elif isinstance(node, RNative):
            native("rewrite", node.name, node.pos)
        elif isinstance(node, Call):
            native("rewrite", node.name, node.pos)
            for sub in node.args:
                if isinstance(sub, ROp):
                    fail("rewrite", "natives take bound names, literals and natives", sub.pos)
                walk_rewrite(sub, True)
        elif isinstance(node, ROp):
            for _, _, sub in node.attrs:
                walk_rewrite(sub)
            for sub in node.args:
                walk_rewrite(sub)
            for sub in node.types or ():
                walk_rewrite(sub)
            if node.bind is not None:
                if node.bind in bound:
                    fail("rewrite", f"${node.bind} is already bound", node.pos)
                bound.add(node.bind)
        elif isinstance(node, Literal) and not in_native:
            fail("rewrite", "a literal is only an argument of a native", node.pos)

    for item in p.parsed_rewrite:
        walk_rewrite(item)


def _operand_producers(root: Any) -> tuple[tuple[int, str], ...]:
    """The root's operands that the rule matches against an op (`arith.addi($x,
    arith.muli(...))` needs operand 1 to come from an arith.muli): positional unless the
    root's operands may be swapped."""
    if root.commutative or not root.args:
        return ()
    return tuple((i, a.name) for i, a in enumerate(root.args) if isinstance(a, MOp))
