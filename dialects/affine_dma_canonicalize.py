"""Folds and canonicalization patterns of affine.prefetch, affine.dma_start and
affine.dma_wait, as MLIR has them:

- all three: a `memref.cast` operand whose source is a ranked memref is replaced by that
  source, in place (memref::foldMemRefCast);
- affine.prefetch: SimplifyAffineOp (producers' maps composed into `map`, operands
  canonicalized, the map simplified; the rebuilt op keeps only its properties, as
  MLIR's rebuild drops discardable attributes). The dma ops' maps are left alone.
"""

from __future__ import annotations

from typing import Any

from pyir.dialects.affine_canonicalize import SimplifyAffineOp

__all__ = ["install"]

_NAMES = ("affine.prefetch", "affine.dma_start", "affine.dma_wait")


def fold_memref_casts(view: Any, operands: tuple) -> Any:
    """op(cast(%m)) -> op(%m), in place (the answer for a result-less op: [])."""
    from pyir.dialects.memref_canonicalize import fold_memref_cast

    return [] if fold_memref_cast(view.op) else None


def install(ops: dict) -> None:
    """Give prefetch, dma_start and dma_wait (by name) their folds and patterns."""
    for name in _NAMES:
        ops[name].fold = fold_memref_casts
    ops["affine.prefetch"].canonicalization_patterns = (SimplifyAffineOp("affine.prefetch"),)
