"""The `tensor` ops with mixed static/dynamic index lists or reassociations.

`tensor.extract_slice`, `insert_slice` and `pad` store each `[%a, 4, %b]` list as a
dense i64 property (`static_offsets`, ...; `DYNAMIC` marks an SSA entry) plus an operand
group, through `pyir.dialects.static_dynamic`; `expand_shape` does the same for its
`output_shape` and, with `collapse_shape`, carries a `reassociation` array of index
groups (`[[0, 1], [2]]`). Verification follows MLIR's order: the declared fields, the
OffsetSizeAndStride interface's list checks, then the op's own type and bounds rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pyir.builtin_attributes import UnitAttr
from pyir.builtin_types import DYNAMIC, INDEX, RankedTensorType
from pyir.core import Block, Operation, Value
from pyir.dialects.static_dynamic import (
    I64_ARRAY,
    dense_i64,
    merge_mixed,
    print_index_list,
    split_mixed,
    static_values,
)
from pyir.dialects.tensor_ops import (
    add_index_body,
    dynamic_sizes_error,
    implicit_yield_error,
    named,
    print_attr_dict,
    print_region_with_implicit_yield,
)
from pyir.dialects.tensor_shapes import (
    INDEX_LIST_ARRAY,
    RANKED_TENSOR,
    VARIADIC_INDEX,
    collapsed_shape,
    mixed_list_errors,
    non_negative_error,
    pad_result_error,
    reassociation_attr,
    reassociation_groups,
    reshape_error,
    slice_bounds_error,
    slice_type_error,
)
from pyir.opdef import (
    AttrSizedOperandSegments,
    OpView,
    operand,
    prop,
    region,
    result,
    segment_sizes,
    var_operand,
)
from pyir.traits import Pure, SingleBlock
from pyir.verifier import PlainMessage

_SLICE_LISTS = ("offsets", "sizes", "strides")
SLICE_ELIDED = ("static_offsets", "static_sizes", "static_strides", "operandSegmentSizes")


def slice_lists(view: Any) -> tuple[list[tuple[int, ...]], list[list[Value]]]:
    """The static offsets, sizes and strides of a slice op view, and their Value groups."""
    statics = [static_values(view.op.properties.get("static_" + n)) for n in _SLICE_LISTS]
    dynamics = [getattr(view, n) for n in _SLICE_LISTS]
    return statics, dynamics


def slice_interface_error(rank: int, statics: list, dynamics: list) -> str | None:
    """MLIR's OffsetSizeAndStride interface verifier (all emitted without the op prefix)."""
    offsets, sizes, strides = statics
    if not (len(offsets) == 1 and rank == 1) and len(offsets) != len(sizes):
        return (
            f"expected mixed offsets rank to match mixed sizes rank ({len(offsets)} vs "
            f"{len(sizes)}) so the rank of the result type is well-formed."
        )
    if len(sizes) != len(strides):
        return (
            f"expected mixed sizes rank to match mixed strides rank ({len(sizes)} vs "
            f"{len(strides)}) so the rank of the result type is well-formed."
        )
    for name, plural, static, dynamic in zip(
        ("offset", "size", "stride"), _SLICE_LISTS, statics, dynamics
    ):
        message = mixed_list_errors(name, plural, rank, static, len(dynamic))
        if message is not None:
            return message
    return non_negative_error("offsets", offsets) or non_negative_error("sizes", sizes)


def print_slice_lists(op: Operation, p: Any) -> None:
    """`[0, %o] [4, %n] [1, 1]`: the offsets, sizes and strides of a slice op."""
    view = op.op_def(op)
    statics, dynamics = slice_lists(view)
    for i, (static, dynamic) in enumerate(zip(statics, dynamics)):
        if i:
            p.write(" ")
        print_index_list(p, static, dynamic)


def slice_properties(statics: Sequence[Sequence[int]], leading: int, dynamics: list) -> dict:
    """The properties of a slice op with `leading` tensor operands before its lists."""
    return {
        "static_offsets": dense_i64(statics[0]),
        "static_sizes": dense_i64(statics[1]),
        "static_strides": dense_i64(statics[2]),
        "operandSegmentSizes": segment_sizes([*([1] * leading), *(len(d) for d in dynamics)]),
    }


def infer_slice_type(source: RankedTensorType, sizes: Sequence[int]) -> RankedTensorType:
    """extract_slice's result type when it does not reduce the rank: the static sizes."""
    return RankedTensorType(tuple(sizes), source.element_type)


class ExtractSliceOp(OpView):
    """`%s = tensor.extract_slice %t[0, %o] [4, %n] [1, 1] : tensor<8x?xf32> to
    tensor<4x?xf32>`: a strided window of `source`.

    Invariants: one offset, size and stride per source dimension (static or an `index`
    operand); the result is the sizes' shape, or a rank-reduced version of it without some
    unit dimensions; static windows stay inside static dimensions.
    """

    name = "tensor.extract_slice"
    traits = (Pure, AttrSizedOperandSegments)
    hand_written_syntax = True
    source = operand(RANKED_TENSOR)
    offsets = var_operand(VARIADIC_INDEX)
    sizes = var_operand(VARIADIC_INDEX)
    strides = var_operand(VARIADIC_INDEX)
    static_offsets = prop(I64_ARRAY)
    static_sizes = prop(I64_ARRAY)
    static_strides = prop(I64_ARRAY)
    result = result(RANKED_TENSOR)
    asm_result_names = named("extracted_slice")

    @classmethod
    def build(
        cls,
        source: Value,
        offsets: Sequence[Any],
        sizes: Sequence[Any],
        strides: Sequence[Any],
        result_type: RankedTensorType | None = None,
    ) -> Operation:
        """Lists are mixed (ints and index Values); without `result_type` the result is
        the sizes' shape (no rank reduction)."""
        statics, dynamics = zip(*(split_mixed(m) for m in (offsets, sizes, strides)))
        if result_type is None:
            result_type = infer_slice_type(source.type, statics[1])
        operands = [source, *dynamics[0], *dynamics[1], *dynamics[2]]
        return cls.create(operands, [result_type], slice_properties(statics, 1, dynamics))

    def mixed(self, which: str) -> list:
        """The `offsets`, `sizes` or `strides` list as ints and Values."""
        return merge_mixed(
            static_values(self.op.properties.get("static_" + which)), getattr(self, which)
        )

    def verify_(self) -> str | None:
        source = self.op.operand_slots[0].value.type
        statics, dynamics = slice_lists(self)
        message = slice_interface_error(len(source.shape), statics, dynamics)
        if message is None:
            expected = infer_slice_type(source, statics[1])
            message = slice_type_error(expected, self.op.results[0].type)
        if message is None:
            message = slice_bounds_error(source.shape, *statics)
        return None if message is None else PlainMessage(message)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        source = op.operand_slots[0].value
        p.write(" ")
        p.print_operand(source)
        print_slice_lists(op, p)
        print_attr_dict(op, p, SLICE_ELIDED)
        p.write(" : ")
        p.print_type(source.type)
        p.write(" to ")
        p.print_type(op.results[0].type)


def print_insert_slice(op: Operation, p: Any) -> None:
    """` %s into %d[offsets] [sizes] [strides] {attrs} : S into D`: the custom form of
    insert_slice and parallel_insert_slice."""
    source = op.operand_slots[0].value
    dest = op.operand_slots[1].value
    p.write(" ")
    p.print_operand(source)
    p.write(" into ")
    p.print_operand(dest)
    print_slice_lists(op, p)
    print_attr_dict(op, p, SLICE_ELIDED)
    p.write(" : ")
    p.print_type(source.type)
    p.write(" into ")
    p.print_type(dest.type)


class InsertSliceOp(OpView):
    """`%r = tensor.insert_slice %s into %t[0, %o] [4, %n] [1, 1] : tensor<4x?xf32> into
    tensor<8x?xf32>`: `dest` with a strided window replaced by `source`.

    Invariants: the result type is the dest type; the lists are as for extract_slice over
    the dest; `source` is the sizes' shape or a rank-reduced version of it.
    """

    name = "tensor.insert_slice"
    traits = (Pure, AttrSizedOperandSegments)
    hand_written_syntax = True
    source = operand(RANKED_TENSOR)
    dest = operand(RANKED_TENSOR)
    offsets = var_operand(VARIADIC_INDEX)
    sizes = var_operand(VARIADIC_INDEX)
    strides = var_operand(VARIADIC_INDEX)
    static_offsets = prop(I64_ARRAY)
    static_sizes = prop(I64_ARRAY)
    static_strides = prop(I64_ARRAY)
    result = result(RANKED_TENSOR)
    asm_result_names = named("inserted_slice")

    @classmethod
    def build(
        cls,
        source: Value,
        dest: Value,
        offsets: Sequence[Any],
        sizes: Sequence[Any],
        strides: Sequence[Any],
    ) -> Operation:
        statics, dynamics = zip(*(split_mixed(m) for m in (offsets, sizes, strides)))
        operands = [source, dest, *dynamics[0], *dynamics[1], *dynamics[2]]
        return cls.create(operands, [dest.type], slice_properties(statics, 2, dynamics))

    def verify_(self) -> str | None:
        source = self.op.operand_slots[0].value.type
        dest = self.op.operand_slots[1].value.type
        if self.op.results[0].type != dest:
            return "failed to verify that expected result type to match dest type"
        statics, dynamics = slice_lists(self)
        message = slice_interface_error(len(dest.shape), statics, dynamics)
        if message is None:
            message = slice_type_error(infer_slice_type(dest, statics[1]), source)
        if message is None:
            message = slice_bounds_error(dest.shape, *statics)
        return None if message is None else PlainMessage(message)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        print_insert_slice(op, p)


class PadOp(OpView):
    """`%p = tensor.pad %t [nofold] low[1, %l] high[2, 3] { ^bb0(%i: index, %j: index):
    tensor.yield %v : f32 } : tensor<4x?xf32> to tensor<7x?xf32>`.

    Invariants: one low and one high padding per source dimension; the result is
    low + size + high wherever all three are static; one block with one `index` argument
    per dimension yielding the element type.
    """

    name = "tensor.pad"
    traits = (Pure, AttrSizedOperandSegments, SingleBlock)
    hand_written_syntax = True
    source = operand(RANKED_TENSOR)
    low = var_operand(VARIADIC_INDEX)
    high = var_operand(VARIADIC_INDEX)
    static_low = prop(I64_ARRAY)
    static_high = prop(I64_ARRAY)
    nofold = prop(UnitAttr, optional=True)
    result = result(RANKED_TENSOR)
    region = region()
    asm_result_names = named("padded")

    _ELIDED = ("static_low", "static_high", "nofold", "operandSegmentSizes")

    @classmethod
    def build(
        cls,
        source: Value,
        low: Sequence[Any],
        high: Sequence[Any],
        result_type: RankedTensorType,
        nofold: bool = False,
        body: Callable[[Block], Any] | None = None,
    ) -> Operation:
        """`low` / `high` are mixed lists; `body(block)` fills the padding region (one
        `index` argument per dimension, ending in a `tensor.yield`)."""
        (s_low, d_low), (s_high, d_high) = split_mixed(low), split_mixed(high)
        props: dict = {
            "static_low": dense_i64(s_low),
            "static_high": dense_i64(s_high),
            "operandSegmentSizes": segment_sizes([1, len(d_low), len(d_high)]),
        }
        if nofold:
            props["nofold"] = UnitAttr()
        op = cls.create([source, *d_low, *d_high], [result_type], props)
        return add_index_body(op, len(source.type.shape), body)

    def verify_(self) -> str | None:
        if len(self.op.regions[0].blocks) != 1:
            return "region #0 ('region') failed to verify constraint: region with 1 blocks"
        low = static_values(self.static_low)
        high = static_values(self.static_high)
        for plural, static, dynamic in (("low", low, self.low), ("high", high, self.high)):
            # MLIR leaves this unchecked (and crashes printing such an op).
            expected = sum(1 for v in static if v == DYNAMIC)
            if len(dynamic) != expected:
                return (
                    f"expected the number of '{plural}' to match the number of dynamic "
                    f"entries in 'static_{plural}' ({len(dynamic)} vs {expected})"
                )
        source = self.op.operand_slots[0].value.type
        message = pad_result_error(source, low, high, self.op.results[0].type)
        return None if message is None else PlainMessage(message)

    def verify_regions_(self) -> str | None:
        message = implicit_yield_error(self.op)
        if message is not None:
            return message
        rank = len(self.op.operand_slots[0].value.type.shape)
        block = self.op.regions[0].blocks[0]
        if len(block.args) != rank:
            return PlainMessage(f"expected the block to have {rank} arguments")
        for i, arg in enumerate(block.args):
            if arg.type != INDEX:
                return f"expected block argument {i + 1} to be an index"
        value = block.last_op.operand_slots[0].value
        if value.type != self.op.results[0].type.element_type:
            return "expected yield type to match shape element type"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = PadOp(op)
        p.write(" ")
        p.print_operand(op.operand_slots[0].value)
        if op.properties.get("nofold") is not None:
            p.write(" nofold")
        p.write(" low")
        print_index_list(p, static_values(view.static_low), view.low)
        p.write(" high")
        print_index_list(p, static_values(view.static_high), view.high)
        p.write(" ")
        print_region_with_implicit_yield(p, op.regions[0])
        print_attr_dict(op, p, PadOp._ELIDED)
        p.write(" : ")
        p.print_type(op.operand_slots[0].value.type)
        p.write(" to ")
        p.print_type(op.results[0].type)


# -- reassociative reshapes ---------------------------------------------------------------------
def _groups(op: Operation) -> list[list[int]]:
    return reassociation_groups(op.properties["reassociation"])


class CollapseShapeOp(OpView):
    """`%c = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into
    tensor<6x4xf32>`: contiguous groups of dimensions merged into one.

    Invariant: each result dimension is the product of its group (dynamic if any member
    is); the groups cover the source dimensions in order.
    """

    name = "tensor.collapse_shape"
    traits = (Pure,)
    hand_written_syntax = True
    src = operand(RANKED_TENSOR)
    reassociation = prop(INDEX_LIST_ARRAY)
    result = result(RANKED_TENSOR)
    asm_result_names = named("collapsed")

    @classmethod
    def build(
        cls,
        src: Value,
        groups: Sequence[Sequence[int]],
        result_type: RankedTensorType | None = None,
    ) -> Operation:
        if result_type is None:
            shape = collapsed_shape(src.type.shape, groups)
            result_type = RankedTensorType(shape, src.type.element_type)
        return cls.create([src], [result_type], {"reassociation": reassociation_attr(groups)})

    def verify_(self) -> str | None:
        src = self.op.operand_slots[0].value.type
        return reshape_error(src, self.op.results[0].type, _groups(self.op))

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        src = op.operand_slots[0].value
        p.write(" ")
        p.print_operand(src)
        p.write(" ")
        p.print_attribute(op.properties.get("reassociation"))
        print_attr_dict(op, p, ("reassociation",))
        p.write(" : ")
        p.print_type(src.type)
        p.write(" into ")
        p.print_type(op.results[0].type)


class ExpandShapeOp(OpView):
    """`%e = tensor.expand_shape %t [[0, 1], [2]] output_shape [%n, 4, 32] :
    tensor<?x32xf32> into tensor<?x4x32xf32>`: dimensions split into groups.

    Invariants: `output_shape` lists the result shape, an `index` operand per dynamic
    dimension; collapsing the result by the groups gives the source type.
    """

    name = "tensor.expand_shape"
    traits = (Pure,)
    hand_written_syntax = True
    src = operand(RANKED_TENSOR)
    output_shape = var_operand(VARIADIC_INDEX)
    reassociation = prop(INDEX_LIST_ARRAY)
    static_output_shape = prop(I64_ARRAY)
    result = result(RANKED_TENSOR)
    asm_result_names = named("expanded")

    _ELIDED = ("reassociation", "static_output_shape")

    @classmethod
    def build(
        cls,
        src: Value,
        groups: Sequence[Sequence[int]],
        output_shape: Sequence[Any],
        result_type: RankedTensorType | None = None,
    ) -> Operation:
        """`output_shape` is a mixed list; the result type defaults to its static shape."""
        static, dynamic = split_mixed(output_shape)
        if result_type is None:
            result_type = RankedTensorType(static, src.type.element_type)
        props = {
            "reassociation": reassociation_attr(groups),
            "static_output_shape": dense_i64(static),
        }
        return cls.create([src, *dynamic], [result_type], props)

    def verify_(self) -> str | None:
        src = self.op.operand_slots[0].value.type
        t = self.op.results[0].type
        static = static_values(self.static_output_shape)
        values = self.output_shape
        if len(static) != len(t.shape):
            return (
                "expected number of static shape dims to be equal to the output rank "
                f"({len(t.shape)}) but found {len(static)} inputs instead"
            )
        expected = sum(1 for v in static if v == DYNAMIC)
        if len(values) != expected:
            return (
                "mismatch in dynamic dims in output_shape and static_output_shape: "
                f"static_output_shape has {expected} dynamic dims while output_shape has "
                f"{len(values)} values"
            )
        message = dynamic_sizes_error(len(values), t)
        if message is not None:
            return message
        for i, (given, size) in enumerate(zip(static, t.shape)):
            if size != DYNAMIC and given != size:
                return f"invalid output shape provided at pos {i}"
        return reshape_error(t, src, _groups(self.op))

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = ExpandShapeOp(op)
        src = op.operand_slots[0].value
        p.write(" ")
        p.print_operand(src)
        p.write(" ")
        p.print_attribute(op.properties.get("reassociation"))
        p.write(" output_shape ")
        print_index_list(p, static_values(view.static_output_shape), view.output_shape)
        print_attr_dict(op, p, ExpandShapeOp._ELIDED)
        p.write(" : ")
        p.print_type(src.type)
        p.write(" into ")
        p.print_type(op.results[0].type)


OPS = [ExtractSliceOp, InsertSliceOp, PadOp, CollapseShapeOp, ExpandShapeOp]
