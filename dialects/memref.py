"""The `memref` dialect: buffers with a shape, a layout and a memory space.

The ops live in modules by theme: allocation and globals (`memref_alloc_ops`), element
access and casts (`memref_access_ops`), views (`memref_view_ops`) and reshapes
(`memref_reshape_ops`), metadata (`memref_meta_ops`: extract_strided_metadata,
memory_space_cast, assume_alignment, transpose, reshape), scopes and hints
(`memref_scope_ops`: alloca_scope, realloc, prefetch), generic_atomic_rmw
(`memref_generic_atomic_ops`), pointers and aliasing (`memref_pointer_ops`:
extract_aligned_pointer_as_index, distinct_objects) and DMA (`memref_dma_ops`). The
strided-layout arithmetic (subview result types, reshape layouts, cast compatibility) is
in `memref_layout`; the `[%a, 4]` mixed index lists in `static_dynamic`.
"""

from __future__ import annotations

from pyir.asm import CustomSyntax
from pyir.context import Dialect
from pyir.deferred_hooks import defer_hooks
from pyir.dialects import (
    memref_access_ops,
    memref_alloc_ops,
    memref_dma_ops,
    memref_generic_atomic_ops,
    memref_meta_ops,
    memref_pointer_ops,
    memref_reshape_ops,
    memref_scope_ops,
    memref_view_ops,
)
from pyir.dialects.memref_access_ops import *  # noqa: F403
from pyir.dialects.memref_alloc_ops import *  # noqa: F403
from pyir.dialects.memref_common import combine
from pyir.dialects.memref_dma_ops import *  # noqa: F403
from pyir.dialects.memref_generic_atomic_ops import *  # noqa: F403
from pyir.dialects.memref_meta_ops import *  # noqa: F403
from pyir.dialects.memref_pointer_ops import *  # noqa: F403
from pyir.dialects.memref_reshape_ops import *  # noqa: F403
from pyir.dialects.memref_scope_ops import *  # noqa: F403
from pyir.dialects.memref_view_ops import *  # noqa: F403

_MODULES = (
    memref_alloc_ops,
    memref_access_ops,
    memref_view_ops,
    memref_reshape_ops,
    memref_meta_ops,
    memref_scope_ops,
    memref_generic_atomic_ops,
    memref_pointer_ops,
    memref_dma_ops,
)

_GRAMMAR, _CALLBACKS = combine(*(g for m in _MODULES for g in m.GRAMMARS))

DIALECT = Dialect(
    "memref",
    [op for m in _MODULES for op in m.OPS],
    syntax=CustomSyntax(_GRAMMAR, _CALLBACKS),
    description="Buffers with a shape, a layout and a memory space.",
)


def _install_rewrite_hooks() -> None:
    from pyir.dialects import memref_canonicalize, shape_folding

    shape_folding.install(memref_access_ops.DimOp, memref_access_ops.CastOp, DIALECT)
    memref_canonicalize.install([op for m in _MODULES for op in m.OPS])


# Folders and canonicalization patterns load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
