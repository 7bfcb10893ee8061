"""`tensor.parallel_insert_slice`: the write of one `scf.forall` iteration into a shared output.

`tensor.parallel_insert_slice %s into %o[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into
tensor<?x?xf32>` is `tensor.insert_slice` without a result: it lives in the region of an
op that combines the writes of all iterations (MLIR's InParallelOpInterface, here
`scf.forall.in_parallel`), and `%o` is one of the loop's `shared_outs` block arguments.
The mixed lists are stored as for insert_slice (see `tensor_slice_ops`); its custom syntax
is insert_slice's rule in `tensor_syntax`; its canonicalization patterns are insert_slice's
(subclassed in `tensor_slice_canonicalize`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.core import Operation, Value
from pyir.dialects.static_dynamic import I64_ARRAY, merge_mixed, split_mixed, static_values
from pyir.dialects.tensor_shapes import (
    RANKED_TENSOR,
    VARIADIC_INDEX,
    slice_bounds_error,
    slice_type_error,
)
from pyir.dialects.tensor_slice_ops import (
    infer_slice_type,
    print_insert_slice,
    slice_interface_error,
    slice_lists,
    slice_properties,
)
from pyir.opdef import AttrSizedOperandSegments, OpView, operand, prop, var_operand
from pyir.verifier import PlainMessage, describe_op

#: Ops that combine the parallel writes of their region (MLIR's InParallelOpInterface).
IN_PARALLEL_OPS = frozenset({"scf.forall.in_parallel"})


def _parent_error(op: Operation) -> str | None:
    """MLIR's parent check, which shows the whole parent op (on a line of its own when the
    op prints on several)."""
    parent = op.parent_op()
    if parent is not None and parent.name in IN_PARALLEL_OPS:
        return None
    shown = describe_op(parent) if parent is not None else ""
    separator = "\n" if "\n" in shown else ""
    return f"expected InParallelOpInterface parent, got:{separator}{shown}"


def _dest_error(op: Operation) -> str | None:
    """The dest must be an output block argument of the loop around the combining parent
    (the last block arguments, one per loop result). MLIR checks this in the parent's
    verifier, before this op's own checks, but reports it at this op."""
    parent = op.parent_op()
    loop = parent.parent_op() if parent is not None else None
    if parent is None or parent.name not in IN_PARALLEL_OPS or loop is None:
        return None
    if not loop.regions or not loop.regions[0].blocks:
        return None
    args = loop.regions[0].blocks[0].args
    outputs = args[max(0, len(args) - len(loop.results)) :] if loop.results else []
    if any(op.operand_slots[1].value is arg for arg in outputs):
        return None
    return "may only insert into an output block argument"


class ParallelInsertSliceOp(OpView):
    """`tensor.parallel_insert_slice %s into %o[0, %i] [4, %n] [1, 1] : tensor<4x?xf32> into
    tensor<8x?xf32>`: the window of `dest` this iteration of the enclosing parallel op
    writes `source` into.

    Invariants: no results; the parent is an InParallelOpInterface op; the lists are as for
    insert_slice over `dest` (one entry per dest dimension, static windows in bounds);
    `source` is the sizes' shape or a rank-reduced version of it.
    """

    name = "tensor.parallel_insert_slice"
    # No memory effects are declared (as in MLIR): the write is the enclosing op's result.
    traits = (AttrSizedOperandSegments,)
    hand_written_syntax = True
    source = operand(RANKED_TENSOR)
    dest = operand(RANKED_TENSOR)
    offsets = var_operand(VARIADIC_INDEX)
    sizes = var_operand(VARIADIC_INDEX)
    strides = var_operand(VARIADIC_INDEX)
    static_offsets = prop(I64_ARRAY)
    static_sizes = prop(I64_ARRAY)
    static_strides = prop(I64_ARRAY)

    @classmethod
    def build(
        cls,
        source: Value,
        dest: Value,
        offsets: Sequence[Any],
        sizes: Sequence[Any],
        strides: Sequence[Any],
    ) -> Operation:
        """Lists are mixed (ints and index Values)."""
        statics, dynamics = zip(*(split_mixed(m) for m in (offsets, sizes, strides)))
        operands = [source, dest, *dynamics[0], *dynamics[1], *dynamics[2]]
        return cls.create(operands, [], slice_properties(statics, 2, dynamics))

    def mixed(self, which: str) -> list:
        """The `offsets`, `sizes` or `strides` list as ints and Values."""
        return merge_mixed(
            static_values(self.op.properties.get("static_" + which)), getattr(self, which)
        )

    def verify_(self) -> str | None:
        source = self.op.operand_slots[0].value.type
        dest = self.op.operand_slots[1].value.type
        message = _dest_error(self.op)
        if message is not None:
            return message
        statics, dynamics = slice_lists(self)
        # MLIR's order: the OffsetSizeAndStride interface, then the op's own verifier.
        message = slice_interface_error(len(dest.shape), statics, dynamics)
        if message is None:
            message = _parent_error(self.op)
        if message is None:
            message = slice_type_error(infer_slice_type(dest, statics[1]), source)
        if message is None:
            message = slice_bounds_error(dest.shape, *statics)
        return None if message is None else PlainMessage(message)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        print_insert_slice(op, p)


OPS = [ParallelInsertSliceOp]
