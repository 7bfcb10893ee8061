"""memref reshapes: `expand_shape` and `collapse_shape`.

Syntax (as mlir-opt prints it):

    %e = memref.expand_shape %m [[0, 1], [2]] output_shape [%n, 4, %k]
             : memref<?x?xf32> into memref<?x4x?xf32>
    %c = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<128xf32>

The reassociation is an array of arrays of i64 (`[[0, 1], [2]]`): group k lists the
dimensions of the expanded type that make dimension k of the collapsed type. The result
layouts follow pyir.dialects.memref_layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import ArrayAttr, IntegerAttr
from pyir.builtin_types import DYNAMIC, IntegerType, MemRefType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.memref_common import (
    STRIDED_MEMREF,
    VARIADIC_INDEX,
    build_op,
    combine,
    expect_memref,
    keyword_rule,
    print_attr_dict,
)
from pyir.dialects.memref_layout import collapsed_layout, expanded_type
from pyir.dialects.static_dynamic import (
    I64_ARRAY,
    dense_i64,
    print_index_list,
    resolve_index_list,
    split_mixed,
    static_values,
)
from pyir.opdef import OpView, operand, prop, result, var_operand
from pyir.traits import Pure

_I64 = IntegerType(64)


# -- expand_shape / collapse_shape --------------------------------------------------------------
def _is_reassociation(a: Any) -> bool:
    return isinstance(a, ArrayAttr) and all(
        isinstance(g, ArrayAttr) and all(isinstance(i, IntegerAttr) and i.type == _I64 for i in g)
        for g in a
    )


REASSOCIATION = Predicate(_is_reassociation, "Array of 64-bit integer array attributes")


def reassociation_attr(groups: Sequence[Sequence[int]]) -> ArrayAttr:
    """`[[0, 1], [2]]` as the ArrayAttr of i64 arrays MLIR stores."""
    return ArrayAttr(tuple(ArrayAttr(tuple(IntegerAttr(i, _I64) for i in g)) for g in groups))


def reassociation_groups(attr: ArrayAttr) -> list[list[int]]:
    return [[i.value for i in g] for g in attr]


def verify_collapsed_shape(
    collapsed: Sequence[int], expanded: Sequence[int], groups: Sequence[Sequence[int]]
) -> str | None:
    """MLIR's verifyCollapsedShape: the reassociation maps `expanded` onto `collapsed`
    (several dynamic dimensions per group allowed)."""
    if len(collapsed) != len(groups):
        return (
            f"invalid number of reassociation groups: found {len(groups)}, expected "
            f"{len(collapsed)}"
        )
    next_dim = 0
    for collapsed_dim, group in enumerate(groups):
        found_dynamic = False
        for dim in group:
            if dim != next_dim:
                return "reassociation indices must be contiguous"
            next_dim += 1
            if dim >= len(expanded):
                return f"reassociation index {dim} is out of bounds"
            if expanded[dim] == DYNAMIC:
                found_dynamic = True
        if (collapsed[collapsed_dim] == DYNAMIC) != found_dynamic:
            return (
                f"collapsed dim ({collapsed_dim}) must be dynamic if and only if "
                "reassociation group is dynamic"
            )
        if not found_dynamic:
            size = 1
            for dim in group:
                size *= expanded[dim]
            if size != collapsed[collapsed_dim]:
                return (
                    f"collapsed dim size ({collapsed[collapsed_dim]}) must equal reassociation "
                    f"group size ({size})"
                )
    if not collapsed:
        if any(d != 1 for d in expanded):
            return "rank 0 memrefs can only be extended/collapsed with/from ones"
    elif next_dim != len(expanded):
        return (
            f"expanded rank ({len(expanded)}) inconsistent with number of reassociation "
            f"indices ({next_dim})"
        )
    return None


class ExpandShapeOp(OpView):
    """`memref.expand_shape %m [[0, 1], [2]] output_shape [%a, 4, %b] : T into R`: splits
    dimensions; `output_shape` gives the result sizes (SSA values for the dynamic ones).

    Invariants (verified): the reassociation is valid for the two shapes; the result type
    is `memref_layout.expanded_type(...)`; `static_output_shape` matches the result shape.
    """

    name = "memref.expand_shape"
    traits = (Pure,)
    hand_written_syntax = True
    src = operand(STRIDED_MEMREF)
    output_shape = var_operand(VARIADIC_INDEX)
    reassociation = prop(REASSOCIATION)
    static_output_shape = prop(I64_ARRAY)
    result = result(STRIDED_MEMREF)

    @classmethod
    def build(
        cls, src: Any, result_type: MemRefType, reassociation: Sequence, output_shape: Sequence
    ) -> Operation:
        static, dynamic = split_mixed(output_shape)
        props = {
            "reassociation": reassociation_attr(reassociation),
            "static_output_shape": dense_i64(static),
        }
        return cls.create(operands=[src, *dynamic], result_types=[result_type], properties=props)

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["expand_shape"]

    def verify_(self) -> str | None:
        src = self.op.operands[0].type
        res = self.op.results[0].type
        r0, r1 = len(src.shape), len(res.shape)
        if r0 > r1:
            return (
                f"has source rank {r0} and result rank {r1}. This is not an expansion "
                f"({r0} > {r1})."
            )
        groups = reassociation_groups(self.reassociation)
        message = verify_collapsed_shape(src.shape, res.shape, groups)
        if message is not None:
            return message
        expected = expanded_type(src, res.shape, groups)
        if expected is None:
            return "invalid source layout map"
        if expected != res:
            return f"expected expanded type to be '{expected}' but found '{res}'"
        static = static_values(self.static_output_shape)
        if len(static) != r1:
            return (
                "expected number of static shape bounds to be equal to the output rank "
                f"({r1}) but found {len(static)} inputs instead"
            )
        n_dynamic = sum(1 for v in static if v == DYNAMIC)
        if len(self.output_shape) != n_dynamic:
            return (
                "mismatch in dynamic dims in output_shape and static_output_shape: "
                f"static_output_shape has {n_dynamic} dynamic dims while output_shape has "
                f"{len(self.output_shape)} values"
            )
        for pos, (dim, given) in enumerate(zip(res.shape, static)):
            if dim != DYNAMIC and dim != given:
                return f"invalid output shape provided at pos {pos}"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = ExpandShapeOp(op)
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(" ")
        p.print_attribute(view.reassociation)
        p.write(" output_shape ")
        print_index_list(p, static_values(view.static_output_shape), view.output_shape)
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" into ")
        p.print_type(op.results[0].type)


class CollapseShapeOp(OpView):
    """`memref.collapse_shape %m [[0, 1]] : T into R`: merges contiguous dimensions.

    Invariants (verified): the reassociation is valid for the two shapes; for a strided
    source the collapsed groups are contiguous; the result type is the one MLIR computes
    (identity layout for an identity source, `memref_layout.collapsed_layout` otherwise).
    """

    name = "memref.collapse_shape"
    traits = (Pure,)
    hand_written_syntax = True
    src = operand(STRIDED_MEMREF)
    reassociation = prop(REASSOCIATION)
    result = result(STRIDED_MEMREF)

    @classmethod
    def build(cls, src: Any, result_type: MemRefType, reassociation: Sequence) -> Operation:
        return cls.create(
            operands=[src],
            result_types=[result_type],
            properties={"reassociation": reassociation_attr(reassociation)},
        )

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["collapse_shape"]

    def verify_(self) -> str | None:
        src = self.op.operands[0].type
        res = self.op.results[0].type
        r0, r1 = len(src.shape), len(res.shape)
        if r0 < r1:
            return (
                f"has source rank {r0} and result rank {r1}. This is not a collapse ({r0} < {r1})."
            )
        groups = reassociation_groups(self.reassociation)
        message = verify_collapsed_shape(res.shape, src.shape, groups)
        if message is not None:
            return message
        if src.layout is None:
            layout = None
        else:
            layout = collapsed_layout(src, groups)
            if layout is None:
                return "invalid source layout map or collapsing non-contiguous dims"
        expected = MemRefType(res.shape, src.element_type, layout, src.memory_space)
        if expected != res:
            return f"expected collapsed type to be '{expected}' but found '{res}'"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(" ")
        p.print_attribute(op.properties["reassociation"])
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" into ")
        p.print_type(op.results[0].type)


def _reshape_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        "memref_expand_shape: memref_expand_shape_kw value_use attribute_value "
        '"output_shape" memref_index_list [memref_attrs] ":" memref_typed "into" type\n'
        "memref_collapse_shape: memref_collapse_shape_kw value_use attribute_value "
        '[memref_attrs] ":" memref_typed "into" type\n'
        "%extend custom_operation: memref_expand_shape\n"
        "%extend custom_operation: memref_collapse_shape\n"
    )

    def expand(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, src, reassociation, shape, attrs, typed, result_type = children
            t = expect_memref(state, typed)
            static, dynamic = resolve_index_list(state, shape)
            props = {"reassociation": reassociation, "static_output_shape": dense_i64(static)}
            operands = [state.resolve(src, t), *dynamic]
            return build_op(state, ExpandShapeOp, operands, [result_type], props, attrs)

        return build

    def collapse(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, src, reassociation, attrs, typed, result_type = children
            t = expect_memref(state, typed)
            props = {"reassociation": reassociation}
            operands = [state.resolve(src, t)]
            return build_op(state, CollapseShapeOp, operands, [result_type], props, attrs)

        return build

    return combine(
        (grammar, {"memref_expand_shape": expand, "memref_collapse_shape": collapse}),
        keyword_rule("memref_expand_shape_kw", "memref.expand_shape"),
        keyword_rule("memref_collapse_shape_kw", "memref.collapse_shape"),
    )


GRAMMARS = (_reshape_syntax(),)

OPS = (ExpandShapeOp, CollapseShapeOp)

__all__ = [
    "CollapseShapeOp",
    "ExpandShapeOp",
    "reassociation_attr",
    "reassociation_groups",
    "verify_collapsed_shape",
]
