"""`affine.vector_load` and `affine.vector_store`: vector-sized accesses at an affine
function of the subscripts (MLIR's forms):

    %v = affine.vector_load %m[%i, %j + 1] : memref<100x100xf32>, vector<8xf32>
    affine.vector_store %v, %m[%i, %j] : memref<100x100xf32>, vector<8xf32>

As for affine.load / affine.store, the `map` property holds the subscript map and the
operands after the memref are its inputs. Parsing is in `affine_vector_syntax`.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr
from pyir.builtin_types import VectorType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.affine_ops import (
    AffineMapAttrC,
    AnyMemRef,
    IndexList,
    _print_subscripts,
    check_memory_indexing,
)
from pyir.opdef import OpView, operand, prop, result, var_operand
from pyir.traits import MemoryEffects

__all__ = ["VectorLoadOp", "VectorStoreOp"]

#: ODS's AnyVectorOfNonZeroRank.
AnyVector = Predicate(
    lambda t: isinstance(t, VectorType) and len(t.shape) > 0,
    "vector of any non-token type values",
)
_ELEMENT_MISMATCH = "requires memref and vector types of the same elemental type"


def _print_vector_type(op: Operation, p: Any, vector_type: Any) -> None:
    p.write(", ")
    p.print_type(vector_type)


class VectorLoadOp(OpView):
    """`%v = affine.vector_load %m[...] : memref<...>, vector<...>`: reads a vector
    starting at `map` of the subscripts. Invariants: as affine.load's, and the vector's
    element type is the memref's."""

    name = "affine.vector_load"
    traits = (MemoryEffects,)
    memref = operand(AnyMemRef)
    indices = var_operand(IndexList)
    map = prop(AffineMapAttrC)
    result_ = result(AnyVector)

    @classmethod
    def build(cls, vector_type: Any, memref: Any, indices: list, amap: AffineMap | None = None):
        """`affine.vector_load`; `amap` defaults to the identity over `indices`."""
        amap = amap if amap is not None else AffineMap.identity(len(indices))
        return cls.create([memref, *indices], [vector_type], {"map": AffineMapAttr(amap)})

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[0])]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        _print_subscripts(op, p, op.operands[0], op.operands[1:])
        _print_vector_type(op, p, op.results[0].type)

    def verify_(self) -> str | None:
        mtype = self.memref.type
        message = check_memory_indexing(self.op, self.map.value, self.indices, mtype)
        if message is not None:
            return message
        if mtype.element_type != self.op.results[0].type.element_type:
            return _ELEMENT_MISMATCH
        return None


class VectorStoreOp(OpView):
    """`affine.vector_store %v, %m[...] : memref<...>, vector<...>`: writes a vector
    starting at `map` of the subscripts. Invariants: as affine.store's, and the vector's
    element type is the memref's."""

    name = "affine.vector_store"
    traits = (MemoryEffects,)
    value = operand(AnyVector)
    memref = operand(AnyMemRef)
    indices = var_operand(IndexList)
    map = prop(AffineMapAttrC)

    @classmethod
    def build(cls, value: Any, memref: Any, indices: list, amap: AffineMap | None = None):
        """`affine.vector_store`; `amap` defaults to the identity over `indices`."""
        amap = amap if amap is not None else AffineMap.identity(len(indices))
        return cls.create([value, memref, *indices], [], {"map": AffineMapAttr(amap)})

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("write", op.operands[1])]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(", ")
        _print_subscripts(op, p, op.operands[1], op.operands[2:])
        _print_vector_type(op, p, op.operands[0].type)

    def verify_(self) -> str | None:
        mtype = self.memref.type
        message = check_memory_indexing(self.op, self.map.value, self.indices, mtype)
        if message is not None:
            return message
        if mtype.element_type != self.value.type.element_type:
            return _ELEMENT_MISMATCH
        return None
