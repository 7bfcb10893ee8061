"""`canonicalize`: apply every loaded op's folder and canonicalization patterns greedily
(MLIR's Canonicalizer pass), with MLIR's options."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Any

from pyir.cse import eliminate_common_subexpressions
from pyir.deferred_hooks import load_deferred_hooks
from pyir.folding import canonicalization_patterns
from pyir.greedy_rewrite import (
    GreedyRewriteConfig,
    GreedyRewriteResult,
    apply_patterns_greedily,
)
from pyir.passes import Pass, PassFailure, option
from pyir.patterns import FrozenPatternSet, PatternSet
from pyir.region_simplify import erase_unreachable_blocks, simplify_regions
from pyir.rewriter import PatternRewriter

__all__ = ["CanonicalizerPass", "collect_canonicalization_patterns"]


def collect_canonicalization_patterns(
    context: Any,
    disabled: list[str] = (),
    enabled: list[str] = (),  # type: ignore[assignment]
    dialects: list[Any] | None = None,
) -> FrozenPatternSet:
    """The canonicalization patterns of every op of `dialects` (default: every loaded
    dialect), filtered by pattern name (`disabled` wins; `enabled`, when given, lists
    the only ones kept)."""
    load_deferred_hooks()  # a loader may add patterns to another dialect's ops
    patterns = PatternSet()
    if dialects is None:
        dialects = list(context.dialects.loaded.values())
    for dialect in dialects:
        for op in dialect.ops:
            for p in canonicalization_patterns(op):
                pattern = p() if isinstance(p, type) else p
                name = pattern.debug_name
                if name in disabled or (enabled and name not in enabled):
                    continue
                patterns.add(pattern)
    return patterns.freeze()


class CanonicalizerPass(Pass):
    """Folds and canonicalization patterns until a fixed point."""

    name = "canonicalize"
    summary = "Canonicalize operations"
    anchor = None
    cse_between_iterations: bool = option(False, help="Perform CSE between iterations")
    top_down: bool = option(True, help="Seed the worklist in general top-down order")
    region_simplify: str = option(
        "normal",
        help="Perform control flow optimizations to the region tree",
        choices=("disabled", "normal", "aggressive"),
    )
    max_iterations: int = option(
        10, help="Max. iterations between applying patterns / simplifying regions"
    )
    max_num_rewrites: int = option(-1, help="Max. number of pattern rewrites within an iteration")
    test_convergence: bool = option(
        False, help="Test only: Fail pass on non-convergence to detect cyclic pattern"
    )
    disable_patterns: list[str] = option(
        [], help="Labels of patterns that should be filtered out during application"
    )
    enable_patterns: list[str] = option(
        [],
        help="Labels of patterns that should be used during application, all other patterns are filtered out",
    )

    filter_dialects: list[str] = option(
        [],
        help="If non-empty, only collect canonicalization patterns from the dialects with "
        "the given namespaces. The listed dialects are force-loaded into the context as "
        "dependent dialects.",
    )

    def run_on_operation(self, op: Any) -> None:
        dialects = None
        if self.filter_dialects:
            dialects = []
            for name in self.filter_dialects:
                dialect = self.context.get_dialect(name)
                if dialect is None:
                    self.emit_error(op, f"can't load dialect '{name}': missing registration?")
                    raise PassFailure()
                dialects.append(dialect)
        patterns = collect_canonicalization_patterns(
            self.context, self.disable_patterns, self.enable_patterns, dialects
        )
        config = GreedyRewriteConfig(
            top_down=self.top_down,
            max_iterations=self.max_iterations,
            max_num_rewrites=self.max_num_rewrites,
        )
        if getattr(self.context, "debug_rewrites", False):
            config.on_pattern_applied = _print_rewrite
        result = self._rewrite(op, patterns, config)
        if self.cse_between_iterations:
            rounds = 1
            while eliminate_common_subexpressions(op) and rounds < max(self.max_iterations, 1):
                result = self._rewrite(op, patterns, config)
                rounds += 1
        if not result.changed:
            self.mark_all_preserved()  # nothing changed: no need to verify again
        if self.test_convergence and not result.converged:
            raise PassFailure(
                f"Canonicalizer failed to converge within {self.max_iterations} iterations"
            )

    def _rewrite(
        self, op: Any, patterns: FrozenPatternSet, config: GreedyRewriteConfig
    ) -> GreedyRewriteResult:
        """Patterns, then region simplification, and again while either changes something:
        MLIR's driver simplifies the regions after each iteration over the worklist. Each
        region of `op` is rewritten on its own, as MLIR does."""
        changed = converged = False
        iterations = rewrites = 0
        for region in op.regions:
            result = _rewrite_region(region, patterns, config, self.region_simplify)
            changed |= result.changed
            converged = result.converged if iterations == 0 else converged and result.converged
            iterations = max(iterations, result.iterations)
            rewrites += result.rewrites
        if not op.regions:
            converged = True
        return GreedyRewriteResult(changed, converged, iterations, rewrites)


def _rewrite_region(
    region: Any, patterns: FrozenPatternSet, config: GreedyRewriteConfig, level: str
) -> GreedyRewriteResult:
    """One region: rounds of one greedy iteration plus region simplification (unless
    `level` is "disabled"), until a round changes nothing or `config.max_iterations`
    rounds ran (< 1: no limit). Each round first erases the blocks that cannot be
    reached, whatever the level: iree-opt's driver skips them when it fills its worklist
    (the erasure alone does not count as a change)."""
    limit = config.max_iterations
    budget = config.max_num_rewrites
    rewriter = PatternRewriter(listener=config.listener)
    changed = False
    iterations = rewrites = 0
    while True:
        if limit >= 1 and iterations >= limit:
            return GreedyRewriteResult(changed, False, iterations, rewrites)
        iterations += 1
        erase_unreachable_blocks(rewriter, [region])
        once = replace(
            config,
            max_iterations=1,
            max_num_rewrites=-1 if budget < 0 else max(budget - rewrites, 0),
        )
        result = apply_patterns_greedily(region, patterns, once)
        rewrites += result.rewrites
        simplified = level != "disabled" and simplify_regions(
            rewriter, [region], level == "aggressive"
        )
        if not (result.changed or simplified):
            return GreedyRewriteResult(changed, True, iterations, rewrites)
        changed = True


def _print_rewrite(pattern: Any, op: Any) -> None:
    where = op.location
    sys.stderr.write(f"[debug-rewrites] {pattern.debug_name} on '{op.name}' at {where}\n")
