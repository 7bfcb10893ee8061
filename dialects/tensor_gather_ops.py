"""`tensor.gather` and `tensor.scatter`: reading / writing slices picked by an index tensor.

`%g = tensor.gather %src[%idx] gather_dims([0, 1]) unique : (S, I) -> R` takes, for each
coordinate tuple in the last dimension of `%idx`, the slice of `%src` at those coordinates
along the `gather_dims`; `tensor.scatter %src into %dest[%idx] scatter_dims(...) unique`
writes such slices back. Both use MLIR's declarative syntax, name their results as MLIR
does and verify with MLIR's messages; they print through `print_custom` and parse through
`tensor_gather_syntax`. The only fold is MLIR's: gather of a splat constant is
a splat of the result type (`fold_gather`); MLIR has no canonicalization pattern for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import UnitAttr
from pyir.builtin_types import DYNAMIC, IndexType, IntegerType, RankedTensorType
from pyir.constraints import Predicate
from pyir.core import Operation, Value
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.static_dynamic import I64_ARRAY, dense_i64, static_values
from pyir.dialects.tensor_shapes import RANKED_TENSOR
from pyir.opdef import OpView, operand, prop, result
from pyir.traits import Pure


def _signless_int_or_index(t: Any) -> bool:
    return isinstance(t, IndexType) or (isinstance(t, IntegerType) and t.signedness == "signless")


#: MLIR's RankedTensorOf<[AnySignlessIntegerOrIndex]>.
INDEX_TENSOR = Predicate(
    lambda t: isinstance(t, RankedTensorType) and _signless_int_or_index(t.element_type),
    "ranked tensor of signless integer or index values",
)


def print_gather_or_scatter(op: Operation, p: Any, dims_key: str) -> None:
    """MLIR's format: `... <kind>_dims([0, 1]) unique {attrs} : (operand types) -> result`
    (the operands before `[`, after `into` for scatter, are printed by the caller)."""
    dims = static_values(op.properties.get(dims_key))
    p.write(f" {dims_key}([" + ", ".join(str(d) for d in dims) + "])")
    if "unique" in op.properties:
        p.write(" unique")
    if op.attributes:
        p.print_optional_attr_dict(dict(op.attributes))
    p.write(" : (")
    for i, value in enumerate(op.operands):
        if i:
            p.write(", ")
        p.print_type(value.type)
    p.write(") -> ")
    p.print_type(op.results[0].type)


def gathered_type(
    source: RankedTensorType, indices: RankedTensorType, dims: Sequence[int], rank_reduced: bool
) -> RankedTensorType:
    """MLIR's GatherOp::inferResultType: the batch shape of `indices` (all but its last
    dim), then the dims of `source`, those in `dims` as 1 (or dropped when rank-reduced)."""
    shape = list(indices.shape[:-1])
    for i, size in enumerate(source.shape):
        if i not in dims:
            shape.append(size)
        elif not rank_reduced:
            shape.append(1)
    return RankedTensorType(tuple(shape), source.element_type)


def dims_error(dims: Sequence[int], indices: Any, rank: int, kind: str, of: str) -> str | None:
    """MLIR's verifyGatherOrScatterDims: `kind` is gather / scatter, `of` source / dest."""
    if not dims:
        return f"{kind}_dims must be non-empty"
    if len(dims) > rank:
        return f"{kind}_dims overflow {of} rank"
    if not indices.shape or indices.shape[-1] != len(dims):
        return f"{kind}_dims length must match the size of last dimension of indices"
    for d in dims:
        if d < 0:
            return f"{kind}_dims value must be non-negative"
        if d >= rank:
            return f"{kind}_dims value must be smaller than {of} rank"
    for a, b in zip(dims, dims[1:]):
        if a >= b:
            return f"{kind}_dims values must be strictly increasing"
    return None


def type_error(what: str, got: Any, source: Any, indices: Any, dims: Sequence[int]) -> str | None:
    """`what` type mismatch unless `got` is the gathered type or its rank-reduced form."""
    full = gathered_type(source, indices, dims, False)
    reduced = gathered_type(source, indices, dims, True)
    if got in (full, reduced):
        return None
    return (
        f"{what} type mismatch: expected '{full}' or its rank-reduced variant '{reduced}' "
        f"(got: '{got}')"
    )


class GatherOp(OpView):
    """`%g = tensor.gather %src[%idx] gather_dims([0]) : (S, I) -> R`.

    Invariants (verified): `gather_dims` is non-empty, strictly increasing, within the
    source rank and as long as the last dim of the indices; R is the gathered type or its
    rank-reduced variant.
    """

    name = "tensor.gather"
    traits = (Pure,)
    source = operand(RANKED_TENSOR)
    indices = operand(INDEX_TENSOR)
    result = result(RANKED_TENSOR)
    gather_dims = prop(I64_ARRAY)
    unique = prop(UnitAttr, optional=True)
    hand_written_syntax = True

    @classmethod
    def build(
        cls,
        source: Value,
        indices: Value,
        dims: Sequence[int],
        unique: bool = False,
        rank_reduced: bool = False,
    ) -> Operation:
        t = gathered_type(source.type, indices.type, dims, rank_reduced)
        props: dict[str, Any] = {"gather_dims": dense_i64(dims)}
        if unique:
            props["unique"] = UnitAttr()
        return cls.create([source, indices], [t], properties=props)

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["gather"]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write("[")
        p.print_operand(op.operands[1])
        p.write("]")
        print_gather_or_scatter(op, p, "gather_dims")

    def verify_(self) -> str | None:
        source, indices = (v.type for v in self.op.operands)
        dims = list(static_values(self.op.properties["gather_dims"]))
        error = dims_error(dims, indices, len(source.shape), "gather", "source")
        if error is not None:
            return error
        return type_error("result", self.op.results[0].type, source, indices, dims)


class ScatterOp(OpView):
    """`%s = tensor.scatter %src into %dest[%idx] scatter_dims([0]) unique : (S, D, I) -> D`.

    Invariants (verified): `scatter_dims` as gather's dims (against the dest rank);
    `unique` is set; S is the type gathering from D would give, or
    its rank-reduced variant.
    """

    name = "tensor.scatter"
    traits = (Pure,)
    source = operand(RANKED_TENSOR)
    dest = operand(RANKED_TENSOR)
    indices = operand(INDEX_TENSOR)
    result = result(RANKED_TENSOR)
    scatter_dims = prop(I64_ARRAY)
    unique = prop(UnitAttr, optional=True)
    hand_written_syntax = True

    @classmethod
    def build(cls, source: Value, dest: Value, indices: Value, dims: Sequence[int]) -> Operation:
        props = {"scatter_dims": dense_i64(dims), "unique": UnitAttr()}
        return cls.create([source, dest, indices], [dest.type], properties=props)

    # MLIR declares the result type equal to dest's (TypesMatchWith) but only uses that to
    # infer it; a different result type verifies, so it is not checked here either.

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["scatter"]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(" into ")
        p.print_operand(op.operands[1])
        p.write("[")
        p.print_operand(op.operands[2])
        p.write("]")
        print_gather_or_scatter(op, p, "scatter_dims")

    def verify_(self) -> str | None:
        source, dest, indices = (v.type for v in self.op.operands)
        dims = list(static_values(self.op.properties["scatter_dims"]))
        error = dims_error(dims, indices, len(dest.shape), "scatter", "dest")
        if error is not None:
            return error
        if "unique" not in self.op.properties:
            return "requires 'unique' attribute to be set"
        return type_error("source", source, dest, indices, dims)


def fold_gather(view: Any, operands: tuple) -> Any:
    """gather(splat constant) -> a splat constant of the (static) result type."""
    splat = operands[0]
    t = view.op.results[0].type
    if not isinstance(splat, DenseIntOrFPElementsAttr) or not splat.is_splat:
        return None
    if not isinstance(t, RankedTensorType) or DYNAMIC in t.shape:
        return None
    return DenseIntOrFPElementsAttr.from_bytes(t, splat.data)


OPS = [GatherOp, ScatterOp]
FOLDERS = {"tensor.gather": fold_gather}
