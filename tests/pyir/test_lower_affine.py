"""lower-affine through the Python API: the expression helpers (simplification, constant
folding, expansion errors), the lowering entry point and the pass, and a differential test
of the memory ops against iree-opt (kept out of tests/passes_interop because MLIR's
memref.load builder stores default flags that its parser leaves out, so the custom-form
round trip of that suite cannot match; here both prints are compared directly). The
layouts of the other ops are checked by lit (tests/filecheck/transforms/lower-affine.mlir)
and the iree-opt differential suite (tests/passes_interop/lower-affine/)."""

from __future__ import annotations

import subprocess

import pytest
from opt_tools import find_iree_opt

from pyir.affine import AffineMap
from pyir.affine_expand import DIV_ERROR, MOD_ERROR, expansion_errors
from pyir.affine_expr import AffineBinaryExpr, AffineExpr, constant, dim, symbol
from pyir.affine_simplify import (
    constant_fold_expr,
    partial_constant_fold,
    simplify_affine_expr,
)
from pyir.context import Context
from pyir.diagnostics import DiagnosticEngine
from pyir.pass_manager import PassManager
from pyir.textual.parser import parse_source
from pyir.textual.printer import PrintOptions, print_operation
from pyir.transforms.lower_affine import LowerAffinePass, lower_affine
from pyir.verifier import verify

d0, d1, s0 = dim(0), dim(1), symbol(0)


def tree(e: AffineExpr) -> str:
    """The expression with every binary node parenthesized (the printer hides the shape)."""
    if isinstance(e, AffineBinaryExpr):
        return f"({tree(e.lhs)} {e.kind.value} {tree(e.rhs)})"
    return str(e)


# -- simplification and folding -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("expr", "nd", "ns", "expected"),
    [
        # Terms are regrouped in flat order: dims, symbols, locals, constant.
        (d1 + d0 * 2 + d0, 2, 0, "((d0 * 3) + d1)"),
        (s0 + d0, 1, 1, "(d0 + s0)"),
        # A common factor cancels in a division.
        ((d0 * 4 + 8).floordiv(4), 1, 0, "(d0 + 2)"),
        # A mod becomes a local floordiv; the rebuilt sum keeps MLIR's association.
        (d0 % 4 + s0 - 7, 1, 1, "((d0 + (((d0 floordiv 4) * -4) + s0)) + -7)"),
        (s0 + d0 * 2 + d0 + (d0 + 3).ceildiv(2), 1, 1, "(((d0 * 3) + s0) + ((d0 + 3) ceildiv 2))"),
        # Semi-affine terms are ordered as MLIR orders them: a dim before its products.
        (d0 * s0 + d0, 1, 1, "(d0 + (d0 * s0))"),
    ],
)
def test_simplify_matches_mlir_trees(expr: AffineExpr, nd: int, ns: int, expected: str) -> None:
    assert tree(simplify_affine_expr(expr, nd, ns)) == expected


def test_constant_fold_needs_every_operand_and_reports_poison() -> None:
    assert constant_fold_expr(d0 * 3 + s0, 1, [2, 5]) == (11, False)
    # No algebra: d0 * 0 is not folded when d0 is unknown (MLIR's folder evaluates).
    assert constant_fold_expr(d0 * s0, 1, [None, 0]) == (None, False)
    assert constant_fold_expr(d0.floordiv(s0), 1, [4, 0]) == (None, True)
    assert constant_fold_expr(d0 % s0, 1, [4, -1]) == (None, True)
    assert constant_fold_expr((-d0).floordiv(2) + d0.ceildiv(2), 1, [3]) == (0, False)


def test_partial_constant_fold_keeps_unfolded_results() -> None:
    amap = AffineMap(2, 0, [d0 + 1, d1 - 2])
    folded, results, poison = partial_constant_fold(amap, [3, None])
    assert str(folded) == "(d0, d1) -> (4, d1 - 2)" and results is None and not poison
    folded, results, poison = partial_constant_fold(amap, [3, 5])
    assert results == [4, 3] and not poison


def test_expansion_errors_in_mlir_order() -> None:
    expr = d0 % constant(-2) + d0.floordiv(constant(-3))
    assert expansion_errors(expr) == [MOD_ERROR, DIV_ERROR]
    assert expansion_errors(d0 % 4 + d0.ceildiv(s0)) == []


# -- the lowering ---------------------------------------------------------------------------------
PROGRAM = """
func.func @f(%m: memref<?x?xf32>, %n: index, %x: f32) -> f32 {
  %c3 = arith.constant 3 : index
  %r = affine.for %i = 0 to min affine_map<(d0)[s0] -> (d0, s0)>(%c3)[%n] iter_args(%acc = %x) -> (f32) {
    %v = affine.load %m[%i mod 4, %i floordiv 2] : memref<?x?xf32>
    %s = affine.if affine_set<(d0) : (d0 - 1 >= 0)>(%i) -> f32 {
      %w = arith.addf %acc, %v : f32
      affine.yield %w : f32
    } else {
      affine.yield %acc : f32
    }
    affine.store %s, %m[%i, %i ceildiv 3] : memref<?x?xf32>
    affine.yield %s : f32
  }
  return %r : f32
}
"""


def parse(text: str) -> tuple[Context, object]:
    context = Context(allow_unregistered_dialects=True)
    module = parse_source(text, "t.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    return context, module


def test_lower_affine_leaves_no_affine_op_and_verifies() -> None:
    context, module = parse(PROGRAM)
    lower_affine(module, context)
    names = {op.name for op in module.walk()}
    assert not any(n.startswith("affine.") for n in names)
    assert {"scf.for", "scf.if", "memref.load", "memref.store", "arith.select"} <= names
    messages: list = []
    engine = DiagnosticEngine()
    engine.push_handler(messages.append)
    verify(module, engine)
    assert messages == []


def test_pass_reports_what_cannot_be_lowered() -> None:
    context, module = parse(
        "func.func @f(%i: index) -> index {\n"
        "  %0 = affine.apply affine_map<(d0) -> (d0 mod -2)>(%i)\n"
        "  return %0 : index\n}\n"
    )
    pm = PassManager(context, "builtin.module")
    pm.add_pass(LowerAffinePass())
    pm.run(module)
    errors = [d.message for d in context.diagnostics.collected]
    assert errors.count(MOD_ERROR) == 1  # once, though the op is tried twice (fold, then lower)
    # Nothing was half-built: the op stays, alone.
    assert [op.name for op in module.walk() if op.name.startswith(("affine.", "arith."))] == [
        "affine.apply"
    ]


def test_pass_is_registered() -> None:
    from pyir.pass_manager import pass_registry

    assert pass_registry(Context()).get("lower-affine") is LowerAffinePass


# -- memory ops against iree-opt ------------------------------------------------------------------

MEMORY = """
func.func @memory(%m: memref<?x?xf32>, %c: memref<4x4xf32>, %n: index) -> f32 {
  %cast = memref.cast %m : memref<?x?xf32> to memref<4x4xf32>
  %v = affine.load %cast[1, 2] : memref<4x4xf32>
  affine.store %v, %cast[2, symbol(%n)] : memref<4x4xf32>
  %r = affine.for %i = 0 to 16 step 4 iter_args(%a = %v) -> (f32) {
    %w = affine.load %m[%i floordiv 4 + 1, %i mod 3 + symbol(%n)] : memref<?x?xf32>
    %s = arith.addf %a, %w : f32
    affine.store %s, %c[%i ceildiv 4, %i - 1] : memref<4x4xf32>
    affine.yield %s : f32
  }
  affine.parallel (%i, %j) = (0, 0) to (4, %n) {
    %w = affine.load %c[%i, %j] : memref<4x4xf32>
    affine.store %w, %m[%j, %i * 2] : memref<?x?xf32>
  }
  return %r : f32
}
"""


def _run(tool: list[str], text: str) -> str:
    done = subprocess.run(tool, input=text, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(find_iree_opt() is None, reason="iree-opt is not installed")
@pytest.mark.parametrize("generic", [False, True])
def test_memory_ops_match_iree(generic: bool) -> None:
    flags = ["--lower-affine", *(["--mlir-print-op-generic"] if generic else []), "-"]
    expected = _run([*find_iree_opt(), *flags], MEMORY)
    context, module = parse(MEMORY)
    pm = PassManager(context, "builtin.module")
    pm.add_pass(LowerAffinePass())
    assert pm.run(module)
    got = print_operation(module, PrintOptions(generic=generic)) + "\n"
    assert got == expected
