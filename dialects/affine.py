"""The `affine` dialect: loops, conditionals and memory accesses whose indices are
affine functions of loop variables and symbols, with MLIR's custom syntax.

Ops: affine.apply, affine.min, affine.max, affine.load, affine.store, affine.yield
(`affine_ops`), affine.for, affine.if (`affine_loops`), affine.parallel
(`affine_parallel`), affine.delinearize_index and affine.linearize_index
(`affine_index_ops`, syntax in `affine_index_syntax`), affine.vector_load and
affine.vector_store (`affine_vector_ops`, syntax in `affine_vector_syntax`), affine.prefetch,
affine.dma_start and affine.dma_wait (`affine_dma_ops`, syntax in `affine_dma_syntax`). Their hand-written syntax is parsed by `affine_syntax`; MLIR's rules
for valid dimension and symbol operands are in `affine_scope`; inline maps over SSA
names (`%m[%i + 1, symbol(%n)]`) in `affine_ssa`.
"""

from __future__ import annotations

from pyir.context import Dialect
from pyir.deferred_hooks import defer_hooks
from pyir.dialects.affine_dma_ops import DmaStartOp, DmaWaitOp, PrefetchOp
from pyir.dialects.affine_dma_syntax import with_dma_ops
from pyir.dialects.affine_index_ops import DelinearizeIndexOp, LinearizeIndexOp
from pyir.dialects.affine_index_syntax import with_index_ops
from pyir.dialects.affine_loops import ForOp, IfOp
from pyir.dialects.affine_ops import ApplyOp, LoadOp, MaxOp, MinOp, StoreOp, YieldOp
from pyir.dialects.affine_parallel import ParallelOp
from pyir.dialects.affine_scope import affine_scope, is_top_level_value, is_valid_symbol
from pyir.dialects.affine_syntax import SYNTAX
from pyir.dialects.affine_vector_ops import VectorLoadOp, VectorStoreOp
from pyir.dialects.affine_vector_syntax import with_vector_ops

__all__ = [
    "DIALECT",
    "ApplyOp",
    "DelinearizeIndexOp",
    "DmaStartOp",
    "DmaWaitOp",
    "ForOp",
    "IfOp",
    "LinearizeIndexOp",
    "LoadOp",
    "MaxOp",
    "MinOp",
    "ParallelOp",
    "PrefetchOp",
    "StoreOp",
    "VectorLoadOp",
    "VectorStoreOp",
    "YieldOp",
]

DIALECT = Dialect(
    "affine",
    [
        *(ApplyOp, MinOp, MaxOp, LoadOp, StoreOp, YieldOp, ForOp, IfOp, ParallelOp),
        *(DelinearizeIndexOp, LinearizeIndexOp, VectorLoadOp, VectorStoreOp),
        *(PrefetchOp, DmaStartOp, DmaWaitOp),
    ],
    syntax=with_dma_ops(with_vector_ops(with_index_ops(SYNTAX))),
    description="Affine loops, conditionals and memory accesses.",
)

# MLIR's dim/symbol rules for passes below the dialect layer (pyir.transforms.lower_affine
# reaches them through the loaded dialect, as the greedy driver reaches
# `materialize_constant`).
DIALECT.affine_scope = affine_scope  # type: ignore[attr-defined]
DIALECT.is_top_level_value = is_top_level_value  # type: ignore[attr-defined]
DIALECT.is_valid_symbol = is_valid_symbol  # type: ignore[attr-defined]


def _install_rewrite_hooks() -> None:
    from pyir.dialects import (
        affine_canonicalize,
        affine_dma_canonicalize,
        affine_index_canonicalize,
    )

    ops = {op.name: op for op in DIALECT.ops}
    affine_canonicalize.install(ops, DIALECT)
    affine_index_canonicalize.install(ops)
    affine_dma_canonicalize.install(ops)


# Folders and canonicalization patterns load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
