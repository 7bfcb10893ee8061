"""memref ops on a buffer's metadata: `extract_strided_metadata`, `memory_space_cast`,
`assume_alignment`, `transpose` and `reshape`.

Syntax (as mlir-opt prints it):

    %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m
        : memref<4x?xf32> -> memref<f32>, index, index, index, index, index
    %c = memref.memory_space_cast %m : memref<4xf32, 1> to memref<4xf32>
    %a = memref.assume_alignment %m, 16 : memref<4xf32>
    %t = memref.transpose %m (d0, d1) -> (d1, d0) : memref<4x8xf32> to
        memref<8x4xf32, strided<[1, 8]>>
    %r = memref.reshape %m(%shape) : (memref<4xf32>, memref<2xindex>) -> memref<?x?xf32>

The folds and patterns of these ops are in `memref_meta_canonicalize`.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineDimExpr, AffineMap, AffineMapAttr, constant, dim, symbol
from pyir.builtin_attributes import IntegerAttr, StridedLayoutAttr
from pyir.builtin_types import (
    DYNAMIC,
    INDEX,
    IndexType,
    IntegerType,
    MemRefType,
    UnrankedMemRefType,
)
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
    int_rule,
    keyword_rule,
    print_attr_dict,
    typed_rule,
)
from pyir.dialects.memref_layout import _canonical_strides, strides_and_offset
from pyir.opdef import OpView, operand, prop, result, var_result
from pyir.traits import Pure, SameOperandsAndResultType

_I32 = IntegerType(32)


# -- extract_strided_metadata -------------------------------------------------------------------
def metadata_types(t: MemRefType) -> list:
    """The result types of extract_strided_metadata of `t`: a rank-0 base buffer, the
    offset, then one size and one stride per dimension (MLIR's inferReturnTypes)."""
    base = MemRefType((), t.element_type, None, t.memory_space)
    return [base, INDEX, *([INDEX] * (2 * len(t.shape)))]


class ExtractStridedMetadataOp(OpView):
    """`memref.extract_strided_metadata %m : T -> memref<E>, index, ...`: the base buffer,
    offset, sizes and strides of a strided memref.

    Invariant (verified): the result types are `metadata_types(T)`; the sizes are the
    first half of `sizes_and_strides`, the strides the second (MLIR's
    SameVariadicResultSize).
    """

    name = "memref.extract_strided_metadata"
    traits = (Pure,)
    source = operand(STRIDED_MEMREF)
    base_buffer = result()
    offset = result(INDEX_TYPE)
    sizes_and_strides = var_result(VARIADIC_INDEX)
    assembly_format = "$source `:` type($source) `->` type(results) attr-dict"

    @classmethod
    def build(cls, source: Any) -> Operation:
        return cls.create(operands=[source], result_types=metadata_types(source.type))

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        return metadata_types(operands[0].type)

    @staticmethod
    def asm_result_names(op: Operation) -> dict:
        names = {0: "base_buffer", 1: "offset"}
        rank = (len(op.results) - 2) // 2
        if rank:
            names[2] = "sizes"
            names[2 + rank] = "strides"
        return names

    def sizes(self) -> list:
        rest = self.op.results[2:]
        return rest[: len(rest) // 2]

    def strides(self) -> list:
        rest = self.op.results[2:]
        return rest[len(rest) // 2 :]

    def verify_(self) -> str | None:
        expected = metadata_types(self.op.operands[0].type)
        got = [r.type for r in self.op.results]
        if expected != got:
            return (
                "inferred type(s) "
                + ", ".join(f"'{t}'" for t in expected)
                + " are incompatible with return type(s) of operation "
                + ", ".join(f"'{t}'" for t in got)
            )
        return None


# -- memory_space_cast --------------------------------------------------------------------------
def memory_space_cast_compatible(a: Any, b: Any) -> bool:
    """Only the memory space may differ (MLIR's MemorySpaceCastOp::areCastCompatible)."""
    if isinstance(a, UnrankedMemRefType) and isinstance(b, UnrankedMemRefType):
        return a.element_type == b.element_type
    if isinstance(a, MemRefType) and isinstance(b, MemRefType):
        return a.element_type == b.element_type and a.layout == b.layout and a.shape == b.shape
    return False


class MemorySpaceCastOp(OpView):
    """`memref.memory_space_cast %m : T to R`: the same buffer in another memory space.

    Invariant (verified): T and R differ at most in their memory space.
    """

    name = "memref.memory_space_cast"
    traits = (Pure,)
    source = operand(ANY_RANKED_OR_UNRANKED)
    dest = result(ANY_RANKED_OR_UNRANKED)
    assembly_format = "$source attr-dict `:` type($source) `to` type($dest)"

    @classmethod
    def build(cls, source: Any, result_type: Any) -> Operation:
        return cls.create(operands=[source], result_types=[result_type])

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["memspacecast"]

    def verify_(self) -> str | None:
        a, b = self.op.operands[0].type, self.op.results[0].type
        if not memory_space_cast_compatible(a, b):
            return f"operand type '{a}' and result type '{b}' are cast incompatible"
        return None


# -- assume_alignment ---------------------------------------------------------------------------
_POSITIVE_I32 = Predicate(
    lambda a: isinstance(a, IntegerAttr) and a.type == _I32 and a.value > 0,
    "32-bit signless integer attribute whose value is positive",
)


class AssumeAlignmentOp(OpView):
    """`%a = memref.assume_alignment %m, 16 : T`: `%m` with the promise that its aligned
    pointer is a multiple of `alignment` bytes.

    Invariants (verified): the result type is the operand's; `alignment` is a positive
    power of two (an i32).
    """

    name = "memref.assume_alignment"
    traits = (Pure, SameOperandsAndResultType)
    hand_written_syntax = True
    memref = operand(ANY_MEMREF)
    alignment = prop(_POSITIVE_I32)
    result = result(ANY_MEMREF)

    @classmethod
    def build(cls, memref: Any, alignment: int) -> Operation:
        props = {"alignment": IntegerAttr(alignment, _I32)}
        return cls.create(operands=[memref], result_types=[memref.type], properties=props)

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["assume_align"]

    def verify_(self) -> str | None:
        value = self.alignment.value
        if value & (value - 1):
            return "alignment must be power of 2"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(f", {op.properties['alignment'].value}")
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.operands[0].type)


# -- transpose ----------------------------------------------------------------------------------
def permutation_of(amap: AffineMap) -> list[int] | None:
    """The positions of a permutation map's results, or None when it is not one."""
    perm = []
    for e in amap.results:
        if not isinstance(e, AffineDimExpr):
            return None
        perm.append(e.position)
    if amap.num_symbols or sorted(perm) != list(range(amap.num_dims)):
        return None
    return perm


def permutation_map(perm: list[int]) -> AffineMap:
    return AffineMap(len(perm), 0, tuple(dim(i) for i in perm))


def transposed_type(t: MemRefType, perm: list[int]) -> MemRefType | None:
    """`t` with its sizes and strides permuted (MLIR's inferTransposeResultType)."""
    found = strides_and_offset(t)
    if found is None:
        return None
    strides, offset = found
    shape = tuple(t.shape[i] for i in perm)
    layout = StridedLayoutAttr(offset, tuple(strides[i] for i in perm))
    return MemRefType(shape, t.element_type, layout, t.memory_space)


def _is_identity_layout(shape: tuple, strides: list, offset: int) -> bool:
    canonical = _canonical_strides(shape)
    return offset == 0 and DYNAMIC not in canonical and list(strides) == list(canonical)


def canonical_strided_text(t: MemRefType) -> str:
    """`t` as MLIR prints it after canonicalizeStridedLayout: without a layout when it is
    the identity, else with the layout as a simplified affine map."""
    strides, offset = strides_and_offset(t)
    if _is_identity_layout(t.shape, strides, offset):
        return str(MemRefType(t.shape, t.element_type, None, t.memory_space))
    n_sym = 0
    if offset == DYNAMIC:
        expr = symbol(0)
        n_sym = 1
    else:
        expr = constant(offset)
    for i, s in enumerate(strides):
        if s == DYNAMIC:
            term = dim(i) * symbol(n_sym)
            n_sym += 1
        else:
            term = dim(i) * s
        expr = expr + term
    layout = AffineMapAttr(AffineMap(len(t.shape), n_sym, (expr,)))
    return str(MemRefType(t.shape, t.element_type, layout, t.memory_space))


def _same_strided(a: MemRefType, b: Any) -> bool:
    if not isinstance(b, MemRefType):
        return False
    sa, sb = strides_and_offset(a), strides_and_offset(b)
    if sa is None or sb is None:
        return False
    same_layout = list(sa[0]) == list(sb[0]) and sa[1] == sb[1]
    if not same_layout:
        both_identity = _is_identity_layout(a.shape, *sa) and _is_identity_layout(b.shape, *sb)
        same_layout = both_identity
    return (
        same_layout
        and a.shape == b.shape
        and a.element_type == b.element_type
        and a.memory_space == b.memory_space
    )


_PERMUTATION = Predicate(lambda a: isinstance(a, AffineMapAttr), "AffineMap attribute")


class TransposeOp(OpView):
    """`memref.transpose %m (d0, d1) -> (d1, d0) : T to R`: a view with permuted
    dimensions.

    Invariants (verified): `permutation` is a permutation map of T's rank; R equals
    `transposed_type(T, permutation)` up to the canonical form of strided layouts.
    """

    name = "memref.transpose"
    traits = (Pure,)
    hand_written_syntax = True
    source = operand(STRIDED_MEMREF)
    permutation = prop(_PERMUTATION)
    result = result(STRIDED_MEMREF)

    @classmethod
    def build(cls, source: Any, perm: list[int], result_type: Any = None) -> Operation:
        if result_type is None:
            result_type = transposed_type(source.type, perm)
        props = {"permutation": AffineMapAttr(permutation_map(perm))}
        return cls.create(operands=[source], result_types=[result_type], properties=props)

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["transpose"]

    def verify_(self) -> str | None:
        amap = self.permutation.value
        perm = permutation_of(amap)
        if perm is None:
            return "expected a permutation map"
        src = self.op.operands[0].type
        if len(perm) != len(src.shape):
            return "expected a permutation map of same rank as the input"
        res = self.op.results[0].type
        expected = transposed_type(src, perm)
        if expected is None or not _same_strided(expected, res):
            text = canonical_strided_text(expected) if expected is not None else "?"
            return (
                f"result type '{res}' is not equivalent to the canonical transposed input "
                f"type '{text}'"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(f" {op.properties['permutation'].value}")
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" to ")
        p.print_type(op.results[0].type)


# -- reshape ------------------------------------------------------------------------------------
_SHAPE_OPERAND = Predicate(
    lambda t: (
        isinstance(t, MemRefType)
        and len(t.shape) == 1
        and (
            isinstance(t.element_type, IndexType)
            or (isinstance(t.element_type, IntegerType) and t.element_type.is_signless)
        )
    ),
    "1D memref of signless integer or index values",
)


def has_identity_layout(t: MemRefType) -> bool:
    """MLIR's `getLayout().isIdentity()`."""
    if t.layout is None:
        return True
    if isinstance(t.layout, AffineMapAttr):
        amap = t.layout.value
        return amap.num_symbols == 0 and permutation_of(amap) == list(range(len(t.shape)))
    found = strides_and_offset(t)
    return found is not None and _is_identity_layout(t.shape, *found)


class ReshapeOp(OpView):
    """`memref.reshape %m(%shape) : (T, memref<Nxindex>) -> R`: the same contiguous
    buffer with the sizes `%shape` holds.

    Invariants (verified): same element type; identity layouts; a ranked R has rank N
    (N static).
    """

    name = "memref.reshape"
    traits = (Pure,)
    source = operand(ANY_RANKED_OR_UNRANKED)
    shape = operand(_SHAPE_OPERAND)
    result = result(ANY_RANKED_OR_UNRANKED)
    assembly_format = "$source `(` $shape `)` attr-dict `:` functional-type(operands, results)"

    @classmethod
    def build(cls, source: Any, shape: Any, result_type: Any) -> Operation:
        return cls.create(operands=[source, shape], result_types=[result_type])

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["reshape"]

    def verify_(self) -> str | None:
        src = self.op.operands[0].type
        res = self.op.results[0].type
        if src.element_type != res.element_type:
            return "element types of source and destination memref types should be the same"
        if isinstance(src, MemRefType) and not has_identity_layout(src):
            return "source memref type should have identity affine map"
        length = self.op.operands[1].type.shape[0]
        if isinstance(res, MemRefType):
            if not has_identity_layout(res):
                return "result memref type should have identity affine map"
            if length == DYNAMIC:
                return (
                    "cannot use shape operand with dynamic length to reshape to "
                    "statically-ranked memref type"
                )
            if length != len(res.shape):
                return "length of shape operand differs from the result's memref rank"
        return None


# -- hand-written syntax ------------------------------------------------------------------------
def _meta_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_assume_alignment: memref_assume_alignment_kw value_use "," memref_align_int '
        '[memref_attrs] ":" memref_meta_typed\n'
        "memref_transpose: memref_transpose_kw value_use affine_map [memref_attrs] "
        '":" memref_meta_typed "to" type\n'
        "%extend custom_operation: memref_assume_alignment\n"
        "%extend custom_operation: memref_transpose\n"
    )

    def assume(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, source, align, attrs, typed = children
            t = expect_memref(state, typed)
            if not -(2**31) <= align < 2**31:
                raise state.error("integer value too large", state.pos)
            props = {"alignment": IntegerAttr(align, _I32)}
            operands = [state.resolve(source, t)]
            return build_op(state, AssumeAlignmentOp, operands, [t], props, attrs)

        return build

    def transpose(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, source, amap, attrs, typed, result_type = children
            props = {"permutation": AffineMapAttr(amap)}
            operands = [state.resolve(source, typed[0])]
            return build_op(state, TransposeOp, operands, [result_type], props, attrs)

        return build

    return combine(
        (grammar, {"memref_assume_alignment": assume, "memref_transpose": transpose}),
        keyword_rule("memref_assume_alignment_kw", "memref.assume_alignment"),
        keyword_rule("memref_transpose_kw", "memref.transpose"),
        int_rule("memref_align_int"),
        typed_rule("memref_meta_typed"),
    )


GRAMMARS = (_meta_syntax(),)

OPS = (ExtractStridedMetadataOp, MemorySpaceCastOp, AssumeAlignmentOp, TransposeOp, ReshapeOp)

__all__ = [
    "AssumeAlignmentOp",
    "ExtractStridedMetadataOp",
    "MemorySpaceCastOp",
    "ReshapeOp",
    "TransposeOp",
]
