"""Pass managers: nested pipelines of passes, run op by op, with instrumentation.

Layout, as in MLIR:
- An `OpPassManager` holds the passes to run on ops named `anchor` (None: any op that is
  isolated from above and that all its passes can run on). Its `passes` are `Pass`
  instances and `NestedPipelines` adaptors.
- A `NestedPipelines` adaptor (MLIR's OpToOpPassAdaptor) holds one or more nested pass
  managers; running it on an op runs, for each op directly inside the op's regions, the
  first nested pass manager that can run on it. `pm.nest("func.func")` adds one.
- `PassManager` is the top-level manager: it owns the context, the instrumentations and
  the `verify_each` switch, and `run(op)` returns True on success.

Nesting: with "implicit" nesting (what per-pass command-line flags build), adding a pass
anchored on another op than the manager's nests it in a new adaptor; with "explicit"
nesting (textual pipelines) that is an error, as in MLIR. Before running, adjacent
adaptors are merged (so `func.func(a),func.func(b)` runs a then b on each function in one
walk) and every pass is checked against its manager's anchor.

Running: a pass that fails stops the pipeline on that op; the sibling ops of a nested
pipeline still run (MLIR runs them in parallel and reports every failure), then the
adaptor fails. With `verify_each`, the op is verified after each pass that did not fail
and did not declare the IR unchanged (`mark_all_preserved`); adaptors are not verified
again, since every nested op was verified after its own passes.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

from pyir.deferred_hooks import load_deferred_hooks
from pyir.diagnostics import Diagnostic, Severity
from pyir.passes import Pass, PassFailure
from pyir.traits import IsolatedFromAbove

__all__ = [
    "NestedPipelines",
    "OpPassManager",
    "PassInstrumentation",
    "PassManager",
    "PassManagerError",
    "lookup_pass",
    "pass_registry",
]

NESTINGS = ("explicit", "implicit")


class PassManagerError(ValueError):
    """A pass cannot be added or scheduled where it was asked to go (MLIR's wording)."""


# -- registry --------------------------------------------------------------------------------------
_IN_TREE_DONE: weakref.WeakSet = weakref.WeakSet()


def pass_registry(context: Any) -> Any:
    """The context's pass registry, with pyir's in-tree passes (the table in
    `pyir.transforms`) registered in it. Imports no pass module."""
    registry = context.passes
    if registry not in _IN_TREE_DONE:
        from pyir.registry import EntryPoint
        from pyir.transforms import IN_TREE_PASSES

        _IN_TREE_DONE.add(registry)
        for name, reference in IN_TREE_PASSES.items():
            # In-tree passes win over entry points, not over loaders registered in code.
            current = registry.loader_for(name)
            if current is None or isinstance(current, EntryPoint):
                registry.register_loader(name, reference)
    return registry


def lookup_pass(context: Any, name: str) -> type[Pass] | None:
    """The pass class registered as `name` (loading its module), or None. A registered
    object that is not a Pass subclass is a PluginError."""
    from pyir.registry import PluginError

    cls = pass_registry(context).get(name)
    if cls is not None and not (isinstance(cls, type) and issubclass(cls, Pass)):
        raise PluginError(f"pass '{name}': {cls!r} is not a subclass of pyir.passes.Pass")
    return cls


# -- instrumentation ---------------------------------------------------------------------------
class PassInstrumentation:
    """Hooks around pipelines and passes (MLIR's PassInstrumentation); all do nothing.

    `run_before_pass`/`run_after_pass` also see `NestedPipelines` adaptors (test with
    `isinstance`). After a failed pass, `run_after_pass_failed` runs instead of
    `run_after_pass`. Pipeline hooks receive the nested manager's anchor name.
    """

    def run_before_pipeline(self, anchor: str, op: Any) -> None:
        pass

    def run_after_pipeline(self, anchor: str, op: Any) -> None:
        pass

    def run_before_pass(self, pass_: Any, op: Any) -> None:
        pass

    def run_after_pass(self, pass_: Any, op: Any) -> None:
        pass

    def run_after_pass_failed(self, pass_: Any, op: Any) -> None:
        pass


# -- managers ----------------------------------------------------------------------------------
class OpPassManager:
    """The passes to run on one kind of op. Invariant: every element of `passes` is a
    `Pass` or a `NestedPipelines`; a pass with an anchor sits in a manager with the same
    anchor or in an `any` manager."""

    def __init__(self, anchor: str | None = "builtin.module", nesting: str = "implicit"):
        if nesting not in NESTINGS:
            raise ValueError(f"nesting must be one of {NESTINGS}, not {nesting!r}")
        self.anchor = None if anchor == "any" else anchor
        self.nesting = nesting
        self.passes: list[Pass | NestedPipelines] = []

    @property
    def anchor_name(self) -> str:
        """The anchor op name, or `any`."""
        return self.anchor if self.anchor is not None else "any"

    def __len__(self) -> int:
        return len(self.passes)

    def __iter__(self) -> Iterator[Pass | NestedPipelines]:
        return iter(self.passes)

    def add_pass(self, pass_: Pass) -> Pass:
        """Append `pass_`, nesting it under its anchor when this manager's nesting is
        implicit; PassManagerError when it is explicit and the anchors differ."""
        if not isinstance(pass_, Pass):
            raise TypeError(f"not a pass: {pass_!r}")
        wanted = pass_.anchor
        if wanted is not None and self.anchor is not None and wanted != self.anchor:
            if self.nesting == "implicit":
                return self.nest(wanted).add_pass(pass_)
            raise PassManagerError(
                f"Can't add pass '{pass_.display_name}' restricted to '{wanted}' on a "
                f"PassManager intended to run on '{self.anchor_name}', did you intend to nest?"
            )
        self.passes.append(pass_)
        return pass_

    def nest(self, anchor: str) -> OpPassManager:
        """A new manager for ops named `anchor` nested in this one (a new adaptor)."""
        nested = OpPassManager(anchor, self.nesting)
        self.passes.append(NestedPipelines([nested]))
        return nested

    def nest_any(self) -> OpPassManager:
        return self.nest("any")

    # -- printing --------------------------------------------------------------------------------
    def pipeline_text(self) -> str:
        """`anchor(pass,pass{opts},nested(...))` as MLIR prints pipelines."""
        return f"{self.anchor_name}({','.join(p.pipeline_text() for p in self.passes)})"

    def pretty_text(self, indent: int = 0) -> str:
        """The indented form `--dump-pass-pipeline` prints (without its header)."""
        pad = " " * (indent + 2)
        items = []
        for p in self.passes:
            if isinstance(p, NestedPipelines):
                items.extend(pad + m.pretty_text(indent + 2) for m in p.managers)
            else:
                items.append(pad + p.pipeline_text())
        return f"{self.anchor_name}(\n" + ",\n".join(items) + "\n" + " " * indent + ")"

    def dump_text(self) -> str:
        """MLIR's `--dump-pass-pipeline` output, blank line included."""
        return f"Pass Manager with {len(self.passes)} passes:\n{self.pretty_text()}\n\n"

    def walk_passes(self) -> Iterator[Pass]:
        """Every Pass in this manager and the managers nested in it."""
        for p in self.passes:
            if isinstance(p, NestedPipelines):
                for m in p.managers:
                    yield from m.walk_passes()
            else:
                yield p

    # -- finalization ----------------------------------------------------------------------------
    def finalize(self, context: Any) -> None:
        """Merge adjacent adaptors and check that every pass can run on this manager's
        anchor; PassManagerError (MLIR's message) when one cannot."""
        merged: list[Pass | NestedPipelines] = []
        for p in self.passes:
            if isinstance(p, NestedPipelines):
                last = merged[-1] if merged else None
                if isinstance(last, NestedPipelines) and last.try_merge(p):
                    continue
                p = NestedPipelines(list(p.managers))
            merged.append(p)
        self.passes = merged
        for p in self.passes:
            if isinstance(p, NestedPipelines):
                for m in p.managers:
                    m.finalize(context)
        if self.anchor is None:
            return
        op_def = context.get_op_def(self.anchor) if context is not None else None
        if op_def is None:
            return
        for p in self.passes:
            if isinstance(p, Pass) and not p.can_schedule_on(op_def):
                raise PassManagerError(
                    f"unable to schedule pass '{p.display_name}' on a PassManager intended "
                    f"to run on '{self.anchor_name}'!"
                )

    def can_schedule_on(self, op: Any) -> bool:
        """Whether this manager runs on `op` when it is nested in an adaptor."""
        if self.anchor is not None:
            return op.name == self.anchor
        op_def = op.op_def
        if op_def is None or not op.has_trait(IsolatedFromAbove):
            return False
        return all(p.can_schedule_on(op_def) for p in self.passes if isinstance(p, Pass))


class NestedPipelines:
    """The adaptor that runs nested pass managers on the ops directly inside an op.

    Invariant: `managers` has at least one manager and at most one per anchor name, the
    op-specific ones sorted by name before the `any` one (after a merge)."""

    display_name = "Pipeline Collection"

    def __init__(self, managers: list[OpPassManager]) -> None:
        self.managers = managers

    def pipeline_text(self) -> str:
        return ",".join(m.pipeline_text() for m in self.managers)

    def try_merge(self, other: NestedPipelines) -> bool:
        """Fold `other` (which runs right after this) into this adaptor; False when a
        generic `any` manager makes the order of the two observable."""
        if any(m.anchor is None for m in (*self.managers, *other.managers)):
            return False
        by_name = {m.anchor: m for m in self.managers}
        for m in other.managers:
            existing = by_name.get(m.anchor)
            if existing is not None:
                existing.passes.extend(m.passes)
            else:
                copy = OpPassManager(m.anchor, m.nesting)
                copy.passes = list(m.passes)
                self.managers.append(copy)
                by_name[m.anchor] = copy
        self.managers.sort(key=lambda m: (m.anchor is None, m.anchor or ""))
        return True

    def manager_for(self, op: Any) -> OpPassManager | None:
        for m in self.managers:
            if m.can_schedule_on(op):
                return m
        return None

    def __repr__(self) -> str:
        return f"<NestedPipelines {self.pipeline_text()}>"


class PassManager(OpPassManager):
    """The top-level pass manager: runs its pipeline on one op of its anchor.

    `verify_each` (on by default, like MLIR) verifies after every pass; instrumentations
    run in the order added (after-hooks in reverse, as MLIR does). `catch_errors` turns a
    Python exception escaping a pass into a located error diagnostic.
    """

    def __init__(
        self,
        context: Any,
        anchor: str | None = "builtin.module",
        nesting: str = "implicit",
        verify_each: bool = True,
        catch_errors: bool = True,
    ) -> None:
        super().__init__(anchor, nesting)
        self.context = context
        self.verify_each = verify_each
        self.catch_errors = catch_errors
        self.instrumentations: list[PassInstrumentation] = []

    @classmethod
    def from_pipeline(cls, context: Any, pipeline: str, **kwargs: Any) -> PassManager:
        """A pass manager for the textual pipeline `anchor(...)` (explicit nesting)."""
        from pyir.pass_pipeline import parse_pass_pipeline

        parsed = parse_pass_pipeline(pipeline, lambda name: lookup_pass(context, name))
        pm = cls(context, parsed.anchor_name, "explicit", **kwargs)
        pm.passes = parsed.passes
        return pm

    def add_instrumentation(self, instrumentation: PassInstrumentation) -> None:
        self.instrumentations.append(instrumentation)

    def add_pipeline(self, pipeline: str) -> None:
        """Append the elements of a textual pipeline (the part inside `anchor(...)` or
        with the anchor) to this manager."""
        from pyir.pass_pipeline import add_elements, parse_pipeline_elements, split_anchor

        if pipeline.rstrip().endswith(")") and "(" in pipeline:
            anchor, inner, _ = split_anchor(pipeline)
            if anchor == self.anchor_name:
                pipeline = inner
        elements = parse_pipeline_elements(pipeline)
        add_elements(self, elements, lambda name: lookup_pass(self.context, name), pipeline)

    def run(self, op: Any) -> bool:
        """Run the pipeline on `op`; False when a pass failed (its diagnostics went to
        the context's engine). PassManagerError when the pipeline cannot run at all."""
        load_deferred_hooks()  # passes fold and rewrite: every dialect's hooks are due
        diagnostics = self.context.diagnostics
        if self.anchor is not None and op.name != self.anchor:
            diagnostics.emit(
                Diagnostic(
                    Severity.ERROR,
                    f"can't run '{self.anchor_name}' pass manager on '{op.name}' op",
                    op.location,
                )
            )
            return False
        for p in self.walk_passes():
            for dialect in p.dependent_dialects:
                if self.context.get_dialect(dialect) is None:
                    raise PassManagerError(
                        f"pass '{p.name}' depends on dialect '{dialect}', which is not registered"
                    )
        self.finalize(self.context)
        return _Runner(self).run_pipeline(self, op)


class _Runner:
    """One run of a PassManager: walks the pipeline and calls the instrumentations."""

    def __init__(self, pm: PassManager) -> None:
        self.pm = pm
        self.context = pm.context
        self.before = list(pm.instrumentations)
        self.after = list(reversed(pm.instrumentations))

    def run_pipeline(self, manager: OpPassManager, op: Any) -> bool:
        for p in manager.passes:
            if not self.run_pass(p, op):
                return False
        return True

    def run_pass(self, pass_: Pass | NestedPipelines, op: Any) -> bool:
        if (
            isinstance(pass_, Pass)
            and op.op_def is not None
            and not pass_.can_schedule_on(op.op_def)
        ):
            self._op_error(
                op, f"trying to schedule pass '{pass_.display_name}' on an unsupported operation"
            )
            return False
        for inst in self.before:
            inst.run_before_pass(pass_, op)
        if isinstance(pass_, NestedPipelines):
            ok = self._run_adaptor(pass_, op)
        else:
            ok = self._run_one(pass_, op)
        for inst in self.after:
            if ok:
                inst.run_after_pass(pass_, op)
            else:
                inst.run_after_pass_failed(pass_, op)
        return ok

    def _run_adaptor(self, adaptor: NestedPipelines, op: Any) -> bool:
        ok = True
        for region in op.regions:
            for block in region.blocks:
                for child in list(block.ops):
                    manager = adaptor.manager_for(child)
                    if manager is None:
                        continue
                    if not self._check_nested(child):
                        ok = False
                        continue
                    for inst in self.before:
                        inst.run_before_pipeline(manager.anchor_name, child)
                    if not self.run_pipeline(manager, child):
                        ok = False  # keep going: siblings report their own failures
                    for inst in self.after:
                        inst.run_after_pipeline(manager.anchor_name, child)
        return ok

    def _check_nested(self, op: Any) -> bool:
        if op.op_def is None:
            self._op_error(op, "trying to schedule a pass on an unregistered operation")
            return False
        if not op.has_trait(IsolatedFromAbove):
            self._op_error(
                op,
                "trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'",
            )
            return False
        return True

    def _run_one(self, pass_: Pass, op: Any) -> bool:
        diagnostics = self.context.diagnostics
        errors_before = diagnostics.error_count
        pass_.op, pass_.context = op, self.context
        pass_._failed = pass_._preserved = False
        try:
            pass_.run_on_operation(op)
        except PassFailure as failure:
            pass_._failed = True
            if failure.message:
                pass_.emit_op_error(op, failure.message)
        except Exception as err:  # a bug in the pass: report it on the op, not as a traceback
            if not self.pm.catch_errors:
                raise
            pass_._failed = True
            pass_.emit_error(
                op, f"internal error in pass '{pass_.name}': {type(err).__name__}: {err}"
            )
        failed, preserved = pass_._failed, pass_._preserved
        pass_.op = pass_.context = None
        if failed:
            if diagnostics.error_count == errors_before:
                pass_.context = self.context
                pass_.emit_error(op, f"pass '{pass_.name}' failed")
                pass_.context = None
            return False
        if self.pm.verify_each and not preserved:
            from pyir.verifier import verify

            return verify(op, diagnostics)
        return True

    def _op_error(self, op: Any, message: str) -> None:
        self.context.diagnostics.emit(
            Diagnostic(Severity.ERROR, f"'{op.name}' op {message}", op.location)
        )
