"""MLIR's generic region-branch canonicalizations (scf_region_branch) for `scf.if` and
`scf.execute_region`: both run a region once and its `scf.yield`s give the op's results.

On these ops they:
- give a result that every yield feeds the same outside value that value;
- merge two results fed the same values by every yield (the later one's uses go to the
  earlier one);
- erase results nobody uses (for scf.execute_region: the if has its own pattern first).

`install` registers the edges of both ops and appends the patterns after the ones the op
already has, as MLIR adds them after the op's own.
"""

from __future__ import annotations

from typing import Any

from pyir.core import Operation


def yield_to_results_edges(op: Operation) -> list | None:
    """Each `scf.yield` operand #i of any block of `op` flows into result #i; None when
    a yield gives the wrong number of values."""
    edges: list = []
    n = len(op.results)
    for region in op.regions:
        for block in region.blocks:
            last = block.last_op
            if last is None or last.name != "scf.yield":
                continue
            if len(last.operands) != n:
                return None
            for i, result in enumerate(op.results):
                edges.append((last, i, (result,)))
    return edges


def _append_patterns(op_cls: type, root: str) -> None:
    from pyir.dialects.scf_region_branch import region_branch_patterns

    installed = tuple(getattr(op_cls, "canonicalization_patterns", ()) or ())
    present = {(type(p), getattr(p, "root", None)) for p in installed}
    extra = tuple(p for p in region_branch_patterns(root) if (type(p), root) not in present)
    op_cls.canonicalization_patterns = installed + extra  # type: ignore[attr-defined]


def install(if_op: Any, execute_region_op: Any) -> None:
    """Register both ops' edges (unless already known) and append their patterns."""
    from pyir.dialects.scf_region_branch import EDGES

    for op_cls in (if_op, execute_region_op):
        EDGES.setdefault(op_cls.name, yield_to_results_edges)
        _append_patterns(op_cls, op_cls.name)
