"""The `affine` ops without regions: apply, min, max, load, store, and the yield terminator.

Each op keeps its affine map in the `map` property (an AffineMapAttr); its operands are
the map's inputs, dims first, then symbols. Custom forms, as MLIR prints them:

    %0 = affine.apply #map(%i)[%n]          %1 = affine.min #map(%i)[%n]
    %v = affine.load %m[%i + 3, symbol(%n)] : memref<10x10xf32>
    affine.store %v, %m[%i, %j * 2] : memref<10x10xf32>
    affine.yield %a, %b : f32, index

apply/min/max print their map as an attribute (aliased `#map` at file level); load and
store print it inline over the SSA names of their subscripts. The parsing side of these
forms is in `affine_syntax`.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr
from pyir.builtin_types import IndexType, MemRefType
from pyir.core import Operation
from pyir.dialects.affine_scope import (
    affine_scope,
    check_dims_and_symbols,
    is_valid_dim,
    is_valid_symbol,
)
from pyir.dialects.affine_ssa import map_text, print_dim_and_symbol_list
from pyir.opdef import IsA, OpView, operand, prop, result, var_operand
from pyir.traits import IsTerminator, MemoryEffects, Pure
from pyir.verifier import PlainMessage

#: ODS's AffineMapAttr.
AffineMapAttrC = IsA(AffineMapAttr, description="AffineMap attribute")
#: ODS's Index and Variadic<Index>.
Index = IsA(IndexType, description="index")
IndexList = IsA(IndexType, description="variadic of index")
#: ODS's AnyMemRef.
AnyMemRef = IsA(MemRefType, description="memref of any non-token type values")


def attrs_except(op: Operation, elided: tuple[str, ...]) -> dict:
    """The op's properties and attributes for a trailing attr-dict, minus `elided`."""
    attrs = {k: v for k, v in op.properties.items() if k not in elided}
    attrs.update((k, v) for k, v in op.attributes.items() if k not in elided)
    return attrs


def _map_of(op: Operation, name: str = "map") -> AffineMap | None:
    attr = op.properties.get(name)
    return attr.value if isinstance(attr, AffineMapAttr) else None


# -- apply, min, max -------------------------------------------------------------------------
def _print_map_op(op: Operation, p: Any) -> None:
    """`#map(%dims)[%syms] {attrs}` (apply, min and max)."""
    attr = op.properties.get("map")
    amap = _map_of(op)
    p.write(" ")
    p.print_attribute(attr)
    operands = op.operands
    print_dim_and_symbol_list(p, operands, amap.num_dims if amap else len(operands))
    p.print_optional_attr_dict(attrs_except(op, ("map",)))


class ApplyOp(OpView):
    """`%r = affine.apply #map(%d)[%s]`: the single result of `map` on its operands.

    Invariants: `map` has one result and as many inputs as there are operands; a valid
    dimension (that is not also a valid symbol) is not used in a symbol position.
    """

    name = "affine.apply"
    traits = (Pure,)
    map = prop(AffineMapAttrC)
    mapOperands = var_operand(IndexList)
    result_ = result(Index)
    print_custom = staticmethod(_print_map_op)

    @classmethod
    def build(cls, amap: AffineMap, operands: list, location: Any = None) -> Operation:
        """`affine.apply` of a one-result map to its operands (dims, then symbols)."""
        props = {"map": AffineMapAttr(amap)}
        return cls.create(operands, [IndexType()], props, location=location)

    def verify_(self) -> str | None:
        amap = self.map.value
        operands = self.op.operands
        if len(operands) != amap.num_inputs:
            return "operand count and affine map dimension and symbol count must match"
        if amap.num_results != 1:
            return "mapping must produce one value"
        region = affine_scope(self.op)
        for value in operands[amap.num_dims :]:
            if is_valid_dim(value, region) and not is_valid_symbol(value, region):
                return PlainMessage("dimensional operand cannot be used as a symbol")
        return None


class _MinMaxOp(OpView):
    """Shared definition of affine.min and affine.max: the extreme of `map`'s results."""

    traits = (Pure,)
    map = prop(AffineMapAttrC)
    operands_ = var_operand(IndexList)
    result_ = result(Index)
    print_custom = staticmethod(_print_map_op)

    def verify_(self) -> str | None:
        amap = self.map.value
        if len(self.op.operands) != amap.num_inputs:
            return "operand count and affine map dimension and symbol count must match"
        if amap.num_results == 0:
            return "affine map expect at least one result"
        return None


class MinOp(_MinMaxOp):
    """`%r = affine.min #map(%d)[%s]`: the smallest result of `map` (at least one)."""

    name = "affine.min"


class MaxOp(_MinMaxOp):
    """`%r = affine.max #map(%d)[%s]`: the largest result of `map` (at least one)."""

    name = "affine.max"


# -- load and store --------------------------------------------------------------------------
def check_memory_indexing(op: Operation, amap: AffineMap, indices: list, mtype: Any) -> str | None:
    """MLIR's verifyMemoryOpIndexing: map results = rank, inputs = subscripts, and the
    subscripts are valid dims / symbols."""
    if amap.num_results != len(mtype.shape):
        return "affine map num results must equal memref rank"
    if amap.num_inputs != len(indices):
        return "expects as many subscripts as affine map inputs"
    return check_dims_and_symbols(op, indices, amap.num_dims)


def _print_subscripts(op: Operation, p: Any, memref: Any, indices: list) -> None:
    p.print_operand(memref)
    p.write("[")
    amap = _map_of(op)
    if amap is not None:
        p.write(map_text(p, amap, indices))
    p.write("]")
    p.print_optional_attr_dict(attrs_except(op, ("map",)))
    p.write(" : ")
    p.print_type(memref.type)


class LoadOp(OpView):
    """`%v = affine.load %m[%i + 1, %j] : memref<...>`: reads the element at `map` of the
    subscripts. Invariants: the result is the memref's element type; `map` has one result
    per memref dimension and one input per subscript."""

    name = "affine.load"
    traits = (MemoryEffects,)
    memref = operand(AnyMemRef)
    indices = var_operand(IndexList)
    map = prop(AffineMapAttrC)
    result_ = result()

    @classmethod
    def build(
        cls, memref: Any, indices: list, amap: AffineMap | None = None, location: Any = None
    ) -> Operation:
        """`affine.load`; `amap` defaults to the identity over `indices` (all dims)."""
        amap = amap if amap is not None else AffineMap.identity(len(indices))
        props = {"map": AffineMapAttr(amap)}
        element = memref.type.element_type
        return cls.create([memref, *indices], [element], props, location=location)

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[0])]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        _print_subscripts(op, p, op.operands[0], op.operands[1:])

    def verify_(self) -> str | None:
        mtype = self.memref.type
        if self.op.results[0].type != mtype.element_type:
            return "result type must match element type of memref"
        return check_memory_indexing(self.op, self.map.value, self.indices, mtype)


class StoreOp(OpView):
    """`affine.store %v, %m[%i, %j] : memref<...>`: writes `value` at `map` of the
    subscripts. Invariants: `value` has the memref's element type; `map` as for load."""

    name = "affine.store"
    traits = (MemoryEffects,)
    value = operand()
    memref = operand(AnyMemRef)
    indices = var_operand(IndexList)
    map = prop(AffineMapAttrC)

    @classmethod
    def build(
        cls,
        value: Any,
        memref: Any,
        indices: list,
        amap: AffineMap | None = None,
        location: Any = None,
    ) -> Operation:
        """`affine.store`; `amap` defaults to the identity over `indices` (all dims)."""
        amap = amap if amap is not None else AffineMap.identity(len(indices))
        props = {"map": AffineMapAttr(amap)}
        return cls.create([value, memref, *indices], [], props, location=location)

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("write", op.operands[1])]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(", ")
        _print_subscripts(op, p, op.operands[1], op.operands[2:])

    def verify_(self) -> str | None:
        mtype = self.memref.type
        if self.value.type != mtype.element_type:
            return "value to store must have the same type as memref element type"
        return check_memory_indexing(self.op, self.map.value, self.indices, mtype)


# -- yield ------------------------------------------------------------------------------------
_YIELD_PARENTS = ("affine.if", "affine.for", "affine.parallel")


class YieldOp(OpView):
    """`affine.yield %a : f32`: ends the body of affine.for / affine.if / affine.parallel,
    passing the values the parent returns (or carries to the next iteration). Written
    implicitly when it yields nothing."""

    name = "affine.yield"
    traits = (IsTerminator, Pure)
    operands_ = var_operand()
    assembly_format = "attr-dict ($operands_^ `:` type($operands_))?"

    @classmethod
    def build(cls, values: list = (), location: Any = None) -> Operation:
        return cls.create(list(values), location=location)

    def verify_(self) -> str | None:
        parent = self.op.parent_op()
        if parent is None or parent.name not in _YIELD_PARENTS:
            return "only terminates affine.if/for/parallel regions"
        values = self.op.operands
        results = parent.results
        if len(results) != len(values):
            return "parent of yield must have same number of results as the yield operands"
        for r, v in zip(results, values):
            if r.type != v.type:
                return "types mismatch between yield op and its parent"
        return None
