"""The `tensor` dialect: creating, reading, slicing, padding and reshaping tensor values.

The ops are defined in `tensor_ops` (element, cast and construction ops),
`tensor_slice_ops` (ops with mixed static/dynamic lists or reassociations) and
`tensor_parallel_ops` (`parallel_insert_slice`, inside `scf.forall`); their custom
syntax is parsed by the rules in `tensor_syntax` and printed by each op's `print_custom`.
Shape rules shared by the verifiers are in `tensor_shapes`.
"""

from __future__ import annotations

from pyir.context import Dialect
from pyir.deferred_hooks import defer_hooks
from pyir.dialects import tensor_ops, tensor_parallel_ops, tensor_slice_ops
from pyir.dialects.tensor_syntax import TENSOR_SYNTAX

DIALECT = Dialect(
    "tensor",
    [*tensor_ops.OPS, *tensor_slice_ops.OPS, *tensor_parallel_ops.OPS],
    syntax=TENSOR_SYNTAX,
    description="Tensor values: construction, elements, slices, padding and reshapes.",
)


def _install_rewrite_hooks() -> None:
    from pyir.dialects import shape_folding, tensor_canonicalize

    shape_folding.install(tensor_ops.DimOp, tensor_ops.CastOp, DIALECT)
    tensor_canonicalize.install([*tensor_ops.OPS, *tensor_slice_ops.OPS, *tensor_parallel_ops.OPS])


# Folders and canonicalization patterns load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
