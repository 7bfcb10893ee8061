"""Tests of the affine dialect's Python API: builders, the valid dim / symbol rules, and
the numbering of inline maps over SSA values."""

from __future__ import annotations

from pyir.affine import AffineMap, dim, symbol
from pyir.builtin_types import F32, INDEX, FunctionType, MemRefType
from pyir.core import Block
from pyir.diagnostics import DiagnosticEngine
from pyir.dialects.affine_loops import ForOp
from pyir.dialects.affine_ops import ApplyOp, LoadOp, StoreOp, YieldOp
from pyir.dialects.affine_scope import affine_scope, is_valid_dim, is_valid_symbol
from pyir.dialects.affine_ssa import build_map
from pyir.dialects.func import FuncOp, ReturnOp
from pyir.textual.printer import print_operation
from pyir.verifier import verify

MEMREF = MemRefType((16, 16), F32)


def _function(*arg_types) -> tuple:
    fn = FuncOp.build("f", FunctionType(tuple(arg_types), ()))
    return fn, fn.regions[0].blocks[0]


def _errors(op) -> list[str]:
    seen: list = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    verify(op, engine)
    return [d.message for d in seen]


def _loop_nest() -> tuple:
    """func @f(%m, %n) { affine.for %i = 0 to 16 { affine.for %j = %n to 16 step 2 {
    load/store } } }"""
    fn, entry = _function(MEMREF, INDEX)
    m, n = entry.args
    outer = entry.append(ForOp.build(0, 16))
    outer_body = outer.regions[0].blocks[0]
    i = outer_body.args[0]
    inner = ForOp.build((AffineMap(0, 1, [symbol(0)]), [n]), 16, step=2)
    outer_body.insert_before(outer_body.last_op, inner)
    inner_body = inner.regions[0].blocks[0]
    j = inner_body.args[0]
    shifted = AffineMap(2, 0, [dim(0) + 3, dim(1) * 2])
    load = inner_body.insert_before(inner_body.last_op, LoadOp.build(m, [i, j], shifted))
    inner_body.insert_before(inner_body.last_op, StoreOp.build(load.results[0], m, [j, i]))
    entry.append(ReturnOp.create())
    return fn, outer, inner, load


def test_builders_make_valid_printable_loops():
    fn, *_ = _loop_nest()
    assert _errors(fn) == []
    text = print_operation(fn)
    assert "affine.for %arg2 = 0 to 16 {" in text
    assert "affine.for %arg3 = %arg1 to 16 step 2 {" in text
    assert "affine.load %arg0[%arg2 + 3, %arg3 * 2] : memref<16x16xf32>" in text
    assert "affine.store %0, %arg0[%arg3, %arg2] : memref<16x16xf32>" in text
    assert "affine.yield" not in text  # implicit terminators are elided


def test_for_with_inits_takes_carried_values():
    fn, entry = _function(F32)
    (init,) = entry.args
    loop = entry.append(ForOp.build(0, 8, inits=[init]))
    body = loop.regions[0].blocks[0]
    assert [a.type for a in body.args] == [INDEX, F32]
    body.append(YieldOp.build([body.args[1]]))
    entry.append(ReturnOp.create())
    assert _errors(fn) == []
    assert "iter_args(%arg2 = %arg0) -> (f32)" in print_operation(fn)


def test_induction_variable_is_a_dim_not_a_symbol():
    fn, outer, inner, load = _loop_nest()
    i = outer.regions[0].blocks[0].args[0]
    n = fn.regions[0].blocks[0].args[1]
    scope = affine_scope(load)
    assert scope is fn.regions[0]
    assert is_valid_dim(i, scope) and not is_valid_symbol(i, scope)
    assert is_valid_symbol(n, scope) and is_valid_dim(n, scope)


def test_apply_of_symbols_is_a_symbol_and_of_dims_a_dim():
    fn, outer, inner, load = _loop_nest()
    body = inner.regions[0].blocks[0]
    i = outer.regions[0].blocks[0].args[0]
    n = fn.regions[0].blocks[0].args[1]
    of_symbol = body.insert_before(body.first_op, ApplyOp.build(AffineMap(1, 0, [dim(0) + 1]), [n]))
    of_dim = body.insert_before(body.first_op, ApplyOp.build(AffineMap(1, 0, [dim(0) * 4]), [i]))
    scope = affine_scope(load)
    assert is_valid_symbol(of_symbol.results[0], scope)
    assert is_valid_dim(of_dim.results[0], scope)
    assert not is_valid_symbol(of_dim.results[0], scope)


def test_symbol_operand_must_be_a_symbol():
    fn, outer, inner, load = _loop_nest()
    i = outer.regions[0].blocks[0].args[0]
    body = inner.regions[0].blocks[0]
    body.insert_before(body.last_op, ApplyOp.build(AffineMap(0, 1, [symbol(0)]), [i]))
    assert _errors(fn) == ["dimensional operand cannot be used as a symbol"]


def test_load_rank_is_checked():
    fn, entry = _function(MEMREF, INDEX)
    m, n = entry.args
    entry.append(LoadOp.build(m, [n]))
    entry.append(ReturnOp.create())
    assert _errors(fn) == ["'affine.load' op affine map num results must equal memref rank"]


def test_build_map_numbers_values_in_order_of_first_appearance():
    # %b + symbol(%n) * 2, %a - %b : %b is d0, %a is d1, %n is s0; operands dims first.
    trees = [
        ("+", ("dim", "%b", 0), ("*", ("sym", "%n", 5), ("int", 2, 9), 7), 3),
        ("-", ("dim", "%a", 12), ("dim", "%b", 16), 14),
    ]
    amap, uses = build_map(trees)
    assert str(amap) == "(d0, d1)[s0] -> (d0 + s0 * 2, d1 - d0)"
    assert [name for name, _ in uses] == ["%b", "%a", "%n"]


def test_build_map_reuses_a_name_seen_as_dim():
    amap, uses = build_map([("+", ("dim", "%i", 0), ("sym", "%i", 4), 2)])
    assert str(amap) == "(d0) -> (d0 * 2)"
    assert [name for name, _ in uses] == ["%i"]


def test_build_map_of_nothing_is_the_empty_map():
    amap, uses = build_map([])
    assert amap == AffineMap(0, 0, []) and uses == []


def test_deeply_nested_expression_does_not_recurse():
    tree = ("dim", "%i", 0)
    for _ in range(5000):
        tree = ("neg", tree, 0)
    amap, _ = build_map([tree])
    assert str(amap) == "(d0) -> (d0)"


def test_block_helper_is_used_for_bodies():
    op = ForOp.build(0, 4)
    (block,) = op.regions[0].blocks
    assert isinstance(block, Block) and block.last_op.name == "affine.yield"
