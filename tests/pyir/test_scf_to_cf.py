"""convert-scf-to-cf through the Python API: the driver, single patterns with another
driver, failures, and the pass in a pipeline. The exact layouts against MLIR are checked
by lit (tests/filecheck/transforms/convert-scf-to-cf.mlir) and the iree-opt differential
suite (tests/passes_interop/convert-scf-to-cf/)."""

from __future__ import annotations

import pytest

from pyir.context import Context
from pyir.diagnostics import DiagnosticEngine
from pyir.greedy_rewrite import apply_patterns_once_by_walk
from pyir.pass_manager import PassManager
from pyir.patterns import PatternSet
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation
from pyir.transforms.scf_to_cf import (
    ILLEGAL_OPS,
    IfLowering,
    SCFToControlFlowPass,
    lower_scf_to_cf,
    scf_to_cf_patterns,
)
from pyir.verifier import verify

LOOPS = """
func.func @f(%lb: index, %ub: index, %s: index, %c: i1, %x: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%a = %x) -> (f32) {
    %y = scf.if %c -> f32 {
      %w = scf.while (%b = %a) : (f32) -> f32 {
        %lt = arith.cmpf olt, %b, %x : f32
        scf.condition(%lt) %b : f32
      } do {
      ^bb0(%b: f32):
        %n = arith.addf %b, %b : f32
        scf.yield %n : f32
      }
      scf.yield %w : f32
    } else {
      scf.yield %a : f32
    }
    scf.yield %y : f32
  }
  scf.parallel (%i) = (%lb) to (%ub) step (%s) {
    scf.forall (%j) in (4) {
      "test.op"(%i, %j) : (index, index) -> ()
    }
    scf.reduce
  }
  return %r : f32
}
"""


def parse(text: str) -> tuple[Context, object]:
    context = Context(allow_unregistered_dialects=True)
    module = parse_source(text, "t.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    return context, module


def op_names(module: object) -> set[str]:
    return {op.name for op in module.walk()}


def verify_messages(module: object) -> list[str]:
    seen: list = []
    engine = DiagnosticEngine()
    engine.push_handler(seen.append)
    verify(module, engine)
    return [d.message for d in seen]


def test_every_scf_op_is_lowered_and_the_result_verifies() -> None:
    context, module = parse(LOOPS)
    assert lower_scf_to_cf(module, context) is None
    names = op_names(module)
    assert not names & ILLEGAL_OPS
    assert {"cf.br", "cf.cond_br", "arith.cmpi", "arith.addi", "arith.constant"} <= names
    assert "scf.yield" not in names and "scf.condition" not in names
    assert verify_messages(module) == []


def test_lowered_ops_are_registered_ops_with_their_defaults() -> None:
    context, module = parse(LOOPS)
    lower_scf_to_cf(module, context)
    adds = [op for op in module.walk() if op.name == "arith.addi"]
    assert adds and all(op.op_def is not None for op in adds)
    assert all("overflowFlags" in op.properties for op in adds)


def test_a_single_pattern_works_with_the_walk_driver() -> None:
    context, module = parse(LOOPS)
    # The walk driver's rewriter has no context: the pattern brings its own.
    assert apply_patterns_once_by_walk(module, PatternSet([IfLowering(context)]).freeze())
    names = op_names(module)
    assert "scf.if" not in names
    assert "scf.for" in names and "scf.while" in names
    branches = [op for op in module.walk() if op.name.startswith("cf.")]
    assert branches and all(op.op_def is not None for op in branches)


def test_without_any_context_the_created_ops_are_unregistered() -> None:
    _, module = parse(LOOPS)
    assert apply_patterns_once_by_walk(module, PatternSet([IfLowering()]).freeze())
    branches = [op for op in module.walk() if op.name == "cf.cond_br"]
    assert branches and all(op.op_def is None for op in branches)


def test_a_forall_with_shared_outs_is_reported_and_fails_the_pass() -> None:
    text = """
func.func @g(%t: tensor<4xf32>) -> tensor<4xf32> {
  %r = scf.forall (%i) in (4) shared_outs(%o = %t) -> (tensor<4xf32>) {
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<4xf32>
}
"""
    context, module = parse(text)
    failed = lower_scf_to_cf(module, context)
    assert failed is not None and failed.name == "scf.forall"

    context, module = parse(text)
    messages: list = []
    context.diagnostics.push_handler(messages.append)
    pm = PassManager(context, "builtin.module")
    pm.add_pass(SCFToControlFlowPass())
    assert not pm.run(module)
    assert any(
        "failed to legalize operation 'scf.forall' that was explicitly marked illegal" in d.message
        for d in messages
    )


def test_the_pass_runs_from_a_pipeline_and_prints_mlirs_layout() -> None:
    context, module = parse(
        'func.func @h(%c: i1) {\n  scf.if %c {\n    "test.op"() : () -> ()\n  }\n  return\n}\n'
    )
    pm = PassManager(context, "builtin.module")
    pm.add_pass(SCFToControlFlowPass())
    assert pm.run(module)
    text = print_operation(module)
    assert "cf.cond_br %arg0, ^bb1, ^bb2" in text
    assert "^bb2:  // 2 preds: ^bb0, ^bb1" in text


def test_pass_options_match_mlir() -> None:
    p = SCFToControlFlowPass()
    assert p.pipeline_text() == "convert-scf-to-cf{allow-pattern-rollback=true}"
    p.set_options("allow-pattern-rollback=false")
    assert p.allow_pattern_rollback is False


@pytest.mark.parametrize("name", sorted(ILLEGAL_OPS))
def test_each_illegal_op_has_a_pattern(name: str) -> None:
    patterns = scf_to_cf_patterns()
    assert any(p.root == name for p in patterns.patterns)
