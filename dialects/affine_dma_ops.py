"""`affine.prefetch`, `affine.dma_start` and `affine.dma_wait`: the memref.prefetch /
dma_start / dma_wait counterparts whose subscripts are affine maps of their index
operands (MLIR's forms):

    affine.prefetch %m[%i, %j + 5], read, locality<3>, data : memref<400x400xi32>
    affine.dma_start %src[%i, %j + 1], %dst[%k, 0], %tag[0], %num [, %stride, %per]
        : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
    affine.dma_wait %tag[%i + 1], %num : memref<1xi32>

prefetch keeps its subscript map in `map`; dma_start in `src_map`, `dst_map` and
`tag_map`, its operands laid out as src, src map inputs, dst, dst map inputs, tag, tag
map inputs, num elements, then optionally stride and elements per stride (the positions
follow the maps' input counts, as in MLIR); dma_wait in `tag_map` over (tag, tag map
inputs, num elements). The dma ops' custom forms carry no attribute dictionary (MLIR's
parser reads none and its printer writes none). Parsing is in `affine_dma_syntax`.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr
from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType, IntegerType, MemRefType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.affine_ops import AffineMapAttrC, AnyMemRef, IndexList, attrs_except
from pyir.dialects.affine_scope import affine_scope, is_valid_dim, is_valid_symbol
from pyir.dialects.affine_ssa import map_text
from pyir.opdef import OpView, operand, prop, var_operand
from pyir.traits import MemoryEffects

__all__ = ["DmaStartOp", "DmaWaitOp", "PrefetchOp", "dma_start_layout"]

_BOOL = Predicate(
    lambda a: isinstance(a, IntegerAttr) and a.type == IntegerType(1), "bool attribute"
)
_LOCALITY = Predicate(
    lambda a: isinstance(a, IntegerAttr) and a.type == IntegerType(32) and 0 <= a.value <= 3,
    "32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3",
)
_PREFETCH_PROPS = ("map", "isWrite", "localityHint", "isDataCache")


def _valid_index(value: Any, region: Any) -> bool:
    """MLIR's isValidAffineIndexOperand: a valid dim or a valid symbol."""
    return is_valid_dim(value, region) or is_valid_symbol(value, region)


def _print_ref(p: Any, memref: Any, amap: AffineMap | None, indices: list) -> None:
    """`%m[<map results over the index names>]`."""
    p.print_operand(memref)
    p.write("[")
    if amap is not None:
        p.write(map_text(p, amap, indices))
    p.write("]")


def _map(op: Operation, name: str) -> AffineMap | None:
    attr = op.properties.get(name)
    return attr.value if isinstance(attr, AffineMapAttr) else None


class PrefetchOp(OpView):
    """`affine.prefetch %m[<map>], read|write, locality<0-3>, data|instr : T`: a cache
    hint at `map` of the subscripts.

    Invariants (verified): `map` has one result per dimension of T and one input per
    subscript; the subscripts are valid dims or symbols. No declared memory effects (as
    in MLIR), so an unused prefetch is never erased.
    """

    name = "affine.prefetch"
    hand_written_syntax = True
    memref = operand(AnyMemRef)
    indices = var_operand(IndexList)
    isWrite = prop(_BOOL)  # noqa: N815 (MLIR's names)
    localityHint = prop(_LOCALITY)  # noqa: N815
    isDataCache = prop(_BOOL)  # noqa: N815
    map = prop(AffineMapAttrC)

    def verify_(self) -> str | None:
        amap = self.map.value
        if amap.num_results != len(self.op.operands[0].type.shape):
            return "affine.prefetch affine map num results must equal memref rank"
        if amap.num_inputs + 1 != len(self.op.operands):
            return "too few operands"
        region = affine_scope(self.op)
        if not all(_valid_index(v, region) for v in self.op.operands[1:]):
            return "index must be a valid dimension or symbol identifier"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        props = op.properties
        p.write(" ")
        _print_ref(p, op.operands[0], _map(op, "map"), list(op.operands[1:]))
        p.write(", ")
        p.write("write" if props["isWrite"].value else "read")
        p.write(f", locality<{props['localityHint'].value}>, ")
        p.write("data" if props["isDataCache"].value else "instr")
        p.print_optional_attr_dict(attrs_except(op, _PREFETCH_PROPS))
        p.write(" : ")
        p.print_type(op.operands[0].type)


def dma_start_layout(op: Operation) -> dict | None:
    """Positions in dma_start's operand list: each memref and (start, stop) of its map
    inputs, the element count and the optional stride pair's start; None when a map is
    missing. The positions may lie past the end of an invalid op's operand list."""
    maps = [_map(op, k) for k in ("src_map", "dst_map", "tag_map")]
    if any(m is None for m in maps):
        return None
    src = 0
    dst = src + 1 + maps[0].num_inputs
    tag = dst + 1 + maps[1].num_inputs
    num = tag + 1 + maps[2].num_inputs
    return {
        "src": src,
        "src_indices": (src + 1, dst),
        "dst": dst,
        "dst_indices": (dst + 1, tag),
        "tag": tag,
        "tag_indices": (tag + 1, num),
        "num": num,
        "stride": num + 1,
    }


def _check_indices(op: Operation, values: list, which: str) -> str | None:
    region = affine_scope(op)
    for value in values:
        if not isinstance(value.type, IndexType):
            return f"{which} index to dma_start must have 'index' type"
        if not _valid_index(value, region):
            return f"{which} index must be a valid dimension or symbol identifier"
    return None


class DmaStartOp(OpView):
    """`affine.dma_start %src[<src_map>], %dst[<dst_map>], %tag[<tag_map>], %num
    [, %stride, %per_stride] : S, D, T`: a non-blocking copy tracked by the tag.

    Invariants (verified, in MLIR's order): the operands at the source, destination and
    tag positions (found from the maps' input counts) are memrefs; there are exactly
    those plus the element count, and optionally the stride pair; every map input is an
    index that is a valid dim or symbol. Map result counts are not checked (as in MLIR).
    """

    name = "affine.dma_start"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    operands_ = var_operand()
    src_map = prop(AffineMapAttrC)
    dst_map = prop(AffineMapAttrC)
    tag_map = prop(AffineMapAttrC)

    @staticmethod
    def get_effects(op: Operation) -> list:
        parts = dma_start_layout(op)
        if parts is None or parts["num"] >= len(op.operands):
            return [("read", None), ("write", None)]
        ops = op.operands
        return [
            ("read", ops[parts["src"]]),
            ("write", ops[parts["dst"]]),
            ("read", ops[parts["tag"]]),
        ]

    def verify_(self) -> str | None:
        op = self.op
        inputs = sum(_map(op, k).num_inputs for k in ("src_map", "dst_map", "tag_map"))
        parts = dma_start_layout(op)
        types = [v.type for v in op.operands]
        for key, what in (("src", "source"), ("dst", "destination"), ("tag", "tag")):
            if parts[key] >= len(types):
                break  # MLIR would read past its operands; the count check reports it
            if not isinstance(types[parts[key]], MemRefType):
                return f"expected DMA {what} to be of memref type"
        if len(types) not in (inputs + 4, inputs + 6):
            return "incorrect number of operands"
        for key in ("src", "dst", "tag"):
            start, stop = parts[key + "_indices"]
            message = _check_indices(op, list(op.operands[start:stop]), key)
            if message is not None:
                return message
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        parts = dma_start_layout(op)
        ops = list(op.operands)
        if parts is None or parts["num"] >= len(ops):  # invalid IR: print what there is
            p.write(" ")
            p.print_operands(ops)
            return
        p.write(" ")
        for key in ("src", "dst", "tag"):
            start, stop = parts[key + "_indices"]
            _print_ref(p, ops[parts[key]], _map(op, key + "_map"), ops[start:stop])
            p.write(", ")
        p.print_operand(ops[parts["num"]])
        if len(ops) > parts["stride"]:
            p.write(", ")
            p.print_operands(ops[parts["stride"] :])
        p.write(" : ")
        p.print_type_list([ops[parts[k]].type for k in ("src", "dst", "tag")])


class DmaWaitOp(OpView):
    """`affine.dma_wait %tag[<tag_map>], %num : T`: blocks until the DMA with this tag
    is done.

    Invariants (verified): the tag is a memref; its subscripts are index values that are
    valid dims or symbols. Its only effect is a read of the tag (as in MLIR), so an
    unused dma_wait is dead.
    """

    name = "affine.dma_wait"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    operands_ = var_operand()
    tag_map = prop(AffineMapAttrC)

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[0] if op.operands else None)]

    def verify_(self) -> str | None:
        op = self.op
        amap = _map(op, "tag_map")
        if len(op.operands) < amap.num_inputs + 2:
            return "incorrect number of operands"
        if not isinstance(op.operands[0].type, MemRefType):
            return "expected DMA tag to be of memref type"
        region = affine_scope(op)
        for value in op.operands[1 : 1 + amap.num_inputs]:
            if not isinstance(value.type, IndexType):
                return "index to dma_wait must have 'index' type"
            if not _valid_index(value, region):
                return "index must be a valid dimension or symbol identifier"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        ops = list(op.operands)
        amap = _map(op, "tag_map")
        n = amap.num_inputs if amap is not None else 0
        p.write(" ")
        if len(ops) < n + 2:  # invalid IR: print what there is
            p.print_operands(ops)
            return
        _print_ref(p, ops[0], amap, ops[1 : 1 + n])
        p.write(", ")
        p.print_operand(ops[1 + n])
        p.write(" : ")
        p.print_type(ops[0].type)
