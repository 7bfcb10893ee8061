"""Installs the canonicalization patterns of `scf.while`, `scf.forall` and `scf.parallel`
(`scf.for`'s are installed with the other scf ops in scf_canonicalize). Equal benefits
apply in the order listed, which follows MLIR's registration order."""

from __future__ import annotations

from pyir.dialects import scf_forall_canonicalize as foralls
from pyir.dialects import scf_parallel_canonicalize as parallels
from pyir.dialects import scf_while_canonicalize as whiles
from pyir.dialects.scf_region_branch import region_branch_patterns


def install(while_op: type, forall_op: type, parallel_op: type) -> None:
    while_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        whiles.WhileConditionTruth,
        whiles.WhileCmpCond,
        whiles.WhileOpAlignBeforeArgs,
        *region_branch_patterns("scf.while"),
        whiles.WhileFalseCondition,
    )
    parallel_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        parallels.ParallelSingleOrZeroIterationDims,
        parallels.ParallelMergeNested,
    )
    forall_op.canonicalization_patterns = (  # type: ignore[attr-defined]
        foralls.ForallFoldTensorCastOfOutput,
        foralls.ForallControlOperandsFolder,
        foralls.ForallIterArgsFolder,
        foralls.ForallSingleOrZeroIterationDims,
        foralls.ForallReplaceConstantInductionVar,
    )
