"""memref ops about pointers and aliasing: `extract_aligned_pointer_as_index` and
`distinct_objects`.

Syntax (as mlir-opt prints it):

    %intptr = memref.extract_aligned_pointer_as_index %m : memref<4xf32> -> index
    %d:2 = memref.distinct_objects %a, %b : memref<4xf32>, memref<8xi32, 1>

Both are pure; MLIR has no folds or patterns for them.
"""

from __future__ import annotations

from pyir.builtin_types import INDEX, MemRefType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.memref_common import ANY_RANKED_OR_UNRANKED, INDEX_TYPE
from pyir.opdef import OpView, operand, result, var_operand, var_result
from pyir.traits import Pure


# -- extract_aligned_pointer_as_index -----------------------------------------------------------
class ExtractAlignedPointerAsIndexOp(OpView):
    """`%p = memref.extract_aligned_pointer_as_index %m : T -> index`: the address of the
    buffer's aligned start, as an index."""

    name = "memref.extract_aligned_pointer_as_index"
    traits = (Pure,)
    source = operand(ANY_RANKED_OR_UNRANKED)
    aligned_pointer = result(INDEX_TYPE)
    assembly_format = "$source `:` type($source) `->` type(results) attr-dict"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        return [INDEX]

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["intptr"]


# -- distinct_objects ---------------------------------------------------------------------------
_VARIADIC_MEMREF = Predicate(
    lambda t: isinstance(t, MemRefType), "variadic of memref of any non-token type values"
)


class DistinctObjectsOp(OpView):
    """`%r:2 = memref.distinct_objects %a, %b : T1, T2`: the operands, with the promise
    that they do not alias.

    Invariants (verified): at least one operand; the results have the operands' types.
    """

    name = "memref.distinct_objects"
    traits = (Pure,)
    operands_ = var_operand(_VARIADIC_MEMREF)
    results_ = var_result(_VARIADIC_MEMREF)
    assembly_format = "$operands_ attr-dict `:` type($operands_)"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        return [v.type for v in operands]

    def verify_(self) -> str | None:
        if not self.op.operands:
            return "expected at least one operand"
        if [v.type for v in self.op.operands] != [r.type for r in self.op.results]:
            return "operand types and result types must match"
        return None


GRAMMARS: tuple = ()

OPS = (ExtractAlignedPointerAsIndexOp, DistinctObjectsOp)

__all__ = ["DistinctObjectsOp", "ExtractAlignedPointerAsIndexOp"]
