"""The `scf` dialect: structured control flow (loops and conditionals with regions).

    %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %init) -> (f32) {
      ...
      scf.yield %next : f32
    }
    scf.if %c {
      ...
    } else {
      ...
    }

The ops are split by kind: terminators (scf_terminators), loops (scf_loops), region-once
ops (scf_regions), their hand-written parsers (scf_syntax) and shared rules (scf_common).
MLIR's custom syntax is reproduced byte for byte, including elided terminators: a region
whose terminator is implicit prints without an operand-less `scf.yield`.
"""

from __future__ import annotations

from pyir.context import Dialect
from pyir.deferred_hooks import defer_hooks
from pyir.dialects.scf_loops import ForallOp, ForOp, ParallelOp, ReduceOp, WhileOp
from pyir.dialects.scf_regions import ExecuteRegionOp, IfOp, IndexSwitchOp
from pyir.dialects.scf_syntax import SCF_SYNTAX
from pyir.dialects.scf_terminators import ConditionOp, InParallelOp, ReduceReturnOp, YieldOp

__all__ = [
    "DIALECT",
    "ConditionOp",
    "ExecuteRegionOp",
    "ForOp",
    "ForallOp",
    "IfOp",
    "InParallelOp",
    "IndexSwitchOp",
    "ParallelOp",
    "ReduceOp",
    "ReduceReturnOp",
    "WhileOp",
    "YieldOp",
]

DIALECT = Dialect(
    "scf",
    [
        ForOp,
        ForallOp,
        InParallelOp,
        ParallelOp,
        ReduceOp,
        ReduceReturnOp,
        WhileOp,
        ConditionOp,
        IfOp,
        IndexSwitchOp,
        ExecuteRegionOp,
        YieldOp,
    ],
    syntax=SCF_SYNTAX,
    description="Structured control flow: loops and conditionals with regions.",
)


def _install_rewrite_hooks() -> None:
    from pyir.dialects import (
        scf_canonicalize,
        scf_if_combine,
        scf_if_region_branch,
    )

    scf_canonicalize.install(IfOp, ForOp, ExecuteRegionOp, IndexSwitchOp)
    scf_if_combine.install(IfOp)
    scf_if_region_branch.install(IfOp, ExecuteRegionOp)

    from pyir.dialects import scf_loop_hooks

    scf_loop_hooks.install(WhileOp, ForallOp, ParallelOp)


# Folders and canonicalization patterns load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
