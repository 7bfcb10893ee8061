"""Symbol tables, symbol attributes and reference lookup (pyir.symbol_table)."""

from __future__ import annotations

import pytest
import testdialect as t

from pyir.builtin_attributes import StringAttr, SymbolRefAttr
from pyir.core import IRError, Operation
from pyir.symbol_table import (
    SymbolTable,
    lookup_nearest_symbol_from,
    lookup_symbol_in,
    nearest_symbol_table,
    reference_path,
    set_symbol_visibility,
    symbol_name,
    symbol_visibility,
    verify_symbol_table,
)


def sym(name: str) -> Operation:
    return t.SymbolOp.create(properties={"sym_name": StringAttr(name)})


def table(name: str | None = None) -> Operation:
    if name is None:
        op, _ = t.op_with_body(t.ModuleOp)
    else:
        op, _ = t.op_with_body(t.NestedTableOp, properties={"sym_name": StringAttr(name)})
    return op


def body(op: Operation):  # noqa: ANN201
    return op.regions[0].blocks[0]


def test_names_from_properties_or_attributes() -> None:
    a = sym("a")
    assert symbol_name(a) == "a"
    b = Operation("foo.sym", attributes={"sym_name": StringAttr("b")})
    assert symbol_name(b) == "b"
    assert symbol_name(Operation("foo.nothing")) is None
    assert symbol_visibility(a) == "public"
    set_symbol_visibility(a, "private")
    assert symbol_visibility(a) == "private" and a.properties["sym_visibility"] == StringAttr(
        "private"
    )
    set_symbol_visibility(a, "public")
    assert "sym_visibility" not in a.properties
    with pytest.raises(IRError):
        set_symbol_visibility(a, "secret")


def test_table_lookup_insert_rename_erase() -> None:
    module = table()
    body(module).append(sym("f"))
    st = SymbolTable(module)
    assert st.lookup("f") is body(module).first_op and "f" in st and len(st) == 1
    g = sym("g")
    assert st.insert(g) == "g" and g.parent is body(module)
    dup = sym("f")
    assert st.insert(dup) == "f_0" and symbol_name(dup) == "f_0"
    assert st.insert(sym("f")) == "f_1"
    assert sorted(st) == ["f", "f_0", "f_1", "g"]
    st.rename(g, "h")
    assert st.lookup("g") is None and st.lookup("h") is g and symbol_name(g) == "h"
    with pytest.raises(IRError):
        st.rename(g, "f")
    st.erase(dup)
    assert st.lookup("f_0") is None and dup.parent is None
    with pytest.raises(IRError):
        SymbolTable(sym("x"))


def test_insert_goes_before_a_terminator() -> None:
    holder, block = t.op_with_body(t.NestedTableOp, properties={"sym_name": StringAttr("t")})
    term = t.ret(block)
    st = SymbolTable(holder)
    s = sym("s")
    st.insert(s)
    assert list(block.ops) == [s, term]


def test_nested_references() -> None:
    module = table()
    outer = table("outer")
    inner = table("inner")
    leaf = sym("leaf")
    body(module).append(outer)
    body(outer).append(inner)
    body(inner).append(leaf)
    body(module).append(sym("top"))
    ref = SymbolRefAttr("outer", ("inner", "leaf"))
    assert reference_path(ref) == ("outer", "inner", "leaf")
    assert reference_path("@outer::@inner") == ("outer", "inner")
    assert lookup_symbol_in(module, ref) is leaf
    assert lookup_symbol_in(module, "@outer::@inner::@leaf") is leaf
    assert lookup_symbol_in(module, ["outer", "inner"]) is inner
    assert lookup_symbol_in(module, SymbolRefAttr("outer", ("missing",))) is None
    # `top` is not a symbol table, so nothing can be nested under it.
    assert lookup_symbol_in(module, "@top::@x") is None
    assert nearest_symbol_table(leaf) is inner
    assert lookup_nearest_symbol_from(leaf, SymbolRefAttr("leaf")) is leaf
    # MLIR does not fall back to outer tables.
    assert lookup_nearest_symbol_from(leaf, "top") is None
    assert lookup_nearest_symbol_from(inner, "top") is None
    assert lookup_nearest_symbol_from(outer, "top") is None
    assert lookup_nearest_symbol_from(body(module).last_op, "outer") is outer


def test_verify_symbol_table_reports_the_second_definition() -> None:
    module = table()
    first = sym("x")
    second = sym("x")
    body(module).append(first)
    body(module).append(Operation("foo.sym", attributes={"sym_name": StringAttr("x")}))
    assert verify_symbol_table(module) is None  # only Symbol ops count, as in MLIR
    body(module).append(second)
    issue = verify_symbol_table(module)
    assert issue is not None
    assert issue.op is second and not issue.op_error
    assert issue.message == "redefinition of symbol named 'x'"
    assert issue.note == ("see existing symbol definition here", first)
