"""memref views: `subview`, `reinterpret_cast` and `view`.

Syntax (as mlir-opt prints it):

    %s = memref.subview %m[%o, 4] [2, %n] [1, 2] : memref<8x16xf32> to
             memref<2x?xf32, strided<[16, 2], offset: ?>>
    %r = memref.reinterpret_cast %m to offset: [0], sizes: [%n, 4], strides: [4, 1]
             : memref<8x16xf32> to memref<?x4xf32>
    %v = memref.view %buf[%shift][%n] : memref<2048xi8> to memref<?x4xf32>

The offsets, sizes and strides are mixed static/dynamic lists (pyir.dialects.
static_dynamic); the result layouts follow pyir.dialects.memref_layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import DenseArrayAttr
from pyir.builtin_types import DYNAMIC, INDEX, IntegerType, MemRefType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.memref_common import (
    ANY_MEMREF,
    ANY_RANKED_OR_UNRANKED,
    INDEX_TYPE,
    STRIDED_MEMREF,
    VARIADIC_INDEX,
    build_op,
    combine,
    expect_memref,
    keyword_rule,
    print_attr_dict,
)
from pyir.dialects.memref_layout import (
    infer_subview_type,
    is_strided,
    subview_mismatch,
)
from pyir.dialects.static_dynamic import (
    I64_ARRAY,
    dense_i64,
    index_list_syntax,
    print_index_list,
    resolve_index_list,
    split_mixed,
    static_values,
    verify_in_bounds_slice,
    verify_offset_size_stride,
)
from pyir.opdef import AttrSizedOperandSegments, OpView, operand, prop, result, var_operand
from pyir.traits import Pure
from pyir.verifier import PlainMessage

_I32 = IntegerType(32)
_I64 = IntegerType(64)


def _segments(*sizes: int) -> DenseArrayAttr:
    return DenseArrayAttr(_I32, sizes)


class _OffsetsSizesStrides(OpView):
    """Base of the ops with mixed offsets, sizes and strides (MLIR's
    OffsetSizeAndStrideOpInterface): `source`, then the dynamic parts as three operand
    groups, and the static parts as dense i64 array properties."""

    traits = (AttrSizedOperandSegments, Pure)
    hand_written_syntax = True
    # Subclasses narrow `source` and `result`; declared here so that `source` stays the
    # first operand group.
    source = operand()
    offsets = var_operand(VARIADIC_INDEX)
    sizes = var_operand(VARIADIC_INDEX)
    strides = var_operand(VARIADIC_INDEX)
    static_offsets = prop(I64_ARRAY)
    static_sizes = prop(I64_ARRAY)
    static_strides = prop(I64_ARRAY)
    result = result()

    def max_ranks(self) -> tuple[int, int, int]:
        raise NotImplementedError

    def lists(self) -> tuple[tuple, tuple, tuple]:
        """(static, dynamic) of the offsets, the sizes and the strides."""
        return (
            (static_values(self.static_offsets), self.offsets),
            (static_values(self.static_sizes), self.sizes),
            (static_values(self.static_strides), self.strides),
        )

    def verify_interface(self) -> str | None:
        return verify_offset_size_stride(self.max_ranks(), *self.lists())

    @classmethod
    def _build(
        cls, source: Any, result_type: Any, offsets: Sequence, sizes: Sequence, strides: Sequence
    ) -> Operation:
        (so, do), (ss, ds), (st, dt) = (split_mixed(x) for x in (offsets, sizes, strides))
        props = {
            "operandSegmentSizes": _segments(1, len(do), len(ds), len(dt)),
            "static_offsets": dense_i64(so),
            "static_sizes": dense_i64(ss),
            "static_strides": dense_i64(st),
        }
        return cls.create(
            operands=[source, *do, *ds, *dt], result_types=[result_type], properties=props
        )


# -- subview ------------------------------------------------------------------------------------
class SubViewOp(_OffsetsSizesStrides):
    """`memref.subview %m[offsets] [sizes] [strides] : T to R`: a strided window of `%m`.

    Invariants (verified): one offset, size and stride per source dimension; the source is
    strided; the result is `infer_subview_type(...)` or a rank reduction of it that drops
    unit dimensions (and their strides); static offsets and extents stay in bounds.
    """

    name = "memref.subview"
    source = operand(ANY_MEMREF)
    result = result(ANY_MEMREF)

    @classmethod
    def build(
        cls,
        source: Any,
        offsets: Sequence,
        sizes: Sequence,
        strides: Sequence,
        result_type: MemRefType | None = None,
    ) -> Operation:
        """Mixed lists (ints and index Values); the result type defaults to the inferred
        one (no rank reduction)."""
        if result_type is None:
            result_type = infer_subview_type(
                source.type,
                split_mixed(offsets)[0],
                split_mixed(sizes)[0],
                split_mixed(strides)[0],
            )
        # The source is operand 0: listed first in the operand order of the op.
        return cls._build(source, result_type, offsets, sizes, strides)

    def max_ranks(self) -> tuple[int, int, int]:
        rank = len(self.op.operands[0].type.shape)
        return (rank, rank, rank)

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["subview"]

    def verify_(self) -> str | None:
        message = self.verify_interface()
        if message is not None:
            return message
        base = self.op.operands[0].type
        sub = self.op.results[0].type
        if base.memory_space != sub.memory_space:
            return PlainMessage(
                f"different memory spaces specified for base memref type '{base}' and "
                f"subview memref type '{sub}'"
            )
        if not is_strided(base):
            return PlainMessage(f"base type '{base}' is not strided")
        (offsets, _), (sizes, _), (strides, _) = self.lists()
        expected = infer_subview_type(base, offsets, sizes, strides)
        message = subview_mismatch(expected, sub, sizes)
        if message is not None:
            return PlainMessage(message)
        message = verify_in_bounds_slice(base.shape, offsets, sizes, strides)
        return message

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = SubViewOp(op)
        p.write(" ")
        p.print_operand(op.operands[0])
        for i, (static, dynamic) in enumerate(view.lists()):
            if i:
                p.write(" ")
            print_index_list(p, static, dynamic)
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" to ")
        p.print_type(op.results[0].type)


# -- reinterpret_cast ---------------------------------------------------------------------------
def _dyn(v: int) -> str:
    return "dynamic" if v == DYNAMIC else str(v)


class ReinterpretCastOp(_OffsetsSizesStrides):
    """`memref.reinterpret_cast %m to offset: [o], sizes: [...], strides: [...] : T to R`:
    the same buffer seen with the given offset, sizes and strides.

    Invariants (verified): one offset, and one size and stride per result dimension; same
    element type and memory space; the result type's sizes, offset and strides equal the
    static ones given (dynamic matching dynamic).
    """

    name = "memref.reinterpret_cast"
    source = operand(ANY_RANKED_OR_UNRANKED)
    result = result(STRIDED_MEMREF)

    @classmethod
    def build(
        cls, source: Any, result_type: MemRefType, offset: Any, sizes: Sequence, strides: Sequence
    ) -> Operation:
        return cls._build(source, result_type, [offset], sizes, strides)

    def max_ranks(self) -> tuple[int, int, int]:
        rank = len(self.op.results[0].type.shape)
        return (1, rank, rank)

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["reinterpret_cast"]

    def verify_(self) -> str | None:
        message = self.verify_interface()
        if message is not None:
            return message
        src = self.op.operands[0].type
        res = self.op.results[0].type
        if src.memory_space != res.memory_space:
            return PlainMessage(
                f"different memory spaces specified for source type '{src}' and result "
                f"memref type '{res}'"
            )
        if src.element_type != res.element_type:
            return (
                f"source element type ('{src.element_type}') does not match result element "
                f"type ('{res.element_type}')"
            )
        (offsets, _), (sizes, _), (strides, _) = self.lists()
        for i, (got, want) in enumerate(zip(res.shape, sizes)):
            if got != want:
                return PlainMessage(
                    f"expected result type with size = {_dyn(want)} instead of {_dyn(got)} "
                    f"in dim = {i}"
                )
        from pyir.dialects.memref_layout import strides_and_offset

        found = strides_and_offset(res)
        if found is None:
            return PlainMessage(f"expected result type to have strided layout but found '{res}'")
        res_strides, res_offset = found
        if offsets and res_offset != offsets[0]:
            return PlainMessage(
                f"expected result type with offset = {_dyn(offsets[0])} instead of "
                f"{_dyn(res_offset)}"
            )
        for i, (got, want) in enumerate(zip(res_strides, strides)):
            if got != want:
                return PlainMessage(
                    f"expected result type with stride = {_dyn(want)} instead of {_dyn(got)} "
                    f"in dim = {i}"
                )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = ReinterpretCastOp(op)
        p.write(" ")
        p.print_operand(op.operands[0])
        for keyword, (static, dynamic) in zip(
            (" to offset: ", ", sizes: ", ", strides: "), view.lists()
        ):
            p.write(keyword)
            print_index_list(p, static, dynamic)
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" to ")
        p.print_type(op.results[0].type)


def _offsets_sizes_strides_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        "memref_subview: memref_subview_kw value_use memref_index_list memref_index_list "
        'memref_index_list [memref_attrs] ":" memref_typed "to" type\n'
        'memref_reinterpret_cast: memref_reinterpret_cast_kw value_use "to" "offset" ":" '
        'memref_index_list "," "sizes" ":" memref_index_list "," "strides" ":" '
        'memref_index_list [memref_attrs] ":" memref_typed "to" type\n'
        "%extend custom_operation: memref_subview\n"
        "%extend custom_operation: memref_reinterpret_cast\n"
    )

    def factory(cls: Any, ranked_only: bool) -> Any:
        def make(state: Any) -> Any:
            def build(children: list) -> Operation:
                _, source, offsets, sizes, strides, attrs, typed, result_type = children
                t = expect_memref(state, typed, ranked_only)
                lists = [resolve_index_list(state, x) for x in (offsets, sizes, strides)]
                props = {
                    "operandSegmentSizes": _segments(1, *(len(d) for _, d in lists)),
                    "static_offsets": dense_i64(lists[0][0]),
                    "static_sizes": dense_i64(lists[1][0]),
                    "static_strides": dense_i64(lists[2][0]),
                }
                operands = [state.resolve(source, t)] + [v for _, d in lists for v in d]
                return build_op(state, cls, operands, [result_type], props, attrs)

            return build

        return make

    return combine(
        (
            grammar,
            {
                "memref_subview": factory(SubViewOp, True),
                "memref_reinterpret_cast": factory(ReinterpretCastOp, False),
            },
        ),
        keyword_rule("memref_subview_kw", "memref.subview"),
        keyword_rule("memref_reinterpret_cast_kw", "memref.reinterpret_cast"),
        index_list_syntax("memref"),
    )


# -- view ---------------------------------------------------------------------------------------
_BYTE_BUFFER = Predicate(
    lambda t: isinstance(t, MemRefType) and len(t.shape) == 1 and t.element_type == IntegerType(8),
    "1D memref of 8-bit signless integer values",
)


class ViewOp(OpView):
    """`memref.view %buf[%byte_shift][%sizes] : memref<Nxi8> to memref<...>`: a typed view
    of a byte buffer.

    Invariants (verified): identity layouts on both sides, one memory space, one size
    operand per dynamic result dimension.
    """

    name = "memref.view"
    traits = (Pure,)
    hand_written_syntax = True
    source = operand(_BYTE_BUFFER)
    byte_shift = operand(INDEX_TYPE)
    sizes = var_operand(VARIADIC_INDEX)
    result = result(ANY_MEMREF)

    @classmethod
    def build(cls, source: Any, byte_shift: Any, sizes: list, result_type: MemRefType) -> Operation:
        return cls.create(operands=[source, byte_shift, *sizes], result_types=[result_type])

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["view"]

    def verify_(self) -> str | None:
        base = self.op.operands[0].type
        view = self.op.results[0].type
        if base.layout is not None:
            return PlainMessage(f"unsupported map for base memref type '{base}'")
        if view.layout is not None:
            return PlainMessage(f"unsupported map for result memref type '{view}'")
        if base.memory_space != view.memory_space:
            return PlainMessage(
                f"different memory spaces specified for base memref type '{base}' and view "
                f"memref type '{view}'"
            )
        expected = sum(1 for d in view.shape if d == DYNAMIC)
        got = len(self.op.operands) - 2
        if got != expected:
            return f"incorrect number of dynamic sizes, has {got}, expected {expected}"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        operands = op.operands
        p.write(" ")
        p.print_operand(operands[0])
        p.write("[")
        p.print_operand(operands[1])
        p.write("][")
        p.print_operands(operands[2:])
        p.write("]")
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(operands[0].type)
        p.write(" to ")
        p.print_type(op.results[0].type)


def _view_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_view: memref_view_kw value_use "[" value_use "]" "[" [value_use_list] "]" '
        '[memref_attrs] ":" memref_typed "to" type\n'
        "%extend custom_operation: memref_view\n"
    )

    def view(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, source, shift, sizes, attrs, typed, result_type = children
            t = expect_memref(state, typed)
            sizes = sizes or []
            operands = [state.resolve(source, t), state.resolve(shift, INDEX)]
            operands += state.resolve_all(sizes, [INDEX] * len(sizes), state.pos)
            return build_op(state, ViewOp, operands, [result_type], {}, attrs)

        return build

    return combine((grammar, {"memref_view": view}), keyword_rule("memref_view_kw", "memref.view"))


GRAMMARS = (_offsets_sizes_strides_syntax(), _view_syntax())

OPS = (SubViewOp, ReinterpretCastOp, ViewOp)

__all__ = ["ReinterpretCastOp", "SubViewOp", "ViewOp"]
