"""The greedy pattern driver: apply patterns and folds until nothing changes (MLIR's
applyPatternsGreedily), and the walk driver that visits each op once.

Each iteration of `apply_patterns_greedily`:
1. walks the scope and fills the worklist (pre-order when `top_down`, else post-order;
   either way the worklist pops in that order), deduplicating constants and hoisting them
   to the entry block of the nearest region isolated from above (`cse_constants`);
2. pops ops until the worklist is empty: a trivially dead op is erased; otherwise the op's
   fold hook runs (not for constants), its constant results materialized by the dialect's
   `materialize_constant(builder, value, type, location)` right before the op; otherwise
   the patterns for the op are tried by decreasing benefit until one succeeds.
Ops created, modified or whose operands lost a user go back on the worklist. It stops when
an iteration changes nothing, or after `max_iterations` (then `converged` is False).

Strictness limits which ops are processed: "any" (default), "existing-and-new" (the
ops in the scope at the start and ops created since), "existing" (only the former).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cython

from pyir.builder import InsertionPoint
from pyir.core import Block, Operation, OpResult, Region
from pyir.folding import constant_value, fold_op
from pyir.patterns import FrozenPatternSet
from pyir.rewriter import ListenerChain, PatternRewriter, RewriterListener
from pyir.side_effects import would_be_trivially_dead
from pyir.traits import ConstantLike, IsolatedFromAbove

STRICT_MODES = ("any", "existing-and-new", "existing")


@dataclass
class GreedyRewriteConfig:
    """How the greedy driver runs (MLIR's GreedyRewriteConfig).

    `max_iterations` < 1 means no limit; `max_num_rewrites` < 0 means no limit.
    """

    top_down: bool = False
    max_iterations: int = 10
    max_num_rewrites: int = -1
    enable_folding: bool = True
    cse_constants: bool = True
    strict: str = "any"
    listener: Any = None
    #: Called with (pattern, op) right before a pattern that matched rewrites... after it
    #: succeeded, for `--debug-rewrites`.
    on_pattern_applied: Callable[[Any, Operation], None] | None = None


@dataclass
class GreedyRewriteResult:
    """`changed`: the IR changed; `converged`: the last iteration changed nothing."""

    changed: bool
    converged: bool
    iterations: int
    rewrites: int


class _Worklist:
    """Ops to visit, popped from the end of `items` (by the driver's loop, which skips
    holes and drops the popped op from `index`); removal leaves a hole (None)."""

    __slots__ = ("items", "index")

    def __init__(self) -> None:
        self.items: list = []
        self.index: dict = {}

    def push(self, op: Operation) -> None:
        if op in self.index:
            return
        self.index[op] = len(self.items)
        self.items.append(op)

    def remove(self, op: Operation) -> None:
        i = self.index.pop(op, None)
        if i is not None:
            self.items[i] = None


class ConstantFolder:
    """Uniqued constants per insertion region (MLIR's OperationFolder): one op per
    (dialect, value, type), at the start of the region's entry block."""

    def __init__(self, rewriter: PatternRewriter) -> None:
        self.rewriter = rewriter
        self.constants: dict[tuple, Operation] = {}
        self.key_of: dict[Operation, tuple] = {}

    def forget(self, op: Operation) -> None:
        key = self.key_of.pop(op, None)
        if key is not None and self.constants.get(key) is op:
            del self.constants[key]

    def insert_known_constant(self, op: Operation) -> bool:
        """Record the constant `op`; False when an equal one existed and replaced it."""
        value = constant_value(op.results[0]) if len(op.results) == 1 else None
        block = op.parent
        if value is None or block is None:
            return True
        region = insertion_region(block)
        if region is None or not region.blocks:
            return True
        key = (id(region), op.name, value, op.results[0].type)
        existing = self.constants.get(key)
        if existing is op:
            return True
        if existing is not None:
            self.rewriter.replace_op(op, existing.results)
            return False
        entry = region.blocks[0]
        prev = op.prev_op
        if block is not entry or (
            entry.first_op is not op and (prev is None or prev not in self.key_of)
        ):
            # Hoist to the front of the entry block (after the constants already there).
            op.detach()
            entry.insert_before(entry.first_op, op)
        self.constants[key] = op
        self.key_of[op] = key
        return True


def insertion_region(block: Block) -> Region | None:
    """The region constants for ops in `block` go to: the nearest enclosing region whose
    parent op is isolated from above (or has no parent op)."""
    region = block.parent
    while region is not None:
        parent = region.parent
        if parent is None or parent.has_trait(IsolatedFromAbove):
            return region
        b = parent.parent
        if b is None:
            return region
        region = b.parent
    return None


class _Driver(RewriterListener):
    """One run of the greedy driver over `regions`."""

    def __init__(
        self, regions: list[Region], patterns: FrozenPatternSet, config: GreedyRewriteConfig
    ) -> None:
        self.regions = regions
        self.patterns = patterns
        self.config = config
        self.worklist = _Worklist()
        listener = self if config.listener is None else ListenerChain(self, config.listener)
        self.rewriter = PatternRewriter(listener=listener)
        self.folder = ConstantFolder(self.rewriter)
        self.allowed: set | None = None
        self.strict = config.strict
        if self.strict not in STRICT_MODES:
            raise ValueError(f"strict mode must be one of {', '.join(STRICT_MODES)}")
        self.rewrites = 0
        self.changed = False

    # -- listener ---------------------------------------------------------------------------
    def notify_operation_inserted(self, op: Operation) -> None:
        if self.allowed is not None and self.strict == "existing-and-new":
            self.allowed.add(op)
        self._add(op)

    def notify_operation_modified(self, op: Operation) -> None:
        self._add(op)

    def notify_operation_replaced(self, op: Operation, new_values: Any) -> None:
        # The users of the replaced results see new operands: revisit them.
        for r in op.results:
            use = r.first_use
            while use is not None:
                self._add(use.owner)
                use = use.next_use

    def notify_operation_erased(self, op: Operation) -> None:
        # Producers of its operands may have lost their last user.
        for slot in op.operand_slots:
            value = slot.value
            owner = getattr(value, "op", None)
            if owner is not None and owner is not op:
                self._add(owner)
        self.worklist.remove(op)
        self.folder.forget(op)
        if self.allowed is not None:
            self.allowed.discard(op)

    def _add(self, op: Operation) -> None:
        if self.allowed is None or op in self.allowed:
            self.worklist.push(op)

    # -- the loop ---------------------------------------------------------------------------
    def run(self) -> GreedyRewriteResult:
        config = self.config
        iterations = 0
        converged = False
        if self.strict != "any":
            self.allowed = {op for region in self.regions for op in _walk_region(region, False)}
        while True:
            if config.max_iterations >= 1 and iterations >= config.max_iterations:
                break
            iterations += 1
            self._fill_worklist()
            changed_before = self.changed
            self.changed = False
            self._process()
            iteration_changed = self.changed
            self.changed = changed_before or iteration_changed
            if not iteration_changed:
                converged = True
                break
            if 0 <= config.max_num_rewrites <= self.rewrites:
                break
        return GreedyRewriteResult(self.changed, converged, iterations, self.rewrites)

    def _fill_worklist(self) -> None:
        cse = self.config.cse_constants
        allowed = self.allowed
        folder = self.folder
        ops: list = []
        append = ops.append
        walked: list = []
        for region in self.regions:
            _collect_ops(region, not self.config.top_down, walked)
        for op in walked:
            op_def = op.op_def
            if cse and op_def is not None and ConstantLike in op_def.traits_set:
                if not folder.insert_known_constant(op):
                    continue  # replaced by an equal constant (and erased)
            if allowed is None or op in allowed:
                append(op)
        # Popped from the end, so reversed: pop order is walk order.
        ops.reverse()
        worklist = self.worklist
        worklist.items = ops
        worklist.index = {op: i for i, op in enumerate(ops)}

    @cython.locals(op=Operation, r=OpResult, positioned=cython.bint)
    def _process(self) -> None:
        config = self.config
        worklist = self.worklist
        rewriter = self.rewriter
        patterns = self.patterns
        fold = config.enable_folding
        limit = config.max_num_rewrites
        applied = config.on_pattern_applied
        can_fold: dict = {}
        cached_patterns: dict = patterns.cache
        # The worklist's lists, popped here: they are only replaced between iterations.
        items: list = worklist.items
        index: dict = worklist.index
        while True:
            if 0 <= limit <= self.rewrites:
                return
            if not items:
                return
            op = items.pop()
            if op is None:
                continue  # a hole left by _Worklist.remove
            del index[op]
            if op.parent is None and not self._is_root(op):
                continue  # detached by an earlier rewrite
            for r in op.results:
                if r.first_use is not None:
                    break
            else:
                if would_be_trivially_dead(op):
                    rewriter.erase_op(op)
                    self.changed = True
                    continue
            op_def = op.op_def
            if fold and op_def is not None:
                foldable = can_fold.get(op_def)
                if foldable is None:
                    foldable = can_fold[op_def] = (
                        getattr(op_def, "fold", None) is not None
                        and ConstantLike not in op_def.traits_set
                    )
                if foldable and _fold(self, op):
                    self.changed = True
                    continue
            # FrozenPatternSet.patterns_for, its cache read here without a call.
            candidates = cached_patterns.get(op_def or op.name)
            if candidates is None:
                candidates = patterns.patterns_for(op)
            if not candidates:
                continue
            positioned = False
            for pattern in candidates:
                required = pattern.operand_producers
                if required and not _producers_present(op, required):
                    continue
                if not positioned:
                    # InsertionPoint.before(op) without its checks: `op` is in its block.
                    ip = InsertionPoint.__new__(InsertionPoint)
                    ip.block = op.parent
                    ip.anchor = op
                    rewriter.insertion_point = ip
                    rewriter.location = None
                    positioned = True
                if pattern.match_and_rewrite(op, rewriter):
                    self.rewrites += 1
                    self.changed = True
                    if applied is not None:
                        applied(pattern, op)
                    break

    def _is_root(self, op: Operation) -> bool:
        return any(op is r.parent for r in self.regions)


@cython.cfunc
def _fold(driver: Any, op: Operation) -> cython.bint:
    """Fold `op` and replace it by the result; False if it did not fold."""
    results = fold_op(op)
    if results is None:
        return False
    if all(r is op.results[i] for i, r in enumerate(results)):
        # Folded in place: the op changed itself.
        driver.rewriter.listener.notify_operation_modified(op)
        return True
    dialect = op.op_def.dialect
    materialize = getattr(dialect, "materialize_constant", None)
    rewriter = driver.rewriter
    rewriter.insertion_point = InsertionPoint.before(op)
    replacements = []
    created: list[Operation] = []
    for i, r in enumerate(results):
        if not hasattr(r, "first_use"):  # an Attribute: needs a constant op
            const = None
            if materialize is not None:
                const = materialize(rewriter, r, op.results[i].type, op.location)
            if const is None:
                for c in reversed(created):
                    rewriter.erase_op(c)
                return False
            created.append(const)
            r = const.results[0]
        replacements.append(r)
    rewriter.replace_op(op, replacements)
    return True


@cython.cfunc
@cython.locals(block=Block, op=Operation, child_region=Region)
def _collect_ops(region: Region, post_order: cython.bint, out: list) -> cython.void:
    """Append the ops nested in `region` to `out`, each op before (pre-order) or after
    (post-order) the ops of its regions. Recursion depth is the region nesting depth."""
    for block in region.blocks:
        op = block.first_op
        while op is not None:
            if not post_order:
                out.append(op)
            for child_region in op.regions:
                _collect_ops(child_region, post_order, out)
            if post_order:
                out.append(op)
            op = op.next_op


def _walk_region(region: Region, post_order: bool) -> Any:
    for block in list(region.blocks):
        for op in list(block.ops):
            yield from op.walk(post_order=post_order)


def apply_patterns_greedily(
    scope: Operation | Region | list[Region],
    patterns: FrozenPatternSet,
    config: GreedyRewriteConfig | None = None,
) -> GreedyRewriteResult:
    """Rewrite the ops nested in `scope` (an op's regions, a region, or regions) until
    no pattern or fold applies; see the module docstring."""
    if isinstance(scope, Operation):
        regions = list(scope.regions)
    elif isinstance(scope, Region):
        regions = [scope]
    else:
        regions = list(scope)
    return _Driver(regions, patterns, config or GreedyRewriteConfig()).run()


def apply_patterns_once_by_walk(
    scope: Operation, patterns: FrozenPatternSet, listener: Any = None
) -> bool:
    """Visit every op nested in `scope` once, post-order, and apply the first matching
    pattern (no folding, no worklist: MLIR's walkAndApplyPatterns). True if anything
    changed. Patterns may erase the visited op or ops after it."""
    rewriter = PatternRewriter(listener=listener)
    changed = False
    for region in scope.regions:
        for op in list(_walk_region(region, True)):
            if op.parent is None:
                continue  # erased by an earlier rewrite
            candidates = patterns.patterns_for(op)
            if not candidates:
                continue
            rewriter.insertion_point = InsertionPoint.before(op)
            for pattern in candidates:
                if pattern.match_and_rewrite(op, rewriter):
                    changed = True
                    break
    return changed


@cython.cfunc
def _producers_present(op: Operation, required: tuple) -> cython.bint:
    """Whether each (operand index, op name) of `required` holds for `op` (see
    RewritePattern.operand_producers)."""
    slots = op.operand_slots
    n = len(slots)
    for i, name in required:
        if i >= n:
            return False
        value = slots[i].value
        if not isinstance(value, OpResult) or value.op.name != name:
            return False
    return True
