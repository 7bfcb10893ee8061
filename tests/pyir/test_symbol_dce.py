"""symbol-dce on the `test` dialect: liveness rules, nested tables and references, uses
held by nested ops, and the errors MLIR gives (lit and interop tests cover real IR)."""

from __future__ import annotations

from typing import Any

import pytest
import testdialect as t

from pyir.builtin_attributes import ArrayAttr, DictionaryAttr, StringAttr, SymbolRefAttr
from pyir.context import Context
from pyir.core import Block, Operation
from pyir.pass_manager import PassManager
from pyir.transforms.symbol_dce import SymbolDCEPass, symbol_uses


@pytest.fixture
def context() -> Context:
    ctx = Context(use_entry_points=False)
    ctx.register_dialect(t.TEST_DIALECT)
    return ctx


def table(op_cls: Any = t.ModuleOp, name: str | None = None, vis: str | None = None) -> Operation:
    props = {}
    if name is not None:
        props["sym_name"] = StringAttr(name)
    if vis is not None:
        props["sym_visibility"] = StringAttr(vis)
    op = op_cls.create(properties=props)
    op.regions[0].add_block(Block())
    return op


def symbol(parent: Operation, name: str, vis: str | None = None, **refs: Any) -> Operation:
    props = {"sym_name": StringAttr(name)}
    if vis is not None:
        props["sym_visibility"] = StringAttr(vis)
    op = t.SymbolOp.create(properties=props, attributes=refs or None)
    parent.regions[0].blocks[0].append(op)
    return op


def names(op: Operation) -> list[str]:
    return [
        o.properties["sym_name"].value
        for o in op.walk(post_order=False)
        if "sym_name" in o.properties
    ]


def run(context: Context, op: Operation) -> bool:
    pm = PassManager(context, op.name)
    pm.add_pass(SymbolDCEPass())
    return pm.run(op)


def test_private_unused_symbols_are_erased(context: Context) -> None:
    mod = table()
    symbol(mod, "dead", "private")
    symbol(mod, "used", "private")
    symbol(mod, "chain", "private", ref=SymbolRefAttr("used"))
    symbol(mod, "pub", ref=SymbolRefAttr("chain"))
    symbol(mod, "nested_vis", "nested")
    assert run(context, mod)
    assert names(mod) == ["used", "chain", "pub"]


def test_nested_tables_and_references(context: Context) -> None:
    mod = table()
    inner = table(t.NestedTableOp, "inner", "private")
    mod.regions[0].blocks[0].append(inner)
    symbol(inner, "target")
    symbol(inner, "other")
    symbol(inner, "hidden_nested", "nested")
    dead_inner = table(t.NestedTableOp, "dead_inner", "private")
    mod.regions[0].blocks[0].append(dead_inner)
    symbol(dead_inner, "x")
    symbol(mod, "user", refs=ArrayAttr([SymbolRefAttr("inner", ["target"])]))
    assert run(context, mod)
    # Public symbols of a private table survive when the table lives; nested ones do not.
    assert names(mod) == ["inner", "target", "other", "user"]


def test_public_table_that_is_not_hidden(context: Context) -> None:
    # The pass on a public nested table: its `nested` symbols may be seen from outside.
    mod = table()
    inner = table(t.NestedTableOp, "inner")
    mod.regions[0].blocks[0].append(inner)
    symbol(inner, "n", "nested")
    symbol(inner, "p", "private")
    pm = PassManager(context, "test.module", nesting="explicit")
    pm.nest("test.table").add_pass(SymbolDCEPass())
    # test.table is not isolated from above, so the pass manager refuses to nest on it.
    assert not pm.run(mod)
    pass_ = SymbolDCEPass()
    pass_.context = context
    pass_.run_on_operation(inner)
    assert names(inner) == ["inner", "n"]


def test_uses_in_nested_ops_and_dictionaries(context: Context) -> None:
    mod = table()
    symbol(mod, "a", "private")
    symbol(mod, "b", "private")
    symbol(mod, "c", "private")
    holder, body = t.op_with_body(t.RegionOp)
    user = Operation("test.use", attributes={"d": DictionaryAttr({"k": SymbolRefAttr("a")})})
    body.append(user)
    t.ret(body)
    mod.regions[0].blocks[0].append(holder)
    assert [r.root for r in symbol_uses(holder, context.loaded)] == ["a"]
    assert run(context, mod)
    assert names(mod) == ["a"]


def test_unknown_symbol_table_is_an_error(context: Context) -> None:
    mod = table()
    symbol(mod, "f", "private")
    unknown = Operation("other.op", regions=1)
    unknown.regions[0].add_block(Block())
    mod.regions[0].blocks[0].append(unknown)
    assert symbol_uses(unknown, context.loaded) is None
    assert not run(context, mod)
    (diag,) = context.diagnostics.collected
    assert diag.message == (
        "operation contains potentially unknown symbol table, meaning that we can't "
        "reliable compute symbol uses"
    )
    assert names(mod) == ["f"]


def test_not_a_symbol_table_is_an_error(context: Context) -> None:
    func, body = t.op_with_body(t.FuncOp, properties={"sym_name": StringAttr("f")})
    t.ret(body)
    assert not run(context, func)
    assert [d.message for d in context.diagnostics.collected] == [
        "'test.func' op  was scheduled to run under SymbolDCE, but does not define a symbol table"
    ]


def test_nothing_erased_means_preserved(context: Context) -> None:
    mod = table()
    symbol(mod, "pub")
    p = SymbolDCEPass()
    p.context = context
    p.run_on_operation(mod)
    assert p._preserved
