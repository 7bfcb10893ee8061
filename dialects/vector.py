"""The `vector` dialect: MLIR's virtual vector ops, with its custom syntax and verifiers.

The ops live in these modules: `vector_ops` (broadcast, fma, extract, insert),
`vector_memory` (load, store), `vector_transfer` (transfer_read, transfer_write),
`vector_contract` (reduction, contract, and the `#vector.kind` / `#vector.iterator_type`
attributes), `vector_shape_ops` (shape_cast, from_elements, to_elements, transpose,
step), `vector_slice_ops` (extract_strided_slice, insert_strided_slice),
`vector_mask_ops` (create_mask, constant_mask, vscale), `vector_mask_region`
(mask, yield), `vector_shuffle_ops`
(bitcast, shuffle, interleave) and `vector_misc_ops` (scalable.insert,
scalable.extract, type_cast); `vector_common` holds their shared constraints and
helpers.
`vector.splat` is not defined: the MLIR this dialect follows (the one in `iree-opt`)
removed it in favour of `vector.broadcast`.
"""

from __future__ import annotations

from pyir.asm import CustomSyntax
from pyir.context import Dialect
from pyir.deferred_hooks import defer_hooks
from pyir.dialects import (
    vector_contract,
    vector_mask_ops,
    vector_mask_region,
    vector_masked_memory,
    vector_memory,
    vector_misc_ops,
    vector_ops,
    vector_reduction_ops,
    vector_shape_ops,
    vector_shuffle_ops,
    vector_slice_ops,
    vector_transfer,
)

_PARTS = (
    vector_ops,
    vector_memory,
    vector_transfer,
    vector_contract,
    vector_shape_ops,
    vector_mask_ops,
    vector_shuffle_ops,
    vector_masked_memory,
    vector_reduction_ops,
    vector_mask_region,
    vector_misc_ops,
)
#: Ops with declarative formats only (no hand-written grammar).
_DECLARATIVE = (vector_slice_ops,)

SYNTAX = CustomSyntax(
    "\n".join(part.SYNTAX.grammar for part in _PARTS),
    {name: f for part in _PARTS for name, f in part.SYNTAX.callbacks.items()},
)

DIALECT = Dialect(
    "vector",
    [op for part in (*_PARTS, *_DECLARATIVE) for op in part.OPS],
    attributes=vector_contract.ATTRIBUTES,
    syntax=SYNTAX,
    description="Virtual vector operations: broadcast, extract/insert, shape casts, "
    "transposes, strided slices, loads, transfers, reductions and contractions.",
)


def _install_rewrite_hooks() -> None:
    from pyir.dialects import (
        vector_canonicalize,
        vector_mask_region_canonicalize,
        vector_masked_canonicalize,
        vector_rest_canonicalize,
        vector_transfer_canonicalize,
    )

    vector_canonicalize.install({op.name: op for op in DIALECT.ops}, DIALECT)
    vector_transfer_canonicalize.install({op.name: op for op in DIALECT.ops})
    vector_masked_canonicalize.install({op.name: op for op in DIALECT.ops})
    vector_mask_region_canonicalize.install({op.name: op for op in DIALECT.ops})
    vector_rest_canonicalize.install({op.name: op for op in DIALECT.ops})


# Folders and canonicalization patterns load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
