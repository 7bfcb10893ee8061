"""affine and vector folders and canonicalization patterns: the operand-range helpers,
and inputs on which every fold must bail out quietly (the differential corpus is in
tests/passes_interop/canonicalize/{affine,vector}_*.mlir)."""

from __future__ import annotations

from pyir.affine import AffineMap
from pyir.affine_expr import constant, dim, symbol
from pyir.context import Context
from pyir.dialects.affine_bounds import bound_for_expr, simplify_min_or_max_with_operands
from pyir.greedy_rewrite import GreedyRewriteConfig, apply_patterns_greedily
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation
from pyir.transforms.canonicalize import collect_canonicalization_patterns


def canonicalize(text: str) -> str:
    context = Context(allow_unregistered_dialects=True)
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    patterns = collect_canonicalization_patterns(context)
    apply_patterns_greedily(module, patterns, GreedyRewriteConfig(top_down=True))
    return print_operation(module)


def test_bound_for_expr() -> None:
    lbs, ubs = [0, None], [7, None]
    d0 = dim(0)
    assert bound_for_expr(d0 * 2 + 1, 2, 0, lbs, ubs, True) == 15
    assert bound_for_expr(d0 * -2 + 1, 2, 0, lbs, ubs, True) == 1
    assert bound_for_expr(d0.floordiv(4), 2, 0, lbs, ubs, True) == 1
    assert bound_for_expr(d0 % 8, 2, 0, lbs, ubs, True) == 7  # one interval: ub mod 8
    assert bound_for_expr(dim(1) % 8, 2, 0, lbs, ubs, False) == 0  # unknown: [0, 7]
    assert bound_for_expr(d0 + dim(1), 2, 0, lbs, ubs, True) is None
    assert bound_for_expr((d0 + 1).floordiv(2) * 3, 2, 0, lbs, ubs, True) is None  # locals


def test_min_max_pruning_without_operands_keeps_the_map() -> None:
    amap = AffineMap(0, 1, [constant(4), symbol(0), constant(2)])
    assert simplify_min_or_max_with_operands(amap, [], False) == amap


def test_folds_bail_out_on_odd_inputs() -> None:
    # Out-of-range constant positions, scalable and dynamic shapes: left alone, no
    # exception. A poison position, and a constant affine division by zero, fold to
    # ub.poison, as in MLIR.
    text = """
    func.func @f(%v: vector<4xf32>, %s: vector<[4]xf32>, %t: tensor<?xf32>, %i: index)
        -> (f32, vector<4xf32>, index, f32, vector<4xf32>) {
      %c0 = arith.constant 0 : index
      %c9 = arith.constant 9 : index
      %p = arith.constant 0.0 : f32
      %0 = vector.extract %v[-1] : f32 from vector<4xf32>
      %1 = vector.insert %p, %v[%c9] : f32 into vector<4xf32>
      %2 = affine.apply affine_map<()[s0] -> (7 floordiv s0)>()[%c0]
      %3 = vector.extract %s[%c9] : f32 from vector<[4]xf32>
      %4 = vector.transfer_read %t[%i], %p : tensor<?xf32>, vector<4xf32>
      return %0, %1, %2, %3, %4 : f32, vector<4xf32>, index, f32, vector<4xf32>
    }
    """
    out = canonicalize(text)
    assert "ub.poison : f32" in out and "vector.extract %arg0[-1]" not in out
    assert "vector.insert %cst, %arg0 [%c9]" in out
    assert "ub.poison : index" in out and "floordiv" not in out
    assert "vector.transfer_read %arg2[%arg3]" in out
