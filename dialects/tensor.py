"""The `tensor` dialect: creating, reading, slicing, padding and reshaping tensor values.

The ops are defined in `tensor_ops` (element, cast and construction ops),
`tensor_slice_ops` (ops with mixed static/dynamic lists or reassociations) and
`tensor_parallel_ops` (`parallel_insert_slice`, inside `scf.forall`),
`tensor_gather_ops` (`gather` / `scatter`); their custom syntax is parsed by the rules
in `tensor_syntax` and `tensor_gather_syntax` and printed by each op's `print_custom`.
Shape rules shared by the verifiers are in `tensor_shapes`.
"""

from __future__ import annotations

from pyir.asm import CustomSyntax
from pyir.context import Dialect
from pyir.deferred_hooks import defer_hooks, set_hooks
from pyir.dialects import tensor_gather_ops, tensor_ops, tensor_parallel_ops, tensor_slice_ops
from pyir.dialects.tensor_gather_syntax import GATHER_SYNTAX
from pyir.dialects.tensor_syntax import TENSOR_SYNTAX

DIALECT = Dialect(
    "tensor",
    [*tensor_ops.OPS, *tensor_slice_ops.OPS, *tensor_parallel_ops.OPS, *tensor_gather_ops.OPS],
    syntax=CustomSyntax(
        TENSOR_SYNTAX.grammar + GATHER_SYNTAX.grammar,
        {**TENSOR_SYNTAX.callbacks, **GATHER_SYNTAX.callbacks},
    ),
    description="Tensor values: construction, elements, slices, padding and reshapes.",
)


def _install_rewrite_hooks() -> None:
    from pyir.dialects import shape_folding, tensor_canonicalize

    shape_folding.install(tensor_ops.DimOp, tensor_ops.CastOp, DIALECT)
    tensor_canonicalize.install([*tensor_ops.OPS, *tensor_slice_ops.OPS, *tensor_parallel_ops.OPS])
    set_hooks(tensor_gather_ops.OPS, tensor_gather_ops.FOLDERS, {})


# Folders and canonicalization patterns load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
