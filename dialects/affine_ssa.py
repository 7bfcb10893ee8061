"""Affine expressions written over SSA values, as affine ops spell them inline.

`affine.load %m[%i + 3, symbol(%n) * 2]` writes its map with SSA names in place of `d0`
and `s0`. The parser hands over each expression as a small tree of tuples (see `Leaf`
kinds below); `build_map` numbers the values as MLIR's parser does (dims and symbols
separately, in order of first appearance, a repeated name reusing its number) and builds
the expressions bottom-up with the ordinary `AffineExpr` operators, so they simplify
exactly as MLIR's do. `map_text` prints a map the other way round.

Tree nodes: `("dim", name, pos)`, `("sym", name, pos)`, `("int", value, pos)`,
`("neg", operand, pos)` and `(op, lhs, rhs, pos)` with `op` one of `+ - * floordiv
ceildiv mod`. Evaluation is iterative, so deep nesting does not hit Python's recursion
limit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pyir.affine import AffineExpr, AffineMap, ceildiv, constant, dim, floordiv, symbol

_BINARY: dict[str, Callable[[Any, Any], AffineExpr]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "floordiv": floordiv,
    "ceildiv": ceildiv,
    "mod": lambda a, b: a % b,
}


class SSAExprError(ValueError):
    """An expression could not be built; `pos` is the source offset to report."""

    def __init__(self, message: str, pos: int) -> None:
        super().__init__(message)
        self.pos = pos


class SSANumbering:
    """Dims and symbols bound to SSA uses, in order of first appearance (by name).

    Invariant: `dims` and `syms` hold the (name, pos) use of each dim / symbol in
    position order; `by_name` maps a name to its expression.
    """

    def __init__(self) -> None:
        self.dims: list[tuple[str, int]] = []
        self.syms: list[tuple[str, int]] = []
        self.by_name: dict[str, AffineExpr] = {}

    def lookup(self, kind: str, name: str, pos: int) -> AffineExpr:
        expr = self.by_name.get(name)
        if expr is None:
            if kind == "dim":
                expr = dim(len(self.dims))
                self.dims.append((name, pos))
            else:
                expr = symbol(len(self.syms))
                self.syms.append((name, pos))
            self.by_name[name] = expr
        return expr

    @property
    def uses(self) -> list[tuple[str, int]]:
        """The operands of the map: dims, then symbols."""
        return self.dims + self.syms


def evaluate(tree: Any, numbering: SSANumbering) -> AffineExpr:
    """The AffineExpr of one parsed tree; raises SSAExprError (non-affine, too large)."""
    # Post-order walk with an explicit stack: ("visit", node) expands, ("apply", node)
    # combines the values its children left on `values`.
    values: list[AffineExpr] = []
    work: list[tuple[bool, Any]] = [(False, tree)]
    while work:
        done, node = work.pop()
        kind = node[0]
        if done:
            try:
                if kind == "neg":
                    values.append(-values.pop())
                else:
                    rhs = values.pop()
                    lhs = values.pop()
                    values.append(_BINARY[kind](lhs, rhs))
            except ValueError as err:
                raise SSAExprError(str(err), node[-1]) from None
            continue
        if kind in ("dim", "sym"):
            values.append(numbering.lookup(kind, node[1], node[2]))
        elif kind == "int":
            try:
                values.append(constant(node[1]))
            except ValueError:
                raise SSAExprError("constant too large for index", node[2]) from None
        elif kind == "neg":
            work.append((True, node))
            work.append((False, node[1]))
        else:
            work.append((True, node))
            work.append((False, node[2]))
            work.append((False, node[1]))
    return values[0]


def build_map(trees: Sequence[Any]) -> tuple[AffineMap, list[tuple[str, int]]]:
    """The map whose results are `trees`, and its operand uses (dims, then symbols)."""
    numbering = SSANumbering()
    results = [evaluate(t, numbering) for t in trees]
    return AffineMap(len(numbering.dims), len(numbering.syms), results), numbering.uses


def operand_names(printer: Any, values: Sequence[Any], num_dims: int) -> tuple[list, list]:
    """How dims and symbols print inside an inline map: `%x` and `symbol(%x)`."""
    # The alias collector walks custom printers too, and names no values.
    name_of = getattr(printer, "value_name", None)
    names = [(name_of(v) if name_of else None) or "%<<UNKNOWN>>" for v in values]
    return names[:num_dims], [f"symbol({n})" for n in names[num_dims:]]


def expr_text(expr: AffineExpr, dims: Sequence[str], syms: Sequence[str]) -> str:
    return expr.to_string(dims, syms)


def map_text(printer: Any, amap: AffineMap, values: Sequence[Any]) -> str:
    """`amap`'s results over SSA names, comma separated (MLIR's printAffineMapOfSSAIds).

    A map whose inputs outnumber `values` (invalid IR) prints its missing inputs as `d<i>`
    / `s<i>` rather than failing."""
    dims, syms = operand_names(printer, values, amap.num_dims)
    dims += [f"d{i}" for i in range(len(dims), amap.num_dims)]
    syms += [f"s{i}" for i in range(len(syms), amap.num_symbols)]
    return ", ".join(r.to_string(dims, syms) for r in amap.results)


def print_dim_and_symbol_list(printer: Any, values: Sequence[Any], num_dims: int) -> None:
    """`(%d0, %d1)[%s0]`: the symbol list only when there are symbols (MLIR's
    printDimAndSymbolList)."""
    printer.write("(")
    printer.print_operands(values[:num_dims])
    printer.write(")")
    if len(values) > num_dims:
        printer.write("[")
        printer.print_operands(values[num_dims:])
        printer.write("]")
