"""Pass instrumentations: printing the IR around passes and timing them, as MLIR does.

`IRPrinting` writes `// -----// IR Dump After SymbolDCEPass: symbol-dce //----- //` and
the IR to a stream before and/or after the selected passes (optionally only when the IR
changed, only when the pass failed, or printing the whole top-level op). It receives the
function that renders an op, since the core does not know the textual printer.

`PassTiming` records the time of each pass in a `Timer` tree (a nested pipeline appears
as `'func.func' Pipeline` with its passes under it, summed over the ops it ran on);
`Timer.report()` renders MLIR's "Execution time report".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Container
from typing import Any, TextIO

from pyir.pass_manager import NestedPipelines, PassInstrumentation
from pyir.passes import Pass

__all__ = ["IRPrinting", "PassTiming", "Timer", "fingerprint"]


# -- IR printing -------------------------------------------------------------------------------
def fingerprint(op: Any) -> int:
    """A hash of `op` and everything nested in it: identities, names, attributes,
    operands, result types, successors and locations (MLIR's OperationFingerPrint)."""
    h = 0
    for nested in op.walk(post_order=False):
        parts: list[Any] = [
            id(nested),
            nested.name,
            tuple(nested.properties.items()),
            tuple(nested.attributes.items()),
            tuple(id(v) for v in nested.operands),
            tuple(r.type for r in nested.results),
            tuple(id(b) for b in nested.successors),
            nested.location,
        ]
        for region in nested.regions:
            for block in region.blocks:
                parts.append((id(block), tuple(a.type for a in block.args)))
        h = hash((h, *parts))
    return h


class IRPrinting(PassInstrumentation):
    """Print the IR before/after passes (MLIR's IRPrinterInstrumentation).

    `before`/`after` select passes by name (a container of names, or True for all);
    `after_only_on_change` skips an after-print when the op's fingerprint did not change;
    `after_only_on_failure` prints after failed passes only. `render(op, module_scope)`
    returns the text of an op (of its top-level ancestor when `module_scope`).
    """

    def __init__(
        self,
        render: Callable[[Any, bool], str],
        stream: TextIO,
        before: Container[str] | bool = (),
        after: Container[str] | bool = (),
        module_scope: bool = False,
        after_only_on_change: bool = False,
        after_only_on_failure: bool = False,
    ) -> None:
        self.render = render
        self.stream = stream
        self.before = before
        self.after = True if after_only_on_failure else after
        self.module_scope = module_scope
        self.after_only_on_change = after_only_on_change
        self.after_only_on_failure = after_only_on_failure
        self._fingerprints: dict[int, int] = {}

    @staticmethod
    def _selected(which: Container[str] | bool, pass_: Pass) -> bool:
        if isinstance(which, bool):
            return which
        return pass_.name in which

    def _print(self, title: str, pass_: Pass, op: Any, failed: bool = False) -> None:
        header = f"// -----// IR Dump {title} {pass_.display_name}"
        if failed:
            header += " Failed"
        header += ": " + pass_.pipeline_text()
        if self.module_scope:
            header += f" ('{op.name}' operation"
            from pyir.symbol_table import symbol_name

            name = symbol_name(op)
            if name is not None:
                header += f": @{name}"
            header += ")"
        self.stream.write(header + " //----- //\n")
        self.stream.write(self.render(op, self.module_scope))
        self.stream.write("\n\n")

    def run_before_pass(self, pass_: Any, op: Any) -> None:
        if isinstance(pass_, NestedPipelines):
            return
        if self.after_only_on_change and self._selected(self.after, pass_):
            self._fingerprints[id(pass_)] = fingerprint(op)
        if self._selected(self.before, pass_):
            self._print("Before", pass_, op)

    def run_after_pass(self, pass_: Any, op: Any) -> None:
        if isinstance(pass_, NestedPipelines) or self.after_only_on_failure:
            return
        if not self._selected(self.after, pass_):
            return
        if self.after_only_on_change:
            before = self._fingerprints.pop(id(pass_), None)
            if before == fingerprint(op):
                return
        self._print("After", pass_, op)

    def run_after_pass_failed(self, pass_: Any, op: Any) -> None:
        if isinstance(pass_, NestedPipelines):
            return
        self._fingerprints.pop(id(pass_), None)
        if self._selected(self.after, pass_):
            self._print("After", pass_, op, failed=True)


# -- timing ----------------------------------------------------------------------------------
_RULE = "===" + "-" * 73 + "==="


class Timer:
    """A named span of wall time with nested timers, in the order they first started.

    Invariant: `elapsed` sums the finished start/stop intervals; children are keyed so
    that a pass running on many ops accumulates into one timer.
    """

    __slots__ = ("name", "elapsed", "children", "_started")

    def __init__(self, name: str) -> None:
        self.name = name
        self.elapsed = 0.0
        self.children: dict[Any, Timer] = {}
        self._started: float | None = None

    def child(self, key: Any, name: str) -> Timer:
        timer = self.children.get(key)
        if timer is None:
            timer = self.children[key] = Timer(name)
        return timer

    def start(self) -> None:
        self._started = time.perf_counter()

    def stop(self) -> None:
        if self._started is not None:
            self.elapsed += time.perf_counter() - self._started
            self._started = None

    def report(self, display: str = "tree") -> str:
        """MLIR's execution time report of this (root) timer: its children, then `Rest`
        (time not in a child) and `Total`. `display` is "tree" or "list" (timers merged
        by name, slowest first)."""
        total = self.elapsed
        rows: list[tuple[float, int, str]] = []
        if display == "list":
            sums: dict[str, float] = {}
            stack = list(self.children.values())
            while stack:
                timer = stack.pop()
                sums[timer.name] = sums.get(timer.name, 0.0) + timer.elapsed
                stack.extend(timer.children.values())
            rows = [(t, 0, n) for n, t in sorted(sums.items(), key=lambda kv: (-kv[1], kv[0]))]
        else:
            pending = [(t, 0) for t in reversed(self.children.values())]
            while pending:
                timer, depth = pending.pop()
                rows.append((timer.elapsed, depth, timer.name))
                pending.extend((c, depth + 1) for c in reversed(timer.children.values()))
        rest = max(total - sum(t.elapsed for t in self.children.values()), 0.0)
        rows.append((rest, 0, "Rest"))
        rows.append((total, 0, "Total"))
        lines = [
            _RULE,
            " " * 25 + "... Execution time report ...",
            _RULE,
            f"  Total Execution Time: {total:.4f} seconds",
            "",
            "  ----Wall Time----  ----Name----",
        ]
        for elapsed, depth, name in rows:
            share = 100.0 * elapsed / total if total > 0 else 0.0
            lines.append(f"  {elapsed:8.4f} ({share:5.1f}%)  {'  ' * depth}{name}")
        return "\n".join(lines) + "\n"


class PassTiming(PassInstrumentation):
    """Times passes into `root`: each pass under the pipeline that runs it."""

    def __init__(self, root: Timer) -> None:
        self.stack = [root]

    def run_before_pipeline(self, anchor: str, op: Any) -> None:
        timer = self.stack[-1].child(("pipeline", anchor), f"'{anchor}' Pipeline")
        timer.start()
        self.stack.append(timer)

    def run_after_pipeline(self, anchor: str, op: Any) -> None:
        self.stack.pop().stop()

    def run_before_pass(self, pass_: Any, op: Any) -> None:
        if isinstance(pass_, NestedPipelines):
            return
        timer = self.stack[-1].child(("pass", id(pass_)), pass_.display_name)
        timer.start()
        self.stack.append(timer)

    def run_after_pass(self, pass_: Any, op: Any) -> None:
        if not isinstance(pass_, NestedPipelines):
            self.stack.pop().stop()

    run_after_pass_failed = run_after_pass
