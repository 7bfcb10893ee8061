"""The greedy and walk pattern drivers (pyir.greedy_rewrite) on the `rw` test dialect."""

from __future__ import annotations

from typing import Any

import pytest
from rewritedialect import DIALECT, DoubleNeg, SwapConstantLeft

from pyir.context import Context
from pyir.core import Operation
from pyir.greedy_rewrite import (
    GreedyRewriteConfig,
    apply_patterns_greedily,
    apply_patterns_once_by_walk,
)
from pyir.patterns import PatternSet, RewritePattern
from pyir.rewriter import RewriterListener
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation


def parse(text: str) -> Operation:
    context = Context(allow_unregistered_dialects=True)
    context.register_dialect(DIALECT)
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    return module


def body(module: Operation) -> list[str]:
    text = print_operation(module)
    return [line.strip() for line in text.splitlines()[1:-1]]


PATTERNS = PatternSet([DoubleNeg, SwapConstantLeft]).freeze()


def run(text: str, **config: Any) -> tuple[list[str], Any]:
    module = parse(text)
    result = apply_patterns_greedily(module, PATTERNS, GreedyRewriteConfig(**config))
    return body(module), result


def test_folds_chain_to_one_hoisted_constant() -> None:
    lines, result = run(
        """
        %a = "test.arg"() : () -> i32
        %c1 = "rw.const"() <{value = 1 : i32}> : () -> i32
        %c2 = "rw.const"() <{value = 2 : i32}> : () -> i32
        %s = "rw.add"(%c1, %c2) : (i32, i32) -> i32
        %t = "rw.add"(%s, %c2) : (i32, i32) -> i32
        %z = "rw.const"() <{value = 0 : i32}> : () -> i32
        %u = "rw.add"(%a, %z) : (i32, i32) -> i32
        "rw.sink"(%t, %u) : (i32, i32) -> ()
        """,
        top_down=True,
    )
    assert result.changed and result.converged
    assert lines == [
        '%c5_i32 = "rw.const"() <{value = 5 : i32}> : () -> i32'.replace("%c5_i32", "%0"),
        '%1 = "test.arg"() : () -> i32',
        '"rw.sink"(%0, %1) : (i32, i32) -> ()',
    ]


def test_patterns_dead_code_and_constant_dedup() -> None:
    lines, result = run(
        """
        %a = "test.arg"() : () -> i32
        %n = "rw.neg"(%a) : (i32) -> i32
        %nn = "rw.neg"(%n) : (i32) -> i32
        %dead = "rw.neg"(%a) : (i32) -> i32
        %c = "rw.const"() <{value = 7 : i32}> : () -> i32
        %c_again = "rw.const"() <{value = 7 : i32}> : () -> i32
        %x = "rw.add"(%c, %nn) : (i32, i32) -> i32
        "rw.sink"(%x, %c_again) : (i32, i32) -> ()
        """
    )
    assert result.converged and result.rewrites == 2
    assert lines == [
        '%0 = "rw.const"() <{value = 7 : i32}> : () -> i32',
        '%1 = "test.arg"() : () -> i32',
        '%2 = "rw.add"(%1, %0) : (i32, i32) -> i32',
        '"rw.sink"(%2, %0) : (i32, i32) -> ()',
    ]


class Forever(RewritePattern):
    """Always rewrites: flips the operands of rw.add back and forth (reported, so the op
    returns to the worklist at once: only max_num_rewrites ends that)."""

    root = "rw.add"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lhs, rhs = op.operands
        rewriter.modify_op_in_place(op, lambda: op.set_operands([rhs, lhs]))
        return True


class SilentFlip(RewritePattern):
    """Flips the operands without telling the rewriter: each iteration finds it again."""

    root = "rw.add"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lhs, rhs = op.operands
        op.set_operands([rhs, lhs])
        return True


def test_non_convergence_is_reported_after_max_iterations() -> None:
    module = parse(
        '%a = "test.arg"() : () -> i32\n%b = "test.arg"() : () -> i32\n'
        '%x = "rw.add"(%a, %b) : (i32, i32) -> i32\n"rw.sink"(%x) : (i32) -> ()\n'
    )
    config = GreedyRewriteConfig(max_iterations=3)
    result = apply_patterns_greedily(module, PatternSet([SilentFlip]).freeze(), config)
    assert not result.converged and result.iterations == 3


def test_max_num_rewrites_stops_early() -> None:
    module = parse(
        '%a = "test.arg"() : () -> i32\n%b = "test.arg"() : () -> i32\n'
        '%x = "rw.add"(%a, %b) : (i32, i32) -> i32\n"rw.sink"(%x) : (i32) -> ()\n'
    )
    config = GreedyRewriteConfig(max_num_rewrites=5)
    result = apply_patterns_greedily(module, PatternSet([Forever]).freeze(), config)
    assert result.rewrites == 5 and not result.converged


class Recorder(RewriterListener):
    def __init__(self) -> None:
        self.events: list[str] = []

    def notify_operation_erased(self, op: Operation) -> None:
        self.events.append(f"erased {op.name}")

    def notify_operation_inserted(self, op: Operation) -> None:
        self.events.append(f"inserted {op.name}")

    def notify_match_failure(self, op: Operation, reason: str) -> None:
        self.events.append(f"no match on {op.name}: {reason}")


def test_listener_hears_every_change() -> None:
    text = """
        %a = "test.arg"() : () -> i32
        %n = "rw.neg"(%a) : (i32) -> i32
        %c1 = "rw.const"() <{value = 1 : i32}> : () -> i32
        %s = "rw.add"(%c1, %c1) : (i32, i32) -> i32
        "rw.sink"(%s, %n) : (i32, i32) -> ()
        """
    recorder = Recorder()
    lines, _ = run(text, listener=recorder, cse_constants=False)
    assert "inserted rw.const" in recorder.events
    assert "erased rw.add" in recorder.events
    assert "no match on rw.neg: operand is not a negation" in recorder.events
    assert lines == [
        '%0 = "test.arg"() : () -> i32',
        '%1 = "rw.neg"(%0) : (i32) -> i32',
        '%2 = "rw.const"() <{value = 2 : i32}> : () -> i32',
        '"rw.sink"(%2, %1) : (i32, i32) -> ()',
    ]


def test_strict_existing_mode_does_not_visit_new_ops() -> None:
    module = parse(
        """
        %c1 = "rw.const"() <{value = 1 : i32}> : () -> i32
        %s = "rw.add"(%c1, %c1) : (i32, i32) -> i32
        %t = "rw.add"(%s, %c1) : (i32, i32) -> i32
        "rw.sink"(%t) : (i32) -> ()
        """
    )
    config = GreedyRewriteConfig(strict="existing", cse_constants=False, max_iterations=1)
    apply_patterns_greedily(module, PATTERNS, config)
    # %s folded to a new constant; %t, which existed, folded too (its operands are now
    # constants); the folded-away constants are dead and erased.
    assert "rw.add" not in print_operation(module)
    with pytest.raises(ValueError, match="strict mode must be one of"):
        apply_patterns_greedily(module, PATTERNS, GreedyRewriteConfig(strict="bogus"))


def test_walk_driver_visits_each_op_once() -> None:
    module = parse(
        """
        %a = "test.arg"() : () -> i32
        %n = "rw.neg"(%a) : (i32) -> i32
        %nn = "rw.neg"(%n) : (i32) -> i32
        "rw.sink"(%nn) : (i32) -> ()
        """
    )
    assert apply_patterns_once_by_walk(module, PatternSet([DoubleNeg]).freeze())
    # The walk driver does not erase the now-dead inner negation.
    assert body(module) == [
        '%0 = "test.arg"() : () -> i32',
        '%1 = "rw.neg"(%0) : (i32) -> i32',
        '"rw.sink"(%0) : (i32) -> ()',
    ]


def test_operand_producers_spare_the_call_when_an_operand_cannot_match() -> None:
    seen: list[str] = []

    class NeedsConstRhs(RewritePattern):
        root = "test.pair"
        operand_producers = ((1, "test.const"),)

        def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
            seen.append(op.operands[1].owner.name)
            return False

    module = parse(
        """
        %a = "test.arg"() : () -> i32
        %c = "test.const"() : () -> i32
        %b = "test.other"() : () -> i32
        "test.pair"(%a, %c) : (i32, i32) -> ()
        "test.pair"(%c, %b) : (i32, i32) -> ()
        "test.pair"(%a) : (i32) -> ()
        """
    )
    apply_patterns_greedily(module, PatternSet([NeedsConstRhs]).freeze(), GreedyRewriteConfig())
    assert seen == ["test.const"]  # only the first pair: the others cannot match
